#pragma once

#include "core/statistics/statistics.h"

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
    /// The territory's figure at the latest earlier vintage that gives one (a value or a
    /// secret), when several vintages are imported: the trend is `previous` → `own`.
    std::optional<Figure> previous;
    /// (own − département) / |département|, when both are known.
    std::optional<double> departementGap;
    /// Among the indicators where the territory differs most from its département (at most
    /// kStandOut of them, each by at least kStandOutGap).
    bool standsOut = false;
};

/// How many indicators the portrait flags at most, and the least relative gap it flags.
inline constexpr int kStandOut = 3;
inline constexpr double kStandOutGap = 0.2;

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

/// Where a baseline taken from indicator `i` of the portrait comes from, in words: its label,
/// the territory and its areas, the source and the year ("Poverty rate (60 % threshold),
/// Mirecourt (88304): INSEE, Filosofi, 2021").
QString baselineSource(const Portrait &portrait, const PortraitIndicator &i);

/// {"territory": {...}, "indicators": [{"code", "label", "value", "unit", "secret", "source",
/// "vintage", "comparisons": {"epci", "departement", "france"}}]} (and "reason" when the
/// value is null and not secret); optional keys: "trend" {"from": {"vintage", "value"},
/// "to": {"vintage", "value"}, "change"} where a previous vintage exists, and
/// "differs_from_departement" {"gap_percent", "direction"} on the flagged indicators.
QJsonObject portraitJson(const Portrait &portrait);

} // namespace maillage::statistics
