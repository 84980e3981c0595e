// What else works on a shared territory (issue #18, "Everything else works on a shared
// territory"): a territory published before row versions, upgraded when its publisher opens it
// and read-only for the others until then; the timeline (snapshots taken, listed, compared, by
// the core and by `maillage-cli snapshot/snapshots/diff`) and the workshop mode (an interview's
// steps through the core, `maillage-cli exercise` from an address). Needs a server, as
// tst_shared: cd build && pg_virtualenv ctest -R sharedworks --output-on-failure
#include "pgserver.h"

#include "core/document/document.h"
#include "core/store/postgres.h"
#include "core/store/serversession.h"
#include "core/store/store.h"
#include "core/workshop/exercise.h"
#include "core/workshop/interview.h"
#include "core/workshop/snapshots.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace maillage;
namespace pg = maillage::test::pg;

class TestSharedWorks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void olderTerritoryUpgradedOrReadOnly();
    void timelineOnAnAddress();
    void workshopOnAnAddress();

private:
    pg::Territories m_territories;
    QStringList m_roles;
};

void TestSharedWorks::initTestCase()
{
    MAILLAGE_PG_INIT_TEST_CASE("sharedworks");
    m_territories.start();
}

void TestSharedWorks::cleanupTestCase()
{
    m_territories.dropAll();
    for (const QString &r : std::as_const(m_roles))
        pg::admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(r));
}

void TestSharedWorks::olderTerritoryUpgradedOrReadOnly()
{
    const QString addr = m_territories.publish(QStringLiteral("older"));
    QVERIFY(!addr.isEmpty());
    const QString t = QStringLiteral("older") + m_territories.suffix();
    const QString s = QStringLiteral("t_") + t;
    // An editor who is not the publisher.
    const QString anne = QStringLiteral("anne") + m_territories.suffix();
    m_roles << anne;
    QString error;
    QVERIFY2(postgres::addMember(*SharedAddress::parse(addr), anne, postgres::Level::Editor, &error),
             qPrintable(error));
    QVERIFY(pg::admin(QStringLiteral("ALTER ROLE %1 PASSWORD 'pw-anne'").arg(anne)));
    const QString anneAddr = pg::address(t, anne, QStringLiteral("pw-anne"));

    // As a territory published before row versions: no maillage_row, the announcing trigger
    // of then (two arguments, no version kept), no UPDATE on the identity counters.
    for (const QString &sql :
         {QStringLiteral("DROP TABLE %1.maillage_row").arg(s),
          QStringLiteral("CREATE OR REPLACE FUNCTION %1.maillage_notify() RETURNS trigger LANGUAGE plpgsql AS $f$ "
                         "DECLARE r jsonb := to_jsonb(COALESCE(NEW, OLD)); BEGIN "
                         "PERFORM pg_notify(TG_ARGV[0], json_build_object('table', TG_TABLE_NAME, "
                         "'op', lower(TG_OP), 'id', COALESCE(r -> 'id', r -> TG_ARGV[1]), "
                         "'by', session_user, 'pid', pg_backend_pid(), 'tx', txid_current())::text); "
                         "RETURN NULL; END $f$").arg(s),
          QStringLiteral("REVOKE UPDATE ON ALL SEQUENCES IN SCHEMA %1 FROM maillage_%2_editor, maillage_%2_owner")
              .arg(s, t)}) {
        QVERIFY2(pg::admin(sql, &error), qPrintable(error));
    }
    auto hasVersions = [&] {
        QSqlQuery q(QSqlDatabase::database(pg::adminConnection()));
        return q.exec(QStringLiteral("SELECT to_regclass('%1.maillage_row') IS NOT NULL").arg(s)) && q.next() &&
               q.value(0).toBool();
    };
    QVERIFY(!hasVersions());

    // The editor opens it read-only, told why in one line; a command that writes is refused
    // with that line and changes nothing; reading works.
    {
        Document doc;
        QVERIFY2(doc.open(anneAddr, Store::Access::ReadWrite, &error), qPrintable(error));
        QVERIFY(doc.isReadOnly());
        const QString why = doc.store().readOnlyReason();
        QVERIFY2(why.contains(QStringLiteral("older version of Maillage")) &&
                     why.contains(QStringLiteral("publisher")) && !why.contains(QLatin1Char('\n')),
                 qPrintable(why));
        QVERIFY(!doc.renameActor(doc.actors().first().id, QStringLiteral("Jamais"), &error));
        QVERIFY(!doc.actors().isEmpty());
    }
    const auto refused = test::runCli({QStringLiteral("snapshot"), anneAddr, QStringLiteral("--name"),
                                       QStringLiteral("Refusé")});
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains(QStringLiteral("older version of Maillage")) &&
                 refused.err.trimmed().count(QLatin1Char('\n')) == 0,
             qPrintable(refused.err));
    QVERIFY(!hasVersions());
    // Opened for reading only, nothing is said or changed.
    {
        Store store;
        QVERIFY2(store.open(addr, Store::Access::ReadOnly, &error), qPrintable(error));
        QVERIFY(store.readOnlyReason().isEmpty());
    }
    QVERIFY(!hasVersions());

    // The publisher opens it: upgraded in passing, writable, versions kept from then on.
    Document owner;
    QVERIFY2(owner.open(addr, Store::Access::ReadWrite, &error), qPrintable(error));
    QVERIFY(!owner.isReadOnly());
    QVERIFY(owner.store().readOnlyReason().isEmpty());
    QVERIFY(hasVersions());
    const qint64 id = owner.actors().first().id;
    QVERIFY2(owner.renameActor(id, QStringLiteral("Après la mise à niveau"), &error), qPrintable(error));
    {
        QSqlQuery q(QSqlDatabase::database(pg::adminConnection()));
        QVERIFY(q.exec(QStringLiteral("SELECT op, columns FROM %1.maillage_row WHERE tbl = 'actor' AND id = %2")
                           .arg(s)
                           .arg(id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("update"));
    }
    // The editor now writes, and her stale edit is refused naming the publisher.
    Document editor;
    QVERIFY2(editor.open(anneAddr, Store::Access::ReadWrite, &error), qPrintable(error));
    QVERIFY(!editor.isReadOnly());
    QVERIFY2(owner.renameActor(id, QStringLiteral("Encore"), &error), qPrintable(error));
    QVERIFY(!editor.renameActor(id, QStringLiteral("Anne"), &error));
    QVERIFY(editor.wasStale());
    QVERIFY2(editor.renameActor(id, QStringLiteral("Anne"), &error), qPrintable(error));
    // Opening it again upgrades nothing more (the check finds it complete).
    Document again;
    QVERIFY2(again.open(addr, Store::Access::ReadWrite, &error), qPrintable(error));
    QCOMPARE(again.actor(id)->name, QStringLiteral("Anne"));
}

void TestSharedWorks::timelineOnAnAddress()
{
    const QString addr = m_territories.publish(QStringLiteral("timeline"));
    QVERIFY(!addr.isEmpty());
    auto cli = [&](const QStringList &args) {
        const auto r = test::runCli(args);
        if (r.exitCode != 0)
            qWarning("%s: %s", qPrintable(args.first()), qPrintable(r.err));
        return r;
    };
    // A snapshot from the command line, then edits, then one through the core.
    QCOMPARE(cli({QStringLiteral("snapshot"), addr, QStringLiteral("--name"), QStringLiteral("Avant")}).exitCode, 0);
    Document doc;
    QString error;
    QVERIFY2(doc.open(addr, Store::Access::ReadWrite, &error), qPrintable(error));
    const QList<Actor> actors = doc.actors();
    QVERIFY(actors.size() > 3);
    QVERIFY2(doc.removeActors({actors.at(2).id}, &error), qPrintable(error));
    Actor fresh;
    fresh.name = QStringLiteral("Nouvelle association");
    fresh.categoryId = actors.at(0).categoryId;
    QVERIFY2(doc.addActor(fresh, {}, &error), qPrintable(error));
    const auto taken = workshop::takeSnapshot(doc, QStringLiteral("Après"), QStringLiteral("note"), &error);
    QVERIFY2(taken, qPrintable(error));
    // Listed by the core and the command line alike, with their counts.
    const QList<workshop::SnapshotInfo> list = workshop::listSnapshots(doc.store());
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).name, QStringLiteral("Avant"));
    QCOMPARE(list.at(1).id, *taken);
    QCOMPARE(list.at(0).actors, qint64(actors.size()));
    QCOMPARE(list.at(1).actors, qint64(actors.size()));
    const auto listed = cli({QStringLiteral("snapshots"), addr, QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray snaps = QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("snapshots")).toArray();
    QCOMPARE(snaps.size(), 2);
    QCOMPARE(snaps.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Après"));
    QCOMPARE(snaps.at(1).toObject().value(QStringLiteral("links")).toInteger(), list.at(1).links);
    // The timeline's comparison: who left, who appeared, by the core and by `diff`.
    workshop::SnapshotDiff d;
    QVERIFY2(workshop::diffSides(doc.store(), {workshop::DiffSide::Snapshot, list.at(0).id, {}},
                                 {workshop::DiffSide::Snapshot, list.at(1).id, {}}, &d, &error),
             qPrintable(error));
    const QString text = workshop::diffText(d);
    QVERIFY2(text.contains(actors.at(2).name) && text.contains(QStringLiteral("Nouvelle association")),
             qPrintable(text));
    const auto diff = cli({QStringLiteral("diff"), addr, QStringLiteral("--snapshot"), QStringLiteral("Avant"),
                           QStringLiteral("--snapshot"), QStringLiteral("Après"), QStringLiteral("--json")});
    QCOMPARE(diff.exitCode, 0);
    QVERIFY2(diff.out.contains(actors.at(2).name) && diff.out.contains(QStringLiteral("Nouvelle association")),
             qPrintable(diff.out));
    // Against the territory now and by dates too.
    QCOMPARE(cli({QStringLiteral("diff"), addr, QStringLiteral("--snapshot"), QStringLiteral("Avant")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("diff"), addr, QStringLiteral("--from"), QStringLiteral("2000-01-01")}).exitCode, 0);
    // Taking a snapshot is one undoable edit on the server too.
    doc.undoStack()->undo();
    QCOMPARE(workshop::listSnapshots(doc.store()).size(), 1);
    Store other;
    QVERIFY2(other.open(addr, Store::Access::ReadOnly, &error), qPrintable(error));
    QCOMPARE(workshop::listSnapshots(other).size(), 1);
}

void TestSharedWorks::workshopOnAnAddress()
{
    const QString addr = m_territories.publish(QStringLiteral("workshop"));
    QVERIFY(!addr.isEmpty());
    Document doc;
    QString error;
    QVERIFY2(doc.open(addr, Store::Access::ReadWrite, &error), qPrintable(error));
    // An interview's steps, each written on the server as the group goes.
    workshop::InterviewEdits edits(doc);
    workshop::Interview interview;
    interview.question = QStringLiteral("Qui compte pour la maison de santé ?");
    interview.goal = QStringLiteral("Ouvrir en 2027");
    interview.linkTypeIds = {doc.linkTypes().first().id};
    const auto id = edits.create(interview, &error);
    QVERIFY2(id, qPrintable(error));
    interview.id = *id;
    interview.step = workshop::InterviewStep::Actors;
    QVERIFY2(edits.saveProgress(interview, &error), qPrintable(error));
    const auto added = edits.addActor(QStringLiteral("Pharmacie du centre"), doc.categories().first().id, &error);
    QVERIFY2(added, qPrintable(error));
    interview.step = workshop::InterviewStep::Towers;
    QVERIFY2(edits.saveProgress(interview, &error), qPrintable(error));
    QVERIFY2(edits.setTower(interview, *added, 4, &error), qPrintable(error));
    QVERIFY2(edits.setPosition(*added, 1, &error), qPrintable(error));
    // Another client reads where the group is and what it drew.
    Store other;
    QVERIFY2(other.open(addr, Store::Access::ReadOnly, &error), qPrintable(error));
    const auto latest = workshop::latestInterview(other);
    QVERIFY(latest);
    QCOMPARE(latest->id, *id);
    QCOMPARE(latest->step, workshop::InterviewStep::Towers);
    QCOMPARE(latest->question, interview.question);
    QCOMPARE(workshop::interviewTowers(other, *id).value(*added), 4);
    Document reader;
    QVERIFY2(reader.open(addr, Store::Access::ReadOnly, &error), qPrintable(error));
    QCOMPARE(reader.actor(*added)->name, QStringLiteral("Pharmacie du centre"));
    QCOMPARE(reader.actor(*added)->attitude, 1);
    // Undo walks back what the group drew, on the server.
    doc.undoStack()->undo();  // the position
    doc.undoStack()->undo();  // the tower
    doc.undoStack()->undo();  // the actor
    QVERIFY(!reader.actor(*added));

    // An exercise made from the address: a file with the brief and the starting map.
    const QString out = test::tempPath(QStringLiteral("exercise%1.maillage").arg(m_territories.suffix()));
    const auto made = test::runCli({QStringLiteral("exercise"), addr, out, QStringLiteral("--brief"),
                                    QStringLiteral("Cartographiez les acteurs"), QStringLiteral("--start"),
                                    QStringLiteral("all"), QStringLiteral("--json")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const QJsonObject o = QJsonDocument::fromJson(made.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("actors")).toInteger(), qint64(doc.actors().size()));
    Store exercise;
    QVERIFY2(exercise.open(out, Store::Access::ReadOnly, &error), qPrintable(error));
    const auto e = workshop::readExercise(exercise);
    QVERIFY(e);
    QCOMPARE(e->brief, QStringLiteral("Cartographiez les acteurs"));
}

QTEST_GUILESS_MAIN(TestSharedWorks)
#include "tst_sharedworks.moc"
