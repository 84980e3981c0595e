#include "core/analysis/metrics.h"

#include "core/analysis/metrics_parts.h"
#include "core/analysis/network_impl.h"
#include "core/util/text.h"

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

} // namespace

using namespace detail;

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
