#pragma once

#include <QList>
#include <QSet>

#include <utility>

namespace maillage::analysis {

/// The actors at most `depth` links away from any of `ids` (ids included), links taken as
/// undirected: what "focus on an actor, 1, 2 or 3 steps out" shows on the map and on slides.
QSet<qint64> neighbourhood(const QList<std::pair<qint64, qint64>> &links, const QList<qint64> &ids,
                           int depth);

} // namespace maillage::analysis
