// No lost work: a child process edits through the Document and is killed with SIGKILL at a
// random moment, many times over. Each time the file must open, pass integrity_check, and
// hold every edit the child reported as committed.
#include "core/document/document.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace maillage;

class TestCrash : public QObject
{
    Q_OBJECT
private slots:
    void killDuringEdits()
    {
        const QString path = test::tempPath(QStringLiteral("crash.maillage"));
        {
            Document doc;
            QString error;
            QVERIFY2(doc.create(path, QStringLiteral("Crash"), &error), qPrintable(error));
        }
        QRandomGenerator random(20181105);
        QSet<qint64> added;
        QHash<qint64, qint64> edited;  // actor id → n of the latest reported edit
        QList<QPair<qint64, qint64>> linked;
        const int rounds = 25;
        for (int round = 0; round < rounds; ++round) {
            QProcess child;
            child.start(QStringLiteral(MAILLAGE_TEST_EDITOR), {QStringLiteral("edit"), path});
            QVERIFY(child.waitForStarted());
            // Every other round waits for the child's first reported edit, so that a loaded
            // machine (slow start-up) still kills it in the middle of its edits; the other
            // rounds may kill it while it is still opening the file.
            if (round % 2)
                QVERIFY(child.waitForReadyRead(30000));
            QTest::qWait(30 + int(random.bounded(300)));
            child.kill();  // SIGKILL
            QVERIFY(child.waitForFinished());
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            QVERIFY2(child.exitStatus() == QProcess::CrashExit,
                     child.readAllStandardError().constData());
            // A line cut by the kill was never fully reported: ignore it.
            for (const QByteArray &line : lines.mid(0, lines.size() - 1)) {
                const QList<QByteArray> w = line.split(' ');
                if (w.value(0) == "added")
                    added.insert(w.value(1).toLongLong());
                else if (w.value(0) == "edited")
                    edited.insert(w.value(1).toLongLong(), w.value(2).toLongLong());
                else if (w.value(0) == "linked")
                    linked << qMakePair(w.value(1).toLongLong(), w.value(2).toLongLong());
            }

            Document doc;
            QString error;
            QVERIFY2(doc.open(path, Store::Access::ReadWrite, &error), qPrintable(error));
            QCOMPARE(doc.store().integrityCheck(), QStringLiteral("ok"));
            QSet<QString> names;
            QHash<qint64, QString> descriptions;
            for (const Actor &a : doc.actors()) {
                names.insert(a.name);
                descriptions.insert(a.id, a.description);
            }
            for (qint64 n : std::as_const(added))
                QVERIFY2(names.contains(QStringLiteral("Actor %1").arg(n)),
                         qPrintable(QStringLiteral("round %1: actor %2 lost").arg(round).arg(n)));
            for (auto it = edited.cbegin(); it != edited.cend(); ++it) {
                // A later edit of the same actor may have been committed without being reported.
                const QString d = descriptions.value(it.key());
                QVERIFY2(d.startsWith(QStringLiteral("edited ")) &&
                             d.mid(7).toLongLong() >= it.value(),
                         qPrintable(QStringLiteral("round %1: edit of %2 lost").arg(round).arg(it.key())));
            }
            QSet<QPair<qint64, qint64>> links;
            for (const Link &l : doc.links())
                links.insert(qMakePair(l.sourceId, l.targetId));
            for (const auto &l : std::as_const(linked))
                QVERIFY(links.contains(l));
        }
        QVERIFY2(added.size() > rounds, "the child made too few edits to test anything");
        qInfo("%lld edits reported over %d kills", qint64(added.size()), rounds);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
