// Network measures of structure: eigenvector centrality, cores, components, cut points
// and bridges, clustering.

#include "core/analysis/metrics_parts.h"

#include <numeric>

namespace maillage::analysis::detail {

/// Power iteration as NetworkX's eigenvector_centrality: x ← (A + I)ᵀ x, normalised.
std::vector<double> eigenvector(const Network::Impl &g)
{
    const int n = g.n();
    const Csr &bwd = g.backward();
    std::vector<double> x(std::size_t(n), n > 0 ? 1.0 / n : 0), last;
    const double tolerance = n * 1e-6;
    for (int iteration = 0; iteration < 1000 && n > 0; ++iteration) {
        last = x;
        for (Vertex v = 0; v < Vertex(n); ++v) {
            double sum = last[v];
            for (auto [e, end] = boost::out_edges(v, bwd); e != end; ++e)
                sum += last[boost::target(*e, bwd)] * bwd[*e].weight;
            x[v] = sum;
        }
        double norm = 0;
        for (double value : x)
            norm += value * value;
        norm = norm > 0 ? std::sqrt(norm) : 1;
        double change = 0;
        for (std::size_t v = 0; v < x.size(); ++v) {
            x[v] /= norm;
            change += std::abs(x[v] - last[v]);
        }
        if (change < tolerance)
            break;
    }
    return x;
}

/// k-core numbers (Batagelj–Zaversnik bucket algorithm) on the undirected view.
std::vector<int> coreNumbers(const Network::Impl &g)
{
    const int n = g.n();
    const Csr &sym = g.sym;
    std::vector<int> deg(static_cast<std::size_t>(n)), pos(static_cast<std::size_t>(n)), vert(static_cast<std::size_t>(n));
    int maxDeg = 0;
    for (Vertex v = 0; v < Vertex(n); ++v) {
        deg[v] = int(boost::out_degree(v, sym));
        maxDeg = std::max(maxDeg, deg[v]);
    }
    std::vector<int> bin(std::size_t(maxDeg) + 1, 0);
    for (int d : deg)
        ++bin[std::size_t(d)];
    for (int d = 0, start = 0; d <= maxDeg; ++d) {
        const int count = bin[std::size_t(d)];
        bin[std::size_t(d)] = start;
        start += count;
    }
    for (int v = 0; v < n; ++v) {
        pos[std::size_t(v)] = bin[std::size_t(deg[std::size_t(v)])]++;
        vert[std::size_t(pos[std::size_t(v)])] = v;
    }
    for (int d = maxDeg; d > 0; --d)
        bin[std::size_t(d)] = bin[std::size_t(d) - 1];
    if (!bin.empty())
        bin[0] = 0;
    for (int i = 0; i < n; ++i) {
        const auto v = Vertex(vert[std::size_t(i)]);
        for (auto [e, end] = boost::out_edges(v, sym); e != end; ++e) {
            const Vertex u = boost::target(*e, sym);
            if (deg[u] > deg[v]) {
                const int du = deg[u];
                const int pu = pos[u];
                const int pw = bin[std::size_t(du)];
                const int w = vert[std::size_t(pw)];
                if (int(u) != w) {
                    pos[u] = pw;
                    vert[std::size_t(pu)] = w;
                    pos[std::size_t(w)] = pu;
                    vert[std::size_t(pw)] = int(u);
                }
                ++bin[std::size_t(du)];
                --deg[u];
            }
        }
    }
    return deg;
}

/// Component number per actor (1 = largest; ties: the one holding the first actor).
std::vector<int> components(const Network::Impl &g, int *count)
{
    const int n = g.n();
    std::vector<int> raw(std::size_t(n), -1);
    std::vector<int> sizes;
    std::vector<Vertex> queue;
    for (Vertex r = 0; r < Vertex(n); ++r) {
        if (raw[r] >= 0)
            continue;
        const int c = int(sizes.size());
        raw[r] = c;
        queue.assign(1, r);
        for (std::size_t head = 0; head < queue.size(); ++head)
            for (auto [e, end] = boost::out_edges(queue[head], g.sym); e != end; ++e) {
                const Vertex w = boost::target(*e, g.sym);
                if (raw[w] < 0) {
                    raw[w] = c;
                    queue.push_back(w);
                }
            }
        sizes.push_back(int(queue.size()));
    }
    std::vector<int> order(sizes.size());
    std::iota(order.begin(), order.end(), 0);
    // Raw numbers follow the first actor already, so a stable sort by size settles ties.
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return sizes[std::size_t(a)] > sizes[std::size_t(b)]; });
    std::vector<int> number(sizes.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        number[std::size_t(order[i])] = int(i) + 1;
    for (int &c : raw)
        c = number[std::size_t(c)];
    *count = int(sizes.size());
    return raw;
}

/// Articulation points and bridges (Hopcroft–Tarjan low points, iterative DFS) on the
/// undirected view. A merged edge standing for several links is never a bridge.
void cutPoints(const Network::Impl &g, std::vector<char> *articulation, QList<qint64> *bridges)
{
    const int n = g.n();
    const Csr &sym = g.sym;
    using Iter = Csr::out_edge_iterator;
    std::vector<int> disc(std::size_t(n), -1), low(std::size_t(n), 0);
    std::vector<Vertex> parent(std::size_t(n), 0);
    std::vector<Csr::edge_descriptor> parentEdge(static_cast<std::size_t>(n));
    articulation->assign(std::size_t(n), 0);
    struct Frame
    {
        Vertex v;
        Iter it, end;
    };
    std::vector<Frame> stack;
    int time = 0;
    for (Vertex root = 0; root < Vertex(n); ++root) {
        if (disc[root] >= 0)
            continue;
        disc[root] = low[root] = time++;
        int rootChildren = 0;
        auto [b, e] = boost::out_edges(root, sym);
        stack.push_back({root, b, e});
        while (!stack.empty()) {
            Frame &f = stack.back();
            if (f.it != f.end) {
                const auto edge = *f.it++;
                const Vertex v = f.v;
                const Vertex w = boost::target(edge, sym);
                if (disc[w] < 0) {
                    parent[w] = v;
                    parentEdge[w] = edge;
                    disc[w] = low[w] = time++;
                    if (v == root)
                        ++rootChildren;
                    auto [wb, we] = boost::out_edges(w, sym);
                    stack.push_back({w, wb, we});  // invalidates f
                } else if (!(w == parent[v] && v != root)) {
                    low[v] = std::min(low[v], disc[w]);
                }
                continue;
            }
            const Vertex v = f.v;
            stack.pop_back();
            if (stack.empty())
                break;
            const Vertex p = stack.back().v;
            low[p] = std::min(low[p], low[v]);
            if (p != root && low[v] >= disc[p])
                (*articulation)[p] = 1;
            if (low[v] > disc[p] && sym[parentEdge[v]].links == 1)
                *bridges << sym[parentEdge[v]].linkId;
        }
        if (rootChildren > 1)
            (*articulation)[root] = 1;
    }
    std::sort(bridges->begin(), bridges->end());
}

/// Local clustering coefficients' mean (undirected, unweighted view; zeros included).
double averageClustering(const Network::Impl &g)
{
    const int n = g.n();
    if (n == 0)
        return 0;
    const Csr &sym = g.sym;
    std::vector<int> mark(std::size_t(n), -1);
    double sum = 0;
    for (Vertex v = 0; v < Vertex(n); ++v) {
        const double k = double(boost::out_degree(v, sym));
        if (k < 2)
            continue;
        for (auto [e, end] = boost::out_edges(v, sym); e != end; ++e)
            mark[boost::target(*e, sym)] = int(v);
        double closed = 0;  // each triangle through v seen twice
        for (auto [e, end] = boost::out_edges(v, sym); e != end; ++e) {
            const Vertex u = boost::target(*e, sym);
            for (auto [f, fend] = boost::out_edges(u, sym); f != fend; ++f)
                closed += mark[boost::target(*f, sym)] == int(v) ? 1 : 0;
        }
        sum += closed / (k * (k - 1));
    }
    return sum / n;
}

} // namespace maillage::analysis::detail
