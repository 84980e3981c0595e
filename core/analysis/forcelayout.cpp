// The force-directed engine of the layouts: Fruchterman–Reingold with a quadtree for the
// far forces and a grid for the near ones, overlap removal, and components laid out one by
// one then packed.

#include "core/analysis/layout_parts.h"

#include <algorithm>
#include <atomic>
#include <barrier>
#include <cmath>
#include <thread>

namespace maillage::layout::detail {

Indexed::Indexed(const Graph &g)
{
    n = int(g.nodes.size());
    index.reserve(n);
    for (int i = 0; i < n; ++i)
        index.insert(g.nodes[i].id, i);
    QHash<quint64, int> seen;
    for (const Edge &e : g.edges) {
        const int a = index.value(e.sourceId, -1), b = index.value(e.targetId, -1);
        if (a < 0 || b < 0 || a == b)
            continue;
        const int u = std::min(a, b), v = std::max(a, b);
        const quint64 key = (quint64(quint32(u)) << 32) | quint32(v);
        const double w = e.weight > 0 ? e.weight : 1.0;
        auto it = seen.constFind(key);
        if (it != seen.constEnd()) {
            edges[*it].w += w;
            continue;
        }
        seen.insert(key, int(edges.size()));
        edges.push_back({u, v, w});
    }
    adjStart.assign(n + 1, 0);
    for (const auto &e : edges) {
        ++adjStart[e.u + 1];
        ++adjStart[e.v + 1];
    }
    for (int i = 0; i < n; ++i)
        adjStart[i + 1] += adjStart[i];
    adj.resize(adjStart[n]);
    std::vector<int> fill(adjStart.begin(), adjStart.end() - 1);
    for (const auto &e : edges) {
        adj[fill[e.u]++] = e.v;
        adj[fill[e.v]++] = e.u;
    }
    // Category clusters: the given order first, then the other ids ascending, 0 last.
    QHash<qint64, int> rank;
    for (qint64 c : g.categoryOrder)
        if (!rank.contains(c))
            rank.insert(c, int(rank.size()));
    QList<qint64> others;
    for (const Node &node : g.nodes)
        if (node.categoryId != 0 && !rank.contains(node.categoryId) &&
            !others.contains(node.categoryId))
            others << node.categoryId;
    std::sort(others.begin(), others.end());
    for (qint64 c : others)
        rank.insert(c, int(rank.size()));
    const int noCategory = int(rank.size());
    categoryRank.resize(n);
    for (int i = 0; i < n; ++i)
        categoryRank[i] = rank.value(g.nodes[i].categoryId, noCategory);
}

namespace {

/// A uniform grid over points for neighbour queries within `cell`.
class SpatialGrid
{
public:
    void build(const std::vector<double> &x, const std::vector<double> &y, double minCell)
    {
        const int n = int(x.size());
        double x0 = x[0], x1 = x[0], y0 = y[0], y1 = y[0];
        for (int i = 1; i < n; ++i) {
            x0 = std::min(x0, x[i]);
            x1 = std::max(x1, x[i]);
            y0 = std::min(y0, y[i]);
            y1 = std::max(y1, y[i]);
        }
        cell = minCell;
        // A spread-out start must not allocate a huge grid: never more than ~4 cells a node.
        const double maxCells = 4.0 * n + 16;
        if (((x1 - x0) / cell + 1) * ((y1 - y0) / cell + 1) > maxCells)
            cell = std::max(minCell, std::sqrt((x1 - x0 + 1) * (y1 - y0 + 1) / maxCells) * 1.5);
        ox = x0;
        oy = y0;
        w = int((x1 - x0) / cell) + 1;
        h = int((y1 - y0) / cell) + 1;
        start.assign(size_t(w) * h + 1, 0);
        cellOf.resize(n);
        for (int i = 0; i < n; ++i) {
            const int cx = std::min(w - 1, int((x[i] - ox) / cell));
            const int cy = std::min(h - 1, int((y[i] - oy) / cell));
            cellOf[i] = cy * w + cx;
            ++start[cellOf[i] + 1];
        }
        for (size_t c = 0; c + 1 < start.size(); ++c)
            start[c + 1] += start[c];
        order.resize(n);
        std::vector<int> fill(start.begin(), start.end() - 1);
        for (int i = 0; i < n; ++i)
            order[fill[cellOf[i]]++] = i;
    }
    /// Calls f(i, j) once for every pair in the same or adjacent cells.
    template <class F> void forPairs(F &&f) const
    {
        static const int offsets[4][2] = {{1, 0}, {-1, 1}, {0, 1}, {1, 1}};
        for (int cy = 0; cy < h; ++cy) {
            for (int cx = 0; cx < w; ++cx) {
                const int c = cy * w + cx;
                const int b = start[c], e = start[c + 1];
                if (b == e)
                    continue;
                for (int p = b; p < e; ++p)
                    for (int q = p + 1; q < e; ++q)
                        f(order[p], order[q]);
                for (const auto &o : offsets) {
                    const int nx = cx + o[0], ny = cy + o[1];
                    if (nx < 0 || nx >= w || ny >= h)
                        continue;
                    const int d = ny * w + nx;
                    for (int p = b; p < e; ++p)
                        for (int q = start[d]; q < start[d + 1]; ++q)
                            f(order[p], order[q]);
                }
            }
        }
    }
    double cell = 1, ox = 0, oy = 0;
    int w = 0, h = 0;
    std::vector<int> start, order, cellOf;
};

/// Positions of a subset of nodes being laid out together.
struct Part
{
    std::vector<int> nodes;  // global indices
    std::vector<double> x, y;
    std::vector<char> fixed;
    std::vector<WeightedEdge> edges;  // local indices
    bool hasFixed() const { return std::find(fixed.begin(), fixed.end(), 1) != fixed.end(); }
    QRectF bounds() const
    {
        if (nodes.empty())
            return {};
        double x0 = x[0], x1 = x[0], y0 = y[0], y1 = y[0];
        for (size_t i = 1; i < x.size(); ++i) {
            x0 = std::min(x0, x[i]);
            x1 = std::max(x1, x[i]);
            y0 = std::min(y0, y[i]);
            y1 = std::max(y1, y[i]);
        }
        return QRectF(QPointF(x0, y0), QPointF(x1, y1));
    }
    void translate(double dx, double dy)
    {
        for (size_t i = 0; i < x.size(); ++i) {
            x[i] += dx;
            y[i] += dy;
        }
    }
};

/// Barnes–Hut quadtree over the nodes: repulsion from far groups of nodes is taken from
/// their centre of mass, so the whole graph repels (no collapse into a dense blob, as with
/// a cut-off radius) at O(n log n) a step.
///
/// Built afresh at each step, inserting the nodes in the previous step's tree order: nodes
/// move little between steps, so consecutive inserts walk the same path from the root and
/// find it in the cache (inserting in index order, the build was a third of a step at 100k
/// nodes, waiting on memory). The force pass reads a compact copy holding only the cells
/// that hold nodes, in depth-first order, each with the index of the cell after its subtree:
/// the walk is one forward loop with no stack, reading memory mostly in sequence.
class QuadTree
{
public:
    void build(const std::vector<double> &x, const std::vector<double> &y)
    {
        const int n = int(x.size());
        double x0 = x[0], x1 = x[0], y0 = y[0], y1 = y[0];
        for (int i = 1; i < n; ++i) {
            x0 = std::min(x0, x[i]);
            x1 = std::max(x1, x[i]);
            y0 = std::min(y0, y[i]);
            y1 = std::max(y1, y[i]);
        }
        m_build.clear();
        m_build.reserve(size_t(n) * 3 + 16);
        m_build.push_back(BuildCell{});
        m_nextSame.assign(n, -1);
        m_x0 = x0;
        m_y0 = y0;
        m_size = std::max({x1 - x0, y1 - y0, 1.0}) * 1.0001;
        if (int(order.size()) != n) {
            order.resize(n);
            for (int i = 0; i < n; ++i)
                order[i] = i;
        }
        for (int i : order)
            insert(i, x, y);
        // Compact copy in depth-first order, and the nodes in that order.
        m_cells.clear();
        m_cells.reserve(m_build.size());
        order.clear();
        compact(0, m_size);
    }
    /// Repulsion k²/d on node i at (px, py), summed over the tree (opening angle theta).
    void force(int i, double px, double py, double k2, double theta2, double &fx,
               double &fy) const
    {
        const Cell *cells = m_cells.data();
        const int end = int(m_cells.size());
        int c = 0;
        while (c < end) {
            const Cell &cell = cells[c];
            double dx = px - cell.cx, dy = py - cell.cy;
            double d2 = dx * dx + dy * dy;
            const bool leaf = cell.body >= 0;
            if (!leaf && cell.size2 >= theta2 * d2) {
                ++c;  // open it: its first child follows it
                continue;
            }
            c = cell.skip;
            double mass = cell.mass;
            if (leaf && (cell.body == i || d2 < 1e-6)) {
                mass -= 1;  // the node itself, or one at the same spot as it
                if (mass <= 0)
                    continue;
                if (d2 < 1e-6) {
                    // Nodes on the very same spot: a direction fixed by the index.
                    const double a = (i * 7919) % 6283 / 1000.0;
                    dx = std::cos(a) * 0.01;
                    dy = std::sin(a) * 0.01;
                    d2 = 1e-4;
                }
            }
            const double f = mass * k2 / d2;
            fx += dx * f;
            fy += dy * f;
        }
    }
    std::vector<int> order;  ///< the nodes in tree order

private:
    struct BuildCell
    {
        double sx = 0, sy = 0;  // sums of positions
        int mass = 0;           // number of nodes
        int body = -1;          // a leaf's first node (the others at its spot follow in m_nextSame)
        int firstChild = -1;    // four consecutive cells
    };
    struct Cell
    {
        double cx, cy;   // centre of mass
        float mass;      // number of nodes
        float size2;     // side², for the opening test
        int skip;        // the cell after this one's subtree
        int body;        // a leaf's first node; -1 for an inner cell
    };
    void insert(int i, const std::vector<double> &X, const std::vector<double> &Y)
    {
        const double x = X[i], y = Y[i];
        double cx0 = m_x0, cy0 = m_y0, size = m_size;
        int cell = 0;
        for (int depth = 0;; ++depth) {
            BuildCell &c = m_build[cell];
            c.sx += x;
            c.sy += y;
            c.mass += 1;
            if (c.firstChild < 0) {
                if (c.mass == 1) {
                    c.body = i;
                    return;
                }
                const int resident = c.body;
                const double rx = X[resident], ry = Y[resident];
                if (depth > 48 || (rx == x && ry == y)) {
                    // Same spot: the leaf holds both.
                    m_nextSame[i] = m_nextSame[resident];
                    m_nextSame[resident] = i;
                    return;
                }
                // Split: move the resident node(s) down, then go on with i.
                const int residentMass = c.mass - 1;
                c.body = -1;
                const int first = int(m_build.size());
                c.firstChild = first;  // (c is not used after the resize below)
                m_build.resize(m_build.size() + 4);
                const double h = size / 2;
                BuildCell &r = m_build[first + (rx >= cx0 + h ? 1 : 0) + (ry >= cy0 + h ? 2 : 0)];
                r.sx = rx * residentMass;
                r.sy = ry * residentMass;
                r.mass = residentMass;
                r.body = resident;
            }
            const double h = size / 2;
            const int q = (x >= cx0 + h ? 1 : 0) + (y >= cy0 + h ? 2 : 0);
            cx0 += (q & 1) * h;
            cy0 += (q >> 1) * h;
            size = h;
            cell = m_build[cell].firstChild + q;
        }
    }
    void compact(int b, double size)
    {
        const BuildCell &c = m_build[b];
        const int at = int(m_cells.size());
        m_cells.push_back(Cell{c.sx / c.mass, c.sy / c.mass, float(c.mass), float(size * size),
                               at + 1, c.firstChild < 0 ? c.body : -1});
        if (c.firstChild < 0) {
            for (int v = c.body; v >= 0; v = m_nextSame[v])
                order.push_back(v);
            return;
        }
        const int first = c.firstChild;
        for (int q = 0; q < 4; ++q)
            if (m_build[first + q].mass > 0)
                compact(first + q, size / 2);
        m_cells[at].skip = int(m_cells.size());
    }
    std::vector<BuildCell> m_build;
    std::vector<int> m_nextSame;  ///< the next node at the same spot in its leaf, or -1
    std::vector<Cell> m_cells;
    double m_x0 = 0, m_y0 = 0, m_size = 1;
};

/// Fruchterman–Reingold: attraction d²/k along links (times their weight), repulsion k²/d
/// between all nodes (exact for small parts, Barnes–Hut above), displacement capped by a
/// linearly cooling temperature. Fixed nodes exert forces but do not move. Large parts
/// compute the repulsion on two threads; each node's force is computed alone, so the result
/// does not depend on the split.
bool fruchtermanReingold(Part &part, int iterations, double startTemperature, Progress &progress)
{
    const int n = int(part.nodes.size());
    if (n < 2)
        return true;
    const double k = kIdealDistance, k2 = k * k;
    // The opening angle of the Barnes–Hut walk: wide while the temperature is high (the
    // steps are capped by it, so coarse far forces do no harm), narrowing to 1.2 as it
    // cools. From 1.8 it saves a quarter of the run at 10 000 nodes for the same quality
    // (maillage-bench layout: linked/random distance 0.398 against 0.400 at 1.2 throughout).
    constexpr double theta = 1.2, thetaStart = 1.8;
    double thetaNow = thetaStart;
    std::vector<double> dx(n), dy(n);
    QuadTree tree;
    double temperature = startTemperature;
    const double cooling = startTemperature / iterations;
    auto &X = part.x;
    auto &Y = part.y;
    const bool exact = n <= 256;
    const int threads = n >= 4000 ? 2 : 1;
    auto repulse = [&](int from, int to) {
        for (int o = from; o < to; ++o) {
            const int i = tree.order[o];
            double fx = 0, fy = 0;
            tree.force(i, X[i], Y[i], k2, thetaNow * thetaNow, fx, fy);
            dx[i] = fx;
            dy[i] = fy;
        }
    };
    // One helper thread for the whole run, woken at each step (a thread started at each
    // step cost its stack's mapping and a TLB flush a step: 7 % of a run at 10k nodes).
    std::barrier sync(2);
    std::atomic<bool> stop{false};
    std::thread helper;
    if (!exact && threads > 1)
        helper = std::thread([&] {
            for (;;) {
                sync.arrive_and_wait();
                if (stop.load())
                    return;
                repulse(n / 2, n);
                sync.arrive_and_wait();
            }
        });
    struct Join
    {
        std::thread &helper;
        std::barrier<> &sync;
        std::atomic<bool> &stop;
        ~Join()
        {
            if (!helper.joinable())
                return;
            stop.store(true);
            sync.arrive_and_wait();
            helper.join();
        }
    } join{helper, sync, stop};
    for (int it = 0; it < iterations; ++it) {
        if (exact) {
            std::fill(dx.begin(), dx.end(), 0.0);
            std::fill(dy.begin(), dy.end(), 0.0);
            for (int i = 0; i < n; ++i)
                for (int j = i + 1; j < n; ++j) {
                    double ddx = X[i] - X[j], ddy = Y[i] - Y[j];
                    double d2 = ddx * ddx + ddy * ddy;
                    if (d2 < 1e-6) {
                        const double a = (i * 7919 + j * 104729) % 6283 / 1000.0;
                        ddx = std::cos(a) * 0.01;
                        ddy = std::sin(a) * 0.01;
                        d2 = 1e-4;
                    }
                    const double f = k2 / d2;
                    dx[i] += ddx * f;
                    dy[i] += ddy * f;
                    dx[j] -= ddx * f;
                    dy[j] -= ddy * f;
                }
        } else {
            tree.build(X, Y);
            if (helper.joinable()) {
                sync.arrive_and_wait();  // the helper takes the second half
                repulse(0, n / 2);
                sync.arrive_and_wait();
            } else {
                repulse(0, n);
            }
        }
        for (const WeightedEdge &e : part.edges) {
            const double ddx = X[e.u] - X[e.v], ddy = Y[e.u] - Y[e.v];
            const double f = e.w * std::sqrt(ddx * ddx + ddy * ddy) / k;
            dx[e.u] -= ddx * f;
            dy[e.u] -= ddy * f;
            dx[e.v] += ddx * f;
            dy[e.v] += ddy * f;
        }
        for (int i = 0; i < n; ++i) {
            if (part.fixed[i])
                continue;
            const double len = std::sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
            if (len > temperature) {
                const double s = temperature / len;
                X[i] += dx[i] * s;
                Y[i] += dy[i] * s;
            } else {
                X[i] += dx[i];
                Y[i] += dy[i];
            }
        }
        temperature -= cooling;
        thetaNow = theta + (thetaStart - theta) * std::max(0.0, temperature / startTemperature);
        if (!progress.advance(n) && progress.cancelled())
            return false;
    }
    return true;
}

/// Pushes apart nodes closer than kMinSeparation (a few relaxation rounds).
void removeOverlaps(Part &part, int rounds = 60)
{
    const int n = int(part.nodes.size());
    if (n < 2)
        return;
    const double minD = kMinSeparation, minD2 = minD * minD;
    SpatialGrid grid;
    std::vector<double> dx(n), dy(n);
    for (int r = 0; r < rounds; ++r) {
        std::fill(dx.begin(), dx.end(), 0.0);
        std::fill(dy.begin(), dy.end(), 0.0);
        bool any = false;
        grid.build(part.x, part.y, minD);
        grid.forPairs([&](int i, int j) {
            double ddx = part.x[i] - part.x[j], ddy = part.y[i] - part.y[j];
            double d2 = ddx * ddx + ddy * ddy;
            if (d2 >= minD2)
                return;
            any = true;
            double d = std::sqrt(d2);
            if (d < 1e-6) {
                const double a = (i * 7919 + j * 104729) % 6283 / 1000.0;
                ddx = std::cos(a);
                ddy = std::sin(a);
                d = 1;
            }
            const double push = (minD - d) / d * 0.5;
            const double wi = part.fixed[i] ? 0.0 : (part.fixed[j] ? 2.0 : 1.0);
            const double wj = part.fixed[j] ? 0.0 : (part.fixed[i] ? 2.0 : 1.0);
            dx[i] += ddx * push * wi;
            dy[i] += ddy * push * wi;
            dx[j] -= ddx * push * wj;
            dy[j] -= ddy * push * wj;
        });
        if (!any)
            return;
        for (int i = 0; i < n; ++i) {
            part.x[i] += dx[i];
            part.y[i] += dy[i];
        }
    }
}

/// Connected components of the nodes in `subset` (all nodes when empty), using only links
/// inside the subset; each listed by ascending index, components by their first node.
std::vector<std::vector<int>> components(const Indexed &g, const std::vector<char> *inSubset)
{
    std::vector<int> comp(g.n, -1);
    std::vector<std::vector<int>> out;
    std::vector<int> stack;
    for (int s = 0; s < g.n; ++s) {
        if (comp[s] >= 0 || (inSubset && !(*inSubset)[s]))
            continue;
        const int c = int(out.size());
        out.emplace_back();
        comp[s] = c;
        stack.push_back(s);
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            out[c].push_back(v);
            for (int p = g.adjStart[v]; p < g.adjStart[v + 1]; ++p) {
                const int w = g.adj[p];
                if (comp[w] < 0 && (!inSubset || (*inSubset)[w])) {
                    comp[w] = c;
                    stack.push_back(w);
                }
            }
        }
        std::sort(out[c].begin(), out[c].end());
    }
    return out;
}

Part makePart(const Indexed &g, const std::vector<int> &members)
{
    Part p;
    p.nodes = members;
    const int m = int(members.size());
    p.x.assign(m, 0);
    p.y.assign(m, 0);
    p.fixed.assign(m, 0);
    QHash<int, int> local;
    local.reserve(m);
    for (int i = 0; i < m; ++i)
        local.insert(members[i], i);
    for (const WeightedEdge &e : g.edges) {
        const int a = local.value(e.u, -1), b = local.value(e.v, -1);
        if (a >= 0 && b >= 0)
            p.edges.push_back({a, b, e.w});
    }
    return p;
}

/// Shelf-packs parts (largest first) into rows about as wide as the whole is tall, starting
/// at `origin` (top-left). Parts holding fixed nodes are left where they are.
void pack(std::vector<Part> &parts, const QPointF &origin)
{
    std::vector<int> order;
    double area = 0, widest = 0;
    for (int i = 0; i < int(parts.size()); ++i) {
        if (parts[i].hasFixed())
            continue;
        order.push_back(i);
        const QRectF b = parts[i].bounds();
        area += (b.width() + kComponentGap) * (b.height() + kComponentGap);
        widest = std::max(widest, b.width() + kComponentGap);
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return parts[a].nodes.size() > parts[b].nodes.size();
    });
    const double rowWidth = std::max(widest, std::sqrt(area) * 1.2);
    double x = origin.x(), y = origin.y(), rowHeight = 0;
    for (int i : order) {
        const QRectF b = parts[i].bounds();
        if (x > origin.x() && x + b.width() > origin.x() + rowWidth) {
            x = origin.x();
            y += rowHeight + kComponentGap;
            rowHeight = 0;
        }
        parts[i].translate(x - b.left(), y - b.top());
        x += b.width() + kComponentGap;
        rowHeight = std::max(rowHeight, b.height());
    }
}

QRectF unite(const std::vector<Part> &parts, bool fixedOnly)
{
    QRectF r;
    for (const Part &p : parts)
        if (!fixedOnly || p.hasFixed()) {
            const QRectF b = p.bounds();
            r = r.isNull() ? b : r.united(b);
        }
    return r;
}

/// Iterations for a part of m nodes: 500 up to 1000 nodes (like igraph), fewer above, where
/// the Barnes–Hut repulsion spreads the graph faster than its cost grows (100 at 10 000 give
/// a better linked/random distance ratio than igraph's 500); fewer when refining.
int iterationsFor(int m, bool refining, const Options &options)
{
    if (options.iterations > 0)
        return options.iterations;
    const int full = std::clamp(int(500 * std::pow(1000.0 / std::max(1, m), 0.7)), 100, 500);
    return refining ? std::max(100, full * 2 / 5) : full;
}

} // namespace

/// Force layout of the nodes flagged in `subset` (all when null): each component on its
/// own, then packed. Writes into outX/outY. Pinned nodes with a position stay fixed.
bool forceLayout(const Graph &graph, const Indexed &g, const Options &options,
                 const std::vector<char> *subset, bool keepFixed, Random &random,
                 Progress &progress, std::vector<double> &outX, std::vector<double> &outY)
{
    const auto comps = components(g, subset);
    for (const auto &c : comps) {
        int placed = 0;
        for (int v : c)
            placed += graph.nodes[v].hasPosition() && options.startFromCurrent ? 1 : 0;
        const int m = int(c.size());
        progress.expect(double(m) * iterationsFor(m, placed == m && m > 1, options));
    }
    std::vector<Part> parts;
    parts.reserve(comps.size());
    const double k = kIdealDistance;
    bool anyPlaced = false;
    double sumX = 0, sumY = 0;
    int placedCount = 0;
    for (const auto &c : comps) {
        Part p = makePart(g, c);
        const int m = int(c.size());
        // Start: existing positions; else the mean of placed neighbours; else random.
        std::vector<char> placed(m, 0);
        QHash<int, int> local;
        for (int i = 0; i < m; ++i)
            local.insert(c[i], i);
        int placedHere = 0;
        for (int i = 0; i < m; ++i) {
            const Node &node = graph.nodes[c[i]];
            const bool pinnedHere = keepFixed && node.pinned && node.hasPosition();
            if (node.hasPosition() && (options.startFromCurrent || pinnedHere)) {
                p.x[i] = node.x;
                p.y[i] = node.y;
                placed[i] = 1;
                ++placedHere;
                anyPlaced = true;
                sumX += node.x;
                sumY += node.y;
                ++placedCount;
            }
            p.fixed[i] = pinnedHere ? 1 : 0;
        }
        const double side = std::sqrt(double(m)) * k;
        double cx = 0, cy = 0;
        if (placedHere) {
            for (int i = 0; i < m; ++i)
                if (placed[i]) {
                    cx += p.x[i];
                    cy += p.y[i];
                }
            cx /= placedHere;
            cy /= placedHere;
        }
        for (int i = 0; i < m; ++i) {
            if (placed[i])
                continue;
            double nx = 0, ny = 0;
            int count = 0;
            const int v = c[i];
            for (int q = g.adjStart[v]; q < g.adjStart[v + 1]; ++q) {
                const int w = local.value(g.adj[q], -1);
                if (w >= 0 && placed[w] == 1) {
                    nx += p.x[w];
                    ny += p.y[w];
                    ++count;
                }
            }
            if (count) {
                p.x[i] = nx / count + random.range(-k / 2, k / 2);
                p.y[i] = ny / count + random.range(-k / 2, k / 2);
            } else {
                p.x[i] = cx + random.range(-side / 2, side / 2);
                p.y[i] = cy + random.range(-side / 2, side / 2);
            }
            placed[i] = 2;  // placed here: not a reference for the nodes that follow
        }
        const bool refining = placedHere == m && m > 1;
        const int iterations = iterationsFor(m, refining, options);
        const double temperature =
            refining ? k / 2 : std::max(k, k * std::sqrt(double(m)) / 10.0);
        if (!fruchtermanReingold(p, iterations, temperature, progress))
            return false;
        removeOverlaps(p);
        parts.push_back(std::move(p));
    }
    // Pack the free components beside whatever is pinned, then centre the result where the
    // actors were (or on the origin).
    const QRectF fixedBox = unite(parts, true);
    pack(parts, fixedBox.isNull() ? QPointF(0, 0)
                                  : QPointF(fixedBox.left(), fixedBox.bottom() + kComponentGap));
    if (fixedBox.isNull()) {
        // Centroid onto the old centroid of the placed actors (or the origin).
        double cx = 0, cy = 0;
        int count = 0;
        for (const Part &p : parts)
            for (size_t i = 0; i < p.nodes.size(); ++i) {
                if (anyPlaced && !graph.nodes[p.nodes[i]].hasPosition())
                    continue;
                cx += p.x[i];
                cy += p.y[i];
                ++count;
            }
        const QPointF centroid = count ? QPointF(cx / count, cy / count) : QPointF(0, 0);
        const QPointF target =
            anyPlaced ? QPointF(sumX / placedCount, sumY / placedCount) : QPointF(0, 0);
        const QPointF shift = target - centroid;
        for (Part &p : parts)
            p.translate(shift.x(), shift.y());
    }
    for (const Part &p : parts)
        for (size_t i = 0; i < p.nodes.size(); ++i) {
            outX[p.nodes[i]] = p.x[i];
            outY[p.nodes[i]] = p.y[i];
        }
    return true;
}

} // namespace maillage::layout::detail
