// Label de-cluttering (render::placeLabels): no two labels overlap, no label covers another
// actor, the most important actors are labelled first, mandatory ones always, and the
// headless painter uses it on the sample territory.
#include "testsupport.h"

#include "core/document/document.h"
#include "core/io/sample.h"
#include "core/render/labelplacement.h"
#include "core/render/mappainter.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace maillage;
using namespace maillage::render;

namespace {

QList<LabelCandidate> randomCandidates(int n, quint32 seed, double side)
{
    QRandomGenerator rng(seed);
    QList<LabelCandidate> out;
    for (int i = 0; i < n; ++i) {
        LabelCandidate c;
        c.index = i;
        c.anchor = QPointF(rng.generateDouble() * side, rng.generateDouble() * side);
        c.radius = 4 + rng.bounded(10);
        c.size = QSizeF(30 + rng.bounded(120), 14);
        c.shortWidth = c.size.width() > 60 ? 50 : 0;
        c.priority = rng.bounded(100);
        c.mandatory = rng.bounded(50) == 0;
        out << c;
    }
    return out;
}

QRectF disc(const LabelCandidate &c)
{
    return QRectF(c.anchor.x() - c.radius, c.anchor.y() - c.radius, 2 * c.radius, 2 * c.radius);
}

} // namespace

class TestLabelPlacement : public QObject
{
    Q_OBJECT

private slots:
    void noOverlap_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<double>("side");
        QTest::newRow("sparse") << 50 << 1u << 2000.0;
        QTest::newRow("dense") << 400 << 2u << 600.0;
        QTest::newRow("very dense") << 2000 << 3u << 800.0;
        QTest::newRow("screenful") << 1000 << 4u << 1400.0;
    }
    void noOverlap()
    {
        QFETCH(int, count);
        QFETCH(quint32, seed);
        QFETCH(double, side);
        const QList<LabelCandidate> candidates = randomCandidates(count, seed, side);
        const QList<PlacedLabel> placed = placeLabels(candidates);
        QVERIFY(!placed.isEmpty());
        QSet<int> seen;
        int mandatory = 0;
        for (const LabelCandidate &c : candidates)
            mandatory += c.mandatory ? 1 : 0;
        int mandatoryPlaced = 0;
        for (int i = 0; i < placed.size(); ++i) {
            const PlacedLabel &a = placed[i];
            QVERIFY2(!seen.contains(a.index), "one label per actor");
            seen.insert(a.index);
            const LabelCandidate &ca = candidates[a.index];
            mandatoryPlaced += ca.mandatory ? 1 : 0;
            // Full or shortened width, the candidate's height.
            QCOMPARE(a.rect.height(), ca.size.height());
            QCOMPARE(a.rect.width(), a.shortened ? ca.shortWidth : ca.size.width());
            for (int j = i + 1; j < placed.size(); ++j) {
                const PlacedLabel &b = placed[j];
                if (ca.mandatory && candidates[b.index].mandatory)
                    continue;  // two forced labels may meet
                QVERIFY2(!a.rect.intersects(b.rect),
                         qPrintable(QStringLiteral("labels %1 and %2 overlap").arg(a.index).arg(b.index)));
            }
            if (ca.mandatory)
                continue;
            for (const LabelCandidate &other : candidates)
                if (other.index != ca.index)
                    QVERIFY2(!a.rect.intersects(disc(other)),
                             qPrintable(QStringLiteral("label %1 covers actor %2")
                                            .arg(a.index)
                                            .arg(other.index)));
        }
        QCOMPARE(mandatoryPlaced, mandatory);
        // Deterministic.
        const QList<PlacedLabel> again = placeLabels(candidates);
        QCOMPARE(again.size(), placed.size());
        for (int i = 0; i < placed.size(); ++i) {
            QCOMPARE(again[i].index, placed[i].index);
            QCOMPARE(again[i].rect, placed[i].rect);
        }
    }

    void importantFirst()
    {
        // Two actors side by side: only one label fits below or above; the bigger one wins,
        // the other goes to a side, and a third with no room left is dropped.
        LabelCandidate small{0, QPointF(0, 0), 5, QSizeF(100, 14), 0, 1, false};
        LabelCandidate big{1, QPointF(20, 0), 10, QSizeF(100, 14), 0, 5, false};
        const QList<PlacedLabel> placed = placeLabels({small, big});
        QCOMPARE(placed.size(), 2);
        QCOMPARE(placed[0].index, 1);
        QCOMPARE(placed[0].rect, QRectF(20 - 50, 11, 100, 14));  // below the big one
        QVERIFY(!placed[0].rect.intersects(placed[1].rect));
    }

    void mandatoryAlwaysPlaced()
    {
        // Hovered or selected: labelled even though a more important label sits there, and
        // before it.
        LabelCandidate hub{0, QPointF(0, 0), 20, QSizeF(120, 14), 0, 100, false};
        LabelCandidate hovered{1, QPointF(0, 0), 5, QSizeF(120, 14), 0, 1, true};
        const QList<PlacedLabel> placed = placeLabels({hub, hovered});
        QVERIFY(!placed.isEmpty());
        QCOMPARE(placed[0].index, 1);
    }

    void shortenedWhenOnlyThatFits()
    {
        // Walls of actors left and right, above and below leave a narrow gap under the actor.
        QList<LabelCandidate> c;
        c << LabelCandidate{0, QPointF(0, 0), 5, QSizeF(200, 14), 60, 10, false};
        c << LabelCandidate{1, QPointF(-45, 14), 5, QSizeF(0, 0), 0, 0, false};
        c << LabelCandidate{2, QPointF(45, 14), 5, QSizeF(0, 0), 0, 0, false};
        c << LabelCandidate{3, QPointF(0, -15), 5, QSizeF(0, 0), 0, 0, false};
        c << LabelCandidate{4, QPointF(-40, 0), 5, QSizeF(0, 0), 0, 0, false};
        c << LabelCandidate{5, QPointF(40, 0), 5, QSizeF(0, 0), 0, 0, false};
        const QList<PlacedLabel> placed = placeLabels(c);
        QCOMPARE(placed.size(), 1);
        QVERIFY(placed[0].shortened);
        QCOMPARE(placed[0].rect.width(), 60.0);
    }

    void staysInBounds()
    {
        LabelPlacementOptions o;
        o.bounds = QRectF(0, 0, 300, 200);
        // Below would leave the area: the label goes above.
        LabelCandidate c{0, QPointF(150, 190), 5, QSizeF(100, 14), 0, 1, false};
        const QList<PlacedLabel> placed = placeLabels({c}, o);
        QCOMPARE(placed.size(), 1);
        QVERIFY(o.bounds.contains(placed[0].rect));
        QVERIFY(placed[0].rect.bottom() < 190);
        // Nowhere inside: left out.
        LabelCandidate wide{0, QPointF(150, 100), 5, QSizeF(400, 14), 0, 1, false};
        QVERIFY(placeLabels({wide}, o).isEmpty());
    }

    void keepsClearOfKeptOutAreas()
    {
        // A legend over the place below the actor: the label goes above; covered all around:
        // left out.
        LabelPlacementOptions o;
        o.keepOut << QRectF(100, 105, 200, 40);
        LabelCandidate c{0, QPointF(150, 100), 5, QSizeF(80, 14), 0, 1, false};
        QList<PlacedLabel> placed = placeLabels({c}, o);
        QCOMPARE(placed.size(), 1);
        QVERIFY(placed[0].rect.bottom() < 100);
        o.keepOut << QRectF(0, 0, 400, 104);
        QVERIFY(placeLabels({c}, o).isEmpty());
    }

    void samplePainterLabelsDoNotOverlap_data()
    {
        QTest::addColumn<double>("scale");
        QTest::newRow("A4 page") << 0.8;
        QTest::newRow("screen") << 1.0;
        QTest::newRow("small picture") << 0.5;
    }
    void samplePainterLabelsDoNotOverlap()
    {
        // The headless renderer (render, PDF report) on the sample territory, whose hubs'
        // labels used to overlap in its dense middle.
        QFETCH(double, scale);
        const QString path = test::tempPath(QStringLiteral("labels.maillage"));
        QFile::remove(path);
        QString error;
        QVERIFY2(writeSample(path, &error), qPrintable(error));
        Document doc;
        QVERIFY2(doc.open(path, Store::Access::ReadOnly, &error), qPrintable(error));
        const MapModel model = MapModel::fromDocument(doc);
        QVERIFY(model.nodes.size() > 20);
        const MapPainter painter(model);
        MapOptions options;
        const QList<MapLabel> labels =
            painter.labelLayout(scale, painter.sceneRect(options), options);
        QVERIFY2(labels.size() >= model.nodes.size() / 2,
                 qPrintable(QStringLiteral("%1 of %2").arg(labels.size()).arg(model.nodes.size())));
        for (int i = 0; i < labels.size(); ++i)
            for (int j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!labels[i].rect.intersects(labels[j].rect),
                         qPrintable(labels[i].text + QStringLiteral(" / ") + labels[j].text));
        // The most influential actors (the hubs) are all labelled.
        QSet<qint64> labelled;
        for (const MapLabel &l : labels)
            labelled.insert(l.actorId);
        for (const MapNode &n : model.nodes)
            if (n.influence >= 5)
                QVERIFY2(labelled.contains(n.id), qPrintable(n.name));
        // A highlighted actor is always labelled, with its whole name.
        const MapNode &someone = model.nodes.last();
        options.highlighted = {someone.id};
        bool found = false;
        for (const MapLabel &l : painter.labelLayout(scale, painter.sceneRect(options), options))
            found |= l.actorId == someone.id && l.text == someone.name;
        QVERIFY(found);
    }
};

QTEST_MAIN(TestLabelPlacement)
#include "tst_labelplacement.moc"
