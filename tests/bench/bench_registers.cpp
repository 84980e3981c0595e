// "registers": filter a SIRENE StockEtablissement-format file of 1 GB (and a 100 MB one) by one
// commune and import what is kept, printing the time and the process's peak memory (VmHWM)
// to show that memory does not grow with the file. The generated files are kept between runs
// in $MAILLAGE_BENCH_CACHE (default: <temp>/maillage-bench), since writing 1 GB takes a while.
// Reference in the same run: grep -c for the commune code on the same file (no CSV parsing).
#include "bench.h"

#include "core/document/document.h"
#include "core/io/registers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

namespace maillage::bench {

namespace {

const char *const kHeader =
    "siren,nic,siret,statutDiffusionEtablissement,dateCreationEtablissement,"
    "trancheEffectifsEtablissement,anneeEffectifsEtablissement,"
    "activitePrincipaleRegistreMetiersEtablissement,dateDernierTraitementEtablissement,"
    "etablissementSiege,nombrePeriodesEtablissement,complementAdresseEtablissement,"
    "numeroVoieEtablissement,indiceRepetitionEtablissement,dernierNumeroVoieEtablissement,"
    "indiceRepetitionDernierNumeroVoieEtablissement,typeVoieEtablissement,"
    "libelleVoieEtablissement,codePostalEtablissement,libelleCommuneEtablissement,"
    "libelleCommuneEtrangerEtablissement,distributionSpecialeEtablissement,"
    "codeCommuneEtablissement,codeCedexEtablissement,libelleCedexEtablissement,"
    "codePaysEtrangerEtablissement,libellePaysEtrangerEtablissement,"
    "identifiantAdresseEtablissement,coordonneeLambertAbscisseEtablissement,"
    "coordonneeLambertOrdonneeEtablissement,complementAdresse2Etablissement,"
    "numeroVoie2Etablissement,indiceRepetition2Etablissement,typeVoie2Etablissement,"
    "libelleVoie2Etablissement,codePostal2Etablissement,libelleCommune2Etablissement,"
    "libelleCommuneEtranger2Etablissement,distributionSpeciale2Etablissement,"
    "codeCommune2Etablissement,codeCedex2Etablissement,libelleCedex2Etablissement,"
    "codePaysEtranger2Etablissement,libellePaysEtranger2Etablissement,dateDebut,"
    "etatAdministratifEtablissement,enseigne1Etablissement,enseigne2Etablissement,"
    "enseigne3Etablissement,denominationUsuelleEtablissement,activitePrincipaleEtablissement,"
    "nomenclatureActivitePrincipaleEtablissement,caractereEmployeurEtablissement,"
    "activitePrincipaleNAF25Etablissement\n";

/// kB of a /proc/self/status line ("VmHWM", "VmRSS").
qint64 status(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(qstrlen(key) + 1).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

/// A SIRENE-format file of about `bytes` bytes: 2 000 communes, one row in 2 000 in 88304,
/// one establishment in 4 closed, quoted signs with commas now and then.
bool generate(const QString &path, qint64 bytes)
{
    if (QFileInfo(path).size() >= bytes)
        return true;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path + QStringLiteral(".part"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        out() << QStringLiteral("cannot write %1\n").arg(f.fileName());
        return false;
    }
    static const char *const naf[] = {"47.11F", "56.10A", "43.21A", "86.21Z", "10.71C",
                                      "69.20Z", "85.59A", "94.99Z", "01.11Z", "62.01Z"};
    static const char *const streets[] = {"RUE DE LA GARE", "AVENUE DU GENERAL LECLERC",
                                          "PLACE DE LA MAIRIE", "CHEMIN DES VIGNES",
                                          "RUE DU DOCTEUR BALTHAZAR"};
    QRandomGenerator rng(7);
    QElapsedTimer t;
    t.start();
    f.write(kHeader);
    QByteArray buffer;
    buffer.reserve(8 << 20);
    qint64 written = f.pos(), row = 0, nextReport = bytes / 10;
    while (written < bytes) {
        ++row;
        const int commune = (row % 2000 == 0) ? 304 : int(rng.bounded(2000)) + 1000;
        const QByteArray code = commune == 304 ? QByteArray("88304")
                                               : QByteArray::number(commune * 10 + 7);
        const QByteArray siren = QByteArray::number(300000000 + row * 7 % 600000000);
        const QByteArray nic = QByteArray::number(10000 + row % 90000);
        const char *state = row % 4 == 1 ? "F" : "A";
        const QByteArray sign = row % 3 == 0 ? QByteArray("\"CAFE, BAR ") + QByteArray::number(row) +
                                                   "\""
                                             : QByteArray("BOULANGERIE ") + QByteArray::number(row);
        buffer += siren + ',' + nic + ',' + siren + nic + ",O,2004-05-1" +
                  QByteArray::number(row % 10) + ",03,2021,,2024-03-22T14:46:07,true,2,,"
                  + QByteArray::number(row % 120 + 1) + ",,,,RUE," +
                  streets[row % 5] + ',' + QByteArray("88500") + ",COMMUNE " + code + ",,," +
                  code + ",,,,," + code + "_0420_00012,947582.5,6802347.1,,,,,,,,,,,,,,,"
                  "2010-01-01," + state + ',' + sign + ",,,," + naf[row % 10] +
                  ",NAFRev2,N,\n";
        if (buffer.size() > (4 << 20)) {
            f.write(buffer);
            written += buffer.size();
            buffer.clear();
            if (written >= nextReport) {
                out() << QStringLiteral("  writing %1: %2 MB (%3 s)\n")
                             .arg(QFileInfo(path).fileName())
                             .arg(written >> 20)
                             .arg(t.elapsed() / 1000.0, 0, 'f', 1);
                out().flush();
                nextReport += bytes / 10;
            }
        }
    }
    f.write(buffer);
    f.close();
    QFile::remove(path);
    return f.rename(path);
}

struct Result
{
    double readMs = 0, importMs = 0;
    qint64 kept = 0, rows = 0, hwmKb = 0, rssKb = 0;
    bool ok = false;
};

Result filter(const QString &file, const QString &territory)
{
    Result r;
    io::RegisterOptions o;
    o.format = io::RegisterFormat::Sirene;
    o.communes = {QStringLiteral("88304")};
    int lastDecile = -1;
    o.progress = [&](qint64 done, qint64 total) {
        const int decile = total > 0 ? int(done * 10 / total) : 0;
        if (decile != lastDecile && decile < 10) {
            lastDecile = decile;
            out() << QStringLiteral("    %1%… VmRSS %2 MB\n")
                         .arg(decile * 10)
                         .arg(status("VmRSS") / 1024);
            out().flush();
        }
    };
    io::ImportSources sources;
    io::RegisterStats stats;
    QString error;
    QElapsedTimer t;
    t.start();
    if (!io::readRegisterFiles({file}, o, &sources, &stats, &error)) {
        out() << error << '\n';
        return r;
    }
    r.readMs = t.nsecsElapsed() / 1e6;
    r.kept = stats.kept;
    r.rows = stats.rows;
    QFile::remove(territory);
    Document doc;
    if (!doc.create(territory, QStringLiteral("Bench"), &error)) {
        out() << error << '\n';
        return r;
    }
    t.restart();
    io::ImportReport report;
    if (!io::applyRegisterImport(doc, sources, o, &report, &error)) {
        out() << error << '\n';
        return r;
    }
    r.importMs = t.nsecsElapsed() / 1e6;
    r.hwmKb = status("VmHWM");
    r.rssKb = status("VmRSS");
    r.ok = report.actorsCreated == stats.kept;
    return r;
}

double grepMs(const QString &file, qint64 *count)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(QStringLiteral("grep"), {QStringLiteral("-c"), QStringLiteral(",88304,"), file});
    p.waitForFinished(-1);
    *count = p.readAllStandardOutput().trimmed().toLongLong();
    return t.nsecsElapsed() / 1e6;
}

int run(const QStringList &args)
{
    const qint64 big = args.value(0, QStringLiteral("1024")).toLongLong() << 20;
    const QString dir = qEnvironmentVariable("MAILLAGE_BENCH_CACHE",
                                             QDir::temp().filePath(QStringLiteral("maillage-bench")));
    const QString small = dir + QStringLiteral("/sirene-100MB.csv");
    const QString large = dir + QStringLiteral("/sirene-%1MB.csv").arg(big >> 20);
    out() << QStringLiteral("registers: SIRENE-format files in %1 (kept between runs)\n").arg(dir);
    out().flush();
    if (!generate(small, qint64(100) << 20) || !generate(large, big))
        return 1;
    out() << QStringLiteral("  VmHWM at start: %1 MB\n").arg(status("VmHWM") / 1024);
    int failures = 0;
    for (const QString &file : {small, large}) {
        const qint64 size = QFileInfo(file).size();
        out() << QStringLiteral("  %1 (%2 MB), commune 88304:\n")
                     .arg(QFileInfo(file).fileName())
                     .arg(size >> 20);
        out().flush();
        const Result r = filter(file, scratch(QStringLiteral("registers.maillage")));
        qint64 grepCount = 0;
        const double g = grepMs(file, &grepCount);
        out() << QStringLiteral("    %1 rows read, %2 kept; read+filter %3 s (%4 MB/s), import "
                                "%5 ms; VmHWM %6 MB, VmRSS %7 MB; grep -c %8 s (%9 lines)%10\n")
                     .arg(r.rows)
                     .arg(r.kept)
                     .arg(r.readMs / 1000, 0, 'f', 1)
                     .arg(size / 1048576.0 / (r.readMs / 1000), 0, 'f', 0)
                     .arg(r.importMs, 0, 'f', 0)
                     .arg(r.hwmKb / 1024)
                     .arg(r.rssKb / 1024)
                     .arg(g / 1000, 0, 'f', 1)
                     .arg(grepCount)
                     .arg(r.ok ? QString() : QStringLiteral(" FAILED"));
        out().flush();
        failures += r.ok ? 0 : 1;
    }
    return failures;
}

const Registration reg(Benchmark{
    QStringLiteral("registers"),
    QStringLiteral("filter a 1 GB SIRENE file by commune: time and peak memory (bounded)"),
    run});

} // namespace

} // namespace maillage::bench
