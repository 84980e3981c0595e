#pragma once

#include "core/workshop/compare.h"

// The items behind a comparison's counts, by id, so that a view can show them on a map: which
// reference actors and links a compared map lacks, which of its own it adds.
namespace maillage::workshop {

struct ComparisonItems
{
    QList<qint64> missingActors;  ///< reference actor ids the compared map lacks
    QList<qint64> extraActors;    ///< compared map's actor ids not in the reference
    QList<qint64> missingLinks;   ///< reference link ids the compared map lacks
    QList<qint64> extraLinks;     ///< compared map's link ids not in the reference
    QHash<qint64, qint64> referenceOfCandidate;  ///< matched actors: candidate id -> reference id
    QHash<qint64, qint64> candidateOfReference;  ///< matched actors: reference id -> candidate id
};

/// Splits `comparison` (compareMap(reference, candidate)) into ids, with the same matching:
/// the counts equal the comparison's (missingActors.size() == reference − matched, …).
ComparisonItems comparisonItems(const MapData &reference, const MapData &candidate,
                                const MapComparison &comparison);

} // namespace maillage::workshop
