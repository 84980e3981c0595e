// Layouts: determinism, readability, pinned actors, the grid and concentric geometry, and
// applying a layout to a document as one undo step.
#include "testsupport.h"

#include "core/analysis/layout.h"
#include "core/document/document.h"
#include "core/io/sample.h"

#include <QtTest>

#include <atomic>
#include <cmath>
#include <random>

using namespace maillage;
using namespace maillage::layout;

Q_DECLARE_METATYPE(maillage::layout::Graph)
Q_DECLARE_METATYPE(maillage::layout::Algorithm)

namespace {

/// Small deterministic generator (independent of the library's own).
struct Gen
{
    std::mt19937_64 engine;
    explicit Gen(quint64 seed) : engine(seed) {}
    int below(int n) { return int(engine() % quint64(n)); }
};

Graph nodesOnly(int n, int categories = 3)
{
    Graph g;
    for (int i = 0; i < n; ++i) {
        Node node;
        node.id = i + 1;
        node.categoryId = 1 + i % categories;
        node.influence = i % 6;
        node.interest = (i / 6) % 6;
        g.nodes << node;
    }
    return g;
}

void link(Graph &g, int a, int b)
{
    g.edges << Edge{qint64(a + 1), qint64(b + 1), 1.0};
}

/// Each new actor links to two earlier ones chosen at random (connected, like the benchmark).
Graph randomTwoLinks(int n, quint64 seed)
{
    Graph g = nodesOnly(n);
    Gen gen(seed);
    for (int i = 1; i < n; ++i) {
        link(g, i, gen.below(i));
        if (i > 1)
            link(g, i, gen.below(i));
    }
    return g;
}

Graph tree(int n)
{
    Graph g = nodesOnly(n);
    for (int i = 1; i < n; ++i)
        link(g, i, (i - 1) / 2);
    return g;
}

Graph lattice(int side)
{
    Graph g = nodesOnly(side * side);
    for (int r = 0; r < side; ++r)
        for (int c = 0; c < side; ++c) {
            if (c + 1 < side)
                link(g, r * side + c, r * side + c + 1);
            if (r + 1 < side)
                link(g, r * side + c, (r + 1) * side + c);
        }
    return g;
}

/// Dense groups (one per category) with a few links between them.
Graph clusters(int groups, int size, quint64 seed)
{
    Graph g = nodesOnly(groups * size, groups);
    Gen gen(seed);
    for (int i = 0; i < groups * size; ++i)
        g.nodes[i].categoryId = 1 + i / size;
    for (int k = 0; k < groups; ++k)
        for (int i = 0; i < size * 2; ++i) {
            const int a = k * size + gen.below(size), b = k * size + gen.below(size);
            if (a != b)
                link(g, a, b);
        }
    for (int k = 0; k + 1 < groups; ++k)
        link(g, k * size, (k + 1) * size + 1);
    return g;
}

/// Three separate components and ten isolated actors.
Graph components()
{
    Graph g = nodesOnly(70);
    for (int i = 1; i < 30; ++i)
        link(g, i, (i - 1) / 2);  // tree 0..29
    for (int i = 30; i < 50; ++i)
        link(g, i, i + 1 < 50 ? i + 1 : 30);  // ring 30..49
    for (int i = 51; i < 60; ++i)
        link(g, 50, i);  // star 50..59
    return g;  // 60..69 isolated
}

Graph sampleGraph(Document &doc)
{
    const QString path = test::tempPath(QStringLiteral("layout-sample-%1.maillage")
                                            .arg(QDateTime::currentMSecsSinceEpoch()));
    QString error;
    if (!writeSample(path, &error) || !doc.open(path, Store::Access::ReadWrite, &error))
        qFatal("sample: %s", qPrintable(error));
    return Graph::fromStore(doc.store());
}

double dist(const QPointF &a, const QPointF &b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

/// Mean distance of linked pairs and of all unlinked pairs, computed independently.
std::pair<double, double> linkedAndUnlinked(const Graph &g, const QHash<qint64, QPointF> &pos)
{
    QSet<QPair<qint64, qint64>> linked;
    double sumLinked = 0;
    for (const Edge &e : g.edges) {
        const auto key = qMakePair(std::min(e.sourceId, e.targetId), std::max(e.sourceId, e.targetId));
        if (linked.contains(key))
            continue;
        linked.insert(key);
        sumLinked += dist(pos.value(e.sourceId), pos.value(e.targetId));
    }
    double sumUnlinked = 0;
    qint64 unlinked = 0;
    for (int i = 0; i < g.nodes.size(); ++i)
        for (int j = i + 1; j < g.nodes.size(); ++j) {
            const qint64 a = g.nodes[i].id, b = g.nodes[j].id;
            if (linked.contains(qMakePair(std::min(a, b), std::max(a, b))))
                continue;
            sumUnlinked += dist(pos.value(a), pos.value(b));
            ++unlinked;
        }
    return {sumLinked / std::max<qsizetype>(1, linked.size()), sumUnlinked / std::max<qint64>(1, unlinked)};
}

const QList<Algorithm> kAll = {Algorithm::Force, Algorithm::Category, Algorithm::Circle,
                               Algorithm::Concentric, Algorithm::Grid};

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private slots:
    void codes()
    {
        for (Algorithm a : kAll) {
            QCOMPARE(algorithmFromCode(code(a)), std::optional<Algorithm>(a));
            QVERIFY(!displayName(a).isEmpty());
        }
        QVERIFY(!algorithmFromCode(QStringLiteral("spring")));
        QCOMPARE(algorithmCodes().size(), kAll.size());
    }

    void deterministic_data()
    {
        QTest::addColumn<Algorithm>("algorithm");
        QTest::addColumn<bool>("seedMatters");
        QTest::newRow("force") << Algorithm::Force << true;
        QTest::newRow("category") << Algorithm::Category << true;
        QTest::newRow("circle") << Algorithm::Circle << false;
        QTest::newRow("concentric") << Algorithm::Concentric << false;
        QTest::newRow("grid") << Algorithm::Grid << false;
    }
    void deterministic()
    {
        QFETCH(Algorithm, algorithm);
        QFETCH(bool, seedMatters);
        const Graph g = randomTwoLinks(150, 3);
        Options o;
        o.algorithm = algorithm;
        o.seed = 42;
        const Result a = run(g, o), b = run(g, o);
        QVERIFY(a.ok());
        QCOMPARE(a.positions.size(), g.nodes.size());
        QCOMPARE(a.positions, b.positions);
        o.seed = 43;
        const Result c = run(g, o);
        QCOMPARE(c.positions.size(), g.nodes.size());
        if (seedMatters)
            QVERIFY(a.positions != c.positions);
        for (const QPointF &p : a.positions)
            QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));
    }

    void deterministicLarge()
    {
        // Large parts use the Barnes–Hut tree and two threads: still the same positions.
        const Graph g = randomTwoLinks(4500, 21);
        Options o;
        o.iterations = 30;
        const Result a = run(g, o), b = run(g, o);
        QCOMPARE(a.positions.size(), 4500);
        QCOMPARE(a.positions, b.positions);
        o.seed = 2;
        QVERIFY(run(g, o).positions != a.positions);
    }

    void linkedCloser_data()
    {
        QTest::addColumn<Graph>("graph");
        QTest::addColumn<Algorithm>("algorithm");
        QTest::addColumn<double>("maxRatio");  // linked mean / unlinked mean
        const QList<QPair<const char *, Graph>> graphs = {
            {"random300", randomTwoLinks(300, 11)},
            {"tree", tree(200)},
            {"lattice", lattice(15)},
            {"clusters", clusters(6, 20, 5)},
            {"components", components()},
        };
        for (const auto &[name, graph] : graphs) {
            QTest::addRow("force/%s", name) << graph << Algorithm::Force << 0.6;
            QTest::addRow("concentric/%s", name) << graph << Algorithm::Concentric << 0.95;
        }
        QTest::addRow("category/clusters") << clusters(6, 20, 5) << Algorithm::Category << 0.6;
    }
    void linkedCloser()
    {
        QFETCH(Graph, graph);
        QFETCH(Algorithm, algorithm);
        QFETCH(double, maxRatio);
        Options o;
        o.algorithm = algorithm;
        const Result r = run(graph, o);
        QVERIFY(r.ok());
        const auto [linked, unlinked] = linkedAndUnlinked(graph, r.positions);
        qInfo("linked %.1f, unlinked %.1f, ratio %.3f (library figure %.3f)", linked, unlinked,
              linked / unlinked, linkedToRandomRatio(graph, r.positions));
        QVERIFY2(linked < unlinked * maxRatio,
                 qPrintable(QStringLiteral("ratio %1").arg(linked / unlinked)));
    }

    void sampleTerritory_data()
    {
        QTest::addColumn<Algorithm>("algorithm");
        QTest::addColumn<double>("maxRatio");
        QTest::newRow("force") << Algorithm::Force << 0.7;
        QTest::newRow("category") << Algorithm::Category << 1.0;
        QTest::newRow("concentric") << Algorithm::Concentric << 1.0;
    }
    void sampleTerritory()
    {
        QFETCH(Algorithm, algorithm);
        QFETCH(double, maxRatio);
        Document doc;
        const Graph g = sampleGraph(doc);
        QVERIFY(g.nodes.size() >= 25);
        Options o;
        o.algorithm = algorithm;
        const Result r = run(g, o);
        QVERIFY(r.ok());
        const auto [linked, unlinked] = linkedAndUnlinked(g, r.positions);
        qInfo("sample: linked %.1f, unlinked %.1f, ratio %.3f", linked, unlinked, linked / unlinked);
        QVERIFY(linked < unlinked * maxRatio);
    }

    void littleOverlap_data()
    {
        QTest::addColumn<Graph>("graph");
        QTest::newRow("random300") << randomTwoLinks(300, 2);
        QTest::newRow("clusters") << clusters(6, 20, 9);
        QTest::newRow("components") << components();
    }
    void littleOverlap()
    {
        QFETCH(Graph, graph);
        for (Algorithm a : {Algorithm::Force, Algorithm::Category, Algorithm::Circle,
                            Algorithm::Concentric, Algorithm::Grid}) {
            Options o;
            o.algorithm = a;
            const Result r = run(graph, o);
            const QList<QPointF> p = r.positions.values();
            int close = 0;
            for (int i = 0; i < p.size(); ++i)
                for (int j = i + 1; j < p.size(); ++j)
                    close += dist(p[i], p[j]) < 20 ? 1 : 0;  // the smallest node diameter
            QVERIFY2(close <= p.size() / 100,
                     qPrintable(QStringLiteral("%1: %2 overlapping pairs").arg(code(a)).arg(close)));
        }
    }

    void componentsApart()
    {
        const Graph g = components();
        const Result r = run(g, Options());
        auto comp = [](int i) { return i < 30 ? 0 : i < 50 ? 1 : i < 60 ? 2 : 3 + i; };
        double closest = 1e9;
        for (int i = 0; i < g.nodes.size(); ++i)
            for (int j = i + 1; j < g.nodes.size(); ++j)
                if (comp(i) != comp(j))
                    closest = std::min(closest, dist(r.positions[i + 1], r.positions[j + 1]));
        QVERIFY2(closest >= 40, qPrintable(QString::number(closest)));
        // Packed, not flung apart: the whole fits in a reasonable square.
        QRectF box;
        for (const QPointF &p : r.positions)
            box |= QRectF(p, QSizeF(1, 1));
        qInfo("components: %.0f × %.0f", box.width(), box.height());
        QVERIFY(box.width() < 40 * kIdealDistance && box.height() < 40 * kIdealDistance);
    }

    void pinnedStay_data()
    {
        QTest::addColumn<Algorithm>("algorithm");
        for (Algorithm a : kAll)
            QTest::newRow(qPrintable(code(a))) << a;
    }
    void pinnedStay()
    {
        QFETCH(Algorithm, algorithm);
        Graph g = randomTwoLinks(120, 8);
        for (int i = 0; i < g.nodes.size(); i += 10) {
            g.nodes[i].pinned = true;
            g.nodes[i].x = 1000 + i * 3.25;
            g.nodes[i].y = -500 - i;
        }
        Options o;
        o.algorithm = algorithm;
        const Result r = run(g, o);
        QVERIFY(r.ok());
        for (int i = 0; i < g.nodes.size(); i += 10)
            QCOMPARE(r.positions.value(g.nodes[i].id), QPointF(1000 + i * 3.25, -500 - i));
        int moved = 0;
        for (const Node &n : g.nodes)
            moved += (!n.pinned && r.positions.contains(n.id)) ? 1 : 0;
        QCOMPARE(moved, g.nodes.size() - 12);
    }

    void startsFromCurrentPositions()
    {
        Graph g = randomTwoLinks(200, 4);
        const Result first = run(g, Options());
        for (Node &n : g.nodes) {
            n.x = first.positions[n.id].x();
            n.y = first.positions[n.id].y();
        }
        Options o;
        o.seed = 99;
        const Result refined = run(g, o);
        o.startFromCurrent = false;
        const Result fresh = run(g, o);
        double moveRefined = 0, moveFresh = 0;
        for (const Node &n : g.nodes) {
            moveRefined += dist(refined.positions[n.id], first.positions[n.id]);
            moveFresh += dist(fresh.positions[n.id], first.positions[n.id]);
        }
        moveRefined /= g.nodes.size();
        moveFresh /= g.nodes.size();
        qInfo("mean move: refined %.1f, fresh %.1f", moveRefined, moveFresh);
        QVERIFY(moveRefined < kIdealDistance);
        QVERIFY(moveRefined * 3 < moveFresh);
    }

    void gridPlacesInfluenceHigher()
    {
        Graph g = nodesOnly(200);
        Gen gen(3);
        for (Node &n : g.nodes) {
            n.influence = gen.below(6);
            n.interest = gen.below(6);
        }
        Options o;
        o.algorithm = Algorithm::Grid;
        const Result r = run(g, o);
        for (const Node &a : g.nodes)
            for (const Node &b : g.nodes) {
                if (a.influence > b.influence)
                    QVERIFY(r.positions[a.id].y() < r.positions[b.id].y());  // y grows down
                if (a.interest > b.interest)
                    QVERIFY(r.positions[a.id].x() > r.positions[b.id].x());
                if (a.id < b.id)
                    QVERIFY(dist(r.positions[a.id], r.positions[b.id]) >= 20);
            }
        const GridGeometry geo = gridGeometry();
        QVERIFY(geo.quadrantRect(Quadrant::ManageClosely).contains(geo.cellCentre(5, 5)));
        QVERIFY(geo.quadrantRect(Quadrant::KeepSatisfied).contains(geo.cellCentre(0, 5)));
        QVERIFY(geo.quadrantRect(Quadrant::Monitor).contains(geo.cellCentre(0, 0)));
        QVERIFY(geo.quadrantRect(Quadrant::KeepInformed).contains(geo.cellCentre(5, 0)));
        QSet<QString> labels;
        for (Quadrant q : {Quadrant::KeepSatisfied, Quadrant::ManageClosely, Quadrant::Monitor,
                           Quadrant::KeepInformed})
            labels << quadrantLabel(q);
        QCOMPARE(labels.size(), 4);
        QVERIFY(labels.contains(QStringLiteral("Manage closely")));
        for (const QPointF &p : r.positions)
            QVERIFY(geo.area.contains(p));
    }

    void concentricRings()
    {
        const Graph g = tree(60);  // node 0 is the root; 1, 2 its children
        Options o;
        o.algorithm = Algorithm::Concentric;
        o.centerId = 2;  // node index 1: neighbours 0, 3, 4
        const Result r = run(g, o);
        QVERIFY(r.ok());
        const QPointF c = r.positions[2];
        QCOMPARE(c, QPointF(0, 0));
        const double r1 = dist(r.positions[1], c);
        QVERIFY(r1 > 0);
        QCOMPARE(dist(r.positions[4], c), r1);  // index 3
        QCOMPARE(dist(r.positions[5], c), r1);  // index 4
        for (int i = 5; i < 60; ++i)
            if (i != 1 && i != 0 && i != 3 && i != 4)
                QVERIFY(dist(r.positions[i + 1], c) > r1 + 1);
        // Default centre: the most linked actor; unknown centre: a clear error.
        o.centerId = 0;
        QVERIFY(run(g, o).ok());
        o.centerId = 9999;
        const Result bad = run(g, o);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error.contains(QStringLiteral("9999")));
        QVERIFY(bad.positions.isEmpty());
    }

    void progressAndCancel()
    {
        const Graph g = randomTwoLinks(400, 1);
        QList<int> reports;
        Control control;
        control.progress = [&](int done, int total) {
            QCOMPARE(total, 1000);
            reports << done;
        };
        QVERIFY(run(g, Options(), control).ok());
        QVERIFY(reports.size() >= 10);
        QVERIFY(std::is_sorted(reports.begin(), reports.end()));
        QCOMPARE(reports.last(), 1000);

        std::atomic<bool> cancel{false};
        Control stopping;
        stopping.cancel = &cancel;
        stopping.progress = [&](int done, int) {
            if (done > 200)
                cancel = true;
        };
        const Result r = run(g, Options(), stopping);
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok());
        QVERIFY(r.positions.isEmpty());
    }

    void emptyAndTiny()
    {
        for (Algorithm a : kAll) {
            Options o;
            o.algorithm = a;
            QVERIFY(run(Graph(), o).positions.isEmpty());
            const Result one = run(nodesOnly(1), o);
            QCOMPARE(one.positions.size(), 1);
            Graph two = nodesOnly(2);
            link(two, 0, 1);
            two.edges << Edge{1, 1, 1.0} << Edge{1, 77, 1.0};  // a loop and a dangling link
            QCOMPARE(run(two, o).positions.size(), 2);
        }
    }

    void applyIsOneUndoStep()
    {
        Document doc;
        const Graph g = sampleGraph(doc);
        const QList<Actor> before = doc.actors();
        Options o;
        o.algorithm = Algorithm::Circle;
        const Result r = run(g, o);
        const int steps = doc.undoStack()->count();
        QString error;
        QVERIFY2(doc.applyPositions(r.positions, undoText(o.algorithm), &error), qPrintable(error));
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QVERIFY(doc.undoStack()->undoText().contains(displayName(Algorithm::Circle)));
        for (const Actor &a : doc.actors()) {
            QVERIFY(a.hasPosition());
            QVERIFY(dist(QPointF(a.x, a.y), r.positions[a.id]) < 0.01);
        }
        // Applying the same positions again changes nothing and adds no step.
        QVERIFY(doc.applyPositions(r.positions, undoText(o.algorithm)));
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        doc.undoStack()->undo();
        const QList<Actor> after = doc.actors();
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < before.size(); ++i) {
            QCOMPARE(after[i].hasPosition(), before[i].hasPosition());
            if (before[i].hasPosition()) {
                QCOMPARE(after[i].x, before[i].x);
                QCOMPARE(after[i].y, before[i].y);
            }
        }
        doc.undoStack()->redo();
        QVERIFY(dist(QPointF(doc.actors().first().x, doc.actors().first().y),
                     r.positions[doc.actors().first().id]) < 0.01);
    }

    void applySkipsPinned()
    {
        Document doc;
        sampleGraph(doc);
        const Actor first = doc.actors().first();
        QVERIFY(doc.updateActor(first.id, {{QStringLiteral("x"), 5.0}, {QStringLiteral("y"), 6.0},
                                           {QStringLiteral("pinned"), 1}}));
        QHash<qint64, QPointF> moved;
        for (const Actor &a : doc.actors())
            moved.insert(a.id, QPointF(a.id * 10.0, 0));
        QSignalSpy changed(&doc, &Document::changed);
        QVERIFY(doc.applyPositions(moved, undoText(Algorithm::Force)));
        QCOMPARE(changed.size(), 1);
        const ChangeSet changes = changed.first().first().value<ChangeSet>();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().ids.size(), doc.actors().size() - 1);
        QVERIFY(!changes.first().ids.contains(first.id));
        QCOMPARE(doc.actor(first.id)->x, 5.0);
        QCOMPARE(doc.actor(first.id)->y, 6.0);
    }
};

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
