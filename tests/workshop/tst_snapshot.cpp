// Snapshot diffs: presence on boundary dates, diffs between dates and between files.
#include "core/io/sample.h"
#include "core/store/store.h"
#include "testsupport.h"
#include "core/workshop/snapshot.h"

#include <QtTest>

using namespace maillage;
using namespace maillage::workshop;

namespace {
#define K(s) QStringLiteral(s)

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QStringList names(const QList<ActorChange> &list)
{
    QStringList out;
    for (const ActorChange &c : list)
        out << c.name;
    return out;
}

QStringList links(const QList<LinkChange> &list)
{
    QStringList out;
    for (const LinkChange &c : list)
        out << c.link.source + (c.link.directed ? K(" -> ") : K(" -- ")) + c.link.target +
                   K(" (%1) %2>%3").arg(c.link.type).arg(c.strengthBefore).arg(c.strengthAfter);
    return out;
}

} // namespace

class TestSnapshot : public QObject
{
    Q_OBJECT

    int counter = 0;

    MapData crafted(const QString &name)
    {
        const QString path = test::tempPath(K("%1-%2.maillage").arg(name).arg(++counter));
        QString error;
        {
            Store store;
            if (!store.create(path, name, &error) ||
                !loadKeyedJson(store, test::readBytes(test::dataPath(K("workshop/%1.json").arg(name))),
                               name + K(".json"), &error))
                qFatal("%s", qPrintable(error));
            store.close();
        }
        MapData m;
        if (!loadMap(path, &m, &error))
            qFatal("%s", qPrintable(error));
        return m;
    }

private slots:
    void presence_data()
    {
        QTest::addColumn<QDate>("since");
        QTest::addColumn<QDate>("until");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("present");
        const QDate d = day("2018-09-15");
        QTest::newRow("no dates") << QDate() << QDate() << d << true;
        QTest::newRow("since = date") << d << QDate() << d << true;
        QTest::newRow("day before since") << d << QDate() << d.addDays(-1) << false;
        QTest::newRow("until = date") << QDate() << d << d << true;
        QTest::newRow("day after until") << QDate() << d << d.addDays(1) << false;
        QTest::newRow("one day, on it") << d << d << d << true;
        QTest::newRow("one day, after") << d << d << d.addDays(1) << false;
        QTest::newRow("inside") << d.addDays(-10) << d.addDays(10) << d << true;
    }
    void presence()
    {
        QFETCH(QDate, since);
        QFETCH(QDate, until);
        QFETCH(QDate, date);
        QFETCH(bool, present);
        QCOMPARE(presentOn(since, until, date), present);
    }

    void mapAtDates_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("actors");
        QTest::addColumn<int>("links");
        QTest::newRow("before the café") << day("2017-08-31") << 2 << 1;
        QTest::newRow("café opens") << day("2017-09-01") << 3 << 3;
        QTest::newRow("last day of the amicale") << day("2018-06-30") << 3 << 3;
        // The amicale left: its link (undated) goes with it.
        QTest::newRow("farm's first day") << day("2018-07-01") << 3 << 4;
        QTest::newRow("after") << day("2018-07-02") << 3 << 3;
    }
    void mapAtDates()
    {
        QFETCH(QDate, date);
        QFETCH(int, actors);
        QFETCH(int, links);
        const MapData m = mapAt(crafted(K("timeline")), date);
        QCOMPARE(m.actors.size(), actors);
        QCOMPARE(m.links.size(), links);
    }

    void diffAcrossTheSummer()
    {
        const SnapshotDiff d = diffDates(crafted(K("timeline")), day("2018-06-30"), day("2018-07-01"));
        QCOMPARE(d.before, K("2018-06-30"));
        QCOMPARE(d.after, K("2018-07-01"));
        QCOMPARE(names(d.appeared), QStringList{K("Ferme du Haut-Chemin")});
        QCOMPARE(names(d.left), QStringList{K("Amicale des anciens")});
        QCOMPARE(links(d.linksAppeared),
                 (QStringList{K("Café associatif -- Ferme du Haut-Chemin (Partnership) 0>3"),
                              K("Ferme du Haut-Chemin -> Mairie (Information) 0>4")}));
        // The partnership ended on 30 June and a stronger one, drawn the other way round
        // (undirected), started on 1 July: the same link, strengthened.
        QCOMPARE(links(d.strengthened),
                 QStringList{K("Café associatif -- Mairie (Partnership) 2>4")});
        QVERIFY(d.weakened.isEmpty());
        QCOMPARE(links(d.linksDisappeared),
                 QStringList{K("Mairie -- Amicale des anciens (Partnership) 3>0")});
        QCOMPARE(d.actorsBefore, 3);
        QCOMPARE(d.actorsAfter, 3);

        // Backwards, the same link weakened.
        const SnapshotDiff back = diffDates(crafted(K("timeline")), day("2018-07-01"), day("2018-06-30"));
        QCOMPARE(links(back.weakened), QStringList{K("Mairie -- Café associatif (Partnership) 4>2")});
    }

    void boundariesAreInclusive()
    {
        const MapData m = crafted(K("timeline"));
        // The café and its funding start on 1 September 2017; the amicale and the weaker
        // partnership end on 30 June 2018: between those two dates nothing changes.
        QVERIFY(diffDates(m, day("2017-09-01"), day("2018-06-30")).isEmpty());
        const SnapshotDiff opening = diffDates(m, day("2017-08-31"), day("2017-09-01"));
        QCOMPARE(names(opening.appeared), QStringList{K("Café associatif")});
        QCOMPARE(opening.linksAppeared.size(), 2);
        // A link of one day (since = until = 1 July) is there on that day only.
        const SnapshotDiff after = diffDates(m, day("2018-07-01"), day("2018-07-02"));
        QVERIFY(after.appeared.isEmpty() && after.left.isEmpty());
        QCOMPARE(links(after.linksDisappeared),
                 QStringList{K("Ferme du Haut-Chemin -> Mairie (Information) 4>0")});
    }

    void diffTwoFiles()
    {
        MapData before = crafted(K("reference"));
        MapData after = crafted(K("group-b"));
        before.file = K("before");
        after.file = K("after");
        const SnapshotDiff d = diffMaps(before, after);
        QCOMPARE(d.before, K("before"));
        QCOMPARE(names(d.appeared), QStringList{K("Institut Beau Joly")});
        QCOMPARE(names(d.left), QStringList{K("Institut de Beau Joly")});
        QCOMPARE(links(d.linksAppeared),
                 QStringList{K("Institut Beau Joly -- La Bouée (Partnership) 0>3")});
        QCOMPARE(links(d.linksDisappeared),
                 (QStringList{K("Institut de Beau Joly -- La Bouée (Partnership) 3>0"),
                              K("Mairie de Mirecourt -> Institut de Beau Joly (Funding) 3>0")}));
        QVERIFY(d.strengthened.isEmpty() && d.weakened.isEmpty());

        // Strength changes between snapshots; a directed link reversed is another link.
        after = before;
        after.links[0].strength = 5;  // Mairie -> café funding, 3 -> 5
        after.links[1].strength = 1;  // Mairie -- La Bouée, 3 -> 1
        std::swap(after.links[4].sourceId, after.links[4].targetId);  // funding reversed
        const SnapshotDiff s = diffMaps(before, after);
        QCOMPARE(links(s.strengthened),
                 QStringList{K("Mairie de Mirecourt -> Café L'UtopiC (Funding) 3>5")});
        QCOMPARE(links(s.weakened),
                 QStringList{K("Mairie de Mirecourt -- La Bouée (Partnership) 3>1")});
        QCOMPARE(links(s.linksAppeared),
                 QStringList{K("Institut de Beau Joly -> Mairie de Mirecourt (Funding) 0>3")});
        QCOMPARE(links(s.linksDisappeared),
                 QStringList{K("Mairie de Mirecourt -> Institut de Beau Joly (Funding) 3>0")});
    }

    void sampleAgainstItself()
    {
        const QString path = test::tempPath(K("sample-diff.maillage"));
        QString error;
        QVERIFY2(writeSample(path, &error), qPrintable(error));
        MapData m;
        QVERIFY2(loadMap(path, &m, &error), qPrintable(error));
        const SnapshotDiff d = diffMaps(m, m);
        QVERIFY(d.isEmpty());
        QCOMPARE(d.linksBefore, int(m.links.size()));
        // The sample's history: its network grew between the first debate and the review.
        const SnapshotDiff year = diffDates(m, day("2018-01-01"), day("2018-11-05"));
        QVERIFY(!year.linksAppeared.isEmpty());
        QVERIFY(year.linksAfter > year.linksBefore);
    }
};

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
