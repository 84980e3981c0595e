// Named snapshots: content round trip, take/list/rename/delete with undo, diffs between
// snapshots, now and dates with known answers, damaged content, and the CLI commands.
#include "core/document/document.h"
#include "core/io/sample.h"
#include "core/store/repositories.h"
#include "testsupport.h"
#include "core/workshop/snapshots.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace maillage;
using namespace maillage::workshop;

namespace {
#define K(s) QStringLiteral(s)

qint64 categoryId(Document &doc, const QString &code)
{
    for (const Category &c : doc.categories())
        if (c.code == code)
            return c.id;
    return 0;
}

qint64 linkTypeId(Document &doc, const QString &code)
{
    for (const LinkType &t : doc.linkTypes())
        if (t.code == code)
            return t.id;
    return 0;
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
        out << K("%1 - %2 %3>%4")
                   .arg(c.link.source, c.link.target)
                   .arg(c.strengthBefore)
                   .arg(c.strengthAfter);
    return out;
}

/// Four actors and three links, then edits with known effects (see the test).
struct Crafted
{
    qint64 a = 0, b = 0, c = 0, e = 0;
    qint64 ab = 0, bc = 0, ac = 0, ae = 0;

    void build(Document &doc)
    {
        auto actor = [&](const QString &name) {
            Actor x;
            x.name = name;
            x.categoryId = categoryId(doc, K("association"));
            return doc.addActor(x).value_or(0);
        };
        a = actor(K("Alpha"));
        b = actor(K("Bravo"));
        c = actor(K("Charlie"));
        e = actor(K("Echo"));
        auto link = [&](qint64 s, qint64 t, int strength) {
            Link l;
            l.sourceId = s;
            l.targetId = t;
            l.typeId = linkTypeId(doc, K("partnership"));
            l.strength = strength;
            return doc.addLink(l).value_or(0);
        };
        ab = link(a, b, 2);
        bc = link(b, c, 3);
        ac = link(a, c, 4);
        ae = link(a, e, 5);
    }
    /// Charlie leaves (with its two links), Delta arrives linked to Alpha, Alpha–Bravo
    /// strengthens from 2 to 4, Alpha–Echo weakens from 5 to 3.
    void change(Document &doc)
    {
        QVERIFY(doc.removeActors({c}));
        Actor d;
        d.name = K("Delta");
        d.categoryId = categoryId(doc, K("association"));
        const qint64 delta = doc.addActor(d).value_or(0);
        Link l;
        l.sourceId = a;
        l.targetId = delta;
        l.typeId = linkTypeId(doc, K("partnership"));
        l.strength = 1;
        QVERIFY(doc.addLink(l));
        QVERIFY(doc.updateRow(K("link"), ab, {{K("strength"), 4}}, K("s")));
        QVERIFY(doc.updateRow(K("link"), ae, {{K("strength"), 3}}, K("s")));
    }
};

void checkKnownDiff(const SnapshotDiff &d)
{
    QCOMPARE(d.actorsBefore, 4);
    QCOMPARE(d.actorsAfter, 4);
    QCOMPARE(d.linksBefore, 4);
    QCOMPARE(d.linksAfter, 3);
    QCOMPARE(names(d.appeared), QStringList{K("Delta")});
    QCOMPARE(names(d.left), QStringList{K("Charlie")});
    QCOMPARE(links(d.linksAppeared), QStringList{K("Alpha - Delta 0>1")});
    QCOMPARE(links(d.strengthened), QStringList{K("Alpha - Bravo 2>4")});
    QCOMPARE(links(d.weakened), QStringList{K("Alpha - Echo 5>3")});
    QCOMPARE(links(d.linksDisappeared),
             (QStringList{K("Alpha - Charlie 4>0"), K("Bravo - Charlie 3>0")}));
}

} // namespace

class TestSnapshots : public QObject
{
    Q_OBJECT

    int counter = 0;
    QString newPath(const QString &stem)
    {
        const QString p = test::tempPath(K("%1-%2.maillage").arg(stem).arg(++counter));
        QFile::remove(p);
        return p;
    }
    QString samplePath()
    {
        const QString p = newPath(K("sample"));
        QString error;
        if (!writeSample(p, &error))
            qFatal("%s", qPrintable(error));
        return p;
    }

private slots:
    void contentRoundTrip()
    {
        Document doc;
        QVERIFY(doc.open(samplePath()));
        const MapData map = readMap(doc.store());
        MapData back;
        QString error;
        QVERIFY2(mapFromSnapshotJson(snapshotJson(map), &back, &error), qPrintable(error));
        QCOMPARE(back.territory, map.territory);
        QCOMPARE(back.actors.size(), map.actors.size());
        QCOMPARE(back.links.size(), map.links.size());
        QCOMPARE(back.categories.size(), map.categories.size());
        QCOMPARE(back.linkTypes.size(), map.linkTypes.size());
        for (int i = 0; i < map.actors.size(); ++i) {
            const Actor &a = map.actors[i], &b = back.actors[i];
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.categoryId, a.categoryId);
            QCOMPARE(b.influence, a.influence);
            QCOMPARE(b.interest, a.interest);
            QCOMPARE(b.attitude, a.attitude);
            QCOMPARE(b.isPerson, a.isPerson);
            QCOMPARE(b.since, a.since);
            QCOMPARE(b.until, a.until);
            QCOMPARE(b.hasPosition(), a.hasPosition());
            if (a.hasPosition()) {
                QCOMPARE(b.x, a.x);
                QCOMPARE(b.y, a.y);
            }
            // Nothing beyond the map: no contact fields or notes.
            QVERIFY(b.email.isEmpty() && b.description.isEmpty());
        }
        for (int i = 0; i < map.links.size(); ++i) {
            const Link &a = map.links[i], &b = back.links[i];
            QCOMPARE(b.sourceId, a.sourceId);
            QCOMPARE(b.targetId, a.targetId);
            QCOMPARE(b.typeId, a.typeId);
            QCOMPARE(b.strength, a.strength);
            QCOMPARE(b.since, a.since);
            QCOMPARE(b.until, a.until);
        }
        // The diff of a map with its own snapshot is empty.
        QVERIFY(diffMaps(back, map).isEmpty());
    }

    void takeListRenameDeleteUndo()
    {
        Document doc;
        QVERIFY(doc.open(samplePath()));
        QVERIFY(listSnapshots(doc.store()).isEmpty());
        QString error;
        QVERIFY(!takeSnapshot(doc, K("   "), K(""), &error));
        QVERIFY(error.contains(K("name")));
        const auto first = takeSnapshot(doc, K(" Printemps 2018 "), K("avant le festival"), &error);
        QVERIFY2(first, qPrintable(error));
        const auto second = takeSnapshot(doc, K("Automne"), QString(), &error);
        QVERIFY(second);
        QList<SnapshotInfo> list = listSnapshots(doc.store());
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].name, K("Printemps 2018"));
        QCOMPARE(list[0].note, K("avant le festival"));
        QCOMPARE(list[0].actors, 34);
        QCOMPARE(list[0].links, 57);
        QVERIFY(list[0].takenAt.isValid());
        QVERIFY(qAbs(list[0].takenAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(findSnapshot(doc.store(), K("printemps 2018"))->id, *first);
        QCOMPARE(findSnapshot(doc.store(), QString::number(*second))->id, *second);
        QVERIFY(!findSnapshot(doc.store(), K("Hiver")));

        QVERIFY(editSnapshot(doc, *first, K("Printemps"), K("note"), &error));
        QCOMPARE(snapshotInfo(doc.store(), *first)->name, K("Printemps"));
        QVERIFY(!editSnapshot(doc, *first, QString(), K("note"), &error));
        doc.undoStack()->undo();
        QCOMPARE(snapshotInfo(doc.store(), *first)->name, K("Printemps 2018"));

        QVERIFY(deleteSnapshots(doc, {*first, *second}, &error));
        QVERIFY(listSnapshots(doc.store()).isEmpty());
        QCOMPARE(doc.undoStack()->undoText(), K("Delete 2 snapshots"));
        doc.undoStack()->undo();
        list = listSnapshots(doc.store());
        QCOMPARE(list.size(), 2);
        MapData restored;
        QVERIFY2(loadSnapshot(doc.store(), *first, &restored, &error), qPrintable(error));
        QCOMPARE(restored.actors.size(), 34);
        QCOMPARE(restored.file, K("Printemps 2018"));
        doc.undoStack()->redo();
        QVERIFY(listSnapshots(doc.store()).isEmpty());
    }

    void diffBetweenSnapshotsAndNow()
    {
        Document doc;
        QVERIFY(doc.create(newPath(K("diff")), K("T")));
        Crafted c;
        c.build(doc);
        QString error;
        const auto before = takeSnapshot(doc, K("before"), QString(), &error);
        QVERIFY(before);
        c.change(doc);
        const auto after = takeSnapshot(doc, K("after"), QString(), &error);
        QVERIFY(after);

        SnapshotDiff d;
        const DiffSide snapBefore{DiffSide::Snapshot, *before, {}};
        const DiffSide snapAfter{DiffSide::Snapshot, *after, {}};
        QVERIFY2(diffSides(doc.store(), snapBefore, snapAfter, &d, &error), qPrintable(error));
        checkKnownDiff(d);
        QCOMPARE(d.before, K("snapshot “before”"));
        QCOMPARE(d.after, K("snapshot “after”"));
        // The same against the territory now, and nothing between "after" and now.
        QVERIFY(diffSides(doc.store(), snapBefore, DiffSide{}, &d, &error));
        checkKnownDiff(d);
        QCOMPARE(d.after, K("now"));
        QVERIFY(diffSides(doc.store(), snapAfter, DiffSide{}, &d, &error));
        QVERIFY(d.isEmpty());

        // Reports.
        QVERIFY(diffSides(doc.store(), snapBefore, snapAfter, &d, &error));
        const QString text = diffText(d, QLocale(QLocale::English));
        QVERIFY(text.contains(K("Actors who appeared (1)\n  Delta (Association)")));
        QVERIFY(text.contains(K("Links that weakened (1)\n  Alpha — Echo (Partnership): strength 5 → 3")));
        QVERIFY(text.contains(K("Links that disappeared (2)")));
        const QList<QByteArray> csv = diffCsv(d).split('\n');
        QCOMPARE(csv.value(0).trimmed(),
                 QByteArray("change,name,category,source,target,type,directed,strength_before,"
                            "strength_after"));
        QCOMPARE(csv.size(), 1 + 7 + 1);  // header, 7 changes, final empty line
        QVERIFY(csv.contains("actor_appeared,Delta,Association,,,,,,\r"));
        QVERIFY(csv.contains("link_strengthened,,,Alpha,Bravo,Partnership,false,2,4\r"));
    }

    void diffBetweenDatesOfTheTerritory()
    {
        Document doc;
        QVERIFY(doc.open(samplePath()));
        SnapshotDiff d;
        QString error;
        const DiffSide from{DiffSide::Date, 0, QDate(2017, 1, 1)};
        const DiffSide to{DiffSide::Date, 0, QDate(2018, 10, 1)};
        QVERIFY(diffSides(doc.store(), from, to, &d, &error, QLocale(QLocale::English)));
        const SnapshotDiff direct = diffDates(readMap(doc.store()), QDate(2017, 1, 1),
                                              QDate(2018, 10, 1));
        QCOMPARE(d.actorsBefore, direct.actorsBefore);
        QCOMPARE(d.linksAfter, direct.linksAfter);
        QCOMPARE(names(d.appeared), names(direct.appeared));
        QCOMPARE(links(d.linksAppeared), links(direct.linksAppeared));
        QCOMPARE(d.before, K("January 1, 2017"));  // no day of the week
        QCOMPARE(sideLabel(doc.store(), from, QLocale(QLocale::French)), K("1 janvier 2017"));
        // A snapshot against a date: the date side is the territory as it stood then.
        const auto snap = takeSnapshot(doc, K("now"), QString(), &error);
        QVERIFY(snap);
        QVERIFY(diffSides(doc.store(), {DiffSide::Snapshot, *snap, {}}, from, &d, &error));
        QCOMPARE(d.actorsAfter, direct.actorsBefore);
        QCOMPARE(d.linksAfter, direct.linksBefore);
    }

    void damagedContentIsReported()
    {
        const QString path = newPath(K("damaged"));
        Document doc;
        QVERIFY(doc.create(path, K("T")));
        QString error;
        const auto id = takeSnapshot(doc, K("broken"), QString(), &error);
        QVERIFY(id);
        QSqlQuery q(doc.store().database());
        QVERIFY(q.exec(K("UPDATE snapshot SET content = '{\"format\": \"other\"}'")));
        MapData m;
        QVERIFY(!loadSnapshot(doc.store(), *id, &m, &error));
        QVERIFY2(error.contains(K("broken")) && error.contains(path), qPrintable(error));
        QVERIFY(error.contains(K("not a Maillage snapshot")));
        QVERIFY(q.exec(K("UPDATE snapshot SET content = 'nope'")));
        QVERIFY(!loadSnapshot(doc.store(), *id, &m, &error));
        QVERIFY2(error.contains(K("not JSON")), qPrintable(error));
        SnapshotDiff d;
        QVERIFY(!diffSides(doc.store(), {DiffSide::Snapshot, *id, {}}, {}, &d, &error));
        QVERIFY(!loadSnapshot(doc.store(), 999, &m, &error));
        QVERIFY(error.contains(K("no snapshot 999")));
    }

    void personMatching_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<bool>("matches");
        QTest::newRow("same name") << K(R"({"id": 9, "name": "Jeanne Dupont"})") << true;
        QTest::newRow("case and accents")
            << K(R"({"id": 9, "name": "JEANNE  DUPONT"})") << true;
        QTest::newRow("same id, person, renamed since")
            << K(R"({"id": 3, "name": "Jeane Dupond", "is_person": true})") << true;
        QTest::newRow("same id, not a person")
            << K(R"({"id": 3, "name": "Mairie", "is_person": false})") << false;
        QTest::newRow("someone else") << K(R"({"id": 4, "name": "Paul Martin"})") << false;
    }
    void personMatching()
    {
        QFETCH(QString, json);
        QFETCH(bool, matches);
        const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
        QCOMPARE(isPersonInSnapshot(o, {3, K("Jeanne Dupont"), QString()}), matches);
    }

    void cli()
    {
        const QString path = samplePath();
        auto r = test::runCli({K("snapshots"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(K("No snapshot yet")));
        r = test::runCli({K("snapshot"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(K("--name")));
        r = test::runCli({K("snapshot"), path, K("--name"), K("Printemps 2018"), K("--note"),
                          K("avant le festival")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(K("34 actors, 57 links")), qPrintable(r.out));
        r = test::runCli({K("snapshots"), path, K("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(K("snapshots")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].toObject().value(K("name")).toString(), K("Printemps 2018"));
        QCOMPARE(list[0].toObject().value(K("note")).toString(), K("avant le festival"));
        QCOMPARE(list[0].toObject().value(K("actors")).toInt(), 34);
        QCOMPARE(list[0].toObject().value(K("links")).toInt(), 57);
        r = test::runCli({K("snapshots"), path});
        QVERIFY(r.out.contains(K("Printemps 2018")));

        // Change the file, then diff the snapshot with now.
        {
            Document doc;
            QVERIFY(doc.open(path));
            const Actor a = doc.actors().first();
            QVERIFY(doc.removeActors({a.id}));
            doc.close();
        }
        r = test::runCli({K("diff"), path, K("--snapshot"), K("printemps 2018"), K("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(K("actors")).toObject().value(K("before")).toInt(), 34);
        QCOMPARE(o.value(K("actors")).toObject().value(K("after")).toInt(), 33);
        QCOMPARE(o.value(K("actors")).toObject().value(K("left")).toArray().size(), 1);
        QVERIFY(o.value(K("after")).isNull());
        r = test::runCli({K("diff"), path, K("--snapshot"), K("Printemps 2018")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(K("From snapshot “Printemps 2018” to now")));
        QVERIFY(r.out.contains(K("Actors who left:")));
        // Two snapshots.
        QCOMPARE(test::runCli({K("snapshot"), path, K("--name"), K("Après")}).exitCode, 0);
        r = test::runCli({K("diff"), path, K("--snapshot"), K("Printemps 2018"), K("--snapshot"),
                          K("Après")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(K("to snapshot “Après”")));
        // Errors.
        r = test::runCli({K("diff"), path, K("--snapshot"), K("Hiver")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(K("no snapshot called “Hiver”")));
        r = test::runCli({K("diff"), path, K("--snapshot"), K("Après"), K("--from"), K("2018-01-01")});
        QCOMPARE(r.exitCode, 2);
        r = test::runCli({K("snapshots"), newPath(K("missing"))});
        QCOMPARE(r.exitCode, 1);
        // The existing forms still work.
        r = test::runCli({K("diff"), path, K("--from"), K("2017-01-01"), K("--to"), K("2018-10-01")});
        QCOMPARE(r.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestSnapshots)
#include "tst_snapshots.moc"
