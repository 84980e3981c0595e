#include "testsupport.h"
#include "store/schema.h"

#include <QFile>
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
