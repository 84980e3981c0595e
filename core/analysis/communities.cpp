// Communities: Louvain (Blondel et al. 2008), following NetworkX's louvain_communities,
// and the modularity of a partition.

#include "core/analysis/metrics_parts.h"

#include <QHash>

#include <numeric>
#include <random>

namespace maillage::analysis {
namespace detail {

namespace {

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

} // namespace

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

} // namespace detail

QList<int> louvain(const Network &network, double resolution, quint64 seed, double *q)
{
    const std::vector<int> p = detail::louvainImpl(network.impl(), resolution, seed, q, RunControl{});
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
    return detail::partitionModularity(detail::weightedView(network.impl()), comm, resolution);
}

} // namespace maillage::analysis
