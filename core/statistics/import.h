#pragma once

#include "core/statistics/statistics.h"

#include <QMap>

namespace maillage {
class Document;
}

namespace maillage::statistics {

struct ImportReport
{
    int files = 0;
    qint64 rows = 0;      ///< data rows read in every file
    int inserted = 0;     ///< new statistics
    int updated = 0;      ///< statistics replaced (same indicator, area and vintage)
    int secret = 0;       ///< of which secret or missing
    QMap<QString, int> perLevel;  ///< level → statistics kept
    QString epci;         ///< the territory's EPCI after the import
    QString cog;          ///< the COG movements file that converted old commune codes
    int notAggregable = 0;  ///< medians and rates of merged communes, left without a value
};

/// Reads every file of `paths` for `doc`'s territory (see readFile()), then stores all their
/// statistics in one edit (one undo step); a statistic already stored for the same indicator,
/// area and vintage is replaced. All or nothing: on the first file that cannot be read whole,
/// or that holds nothing about the territory, false with one line and nothing changed.
/// BPE files are read first, as they teach the communes' EPCI that others' sums need. An EPCI
/// given in `epci`, or learned from a BPE, is stored as the territory's. A COG movements file
/// (`v_mvt_commune_AAAA.csv`) among `paths` converts the others' commune codes to the current
/// geography, as `options.history` does.
bool importFiles(Document &doc, const QStringList &paths, const ReadOptions &options,
                 const QString &epci, ImportReport *report, QString *error);

/// Stores `values` (read by readFile()) in one edit, replacing those of the same indicator,
/// area and vintage (the last of `values` wins for one key), and sets the territory's EPCI to
/// `epci` when given. Counts into `report` (inserted, updated, secret, per level).
bool storeStatistics(Document &doc, const QList<Statistic> &values, const QString &epci,
                     ImportReport *report, QString *error);

} // namespace maillage::statistics
