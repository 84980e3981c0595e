#include "core/analysis/neighbourhood.h"

#include <QHash>

namespace maillage::analysis {

QSet<qint64> neighbourhood(const QList<std::pair<qint64, qint64>> &links, const QList<qint64> &ids,
                           int depth)
{
    QHash<qint64, QList<qint64>> adjacency;
    for (const auto &[a, b] : links) {
        adjacency[a] << b;
        adjacency[b] << a;
    }
    QSet<qint64> seen(ids.begin(), ids.end());
    QList<qint64> frontier = ids;
    for (int d = 0; d < depth && !frontier.isEmpty(); ++d) {
        QList<qint64> next;
        for (qint64 id : std::as_const(frontier))
            for (qint64 n : adjacency.value(id))
                if (!seen.contains(n)) {
                    seen.insert(n);
                    next << n;
                }
        frontier = next;
    }
    return seen;
}

} // namespace maillage::analysis
