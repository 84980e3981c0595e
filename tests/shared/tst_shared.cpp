// Shared territories on a real PostgreSQL server (docs/shared-territories.md): publish,
// reads, edits through Document with undo, download, and each access level enforced by the
// server. scripts/test runs this under pg_virtualenv (a throwaway cluster); run by hand:
//   cd build && pg_virtualenv ctest -R shared --output-on-failure
#include "pgserver.h"
#include "testsupport.h"

#include "core/document/document.h"
#include "core/io/import.h"
#include "core/store/address.h"
#include "core/store/postgres.h"
#include "core/store/schema.h"
#include "core/store/store.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

#include <cmath>

using namespace maillage;
namespace pg = maillage::test::pg;

namespace {

/// Every row of every table, one canonical line each: what two stores must share.
QStringList dump(const Store &store)
{
    QStringList out;
    for (const TableInfo &t : schema::tables()) {
        QString error;
        const QList<Row> rows = store.rows(t.name, QString(), QVariant(), QString(), &error);
        if (!error.isEmpty())
            out << t.name + QStringLiteral(": ") + error;
        for (const Row &r : rows) {
            QStringList values;
            for (const QString &c : t.columns) {
                const QVariant v = r.value(c);
                if (v.isNull())
                    values << QStringLiteral("NULL");
                else if (v.typeId() == QMetaType::Double)
                    values << QString::number(v.toDouble(), 'g', 17);
                else
                    values << v.toString();
            }
            out << t.name + QLatin1Char('|') + values.join(QLatin1Char('|'));
        }
    }
    return out;
}

QString adminConnection()
{
    return QStringLiteral("tst_shared_admin");
}

/// Runs SQL as the server's administrator (the test's PGUSER), as a person would with psql.
bool admin(const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(QSqlDatabase::database(adminConnection()));
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

/// A QPSQL connection as `role` with `password` (what the role's own psql would do).
QSqlDatabase connectAs(const QString &name, const QString &role, const QString &password)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setUserName(role);
    db.setPassword(password);
    return db;
}

} // namespace

class TestShared : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void publishThenDownloadIsTheSame();
    void publishRefusesAnExistingTerritory();
    void refusesWhatIsNotThere_data();
    void refusesWhatIsNotThere();
    void editsThroughDocumentAndUndo();
    void bulkImportAndUndo();
    void cliReadsAnAddress_data();
    void cliReadsAnAddress();
    void cliWritesAnAddress_data();
    void cliWritesAnAddress();
    void watchSeesEveryEdit();
    void documentFollowsOthers();
    void membersAndLevels();
    void viewerCannotWriteWithItsOwnSql();
    void viewerWithoutPersonalDataSeesPseudonyms();

private:
    QString address(const QString &territory, const QString &user = QString(),
                    const QString &password = QString()) const;
    /// A territory published from a fresh sample file, with a name of its own.
    QString publishSample(const QString &stem, QString *file = nullptr);

    QString m_suffix;
    QStringList m_territories;
    QStringList m_roles;
};

QString TestShared::address(const QString &territory, const QString &user,
                            const QString &password) const
{
    return pg::address(territory, user, password);
}

QString TestShared::publishSample(const QString &stem, QString *file)
{
    const QString territory = stem + m_suffix;
    const QString sample = test::freshSample(stem);
    if (file)
        *file = sample;
    const auto r = test::runCli({QStringLiteral("publish"), sample, address(territory)});
    if (r.exitCode != 0)
        qWarning("publish: %s", qPrintable(r.err));
    m_territories << territory;
    return address(territory);
}

void TestShared::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("PGHOST") && qEnvironmentVariableIsEmpty("PGPORT")) {
        if (qEnvironmentVariable("MAILLAGE_REQUIRE_PG") == QLatin1String("1"))
            QFAIL("MAILLAGE_REQUIRE_PG=1 but no PostgreSQL server is given (PGHOST/PGPORT are "
                  "not set): run the tests through scripts/test or pg_virtualenv");
        QSKIP("needs a PostgreSQL server: run `cd build && pg_virtualenv ctest -R shared "
              "--output-on-failure` (postgresql-common), or set PGHOST, PGUSER, PGPASSWORD");
    }
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
             "Qt's PostgreSQL driver is missing (libqt6sql6-psql; scripts/deps installs it)");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), adminConnection());
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    QVERIFY(admin(QStringLiteral("SET client_min_messages TO warning")));
    m_suffix = QStringLiteral("_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

void TestShared::cleanupTestCase()
{
    if (!QSqlDatabase::contains(adminConnection()))
        return;
    for (const QString &t : std::as_const(m_territories)) {
        admin(QStringLiteral("DROP SCHEMA IF EXISTS t_%1_pseudo CASCADE").arg(t));
        admin(QStringLiteral("DROP SCHEMA IF EXISTS t_%1 CASCADE").arg(t));
        for (const char *level : {"owner", "editor", "viewer", "viewer_np"})
            admin(QStringLiteral("DROP ROLE IF EXISTS maillage_%1_%2").arg(t, QLatin1String(level)));
    }
    for (const QString &r : std::as_const(m_roles))
        admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(r));
    QSqlDatabase::database(adminConnection()).close();
}

void TestShared::publishThenDownloadIsTheSame()
{
    QString file;
    const QString addr = publishSample(QStringLiteral("roundtrip"), &file);
    const QString copy = test::tempPath(QStringLiteral("roundtrip%1.maillage").arg(m_suffix));
    const auto r = test::runCli({QStringLiteral("download"), addr, copy});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    Store original, shared, downloaded;
    QString error;
    QVERIFY2(original.open(file, Store::Access::ReadOnly, &error), qPrintable(error));
    QVERIFY2(shared.open(addr, Store::Access::ReadOnly, &error), qPrintable(error));
    QVERIFY2(downloaded.open(copy, Store::Access::ReadOnly, &error), qPrintable(error));
    QVERIFY(shared.isShared());
    QCOMPARE(shared.schemaVersion(), kSchemaVersion);
    const QStringList expected = dump(original);
    QVERIFY(expected.size() > 50);
    QCOMPARE(dump(shared), expected);
    QCOMPARE(dump(downloaded), expected);
    QCOMPARE(downloaded.integrityCheck(), QStringLiteral("ok"));

    // A download never replaces a file.
    const auto again = test::runCli({QStringLiteral("download"), addr, copy});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("already exists")), qPrintable(again.err));
}

void TestShared::publishRefusesAnExistingTerritory()
{
    QString file;
    const QString addr = publishSample(QStringLiteral("twice"), &file);
    Document doc;
    QString error;
    QVERIFY2(doc.open(addr, Store::Access::ReadWrite, &error), qPrintable(error));
    QVERIFY(doc.renameActor(doc.actors().first().id, QStringLiteral("Renommé"), &error));
    doc.close();
    const auto r = test::runCli({QStringLiteral("publish"), file, addr});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("exists already")), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    // What was there is untouched.
    QVERIFY(doc.open(addr, Store::Access::ReadOnly, &error));
    QCOMPARE(doc.actors().first().name, QStringLiteral("Renommé"));
}

void TestShared::refusesWhatIsNotThere_data()
{
    QTest::addColumn<QString>("territory");
    QTest::addColumn<QString>("why");
    QTest::newRow("no such territory") << "nowhere" << "There is no territory “nowhere";
    QTest::newRow("bad name") << "No" << "lower-case letters";
}

void TestShared::refusesWhatIsNotThere()
{
    QFETCH(QString, territory);
    QFETCH(QString, why);
    Store store;
    QString error;
    QVERIFY(!store.open(address(territory + (territory == QLatin1String("No") ? QString() : m_suffix)),
                        Store::Access::ReadOnly, &error));
    QVERIFY2(error.contains(why), qPrintable(error));
    QVERIFY(!store.isOpen());
    const auto r = test::runCli({QStringLiteral("info"), address(territory)});
    QCOMPARE(r.exitCode, 1);
}

void TestShared::editsThroughDocumentAndUndo()
{
    const QString addr = publishSample(QStringLiteral("edits"));
    Document doc;
    QString error;
    QVERIFY2(doc.open(addr, Store::Access::ReadWrite, &error), qPrintable(error));
    QVERIFY(!doc.isReadOnly());
    Store other;  // a second connection: what the server holds, as anyone else sees it
    QVERIFY2(other.open(addr, Store::Access::ReadOnly, &error), qPrintable(error));
    const QStringList before = dump(other);

    const qint64 actorsBefore = other.count(QStringLiteral("actor"));
    Actor a;
    a.name = QStringLiteral("Épicerie solidaire");
    a.x = 10;
    a.y = 20;
    const auto id = doc.addActor(a, {}, &error);
    QVERIFY2(id, qPrintable(error));
    QCOMPARE(other.count(QStringLiteral("actor")), actorsBefore + 1);
    QVERIFY2(doc.renameActor(*id, QStringLiteral("Épicerie « La Bouée »"), &error), qPrintable(error));
    QVERIFY2(doc.moveActors({ActorPosition{*id, 42.5, -7.25, false}}, QString(), Document::NoMerge, &error),
             qPrintable(error));
    const qint64 first = doc.actors().first().id;
    Link l;
    l.sourceId = first;
    l.targetId = *id;
    const auto linkId = doc.addLink(l, &error);
    QVERIFY2(linkId, qPrintable(error));
    const auto seen = other.row(QStringLiteral("actor"), *id);
    QVERIFY(seen);
    QCOMPARE(seen->value(QStringLiteral("name")).toString(), QStringLiteral("Épicerie « La Bouée »"));
    QCOMPARE(seen->value(QStringLiteral("x")).toDouble(), 42.5);
    QVERIFY(other.row(QStringLiteral("link"), *linkId));

    // Deleting an actor takes its links with it, in one step.
    const qint64 links = other.count(QStringLiteral("link"));
    QVERIFY2(doc.removeActors({first}, &error), qPrintable(error));
    QVERIFY(!other.row(QStringLiteral("actor"), first));
    QVERIFY(other.count(QStringLiteral("link")) < links);

    // A failing edit changes nothing (an empty name breaks a CHECK on the server).
    const QStringList midway = dump(other);
    QVERIFY(!doc.renameActor(*id, QString(), &error));
    QCOMPARE(dump(other), midway);

    // Undo everything: the server holds what was published, rows and ids alike.
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(dump(other), before);
    // Redo, then a download equals the server's content.
    while (doc.undoStack()->canRedo())
        doc.undoStack()->redo();
    QVERIFY(!other.row(QStringLiteral("actor"), first));
    QVERIFY(other.row(QStringLiteral("actor"), *id));
    const QString copy = test::tempPath(QStringLiteral("edits%1.maillage").arg(m_suffix));
    const auto r = test::runCli({QStringLiteral("download"), addr, copy});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    Store downloaded;
    QVERIFY(downloaded.open(copy, Store::Access::ReadOnly, &error));
    QCOMPARE(dump(downloaded), dump(other));
    // New rows after undo and redo still get fresh ids.
    Actor b;
    b.name = QStringLiteral("Nouvel acteur");
    const auto next = doc.addActor(b, {}, &error);
    QVERIFY2(next, qPrintable(error));
    QVERIFY(*next > *id);
}

void TestShared::bulkImportAndUndo()
{
    // The bulk writer's PostgreSQL path: one transaction, ids chosen in advance, the
    // identity counters moved past them, undo by id range.
    const QString addr = publishSample(QStringLiteral("bulk"));
    const QStringList files = test::writeImportFiles(QStringLiteral("bulk") + m_suffix, 1500);
    Document doc;
    QString error;
    QVERIFY2(doc.open(addr, Store::Access::ReadWrite, &error), qPrintable(error));
    Store other;
    QVERIFY2(other.open(addr, Store::Access::ReadOnly, &error), qPrintable(error));
    const QStringList before = dump(other);
    const qint64 actors = other.count(QStringLiteral("actor"));
    const qint64 links = other.count(QStringLiteral("link"));
    io::ImportReport report;
    // Through the bulk writer (an import of this size would otherwise go row by row).
    io::ImportOptions bulk;
    bulk.bulkThreshold = 1;
    QVERIFY2(io::importFiles(doc, files, bulk, &report, &error), qPrintable(error));
    QCOMPARE(report.actorsCreated, 1500);
    QCOMPARE(other.count(QStringLiteral("actor")), actors + 1500);
    QCOMPARE(other.count(QStringLiteral("link")), links + report.linksCreated);
    QVERIFY(report.linksCreated > 1000);
    const QStringList imported = dump(other);
    // Another edit after the import gets a fresh id from the server's counter.
    Actor a;
    a.name = QStringLiteral("Après l'import");
    const auto id = doc.addActor(a, {}, &error);
    QVERIFY2(id, qPrintable(error));
    QVERIFY(*id > actors + 1500);
    doc.undoStack()->undo();
    QCOMPARE(dump(other), imported);
    doc.undoStack()->undo();
    QCOMPARE(dump(other), before);
    doc.undoStack()->redo();
    QCOMPARE(dump(other), imported);
}

void TestShared::cliReadsAnAddress_data()
{
    QTest::addColumn<QStringList>("args");  // ADDRESS and OUT are filled in
    QTest::addColumn<QString>("expect");    // in the output, or the output file's suffix
    QTest::newRow("info") << QStringList{QStringLiteral("info"), QStringLiteral("ADDRESS"), QStringLiteral("--json")}
                          << "\"actors\"";
    QTest::newRow("metrics") << QStringList{QStringLiteral("metrics"), QStringLiteral("ADDRESS")} << "";
    QTest::newRow("diagnose") << QStringList{QStringLiteral("diagnose"), QStringLiteral("ADDRESS")} << "";
    QTest::newRow("persons") << QStringList{QStringLiteral("persons"), QStringLiteral("ADDRESS")} << "";
    QTest::newRow("export csv") << QStringList{QStringLiteral("export"), QStringLiteral("ADDRESS"), QStringLiteral("OUT.csv")}
                                << ".csv";
    QTest::newRow("export gexf anonymized") << QStringList{QStringLiteral("export"), QStringLiteral("ADDRESS"), QStringLiteral("OUT.gexf"), QStringLiteral("--anonymize")}
                                            << ".gexf";
    QTest::newRow("render") << QStringList{QStringLiteral("render"), QStringLiteral("ADDRESS"), QStringLiteral("OUT.svg")}
                            << ".svg";
    QTest::newRow("report") << QStringList{QStringLiteral("report"), QStringLiteral("ADDRESS"), QStringLiteral("-o"), QStringLiteral("OUT.pdf")}
                            << ".pdf";
}

void TestShared::cliReadsAnAddress()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expect);
    static QString addr;
    static QString file;
    if (addr.isEmpty())
        addr = publishSample(QStringLiteral("reads"), &file);
    QString out;
    QStringList onFile = args, onServer = args;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("ADDRESS")) {
            onServer[i] = addr;
            onFile[i] = file;
        } else if (args[i].startsWith(QLatin1String("OUT"))) {
            out = test::tempPath(QStringLiteral("read-%1%2").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')), expect));
            onServer[i] = out;
            onFile[i] = out + QStringLiteral(".file") + expect;
        }
    }
    const auto server = test::runCli(onServer);
    QVERIFY2(server.exitCode == 0, qPrintable(server.err));
    const auto local = test::runCli(onFile);
    QVERIFY2(local.exitCode == 0, qPrintable(local.err));
    if (out.isEmpty()) {
        QVERIFY(server.out.contains(expect));
        // The same territory gives the same answer, wherever it is stored (less its name).
        auto anonymous = [&](QString text) {
            return text.replace(addr, QStringLiteral("X"))
                .replace(QFileInfo(file).absoluteFilePath(), QStringLiteral("X"))
                .replace(file, QStringLiteral("X"));
        };
        QCOMPARE(anonymous(server.out), anonymous(local.out));
    } else {
        const QByteArray a = test::readBytes(out), b = test::readBytes(out + QStringLiteral(".file") + expect);
        QVERIFY(a.size() > 100);
        if (expect != QLatin1String(".pdf"))  // a PDF carries its creation time
            QCOMPARE(a, b);
    }
}

void TestShared::cliWritesAnAddress_data()
{
    QTest::addColumn<QStringList>("args");  // ADDRESS is filled in, with the file beside it
    QTest::addColumn<int>("exitCode");
    QTest::newRow("layout") << QStringList{QStringLiteral("layout"), QStringLiteral("ADDRESS"),
                                           QStringLiteral("--algorithm"), QStringLiteral("circle")}
                            << 0;
    QTest::newRow("snapshot") << QStringList{QStringLiteral("snapshot"), QStringLiteral("ADDRESS"),
                                             QStringLiteral("--name"), QStringLiteral("Avant")}
                              << 0;
    QTest::newRow("statistics")
        << QStringList{QStringLiteral("statistics"), QStringLiteral("ADDRESS"),
                       test::dataPath(QStringLiteral("statistics/dossier_complet.csv"))}
        << 0;
    QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("ADDRESS"),
                                           QStringLiteral("NEWCSV")}
                            << 0;
    // Personal data on a server: the same rows as in the file (tst_sharedconflicts checks
    // that nothing is left in a dump).
    QTest::newRow("erase") << QStringList{QStringLiteral("erase"), QStringLiteral("ADDRESS"),
                                          QStringLiteral("Odile Ferry"), QStringLiteral("--yes")}
                           << 0;
    QTest::newRow("pseudonymize") << QStringList{QStringLiteral("pseudonymize"), QStringLiteral("ADDRESS"),
                                                 QStringLiteral("Odile Ferry")}
                                  << 0;
}

void TestShared::cliWritesAnAddress()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    static int row = 0;
    QString file;
    const QString addr = publishSample(QStringLiteral("writes%1").arg(++row), &file);
    const QString csv = test::tempPath(QStringLiteral("writes-new.csv"));
    test::writeBytes(csv, "Name,Type\nNouvelle association,Association\nNouveau club,Association\n");
    QStringList onServer = args, onFile = args;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("ADDRESS")) {
            onServer[i] = addr;
            onFile[i] = file;
        } else if (args[i] == QLatin1String("NEWCSV")) {
            onServer[i] = onFile[i] = csv;
        }
    }
    Store before;
    QString error;
    QVERIFY(before.open(addr, Store::Access::ReadOnly, &error));
    const QStringList published = dump(before);
    before.close();
    const auto server = test::runCli(onServer);
    QVERIFY2(server.exitCode == exitCode, qPrintable(server.err));
    Store shared;
    QVERIFY(shared.open(addr, Store::Access::ReadOnly, &error));
    if (exitCode != 0) {
        QCOMPARE(server.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(dump(shared), published);
        return;
    }
    // The same command on the file: the same rows, table by table.
    const auto local = test::runCli(onFile);
    QVERIFY2(local.exitCode == 0, qPrintable(local.err));
    Store original;
    QVERIFY(original.open(file, Store::Access::ReadOnly, &error));
    QVERIFY(dump(shared) != published);
    for (const TableInfo &t : schema::tables())
        QVERIFY2(shared.count(t.name) == original.count(t.name), qPrintable(t.name));
    const auto positions = [](const Store &s) {
        QStringList out;
        auto number = [](const QVariant &v) {
            return v.isNull() ? QStringLiteral("none") : QString::number(v.toDouble());
        };
        for (const Row &r : s.rows(QStringLiteral("actor")))
            out << r.value(QStringLiteral("name")).toString() + QLatin1Char(' ') +
                       number(r.value(QStringLiteral("x"))) + QLatin1Char(',') +
                       number(r.value(QStringLiteral("y")));
        return out;
    };
    QCOMPARE(positions(shared), positions(original));
}

void TestShared::watchSeesEveryEdit()
{
    const QString addr = publishSample(QStringLiteral("watch"));
    QProcess watch;
    watch.start(qEnvironmentVariable("MAILLAGE_CLI"),
                {QStringLiteral("watch"), addr, QStringLiteral("--count"), QStringLiteral("4"),
                 QStringLiteral("--timeout"), QStringLiteral("60")});
    QVERIFY(watch.waitForStarted());
    // It says so on stderr once the server listens.
    QByteArray said;
    (void)QTest::qWaitFor([&] {
        said += watch.readAllStandardError();
        return said.contains("Watching") || watch.state() == QProcess::NotRunning;
    }, 20000);
    QVERIFY2(said.contains("Watching"), said.constData());

    Document doc;
    QString error;
    QVERIFY2(doc.open(addr, Store::Access::ReadWrite, &error), qPrintable(error));
    Actor a;
    a.name = QStringLiteral("Tiers-lieu");
    const auto id = doc.addActor(a, {}, &error);
    QVERIFY2(id, qPrintable(error));
    QVERIFY(doc.renameActor(*id, QStringLiteral("Tiers-lieu « Le Local »"), &error));
    Link l;
    l.sourceId = doc.actors().first().id;
    l.targetId = *id;
    const auto link = doc.addLink(l, &error);
    QVERIFY2(link, qPrintable(error));
    doc.undoStack()->undo();  // the link goes again

    QVERIFY(watch.waitForFinished(30000));
    QCOMPARE(watch.exitCode(), 0);
    const QList<QByteArray> lines = watch.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    const QString user = qEnvironmentVariable("PGUSER");
    const struct
    {
        const char *table, *op;
        qint64 id;
    } expected[] = {{"actor", "insert", *id},
                    {"actor", "update", *id},
                    {"link", "insert", *link},
                    {"link", "delete", *link}};
    for (int i = 0; i < 4; ++i) {
        const QJsonObject c = QJsonDocument::fromJson(lines.at(i)).object();
        QCOMPARE(c.value(QStringLiteral("table")).toString(), QLatin1String(expected[i].table));
        QCOMPARE(c.value(QStringLiteral("op")).toString(), QLatin1String(expected[i].op));
        QCOMPARE(c.value(QStringLiteral("id")).toInteger(), expected[i].id);
        if (!user.isEmpty())
            QCOMPARE(c.value(QStringLiteral("by")).toString(), user);
        // No value of the row travels with the change: anyone may listen.
        QVERIFY(!lines.at(i).contains("Tiers-lieu"));
    }
}

void TestShared::documentFollowsOthers()
{
    const QString addr = publishSample(QStringLiteral("follow"));
    Document anne, paul;
    QString error;
    QVERIFY2(anne.open(addr, Store::Access::ReadWrite, &error), qPrintable(error));
    QVERIFY2(paul.open(addr, Store::Access::ReadWrite, &error), qPrintable(error));
    QVERIFY2(paul.followOthers(&error), qPrintable(error));
    QVERIFY2(anne.followOthers(&error), qPrintable(error));
    QSignalSpy paulSees(&paul, &Document::changed);
    QSignalSpy paulHears(&paul, &Document::editedByOthers);
    QSignalSpy anneSees(&anne, &Document::changed);

    // Anne renames an actor: Paul's views are told which actor and which column.
    const qint64 id = anne.actors().first().id;
    QVERIFY(anne.renameActor(id, QStringLiteral("Renommé par Anne"), &error));
    QCOMPARE(anneSees.size(), 1);  // her own edit, told once (not again by the server)
    QVERIFY(paulSees.wait(5000));
    const ChangeSet seen = paulSees.takeFirst().at(0).value<ChangeSet>();
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.first().table, Table::Actor);
    QCOMPARE(seen.first().kind, Change::Updated);
    QCOMPARE(seen.first().ids, QList<qint64>{id});
    QVERIFY(seen.first().updates(Column::Name));
    QVERIFY(!seen.first().updates(Column::X));
    QCOMPARE(paulHears.size(), 1);
    QCOMPARE(paulHears.first().at(0).toString(), qEnvironmentVariable("PGUSER", paulHears.first().at(0).toString()));
    QCOMPARE(paul.actor(id)->name, QStringLiteral("Renommé par Anne"));

    // Paul deletes it: Anne hears of the actor and of its links, in one go.
    QVERIFY(paul.removeActors({id}, &error));
    QVERIFY(anneSees.wait(5000));
    QTest::qWait(200);
    bool actorGone = false, linksGone = false;
    for (const auto &signal : std::as_const(anneSees))
        for (const Change &c : signal.at(0).value<ChangeSet>()) {
            actorGone = actorGone || (c.table == Table::Actor && c.kind == Change::Removed && c.ids.contains(id));
            linksGone = linksGone || (c.table == Table::Link && c.kind == Change::Removed);
        }
    QVERIFY(actorGone);
    QVERIFY(linksGone);
    // Paul was not told of his own edit twice.
    QTest::qWait(200);
    QCOMPARE(paulSees.size(), 1);
}

void TestShared::membersAndLevels()
{
    const QString addr = publishSample(QStringLiteral("members"));
    const QString anne = QStringLiteral("anne") + m_suffix;
    m_roles << anne;
    auto r = test::runCli({QStringLiteral("members"), addr, QStringLiteral("--add"), anne,
                           QStringLiteral("--as"), QStringLiteral("editor")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = test::runCli({QStringLiteral("members"), addr, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    auto members = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("members")).toArray();
    bool found = false;
    for (const auto &m : members)
        if (m.toObject().value(QStringLiteral("role")).toString() == anne) {
            QCOMPARE(m.toObject().value(QStringLiteral("level")).toString(), QStringLiteral("editor"));
            found = true;
        }
    QVERIFY(found);
    // A new level replaces the old one.
    r = test::runCli({QStringLiteral("members"), addr, QStringLiteral("--add"), anne,
                      QStringLiteral("--as"), QStringLiteral("viewer")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = test::runCli({QStringLiteral("members"), addr});
    QVERIFY(r.out.contains(anne + QStringLiteral("\tviewer\n")));
    QVERIFY(!r.out.contains(anne + QStringLiteral("\teditor")));
    r = test::runCli({QStringLiteral("members"), addr, QStringLiteral("--remove"), anne});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = test::runCli({QStringLiteral("members"), addr});
    QVERIFY(!r.out.contains(anne));

    // Bad requests: one line each, nothing changed.
    for (const QStringList &bad :
         {QStringList{QStringLiteral("--add"), anne, QStringLiteral("--as"), QStringLiteral("boss")},
          QStringList{QStringLiteral("--add"), anne},
          QStringList{QStringLiteral("--add"), QStringLiteral("Robert'); DROP"), QStringLiteral("--as"), QStringLiteral("viewer")},
          QStringList{QStringLiteral("--remove"), QStringLiteral("nobody_at_all") + m_suffix}}) {
        r = test::runCli(QStringList{QStringLiteral("members"), addr} + bad);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

    // Each level, as the role itself sees it through Maillage.
    struct Case
    {
        const char *level;
        bool canOpen, canWrite, seesNames;
    };
    const Case cases[] = {{"owner", true, true, true},
                          {"editor", true, true, true},
                          {"viewer", true, false, true},
                          {"viewer-no-personal-data", true, false, false}};
    for (const Case &c : cases) {
        const QString role = QStringLiteral("m_") + QString::fromLatin1(c.level).replace(QLatin1Char('-'), QLatin1Char('_')) + m_suffix;
        m_roles << role;
        r = test::runCli({QStringLiteral("members"), addr, QStringLiteral("--add"), role,
                          QStringLiteral("--as"), QString::fromLatin1(c.level)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(admin(QStringLiteral("ALTER ROLE %1 PASSWORD 'pw'").arg(role)));
        const QString territory = QStringLiteral("members") + m_suffix;
        Document doc;
        QString error;
        QVERIFY2(doc.open(address(territory, role, QStringLiteral("pw")), Store::Access::ReadWrite, &error) == c.canOpen,
                 qPrintable(c.level + (QStringLiteral(": ") + error)));
        QCOMPARE(doc.isReadOnly(), !c.canWrite);
        bool person = false, named = false;
        for (const Actor &a : doc.actors()) {
            if (a.isPerson) {
                person = true;
                named = named || !a.name.startsWith(QLatin1String("Person "));
            }
        }
        QVERIFY2(person, c.level);
        QCOMPARE(named, c.seesNames);
        Actor a;
        a.name = QStringLiteral("Essai");
        QCOMPARE(bool(doc.addActor(a, {}, &error)), c.canWrite);
    }
    // Someone who is no member is told so.
    const QString stranger = QStringLiteral("stranger") + m_suffix;
    m_roles << stranger;
    QVERIFY(admin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'pw'").arg(stranger)));
    Store store;
    QString error;
    QVERIFY(!store.open(address(QStringLiteral("members") + m_suffix, stranger, QStringLiteral("pw")), Store::Access::ReadOnly, &error));
    QVERIFY2(error.contains(QLatin1String("not a member")), qPrintable(error));
}

void TestShared::viewerCannotWriteWithItsOwnSql()
{
    const QString addr = publishSample(QStringLiteral("ownsql"));
    const QString territory = QStringLiteral("ownsql") + m_suffix;
    const QString viewer = QStringLiteral("v_ownsql") + m_suffix;
    m_roles << viewer;
    auto r = test::runCli({QStringLiteral("members"), addr, QStringLiteral("--add"), viewer,
                           QStringLiteral("--as"), QStringLiteral("viewer")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(admin(QStringLiteral("ALTER ROLE %1 PASSWORD 'pw'").arg(viewer)));
    {
        QSqlDatabase db = connectAs(QStringLiteral("viewer-sql"), viewer, QStringLiteral("pw"));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM t_%1.actor").arg(territory)), qPrintable(q.lastError().text()));
        QVERIFY(q.next() && q.value(0).toInt() > 0);
        for (const QString &sql :
             {QStringLiteral("UPDATE t_%1.actor SET name = 'x'"), QStringLiteral("DELETE FROM t_%1.link"),
              QStringLiteral("INSERT INTO t_%1.tag (name) VALUES ('x')"),
              QStringLiteral("DROP TABLE t_%1.actor"), QStringLiteral("CREATE TABLE t_%1.mine (a int)")}) {
            QVERIFY2(!q.exec(sql.arg(territory)), qPrintable(sql));
            QVERIFY2(q.lastError().text().contains(QLatin1String("permission denied")) ||
                         q.lastError().text().contains(QLatin1String("must be owner")),
                     qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("viewer-sql"));
}

void TestShared::viewerWithoutPersonalDataSeesPseudonyms()
{
    QString file;
    const QString addr = publishSample(QStringLiteral("pseudo"), &file);
    const QString territory = QStringLiteral("pseudo") + m_suffix;
    const QString role = QStringLiteral("np_pseudo") + m_suffix;
    m_roles << role;
    auto r = test::runCli({QStringLiteral("members"), addr, QStringLiteral("--add"), role,
                           QStringLiteral("--as"), QStringLiteral("viewer-no-personal-data")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(admin(QStringLiteral("ALTER ROLE %1 PASSWORD 'pw'").arg(role)));
    // The persons' names, as the file holds them.
    Document original;
    QString error;
    QVERIFY(original.open(file, Store::Access::ReadOnly, &error));
    QStringList names;
    for (const Actor &a : original.actors())
        if (a.isPerson)
            names << a.name;
    QVERIFY(!names.isEmpty());
    {
        QSqlDatabase db = connectAs(QStringLiteral("np-sql"), role, QStringLiteral("pw"));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        // No grant on any table of the territory: not even to read.
        QVERIFY(!q.exec(QStringLiteral("SELECT name FROM t_%1.actor").arg(territory)));
        QVERIFY2(q.lastError().text().contains(QLatin1String("permission denied")), qPrintable(q.lastError().text()));
        // Every view, every text value: no person's name anywhere.
        for (const TableInfo &t : schema::tables()) {
            QVERIFY2(q.exec(QStringLiteral("SELECT * FROM t_%1_pseudo.%2").arg(territory, t.name)),
                     qPrintable(q.lastError().text()));
            while (q.next())
                for (int i = 0; i < q.record().count(); ++i)
                    for (const QString &n : std::as_const(names))
                        QVERIFY2(!q.value(i).toString().contains(n),
                                 qPrintable(t.name + QStringLiteral(" shows ") + n));
        }
        QVERIFY(!q.exec(QStringLiteral("UPDATE t_%1_pseudo.tag SET name = 'x'").arg(territory)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("np-sql"));
    // Maillage itself reads the views: same actors and links, persons as "Person N".
    const auto info = test::runCli({QStringLiteral("info"), address(territory, role, QStringLiteral("pw")), QStringLiteral("--json")});
    QVERIFY2(info.exitCode == 0, qPrintable(info.err));
    const QJsonObject counts = QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("actors")).toInteger(), qint64(original.actors().size()));
    QCOMPARE(counts.value(QStringLiteral("persons")).toInteger(), qint64(names.size()));
    QVERIFY(QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("read_only")).toBool());
}

QTEST_GUILESS_MAIN(TestShared)
#include "tst_shared.moc"
