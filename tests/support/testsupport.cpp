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

} // namespace maillage::test
