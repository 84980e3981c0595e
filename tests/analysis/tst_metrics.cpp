// Network measures against published reference values (Zachary's karate club, Knuth's Les
// Misérables, computed by NetworkX: see tests/data/analysis/make_reference.py) and against
// values worked out by hand on small graphs.
#include "core/analysis/metrics.h"
#include "core/analysis/neighbourhood.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

#include <cmath>

using namespace maillage;
using namespace maillage::analysis;

namespace {

struct Edge
{
    int u, v;
    int strength = 1;
    bool directed = false;
    int sign = 0;
};

/// Actors get ids 101, 102, … (so that ids and indices differ) and names "a0", "a1", ….
NetworkData makeData(int n, const QList<Edge> &edges)
{
    NetworkData d;
    for (int i = 0; i < n; ++i)
        d.actors << NetworkActor{101 + i, QStringLiteral("a%1").arg(i), 1};
    qint64 linkId = 1001;
    for (const Edge &e : edges)
        d.links << NetworkLink{linkId++, 101 + e.u, 101 + e.v, e.strength, e.directed, e.sign};
    d.categoryNames.insert(1, QStringLiteral("Association"));
    return d;
}

QJsonObject readJson(const QString &name)
{
    QFile f(test::dataPath(QStringLiteral("analysis/") + name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

NetworkData fromReference(const QJsonObject &ref)
{
    QList<Edge> edges;
    for (const QJsonValue &v : ref.value(QStringLiteral("edges")).toArray()) {
        const QJsonArray e = v.toArray();
        edges << Edge{e[0].toInt(), e[1].toInt(), e[2].toInt()};
    }
    NetworkData d = makeData(int(ref.value(QStringLiteral("names")).toArray().size()), edges);
    const QJsonArray names = ref.value(QStringLiteral("names")).toArray();
    for (int i = 0; i < d.actors.size(); ++i)
        d.actors[i].name = names[i].toString();
    return d;
}

bool close(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

#define QCOMPARE_REAL(actual, expected, tolerance)                                                 \
    do {                                                                                           \
        const double a_ = (actual), e_ = (expected);                                               \
        if (!close(a_, e_, tolerance))                                                             \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3")                                \
                                 .arg(QStringLiteral(#actual))                                     \
                                 .arg(a_, 0, 'g', 12)                                              \
                                 .arg(e_, 0, 'g', 12)));                                           \
    } while (false)

/// A deterministic random graph (n actors, m distinct links).
NetworkData randomGraph(int n, int m, quint32 seed)
{
    QRandomGenerator random(seed);
    QSet<QPair<int, int>> seen;
    QList<Edge> edges;
    while (edges.size() < m) {
        int u = int(random.bounded(n)), v = int(random.bounded(n));
        if (u == v)
            continue;
        if (u > v)
            std::swap(u, v);
        if (seen.contains({u, v}))
            continue;
        seen.insert({u, v});
        edges << Edge{u, v, int(random.bounded(1, 6))};
    }
    return makeData(n, edges);
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT
private slots:
    // Focus "1, 2 or 3 steps out": a path 1-2-3-4-5 plus a separate pair 6-7, links undirected.
    void neighbourhood_data()
    {
        QTest::addColumn<QList<qint64>>("ids");
        QTest::addColumn<int>("depth");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("depth 0") << QList<qint64>{3} << 0 << QList<qint64>{3};
        QTest::newRow("depth 1") << QList<qint64>{3} << 1 << QList<qint64>{2, 3, 4};
        QTest::newRow("depth 2") << QList<qint64>{3} << 2 << QList<qint64>{1, 2, 3, 4, 5};
        QTest::newRow("from the end, against direction") << QList<qint64>{5} << 2
                                                         << QList<qint64>{3, 4, 5};
        QTest::newRow("two starts") << QList<qint64>{1, 7} << 1 << QList<qint64>{1, 2, 6, 7};
        QTest::newRow("beyond the component") << QList<qint64>{6} << 3 << QList<qint64>{6, 7};
    }
    void neighbourhood()
    {
        QFETCH(QList<qint64>, ids);
        QFETCH(int, depth);
        QFETCH(QList<qint64>, expected);
        const QList<std::pair<qint64, qint64>> links{{1, 2}, {2, 3}, {3, 4}, {4, 5}, {7, 6}};
        const QSet<qint64> got = analysis::neighbourhood(links, ids, depth);
        QCOMPARE(got, QSet<qint64>(expected.begin(), expected.end()));
    }

    void reference_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("weighted");
        QTest::newRow("karate club") << QStringLiteral("karate.json") << false;
        QTest::newRow("les misérables, weighted") << QStringLiteral("lesmis.json") << true;
    }
    void reference()
    {
        QFETCH(QString, file);
        QFETCH(bool, weighted);
        const QJsonObject ref = readJson(file);
        QVERIFY2(!ref.isEmpty(), qPrintable(file));
        NetworkOptions options;
        options.weighted = weighted;
        const Network network(fromReference(ref), options);
        const MetricsResult r = computeMetrics(network);
        QVERIFY(!r.cancelled);

        const QJsonObject net = ref.value(QStringLiteral("network")).toObject();
        QCOMPARE(r.network.actors, net.value(QStringLiteral("actors")).toInt());
        QCOMPARE(r.network.links, net.value(QStringLiteral("links")).toInt());
        QCOMPARE(r.network.components, net.value(QStringLiteral("components")).toInt());
        QCOMPARE_REAL(r.network.density, net.value(QStringLiteral("density")).toDouble(), 1e-12);
        QCOMPARE_REAL(r.network.diameter, net.value(QStringLiteral("diameter")).toDouble(), 1e-9);
        QCOMPARE_REAL(r.network.averagePathLength,
                      net.value(QStringLiteral("average_path_length")).toDouble(), 1e-9);
        QCOMPARE_REAL(r.network.averageClustering,
                      net.value(QStringLiteral("average_clustering")).toDouble(), 1e-9);
        QSet<QPair<int, int>> bridges;
        for (qint64 id : r.network.bridges) {
            const NetworkLink &l = fromReference(ref).links.at(int(id - 1001));
            const int u = network.indexOf(l.sourceId), v = network.indexOf(l.targetId);
            bridges.insert({std::min(u, v), std::max(u, v)});
        }
        QSet<QPair<int, int>> expectedBridges;
        for (const QJsonValue &b : net.value(QStringLiteral("bridges")).toArray())
            expectedBridges.insert({b.toArray()[0].toInt(), b.toArray()[1].toInt()});
        QCOMPARE(bridges, expectedBridges);

        const QJsonArray actors = ref.value(QStringLiteral("actors")).toArray();
        QCOMPARE(r.actors.size(), actors.size());
        for (int i = 0; i < actors.size(); ++i) {
            const QJsonObject e = actors[i].toObject();
            const ActorMetrics &m = r.actors[i];
            const QByteArray where = ref.value(QStringLiteral("names")).toArray()[i].toString().toUtf8();
            QVERIFY2(m.degree == e.value(QStringLiteral("degree")).toInt(), where);
            QCOMPARE_REAL(m.weightedDegree, e.value(QStringLiteral("weighted_degree")).toDouble(), 1e-12);
            QCOMPARE_REAL(m.betweenness, e.value(QStringLiteral("betweenness")).toDouble(), 1e-9);
            QCOMPARE_REAL(m.betweennessNormalized,
                          e.value(QStringLiteral("betweenness_normalized")).toDouble(), 1e-9);
            QCOMPARE_REAL(m.closeness, e.value(QStringLiteral("closeness")).toDouble(), 1e-9);
            // Same power iteration, same stopping rule: equal to rounding; NetworkX stops at
            // a tolerance of n·1e-6, so allow for that.
            QCOMPARE_REAL(m.eigenvector, e.value(QStringLiteral("eigenvector")).toDouble(), 1e-6);
            QVERIFY2(m.coreness == e.value(QStringLiteral("coreness")).toInt(), where);
            QVERIFY2(m.articulation == e.value(QStringLiteral("articulation")).toBool(), where);
            QCOMPARE(m.component, 1);
        }
    }

    void karateCommunities()
    {
        const QJsonObject ref = readJson(QStringLiteral("karate.json"));
        QVERIFY2(!ref.isEmpty(), "karate.json not found: is MAILLAGE_TEST_DATA set?");
        const Network network(fromReference(ref));
        MetricsOptions o;
        o.seed = 42;
        const MetricsResult a = computeMetrics(network, o);
        const MetricsResult b = computeMetrics(network, o);
        // Louvain's best partitions of the karate club reach Q ≈ 0.4156–0.4198 (Blondel et al.
        // 2008 report 0.42; the optimum is 0.4198, Brandes et al. 2008).
        QVERIFY2(a.network.modularity > 0.41 && a.network.modularity < 0.42,
                 qPrintable(QString::number(a.network.modularity)));
        QVERIFY(a.network.communities.size() >= 3 && a.network.communities.size() <= 5);
        QCOMPARE(a.network.modularity, b.network.modularity);
        for (int i = 0; i < a.actors.size(); ++i)
            QCOMPARE(a.actors[i].community, b.actors[i].community);
        // The modularity reported is the partition's modularity.
        QList<int> partition;
        for (const ActorMetrics &m : a.actors)
            partition << m.community;
        QCOMPARE_REAL(modularity(network, partition), a.network.modularity, 1e-12);
        // Communities are numbered by size and named after their most central member.
        for (int c = 0; c < a.network.communities.size(); ++c) {
            const CommunityInfo &info = a.network.communities[c];
            QCOMPARE(info.number, c + 1);
            if (c > 0)
                QVERIFY(info.members.size() <= a.network.communities[c - 1].members.size());
            const int central = network.indexOf(info.centralActorId);
            QCOMPARE(info.name, network.actor(central).name);
            for (qint64 id : info.members) {
                const ActorMetrics &m = a.actors[network.indexOf(id)];
                QCOMPARE(m.community, info.number);
                QVERIFY(m.betweenness <= a.actors[central].betweenness);
            }
        }
        // The instructor (0) and the administrator (33) lead different communities.
        QVERIFY(a.actors[0].community != a.actors[33].community);

        // Resolution: higher γ, more communities; γ small enough, one community.
        o.resolution = 3;
        const int fine = int(computeMetrics(network, o).network.communities.size());
        o.resolution = 0.02;
        const int coarse = int(computeMetrics(network, o).network.communities.size());
        QVERIFY2(fine > a.network.communities.size(), qPrintable(QString::number(fine)));
        QCOMPARE(coarse, 1);
    }

    void smallGraphs_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<QList<int>>("edges");  // u, v pairs
        QTest::addColumn<QList<int>>("degree");
        QTest::addColumn<QList<double>>("betweenness");
        QTest::addColumn<QList<double>>("normalized");
        QTest::addColumn<QList<double>>("closeness");
        QTest::addColumn<QList<double>>("eigenvector");
        QTest::addColumn<QList<int>>("coreness");
        QTest::addColumn<QList<int>>("component");
        QTest::addColumn<QList<int>>("articulation");
        QTest::addColumn<int>("bridges");
        QTest::addColumn<double>("diameter");
        QTest::addColumn<double>("pathLength");
        QTest::addColumn<double>("clustering");
        QTest::addColumn<double>("density");

        // Path 0–1–2–3. Eigenvector of a path: sin(kπ/5), normalised.
        const double s1 = std::sin(M_PI / 5) / std::sqrt(2.5), s2 = std::sin(2 * M_PI / 5) / std::sqrt(2.5);
        QTest::newRow("path") << 4 << QList<int>{0, 1, 1, 2, 2, 3} << QList<int>{1, 2, 2, 1}
                              << QList<double>{0, 2, 2, 0} << QList<double>{0, 2. / 3, 2. / 3, 0}
                              << QList<double>{0.5, 0.75, 0.75, 0.5} << QList<double>{s1, s2, s2, s1}
                              << QList<int>{1, 1, 1, 1} << QList<int>{1, 1, 1, 1}
                              << QList<int>{0, 1, 1, 0} << 3 << 3.0 << 10.0 / 6 << 0.0 << 0.5;
        // Star: centre 0, leaves 1–4. λ = 2, centre = 2 × leaf.
        const double leaf = 1 / std::sqrt(8.0);
        QTest::newRow("star") << 5 << QList<int>{0, 1, 0, 2, 0, 3, 0, 4}
                              << QList<int>{4, 1, 1, 1, 1} << QList<double>{6, 0, 0, 0, 0}
                              << QList<double>{1, 0, 0, 0, 0}
                              << QList<double>{1, 4. / 7, 4. / 7, 4. / 7, 4. / 7}
                              << QList<double>{2 * leaf, leaf, leaf, leaf, leaf}
                              << QList<int>{1, 1, 1, 1, 1} << QList<int>{1, 1, 1, 1, 1}
                              << QList<int>{1, 0, 0, 0, 0} << 4 << 2.0 << 1.6 << 0.0 << 0.4;
        // Two triangles, not linked: closeness (2/5)·(2/2) stays meaningful.
        const double t = 1 / std::sqrt(6.0);
        QTest::newRow("two triangles")
            << 6 << QList<int>{0, 1, 1, 2, 2, 0, 3, 4, 4, 5, 5, 3} << QList<int>{2, 2, 2, 2, 2, 2}
            << QList<double>(6, 0) << QList<double>(6, 0) << QList<double>(6, 0.4)
            << QList<double>(6, t) << QList<int>(6, 2) << QList<int>{1, 1, 1, 2, 2, 2}
            << QList<int>(6, 0) << 0 << 1.0 << 1.0 << 1.0 << 0.4;
        // One actor alone, one pair: everything zero, two components (the pair first).
        QTest::newRow("isolated") << 3 << QList<int>{1, 2} << QList<int>{0, 1, 1}
                                  << QList<double>(3, 0) << QList<double>(3, 0)
                                  << QList<double>{0, 0.5, 0.5}
                                  << QList<double>{0, 1 / std::sqrt(2.0), 1 / std::sqrt(2.0)}
                                  << QList<int>{0, 1, 1} << QList<int>{2, 1, 1}
                                  << QList<int>(3, 0) << 1 << 1.0 << 1.0 << 0.0 << 1.0 / 3;
    }
    void smallGraphs()
    {
        QFETCH(int, n);
        QFETCH(QList<int>, edges);
        QList<Edge> list;
        for (int i = 0; i + 1 < edges.size(); i += 2)
            list << Edge{edges[i], edges[i + 1]};
        const Network network(makeData(n, list));
        const MetricsResult r = computeMetrics(network);
        QFETCH(QList<int>, degree);
        QFETCH(QList<double>, betweenness);
        QFETCH(QList<double>, normalized);
        QFETCH(QList<double>, closeness);
        QFETCH(QList<double>, eigenvector);
        QFETCH(QList<int>, coreness);
        QFETCH(QList<int>, component);
        QFETCH(QList<int>, articulation);
        for (int i = 0; i < n; ++i) {
            const ActorMetrics &m = r.actors[i];
            QCOMPARE(m.id, qint64(101 + i));
            QCOMPARE(m.degree, degree[i]);
            QCOMPARE(m.inDegree, degree[i]);
            QCOMPARE(m.outDegree, degree[i]);
            QCOMPARE_REAL(m.betweenness, betweenness[i], 1e-12);
            QCOMPARE_REAL(m.betweennessNormalized, normalized[i], 1e-12);
            QCOMPARE_REAL(m.closeness, closeness[i], 1e-12);
            QCOMPARE_REAL(m.eigenvector, eigenvector[i], 1e-5);
            QCOMPARE(m.coreness, coreness[i]);
            QCOMPARE(m.component, component[i]);
            QCOMPARE(int(m.articulation), articulation[i]);
        }
        QFETCH(int, bridges);
        QFETCH(double, diameter);
        QFETCH(double, pathLength);
        QFETCH(double, clustering);
        QFETCH(double, density);
        QCOMPARE(r.network.bridges.size(), bridges);
        QCOMPARE_REAL(r.network.diameter, diameter, 1e-12);
        QCOMPARE_REAL(r.network.averagePathLength, pathLength, 1e-12);
        QCOMPARE_REAL(r.network.averageClustering, clustering, 1e-12);
        QCOMPARE_REAL(r.network.density, density, 1e-12);
        QCOMPARE(r.network.links, int(list.size()));
    }

    void twoTrianglesCommunities()
    {
        const Network network(makeData(6, {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 3}}));
        const MetricsResult r = computeMetrics(network);
        // m = 6, each community holds 3 links and degree 6: Q = 2 (3/6 − (6/12)²) = 0.5.
        QCOMPARE_REAL(r.network.modularity, 0.5, 1e-12);
        QCOMPARE(r.network.communities.size(), 2);
        // Equal betweenness and degree: the name decides ("a0" before "a1"…).
        QCOMPARE(r.network.communities[0].name, QStringLiteral("a0"));
        QCOMPARE(r.network.communities[1].name, QStringLiteral("a3"));
        QCOMPARE(r.network.communities[0].members, (QList<qint64>{101, 102, 103}));
    }

    void parallelLinksAndLoops()
    {
        // a0 =(2)= a1 and a0 =(3)= a1 (parallel), a1 –(1)– a2, loops on a0 and a2.
        const NetworkData data = makeData(3, {{0, 1, 2}, {0, 1, 3}, {1, 2, 1}, {2, 2, 4}, {0, 0, 5}});
        {
            const Network network(data);
            QCOMPARE(network.linkCount(), 5);
            QCOMPARE(network.edgeCount(), 2);
            const MetricsResult r = computeMetrics(network);
            QCOMPARE(r.network.links, 5);
            QCOMPARE_REAL(r.network.density, 2.0 / 3, 1e-12);
            QCOMPARE(r.actors[0].degree, 1);  // distinct neighbours
            QCOMPARE(r.actors[1].degree, 2);
            QCOMPARE(r.actors[2].degree, 1);
            QCOMPARE_REAL(r.actors[0].weightedDegree, 2, 0);  // links, loops left out
            QCOMPARE_REAL(r.actors[1].weightedDegree, 3, 0);
            QCOMPARE_REAL(r.actors[1].betweenness, 1, 1e-12);
            QVERIFY(r.actors[1].articulation);
            QVERIFY(!r.actors[0].articulation);
            // The doubled a0–a1 tie is no bridge; the single a1–a2 link is.
            QCOMPARE(r.network.bridges, QList<qint64>{1003});
            QCOMPARE(r.actors[0].coreness, 1);
            QCOMPARE_REAL(r.network.diameter, 2, 0);
        }
        {
            NetworkOptions o;
            o.weighted = true;
            const Network network(data, o);
            const MetricsResult r = computeMetrics(network);
            QCOMPARE_REAL(r.actors[0].weightedDegree, 5, 0);  // 2 + 3
            QCOMPARE_REAL(r.actors[1].weightedDegree, 6, 0);
            QCOMPARE_REAL(r.actors[2].weightedDegree, 1, 0);
            // Lengths 1/5 and 1/1: a0 reaches a1 at 0.2 and a2 at 1.2.
            QCOMPARE_REAL(r.actors[0].closeness, 2 / 1.4, 1e-12);
            QCOMPARE_REAL(r.network.diameter, 1.2, 1e-12);
            QCOMPARE_REAL(r.network.averagePathLength, (0.2 + 1.2 + 1.0) * 2 / 6, 1e-12);
            const auto p = shortestPath(network, 101, 103);
            QVERIFY(p);
            QCOMPARE(p->actors, (QList<qint64>{101, 102, 103}));
            QCOMPARE_REAL(p->length, 1.2, 1e-12);
        }
    }

    void weightedTies()
    {
        // Lengths are 1/strength: a0–a2–a3 = 1/3 + 1/6 = 0.5 beats a0–a1–a3 = 1 and a0–a3 = 1.
        const Network network(makeData(4, {{0, 1, 2}, {1, 3, 2}, {0, 3, 1}, {0, 2, 3}, {2, 3, 6}}),
                              NetworkOptions{false, true, true});
        const auto p = shortestPath(network, 101, 104);
        QVERIFY(p);
        QCOMPARE(p->actors, (QList<qint64>{101, 103, 104}));
        QCOMPARE_REAL(p->length, 0.5, 1e-12);
        QCOMPARE(p->count, 1.0);
        // a1 to a2: a1–a0–a2 = 1/2 + 1/3, a1–a3–a2 = 1/2 + 1/6 = 2/3: one path, via a3.
        const auto q = shortestPath(network, 102, 103);
        QCOMPARE(q->actors, (QList<qint64>{102, 104, 103}));
        // Equal lengths by different sums: 1/3 + 1/6 and 1/2 are two shortest paths, whatever
        // the rounding.
        const Network ties(makeData(3, {{0, 1, 3}, {1, 2, 6}, {0, 2, 2}}), NetworkOptions{false, true, true});
        const auto t = shortestPath(ties, 101, 103);
        QCOMPARE(t->count, 2.0);
        const MetricsResult r = computeMetrics(ties);
        QCOMPARE_REAL(r.actors[1].betweenness, 0.5, 1e-12);
    }

    void directed()
    {
        // a0 → a1 → a2 (directed type), a2 — a3 (undirected type).
        const NetworkData data =
            makeData(4, {{0, 1, 1, true}, {1, 2, 1, true}, {2, 3, 1, false}});
        NetworkOptions o;
        o.directed = true;
        const Network network(data, o);
        QCOMPARE(network.arcCount(), 4);
        const MetricsResult r = computeMetrics(network);
        const QList<int> in{0, 1, 2, 1}, out{1, 1, 1, 1};
        const QList<double> bc{0, 2, 2, 0}, closeness{0, 1.0 / 3, 0.75, 0.5};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(r.actors[i].inDegree, in[i]);
            QCOMPARE(r.actors[i].outDegree, out[i]);
            QCOMPARE(r.actors[i].degree, in[i] + out[i]);
            QCOMPARE_REAL(r.actors[i].betweenness, bc[i], 1e-12);
            QCOMPARE_REAL(r.actors[i].betweennessNormalized, bc[i] / 6, 1e-12);
            QCOMPARE_REAL(r.actors[i].closeness, closeness[i], 1e-12);
        }
        QCOMPARE_REAL(r.network.density, 4.0 / 12, 1e-12);
        QCOMPARE(shortestPath(network, 101, 104)->actors, (QList<qint64>{101, 102, 103, 104}));
        QVERIFY(shortestPath(network, 104, 101)->actors.isEmpty());
        QCOMPARE(shortestPath(network, 104, 101)->count, 0.0);
        // Undirected, the way back exists.
        QCOMPARE(shortestPath(Network(data), 104, 101)->actors.size(), 4);
        QVERIFY(!shortestPath(network, 101, 999));
    }

    void conflicts()
    {
        // a0 – a1 cooperation, a1 – a2 conflict.
        const NetworkData data = makeData(3, {{0, 1, 3, false, 1}, {1, 2, 3, false, -1}});
        QCOMPARE(computeMetrics(Network(data)).network.components, 1);
        NetworkOptions o;
        o.includeConflicts = false;
        const Network without(data, o);
        QCOMPARE(without.linkCount(), 1);
        const MetricsResult r = computeMetrics(without);
        QCOMPARE(r.network.components, 2);
        QCOMPARE(r.actors[2].degree, 0);
        QVERIFY(shortestPath(without, 101, 103)->actors.isEmpty());
        QVERIFY(Network(data).cacheKey() != without.cacheKey());
    }

    void shortestPathCount()
    {
        // A 3 × 3 grid: from one corner to the opposite one, C(4, 2) = 6 shortest paths.
        QList<Edge> grid;
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 3; ++c) {
                if (c < 2)
                    grid << Edge{r * 3 + c, r * 3 + c + 1};
                if (r < 2)
                    grid << Edge{r * 3 + c, (r + 1) * 3 + c};
            }
        const Network network(makeData(9, grid));
        const auto p = shortestPath(network, 101, 109);
        QVERIFY(p);
        QCOMPARE(p->count, 6.0);
        QCOMPARE(p->length, 4.0);
        QCOMPARE(p->actors, (QList<qint64>{101, 102, 103, 106, 109}));
        const auto self = shortestPath(network, 105, 105);
        QCOMPARE(self->actors, QList<qint64>{105});
        QCOMPARE(self->length, 0.0);
    }

    void limitedMeasures()
    {
        const QJsonObject ref = readJson(QStringLiteral("karate.json"));
        QVERIFY2(!ref.isEmpty(), "karate.json not found: is MAILLAGE_TEST_DATA set?");
        const Network network(fromReference(ref));
        MetricsOptions o;
        o.measures = *parseMeasures(QStringLiteral("degree, coreness"));
        const MetricsResult r = computeMetrics(network, o);
        QCOMPARE(r.computed, unsigned(Measure::Degree | Measure::Coreness));
        QCOMPARE(r.actors[0].degree, 16);
        QCOMPARE(r.actors[0].betweenness, 0.0);
        QCOMPARE(r.network.diameter, 0.0);
        o.measures = unsigned(Measure::Community);
        QVERIFY(has(computeMetrics(network, o).computed, Measure::Betweenness));
        QString error;
        QVERIFY(!parseMeasures(QStringLiteral("degree,pagerank"), &error));
        QVERIFY(error.contains(QStringLiteral("pagerank")));
        QVERIFY(!parseMeasures(QStringLiteral(","), &error));
    }

    void threadsAgree()
    {
        const Network network(randomGraph(600, 1500, 7), NetworkOptions{false, true, true});
        RunControl one, two;
        one.threads = 1;
        two.threads = 3;
        const MetricsResult a = computeMetrics(network, {}, one);
        const MetricsResult b = computeMetrics(network, {}, two);
        for (int i = 0; i < a.actors.size(); ++i) {
            QCOMPARE_REAL(a.actors[i].betweenness, b.actors[i].betweenness, 1e-9);
            QCOMPARE_REAL(a.actors[i].closeness, b.actors[i].closeness, 1e-12);
        }
        QCOMPARE_REAL(a.network.averagePathLength, b.network.averagePathLength, 1e-12);
    }

    // Sampled betweenness (Brandes & Pich) against the exact one on random graphs: every
    // actor within the stated 95 % bound save a few, the mean error far below it, and as many
    // sources as actors gives the exact figures.
    void sampledBetweenness_data()
    {
        QTest::addColumn<int>("actors");
        QTest::addColumn<int>("links");
        QTest::addColumn<int>("samples");
        QTest::addColumn<bool>("directed");
        QTest::newRow("sparse, 100 sources") << 800 << 1600 << 100 << false;
        QTest::newRow("denser, 200 sources") << 600 << 3000 << 200 << false;
        QTest::newRow("directed view") << 500 << 1500 << 150 << true;
    }
    void sampledBetweenness()
    {
        QFETCH(int, actors);
        QFETCH(int, links);
        QFETCH(int, samples);
        QFETCH(bool, directed);
        const Network network(randomGraph(actors, links, 20240 + actors),
                              NetworkOptions{directed, false, true});
        MetricsOptions exactOptions;
        exactOptions.measures = unsigned(Measure::Betweenness);
        const MetricsResult exact = computeMetrics(network, exactOptions);
        QCOMPARE(exact.sampledSources, 0);
        QCOMPARE(exact.betweennessErrorBound, 0.0);
        MetricsOptions sampled = exactOptions;
        sampled.betweennessSamples = samples;
        const MetricsResult estimate = computeMetrics(network, sampled);
        QCOMPARE(estimate.sampledSources, samples);
        const double bound = estimate.betweennessErrorBound;
        QCOMPARE_REAL(bound, betweennessErrorBound(actors, samples), 1e-15);
        QVERIFY(bound > 0 && bound < 1);
        int outside = 0;
        double meanError = 0, meanValue = 0;
        for (int i = 0; i < actors; ++i) {
            const double e = std::abs(estimate.actors[i].betweennessNormalized -
                                      exact.actors[i].betweennessNormalized);
            outside += e > bound ? 1 : 0;
            meanError += e / actors;
            meanValue += exact.actors[i].betweennessNormalized / actors;
        }
        QVERIFY2(outside <= actors / 20, qPrintable(QString::number(outside)));
        QVERIFY2(meanError < bound / 4, qPrintable(QString::number(meanError)));
        // Unbiased: the total is close to the exact total.
        double total = 0, exactTotal = 0;
        for (int i = 0; i < actors; ++i) {
            total += estimate.actors[i].betweenness;
            exactTotal += exact.actors[i].betweenness;
        }
        QVERIFY2(std::abs(total - exactTotal) < 0.15 * exactTotal,
                 qPrintable(QStringLiteral("%1 vs %2").arg(total).arg(exactTotal)));
        QVERIFY(meanValue > 0);
        // The same seed gives the same estimate.
        const MetricsResult again = computeMetrics(network, sampled);
        for (int i = 0; i < actors; ++i)
            QCOMPARE(again.actors[i].betweenness, estimate.actors[i].betweenness);
        // As many sources as actors: exact.
        sampled.betweennessSamples = actors;
        const MetricsResult all = computeMetrics(network, sampled);
        QCOMPARE(all.sampledSources, 0);
        for (int i = 0; i < actors; ++i)
            QCOMPARE_REAL(all.actors[i].betweenness, exact.actors[i].betweenness, 1e-9);
    }

    void errorBoundShrinksWithSamples()
    {
        QCOMPARE(betweennessErrorBound(1000, 0), 0.0);
        QCOMPARE(betweennessErrorBound(1000, 1000), 0.0);
        const double b100 = betweennessErrorBound(100000, 100);
        const double b400 = betweennessErrorBound(100000, 400);
        QCOMPARE_REAL(b100 / b400, 2.0, 1e-3);  // ∝ 1/√k
        // Hoeffding at 95 %: √(ln(40)/2k) · n/(n-1).
        QCOMPARE_REAL(betweennessErrorBound(1001, 1000),
                      std::sqrt(std::log(40.0) / 2000.0) * 1001.0 / 1000.0, 1e-12);
    }

    void cancelAndProgress()
    {
        const Network network(randomGraph(2000, 4000, 11));
        std::atomic<bool> cancel{false};
        QList<double> seen;
        RunControl control;
        control.cancel = &cancel;
        control.progress = [&](double f) { seen << f; };
        MetricsResult r = computeMetrics(network, {}, control);
        QVERIFY(!r.cancelled);
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last(), 1.0);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));

        cancel = true;
        r = computeMetrics(network, {}, control);
        QVERIFY(r.cancelled);
        // Cancel from the progress callback, half-way through.
        cancel = false;
        control.progress = [&](double f) {
            if (f > 0.1)
                cancel = true;
        };
        r = computeMetrics(network, {}, control);
        QVERIFY(r.cancelled);
    }

    void cacheKey()
    {
        const NetworkData data = randomGraph(50, 80, 3);
        const QByteArray key = Network(data).cacheKey();
        QCOMPARE(Network(data).cacheKey(), key);
        QVERIFY(Network(data, NetworkOptions{true, false, true}).cacheKey() != key);
        NetworkData changed = data;
        changed.links[10].strength += 1;
        QVERIFY(Network(changed).cacheKey() != key);
        changed = data;
        changed.links.removeLast();
        QVERIFY(Network(changed).cacheKey() != key);
        changed = data;
        changed.actors[3].name = QStringLiteral("renamed");
        QVERIFY(Network(changed).cacheKey() != key);
    }

    void empty()
    {
        const Network network;
        const MetricsResult r = computeMetrics(network);
        QCOMPARE(r.network.actors, 0);
        QCOMPARE(r.network.components, 0);
        QVERIFY(r.actors.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
