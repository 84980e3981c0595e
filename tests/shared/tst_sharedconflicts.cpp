// Several people editing one shared territory (docs/shared-territories.md, "Stale edits"):
// an edit of a row someone else changed since it was read is refused, nothing written, and
// the other's value shown; undo across users; publish → edit → download; an owner who is not a
// superuser manages the members. Needs a server, as tst_shared:
//   cd build && pg_virtualenv ctest -R shared --output-on-failure
#include "pgserver.h"
#include "testsupport.h"

#include "core/document/document.h"
#include "core/io/import.h"
#include "core/privacy/erasure.h"
#include "core/store/schema.h"
#include "core/store/store.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <cmath>
#include <functional>

using namespace maillage;
namespace pg = maillage::test::pg;

namespace {

const QString kAdmin = QStringLiteral("tst_sharedconflicts_admin");

bool admin(const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(QSqlDatabase::database(kAdmin));
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

/// Every row of every table, one line each.
QStringList dump(const Store &store)
{
    QStringList out;
    for (const TableInfo &t : schema::tables()) {
        QString error;
        for (const Row &r : store.rows(t.name, QString(), QVariant(), QString(), &error)) {
            QStringList values;
            for (const QString &c : t.columns) {
                const QVariant v = r.value(c);
                values << (v.isNull()                         ? QStringLiteral("NULL")
                           : v.typeId() == QMetaType::Double ? QString::number(v.toDouble(), 'g', 17)
                                                             : v.toString());
            }
            out << t.name + QLatin1Char('|') + values.join(QLatin1Char('|'));
        }
        if (!error.isEmpty())
            out << t.name + QStringLiteral(": ") + error;
    }
    return out;
}

/// One kind of edit of actor `id`, as a user makes it through the document.
using Edit = std::function<bool(Document &, qint64 id, const QString &tag, QString *error)>;

struct EditKind
{
    const char *name;
    Edit edit;
    /// What the edit wrote, read back (to see whose value the server holds).
    std::function<QString(const Document &, qint64 id)> value;
};

QList<EditKind> editKinds()
{
    return {
        {"rename", [](Document &d, qint64 id, const QString &tag, QString *e) { return d.renameActor(id, tag, e); },
         [](const Document &d, qint64 id) { return d.actor(id)->name; }},
        {"setFields",
         [](Document &d, qint64 id, const QString &tag, QString *e) {
             return d.setFields(Table::Actor, id, {{Column::Description, tag}, {Column::Phone, tag}},
                                QStringLiteral("Edit"), Document::MergeFieldEdit, e);
         },
         [](const Document &d, qint64 id) { return d.actor(id)->description; }},
        {"move",
         [](Document &d, qint64 id, const QString &tag, QString *e) {
             return d.moveActors({ActorPosition{id, double(tag.size() * 10 + tag.back().unicode()), 5, false}},
                                 QString(), Document::NoMerge, e);
         },
         [](const Document &d, qint64 id) { return QString::number(d.actor(id)->x); }},
        {"generic update",
         [](Document &d, qint64 id, const QString &tag, QString *e) {
             const auto op = d.updateOp(QStringLiteral("actor"), id, {{QStringLiteral("description"), tag}});
             return op && d.apply(QStringLiteral("Edit"), {*op}, Document::NoMerge, e);
         },
         [](const Document &d, qint64 id) { return d.actor(id)->description; }},
    };
}

} // namespace

class TestSharedConflicts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void staleEditRefused_data();
    void staleEditRefused();
    void staleDeleteRefused();
    void differentRowsBothSaved();
    void followingClientIsNotStale();
    void undoAfterOthersEditRefused_data();
    void undoAfterOthersEditRefused();
    void undoOfOwnEditsStillWorks();
    void importUndoAfterOthersEditRefused_data();
    void importUndoAfterOthersEditRefused();
    void importUndoAndRedoWithOthersElsewhere();
    void importChoosesIdsPastOthersDrawnOnes();
    void idsDrawnSinceTheyWereChosenRefused();
    void publishEditDownloadEqualsServer();
    void ownerWhoIsNotSuperuserAddsMember();
    void erasureLeavesNothingInADump_data();
    void erasureLeavesNothingInADump();

private:
    QString address(const QString &territory, const QString &user = QString()) const;
    QString publishSample(const QString &stem);
    QString role(const QString &stem, const QString &level, const QString &territoryAddress);
    /// Two documents on one territory, opened as two editors, Anne and Paul.
    bool openPair(const QString &stem, Document &anne, Document &paul);

    QString m_suffix;
    QStringList m_territories, m_roles;
    QString m_anne, m_paul;
    QString m_anneAddress;
};

void TestSharedConflicts::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("PGHOST") && qEnvironmentVariableIsEmpty("PGPORT")) {
        if (qEnvironmentVariable("MAILLAGE_REQUIRE_PG") == QLatin1String("1"))
            QFAIL("MAILLAGE_REQUIRE_PG=1 but no PostgreSQL server is given (PGHOST/PGPORT)");
        QSKIP("needs a PostgreSQL server: `cd build && pg_virtualenv ctest -R shared`");
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kAdmin);
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    QVERIFY(admin(QStringLiteral("SET client_min_messages TO warning")));
    m_suffix = QStringLiteral("_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

void TestSharedConflicts::cleanupTestCase()
{
    if (!QSqlDatabase::contains(kAdmin))
        return;
    for (const QString &t : std::as_const(m_territories)) {
        admin(QStringLiteral("DROP SCHEMA IF EXISTS t_%1_pseudo CASCADE").arg(t));
        admin(QStringLiteral("DROP SCHEMA IF EXISTS t_%1 CASCADE").arg(t));
    }
    for (const QString &r : std::as_const(m_roles)) {
        admin(QStringLiteral("DROP OWNED BY %1").arg(r));
        admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(r));
    }
    for (const QString &t : std::as_const(m_territories))
        for (const char *level : {"owner", "editor", "viewer", "viewer_np"})
            admin(QStringLiteral("DROP ROLE IF EXISTS maillage_%1_%2").arg(t, QLatin1String(level)));
    QSqlDatabase::database(kAdmin).close();
}

QString TestSharedConflicts::address(const QString &territory, const QString &user) const
{
    return pg::address(territory, user, user.isEmpty() ? QString() : QStringLiteral("pw"));
}

QString TestSharedConflicts::publishSample(const QString &stem)
{
    const QString territory = stem + m_suffix;
    const auto r = test::runCli({QStringLiteral("publish"), test::freshSample(stem), address(territory)});
    if (r.exitCode != 0)
        qWarning("publish: %s", qPrintable(r.err));
    m_territories << territory;
    return territory;
}

QString TestSharedConflicts::role(const QString &stem, const QString &level, const QString &territory)
{
    const QString name = stem + m_suffix;
    m_roles << name;
    const auto r = test::runCli({QStringLiteral("members"), address(territory), QStringLiteral("--add"),
                                 name, QStringLiteral("--as"), level});
    if (r.exitCode != 0)
        qWarning("members: %s", qPrintable(r.err));
    admin(QStringLiteral("ALTER ROLE %1 PASSWORD 'pw'").arg(name));
    return name;
}

bool TestSharedConflicts::openPair(const QString &stem, Document &anne, Document &paul)
{
    const QString territory = publishSample(stem);
    m_anne = role(stem + QStringLiteral("_anne"), QStringLiteral("editor"), territory);
    m_paul = role(stem + QStringLiteral("_paul"), QStringLiteral("editor"), territory);
    QString error;
    m_anneAddress = address(territory, m_anne);
    if (!anne.open(m_anneAddress, Store::Access::ReadWrite, &error) ||
        !paul.open(address(territory, m_paul), Store::Access::ReadWrite, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

void TestSharedConflicts::staleEditRefused_data()
{
    QTest::addColumn<int>("kind");
    const QList<EditKind> kinds = editKinds();
    for (int i = 0; i < kinds.size(); ++i)
        QTest::newRow(kinds.at(i).name) << i;
}

void TestSharedConflicts::staleEditRefused()
{
    QFETCH(int, kind);
    const EditKind k = editKinds().at(kind);
    Document anne, paul;
    QVERIFY(openPair(QStringLiteral("stale%1").arg(kind), anne, paul));
    const qint64 id = paul.actors().first().id;
    const QString before = k.value(paul, id);

    // Anne edits the row after Paul read it (his open); Paul's edit of it is refused.
    QString error;
    QVERIFY2(anne.renameActor(id, QStringLiteral("Hôtel de ville"), &error), qPrintable(error));
    QVERIFY2(k.edit(anne, id, QStringLiteral("Anne"), &error), qPrintable(error));
    QSignalSpy shown(&paul, &Document::changed);
    const int steps = paul.undoStack()->count();
    QVERIFY(!k.edit(paul, id, QStringLiteral("Paul"), &error));
    QVERIFY(paul.wasStale());
    QVERIFY2(error.startsWith(m_anne + QLatin1Char(' ')), qPrintable(error));
    QVERIFY2(error.endsWith(QLatin1String("Your change was not saved.")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    QCOMPARE(paul.undoStack()->count(), steps);
    // Nothing of Paul's was written; his views are told the row changed.
    QCOMPARE(k.value(anne, id), k.value(paul, id));
    QVERIFY(k.value(paul, id) != before);
    QCOMPARE(shown.size(), 1);
    const ChangeSet told = shown.first().at(0).value<ChangeSet>();
    QCOMPARE(told.first().table, Table::Actor);
    QCOMPARE(told.first().ids, QList<qint64>{id});
    QCOMPARE(told.first().kind, Change::Updated);

    // Now that he has seen it, the same edit goes through, and Anne's is then the stale one.
    QVERIFY2(k.edit(paul, id, QStringLiteral("Paul"), &error), qPrintable(error));
    QVERIFY(!paul.wasStale());
    QVERIFY(!k.edit(anne, id, QStringLiteral("Anne again"), &error));
    QVERIFY2(error.startsWith(m_paul + QLatin1Char(' ')), qPrintable(error));
}

void TestSharedConflicts::staleDeleteRefused()
{
    Document anne, paul;
    QVERIFY(openPair(QStringLiteral("deleted"), anne, paul));
    const Actor a = paul.actors().at(1);
    QString error;
    // Anne deletes an actor Paul is renaming; Anne renames one Paul deletes.
    QVERIFY2(anne.removeActors({a.id}, &error), qPrintable(error));
    QVERIFY(!paul.renameActor(a.id, QStringLiteral("Trop tard"), &error) || !paul.actor(a.id));
    QVERIFY(!paul.actor(a.id));
    const Actor b = paul.actors().at(2);
    QVERIFY2(anne.renameActor(b.id, QStringLiteral("Renommé par Anne"), &error), qPrintable(error));
    QVERIFY(!paul.removeActors({b.id}, &error));
    QVERIFY2(error.contains(m_anne) && error.contains(QLatin1String("not saved")), qPrintable(error));
    QCOMPARE(anne.actor(b.id)->name, QStringLiteral("Renommé par Anne"));
    // Paul edits a link of an actor Anne deleted meanwhile: told who deleted it.
    const auto links = paul.links();
    QVERIFY(!links.isEmpty());
    const Link l = links.first();
    QVERIFY2(anne.removeLinks({l.id}, &error), qPrintable(error));
    QVERIFY(!paul.updateRow(QStringLiteral("link"), l.id, {{QStringLiteral("weight"), 3}},
                            QStringLiteral("Edit"), Document::NoMerge, &error));
    QVERIFY2(error.startsWith(m_anne) && error.contains(QLatin1String("deleted")), qPrintable(error));
}

void TestSharedConflicts::differentRowsBothSaved()
{
    Document anne, paul;
    QVERIFY(openPair(QStringLiteral("different"), anne, paul));
    const QList<Actor> actors = anne.actors();
    QString error;
    for (int i = 0; i < 5; ++i) {
        QVERIFY2(anne.renameActor(actors.at(2 * i).id, QStringLiteral("Anne %1").arg(i), &error), qPrintable(error));
        QVERIFY2(paul.renameActor(actors.at(2 * i + 1).id, QStringLiteral("Paul %1").arg(i), &error), qPrintable(error));
        QVERIFY2(paul.moveActors({ActorPosition{actors.at(2 * i + 1).id, 1.5 * i, 2, false}}, QString(),
                                 Document::NoMerge, &error),
                 qPrintable(error));
    }
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(paul.actor(actors.at(2 * i).id)->name, QStringLiteral("Anne %1").arg(i));
        QCOMPARE(anne.actor(actors.at(2 * i + 1).id)->name, QStringLiteral("Paul %1").arg(i));
    }
    // Each still undoes their own edits only.
    while (paul.undoStack()->canUndo())
        paul.undoStack()->undo();
    QCOMPARE(anne.actor(actors.at(0).id)->name, QStringLiteral("Anne 0"));
    QCOMPARE(anne.actor(actors.at(1).id)->name, actors.at(1).name);
}

void TestSharedConflicts::followingClientIsNotStale()
{
    Document anne, paul;
    QVERIFY(openPair(QStringLiteral("following"), anne, paul));
    QString error;
    QVERIFY2(paul.followOthers(&error), qPrintable(error));
    QSignalSpy heard(&paul, &Document::editedByOthers);
    const qint64 id = anne.actors().first().id;
    QVERIFY(anne.renameActor(id, QStringLiteral("Vu par Paul"), &error));
    QVERIFY(heard.wait(5000));
    // Paul was told: his edit is made on what he was shown.
    QVERIFY2(paul.renameActor(id, QStringLiteral("Paul après Anne"), &error), qPrintable(error));
    QCOMPARE(anne.actor(id)->name, QStringLiteral("Paul après Anne"));
}

void TestSharedConflicts::undoAfterOthersEditRefused_data()
{
    staleEditRefused_data();
}

void TestSharedConflicts::undoAfterOthersEditRefused()
{
    QFETCH(int, kind);
    const EditKind k = editKinds().at(kind);
    Document anne, paul;
    QVERIFY(openPair(QStringLiteral("undo%1").arg(kind), anne, paul));
    const QList<Actor> actors = paul.actors();
    const qint64 id = actors.first().id, other = actors.at(1).id;
    QString error;
    // Paul edits two actors; Anne then edits the second one (after reading it).
    QVERIFY2(paul.renameActor(other, QStringLiteral("Paul d'abord"), &error), qPrintable(error));
    QVERIFY2(k.edit(paul, id, QStringLiteral("Paul"), &error), qPrintable(error));
    QVERIFY(anne.open(m_anneAddress, Store::Access::ReadWrite, &error));  // she reads them
    QVERIFY2(anne.renameActor(other, QStringLiteral("Anne ensuite"), &error), qPrintable(error));
    QVERIFY2(k.edit(anne, id, QStringLiteral("Anne"), &error), qPrintable(error));
    const QString annes = k.value(anne, id);
    QSignalSpy failed(&paul, &Document::failed);
    QCOMPARE(paul.undoStack()->count(), 2);

    // Paul's undo is refused, naming Anne; the step leaves his history; Anne's value stays.
    paul.undoStack()->undo();
    QCOMPARE(failed.size(), 1);
    const QString message = failed.first().at(0).toString();
    QVERIFY2(message.startsWith(QLatin1String("Not undone: ") + m_anne), qPrintable(message));
    QCOMPARE(k.value(paul, id), annes);
    QCOMPARE(paul.undoStack()->count(), 1);
    QCOMPARE(paul.undoStack()->index(), 1);
    // The step below is refused the same way (Anne renamed that actor too), and goes too.
    paul.undoStack()->undo();
    QCOMPARE(failed.size(), 2);
    QCOMPARE(paul.actor(other)->name, QStringLiteral("Anne ensuite"));
    QCOMPARE(paul.undoStack()->count(), 0);
    QVERIFY(!paul.undoStack()->canUndo() && !paul.undoStack()->canRedo());
}

void TestSharedConflicts::undoOfOwnEditsStillWorks()
{
    Document anne, paul;
    QVERIFY(openPair(QStringLiteral("ownundo"), anne, paul));
    const qint64 id = paul.actors().first().id;
    const QString original = paul.actor(id)->name;
    QString error;
    // Paul renames twice (not merged), undoes both, redoes both; Anne only reads.
    QVERIFY(paul.renameActor(id, QStringLiteral("Un"), &error));
    QVERIFY(paul.moveActors({ActorPosition{id, 7, 8, false}}, QString(), Document::NoMerge, &error));
    Actor fresh;
    fresh.name = QStringLiteral("Nouveau");
    const auto added = paul.addActor(fresh, {}, &error);
    QVERIFY2(added, qPrintable(error));
    QSignalSpy failed(&paul, &Document::failed);
    while (paul.undoStack()->canUndo())
        paul.undoStack()->undo();
    QCOMPARE(failed.size(), 0);
    QCOMPARE(anne.actor(id)->name, original);
    QVERIFY(!anne.actor(*added));
    while (paul.undoStack()->canRedo())
        paul.undoStack()->redo();
    QCOMPARE(failed.size(), 0);
    QCOMPARE(anne.actor(id)->name, QStringLiteral("Un"));
    QCOMPARE(anne.actor(*added)->name, QStringLiteral("Nouveau"));

    // An edit by Anne on a row Paul once changed, then Paul's own later step undone: the row no
    // longer holds what his first step left, so that step is not undone either.
    QVERIFY(anne.open(m_anneAddress, Store::Access::ReadWrite, &error));
    QVERIFY2(anne.renameActor(id, QStringLiteral("Anne"), &error), qPrintable(error));
    // Paul had not read it: refused once, shown, then his rename goes through.
    QVERIFY(!paul.renameActor(id, QStringLiteral("Paul"), &error));
    QVERIFY2(paul.renameActor(id, QStringLiteral("Paul"), &error), qPrintable(error));
    paul.undoStack()->undo();  // Paul's last rename: back to Anne's name
    QCOMPARE(anne.actor(id)->name, QStringLiteral("Anne"));
    failed.clear();
    paul.undoStack()->undo();  // the actor added: fine, untouched by Anne
    paul.undoStack()->undo();  // the move: x, y still his
    QCOMPARE(failed.size(), 0);
    paul.undoStack()->undo();  // the first rename: Anne's name is there, not "Un"
    QCOMPARE(failed.size(), 1);
    QCOMPARE(anne.actor(id)->name, QStringLiteral("Anne"));
}

/// An id drawn from the counter of `table` in `territory`, as an insert being written by
/// someone else does before its commit.
static qint64 drawId(const QString &territory, const QString &table)
{
    QSqlQuery q(QSqlDatabase::database(kAdmin));
    if (!q.exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('t_%1.%2', 'id'))")
                    .arg(territory, table)) ||
        !q.next())
        return 0;
    return q.value(0).toLongLong();
}

void TestSharedConflicts::importChoosesIdsPastOthersDrawnOnes()
{
    // Paul's window has drawn the next actor id for a row it is still writing; Anne imports
    // through the bulk writer meanwhile. Her ids start past his, and his row lands after.
    Document anne, paul;
    const QString stem = QStringLiteral("drawnids");
    QVERIFY(openPair(stem, anne, paul));
    const qint64 drawn = drawId(stem + m_suffix, QStringLiteral("actor"));
    QVERIFY(drawn > 0);
    QString error;
    io::ImportReport report;
    io::ImportOptions options;
    options.bulkThreshold = 1;
    QVERIFY2(io::importFiles(anne, test::writeImportFiles(stem + m_suffix, 30), options, &report, &error),
             qPrintable(error));
    QCOMPARE(report.actorsCreated, 30);
    qint64 lowest = std::numeric_limits<qint64>::max();
    for (const Actor &a : anne.actors())
        if (a.name.startsWith(QLatin1String("Acteur ")))
            lowest = std::min(lowest, a.id);
    QVERIFY2(lowest > drawn, qPrintable(QStringLiteral("%1 <= %2").arg(lowest).arg(drawn)));
    QVERIFY2(admin(QStringLiteral("INSERT INTO t_%1.actor (id, name, created_at, updated_at) "
                                  "VALUES (%2, 'Paul', '2026-01-01', '2026-01-01')")
                       .arg(stem + m_suffix)
                       .arg(drawn),
                   &error),
             qPrintable(error));
    // Others' next ids come after the import's.
    QVERIFY(drawId(stem + m_suffix, QStringLiteral("actor")) > lowest + 29);
}

void TestSharedConflicts::idsDrawnSinceTheyWereChosenRefused()
{
    // Ids chosen for a write (the largest id and the counter, plus one), then drawn by
    // someone else before the write: refused in one line, nothing written; chosen again,
    // the write goes through.
    Document anne, paul;
    const QString stem = QStringLiteral("idsdrawn");
    QVERIFY(openPair(stem, anne, paul));
    const qint64 before = anne.store().count(QStringLiteral("actor"));
    const qint64 first = anne.store().maxId(QStringLiteral("actor")).value() + 1;
    // Someone else's two inserts in progress draw the first two of them.
    QCOMPARE(drawId(stem + m_suffix, QStringLiteral("actor")), first);
    QCOMPARE(drawId(stem + m_suffix, QStringLiteral("actor")), first + 1);
    BulkInsert b = test::bulkActors(first, 5);
    QString error;
    const int steps = anne.undoStack()->count();
    QVERIFY(!anne.applyBulk(QStringLiteral("Import"), {}, {b}, &error));
    QVERIFY2(error.contains(QStringLiteral("Others added rows")) && !error.contains(QLatin1Char('\n')),
             qPrintable(error));
    QCOMPARE(anne.store().count(QStringLiteral("actor")), before);
    QCOMPARE(anne.undoStack()->count(), steps);
    // Chosen again, past what was drawn.
    b.firstId = anne.store().maxId(QStringLiteral("actor")).value() + 1;
    QCOMPARE(b.firstId, first + 2);
    QVERIFY2(anne.applyBulk(QStringLiteral("Import"), {}, {b}, &error), qPrintable(error));
    QCOMPARE(anne.store().count(QStringLiteral("actor")), before + 5);
    // Undone and redone: the redo finds the counter past its ids, as it left it.
    anne.undoStack()->undo();
    QCOMPARE(anne.store().count(QStringLiteral("actor")), before);
    anne.undoStack()->redo();
    QCOMPARE(anne.store().count(QStringLiteral("actor")), before + 5);
    QCOMPARE(drawId(stem + m_suffix, QStringLiteral("actor")), first + 7);
}

void TestSharedConflicts::importUndoAfterOthersEditRefused_data()
{
    // What Paul does to a row Anne's import wrote, before she undoes the import; the import
    // through the bulk writer (undone by id range) or as row operations (a small import).
    QTest::addColumn<QString>("edit");
    QTest::addColumn<bool>("bulk");
    for (const bool bulk : {true, false})
        for (const char *edit : {"rename", "move", "delete", "link"})
            QTest::addRow("%s%s", edit, bulk ? " bulk" : "") << QString::fromLatin1(edit) << bulk;
    // A link of Paul's to an imported actor, which the undo would delete with it (checked on
    // the bulk path, by the foreign keys pointing at the inserted rows).
    QTest::addRow("linkto bulk") << QStringLiteral("linkto") << true;
}

void TestSharedConflicts::importUndoAfterOthersEditRefused()
{
    QFETCH(QString, edit);
    QFETCH(bool, bulk);
    Document anne, paul;
    const QString stem = QStringLiteral("bulkundo_") + edit + (bulk ? QStringLiteral("_bulk") : QString());
    QVERIFY(openPair(stem, anne, paul));
    const qint64 actorsBefore = anne.actors().size();
    QString error;
    io::ImportReport report;
    io::ImportOptions options;
    options.bulkThreshold = bulk ? 1 : 1000000;
    QVERIFY2(io::importFiles(anne, test::writeImportFiles(stem + m_suffix, 40), options, &report, &error),
             qPrintable(error));
    QCOMPARE(report.actorsCreated, 40);
    QCOMPARE(anne.undoStack()->count(), 1);
    const auto imported = [&](Document &d, const QString &name) {
        for (const Actor &a : d.actors())
            if (a.name == name)
                return a;
        return Actor();
    };
    // Anne's own edits of rows her import wrote are not stale, and undo as usual.
    const Actor first = imported(anne, QStringLiteral("Acteur 1"));
    QVERIFY(first.id > 0);
    QVERIFY2(anne.renameActor(first.id, QStringLiteral("Acteur un"), &error), qPrintable(error));
    anne.undoStack()->undo();
    QCOMPARE(anne.actor(first.id)->name, QStringLiteral("Acteur 1"));

    // Paul, who opens after the import, changes one of its rows.
    QVERIFY(paul.open(address(stem + m_suffix, m_paul), Store::Access::ReadWrite, &error));
    const Actor seven = imported(paul, QStringLiteral("Acteur 7"));
    QVERIFY(seven.id > 0);
    if (edit == QLatin1String("rename")) {
        QVERIFY2(paul.renameActor(seven.id, QStringLiteral("Renommé par Paul"), &error), qPrintable(error));
    } else if (edit == QLatin1String("move")) {
        QVERIFY2(paul.moveActors({ActorPosition{seven.id, 41, 42, false}}, QString(), Document::NoMerge, &error),
                 qPrintable(error));
    } else if (edit == QLatin1String("delete")) {
        QVERIFY2(paul.removeActors({seven.id}, &error), qPrintable(error));
    } else if (edit == QLatin1String("linkto")) {
        // A link of Paul's to an imported actor: undoing the import would delete it.
        Link l;
        l.sourceId = paul.actors().first().id;
        l.targetId = seven.id;
        QVERIFY2(paul.addLink(l, &error), qPrintable(error));
    } else {
        qint64 link = 0;
        for (const Link &l : paul.links())
            if (l.sourceId == seven.id)
                link = l.id;
        QVERIFY(link > 0);
        QVERIFY2(paul.updateRow(QStringLiteral("link"), link, {{QStringLiteral("strength"), 1}},
                                QStringLiteral("Edit"), Document::NoMerge, &error),
                 qPrintable(error));
    }
    Store server;
    QVERIFY2(server.open(address(stem + m_suffix), Store::Access::ReadOnly, &error), qPrintable(error));
    const QStringList before = dump(server);

    // Anne's undo of the import is refused in one line naming Paul, nothing is undone (not
    // even the rows Paul did not touch), and the step leaves her history.
    QSignalSpy failed(&anne, &Document::failed);
    anne.undoStack()->undo();
    QCOMPARE(failed.size(), 1);
    const QString message = failed.first().at(0).toString();
    QVERIFY2(message.startsWith(QLatin1String("Not undone: ") + m_paul + QLatin1Char(' ')), qPrintable(message));
    QVERIFY2(message.contains(edit == QLatin1String("link") ? QStringLiteral("that row")
                                                            : QStringLiteral("“Acteur 7”")),
             qPrintable(message));
    QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
    QVERIFY(anne.wasStale());
    QCOMPARE(dump(server), before);
    QCOMPARE(qint64(anne.actors().size()), actorsBefore + 40 - (edit == QLatin1String("delete") ? 1 : 0));
    QVERIFY(!anne.undoStack()->canUndo());
    // Her next edit works on what she was shown.
    QVERIFY2(anne.renameActor(first.id, QStringLiteral("Après le refus"), &error), qPrintable(error));
}

void TestSharedConflicts::importUndoAndRedoWithOthersElsewhere()
{
    Document anne, paul;
    QVERIFY(openPair(QStringLiteral("bulkredo"), anne, paul));
    Store server;
    QString error;
    QVERIFY2(server.open(address(QStringLiteral("bulkredo") + m_suffix), Store::Access::ReadOnly, &error),
             qPrintable(error));
    const QStringList published = dump(server);
    const qint64 untouched = anne.actors().first().id;
    io::ImportOptions bulk;
    bulk.bulkThreshold = 1;
    QVERIFY2(io::importFiles(anne, test::writeImportFiles(QStringLiteral("bulkredo") + m_suffix, 30), bulk,
                             nullptr, &error),
             qPrintable(error));
    // Paul changes a row the import did not write: Anne's undo and redo go through, twice.
    QVERIFY2(paul.renameActor(untouched, QStringLiteral("Paul ailleurs"), &error), qPrintable(error));
    const QStringList expected = dump(server);
    QSignalSpy failed(&anne, &Document::failed);
    anne.undoStack()->undo();
    QCOMPARE(failed.size(), 0);
    const QStringList undone = dump(server);
    QCOMPARE(undone.size(), published.size());
    anne.undoStack()->redo();
    QCOMPARE(failed.size(), 0);
    QCOMPARE(dump(server), expected);
    anne.undoStack()->undo();
    QCOMPARE(failed.size(), 0);
    QCOMPARE(dump(server), undone);
    QCOMPARE(anne.actor(untouched)->name, QStringLiteral("Paul ailleurs"));
}

void TestSharedConflicts::publishEditDownloadEqualsServer()
{
    Document anne, paul;
    QVERIFY(openPair(QStringLiteral("roundtrip"), anne, paul));
    const QList<Actor> actors = anne.actors();
    QString error;
    QVERIFY(anne.renameActor(actors.at(0).id, QStringLiteral("Édité"), &error));
    QVERIFY(paul.moveActors({ActorPosition{actors.at(1).id, 12.25, -3.5, false}}, QString(), Document::NoMerge, &error));
    Link l;
    l.sourceId = actors.at(2).id;
    l.targetId = actors.at(3).id;
    l.typeId = anne.linkTypes().first().id;
    QVERIFY2(anne.addLink(l, &error), qPrintable(error));
    QVERIFY(paul.removeActors({actors.at(4).id}, &error));
    const QString copy = test::tempPath(QStringLiteral("roundtrip%1.maillage").arg(m_suffix));
    const auto r = test::runCli({QStringLiteral("download"), address(QStringLiteral("roundtrip") + m_suffix), copy});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    Store downloaded;
    QVERIFY(downloaded.open(copy, Store::Access::ReadOnly, &error));
    const QStringList server = dump(anne.store());
    QVERIFY(server.size() > 50);
    QCOMPARE(dump(downloaded), server);
}

void TestSharedConflicts::ownerWhoIsNotSuperuserAddsMember()
{
    const QString territory = publishSample(QStringLiteral("owners"));
    const QString owner = role(QStringLiteral("owner"), QStringLiteral("owner"), territory);
    QSqlQuery q(QSqlDatabase::database(kAdmin));
    QVERIFY(q.exec(QStringLiteral("SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = '%1'").arg(owner)));
    QVERIFY(q.next() && !q.value(0).toBool() && !q.value(1).toBool());
    // The new member's role exists (an administrator made it; an owner cannot make roles).
    const QString bob = QStringLiteral("bob") + m_suffix;
    m_roles << bob;
    QVERIFY(admin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'pw'").arg(bob)));
    auto r = test::runCli({QStringLiteral("members"), address(territory, owner), QStringLiteral("--add"), bob,
                           QStringLiteral("--as"), QStringLiteral("editor")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = test::runCli({QStringLiteral("members"), address(territory, owner)});
    QVERIFY2(r.out.contains(bob + QStringLiteral("\teditor\n")), qPrintable(r.out + r.err));
    Document doc;
    QString error;
    QVERIFY2(doc.open(address(territory, bob), Store::Access::ReadWrite, &error), qPrintable(error));
    QVERIFY(!doc.isReadOnly());
    // A role that does not exist: the owner is told, in one line, to have it made.
    r = test::runCli({QStringLiteral("members"), address(territory, owner), QStringLiteral("--add"),
                      QStringLiteral("nobody") + m_suffix, QStringLiteral("--as"), QStringLiteral("viewer")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.err.contains(QLatin1String("nobody") + m_suffix), qPrintable(r.err));
}

void TestSharedConflicts::erasureLeavesNothingInADump_data()
{
    QTest::addColumn<bool>("pseudonymize");
    QTest::newRow("erase") << false;
    QTest::newRow("pseudonymize") << true;
}

void TestSharedConflicts::erasureLeavesNothingInADump()
{
    QFETCH(bool, pseudonymize);
    const QString territory = publishSample(pseudonymize ? QStringLiteral("pseudo") : QStringLiteral("erase"));
    Document doc;
    QString error;
    QVERIFY2(doc.open(address(territory), Store::Access::ReadWrite, &error), qPrintable(error));
    QVERIFY2(doc.followOthers(&error), qPrintable(error));
    std::optional<Actor> person;
    for (const Actor &a : doc.actors())
        if (a.isPerson && !a.email.isEmpty() && a.name.size() > 6)
            person = a;
    QVERIFY(person);
    // Someone watching hears of the erasure, with no value in what the server announces.
    QProcess listener;
    listener.start(qEnvironmentVariable("MAILLAGE_CLI"), {QStringLiteral("watch"), address(territory), QStringLiteral("--timeout"),
                                     QStringLiteral("5")});
    QVERIFY(listener.waitForStarted());
    QTest::qWait(800);
    const bool ok = pseudonymize ? privacy::pseudonymize(doc, {person->id}, &error)
                                 : privacy::erase(doc, {person->id}, &error);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(doc.undoStack()->count(), 0);  // the history held the only other copy
    QVERIFY(listener.waitForFinished(15000));
    const QByteArray heard = listener.readAllStandardOutput();
    QVERIFY2(heard.contains("\"op\":\"delete\"") || heard.contains("\"op\":\"update\""), heard.constData());
    QVERIFY(!heard.contains(person->name.toUtf8()));
    QVERIFY(!heard.contains(person->email.toUtf8()));

    // pg_dump of the territory (the database holds other territories published from the same
    // sample): the name and the e-mail are nowhere.
    QProcess dump;
    dump.start(QStringLiteral("pg_dump"), {QStringLiteral("--no-owner"), QStringLiteral("-n"),
                                           QStringLiteral("t_") + territory, QStringLiteral("-n"),
                                           QStringLiteral("t_") + territory + QStringLiteral("_pseudo")});
    QVERIFY2(dump.waitForFinished(60000), "pg_dump did not finish");
    QCOMPARE(dump.exitCode(), 0);
    const QByteArray all = dump.readAllStandardOutput();
    QVERIFY(all.contains(("t_" + territory).toUtf8()));
    QVERIFY(all.size() > 10000);
    QVERIFY2(!all.contains(person->name.toUtf8()), qPrintable(person->name));
    QVERIFY2(!all.contains(person->email.toUtf8()), qPrintable(person->email));
    // No dead row either: the tables were rebuilt (no dead tuple left in actor). Counted in
    // the table's pages by pgstattuple (shipped with the server), not by the statistics
    // views, which a backend updates up to a second late.
    QSqlQuery q(QSqlDatabase::database(kAdmin));
    QVERIFY2(q.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pgstattuple")),
             qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(QStringLiteral("SELECT dead_tuple_count, tuple_count FROM pgstattuple('t_%1.actor')")
                        .arg(territory)),
             qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 0);
    QVERIFY(q.value(1).toLongLong() > 0);
}

QTEST_MAIN(TestSharedConflicts)
#include "tst_sharedconflicts.moc"
