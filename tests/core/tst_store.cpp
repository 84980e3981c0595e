#include "document/document.h"
#include "store/store.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace maillage;
using maillage::test::readBytes;
using maillage::test::tempPath;
using maillage::test::writeBytes;

namespace {

/// A territory with a few hundred rows, so that truncation and corruption hit real pages.
QString makeTerritory(const QString &name, int actors = 300)
{
    const QString path = tempPath(name);
    QFile::remove(path);
    Store store;
    QString error;
    if (!store.create(path, QStringLiteral("Test"), &error))
        qFatal("%s", qPrintable(error));
    store.begin();
    ActorRepository repo(store);
    for (int i = 0; i < actors; ++i) {
        Actor a;
        a.name = QStringLiteral("Actor number %1 with a longish name to fill pages").arg(i);
        a.description = QString(200, QLatin1Char('x'));
        repo.create(a);
    }
    store.commit();
    store.close();
    return path;
}

void makeForeignSqlite(const QString &path)
{
    const QString conn = QStringLiteral("foreign");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('hello')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(conn);
}

void setUserVersion(const QString &path, int version)
{
    const QString conn = QStringLiteral("version");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        db.close();
    }
    QSqlDatabase::removeDatabase(conn);
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void createAndReopen()
    {
        const QString path = tempPath(QStringLiteral("new.maillage"));
        Store store;
        QString error;
        QVERIFY2(store.create(path, QStringLiteral("Mirecourt"), &error), qPrintable(error));
        QVERIFY(!store.isReadOnly());
        QCOMPARE(store.schemaVersion(), kSchemaVersion);
        QCOMPARE(TerritoryRepository(store).get().name, QStringLiteral("Mirecourt"));
        QCOMPARE(store.count(QStringLiteral("category")), 8);
        QCOMPARE(store.count(QStringLiteral("link_type")), 6);
        QCOMPARE(store.count(QStringLiteral("theme")), 11);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA secure_delete")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(q.value(0).toInt(), kApplicationId);
        q.finish();
        store.close();
        // Closed: one self-contained file, no write-ahead log beside it, rollback-journal mode.
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
        const QByteArray header = readBytes(path).left(20);
        QCOMPARE(int(header.at(18)), 1);
        QCOMPARE(int(header.at(19)), 1);
        QVERIFY(!store.create(path, QStringLiteral("again"), &error));
        QVERIFY(error.contains(QStringLiteral("already exists")));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("words");
        QTest::newRow("missing") << "missing" << int(Store::Failure::NotFound) << "does not exist";
        QTest::newRow("text file") << "text" << int(Store::Failure::NotSqlite) << "not a SQLite";
        QTest::newRow("empty file") << "empty" << int(Store::Failure::NotSqlite) << "not a SQLite";
        QTest::newRow("other sqlite") << "foreign" << int(Store::Failure::NotMaillage)
                                      << "not a Maillage";
        QTest::newRow("truncated") << "truncated" << int(Store::Failure::Damaged) << "damaged";
        QTest::newRow("corrupted") << "corrupted" << int(Store::Failure::Damaged) << "damaged";
        QTest::newRow("newer version") << "newer" << int(Store::Failure::TooNew)
                                       << "newer version";
        QTest::newRow("folder") << "folder" << int(Store::Failure::NotFound) << "folder";
    }
    void badInput()
    {
        QFETCH(QString, kind);
        QFETCH(int, failure);
        QFETCH(QString, words);
        const QString path = tempPath(kind + QStringLiteral(".maillage"));
        QFile::remove(path);
        if (kind == QLatin1String("text")) {
            writeBytes(path, "Name;Category\nMairie;institution\n");
        } else if (kind == QLatin1String("empty")) {
            writeBytes(path, {});
        } else if (kind == QLatin1String("foreign")) {
            makeForeignSqlite(path);
        } else if (kind == QLatin1String("truncated")) {
            makeTerritory(kind + QStringLiteral(".maillage"));
            const QByteArray all = readBytes(path);
            writeBytes(path, all.left(all.size() / 2));
        } else if (kind == QLatin1String("corrupted")) {
            makeTerritory(kind + QStringLiteral(".maillage"));
            QByteArray all = readBytes(path);
            for (qsizetype i = 4096 * 3; i < all.size() - 4096; i += 7)
                all[i] = char(0xA5);
            writeBytes(path, all);
        } else if (kind == QLatin1String("newer")) {
            makeTerritory(kind + QStringLiteral(".maillage"), 3);
            setUserVersion(path, kSchemaVersion + 1);
        } else if (kind == QLatin1String("folder")) {
            QDir().mkpath(path);
        }
        const QByteArray before = readBytes(path);
        Store store;
        QString error;
        QVERIFY(!store.open(path, Store::Access::ReadWrite, &error));
        QCOMPARE(int(store.lastFailure()), failure);
        QVERIFY2(error.contains(words), qPrintable(error));
        QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
        QVERIFY(!store.isOpen());
        if (kind == QLatin1String("missing")) {
            QVERIFY(!QFileInfo::exists(path));
        } else if (kind != QLatin1String("folder")) {
            QCOMPARE(readBytes(path), before);
            QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
            QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
        }
    }

    void readOnlyFile()
    {
        const QString path = makeTerritory(QStringLiteral("readonly.maillage"), 5);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        const QByteArray before = readBytes(path);
        Document doc;
        QString error;
        QVERIFY2(doc.open(path, Store::Access::ReadWrite, &error), qPrintable(error));
        QVERIFY(doc.isReadOnly());
        QCOMPARE(doc.actors().size(), 5);
        Actor a;
        a.name = QStringLiteral("New");
        QVERIFY(!doc.addActor(a, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
        doc.close();
        QCOMPARE(readBytes(path), before);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void lockedByAnotherProcess()
    {
        const QString path = makeTerritory(QStringLiteral("locked.maillage"), 5);
        QProcess holder;
        holder.start(QStringLiteral(MAILLAGE_TEST_EDITOR), {QStringLiteral("hold"), path});
        QVERIFY(holder.waitForReadyRead(20000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("ready"));
        const QByteArray before = readBytes(path);
        for (Store::Access access : {Store::Access::ReadWrite, Store::Access::ReadOnly}) {
            Store store;
            QString error;
            QVERIFY(!store.open(path, access, &error));
            QCOMPARE(store.lastFailure(), Store::Failure::Locked);
            QVERIFY2(error.contains(QStringLiteral("another Maillage")), qPrintable(error));
        }
        QCOMPARE(readBytes(path), before);
        holder.kill();
        holder.waitForFinished();
        // Once the other process is gone the file opens again, intact.
        Store store;
        QString error;
        QVERIFY2(store.open(path, Store::Access::ReadWrite, &error), qPrintable(error));
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
        QCOMPARE(store.count(QStringLiteral("actor")), 5);
    }

    void migrationWritesBackupFirst()
    {
        const QString path = makeTerritory(QStringLiteral("old.maillage"), 4);
        Store::Options options;
        options.targetVersion = kSchemaVersion + 1;
        options.migrations = {{kSchemaVersion, [](QSqlDatabase &db, QString *error) {
                                   QSqlQuery q(db);
                                   const bool ok =
                                       q.exec(QStringLiteral("ALTER TABLE actor ADD COLUMN "
                                                             "nickname TEXT")) &&
                                       q.exec(QStringLiteral("UPDATE actor SET nickname = "
                                                             "upper(substr(name, 1, 5))"));
                                   if (!ok)
                                       *error = q.lastError().text();
                                   return ok;
                               }}};
        Store store;
        QString error;
        QVERIFY2(store.open(path, Store::Access::ReadWrite, &error, options), qPrintable(error));
        QCOMPARE(store.schemaVersion(), kSchemaVersion + 1);
        const QString backup = store.migrationBackupPath();
        QVERIFY(QFile::exists(backup));
        QVERIFY(backup.contains(QStringLiteral(".v%1-backup").arg(kSchemaVersion)));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT nickname FROM actor")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ACTOR"));
        q.finish();
        store.close();

        // The backup is the untouched old version, still readable by this build.
        Store old;
        QVERIFY2(old.open(backup, Store::Access::ReadOnly, &error), qPrintable(error));
        QCOMPARE(old.schemaVersion(), kSchemaVersion);
        QCOMPARE(old.count(QStringLiteral("actor")), 4);
    }

    // The shipped 1 -> 2 migration: a file written by version 1 (no workshop tables) opens,
    // is backed up, and gains the tables, with its data intact.
    void migratesVersion1Files()
    {
        const QString path = makeTerritory(QStringLiteral("version1.maillage"), 6);
        {
            const QString conn = QStringLiteral("downgrade");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                for (const char *t : {"interview_tower", "interview", "exercise_link_type",
                                      "exercise_category", "exercise", "saved_view", "snapshot"})
                    QVERIFY2(q.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(t))),
                             qPrintable(q.lastError().text()));
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
                db.close();
            }
            QSqlDatabase::removeDatabase(conn);
        }
        Store store;
        QString error;
        QVERIFY2(store.open(path, Store::Access::ReadWrite, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), 2);
        QVERIFY(store.migrationBackupPath().contains(QStringLiteral(".v1-backup")));
        QCOMPARE(store.count(QStringLiteral("actor")), 6);
        for (const TableInfo &t : schema::tables())
            QCOMPARE(store.count(t.name) >= 0, true);
        QSqlQuery q(store.database());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO snapshot (name, taken_at, content) "
                                       "VALUES ('before', '2026-11-29T08:00:00Z', '{}')")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }

    void failedMigrationChangesNothing()
    {
        const QString path = makeTerritory(QStringLiteral("badmigration.maillage"), 4);
        Store::Options options;
        options.targetVersion = kSchemaVersion + 1;
        options.migrations = {{kSchemaVersion, [](QSqlDatabase &db, QString *error) {
                                   QSqlQuery q(db);
                                   q.exec(QStringLiteral("DELETE FROM actor"));
                                   *error = QStringLiteral("test failure");
                                   return false;
                               }}};
        Store store;
        QString error;
        QVERIFY(!store.open(path, Store::Access::ReadWrite, &error, options));
        QVERIFY2(error.contains(QStringLiteral("test failure")), qPrintable(error));
        QVERIFY(store.open(path, Store::Access::ReadOnly, &error));
        QCOMPARE(store.schemaVersion(), kSchemaVersion);
        QCOMPARE(store.count(QStringLiteral("actor")), 4);
    }

    void saveCopyIsConsistentAndSelfContained()
    {
        const QString path = makeTerritory(QStringLiteral("original.maillage"), 10);
        Document doc;
        QString error;
        QVERIFY(doc.open(path, Store::Access::ReadWrite, &error));
        Actor a;
        a.name = QStringLiteral("Added before save as");
        QVERIFY(doc.addActor(a));
        const QString copy = tempPath(QStringLiteral("copy.maillage"));
        QFile::remove(copy);
        QVERIFY2(doc.saveAs(copy, &error), qPrintable(error));
        QCOMPARE(QFileInfo(doc.path()).fileName(), QStringLiteral("copy.maillage"));
        // Undo still works after switching to the copy, and only changes the copy.
        QVERIFY(doc.undoStack()->canUndo());
        doc.undoStack()->undo();
        QCOMPARE(doc.actors().size(), 10);
        doc.close();
        Store original;
        QVERIFY(original.open(path, Store::Access::ReadOnly, &error));
        QCOMPARE(original.count(QStringLiteral("actor")), 11);
        const QByteArray header = readBytes(copy).left(20);
        QCOMPARE(int(header.at(18)), 1);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
