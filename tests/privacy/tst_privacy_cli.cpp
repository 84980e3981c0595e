#include "core/document/document.h"
#include "core/io/sample.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

using namespace maillage;

namespace {
#define K(s) QStringLiteral(s)

QByteArray withSideFiles(const QString &path)
{
    return test::readBytes(path) + test::readBytes(path + K("-wal")) +
           test::readBytes(path + K("-journal"));
}
} // namespace

class TestPrivacyCli : public QObject
{
    Q_OBJECT

    int counter = 0;
    QString sample()
    {
        const QString path = test::tempPath(K("cli-%1.maillage").arg(++counter));
        QString error;
        if (!writeSample(path, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }

private slots:
    // An export with --anonymize holds no person's name anywhere in its bytes, wherever the
    // name was written: a tag, a category, a link type, a theme, the territory's name and
    // author, besides the actors' own fields and notes.
    void anonymizedExportsHoldNoName_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("format");  // empty: from the suffix
        for (const char *s : {"json", "graphml", "gexf", "csv"})
            QTest::newRow(s) << QString::fromLatin1(s) << QString();
        QTest::newRow("kumu") << K("json") << K("kumu");
        QTest::newRow("kumu-csv") << K("csv") << K("kumu-csv");
    }
    void anonymizedExportsHoldNoName()
    {
        QFETCH(QString, suffix);
        QFETCH(QString, format);
        const QString path = sample();
        {
            Document doc;
            QString error;
            QVERIFY2(doc.open(path, Store::Access::ReadWrite, &error), qPrintable(error));
            QSqlQuery q(doc.store().database());
            for (const char *sql :
                 {"UPDATE tag SET name = 'Suivi par Odile Ferry' WHERE id = (SELECT min(id) FROM tag)",
                  "INSERT OR IGNORE INTO actor_tag (actor_id, tag_id) "
                  "VALUES ((SELECT min(id) FROM actor), (SELECT min(id) FROM tag))",
                  "UPDATE category SET name = 'Amis d''Odile Ferry' WHERE id = (SELECT min(id) FROM category)",
                  "UPDATE link_type SET name = 'Voisin d''Odile Ferry' WHERE id = (SELECT min(id) FROM link_type)",
                  "UPDATE theme SET name = 'Thème d''Odile Ferry' WHERE id = (SELECT min(id) FROM theme)",
                  "UPDATE territory SET author = 'Odile Ferry', name = 'Mirecourt selon Odile Ferry'"})
                QVERIFY2(q.exec(QString::fromUtf8(sql)), sql);
        }
        const QString out = test::tempPath(K("anonymized.") + suffix);
        const QString dir = QFileInfo(out).absolutePath();
        for (const QString &f : QDir(dir).entryList({K("anonymized*")}, QDir::Files))
            QFile::remove(dir + QLatin1Char('/') + f);
        QStringList args{K("export"), path, out, K("--anonymize")};
        if (!format.isEmpty())
            args << K("--format") << format;
        const auto r = test::runCli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QByteArray all;
        for (const QString &f : QDir(QFileInfo(out).absolutePath())
                                    .entryList({K("anonymized*")}, QDir::Files))
            all += test::readBytes(QFileInfo(out).absolutePath() + QLatin1Char('/') + f);
        QVERIFY(!all.isEmpty());
        if (format == QLatin1String("kumu-csv"))  // both sheets were written
            QVERIFY(all.contains("ID,Label,") && all.contains("ID,From,To,"));
        QVERIFY2(!all.contains("Odile"), qPrintable(suffix));
        QVERIFY2(!all.contains("Ferry"), qPrintable(suffix));
    }

    void personsJson()
    {
        const QString path = sample();
        const auto r = test::runCli({K("persons"), path, K("--json"), K("--as-of"), K("2026-11-29")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray persons = o.value(K("persons")).toArray();
        QCOMPARE(persons.size(), 12);
        QCOMPARE(persons.at(0).toObject().value(K("name")).toString(), K("Martine Jacquot"));
        QCOMPARE(persons.at(1).toObject().value(K("name")).toString(), K("Odile Ferry"));
        QCOMPARE(persons.at(1).toObject().value(K("issues")).toArray().at(0).toObject()
                     .value(K("code")).toString(),
                 K("expired"));
        QVERIFY(!persons.at(2).toObject().value(K("needs_attention")).toBool());
    }

    void personsText()
    {
        const auto r = test::runCli({K("persons"), sample(), K("--as-of"), K("2026-11-29")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(K("Persons: 12, needing attention: 2")));
        const auto bad = test::runCli({K("persons"), sample(), K("--as-of"), K("yesterday")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(K("yesterday")));
    }

    void erasePreviewChangesNothing()
    {
        const QString path = sample();
        const QByteArray before = test::readBytes(path);
        const auto r = test::runCli({K("erase"), path, K("claire mougenot")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.contains(K("Claire Mougenot")));
        QVERIFY(r.out.contains(K("--yes")));
        const auto info = test::runCli({K("info"), path, K("--json")});
        const QJsonObject counts =
            QJsonDocument::fromJson(info.out.toUtf8()).object().value(K("counts")).toObject();
        QCOMPARE(counts.value(K("actors")).toInt(), 34);
        QVERIFY(withSideFiles(path).contains("Claire Mougenot"));
        QCOMPARE(test::readBytes(path), before);
    }

    void eraseForReal()
    {
        const QString path = sample();
        const auto r = test::runCli({K("erase"), path, K("Claire Mougenot"), K("--yes")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QByteArray bytes = withSideFiles(path);
        QVERIFY(bytes.size() > 0);
        QVERIFY(!bytes.contains("Claire Mougenot"));
        QVERIFY(!bytes.contains("claire.mougenot@example.org"));
        QVERIFY(bytes.contains("Odile Ferry"));
        QVERIFY(!QFile::exists(path + K("-wal")));
        const auto again = test::runCli({K("erase"), path, K("Claire Mougenot"), K("--yes")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(K("Claire Mougenot")));
    }

    // An erasure killed between its commit and its purge: running erase again finishes the
    // purge and says so; the preview before it tells that it is pending.
    void eraseAgainFinishesKilledPurge_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("erase") << K("erase");
        QTest::newRow("pseudonymize") << K("pseudonymize");
    }
    void eraseAgainFinishesKilledPurge()
    {
        QFETCH(QString, mode);
        const QString path = sample();
        QProcess child;
        child.start(QStringLiteral(MAILLAGE_TEST_ERASE_CHILD), {mode, path, K("Claire Mougenot")});
        QVERIFY(child.waitForStarted());
        QByteArray said;
        while (!(said += child.readAllStandardOutput()).contains("committed"))
            QVERIFY2(child.waitForReadyRead(60000), child.readAllStandardError().constData());
        child.kill();
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY(withSideFiles(path).contains("Claire Mougenot"));  // the test can fail

        const auto preview = test::runCli({K("erase"), path, K("Claire Mougenot")});
        QVERIFY2(preview.out.contains(K("was stopped before its purge")), qPrintable(preview.out + preview.err));
        // (Opening the file, even to preview, folds back the log the kill left; the purge
        // itself is still pending, as the next run shows.)

        const auto r = test::runCli({K("erase"), path, K("Claire Mougenot"), K("--yes")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(K("Finished the purge of an earlier erasure")), qPrintable(r.out + r.err));
        const QByteArray bytes = withSideFiles(path);
        QVERIFY(!bytes.contains("Claire Mougenot"));
        QVERIFY(!bytes.contains("claire.mougenot@example.org"));
        QVERIFY(bytes.contains("Odile Ferry"));
        QVERIFY(!QFile::exists(path + K("-wal")));
        // Once only: a further run has nothing to finish.
        const auto again = test::runCli({K("erase"), path, K("Claire Mougenot"), K("--yes")});
        QVERIFY(!again.out.contains(K("Finished the purge")));
        Document doc;
        QVERIFY(doc.open(path, Store::Access::ReadOnly));
        QCOMPARE(doc.store().row(K("territory"), 1)->value(K("purge_pending")).toInt(), 0);
    }

    void eraseAmbiguousOrUnknown()
    {
        const QString path = sample();
        {
            Document doc;
            QVERIFY(doc.open(path));
            Actor twin;
            twin.name = K("Odile FERRY");
            QVERIFY(doc.addActor(twin));
        }
        const QByteArray before = test::readBytes(path);
        const auto amb = test::runCli({K("erase"), path, K("odile ferry"), K("--yes")});
        QCOMPARE(amb.exitCode, 1);
        QVERIFY2(amb.err.contains(K("Give the id")), qPrintable(amb.err));
        QCOMPARE(amb.err.count(QLatin1Char('\n')), 1);
        const auto unknown = test::runCli({K("erase"), path, K("Personne Inconnue"), K("--yes")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(K("Personne Inconnue")));
        const auto usage = test::runCli({K("erase"), path});
        QCOMPARE(usage.exitCode, 2);
        const auto pseudo = test::runCli({K("pseudonymize"), path, K("odile ferry")});
        QCOMPARE(pseudo.exitCode, 1);
        QCOMPARE(test::readBytes(path), before);
        Document doc;
        QVERIFY(doc.open(path, Store::Access::ReadOnly));
        QCOMPARE(doc.actors().size(), 35);
    }

    void eraseById()
    {
        const QString path = sample();
        qint64 id = 0;
        {
            Document doc;
            QVERIFY(doc.open(path, Store::Access::ReadOnly));
            for (const Actor &a : doc.actors())
                if (a.name == K("Lucas Didier"))
                    id = a.id;
        }
        QVERIFY(id);
        const auto r = test::runCli({K("erase"), path, QString::number(id), K("--yes")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!withSideFiles(path).contains("Lucas Didier"));
    }

    void personExport()
    {
        const QString path = sample();
        const QString out = test::tempPath(K("odile.json"));
        const auto r = test::runCli({K("person-export"), path, K("Odile Ferry"), K("-o"), out});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(test::readBytes(out)).object();
        QCOMPARE(o.value(K("format")).toString(), K("maillage-person-export"));
        QCOMPARE(o.value(K("person")).toObject().value(K("name")).toString(), K("Odile Ferry"));
        QVERIFY(!o.value(K("meetings")).toArray().isEmpty());
        QVERIFY(!o.value(K("problems")).toArray().isEmpty());
        // Another person's e-mail never appears.
        QVERIFY(!test::readBytes(out).contains("claire.mougenot@example.org"));

        // .json and .pdf are the supported outputs (the PDF is tested with the report);
        // anything else is refused and nothing is written.
        const QString txt = test::tempPath(K("odile.txt"));
        const auto refused = test::runCli({K("person-export"), path, K("Odile Ferry"), K("-o"), txt});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(K(".json")));
        QVERIFY(refused.err.contains(K(".pdf")));
        QVERIFY(!QFile::exists(txt));
        const auto noOut = test::runCli({K("person-export"), path, K("Odile Ferry")});
        QCOMPARE(noOut.exitCode, 2);
    }

    void pseudonymize()
    {
        const QString path = sample();
        const auto r = test::runCli({K("pseudonymize"), path, K("Claire Mougenot")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(K("Resident 1")), qPrintable(r.out));
        QVERIFY(!withSideFiles(path).contains("Claire Mougenot"));
        Document doc;
        QVERIFY(doc.open(path, Store::Access::ReadOnly));
        QCOMPARE(doc.actors().size(), 34);
        QCOMPARE(doc.links().size(), 57);
    }
};

QTEST_GUILESS_MAIN(TestPrivacyCli)
#include "tst_privacy_cli.moc"
