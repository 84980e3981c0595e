#include "layout.h"

#include "store/repositories.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>
#include <thread>
#include <vector>

namespace maillage::layout {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::layout)
};

inline QString K(const char *s)
{
    return QString::fromLatin1(s);
}

constexpr double kPi = std::numbers::pi;
/// Nodes closer than this (scene units, the largest node plus a gap) get pushed apart.
constexpr double kMinSeparation = 48.0;
/// Gap between packed components and between category clusters.
constexpr double kComponentGap = kIdealDistance;

/// Portable randomness: std::mt19937_64's sequence is fixed by the standard, the
/// distributions are not, so they are written here.
class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) {}
    /// Uniform in [0, 1).
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    double range(double low, double high) { return low + (high - low) * uniform(); }
    /// Uniform integer in [0, n).
    quint64 below(quint64 n) { return n ? m_engine() % n : 0; }

private:
    std::mt19937_64 m_engine;
};

struct WeightedEdge
{
    int u = 0, v = 0;
    double w = 1;
};

/// The input graph with integer indices, merged parallel links and adjacency lists.
struct Indexed
{
    int n = 0;
    QHash<qint64, int> index;
    std::vector<WeightedEdge> edges;       // u < v, unique
    std::vector<int> adjStart, adj;        // CSR, both directions
    std::vector<int> categoryRank;         // cluster order of each node's category

    explicit Indexed(const Graph &g)
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
    int degree(int i) const { return adjStart[i + 1] - adjStart[i]; }
};

/// Reports progress in thousandths and watches the cancel flag.
class Progress
{
public:
    Progress(const Control &control, double totalWork) : m_control(control), m_total(totalWork)
    {
    }
    /// Adds work done; returns false when cancelled.
    bool advance(double work)
    {
        m_done += work;
        const int permille = m_total > 0 ? int(std::min(1.0, m_done / m_total) * 1000) : 1000;
        if (m_control.progress && permille >= m_reported + 10) {
            m_reported = permille;
            m_control.progress(permille, 1000);
        }
        return !m_control.cancelled();
    }
    bool cancelled() const { return m_control.cancelled(); }
    /// Adds work about to be done to the total.
    void expect(double work) { m_total += work; }
    void finish()
    {
        if (m_control.progress)
            m_control.progress(1000, 1000);
    }

private:
    const Control &m_control;
    double m_total = 0, m_done = 0;
    int m_reported = -10;
};

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
        const double size = std::max({x1 - x0, y1 - y0, 1.0}) * 1.0001;
        m_build.push_back(BuildCell{x0, y0, size});
        for (int i = 0; i < n; ++i)
            insert(i, x[i], y[i]);
        // Compact copy for the force pass, and the nodes in tree order (neighbours in space
        // are neighbours in that order, which keeps the traversals in cache).
        m_cells.resize(m_build.size());
        for (size_t c = 0; c < m_build.size(); ++c) {
            const BuildCell &b = m_build[c];
            Cell &f = m_cells[c];
            f.mass = b.mass;
            f.cx = b.mass > 0 ? b.sx / b.mass : 0;
            f.cy = b.mass > 0 ? b.sy / b.mass : 0;
            f.size2 = b.size * b.size;
            f.firstChild = b.firstChild;
            f.body = b.body;
        }
        order.clear();
        order.reserve(n);
        std::vector<int> stack{0};
        while (!stack.empty()) {
            const BuildCell &c = m_build[stack.back()];
            stack.pop_back();
            if (c.firstChild < 0) {
                if (c.body >= 0)
                    order.push_back(c.body);
                for (int extra : c.extras)
                    order.push_back(extra);
                continue;
            }
            for (int q = 3; q >= 0; --q)
                stack.push_back(c.firstChild + q);
        }
    }
    /// Repulsion k²/d on node i at (px, py), summed over the tree (opening angle theta).
    void force(int i, double px, double py, double k2, double theta2, double &fx, double &fy,
               std::vector<int> &stack) const
    {
        stack.clear();
        stack.push_back(0);
        while (!stack.empty()) {
            const Cell &c = m_cells[stack.back()];
            stack.pop_back();
            if (c.mass == 0)
                continue;
            double dx = px - c.cx, dy = py - c.cy;
            double d2 = dx * dx + dy * dy;
            const bool leaf = c.firstChild < 0;
            if (leaf || c.size2 < theta2 * d2) {
                double mass = c.mass;
                if (leaf && (c.body == i || d2 < 1e-6)) {
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
                continue;
            }
            for (int q = 0; q < 4; ++q)
                stack.push_back(c.firstChild + q);
        }
    }
    std::vector<int> order;  ///< the nodes in tree order

private:
    struct BuildCell
    {
        double x0 = 0, y0 = 0, size = 0;
        double sx = 0, sy = 0, mass = 0;  // sums of positions, number of nodes
        int body = -1;                    // a leaf's node
        int firstChild = -1;              // four consecutive cells
        std::vector<int> extras;          // a leaf's further nodes at the very same spot
    };
    struct Cell
    {
        double cx, cy;
        double mass, size2;
        int firstChild, body;
    };
    void insert(int i, double x, double y)
    {
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
                const double rx = (c.sx - x) / (c.mass - 1), ry = (c.sy - y) / (c.mass - 1);
                if (depth > 48 || (rx == x && ry == y)) {
                    c.extras.push_back(i);  // same spot: the leaf holds both
                    return;
                }
                // Split: move the resident node(s) down, then go on with i.
                const int resident = c.body;
                std::vector<int> extras = std::move(c.extras);
                const double residentMass = c.mass - 1;
                const double h = c.size / 2, x0 = c.x0, y0 = c.y0;
                c.body = -1;
                c.extras.clear();
                const int first = int(m_build.size());
                m_build[cell].firstChild = first;
                for (int q = 0; q < 4; ++q)
                    m_build.push_back(BuildCell{x0 + (q & 1) * h, y0 + (q >> 1) * h, h});
                BuildCell &r = m_build[first + quadrant(m_build[cell], rx, ry)];
                r.sx = rx * residentMass;
                r.sy = ry * residentMass;
                r.mass = residentMass;
                r.body = resident;
                r.extras = std::move(extras);
            }
            const BuildCell &c2 = m_build[cell];
            cell = c2.firstChild + quadrant(c2, x, y);
        }
    }
    static int quadrant(const BuildCell &c, double x, double y)
    {
        const double h = c.size / 2;
        return (x >= c.x0 + h ? 1 : 0) + (y >= c.y0 + h ? 2 : 0);
    }
    std::vector<BuildCell> m_build;
    std::vector<Cell> m_cells;
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
    constexpr double theta = 1.2;
    std::vector<double> dx(n), dy(n);
    QuadTree tree;
    double temperature = startTemperature;
    const double cooling = startTemperature / iterations;
    auto &X = part.x;
    auto &Y = part.y;
    const bool exact = n <= 256;
    const int threads = n >= 4000 ? 2 : 1;
    auto repulse = [&](int from, int to) {
        std::vector<int> stack;
        stack.reserve(256);
        for (int o = from; o < to; ++o) {
            const int i = tree.order[o];
            double fx = 0, fy = 0;
            tree.force(i, X[i], Y[i], k2, theta * theta, fx, fy, stack);
            dx[i] = fx;
            dy[i] = fy;
        }
    };
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
            if (threads > 1) {
                std::thread helper(repulse, n / 2, n);
                repulse(0, n / 2);
                helper.join();
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

} // namespace

Graph Graph::fromStore(const Store &store, QString *error)
{
    Graph g;
    const Projections read(store);
    const auto nodes = read.graphNodes(error);
    const auto edges = nodes ? read.graphEdges(error) : std::nullopt;
    const auto categories = edges ? read.categories(error) : std::nullopt;
    if (!categories)
        return g;
    g.nodes.reserve(nodes->size());
    for (const GraphNode &a : *nodes) {
        Node n;
        n.id = a.id;
        n.x = a.x;
        n.y = a.y;
        n.pinned = a.pinned;
        n.categoryId = a.categoryId;
        n.influence = a.influence;
        n.interest = a.interest;
        g.nodes << n;
    }
    g.edges.reserve(edges->size());
    for (const GraphEdge &l : *edges)
        g.edges << Edge{l.sourceId, l.targetId, std::clamp(l.strength, 1, 5) / 3.0};
    for (const auto &c : *categories)
        g.categoryOrder << c.first;
    return g;
}

QString code(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Force: return K("force");
    case Algorithm::Category: return K("category");
    case Algorithm::Circle: return K("circle");
    case Algorithm::Concentric: return K("concentric");
    case Algorithm::Grid: return K("grid");
    }
    return {};
}

QStringList algorithmCodes()
{
    return {K("force"), K("category"), K("circle"), K("concentric"), K("grid")};
}

std::optional<Algorithm> algorithmFromCode(const QString &c)
{
    for (Algorithm a : {Algorithm::Force, Algorithm::Category, Algorithm::Circle,
                        Algorithm::Concentric, Algorithm::Grid})
        if (code(a) == c)
            return a;
    return std::nullopt;
}

QString displayName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Force: return Tr::tr("Force-directed");
    case Algorithm::Category: return Tr::tr("Grouped by category");
    case Algorithm::Circle: return Tr::tr("Circle");
    case Algorithm::Concentric: return Tr::tr("Concentric");
    case Algorithm::Grid: return Tr::tr("Power/interest grid");
    }
    return {};
}

Result run(const Graph &graph, const Options &options, const Control &control)
{
    const Indexed g(graph);
    switch (options.algorithm) {
    case Algorithm::Force: return runForce(graph, g, options, control);
    case Algorithm::Category: return runCategory(graph, g, options, control);
    case Algorithm::Circle: return runCircle(graph, g);
    case Algorithm::Concentric: return runConcentric(graph, g, options);
    case Algorithm::Grid: return runGrid(graph);
    }
    return {};
}

QString quadrantLabel(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::KeepSatisfied: return Tr::tr("Keep satisfied");
    case Quadrant::ManageClosely: return Tr::tr("Manage closely");
    case Quadrant::Monitor: return Tr::tr("Monitor");
    case Quadrant::KeepInformed: return Tr::tr("Keep informed");
    }
    return {};
}

QPointF GridGeometry::cellCentre(int interest, int influence) const
{
    return QPointF(std::clamp(interest, 0, 5) * cell, -std::clamp(influence, 0, 5) * cell);
}

QRectF GridGeometry::quadrantRect(Quadrant quadrant) const
{
    const double midX = 2.5 * cell, midY = -2.5 * cell;
    const bool high = quadrant == Quadrant::KeepSatisfied || quadrant == Quadrant::ManageClosely;
    const bool interested =
        quadrant == Quadrant::ManageClosely || quadrant == Quadrant::KeepInformed;
    const double left = interested ? midX : area.left();
    const double right = interested ? area.right() : midX;
    const double top = high ? area.top() : midY;
    const double bottom = high ? midY : area.bottom();
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

QString GridGeometry::xAxisLabel() const
{
    return Tr::tr("Interest");
}

QString GridGeometry::yAxisLabel() const
{
    return Tr::tr("Influence (power)");
}

GridGeometry gridGeometry()
{
    GridGeometry g;
    g.cell = 200;
    g.area = QRectF(-g.cell / 2, -5.5 * g.cell, 6 * g.cell, 6 * g.cell);
    return g;
}

QString undoText(Algorithm algorithm)
{
    return Tr::tr("Apply layout “%1”").arg(displayName(algorithm));
}

double linkedToRandomRatio(const Graph &graph, const QHash<qint64, QPointF> &positions,
                           quint64 seed)
{
    auto distance = [&](qint64 a, qint64 b) {
        const QPointF d = positions.value(a) - positions.value(b);
        return std::hypot(d.x(), d.y());
    };
    double linked = 0;
    int linkCount = 0;
    for (const Edge &e : graph.edges) {
        if (e.sourceId == e.targetId || !positions.contains(e.sourceId) ||
            !positions.contains(e.targetId))
            continue;
        linked += distance(e.sourceId, e.targetId);
        ++linkCount;
    }
    const int n = int(graph.nodes.size());
    if (!linkCount || n < 2)
        return 0;
    Random random(seed);
    double pairs = 0;
    const int samples = std::max(2000, linkCount);
    for (int s = 0; s < samples; ++s) {
        const int a = int(random.below(n));
        int b = int(random.below(n - 1));
        if (b >= a)
            ++b;
        pairs += distance(graph.nodes[a].id, graph.nodes[b].id);
    }
    return pairs > 0 ? (linked / linkCount) / (pairs / samples) : 0;
}

} // namespace maillage::layout
