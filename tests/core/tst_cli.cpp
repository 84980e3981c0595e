#include "testsupport.h"
#include "core/store/schema.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <cstdio>
#include <utility>

#include <cstring>

#include <dirent.h>
#include <sys/stat.h>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace maillage;
using test::runCli;
using test::tempPath;

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void newInfoSample()
    {
        const QString path = tempPath(QStringLiteral("cli-new.maillage"));
        auto r = runCli({QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("Épinal")});
        QCOMPARE(r.exitCode, 0);
        r = runCli({QStringLiteral("info"), path, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(info.value(QStringLiteral("territory")).toString(), QStringLiteral("Épinal"));
        QCOMPARE(info.value(QStringLiteral("schema_version")).toInt(), kSchemaVersion);
        QCOMPARE(info.value(QStringLiteral("counts")).toObject().value(QStringLiteral("categories")).toInt(), 8);

        const QString sample = tempPath(QStringLiteral("cli-sample.maillage"));
        r = runCli({QStringLiteral("sample"), sample});
        QCOMPARE(r.exitCode, 0);
        r = runCli({QStringLiteral("info"), sample, QStringLiteral("--json")});
        const QJsonObject counts = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("counts")).toObject();
        QVERIFY(counts.value(QStringLiteral("actors")).toInt() >= 25);
        QVERIFY(counts.value(QStringLiteral("links")).toInt() >= 40);
        QVERIFY(counts.value(QStringLiteral("meetings")).toInt() >= 5);

        r = runCli({QStringLiteral("info"), sample});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Mirecourt (démo)")));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("words");
        const QString missing = tempPath(QStringLiteral("nope.maillage"));
        const QString text = tempPath(QStringLiteral("text.maillage"));
        QTest::newRow("no command") << QStringList{} << 2 << "Usage";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << "unknown command";
        QTest::newRow("missing file") << QStringList{"info", missing} << 1 << "does not exist";
        QTest::newRow("not sqlite") << QStringList{"info", text} << 1 << "not a SQLite";
        QTest::newRow("missing argument") << QStringList{"info"} << 2 << "missing argument";
        QTest::newRow("bad option") << QStringList{"info", missing, "--frob"} << 2 << "frob";
        QTest::newRow("new over existing") << QStringList{"new", text} << 1 << "already exists";
        // A folder that cannot be written, even by root: one line, no warning from Qt.
        QTest::newRow("new in a folder that cannot be written")
            << QStringList{"new", "/proc/maillage-test.maillage"} << 1 << "cannot be written";
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, words);
        const QString text = tempPath(QStringLiteral("text.maillage"));
        test::writeBytes(text, "hello\n");
        const QByteArray before = test::readBytes(text);
        const auto r = runCli(args);
        QCOMPARE(r.exitCode, status);
        QVERIFY2(r.err.contains(words), qPrintable(r.err));
        if (status == 1) {
            QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);  // one line
            QVERIFY(r.err.startsWith(QStringLiteral("maillage-cli: ")));
        }
        QCOMPARE(test::readBytes(text), before);
    }

    // Write commands refuse a read-only territory and leave it byte for byte as it was.
    void writeCommandsRefuseReadOnly_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("layout") << QStringList{"layout", "@", "--algorithm", "circle"};
        QTest::newRow("erase") << QStringList{"erase", "@", "Odile Ferry", "--yes"};
        QTest::newRow("pseudonymize") << QStringList{"pseudonymize", "@", "Odile Ferry"};
    }
    void writeCommandsRefuseReadOnly()
    {
        QFETCH(QStringList, args);
        const QString path = tempPath(QStringLiteral("readonly-%1.maillage").arg(QTest::currentDataTag()));
        QFile::remove(path);
        QCOMPARE(runCli({QStringLiteral("sample"), path}).exitCode, 0);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
        const QByteArray before = test::readBytes(path);
        args.replaceInStrings(QStringLiteral("@"), path);
        const auto r = runCli(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("read-only")), qPrintable(r.err));
        QCOMPARE(test::readBytes(path), before);
        // Reading still works.
        QCOMPARE(runCli({QStringLiteral("info"), path}).exitCode, 0);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    // Files of the earlier formats that can be written are upgraded by any command, reading
    // ones included, never called read-only (their fixtures are kept in tests/data/store).
    void olderFormatsOpenWithEveryCommand_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QStringList>("args");
        for (const char *f :
             {"mirecourt-v1.maillage", "mirecourt-v2.maillage", "mirecourt-v3.maillage",
              "mirecourt-v4.maillage"}) {
            const QString fixture = QString::fromLatin1(f);
            QTest::addRow("%s info", f) << fixture << QStringList{"info", "@", "--json"};
            QTest::addRow("%s export", f) << fixture << QStringList{"export", "@", "%.graphml"};
            QTest::addRow("%s metrics", f) << fixture << QStringList{"metrics", "@", "--json"};
            QTest::addRow("%s layout", f) << fixture << QStringList{"layout", "@", "--algorithm", "circle"};
            QTest::addRow("%s erase", f) << fixture << QStringList{"erase", "@", "Odile Ferry", "--yes"};
        }
    }
    void olderFormatsOpenWithEveryCommand()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, args);
        const QString path = tempPath(QStringLiteral("older-%1.maillage").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        QFile::remove(path);
        QVERIFY(QFile::copy(test::dataPath(QStringLiteral("store/") + fixture), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        args.replaceInStrings(QStringLiteral("@"), path);
        args.replaceInStrings(QStringLiteral("%"), path);
        const auto r = runCli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("read-only")), qPrintable(r.err));
        const auto info = runCli({QStringLiteral("info"), path, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("schema_version")).toInt(),
                 kSchemaVersion);
    }

    // A file name that is not valid UTF-8 (a file from a system in another encoding) opens:
    // any file that exists can be named on the command line.
    void fileNameNotUtf8()
    {
        const QString folder = tempPath(QStringLiteral("latin1"));
        QDir().mkpath(folder);
        const QByteArray raw = QFile::encodeName(folder) + "/bad-\xff.maillage";
        const QString sample = tempPath(QStringLiteral("for-latin1.maillage"));
        QFile::remove(sample);
        QCOMPARE(runCli({QStringLiteral("sample"), sample}).exitCode, 0);
        {
            QFile in(sample);
            QVERIFY(in.open(QIODevice::ReadOnly));
            const QByteArray bytes = in.readAll();
            FILE *out = std::fopen(raw.constData(), "wb");
            QVERIFY(out);
            QCOMPARE(std::fwrite(bytes.constData(), 1, size_t(bytes.size()), out), size_t(bytes.size()));
            std::fclose(out);
        }
        // QProcess passes strings as UTF-8: the shell passes the raw bytes.
        auto run = [&](const QString &command) {
            QProcess p;
            p.start(QStringLiteral("/bin/sh"),
                    {QStringLiteral("-c"), QStringLiteral("exec \"$MAILLAGE_CLI\" %1 \"$(printf '%2/bad-\\377.maillage')\" %3")
                                               .arg(command.section(QLatin1Char(' '), 0, 0), folder,
                                                    command.section(QLatin1Char(' '), 1))});
            p.waitForFinished(60000);
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput()));
        };
        auto [status, text] = run(QStringLiteral("info --json"));
        QVERIFY2(status == 0, qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Mirecourt")), qPrintable(text));
        std::tie(status, text) = run(QStringLiteral("layout --algorithm circle"));
        QVERIFY2(status == 0, qPrintable(text));
        // The file was written where it is, and nothing is left beside it (counted with
        // readdir: Qt leaves out names it cannot decode).
        int entries = 0;
        if (DIR *d = ::opendir(QFile::encodeName(folder).constData())) {
            while (const dirent *e = ::readdir(d))
                entries += std::strcmp(e->d_name, ".") != 0 && std::strcmp(e->d_name, "..") != 0;
            ::closedir(d);
        }
        QCOMPARE(entries, 1);
        struct stat st;
        QCOMPARE(::stat(raw.constData(), &st), 0);
        QVERIFY(st.st_size > 0);
    }

    void frenchMessages()
    {
        qputenv("MAILLAGE_LANG", "fr");
        const auto r = runCli({QStringLiteral("info"), tempPath(QStringLiteral("absent.maillage"))});
        qunsetenv("MAILLAGE_LANG");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("n’existe pas")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
