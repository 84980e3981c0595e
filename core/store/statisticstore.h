#pragma once

#include "core/domain/types.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace maillage {

class Store;

/// Typed writes of the `statistic` table for imports of tens of thousands of values (a
/// dossier complet's 1 900 columns for a few dozen communes): one cached prepared statement
/// each (Store::statement), values bound by position, no row maps. The caller holds the
/// transaction (Document::write) and the undo step (core/statistics/import.cpp).
namespace statisticstore {

/// The marker of a median or rate of several communes merged since their file's geography:
/// such figures cannot be combined, so there is no value, and it is not a secret either.
inline constexpr const char *kNotAggregable = "not-aggregable";
inline bool isNotAggregable(const Statistic &s)
{
    return s.marker == QLatin1String(kNotAggregable);
}
/// Secret in the source (Statistic::secret() without the not-aggregable marker).
inline bool isSecret(const Statistic &s)
{
    return s.secret() && !isNotAggregable(s);
}

/// A stored statistic with the time it was imported (kept so that undo restores it).
struct Stored
{
    Statistic statistic;
    QString importedAt;
};

/// Every stored statistic by StatisticRepository::key(); nullopt with `error` on a read error.
std::optional<QHash<QString, Stored>> all(const Store &store, QString *error);
/// Inserts `values`: those with an id keep it (a redo), the others get a new one, written back.
bool insert(Store &store, QList<Stored> &values, QString *error);
/// Writes every column of `values` (by id).
bool update(Store &store, const QList<Stored> &values, QString *error);
bool remove(Store &store, const QList<qint64> &ids, QString *error);
/// The territory's EPCI (its one row).
bool setTerritoryEpci(Store &store, const QString &epci, QString *error);

} // namespace statisticstore
} // namespace maillage
