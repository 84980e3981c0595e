// "statistics": filter a generated national-size dossier complet (35 000 communes × 1 900
// columns, about 400 MB) and a BPE of 2.5 million equipment rows to one EPCI of 20 communes,
// summing the comparison areas' counts on the way, then import what is kept; prints the time,
// the throughput and the process's peak memory (VmHWM), beside `grep -c` reading the same
// file. The generated files are kept between runs in $MAILLAGE_BENCH_CACHE (default:
// <temp>/maillage-bench). Optional arguments: communes (35000), columns (1900), BPE rows
// (2500000).
#include "bench.h"

#include "core/document/document.h"
#include "core/statistics/import.h"
#include "core/statistics/statistics.h"
#include "core/store/repositories.h"

#include <QDir>
#include <QElapsedTimer>
#include <QUndoStack>

#include <functional>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

namespace maillage::bench {

namespace {

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

// Commune `i` of `n`: départements 01…95 (no 20), ~370 communes each.
QByteArray communeCode(int i, int n)
{
    const int perDep = (n + 93) / 94;
    int dep = i / perDep + 1;
    if (dep >= 20)
        ++dep;
    return QByteArray::number(dep).rightJustified(2, '0') +
           QByteArray::number(i % perDep + 1).rightJustified(3, '0');
}

// The EPCI of commune `i`: groups of 20 communes.
QByteArray epciOf(int i)
{
    return QByteArray("2") + QByteArray::number(i / 20).rightJustified(8, '0');
}

bool writeFile(const QString &path, const std::function<void(QFile &)> &fill)
{
    if (QFileInfo::exists(path))
        return true;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path + QStringLiteral(".part"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        out() << QStringLiteral("cannot write %1\n").arg(f.fileName());
        return false;
    }
    QElapsedTimer t;
    t.start();
    fill(f);
    f.close();
    QFile::remove(path);
    if (!QFile::rename(f.fileName(), path))
        return false;
    out() << QStringLiteral("  wrote %1 (%2 MB) in %3 s\n")
                 .arg(QFileInfo(path).fileName())
                 .arg(QFileInfo(path).size() >> 20)
                 .arg(t.elapsed() / 1000.0, 0, 'f', 1);
    out().flush();
    return true;
}

// A dossier complet: CODGEO then `columns` census-like columns, the portrait's counts spread
// over the first half as in the real file (population, households, housing, diplomas,
// employment blocks), decimal commas in one column in ten, `s` now and then.
bool generateDossier(const QString &path, int communes, int columns)
{
    return writeFile(path, [&](QFile &f) {
        const char *const portrait[] = {
            "P21_POP", "P21_POP0014", "P21_POP7589", "P21_POP90P", "P15_POP", "C21_MEN",
            "C21_MENPSEUL", "C21_MENFAMMONO", "P21_LOG", "P21_RP", "P21_LOGVAC", "P21_NSCOL15P",
            "P21_NSCOL15P_DIPLMIN", "P21_ACT1564", "P21_CHOM1564"};
        const int n = int(std::size(portrait));
        QList<QByteArray> names;
        for (int c = 0; c < columns; ++c)
            names << "P21_X" + QByteArray::number(c).rightJustified(4, '0');
        for (int k = 0; k < n; ++k)
            names[k * (columns / 2) / n] = portrait[k];
        QByteArray buffer = "CODGEO;" + names.join(';') + '\n';
        QRandomGenerator rng(11);
        for (int i = 0; i < communes; ++i) {
            buffer += communeCode(i, communes);
            for (int c = 0; c < columns; ++c) {
                buffer += ';';
                const quint32 v = rng.bounded(5000u);
                if (c % 10 == 3) {
                    buffer += QByteArray::number(v / 10) + ',' + QByteArray::number(v % 10);
                } else if (v == 7) {
                    buffer += 's';
                } else {
                    buffer += QByteArray::number(v);
                }
            }
            buffer += '\n';
            if (buffer.size() > (8 << 20)) {
                f.write(buffer);
                buffer.clear();
            }
        }
        f.write(buffer);
    });
}

// A BPE: one row per equipment, with the real file's main columns.
bool generateBpe(const QString &path, int communes, int rows)
{
    return writeFile(path, [&](QFile &f) {
        static const char *const types[] = {"A206", "A401", "A504", "B201", "B207", "C108",
                                            "C201", "D201", "D307", "E101", "F307", "G102"};
        QByteArray buffer = "AN;NOMRS;DEPCOM;DEP;REG;TYPEQU;DCIRIS;QP2024;EPCI;LAMBERT_X;"
                            "LAMBERT_Y;LONGITUDE;LATITUDE\n";
        QRandomGenerator rng(13);
        for (int r = 0; r < rows; ++r) {
            const int i = int(rng.bounded(quint32(communes)));
            const QByteArray c = communeCode(i, communes);
            buffer += "2024;ETABLISSEMENT " + QByteArray::number(r) + ';' + c + ';' + c.left(2) +
                      ";44;" + types[rng.bounded(12u)] + ';' + c + "0000;;" + epciOf(i) +
                      ";912345.6;6789012.3;6.1;48.3\n";
            if (buffer.size() > (8 << 20)) {
                f.write(buffer);
                buffer.clear();
            }
        }
        f.write(buffer);
    });
}

double grepMs(const QString &file, qint64 *count)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(QStringLiteral("grep"), {QStringLiteral("-c"), QStringLiteral("^0100"), file});
    p.waitForFinished(-1);
    *count = p.readAllStandardOutput().trimmed().toLongLong();
    return t.nsecsElapsed() / 1e6;
}

// Saving alone: 39 000 statistics (the dossier complet's ~1 900 columns for 20 communes)
// stored in a new territory in one edit, then stored again (each replaced), then undone.
int saveStatistics()
{
    const QString path = scratch(QStringLiteral("statistics-save.maillage"));
    QFile::remove(path);
    Document doc;
    QString error;
    if (!doc.create(path, QStringLiteral("Bench"), &error)) {
        out() << error << '\n';
        return 1;
    }
    QList<Statistic> values;
    for (int c = 0; c < 20; ++c)
        for (int i = 0; i < 1950; ++i) {
            Statistic s;
            s.indicator = QStringLiteral("P_COL%1").arg(i);
            s.level = QStringLiteral("commune");
            s.code = QStringLiteral("88%1").arg(c, 3, 10, QLatin1Char('0'));
            s.value = c * 1000 + i;
            s.source = QStringLiteral("INSEE, dossier complet");
            s.vintage = 2021;
            s.geographyYear = 2024;
            values << s;
        }
    const auto timed = [&](const char *what, const std::function<bool()> &step) {
        QElapsedTimer t;
        t.start();
        const bool ok = step();
        out() << QStringLiteral("  %1 %2 statistics: %3 s%4\n")
                     .arg(QLatin1String(what))
                     .arg(values.size())
                     .arg(t.elapsed() / 1000.0, 0, 'f', 2)
                     .arg(ok ? QString() : QStringLiteral(" FAILED: ") + error);
        out().flush();
        return ok;
    };
    statistics::ImportReport report;
    bool ok = timed("save (insert)", [&] {
        return statistics::storeStatistics(doc, values, QString(), &report, &error);
    });
    ok = ok && timed("save again (replace)", [&] {
        return statistics::storeStatistics(doc, values, QString(), &report, &error);
    });
    ok = ok && timed("undo the replacement of", [&] {
        doc.undoStack()->undo();
        return true;
    });
    // The reference: the same values through the generic edit path (a row map and a row
    // operation per value, Document::apply), as the import stored them before.
    const QString genericPath = scratch(QStringLiteral("statistics-save-generic.maillage"));
    QFile::remove(genericPath);
    Document generic;
    if (!generic.create(genericPath, QStringLiteral("Bench"), &error)) {
        out() << error << '\n';
        return 1;
    }
    ok = ok && timed("generic path: save (insert)", [&] {
        QList<RowOp> ops;
        for (const Statistic &s : std::as_const(values))
            ops << generic.insertOp(QStringLiteral("statistic"), StatisticRepository::toRow(s));
        return generic.apply(QStringLiteral("Import statistics"), ops, Document::NoMerge, &error);
    });
    return ok ? 0 : 1;
}

int run(const QStringList &args)
{
    const int communes = args.value(0, QStringLiteral("35000")).toInt();
    const int columns = args.value(1, QStringLiteral("1900")).toInt();
    const int bpeRows = args.value(2, QStringLiteral("2500000")).toInt();
    const QString dir = qEnvironmentVariable("MAILLAGE_BENCH_CACHE",
                                             QDir::temp().filePath(QStringLiteral("maillage-bench")));
    const QString dossier =
        dir + QStringLiteral("/dossier_complet-%1x%2.csv").arg(communes).arg(columns);
    const QString bpe = dir + QStringLiteral("/bpe-%1.csv").arg(bpeRows);
    out() << QStringLiteral("statistics: generated files in %1 (kept between runs)\n").arg(dir);
    out().flush();
    if (!generateDossier(dossier, communes, columns) || !generateBpe(bpe, communes, bpeRows))
        return 1;
    // The territory: the 20 communes of the EPCI of commune 0 (01001 … 01020).
    QStringList codes;
    for (int i = 0; i < 20; ++i)
        codes << QString::fromLatin1(communeCode(i, communes));
    out() << QStringLiteral("  VmHWM at start: %1 MB\n").arg(status("VmHWM") / 1024);
    Territory territory;
    territory.inseeCodes = codes.join(QLatin1Char(','));
    statistics::Scope scope = statistics::Scope::of(territory);
    int failures = 0;
    for (const QString &file : {bpe, dossier}) {
        const qint64 size = QFileInfo(file).size();
        statistics::ReadResult result;
        QString error;
        QElapsedTimer t;
        t.start();
        const bool ok = statistics::readFile(file, scope, {}, &result, &error);
        const double ms = t.nsecsElapsed() / 1e6;
        if (!ok) {
            out() << "    " << error << '\n';
            ++failures;
            continue;
        }
        qint64 grepCount = 0;
        const double g = grepMs(file, &grepCount);
        out() << QStringLiteral("  %1 (%2 MB, %3): %4 rows read, %5 values kept (EPCI %6); "
                                "read+filter %7 s (%8 MB/s); grep -c %9 s; ratio %10×; "
                                "VmHWM %11 MB\n")
                     .arg(QFileInfo(file).fileName())
                     .arg(size >> 20)
                     .arg(statistics::formatCode(result.format))
                     .arg(result.rows)
                     .arg(result.values.size())
                     .arg(scope.epci.isEmpty() ? QStringLiteral("unknown") : scope.epci)
                     .arg(ms / 1000, 0, 'f', 2)
                     .arg(size / 1048576.0 / (ms / 1000), 0, 'f', 0)
                     .arg(g / 1000, 0, 'f', 2)
                     .arg(ms / g, 0, 'f', 1)
                     .arg(status("VmHWM") / 1024);
        out().flush();
    }
    // The whole import, as `maillage-cli statistics` runs it (one edit).
    const QString path = scratch(QStringLiteral("statistics.maillage"));
    QFile::remove(path);
    Document doc;
    QString error;
    if (!doc.create(path, QStringLiteral("Bench"), &error) ||
        !doc.updateTerritory({{QStringLiteral("insee_codes"), territory.inseeCodes}}, &error)) {
        out() << error << '\n';
        return failures + 1;
    }
    statistics::ImportReport report;
    QElapsedTimer t;
    t.start();
    if (!statistics::importFiles(doc, {dossier, bpe}, {}, QString(), &report, &error)) {
        out() << "    " << error << '\n';
        return failures + 1;
    }
    out() << QStringLiteral("  import of both into a territory: %1 s, %2 statistics stored; "
                            "VmHWM %3 MB\n")
                 .arg(t.elapsed() / 1000.0, 0, 'f', 2)
                 .arg(report.inserted)
                 .arg(status("VmHWM") / 1024);
    out().flush();
    return failures + saveStatistics();
}

const Registration reg(Benchmark{
    QStringLiteral("statistics"),
    QStringLiteral("filter a national dossier complet and BPE to one EPCI: time against grep "
                   "-c, peak memory"),
    run});

} // namespace

} // namespace maillage::bench
