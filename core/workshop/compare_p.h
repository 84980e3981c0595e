#pragma once

// Helpers shared by compare.cpp and snapshot.cpp; not part of the workshop API.
#include "core/workshop/compare.h"

namespace maillage::workshop::detail {

/// Orders names as a reader expects: by folded name, then exactly.
bool foldedLess(const QString &a, const QString &b);
/// Levenshtein distance between `a` and `b` when it is at most `k`, else k + 1: the same
/// answer as text::editDistance() within the bound, in time proportional to k times the
/// length once common ends are stripped (comparing every pair of 2,000 names took 40 s with
/// the full table).
int boundedEditDistance(QStringView a, QStringView b, int k);
/// Sorts names with foldedLess.
void sortNames(QStringList &names);
/// Orders links by source, target and type names (folded).
bool linkLess(const LinkRef &a, const LinkRef &b);
/// A link of `map` described by its actors' and type's names.
LinkRef describe(const MapData &map, qint64 source, qint64 target, qint64 type);
/// A link of `reference` as a key: for an undirected type, the ends in increasing id order.
ReferenceLinkKey keyOf(const MapData &reference, qint64 source, qint64 target, qint64 type);
/// Each link type of `candidate` -> the first link type of `reference` of the same kind
/// (same code, else same folded name).
QHash<qint64, qint64> linkTypeMap(const MapData &reference, const MapData &candidate);

} // namespace maillage::workshop::detail
