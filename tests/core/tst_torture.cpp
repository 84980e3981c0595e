// Crash injection: every command that writes a territory is killed at each of its fdatasync
// calls and at sampled pwrite64 calls (strace's fault injection), and what it leaves must be
// a sound territory holding either everything from before the command or everything from
// after it, which every other command opens and which keeps no side file once closed.
//
// The default run takes every fdatasync and a few pwrite64 calls of each command (well under
// a minute). `MAILLAGE_TORTURE=full` (scripts/torture) takes every fdatasync and every
// pwrite64 call up to MAILLAGE_TORTURE_WRITES of them (400 unless set).
#include "core/store/store.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

using namespace maillage;
using maillage::test::readBytes;
using maillage::test::runCli;
using maillage::test::tempPath;

namespace {

QString K(const char *s)
{
    return QString::fromUtf8(s);
}

/// One writing command: the file it starts from and its arguments (FILE stands for the copy
/// it works on, OUT for a second file it writes).
struct Scenario
{
    QString start;      ///< pristine territory, copied before every run
    QStringList args;
    bool writesOut = false;  ///< OUT must be absent or complete after a kill
};

/// The counts `info --json` prints, or an empty object when it fails.
QJsonObject countsOf(const QString &file, QString *why)
{
    const test::CliResult r = runCli({K("info"), file, K("--json")});
    if (r.exitCode != 0) {
        *why = r.err.trimmed();
        return {};
    }
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    return o.value(K("counts")).toObject();
}

/// The files beside `file` whose names start with its name: side files it left.
QStringList sideFiles(const QString &file)
{
    const QFileInfo info(file);
    QStringList out;
    const QStringList names =
        QDir(info.absolutePath()).entryList({info.fileName() + K("-*")}, QDir::Files | QDir::Hidden);
    for (const QString &n : names)
        out << n;
    return out;
}

QString checkSound(const QString &file)
{
    Store store;
    QString error;
    if (!store.open(file, Store::Access::ReadWrite, &error))
        return error;
    const QString integrity = store.integrityCheck();
    if (integrity != K("ok"))
        return K("integrity_check: ") + integrity;
    QSqlQuery q(store.database());
    if (!q.exec(K("PRAGMA foreign_key_check")))
        return K("foreign_key_check failed");
    if (q.next())
        return K("foreign_key_check: a row of %1 points nowhere").arg(q.value(0).toString());
    return {};
}

/// Runs `args` under strace, killed at the `n`th call of `syscall`; true when the kill
/// happened (false: the command ended before its nth call).
bool runKilled(const QStringList &args, const QString &syscall, int n, QString *output)
{
    QProcess p;
    p.setProgram(K("strace"));
    QStringList all{K("-f"), K("-qq"), K("-o"), K("/dev/null"), K("-e"), K("trace=") + syscall,
                    K("-e"), K("inject=%1:signal=SIGKILL:when=%2").arg(syscall).arg(n),
                    qEnvironmentVariable("MAILLAGE_CLI")};
    p.setArguments(all + args);
    p.start();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        *output = K("timeout");
        return false;
    }
    *output = QString::fromUtf8(p.readAllStandardError());
    // strace ends as its tracee did: by the same signal, or with 128 + its number.
    return p.exitStatus() == QProcess::CrashExit || p.exitCode() == 128 + 9;
}

int callCount(const QStringList &args, const QString &syscall)
{
    QProcess p;
    const QString log = tempPath(K("strace-count.txt"));
    p.start(K("strace"), QStringList{K("-f"), K("-qq"), K("-c"), K("-o"), log, K("-e"),
                                     K("trace=") + syscall, qEnvironmentVariable("MAILLAGE_CLI")} +
                             args);
    p.waitForFinished(120000);
    for (const QString &line : QString::fromUtf8(readBytes(log)).split(QLatin1Char('\n'))) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        if (f.size() >= 5 && f.last() == syscall)
            return f.at(3).toInt();
    }
    return 0;
}

bool fullRun()
{
    return qEnvironmentVariable("MAILLAGE_TORTURE") == QLatin1String("full");
}

} // namespace

class TestTorture : public QObject
{
    Q_OBJECT

    QString m_sample;
    QString m_version2;
    QStringList m_importFiles;

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(K("strace")).isEmpty())
            QSKIP("strace is not installed (scripts/deps installs it)");
        // strace must be allowed to trace (a container may forbid ptrace).
        QProcess probe;
        probe.start(K("strace"), {K("-qq"), K("-o"), K("/dev/null"), K("true")});
        probe.waitForFinished();
        if (probe.exitCode() != 0)
            QSKIP("strace cannot trace processes here");
        m_sample = tempPath(K("pristine-sample.maillage"));
        QFile::remove(m_sample);
        QCOMPARE(runCli({K("sample"), m_sample}).exitCode, 0);
        m_version2 = test::dataPath(K("store/mirecourt-v2.maillage"));
        QVERIFY(QFile::exists(m_version2));
        m_importFiles = test::writeImportFiles(K("torture"), 60);
    }

    void killEverywhere_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("writesOut");
        QTest::newRow("import") << m_sample << (QStringList{K("import"), K("FILE")} + m_importFiles)
                                << false;
        QTest::newRow("layout") << m_sample
                                << QStringList{K("layout"), K("FILE"), K("--algorithm"),
                                               K("force"), K("--seed"), K("7")}
                                << false;
        QTest::newRow("erase") << m_sample
                               << QStringList{K("erase"), K("FILE"), K("Odile Ferry"), K("--yes")}
                               << false;
        QTest::newRow("pseudonymize") << m_sample
                                      << QStringList{K("pseudonymize"), K("FILE"), K("Odile Ferry")}
                                      << false;
        QTest::newRow("snapshot") << m_sample
                                  << QStringList{K("snapshot"), K("FILE"), K("--name"), K("Avant")}
                                  << false;
        QTest::newRow("exercise") << m_sample
                                  << QStringList{K("exercise"), K("FILE"), K("OUT"), K("--brief"),
                                                 K("Qui agit ?"), K("--start"), K("actors")}
                                  << true;
        // Opening a file of the previous format upgrades it (a backup copy first), even to
        // read it.
        QTest::newRow("migration") << m_version2 << QStringList{K("info"), K("FILE")} << false;
        QTest::newRow("migration from 3")
            << test::dataPath(K("store/mirecourt-v3.maillage")) << QStringList{K("info"), K("FILE")}
            << false;
        QTest::newRow("migration from 4")
            << test::dataPath(K("store/mirecourt-v4.maillage")) << QStringList{K("info"), K("FILE")}
            << false;
    }

    void killEverywhere()
    {
        QFETCH(QString, start);
        QFETCH(QStringList, args);
        QFETCH(bool, writesOut);
        const QString file = tempPath(K("tortured.maillage"));
        const QString out = tempPath(K("tortured-out.maillage"));
        auto fresh = [&] {
            for (const QString &f : QDir(QFileInfo(file).absolutePath())
                                        .entryList({K("tortured*"), K(".tortured*")},
                                                   QDir::Files | QDir::Hidden))
                QFile::remove(QFileInfo(file).absolutePath() + QLatin1Char('/') + f);
            QVERIFY(QFile::copy(start, file));
            QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        };
        QStringList concrete;
        for (const QString &a : args)
            concrete << (a == K("FILE") ? file : a == K("OUT") ? out : a);

        // What the file holds before the command and after it ran undisturbed.
        QString why;
        fresh();
        const QJsonObject before = countsOf(file, &why);
        QVERIFY2(!before.isEmpty(), qPrintable(why));
        fresh();
        const test::CliResult clean = runCli(concrete);
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.err));
        const QJsonObject after = countsOf(file, &why);
        QVERIFY2(!after.isEmpty(), qPrintable(why));
        const QByteArray outAfter = writesOut ? readBytes(out) : QByteArray();

        fresh();
        const int writes = callCount(concrete, K("pwrite64"));
        QList<QPair<QString, int>> points;
        for (int n = 1; n <= 200; ++n)
            points.append({K("fdatasync"), n});
        const int cap = qEnvironmentVariableIntValue("MAILLAGE_TORTURE_WRITES") > 0
                            ? qEnvironmentVariableIntValue("MAILLAGE_TORTURE_WRITES")
                            : 400;
        if (fullRun()) {
            for (int n = 1; n <= qMin(writes, cap); ++n)
                points.append({K("pwrite64"), n});
        } else {
            for (int n : {1, writes / 3, (2 * writes) / 3, writes})
                if (n >= 1)
                    points.append({K("pwrite64"), n});
        }

        int kills = 0;
        QString lastSyscall;
        bool syscallDone = false;
        for (const auto &[syscall, n] : points) {
            if (syscall == lastSyscall && syscallDone)
                continue;
            if (syscall != lastSyscall)
                syscallDone = false;
            lastSyscall = syscall;
            fresh();
            QString output;
            if (!runKilled(concrete, syscall, n, &output)) {
                syscallDone = true;  // ran to its end before that call: no later one either
                continue;
            }
            ++kills;
            const QString where = K("%1 killed at %2 #%3").arg(QTest::currentDataTag(), syscall).arg(n);
            // Every command opens what the kill left, as it was before or as it is after.
            const QJsonObject counts = countsOf(file, &why);
            QVERIFY2(!counts.isEmpty(), qPrintable(where + K(": info: ") + why));
            QVERIFY2(counts == before || counts == after,
                     qPrintable(where + K(": counts are neither before nor after: ") +
                                QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact))));
            QVERIFY2(sideFiles(file).isEmpty(),
                     qPrintable(where + K(": side files left after info: ") + sideFiles(file).join(K(", "))));
            for (const QStringList &other :
                 {QStringList{K("export"), file, tempPath(K("tortured-export.json"))},
                  QStringList{K("metrics"), file, K("--json")},
                  QStringList{K("diagnose"), file}}) {
                const test::CliResult r = runCli(other);
                QVERIFY2(r.exitCode == 0,
                         qPrintable(where + K(": ") + other.first() + K(": ") + r.err));
            }
            const QString sound = checkSound(file);
            QVERIFY2(sound.isEmpty(), qPrintable(where + K(": ") + sound));
            QVERIFY2(sideFiles(file).isEmpty(),
                     qPrintable(where + K(": side files left: ") + sideFiles(file).join(K(", "))));
            if (writesOut && QFile::exists(out)) {
                const QString outSound = checkSound(out);
                QVERIFY2(outSound.isEmpty(), qPrintable(where + K(": OUT: ") + outSound));
            }
        }
        Q_UNUSED(outAfter);
        QVERIFY2(kills > 0, "no kill happened: strace's injection did not work");
        qInfo("%s: %d kills, %d pwrite64 calls in a clean run", QTest::currentDataTag(), kills,
              writes);
    }
};

QTEST_GUILESS_MAIN(TestTorture)
#include "tst_torture.moc"
