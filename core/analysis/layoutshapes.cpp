// The layouts built on the force engine and the fixed shapes: force, grouped by category,
// circle, concentric rings by degree, the power/interest grid.

#include "core/analysis/layout_parts.h"

#include <algorithm>
#include <cmath>

namespace maillage::layout::detail {

bool keeps(const Node &n)
{
    return n.pinned && n.hasPosition();
}

/// Even spacing on a circle: the radius for `count` nodes `spacing` apart.
double circleRadius(int count, double spacing)
{
    return std::max(kIdealDistance, count * spacing / (2 * kPi));
}

Result runForce(const Graph &graph, const Indexed &g, const Options &options,
                const Control &control)
{
    Result r;
    Random random(options.seed);
    Progress progress(control, 0);
    std::vector<double> x(g.n), y(g.n);
    if (!forceLayout(graph, g, options, nullptr, true, random, progress, x, y)) {
        r.cancelled = true;
        return r;
    }
    for (int i = 0; i < g.n; ++i)
        r.positions.insert(graph.nodes[i].id, QPointF(x[i], y[i]));
    progress.finish();
    return r;
}

Result runCategory(const Graph &graph, const Indexed &g, const Options &options,
                   const Control &control)
{
    Result r;
    Random random(options.seed);
    Progress progress(control, 0);
    int clusters = 0;
    for (int rank : g.categoryRank)
        clusters = std::max(clusters, rank + 1);
    Options inner = options;
    inner.startFromCurrent = false;  // clusters are rebuilt, not refined
    struct Cluster
    {
        std::vector<int> members;
        std::vector<double> x, y;
        QPointF centre;
        double radius = 0;
    };
    std::vector<Cluster> list;
    std::vector<double> x(g.n), y(g.n);
    for (int c = 0; c < clusters; ++c) {
        std::vector<char> subset(g.n, 0);
        Cluster cl;
        for (int i = 0; i < g.n; ++i)
            if (g.categoryRank[i] == c && !keeps(graph.nodes[i])) {
                subset[i] = 1;
                cl.members.push_back(i);
            }
        if (cl.members.empty())
            continue;
        if (!forceLayout(graph, g, inner, &subset, false, random, progress, x, y)) {
            r.cancelled = true;
            return r;
        }
        double mx = 0, my = 0;
        for (int i : cl.members) {
            mx += x[i];
            my += y[i];
        }
        cl.centre = QPointF(mx / cl.members.size(), my / cl.members.size());
        for (int i : cl.members)
            cl.radius = std::max(cl.radius, std::hypot(x[i] - cl.centre.x(), y[i] - cl.centre.y()));
        cl.radius += kIdealDistance / 2;
        list.push_back(std::move(cl));
    }
    // Order the clusters so that categories linked to each other sit side by side: every
    // order for up to 8 clusters (the first one fixed), a greedy chain above.
    {
        const int K = int(list.size());
        std::vector<int> clusterOf(g.n, -1);
        for (int c = 0; c < K; ++c)
            for (int i : list[c].members)
                clusterOf[i] = c;
        std::vector<double> w(size_t(K) * K, 0.0);
        for (const WeightedEdge &e : g.edges) {
            const int a = clusterOf[e.u], b = clusterOf[e.v];
            if (a >= 0 && b >= 0 && a != b) {
                w[a * K + b] += e.w;
                w[b * K + a] += e.w;
            }
        }
        std::vector<int> order(K);
        for (int c = 0; c < K; ++c)
            order[c] = c;
        if (K >= 4 && K <= 8) {
            auto cost = [&](const std::vector<int> &o) {
                double total = 0;
                for (int p = 0; p < K; ++p)
                    for (int q = p + 1; q < K; ++q)
                        total += w[o[p] * K + o[q]] * std::sin(kPi * (q - p) / K);
                return total;
            };
            std::vector<int> best = order;
            double bestCost = cost(order);
            while (std::next_permutation(order.begin() + 1, order.end())) {
                const double c = cost(order);
                if (c < bestCost - 1e-9) {
                    bestCost = c;
                    best = order;
                }
            }
            order = best;
        } else if (K > 8) {
            std::vector<char> used(K, 0);
            used[0] = 1;
            for (int p = 1; p < K; ++p) {
                int next = -1;
                for (int c = 0; c < K; ++c)
                    if (!used[c] && (next < 0 || w[order[p - 1] * K + c] > w[order[p - 1] * K + next]))
                        next = c;
                order[p] = next;
                used[next] = 1;
            }
        }
        std::vector<Cluster> sorted;
        sorted.reserve(K);
        for (int c : order)
            sorted.push_back(std::move(list[c]));
        list = std::move(sorted);
    }
    // Clusters around a circle, each taking an arc as wide as itself.
    double circumference = 0;
    for (const Cluster &cl : list)
        circumference += 2 * cl.radius + kComponentGap;
    double R = list.size() > 1 ? circumference / (2 * kPi) : 0;
    if (list.size() == 2)
        R = std::max(R, (list[0].radius + list[1].radius + kComponentGap) / 2);
    double along = 0;
    for (const Cluster &cl : list) {
        along += cl.radius + kComponentGap / 2;
        const double angle = -kPi / 2 + (R > 0 ? along / R : 0);
        along += cl.radius + kComponentGap / 2;
        const QPointF target(R * std::cos(angle), R * std::sin(angle));
        const QPointF shift = target - cl.centre;
        for (int i : cl.members)
            r.positions.insert(graph.nodes[i].id, QPointF(x[i], y[i]) + shift);
    }
    for (const Node &n : graph.nodes)
        if (keeps(n))
            r.positions.insert(n.id, QPointF(n.x, n.y));
    progress.finish();
    return r;
}

Result runCircle(const Graph &graph, const Indexed &g)
{
    Result r;
    std::vector<int> free;
    for (int i = 0; i < g.n; ++i) {
        if (keeps(graph.nodes[i]))
            r.positions.insert(graph.nodes[i].id, QPointF(graph.nodes[i].x, graph.nodes[i].y));
        else
            free.push_back(i);
    }
    std::stable_sort(free.begin(), free.end(), [&](int a, int b) {
        return g.categoryRank[a] != g.categoryRank[b] ? g.categoryRank[a] < g.categoryRank[b]
                                                      : graph.nodes[a].id < graph.nodes[b].id;
    });
    const int m = int(free.size());
    const double R = m > 1 ? circleRadius(m, kMinSeparation * 1.3) : 0;
    for (int p = 0; p < m; ++p) {
        const double angle = -kPi / 2 + 2 * kPi * p / std::max(1, m);
        r.positions.insert(graph.nodes[free[p]].id, QPointF(R * std::cos(angle), R * std::sin(angle)));
    }
    return r;
}

Result runConcentric(const Graph &graph, const Indexed &g, const Options &options)
{
    Result r;
    if (g.n == 0)
        return r;
    int centre = -1;
    if (options.centerId != 0) {
        centre = g.index.value(options.centerId, -1);
        if (centre < 0) {
            r.error = Tr::tr("No actor with id %1 to put in the centre.").arg(options.centerId);
            return r;
        }
    } else {
        for (int i = 0; i < g.n; ++i)
            if (centre < 0 || g.degree(i) > g.degree(centre))
                centre = i;
    }
    // Hop distances by breadth-first search.
    std::vector<int> dist(g.n, -1), queue{centre};
    dist[centre] = 0;
    int maxDist = 0;
    for (size_t q = 0; q < queue.size(); ++q) {
        const int v = queue[q];
        for (int p = g.adjStart[v]; p < g.adjStart[v + 1]; ++p)
            if (dist[g.adj[p]] < 0) {
                dist[g.adj[p]] = dist[v] + 1;
                maxDist = std::max(maxDist, dist[v] + 1);
                queue.push_back(g.adj[p]);
            }
    }
    // Actors not connected to the centre go on an outer ring, each component in one arc in
    // breadth-first order, so their links stay short.
    std::vector<int> outerOrder(g.n, 0);
    int outer = 0;
    for (int s = 0; s < g.n; ++s) {
        if (dist[s] >= 0)
            continue;
        dist[s] = maxDist + 1;
        std::vector<int> bfs{s};
        for (size_t q = 0; q < bfs.size(); ++q) {
            const int v = bfs[q];
            outerOrder[v] = outer++;
            for (int p = g.adjStart[v]; p < g.adjStart[v + 1]; ++p)
                if (dist[g.adj[p]] < 0) {
                    dist[g.adj[p]] = maxDist + 1;
                    bfs.push_back(g.adj[p]);
                }
        }
    }
    const Node &c = graph.nodes[centre];
    const QPointF origin = keeps(c) ? QPointF(c.x, c.y) : QPointF(0, 0);
    std::vector<double> angle(g.n, 0.0);
    std::vector<char> placed(g.n, 0);
    placed[centre] = 1;
    r.positions.insert(c.id, origin);
    double radius = 0;
    const double ringGap = kIdealDistance * 1.5;
    for (int d = 1; d <= maxDist + 1; ++d) {
        std::vector<int> ring;
        for (int i = 0; i < g.n; ++i)
            if (dist[i] == d)
                ring.push_back(i);
        if (ring.empty())
            continue;
        // Order the ring by the mean direction of each node's neighbours already placed, so
        // links run outwards instead of across.
        std::vector<double> want(g.n, 10.0);
        if (d == maxDist + 1 && outer > 0) {
            for (int i : ring)
                want[i] = -kPi + 2 * kPi * outerOrder[i] / outer;
        }
        for (int i : ring) {
            if (want[i] < 9)
                continue;
            double sx = 0, sy = 0;
            for (int p = g.adjStart[i]; p < g.adjStart[i + 1]; ++p) {
                const int w = g.adj[p];
                if (placed[w] && w != centre) {
                    sx += std::cos(angle[w]);
                    sy += std::sin(angle[w]);
                }
            }
            if (sx != 0 || sy != 0)
                want[i] = std::atan2(sy, sx);
        }
        std::stable_sort(ring.begin(), ring.end(), [&](int a, int b) {
            if (want[a] != want[b])
                return want[a] < want[b];
            if (g.categoryRank[a] != g.categoryRank[b])
                return g.categoryRank[a] < g.categoryRank[b];
            return graph.nodes[a].id < graph.nodes[b].id;
        });
        radius = std::max({radius + ringGap, circleRadius(int(ring.size()), kMinSeparation * 1.3)});
        const double start = want[ring[0]] < 9 ? want[ring[0]] : -kPi / 2;
        for (size_t p = 0; p < ring.size(); ++p) {
            const int i = ring[p];
            const double a = start + 2 * kPi * double(p) / double(ring.size());
            angle[i] = a;
            placed[i] = 1;
            const Node &n = graph.nodes[i];
            if (keeps(n))
                r.positions.insert(n.id, QPointF(n.x, n.y));
            else
                r.positions.insert(n.id, origin + QPointF(radius * std::cos(a), radius * std::sin(a)));
        }
    }
    return r;
}

Result runGrid(const Graph &graph)
{
    Result r;
    const GridGeometry geo = gridGeometry();
    QHash<int, QList<int>> cells;  // interest * 6 + influence -> node indices (by id)
    for (int i = 0; i < graph.nodes.size(); ++i) {
        const Node &n = graph.nodes[i];
        if (keeps(n)) {
            r.positions.insert(n.id, QPointF(n.x, n.y));
            continue;
        }
        cells[std::clamp(n.interest, 0, 5) * 6 + std::clamp(n.influence, 0, 5)] << i;
    }
    // Actors sharing a cell spread on a sunflower spiral around its centre: deterministic,
    // no overlap; a lone actor sits exactly in the centre.
    const double golden = kPi * (3 - std::sqrt(5.0));
    const double maxRadius = geo.cell * 0.45;
    for (auto it = cells.begin(); it != cells.end(); ++it) {
        QList<int> &members = it.value();
        std::sort(members.begin(), members.end(),
                  [&](int a, int b) { return graph.nodes[a].id < graph.nodes[b].id; });
        const QPointF centre = geo.cellCentre(it.key() / 6, it.key() % 6);
        const int m = int(members.size());
        // Vogel's spiral r = c·√(i + ½): neighbours about 1.8·c apart.
        const double step = std::min(kMinSeparation * 0.6, maxRadius / std::sqrt(m + 0.5));
        for (int p = 0; p < m; ++p) {
            const double rad = m == 1 ? 0.0 : step * std::sqrt(p + 0.5);
            const double a = p * golden;
            r.positions.insert(graph.nodes[members[p]].id,
                               centre + QPointF(rad * std::cos(a), rad * std::sin(a)));
        }
    }
    return r;
}

} // namespace maillage::layout::detail
