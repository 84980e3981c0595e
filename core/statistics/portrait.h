#pragma once

#include "statistics.h"

#include <QJsonObject>

#include <optional>

namespace maillage {
class Store;
}

namespace maillage::statistics {

/// One figure of the portrait for one area, or why there is none.
struct Figure
{
    std::optional<double> value;
    bool secret = false;  ///< a value it needs is secret in the source
    QString reason;       ///< why there is no value (when not secret)
    QString unit;
    QStringList sources;
    int vintage = 0;
};

struct PortraitIndicator
{
    QString code;   ///< population, population_change, … (portraitCodes())
    QString label;  ///< translated
    Figure own;     ///< the territory's
    Figure epci, departement, france;
};

struct Portrait
{
    QString name;    ///< the territory's name
    QString level;   ///< commune iris qpv epci: the areas the territory's figures come from
    QStringList codes;
    QString epci, departement;
    QList<PortraitIndicator> indicators;  ///< in the comparateur's order
};

/// The indicators' codes, in the comparateur de territoires' order.
QStringList portraitCodes();

/// The portrait of the territory from its stored statistics: its figures at `level`
/// (commune: its communes; iris, qpv: its IRIS or QPV; epci: its EPCI) beside its EPCI,
/// département and France. Figures over several areas are recomputed from their counts
/// (sums of numerators and denominators); a median or rate with no counts behind it is not
/// given for several areas (`reason` says so). nullopt with `error` when the territory has no
/// area at that level.
std::optional<Portrait> makePortrait(const Store &store, const Territory &territory,
                                     const QString &level, QString *error);

/// {"territory": {...}, "indicators": [{"code", "label", "value", "unit", "secret", "source",
/// "vintage", "comparisons": {"epci", "departement", "france"}}]} (and "reason" when the
/// value is null and not secret).
QJsonObject portraitJson(const Portrait &portrait);

} // namespace maillage::statistics
