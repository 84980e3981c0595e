// Faults on a shared territory (issue #18): the server stops mid-session and starts again.
// The document says so at once (connectionChanged), refuses edits with one line and pushes
// nothing, reconnects by itself, reads the territory again and follows again; nothing
// acknowledged is lost. Also the session questions of core/store/serversession.h (level,
// encryption, territories, passwords). Needs a server: scripts/test runs it under
// pg_virtualenv (cd build && pg_virtualenv ctest -R sharedfaults --output-on-failure).
#include "pgserver.h"

#include "core/document/document.h"
#include "core/store/serversession.h"
#include "core/store/store.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>

#include <atomic>
#include <QTest>

using namespace maillage;
namespace pg = maillage::test::pg;

/// Opens `address` for writing, following the others' edits, with a watch that asks the
/// server rarely (a minute): the edits themselves meet a dead server first.
static bool openWithRareWatch(Document &doc, const QString &address, QString *error)
{
    if (!doc.open(address, Store::Access::ReadWrite, error))
        return false;
    doc.setConnectionTiming(60000, {100, 200});
    return doc.followOthers(error);
}

class TestSharedFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void passwordRequests_data();
    void passwordRequests();
    void addressesForTheWindow();
    void sessionQuestions();
    void cancelStopsALongStatement();
    void serverStopsAndComesBack();
    void editMeetsADeadConnection();
    void firstEditReadsADeadConnection_data();
    void firstEditReadsADeadConnection();

private:
    QString m_suffix;
    pg::Territories m_territories;
    QString publish(const QString &stem) { return m_territories.publish(stem); }
};

void TestSharedFaults::initTestCase()
{
    MAILLAGE_PG_INIT_TEST_CASE("sharedfaults");
    m_territories.start();
    m_suffix = m_territories.suffix();
}

void TestSharedFaults::cleanupTestCase()
{
    m_territories.dropAll();
}

void TestSharedFaults::passwordRequests_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("asks");
    QTest::newRow("none sent") << "Cannot connect to “x”: fe_sendauth: no password supplied" << true;
    QTest::newRow("wrong") << "FATAL:  password authentication failed for user \"anne\"" << true;
    QTest::newRow("french") << "FATAL:  authentification par mot de passe échouée pour l'utilisateur" << true;
    QTest::newRow("refused") << "could not connect to server: Connection refused" << false;
    QTest::newRow("no territory") << "There is no territory “x” on “y”." << false;
}

void TestSharedFaults::passwordRequests()
{
    QFETCH(QString, error);
    QFETCH(bool, asks);
    QCOMPARE(postgres::asksForPassword(error), asks);
}

void TestSharedFaults::addressesForTheWindow()
{
    // A server without a territory yet (the window lists its territories).
    QString error;
    auto server = postgres::serverOf(QStringLiteral("postgresql://anne@carto.example.org/maillage"), &error);
    QVERIFY2(server, qPrintable(error));
    QCOMPARE(server->host, QStringLiteral("carto.example.org"));
    QVERIFY(server->territory.isEmpty());
    // The territory still to type.
    server = postgres::serverOf(QStringLiteral("postgresql://anne@carto.example.org/maillage?territory="), &error);
    QVERIFY2(server, qPrintable(error));
    QCOMPARE(server->database, QStringLiteral("maillage"));
    server = postgres::serverOf(QStringLiteral("postgresql://h/db?territory=&sslmode=require"), &error);
    QVERIFY2(server, qPrintable(error));
    QCOMPARE(server->options.value(QStringLiteral("sslmode")), QStringLiteral("require"));
    QVERIFY(!postgres::serverOf(QStringLiteral("carto.example.org"), &error));
    QVERIFY(error.contains(QStringLiteral("postgresql://")));
    // The text to connect again carries the password; display() never does.
    auto a = SharedAddress::parse(QStringLiteral("postgresql://anne:s%3Acret@h:5433/db?territory=t&sslmode=require"));
    QVERIFY(a);
    QVERIFY(!a->display().contains(QStringLiteral("cret")));
    const auto again = SharedAddress::parse(postgres::connectionText(*a));
    QVERIFY(again);
    QCOMPARE(again->password, QStringLiteral("s:cret"));
    QCOMPARE(again->display(), a->display());
    QCOMPARE(postgres::passwordKey(*a), QStringLiteral("anne@h:5433/db"));
    QVERIFY(!postgres::passwordKey(*a).contains(QStringLiteral("cret")));
}

void TestSharedFaults::sessionQuestions()
{
    const QString addr = publish(QStringLiteral("session"));
    QVERIFY(!addr.isEmpty());
    Store store;
    QString error;
    QVERIFY2(store.open(addr, Store::Access::ReadWrite, &error), qPrintable(error));
    // The test's role published it: owner. pg_virtualenv's server speaks TLS over TCP when
    // it has a certificate; the answer must be the server's own.
    QCOMPARE(postgres::levelOf(store, &error), std::optional(postgres::Level::Owner));
    const auto encrypted = postgres::connectionEncrypted(store, &error);
    QVERIFY2(encrypted, qPrintable(error));
    QSqlQuery q(QSqlDatabase::database(pg::adminConnection()));
    QVERIFY(q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) && q.next());
    QCOMPARE(*encrypted, q.value(0).toBool());
    // The territory is listed on its server; its pseudonymised views are not a territory.
    const auto server = postgres::serverOf(pg::address(QString()).section(QLatin1Char('?'), 0, 0));
    QVERIFY(server);
    const auto list = postgres::territories(*server, &error);
    QVERIFY2(list, qPrintable(error));
    QVERIFY(list->contains(QStringLiteral("session") + m_suffix));
    for (const QString &t : *list)
        QVERIFY(!t.endsWith(QLatin1String("_pseudo")));
    QVERIFY(postgres::ping(store));
}

void TestSharedFaults::cancelStopsALongStatement()
{
    // What the window's Cancel does to a publish or a download running on another thread:
    // the session, found by its application name, has its statement stopped by the server.
    auto address = SharedAddress::parse(pg::address(QStringLiteral("anything")));
    QVERIFY(address);
    const QString name = QStringLiteral("maillage-test-cancel") + m_suffix;
    address->options.insert(QStringLiteral("application_name"), name);
    std::atomic<int> state{0};  // 1: running, 2: stopped by the server, 3: finished by itself
    QThread *thread = QThread::create([&] {
        QSqlDatabase db;
        QString why;
        if (postgres::connect(db, QStringLiteral("cancel-test"), *address, &why)) {
            QSqlQuery q(db);
            state = 1;
            state = q.exec(QStringLiteral("SELECT pg_sleep(120)")) ? 3 : 2;
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("cancel-test"));
    });
    thread->start();
    QTRY_COMPARE_WITH_TIMEOUT(state.load(), 1, 10000);
    QString error;
    // The statement may not have reached the server yet: ask until it is stopped.
    QTRY_VERIFY_WITH_TIMEOUT((postgres::cancelSessions(*address, name, &error), state.load() == 2), 60000);
    QVERIFY(thread->wait(10000));
    delete thread;
}

void TestSharedFaults::serverStopsAndComesBack()
{
    const QString addr = publish(QStringLiteral("faults"));
    QVERIFY(!addr.isEmpty());
    Document doc;
    QString error;
    QVERIFY2(doc.open(addr, Store::Access::ReadWrite, &error), qPrintable(error));
    doc.setConnectionTiming(100, {100, 200, 400});
    QVERIFY2(doc.followOthers(&error), qPrintable(error));
    QVERIFY(doc.isOnline());
    QSignalSpy connection(&doc, &Document::connectionChanged);
    QSignalSpy opened(&doc, &Document::opened);

    const QList<Actor> actors = doc.actors();
    QVERIFY(actors.size() > 3);
    const qint64 first = actors.at(0).id, second = actors.at(1).id;
    // Acknowledged before the fault.
    QVERIFY2(doc.renameActor(first, QStringLiteral("Avant la panne"), &error), qPrintable(error));
    const int undoBefore = doc.undoStack()->count();

    QVERIFY2(pg::control(QStringLiteral("stop"), &error), qPrintable(error));
    const auto restart = qScopeGuard([] { pg::ensureRunning(); });  // even when a check fails
    QElapsedTimer clock;  // figures printed for the record, never compared
    clock.start();
    QTRY_VERIFY_WITH_TIMEOUT(!connection.isEmpty(), 5000);
    qInfo("offline %lld ms after the server stopped (heartbeat 100 ms)", clock.elapsed());
    QCOMPARE(connection.first().at(0).toBool(), false);
    QVERIFY(!doc.isOnline());
    QVERIFY(doc.isReadOnly());
    // While it is down, an edit is refused in one line and nothing is pushed.
    QVERIFY(!doc.renameActor(second, QStringLiteral("Pendant la panne"), &error));
    QVERIFY2(error.startsWith(QLatin1String("Not saved")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QVERIFY(!doc.removeActors({second}, &error));
    QCOMPARE(doc.undoStack()->count(), undoBefore);

    QVERIFY2(pg::control(QStringLiteral("start"), &error), qPrintable(error));
    clock.start();
    QTRY_VERIFY_WITH_TIMEOUT(doc.isOnline(), 20000);
    qInfo("online and read again %lld ms after the server started", clock.elapsed());
    QCOMPARE(connection.last().at(0).toBool(), true);
    QVERIFY(!opened.isEmpty());  // every view reads the territory again
    QVERIFY(doc.store().isOpen());
    QVERIFY(!doc.isReadOnly());
    // Nothing acknowledged was lost; nothing refused was written.
    QCOMPARE(doc.actor(first)->name, QStringLiteral("Avant la panne"));
    QCOMPARE(doc.actor(second)->name, actors.at(1).name);
    QCOMPARE(doc.actors().size(), actors.size());
    QCOMPARE(doc.undoStack()->count(), undoBefore);
    // Later edits work, and another connection sees them; the document follows again.
    QVERIFY2(doc.renameActor(second, QStringLiteral("Après la panne"), &error), qPrintable(error));
    Document other;
    QVERIFY2(other.open(addr, Store::Access::ReadWrite, &error), qPrintable(error));
    QCOMPARE(other.actor(second)->name, QStringLiteral("Après la panne"));
    QCOMPARE(other.actor(first)->name, QStringLiteral("Avant la panne"));
    QSignalSpy hears(&doc, &Document::editedByOthers);
    QVERIFY(other.renameActor(first, QStringLiteral("Vu après la panne"), &error));
    QVERIFY(hears.wait(5000));
    QCOMPARE(doc.actor(first)->name, QStringLiteral("Vu après la panne"));
    // Undo reaches the edits from before the fault.
    doc.undoStack()->undo();
    QCOMPARE(doc.actor(second)->name, actors.at(1).name);
}

void TestSharedFaults::editMeetsADeadConnection()
{
    // The watch asks rarely here: the edit itself finds the server gone, says "not saved"
    // and makes the document read-only at once.
    const QString addr = publish(QStringLiteral("deadedit"));
    QVERIFY(!addr.isEmpty());
    Document doc;
    QString error;
    QVERIFY2(openWithRareWatch(doc, addr, &error), qPrintable(error));
    QSignalSpy connection(&doc, &Document::connectionChanged);
    const qint64 id = doc.actors().first().id;
    const QString name = doc.actors().first().name;
    const int undoBefore = doc.undoStack()->count();
    // The edit is made ready before the fault (an edit's own reads would meet the dead
    // connection first and say so in the driver's words; the next edit then says "not saved").
    const auto op = doc.updateOp(QStringLiteral("actor"), id, {{QStringLiteral("name"), QStringLiteral("Jamais écrit")}});
    QVERIFY(op);

    QVERIFY2(pg::control(QStringLiteral("stop"), &error), qPrintable(error));
    const auto restart = qScopeGuard([] { pg::ensureRunning(); });
    QVERIFY(!doc.apply(QStringLiteral("Rename"), {*op}, Document::NoMerge, &error));
    QVERIFY2(error.startsWith(QLatin1String("Not saved: the server of")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QCOMPARE(connection.size(), 1);
    QCOMPARE(connection.first().at(0).toBool(), false);
    QCOMPARE(doc.undoStack()->count(), undoBefore);
    QVERIFY(doc.isReadOnly());
    // Every later edit is refused before it reads anything.
    QVERIFY(!doc.renameActor(id, QStringLiteral("Jamais écrit non plus"), &error));
    QVERIFY2(error.startsWith(QLatin1String("Not saved")), qPrintable(error));
    QCOMPARE(doc.undoStack()->count(), undoBefore);
    QVERIFY2(pg::control(QStringLiteral("start"), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(doc.isOnline(), 20000);
    QCOMPARE(doc.actor(id)->name, name);
}

void TestSharedFaults::firstEditReadsADeadConnection_data()
{
    // Edits whose own first step is a read of the server (the actor, its links, the field).
    QTest::addColumn<QString>("edit");
    for (const char *edit : {"rename", "delete", "link", "field"})
        QTest::newRow(edit) << QString::fromLatin1(edit);
}

void TestSharedFaults::firstEditReadsADeadConnection()
{
    // The first edit after the server went down, before the watch noticed, meets the dead
    // connection in its own reads: it says in the product's words that nothing was saved and
    // the territory is read-only until the connection is back (as every later edit does), never
    // the driver's words, and the document goes offline at once.
    QFETCH(QString, edit);
    const QString addr = publish(QStringLiteral("deadread_") + edit);
    QVERIFY(!addr.isEmpty());
    Document doc;
    QString error;
    QVERIFY2(openWithRareWatch(doc, addr, &error), qPrintable(error));
    QSignalSpy connection(&doc, &Document::connectionChanged);
    const QList<Actor> actors = doc.actors();
    const int undoBefore = doc.undoStack()->count();

    QVERIFY2(pg::control(QStringLiteral("stop"), &error), qPrintable(error));
    const auto restart = qScopeGuard([] { pg::ensureRunning(); });
    error.clear();
    bool saved = true;
    if (edit == QLatin1String("rename")) {
        saved = doc.renameActor(actors.at(0).id, QStringLiteral("Jamais écrit"), &error);
    } else if (edit == QLatin1String("delete")) {
        saved = doc.removeActors({actors.at(1).id}, &error);
    } else if (edit == QLatin1String("link")) {
        Link l;
        l.sourceId = actors.at(2).id;
        l.targetId = actors.at(3).id;
        saved = doc.addLink(l, &error).has_value();
    } else {
        saved = doc.setFieldValue(1, actors.at(0).id, QStringLiteral("x"), &error);
    }
    QVERIFY(!saved);
    const QString expected =
        QStringLiteral("Not saved: the server of “%1” cannot be reached; the territory is read-only "
                       "until the connection is back.").arg(doc.path());
    QCOMPARE(error, expected);
    QCOMPARE(connection.size(), 1);
    QCOMPARE(connection.first().at(0).toBool(), false);
    QVERIFY(doc.isReadOnly());
    QCOMPARE(doc.undoStack()->count(), undoBefore);
    // The next edit says the same before reading anything.
    QVERIFY(!doc.renameActor(actors.at(0).id, QStringLiteral("Toujours pas"), &error));
    QCOMPARE(error, expected);
    QCOMPARE(connection.size(), 1);
    QVERIFY2(pg::control(QStringLiteral("start"), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(doc.isOnline(), 20000);
    QCOMPARE(doc.actors().size(), actors.size());
    QCOMPARE(doc.actor(actors.at(0).id)->name, actors.at(0).name);
}

QTEST_GUILESS_MAIN(TestSharedFaults)
#include "tst_sharedfaults.moc"
