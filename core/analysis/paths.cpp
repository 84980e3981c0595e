// Network measures: all-pairs shortest paths from every source (Brandes 2001).

#include "core/analysis/metrics_parts.h"

#include <queue>
#include <thread>

namespace maillage::analysis::detail {

// All-pairs shortest paths from every source (Brandes 2001): betweenness by dependency
// accumulation, and on the way the distance sums that closeness, diameter and average path
// length need. Sources are split over threads; each thread keeps its own accumulators, summed in
// thread order at the end so that a given thread count always gives the same figures.


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
              const std::vector<Vertex> &sources)
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

} // namespace maillage::analysis::detail
