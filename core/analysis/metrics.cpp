#include "analysis/metrics.h"

#include "analysis/network_impl.h"
#include "util/text.h"

#include <algorithm>
#include <random>
#include <chrono>
#include <cmath>
#include <limits>
#include <numeric>
#include <queue>
#include <thread>

namespace maillage::analysis {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::analysis)
};

const char *const kCodes[] = {"degree",       "betweenness", "closeness", "eigenvector",
                              "coreness",     "component",   "articulation", "community",
                              "diameter",     "path_length", "clustering",   "bridges"};

using Vertex = std::uint32_t;

bool isCancelled(const RunControl &c)
{
    return c.cancel && c.cancel->load(std::memory_order_relaxed);
}

/// Two path lengths are equal when they differ by rounding only: with lengths 1/w, 1/3 + 1/6
/// and 1/2 must count as the same distance (igraph does the same; NetworkX compares exactly).
inline bool nearlyEqual(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

// ---------------------------------------------------------------------------------------------
// All-pairs shortest paths from every source (Brandes 2001): betweenness by dependency
// accumulation, and on the way the distance sums that closeness, diameter and average path
// length need. Sources are split over threads; each thread keeps its own accumulators, summed in
// thread order at the end so that a given thread count always gives the same figures.

struct PairsTotals
{
    std::vector<double> betweenness;  ///< ordered pairs (undirected: each pair counted twice)
    std::vector<double> distanceIn;   ///< Σ d(s, v) over the sources s reaching v
    std::vector<int> reachedBy;       ///< how many sources reach v
    double diameter = 0;
    double pathSum = 0;
    double pathCount = 0;
};

class PairsWorker
{
public:
    PairsWorker(const Network::Impl &g, bool wantBetweenness)
        : m_fwd(g.forward()), m_bwd(g.backward()), m_weighted(g.options.weighted),
          m_wantBc(wantBetweenness), m_n(g.n())
    {
        const auto n = std::size_t(m_n);
        m_sigma.assign(n, 0);
        m_delta.assign(n, 0);
        m_hops.assign(n, -1);
        m_dist.assign(n, std::numeric_limits<double>::infinity());
        m_settled.assign(n, 0);
        m_order.reserve(n);
        t.betweenness.assign(m_wantBc ? n : 0, 0);
        t.distanceIn.assign(n, 0);
        t.reachedBy.assign(n, 0);
    }

    void run(Vertex s)
    {
        if (m_weighted)
            dijkstra(s);
        else
            bfs(s);
    }

    PairsTotals t;

private:
    void bfs(Vertex s)
    {
        m_order.clear();
        m_hops[s] = 0;
        m_sigma[s] = 1;
        m_delta[s] = 0;
        m_order.push_back(s);
        for (std::size_t head = 0; head < m_order.size(); ++head) {
            const Vertex v = m_order[head];
            const int dv = m_hops[v] + 1;
            const double sv = m_sigma[v];
            for (auto [e, end] = boost::out_edges(v, m_fwd); e != end; ++e) {
                const Vertex w = boost::target(*e, m_fwd);
                if (m_hops[w] < 0) {
                    m_hops[w] = dv;
                    m_sigma[w] = 0;
                    m_delta[w] = 0;
                    m_order.push_back(w);
                }
                if (m_hops[w] == dv)
                    m_sigma[w] += sv;
            }
        }
        for (std::size_t i = 1; i < m_order.size(); ++i) {
            const Vertex w = m_order[i];
            const double d = m_hops[w];
            t.distanceIn[w] += d;
            t.reachedBy[w] += 1;
            t.pathSum += d;
            t.diameter = std::max(t.diameter, d);
        }
        t.pathCount += double(m_order.size() - 1);
        if (m_wantBc) {
            for (std::size_t i = m_order.size(); i-- > 1;) {
                const Vertex w = m_order[i];
                const int dp = m_hops[w] - 1;
                const double coeff = (1.0 + m_delta[w]) / m_sigma[w];
                for (auto [e, end] = boost::out_edges(w, m_bwd); e != end; ++e) {
                    const Vertex v = boost::target(*e, m_bwd);
                    if (m_hops[v] == dp)
                        m_delta[v] += m_sigma[v] * coeff;
                }
                t.betweenness[w] += m_delta[w];
            }
        }
        for (const Vertex v : m_order)
            m_hops[v] = -1;
    }

    void dijkstra(Vertex s)
    {
        using Item = std::pair<double, Vertex>;
        std::priority_queue<Item, std::vector<Item>, std::greater<Item>> heap;
        m_order.clear();
        m_touched.clear();
        m_dist[s] = 0;
        m_sigma[s] = 1;
        m_delta[s] = 0;
        m_touched.push_back(s);
        heap.emplace(0.0, s);
        while (!heap.empty()) {
            const auto [dv, v] = heap.top();
            heap.pop();
            if (m_settled[v] || dv > m_dist[v])
                continue;
            m_settled[v] = 1;
            m_order.push_back(v);
            for (auto [e, end] = boost::out_edges(v, m_fwd); e != end; ++e) {
                const Vertex w = boost::target(*e, m_fwd);
                if (m_settled[w])
                    continue;
                const double nd = dv + m_fwd[*e].length;
                const double dw = m_dist[w];
                if (std::isinf(dw)) {
                    m_touched.push_back(w);
                    m_dist[w] = nd;
                    m_sigma[w] = m_sigma[v];
                    m_delta[w] = 0;
                    heap.emplace(nd, w);
                } else if (nearlyEqual(nd, dw)) {
                    m_sigma[w] += m_sigma[v];
                } else if (nd < dw) {
                    m_dist[w] = nd;
                    m_sigma[w] = m_sigma[v];
                    heap.emplace(nd, w);
                }
            }
        }
        for (std::size_t i = 1; i < m_order.size(); ++i) {
            const Vertex w = m_order[i];
            const double d = m_dist[w];
            t.distanceIn[w] += d;
            t.reachedBy[w] += 1;
            t.pathSum += d;
            t.diameter = std::max(t.diameter, d);
        }
        t.pathCount += double(m_order.size() - 1);
        if (m_wantBc) {
            for (std::size_t i = m_order.size(); i-- > 1;) {
                const Vertex w = m_order[i];
                const double dw = m_dist[w];
                const double coeff = (1.0 + m_delta[w]) / m_sigma[w];
                for (auto [e, end] = boost::out_edges(w, m_bwd); e != end; ++e) {
                    const Vertex v = boost::target(*e, m_bwd);
                    if (m_settled[v] && nearlyEqual(m_dist[v] + m_bwd[*e].length, dw))
                        m_delta[v] += m_sigma[v] * coeff;
                }
                t.betweenness[w] += m_delta[w];
            }
        }
        for (const Vertex v : m_touched) {
            m_dist[v] = std::numeric_limits<double>::infinity();
            m_settled[v] = 0;
        }
    }

    const Csr &m_fwd;
    const Csr &m_bwd;
    const bool m_weighted;
    const bool m_wantBc;
    const int m_n;
    std::vector<double> m_sigma, m_delta, m_dist;
    std::vector<int> m_hops;
    std::vector<char> m_settled;
    std::vector<Vertex> m_order, m_touched;
};

/// Runs every source; returns false when cancelled. `progress` maps the fraction of sources
/// done to the caller's scale.
bool allPairs(const Network::Impl &g, bool wantBetweenness, const RunControl &control,
              const std::function<void(double)> &progress, PairsTotals *totals,
              const std::vector<Vertex> &sources = {})
{
    const int n = g.n();
    // Every vertex is a source, or only those given (sampling).
    const bool sampled = !sources.empty();
    const int count = sampled ? int(sources.size()) : n;
    auto source = [&](int i) { return sampled ? sources[std::size_t(i)] : Vertex(i); };
    int threads = control.threads > 0 ? control.threads
                                       : int(std::max(1u, std::thread::hardware_concurrency()));
    threads = std::clamp(threads, 1, std::max(1, n / 64));  // tiny graphs: no threads
    std::vector<PairsWorker> workers;
    workers.reserve(std::size_t(threads));
    for (int k = 0; k < threads; ++k)
        workers.emplace_back(g, wantBetweenness);
    std::atomic<int> done{0};
    std::atomic<bool> stop{false};
    auto work = [&](int k) {
        PairsWorker &w = workers[std::size_t(k)];
        for (int s = k; s < count; s += threads) {
            if (stop.load(std::memory_order_relaxed))
                return;
            w.run(source(s));
            done.fetch_add(1, std::memory_order_relaxed);
        }
    };
    std::vector<std::thread> pool;
    for (int k = 1; k < threads; ++k)
        pool.emplace_back(work, k);
    // The calling thread takes its share and reports progress and cancellation.
    auto last = std::chrono::steady_clock::now();
    PairsWorker &mine = workers[0];
    for (int s = 0; s < count; s += threads) {
        if (isCancelled(control)) {
            stop = true;
            break;
        }
        mine.run(source(s));
        done.fetch_add(1, std::memory_order_relaxed);
        const auto now = std::chrono::steady_clock::now();
        if (progress && now - last > std::chrono::milliseconds(50)) {
            last = now;
            progress(double(done.load()) / count);
        }
    }
    for (std::thread &t : pool)
        t.join();
    if (stop || isCancelled(control))
        return false;
    PairsTotals &r = *totals;
    r = std::move(workers[0].t);
    for (std::size_t k = 1; k < workers.size(); ++k) {
        const PairsTotals &o = workers[k].t;
        for (std::size_t v = 0; v < r.betweenness.size(); ++v)
            r.betweenness[v] += o.betweenness[v];
        for (std::size_t v = 0; v < std::size_t(n); ++v) {
            r.distanceIn[v] += o.distanceIn[v];
            r.reachedBy[v] += o.reachedBy[v];
        }
        r.diameter = std::max(r.diameter, o.diameter);
        r.pathSum += o.pathSum;
        r.pathCount += o.pathCount;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// Louvain (Blondel et al. 2008), following NetworkX's louvain_communities.

struct WeightedGraph
{
    std::vector<std::vector<std::pair<int, double>>> adj;  ///< no self-loops
    std::vector<double> loop;                              ///< self-loop weight per node
};

/// Small deterministic generator (SplitMix64): the same seed gives the same order everywhere.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

private:
    quint64 m_state;
};

double partitionModularity(const WeightedGraph &g, const std::vector<int> &comm, double gamma)
{
    const std::size_t n = g.adj.size();
    double m = 0;
    std::vector<double> inside(n, 0), total(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const int ci = comm[i];
        double k = 2 * g.loop[i];
        inside[std::size_t(ci)] += g.loop[i];
        for (const auto &[j, w] : g.adj[i]) {
            k += w;
            if (comm[std::size_t(j)] == ci)
                inside[std::size_t(ci)] += w / 2;
        }
        total[std::size_t(ci)] += k;
        m += k;
    }
    m /= 2;
    if (m <= 0)
        return 0;
    double q = 0;
    for (std::size_t c = 0; c < n; ++c)
        q += inside[c] / m - gamma * (total[c] / (2 * m)) * (total[c] / (2 * m));
    return q;
}

/// One level of local moves; returns whether any node moved. `comm` gets a community per node,
/// renumbered 0 … k-1.
bool oneLevel(const WeightedGraph &g, double m, double gamma, Random &random,
              std::vector<int> *commOut, const RunControl &control)
{
    const int n = int(g.adj.size());
    std::vector<int> comm(static_cast<std::size_t>(n));
    std::iota(comm.begin(), comm.end(), 0);
    std::vector<double> k(static_cast<std::size_t>(n)), tot(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        double d = 2 * g.loop[std::size_t(i)];
        for (const auto &nb : g.adj[std::size_t(i)])
            d += nb.second;
        k[std::size_t(i)] = tot[std::size_t(i)] = d;
    }
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    for (int i = n - 1; i > 0; --i)
        std::swap(order[std::size_t(i)], order[std::size_t(random.next() % quint64(i + 1))]);
    std::vector<double> toComm(std::size_t(n), 0);
    std::vector<int> seen;
    bool improved = false;
    for (int pass = 0; pass < 1000; ++pass) {
        if (isCancelled(control))
            break;
        bool moved = false;
        for (const int i : order) {
            const int own = comm[std::size_t(i)];
            const double ki = k[std::size_t(i)];
            seen.clear();
            for (const auto &[j, w] : g.adj[std::size_t(i)]) {
                const int c = comm[std::size_t(j)];
                if (toComm[std::size_t(c)] == 0)
                    seen.push_back(c);
                toComm[std::size_t(c)] += w;
            }
            tot[std::size_t(own)] -= ki;
            auto gain = [&](int c) {
                return toComm[std::size_t(c)] / m -
                       gamma * tot[std::size_t(c)] * ki / (2 * m * m);
            };
            int best = own;
            double bestGain = gain(own);
            for (const int c : seen) {
                const double gc = gain(c);
                if (gc > bestGain + 1e-15) {
                    best = c;
                    bestGain = gc;
                }
            }
            for (const int c : seen)
                toComm[std::size_t(c)] = 0;
            tot[std::size_t(best)] += ki;
            if (best != own) {
                comm[std::size_t(i)] = best;
                moved = improved = true;
            }
        }
        if (!moved)
            break;
    }
    std::vector<int> renumber(std::size_t(n), -1);
    int next = 0;
    for (int &c : comm) {
        if (renumber[std::size_t(c)] < 0)
            renumber[std::size_t(c)] = next++;
        c = renumber[std::size_t(c)];
    }
    *commOut = std::move(comm);
    return improved;
}

WeightedGraph aggregate(const WeightedGraph &g, const std::vector<int> &comm)
{
    const int k = comm.empty() ? 0 : *std::max_element(comm.begin(), comm.end()) + 1;
    WeightedGraph r;
    r.adj.resize(std::size_t(k));
    r.loop.assign(std::size_t(k), 0);
    std::vector<std::vector<std::pair<int, double>>> raw(static_cast<std::size_t>(k));
    for (std::size_t i = 0; i < g.adj.size(); ++i) {
        const int ci = comm[i];
        r.loop[std::size_t(ci)] += g.loop[i];
        for (const auto &[j, w] : g.adj[i]) {
            const int cj = comm[std::size_t(j)];
            if (cj == ci)
                r.loop[std::size_t(ci)] += w / 2;
            else
                raw[std::size_t(ci)].emplace_back(cj, w);
        }
    }
    for (int c = 0; c < k; ++c) {
        auto &list = raw[std::size_t(c)];
        std::sort(list.begin(), list.end());
        for (const auto &[j, w] : list) {
            auto &out = r.adj[std::size_t(c)];
            if (!out.empty() && out.back().first == j)
                out.back().second += w;
            else
                out.emplace_back(j, w);
        }
    }
    return r;
}

WeightedGraph weightedView(const Network::Impl &g)
{
    WeightedGraph w;
    const int n = g.n();
    w.adj.resize(static_cast<std::size_t>(n));
    w.loop.assign(std::size_t(n), 0);
    for (Vertex v = 0; v < Vertex(n); ++v)
        for (auto [e, end] = boost::out_edges(v, g.sym); e != end; ++e)
            w.adj[v].emplace_back(int(boost::target(*e, g.sym)), g.sym[*e].weight);
    return w;
}

std::vector<int> louvainImpl(const Network::Impl &g, double gamma, quint64 seed, double *q,
                             const RunControl &control)
{
    WeightedGraph level = weightedView(g);
    const int n = g.n();
    std::vector<int> partition(static_cast<std::size_t>(n));
    std::iota(partition.begin(), partition.end(), 0);
    double m = 0;
    for (const auto &list : level.adj)
        for (const auto &nb : list)
            m += nb.second;
    m /= 2;
    double mod = partitionModularity(level, partition, gamma);
    if (m <= 0) {
        if (q)
            *q = mod;
        return partition;
    }
    Random random(seed);
    while (!isCancelled(control)) {
        std::vector<int> comm;
        if (!oneLevel(level, m, gamma, random, &comm, control))
            break;
        for (int &c : partition)
            c = comm[std::size_t(c)];
        const double next = partitionModularity(level, comm, gamma);
        const bool worthGoingOn = next - mod > 1e-7;
        mod = next;
        if (!worthGoingOn)
            break;
        level = aggregate(level, comm);
    }
    // Renumber in order of first actor.
    std::vector<int> renumber(std::size_t(n), -1);
    int next = 0;
    for (int &c : partition) {
        if (renumber[std::size_t(c)] < 0)
            renumber[std::size_t(c)] = next++;
        c = renumber[std::size_t(c)];
    }
    if (q)
        *q = partitionModularity(weightedView(g), partition, gamma);
    return partition;
}

} // namespace

QStringList measureCodes()
{
    QStringList codes;
    for (const char *c : kCodes)
        codes << QString::fromLatin1(c);
    return codes;
}

std::optional<Measures> parseMeasures(const QString &list, QString *error)
{
    const QStringList codes = measureCodes();
    Measures m = 0;
    for (const QString &part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString code = part.trimmed().toLower();
        const auto i = codes.indexOf(code);
        if (i < 0) {
            if (error)
                *error = Tr::tr("Unknown measure “%1” (known: %2).")
                             .arg(part.trimmed(), codes.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        m |= 1u << i;
    }
    if (m == 0) {
        if (error)
            *error = Tr::tr("No measure named (known: %1).").arg(codes.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return m;
}

QList<int> louvain(const Network &network, double resolution, quint64 seed, double *q)
{
    const std::vector<int> p = louvainImpl(network.impl(), resolution, seed, q, RunControl{});
    return QList<int>(p.begin(), p.end());
}

double modularity(const Network &network, const QList<int> &communityOfActor, double resolution)
{
    const int n = network.actorCount();
    std::vector<int> comm(std::size_t(n), 0);
    // Community labels may be any integers: map them to 0 … n-1.
    QHash<int, int> labels;
    for (int i = 0; i < n && i < communityOfActor.size(); ++i) {
        const int label = communityOfActor[i];
        if (!labels.contains(label))
            labels.insert(label, int(labels.size()));
        comm[std::size_t(i)] = labels.value(label);
    }
    return partitionModularity(weightedView(network.impl()), comm, resolution);
}

double betweennessErrorBound(int actors, int samples, double confidence)
{
    if (samples <= 0 || samples >= actors || actors < 3)
        return 0;
    // Hoeffding: each source's dependency on v lies in [0, n-2], so the mean over k sources
    // drawn without replacement is within (n-2)·ε of its expectation with probability
    // 1 - 2·exp(-2kε²); on the normalised scale the bound is ε·n/(n-1).
    const double delta = std::clamp(1.0 - confidence, 1e-9, 1.0);
    const double epsilon = std::sqrt(std::log(2.0 / delta) / (2.0 * samples));
    return epsilon * actors / (actors - 1.0);
}

MetricsResult computeMetrics(const Network &network, const MetricsOptions &options,
                             const RunControl &control)
{
    const Network::Impl &g = network.impl();
    const int n = g.n();
    const bool directed = g.options.directed;
    Measures want = options.measures & kAllMeasures;
    if (has(want, Measure::Community))
        want |= Measure::Betweenness | Measure::Degree;

    MetricsResult result;
    result.computed = want;
    NetworkMetrics &net = result.network;
    net.actors = n;
    net.links = g.linkCount;
    if (n > 1)
        net.density = directed ? double(g.arcCount) / (double(n) * (n - 1))
                               : 2.0 * g.edgeCount / (double(n) * (n - 1));
    result.actors.resize(n);
    for (int i = 0; i < n; ++i)
        result.actors[i].id = g.data.actors[i].id;

    auto report = [&](double fraction) {
        if (control.progress)
            control.progress(std::clamp(fraction, 0.0, 1.0));
    };
    auto cancelled = [&] {
        if (!isCancelled(control))
            return false;
        result.cancelled = true;
        return true;
    };

    int componentCount = 0;
    const std::vector<int> comp = components(g, &componentCount);
    net.components = componentCount;
    if (has(want, Measure::Component))
        for (int i = 0; i < n; ++i)
            result.actors[i].component = comp[std::size_t(i)];

    if (has(want, Measure::Degree)) {
        const Csr &fwd = g.forward();
        const Csr &bwd = g.backward();
        for (Vertex v = 0; v < Vertex(n); ++v) {
            ActorMetrics &a = result.actors[int(v)];
            a.outDegree = int(boost::out_degree(v, fwd));
            a.inDegree = int(boost::out_degree(v, bwd));
            a.degree = directed ? a.inDegree + a.outDegree : a.outDegree;
            // Weighted degree counts links, whatever the weighting option: strengths summed.
            auto strengthSum = [&](const Csr &csr) {
                double s = 0;
                for (auto [e, end] = boost::out_edges(v, csr); e != end; ++e)
                    s += g.options.weighted ? csr[*e].weight : csr[*e].links;
                return s;
            };
            a.weightedOutDegree = strengthSum(fwd);
            a.weightedInDegree = strengthSum(bwd);
            a.weightedDegree = directed ? a.weightedInDegree + a.weightedOutDegree
                                        : a.weightedOutDegree;
        }
    }

    const bool wantPairs = has(want, Measure::Betweenness) || has(want, Measure::Closeness) ||
                           has(want, Measure::Diameter) || has(want, Measure::PathLength);
    if (wantPairs && n > 0) {
        PairsTotals t;
        // Sampling (Brandes & Pich 2007): k distinct sources drawn uniformly from a seeded
        // generator; sums over sources are scaled by n / k.
        std::vector<Vertex> sources;
        const int k = options.betweennessSamples;
        if (k > 0 && k < n) {
            std::vector<Vertex> all(static_cast<std::size_t>(n));
            for (int i = 0; i < n; ++i)
                all[std::size_t(i)] = Vertex(i);
            std::mt19937_64 engine(options.seed ^ 0x9e3779b97f4a7c15ull);
            for (int i = 0; i < k; ++i) {  // partial Fisher–Yates: the first k are the sample
                std::uniform_int_distribution<int> pick(i, n - 1);
                std::swap(all[std::size_t(i)], all[std::size_t(pick(engine))]);
            }
            all.resize(std::size_t(k));
            std::sort(all.begin(), all.end());
            sources = std::move(all);
            result.sampledSources = k;
            result.betweennessErrorBound = betweennessErrorBound(n, k);
        }
        if (!allPairs(g, has(want, Measure::Betweenness), control,
                      [&](double f) { report(0.9 * f); }, &t, sources)) {
            result.cancelled = true;
            return result;
        }
        if (!sources.empty()) {
            const double scale = double(n) / double(sources.size());
            for (double &b : t.betweenness)
                b *= scale;
            for (std::size_t v = 0; v < std::size_t(n); ++v) {
                t.distanceIn[v] *= scale;
                // reachedBy stays a count: closeness uses it scaled below.
            }
            t.pathSum *= scale;
            t.pathCount *= scale;
        }
        const double reachScale =
            sources.empty() ? 1.0 : double(n) / double(sources.size());
        if (has(want, Measure::Betweenness)) {
            const double raw = directed ? 1.0 : 0.5;
            const double norm = n > 2 ? (directed ? 1.0 : 2.0) / ((n - 1.0) * (n - 2.0)) : 1.0;
            for (int i = 0; i < n; ++i) {
                ActorMetrics &a = result.actors[i];
                a.betweenness = t.betweenness[std::size_t(i)] * raw;
                a.betweennessNormalized = a.betweenness * norm;
            }
        }
        if (has(want, Measure::Closeness) && n > 1)
            for (int i = 0; i < n; ++i) {
                const double r = std::min(double(n - 1), t.reachedBy[std::size_t(i)] * reachScale);
                const double sum = t.distanceIn[std::size_t(i)];
                result.actors[i].closeness = sum > 0 ? (r / (n - 1)) * (r / sum) : 0;
            }
        net.diameter = t.diameter;
        net.averagePathLength = t.pathCount > 0 ? t.pathSum / t.pathCount : 0;
    }
    report(0.9);
    if (cancelled())
        return result;

    if (has(want, Measure::Eigenvector)) {
        const std::vector<double> x = eigenvector(g);
        for (int i = 0; i < n; ++i)
            result.actors[i].eigenvector = x[std::size_t(i)];
    }
    if (has(want, Measure::Coreness)) {
        const std::vector<int> core = coreNumbers(g);
        for (int i = 0; i < n; ++i)
            result.actors[i].coreness = core[std::size_t(i)];
    }
    if (has(want, Measure::Articulation) || has(want, Measure::Bridges)) {
        std::vector<char> cut;
        QList<qint64> bridges;
        cutPoints(g, &cut, &bridges);
        if (has(want, Measure::Articulation))
            for (int i = 0; i < n; ++i)
                result.actors[i].articulation = cut[std::size_t(i)] != 0;
        if (has(want, Measure::Bridges))
            net.bridges = bridges;
    }
    if (has(want, Measure::Clustering))
        net.averageClustering = averageClustering(g);
    report(0.93);
    if (cancelled())
        return result;

    if (has(want, Measure::Community)) {
        const std::vector<int> part =
            louvainImpl(g, options.resolution, options.seed, &net.modularity, control);
        if (cancelled())
            return result;
        const int k = part.empty() ? 0 : *std::max_element(part.begin(), part.end()) + 1;
        QList<CommunityInfo> groups(k);
        QList<int> central(k, -1);
        auto moreCentral = [&](int a, int b) {
            const ActorMetrics &ma = result.actors[a];
            const ActorMetrics &mb = result.actors[b];
            if (!nearlyEqual(ma.betweenness, mb.betweenness))
                return ma.betweenness > mb.betweenness;
            if (ma.degree != mb.degree)
                return ma.degree > mb.degree;
            const int byName = text::fold(g.data.actors[a].name)
                                   .compare(text::fold(g.data.actors[b].name));
            return byName != 0 ? byName < 0 : a < b;
        };
        for (int i = 0; i < n; ++i) {
            const int c = part[std::size_t(i)];
            groups[c].members << g.data.actors[i].id;
            if (central[c] < 0 || moreCentral(i, central[c]))
                central[c] = i;
        }
        for (int c = 0; c < k; ++c) {
            groups[c].centralActorId = g.data.actors[central[c]].id;
            groups[c].name = g.data.actors[central[c]].name;
        }
        QList<int> order(k);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            if (groups[a].members.size() != groups[b].members.size())
                return groups[a].members.size() > groups[b].members.size();
            return text::fold(groups[a].name).compare(text::fold(groups[b].name)) < 0;
        });
        QList<int> number(k);
        for (int i = 0; i < k; ++i) {
            number[order[i]] = i + 1;
            groups[order[i]].number = i + 1;
            net.communities << groups[order[i]];
        }
        for (int i = 0; i < n; ++i)
            result.actors[i].community = number[part[std::size_t(i)]];
    }
    report(1.0);
    return result;
}

std::optional<Path> shortestPath(const Network &network, qint64 fromId, qint64 toId)
{
    const Network::Impl &g = network.impl();
    const int from = network.indexOf(fromId);
    const int to = network.indexOf(toId);
    if (from < 0 || to < 0)
        return std::nullopt;
    Path path;
    if (from == to) {
        path.actors << fromId;
        path.count = 1;
        return path;
    }
    const int n = g.n();
    const Csr &fwd = g.forward();
    const Csr &bwd = g.backward();
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> dist(std::size_t(n), inf), sigma(std::size_t(n), 0);
    std::vector<char> settled(std::size_t(n), 0);
    using Item = std::pair<double, Vertex>;
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> heap;
    dist[std::size_t(from)] = 0;
    sigma[std::size_t(from)] = 1;
    heap.emplace(0.0, Vertex(from));
    // Dijkstra with unit lengths is a breadth-first search; one code path serves both.
    while (!heap.empty()) {
        const auto [dv, v] = heap.top();
        heap.pop();
        if (settled[v] || dv > dist[v])
            continue;
        settled[v] = 1;
        if (int(v) == to)
            break;
        for (auto [e, end] = boost::out_edges(v, fwd); e != end; ++e) {
            const Vertex w = boost::target(*e, fwd);
            if (settled[w])
                continue;
            const double nd = dv + fwd[*e].length;
            if (std::isinf(dist[w]) || (nd < dist[w] && !nearlyEqual(nd, dist[w]))) {
                dist[w] = nd;
                sigma[w] = sigma[v];
                heap.emplace(nd, w);
            } else if (nearlyEqual(nd, dist[w])) {
                sigma[w] += sigma[v];
            }
        }
    }
    if (!settled[std::size_t(to)])
        return path;
    path.length = dist[std::size_t(to)];
    path.count = sigma[std::size_t(to)];
    // Walk back through the lowest-index predecessor on a shortest path.
    QList<qint64> reversed{toId};
    Vertex w = Vertex(to);
    while (int(w) != from) {
        bool stepped = false;
        for (auto [e, end] = boost::out_edges(w, bwd); e != end && !stepped; ++e) {
            const Vertex v = boost::target(*e, bwd);
            if (settled[v] && nearlyEqual(dist[v] + bwd[*e].length, dist[w])) {
                w = v;
                stepped = true;
            }
        }
        if (!stepped)
            return Path{};  // cannot happen: a settled actor has a settled predecessor
        reversed << g.data.actors[int(w)].id;
    }
    path.actors = QList<qint64>(reversed.rbegin(), reversed.rend());
    return path;
}

} // namespace maillage::analysis
