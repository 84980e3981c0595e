#include "testsupport.h"

#include "core/io/sample.h"
#include "core/store/bulkwriter.h"
#include "core/store/schema.h"
#include "core/store/store.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

namespace maillage::test {

QTemporaryDir &tempDir()
{
    static QTemporaryDir dir;
    return dir;
}

QString tempPath(const QString &name)
{
    return tempDir().filePath(name);
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

CliResult runCli(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.setProgram(qEnvironmentVariable("MAILLAGE_CLI"));
    p.setArguments(args);
    p.start();
    CliResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timeout");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString dataPath(const QString &name)
{
    return qEnvironmentVariable("MAILLAGE_TEST_DATA") + QLatin1Char('/') + name;
}

QString supportPath(const QString &name)
{
    return QStringLiteral(MAILLAGE_TEST_SUPPORT_DIR "/") + name;
}

QStringList writeImportFiles(const QString &name, int actors)
{
    QByteArray a("id,name,category,commune\n"), l("source,target,type,strength\n");
    for (int i = 1; i <= actors; ++i) {
        a += QByteArray::number(i) + ",Acteur " + QByteArray::number(i) + "," +
             (i % 2 ? "Association" : "Company") + ",Mirecourt\n";
        for (int k = 1; k <= 2; ++k)
            l += QByteArray::number(i) + "," + QByteArray::number((i + k * 7) % actors + 1) +
                 ",Partnership," + QByteArray::number(1 + (i + k) % 5) + "\n";
    }
    const QString actorsPath = tempPath(name + QStringLiteral("-actors.csv"));
    const QString linksPath = tempPath(name + QStringLiteral("-links.csv"));
    writeBytes(actorsPath, a);
    writeBytes(linksPath, l);
    return {actorsPath, linksPath};
}

namespace {
/// A poppler-utils program; the test run stops when it is missing (scripts/deps installs it).
QString popplerTool(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        qFatal("%s is missing: install poppler-utils (scripts/deps)", qPrintable(name));
    return path;
}
} // namespace

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(popplerTool(QStringLiteral("pdftotext")),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

int pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(popplerTool(QStringLiteral("pdfinfo")), {pdf});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return -1;
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                       .match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString freshSample(const QString &stem)
{
    static int counter = 0;
    const QString p = tempPath(QStringLiteral("%1-%2.maillage").arg(stem).arg(++counter));
    QFile::remove(p);
    QString error;
    if (!writeSample(p, &error))
        qFatal("%s", qPrintable(error));
    return p;
}

BulkInsert bulkActors(qint64 first, int n)
{
    BulkInsert b;
    b.table = QStringLiteral("actor");
    b.firstId = first;
    const QStringList columns = schema::table(b.table)->columns;
    const quint64 mask = (quint64(1) << columns.indexOf(QStringLiteral("name"))) |
                         (quint64(1) << columns.indexOf(QStringLiteral("created_at"))) |
                         (quint64(1) << columns.indexOf(QStringLiteral("updated_at")));
    for (int i = 0; i < n; ++i) {
        b.masks << mask;
        // In column order: name, created_at, updated_at.
        b.append(QStringLiteral("Bulk %1").arg(i));
        b.append(nowTimestamp());
        b.append(nowTimestamp());
    }
    return b;
}

} // namespace maillage::test
