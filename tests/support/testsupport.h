#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace maillage {
struct BulkInsert;
}

namespace maillage::test {

/// A temporary folder that lives as long as the test object.
QTemporaryDir &tempDir();
QString tempPath(const QString &name);

/// The bytes of a file (empty if unreadable).
QByteArray readBytes(const QString &path);
void writeBytes(const QString &path, const QByteArray &bytes);

/// Runs maillage-cli (path from $MAILLAGE_CLI) and waits for it.
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
CliResult runCli(const QStringList &args, int timeoutMs = 60000);

/// Writes `actors` actors and twice as many links as Maillage CSV files (NAME-actors.csv,
/// NAME-links.csv in the temporary folder) and returns their paths: a big import.
QStringList writeImportFiles(const QString &name, int actors);

/// Text of a PDF (pdftotext), whitespace collapsed (pdftotext breaks lines inside table
/// cells); empty when it cannot be read.
QString pdfText(const QString &pdf);
/// Number of pages of a PDF (pdfinfo), -1 when it cannot be read.
int pdfPages(const QString &pdf);

/// Folder of test data files ($MAILLAGE_TEST_DATA).
QString dataPath(const QString &name);
/// A file of tests/support in the source tree (the stand-in servers' scripts).
QString supportPath(const QString &name);

/// A new copy of the sample territory in tempDir(), named STEM-N.maillage (N counts up);
/// stops the test program when it cannot be written.
QString freshSample(const QString &stem);

/// `n` actors named “Bulk 0”… with ids from `first`, for the bulk writer (name and stamps).
BulkInsert bulkActors(qint64 first, int n);

} // namespace maillage::test
