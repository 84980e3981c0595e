#include "core/document/document.h"
#include "core/store/store.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
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

/// Files beside `path` named after it (its log, journal, shared memory…).
QStringList sideFiles(const QString &path)
{
    const QFileInfo info(path);
    return QDir(info.absolutePath())
        .entryList({info.fileName() + QStringLiteral("-*")}, QDir::Files | QDir::Hidden);
}

/// Leaves `path` as a program killed in the middle of its work leaves it: the test editor
/// child makes edits until it is killed, with its write-ahead log not yet folded back.
void leaveUnfinished(const QString &path)
{
    QProcess child;
    child.start(QStringLiteral(MAILLAGE_TEST_EDITOR), {QStringLiteral("edit"), path});
    QVERIFY(child.waitForStarted());
    int added = 0;
    while (added < 40 && child.waitForReadyRead(20000))
        while (child.canReadLine())
            if (child.readLine().startsWith("added"))
                ++added;
    child.kill();
    child.waitForFinished();
    QVERIFY2(QFileInfo(path + QStringLiteral("-wal")).size() > 0, "the kill left no log");
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
        // Closed: one self-contained file, nothing beside it; the file keeps its write-ahead
        // log switched on (header bytes 18-19), so no open or close has to switch it.
        QCOMPARE(sideFiles(path), QStringList());
        const QByteArray header = readBytes(path).left(20);
        QCOMPARE(int(header.at(18)), 2);
        QCOMPARE(int(header.at(19)), 2);
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

    // A file cut inside its last page (or by whole pages) is refused before anything is
    // written to it, whichever way it is opened.
    void truncatedIsRefused_data()
    {
        QTest::addColumn<int>("cut");
        QTest::newRow("last byte") << 1;
        QTest::newRow("100 bytes") << 100;
        QTest::newRow("all but one byte of the last page") << 4095;
        QTest::newRow("a whole page") << 4096;
        QTest::newRow("three pages and a bit") << 3 * 4096 + 17;
    }
    void truncatedIsRefused()
    {
        QFETCH(int, cut);
        const QString path = makeTerritory(QStringLiteral("cut.maillage"), 40);
        QByteArray all = readBytes(path);
        QVERIFY(all.size() > cut + 8192);
        all.chop(cut);
        writeBytes(path, all);
        for (Store::Access access : {Store::Access::ReadWrite, Store::Access::ReadOnly}) {
            Store store;
            QString error;
            QVERIFY(!store.open(path, access, &error));
            QCOMPARE(store.lastFailure(), Store::Failure::Damaged);
            QVERIFY2(error.contains(QStringLiteral("cut short")), qPrintable(error));
            QVERIFY(!error.contains(QLatin1Char('\n')));
            QCOMPARE(readBytes(path), all);
            QCOMPARE(sideFiles(path), QStringList());
        }
    }

    // Integrity rows hold line breaks; the message is one line all the same.
    void damagedMessageIsOneLine()
    {
        const QString path = makeTerritory(QStringLiteral("scrambled.maillage"), 300);
        QByteArray all = readBytes(path);
        for (qsizetype i = 4096 * 2 + 100; i < all.size() - 4096; i += 13)
            all[i] = char(0x5A);
        writeBytes(path, all);
        Store store;
        QString error;
        QVERIFY(!store.open(path, Store::Access::ReadOnly, &error));
        QCOMPARE(store.lastFailure(), Store::Failure::Damaged);
        QVERIFY2(!error.contains(QLatin1Char('\n')) && !error.contains(QLatin1Char('\r')),
                 qPrintable(error));
        QCOMPARE(readBytes(path), all);
    }

    // A program killed while writing leaves its log; any open completes it, a read too, and
    // nothing is left beside the file once closed.
    void unfinishedFileIsCompletedByAnyOpen_data()
    {
        QTest::addColumn<bool>("write");
        QTest::newRow("read") << false;
        QTest::newRow("write") << true;
    }
    void unfinishedFileIsCompletedByAnyOpen()
    {
        QFETCH(bool, write);
        const QString path = makeTerritory(QStringLiteral("unfinished.maillage"), 3);
        leaveUnfinished(path);
        Store store;
        QString error;
        QVERIFY2(store.open(path, write ? Store::Access::ReadWrite : Store::Access::ReadOnly,
                            &error),
                 qPrintable(error));
        QCOMPARE(store.isReadOnly(), !write);
        QVERIFY(store.count(QStringLiteral("actor")) >= 3 + 40);
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
        store.close();
        QCOMPARE(sideFiles(path), QStringList());
    }

    // A file that cannot be written and was left unfinished cannot be completed: one line
    // says so, and names the log to copy with it. Nothing is changed.
    void unfinishedReadOnlyFileIsRefusedInOneLine()
    {
        const QString path = makeTerritory(QStringLiteral("unfinished-ro.maillage"), 3);
        leaveUnfinished(path);
        const QByteArray before = readBytes(path);
        const QByteArray log = readBytes(path + QStringLiteral("-wal"));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        for (Store::Access access : {Store::Access::ReadWrite, Store::Access::ReadOnly}) {
            Store store;
            QString error;
            QVERIFY(!store.open(path, access, &error));
            QCOMPARE(store.lastFailure(), Store::Failure::NeedsRecovery);
            QVERIFY2(error.contains(QStringLiteral("unfinished-ro.maillage-wal")), qPrintable(error));
            QVERIFY(!error.contains(QLatin1Char('\n')));
        }
        QCOMPARE(readBytes(path), before);
        QCOMPARE(readBytes(path + QStringLiteral("-wal")), log);
        QCOMPARE(sideFiles(path), QStringList{QStringLiteral("unfinished-ro.maillage-wal")});
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    // Opening and closing, to read or to write, leaves no file beside the territory.
    void noSideFileAfterAnyOpen_data()
    {
        QTest::addColumn<int>("access");
        QTest::addColumn<bool>("markedReadOnly");
        QTest::newRow("write") << int(Store::Access::ReadWrite) << false;
        QTest::newRow("read") << int(Store::Access::ReadOnly) << false;
        QTest::newRow("read-only file") << int(Store::Access::ReadOnly) << true;
    }
    void noSideFileAfterAnyOpen()
    {
        QFETCH(int, access);
        QFETCH(bool, markedReadOnly);
        const QString path = makeTerritory(QStringLiteral("sides.maillage"), 3);
        if (markedReadOnly)
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        const QByteArray before = readBytes(path);
        {
            Store store;
            QString error;
            QVERIFY2(store.open(path, Store::Access(access), &error), qPrintable(error));
            QCOMPARE(store.count(QStringLiteral("actor")), 3);
            if (markedReadOnly)
                QCOMPARE(sideFiles(path), QStringList());
        }
        QCOMPARE(sideFiles(path), QStringList());
        if (Store::Access(access) == Store::Access::ReadOnly)
            QCOMPARE(readBytes(path), before);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    // Files written by the previous formats, kept as they were written (tests/data/store),
    // open for reading and for writing: a writable one is upgraded after its backup copy,
    // never called read-only; a read-only one is refused with a line that says why.
    /// Every table's columns (with their declared types) and every index, as SQLite reads them.
    static QStringList schemaOf(const Store &store)
    {
        QStringList out;
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT type, name FROM sqlite_master WHERE name NOT LIKE "
                              "'sqlite_%' ORDER BY type, name"));
        QList<QPair<QString, QString>> objects;
        while (q.next())
            objects << qMakePair(q.value(0).toString(), q.value(1).toString());
        for (const auto &[type, name] : objects) {
            out << type + QLatin1Char(' ') + name;
            if (type != QLatin1String("table"))
                continue;
            QSqlQuery c(store.database());
            c.exec(QStringLiteral("PRAGMA table_info(%1)").arg(name));
            while (c.next())
                out << name + QLatin1Char('.') + c.value(1).toString() + QLatin1Char(' ') +
                           c.value(2).toString() + QLatin1Char(' ') + c.value(3).toString();
        }
        return out;
    }

    void olderFormatFiles_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("access");
        for (const char *f :
             {"mirecourt-v1.maillage", "mirecourt-v2.maillage", "mirecourt-v3.maillage",
              "mirecourt-v4.maillage"}) {
            QTest::addRow("%s read", f) << QString::fromLatin1(f) << int(Store::Access::ReadOnly);
            QTest::addRow("%s write", f) << QString::fromLatin1(f) << int(Store::Access::ReadWrite);
        }
    }
    void olderFormatFiles()
    {
        QFETCH(QString, fixture);
        QFETCH(int, access);
        const QString path = tempPath(QStringLiteral("older.maillage"));
        QDir dir(QFileInfo(path).absolutePath());
        for (const QString &f : dir.entryList({QStringLiteral("older*")}))
            dir.remove(f);
        QVERIFY(QFile::copy(test::dataPath(QStringLiteral("store/") + fixture), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray original = readBytes(path);
        const int oldVersion = fixture.mid(fixture.indexOf(QStringLiteral("-v")) + 2, 1).toInt();
        {
            Store store;
            QString error;
            QVERIFY2(store.open(path, Store::Access(access), &error), qPrintable(error));
            QCOMPARE(store.schemaVersion(), kSchemaVersion);
            QCOMPARE(store.isReadOnly(), Store::Access(access) == Store::Access::ReadOnly);
            QVERIFY(store.count(QStringLiteral("actor")) > 20);
            QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
            const QString backup = store.migrationBackupPath();
            QVERIFY(backup.contains(QStringLiteral(".v%1-backup").arg(oldVersion)));
            QCOMPARE(readBytes(backup).size() > 0, true);
        }
        QCOMPARE(sideFiles(path), QStringList());
        // The upgraded file has the very tables, columns and indexes of a new file.
        if (Store::Access(access) == Store::Access::ReadWrite) {
            Store fresh, upgraded;
            const QString freshPath = tempPath(QStringLiteral("older-fresh.maillage"));
            QFile::remove(freshPath);
            QVERIFY(fresh.create(freshPath, QStringLiteral("F")));
            QVERIFY(upgraded.open(path, Store::Access::ReadOnly));
            QCOMPARE(schemaOf(upgraded), schemaOf(fresh));
            QVERIFY(schemaOf(fresh).join(QLatin1Char('\n')).contains(QStringLiteral("field.personal")));
            QVERIFY(schemaOf(fresh).contains(QStringLiteral("index actor_field_value_field")));
            QVERIFY(schemaOf(fresh).join(QLatin1Char('\n')).contains(QStringLiteral("statistic.geography_year")));
            QVERIFY(schemaOf(fresh).contains(QStringLiteral("index statistic_geo")));
            QVERIFY(schemaOf(fresh).join(QLatin1Char('\n')).contains(QStringLiteral("actor.location_precision")));
            QVERIFY(schemaOf(fresh).join(QLatin1Char('\n')).contains(QStringLiteral("erased_import.digest")));
        }
        // The backup copy is the old file as it was: its format version (header bytes 60-63)
        // is the old one.
        const QString backupPath =
            dir.filePath(QStringLiteral("older.v%1-backup.maillage").arg(oldVersion));
        const QByteArray backupHeader = readBytes(backupPath).left(100);
        QCOMPARE(backupHeader.size(), 100);
        QCOMPARE(int(quint8(backupHeader.at(63))), oldVersion);
        QString error;

        // A read-only copy of the old file cannot be upgraded: one line, nothing changed.
        const QString ro = tempPath(QStringLiteral("older-ro.maillage"));
        QFile::remove(ro);
        writeBytes(ro, original);
        QFile::setPermissions(ro, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        Store store;
        QVERIFY(!store.open(ro, Store::Access(access), &error));
        QCOMPARE(store.lastFailure(), Store::Failure::ReadOnlyNeedsUpgrade);
        QVERIFY(!error.contains(QLatin1Char('\n')));
        QCOMPARE(readBytes(ro), original);
        QFile::setPermissions(ro, QFile::ReadOwner | QFile::WriteOwner);
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
        // The copy was opened for writing: it keeps its log switched on, and nothing beside.
        const QByteArray header = readBytes(copy).left(20);
        QCOMPARE(int(header.at(18)), 2);
        QCOMPARE(sideFiles(copy), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
