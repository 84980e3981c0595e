// "locate": place N SIRENE establishments (default 10 000) from a generated INSEE geolocation
// file holding them among 9 × N rows of other establishments, as `maillage-cli locate
// --sirene-geo` does: find the establishments by SIRET, stream the file, convert Lambert-93
// with PROJ, write the places as one undo step. Target: under 2 s for 10 000. Reference in the
// same run: PROJ's cs2cs converting the same N points (a process of its own).
#include "bench.h"

#include "core/document/document.h"
#include "core/geo/locate.h"
#include "core/io/registers.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

namespace maillage::bench {

namespace {

QString siret(int i)
{
    return QStringLiteral("%1").arg(100000000000000LL + qint64(i) * 7, 14, 10, QLatin1Char('0'))
        .right(14);
}

int run(const QStringList &args)
{
    const int n = args.value(0, QStringLiteral("10000")).toInt();
    out() << QStringLiteral("locate: %1 SIRENE establishments from a geolocation file of %2 rows\n")
                 .arg(n)
                 .arg(n * 10);
    out().flush();
    // The establishments, as a SIRENE stock file (older header) of commune 88304.
    const QString stock = scratch(QStringLiteral("locate-stock.csv"));
    {
        QFile f(stock);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        QByteArray b = "siret,codeCommuneEtablissement,etatAdministratifEtablissement,"
                       "denominationUsuelleEtablissement\n";
        for (int i = 0; i < n; ++i)
            b += siret(i).toLatin1() + ",88304,A,ETABLISSEMENT " + QByteArray::number(i) + '\n';
        f.write(b);
    }
    // The geolocation file: the N among 9 × N others, shuffled, Lambert-93 around Mirecourt.
    const QString geoFile = scratch(QStringLiteral("locate-geoloc.csv"));
    QList<QPointF> points;
    {
        QFile f(geoFile);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        QRandomGenerator rng(19);
        QList<int> ids;
        for (int i = 0; i < n * 10; ++i)
            ids << i;
        std::shuffle(ids.begin(), ids.end(), rng);
        QByteArray b = "siret;x;y;qualite_xy;epsg;plg_qp;plg_iris;plg_zus;plg_qva;"
                       "plg_code_commune;distance_precision;qualite_qp;qualite_iris;qualite_zus;"
                       "qualite_qva;y_latitude;x_longitude\n";
        for (int i : ids) {
            const double x = 925000 + rng.bounded(15000.0), y = 6798000 + rng.bounded(12000.0);
            if (i < n)
                points << QPointF(x, y);
            b += siret(i).toLatin1() + ';' + QByteArray::number(x, 'f', 2) + ';' +
                 QByteArray::number(y, 'f', 2) + ";11;2154;;;;;88304;0;;;;;;\n";
        }
        f.write(b);
    }
    const QString territory = scratch(QStringLiteral("locate.maillage"));
    QFile::remove(territory);
    Document doc;
    QString error;
    if (!doc.create(territory, QStringLiteral("Locate bench"), &error)) {
        out() << error << '\n';
        return 1;
    }
    io::RegisterOptions o;
    o.format = io::RegisterFormat::Sirene;
    o.communes = {QStringLiteral("88304")};
    io::ImportReport report;
    io::RegisterStats stats;
    if (!io::importRegisterFiles(doc, {stock}, o, &report, &stats, &error)) {
        out() << error << '\n';
        return 1;
    }

    QElapsedTimer total;
    total.start();
    QElapsedTimer t;
    t.start();
    const QHash<QString, qint64> wanted = geo::Locate::sireneActors(doc, false);
    const double findMs = t.nsecsElapsed() / 1e6;
    t.restart();
    QList<geo::Placement> found;
    qint64 rows = 0;
    if (!geo::Locate::readSireneGeolocation(geoFile, wanted, &found, &rows, &error)) {
        out() << error << '\n';
        return 1;
    }
    const double readMs = t.nsecsElapsed() / 1e6;
    t.restart();
    if (!geo::Locate::apply(doc, found, QStringLiteral("Locate actors"), &error)) {
        out() << error << '\n';
        return 1;
    }
    const double writeMs = t.nsecsElapsed() / 1e6;
    const double allMs = total.nsecsElapsed() / 1e6;
    out() << QStringLiteral("  %1 of %2 establishments located: find by SIRET %3 ms, read + "
                            "convert %4 rows %5 ms, write (one undo step) %6 ms; total %7 s "
                            "(target < 2 s)%8\n")
                 .arg(found.size())
                 .arg(wanted.size())
                 .arg(findMs, 0, 'f', 0)
                 .arg(rows)
                 .arg(readMs, 0, 'f', 0)
                 .arg(writeMs, 0, 'f', 0)
                 .arg(allMs / 1000, 0, 'f', 2)
                 .arg(found.size() == n ? QString() : QStringLiteral(" MISSING SOME"));
    out().flush();

    // Reference: cs2cs on the same points.
    QProcess p;
    QElapsedTimer c;
    c.start();
    p.start(QStringLiteral("cs2cs"), {QStringLiteral("-f"), QStringLiteral("%.7f"),
                                      QStringLiteral("EPSG:2154"), QStringLiteral("OGC:CRS84")});
    if (!p.waitForStarted()) {
        out() << "  (cs2cs not run: install proj-bin)\n";
        return found.size() == n ? 0 : 1;
    }
    QByteArray in;
    for (const QPointF &pt : std::as_const(points))
        in += QByteArray::number(pt.x(), 'f', 2) + ' ' + QByteArray::number(pt.y(), 'f', 2) + '\n';
    p.write(in);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    out() << QStringLiteral("  reference: cs2cs converting the same %1 points: %2 ms\n")
                 .arg(points.size())
                 .arg(c.nsecsElapsed() / 1e6, 0, 'f', 0);
    return found.size() == n ? 0 : 1;
}

const Registration reg(Benchmark{
    QStringLiteral("locate"),
    QStringLiteral("place 10 000 SIRENE establishments from a geolocation file (target < 2 s)"),
    run});

} // namespace

} // namespace maillage::bench
