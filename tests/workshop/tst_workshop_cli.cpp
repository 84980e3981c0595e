// maillage-cli compare (and diff): JSON keys, text output, errors.
#include "core/io/sample.h"
#include "core/store/store.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace maillage;

namespace {
#define K(s) QStringLiteral(s)
} // namespace

class TestWorkshopCli : public QObject
{
    Q_OBJECT

    int counter = 0;

    /// A .maillage file built from tests/data/workshop/NAME.json.
    QString crafted(const QString &name)
    {
        const QString path = test::tempPath(K("%1-%2.maillage").arg(name).arg(++counter));
        QString error;
        Store store;
        if (!store.create(path, name, &error) ||
            !loadKeyedJson(store, test::readBytes(test::dataPath(K("workshop/%1.json").arg(name))),
                           name + K(".json"), &error))
            qFatal("%s", qPrintable(error));
        store.close();
        return path;
    }

    static QSet<QString> keys(const QJsonObject &o)
    {
        const QStringList k = o.keys();
        return QSet<QString>(k.cbegin(), k.cend());
    }

private slots:
    void compareJson()
    {
        const QString reference = crafted(K("reference"));
        const QString a = crafted(K("group-a"));
        const QString b = crafted(K("group-b"));
        const auto r = test::runCli({K("compare"), reference, a, b, K("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonArray maps = o.value(K("maps")).toArray();
        QCOMPARE(maps.size(), 2);
        const QJsonObject first = maps.at(0).toObject();
        QVERIFY(keys(first).contains(QSet<QString>{K("file"), K("actors"), K("links"),
                                                   K("category_agreement"), K("influence")}));
        QCOMPARE(first.value(K("file")).toString(), a);
        const QSet<QString> scoreKeys{K("reference"), K("candidate"), K("matched"),
                                      K("precision"), K("recall"),    K("f1"),
                                      K("missing"),   K("extra")};
        const QJsonObject actors = first.value(K("actors")).toObject();
        const QJsonObject links = first.value(K("links")).toObject();
        QVERIFY(keys(actors).contains(scoreKeys));
        QVERIFY(keys(links).contains(scoreKeys));
        QCOMPARE(actors.value(K("reference")).toInt(), 6);
        QCOMPARE(actors.value(K("candidate")).toInt(), 5);
        QCOMPARE(actors.value(K("matched")).toInt(), 4);
        QCOMPARE(actors.value(K("precision")).toDouble(), 0.8);
        QCOMPARE(actors.value(K("missing")).toArray(),
                 (QJsonArray{K("Odile Ferry"), K("SCIC Utopic & Co")}));
        QCOMPARE(actors.value(K("extra")).toArray(), QJsonArray{K("Pôle emploi")});
        QCOMPARE(links.value(K("matched")).toInt(), 3);
        QCOMPARE(links.value(K("f1")).toDouble(), 6.0 / 11);
        const QJsonObject missingLink = links.value(K("missing")).toArray().at(0).toObject();
        QCOMPARE(missingLink.value(K("source")).toString(), K("Café L'UtopiC"));
        QCOMPARE(missingLink.value(K("target")).toString(), K("SCIC Utopic & Co"));
        QCOMPARE(missingLink.value(K("type")).toString(), K("Partnership"));
        QCOMPARE(first.value(K("category_agreement")).toDouble(), 0.75);
        QCOMPARE(first.value(K("influence")).toObject().value(K("mean_abs_difference")).toDouble(),
                 0.5);

        const QJsonObject summary = o.value(K("summary")).toObject();
        QVERIFY(keys(summary).contains(QSet<QString>{K("most_missed"), K("disagreements")}));
        QCOMPARE(summary.value(K("maps")).toInt(), 2);
        const QJsonArray missed =
            summary.value(K("most_missed")).toObject().value(K("actors")).toArray();
        // With two maps, "most" means at least one of them.
        QCOMPARE(missed.size(), 3);
        const QJsonArray disagreements =
            summary.value(K("disagreements")).toObject().value(K("actors")).toArray();
        QCOMPARE(disagreements.size(), 1);
        QCOMPARE(disagreements.at(0).toObject().value(K("name")).toString(), K("Café L'UtopiC"));
    }

    void compareText()
    {
        const QString sample = test::tempPath(K("cli-sample.maillage"));
        QString error;
        QVERIFY2(writeSample(sample, &error), qPrintable(error));
        const auto r = test::runCli({K("compare"), sample, sample});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(K("Precision                1.00     1.00")), qPrintable(r.out));
        QVERIFY(r.out.contains(K("Category agreement: 100%")));
        QVERIFY(r.out.contains(K("Nothing missed by most maps, no disagreement.")));

        const auto crafted2 = test::runCli({K("compare"), crafted(K("reference")),
                                            crafted(K("group-b"))});
        QCOMPARE(crafted2.exitCode, 0);
        QVERIFY2(crafted2.out.contains(K("Mairie de Mirecourt (written “Mairie de Mirecour”)")),
                 qPrintable(crafted2.out));
        QVERIFY(crafted2.out.contains(K("Institut Beau Joly")));
    }

    void compareErrors()
    {
        const QString reference = crafted(K("reference"));
        const auto usage = test::runCli({K("compare"), reference});
        QCOMPARE(usage.exitCode, 2);
        const QString missing = test::tempPath(K("absent.maillage"));
        const auto absent = test::runCli({K("compare"), reference, missing});
        QCOMPARE(absent.exitCode, 1);
        QVERIFY2(absent.err.contains(K("absent.maillage")), qPrintable(absent.err));
        QVERIFY(absent.out.isEmpty());
        const QString notMap = test::tempPath(K("notes.txt"));
        test::writeBytes(notMap, "hello\n");
        const auto bad = test::runCli({K("compare"), notMap, reference});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(K("notes.txt")), qPrintable(bad.err));
        QCOMPARE(test::readBytes(notMap), QByteArray("hello\n"));
    }

    void diffFiles()
    {
        const auto r = test::runCli(
            {K("diff"), crafted(K("reference")), crafted(K("group-b")), K("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject actors = o.value(K("actors")).toObject();
        const QJsonObject links = o.value(K("links")).toObject();
        QVERIFY(keys(actors).contains(QSet<QString>{K("appeared"), K("left")}));
        QVERIFY(keys(links).contains(
            QSet<QString>{K("appeared"), K("strengthened"), K("weakened"), K("disappeared")}));
        QCOMPARE(actors.value(K("appeared")).toArray().at(0).toObject().value(K("name")).toString(),
                 K("Institut Beau Joly"));
        QCOMPARE(actors.value(K("left")).toArray().at(0).toObject().value(K("name")).toString(),
                 K("Institut de Beau Joly"));
        QCOMPARE(links.value(K("disappeared")).toArray().size(), 2);
    }

    void diffDates()
    {
        const QString timeline = crafted(K("timeline"));
        const auto r = test::runCli({K("diff"), timeline, K("--from"), K("2018-06-30"),
                                     K("--to"), K("2018-07-01"), K("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(K("from")).toString(), K("2018-06-30"));
        QCOMPARE(o.value(K("to")).toString(), K("2018-07-01"));
        const QJsonArray strengthened =
            o.value(K("links")).toObject().value(K("strengthened")).toArray();
        QCOMPARE(strengthened.size(), 1);
        QCOMPARE(strengthened.at(0).toObject().value(K("strength_before")).toInt(), 2);
        QCOMPARE(strengthened.at(0).toObject().value(K("strength_after")).toInt(), 4);

        const auto text = test::runCli({K("diff"), timeline, K("--from"), K("2018-06-30"),
                                        K("--to"), K("2018-07-01")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(K("Café associatif — Mairie (Partnership): strength 2 → 4")),
                 qPrintable(text.out));
        QVERIFY(text.out.contains(K("Amicale des anciens (Association)")));
        const auto none = test::runCli({K("diff"), timeline, K("--from"), K("2017-09-01"),
                                        K("--to"), K("2018-06-30")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.contains(K("No change.")));
    }

    void diffErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("one file") << QStringList{} << K("--from");
        QTest::newRow("bad date") << QStringList{K("--from"), K("2018-02-30")} << K("2018-02-30");
        QTest::newRow("bad to") << QStringList{K("--from"), K("2018-01-01"), K("--to"), K("soon")}
                                << K("soon");
        QTest::newRow("reversed") << QStringList{K("--from"), K("2018-02-01"), K("--to"),
                                                 K("2018-01-01")}
                                  << K("before");
        QTest::newRow("to alone") << QStringList{K("--to"), K("2018-01-01")} << K("--from");
    }
    void diffErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto r = test::runCli(QStringList{K("diff"), crafted(K("timeline"))} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkshopCli)
#include "tst_workshop_cli.moc"
