#include "testsupport.h"

#include <QFile>
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

} // namespace maillage::test
