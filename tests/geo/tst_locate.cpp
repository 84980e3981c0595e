// Getting actors' places: SIRENE (Lambert columns at import, the geolocation file joined by
// SIRET), commune centres, the geocoder (a stand-in on 127.0.0.1), GeoJSON import and export.
// Through maillage-cli, checked in the file through Document.
#include "core/document/document.h"
#include "core/geo/locate.h"
#include "core/geo/geojson.h"
#include "core/geo/projection.h"
#include "geocoderstub.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <cmath>

using namespace maillage;

namespace {

QString geoData(const QString &name)
{
    return test::dataPath(QStringLiteral("geo/") + name);
}

double metresBetween(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double kMetresPerDegree = 111320.0;
    return std::hypot((lon1 - lon2) * kMetresPerDegree * std::cos(lat1 * M_PI / 180),
                      (lat1 - lat2) * kMetresPerDegree);
}

/// A new territory with the Mirecourt establishments of the SIRENE test file.
QString sireneTerritory(const QString &name)
{
    const QString file = test::tempPath(name + QStringLiteral(".maillage"));
    QFile::remove(file);
    const auto made = test::runCli({QStringLiteral("new"), file, QStringLiteral("--name"), name});
    if (made.exitCode != 0)
        qWarning() << made.err;
    const auto imported = test::runCli(
        {QStringLiteral("import"), file,
         test::dataPath(QStringLiteral("io/registers/sirene-etablissements.csv")),
         QStringLiteral("--format"), QStringLiteral("sirene"), QStringLiteral("--commune"),
         QStringLiteral("88304")});
    if (imported.exitCode != 0)
        qWarning() << imported.err;
    return file;
}

/// Actors by name.
QHash<QString, Actor> actorsOf(const QString &file)
{
    Document doc;
    QString error;
    QHash<QString, Actor> out;
    if (!doc.open(file, Store::Access::ReadOnly, &error)) {
        qWarning() << error;
        return out;
    }
    for (const Actor &a : doc.actors())
        out.insert(a.name, a);
    return out;
}

int locatedCount(const QString &file)
{
    int n = 0;
    for (const Actor &a : actorsOf(file))
        n += a.hasLocation();
    return n;
}

} // namespace

class TstLocate : public QObject
{
    Q_OBJECT

private slots:
    void sireneImportReadsLambertColumns()
    {
        const QString file = test::tempPath(QStringLiteral("lambert.maillage"));
        QFile::remove(file);
        QCOMPARE(test::runCli({QStringLiteral("new"), file}).exitCode, 0);
        const auto r = test::runCli({QStringLiteral("import"), file, geoData(QStringLiteral("sirene-lambert.csv")),
                                     QStringLiteral("--format"), QStringLiteral("sirene"),
                                     QStringLiteral("--commune"), QStringLiteral("88304"),
                                     QStringLiteral("--commune"), QStringLiteral("97411")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Located: 2 actor")), qPrintable(r.out));
        const auto actors = actorsOf(file);
        QString error;
        // Each converted from its own département's projection, as cs2cs does.
        const Actor metro = actors.value(QStringLiteral("LUTHERIE DU VIEUX MIRECOURT"));
        const auto m = geo::Projection::toWgs84(2154, 932451.11, 6804412.41, &error);
        QVERIFY(metro.hasLocation());
        QVERIFY(metresBetween(metro.latitude, metro.longitude, m->y(), m->x()) < 0.01);
        QVERIFY(metresBetween(metro.latitude, metro.longitude, 48.2985, 6.1353) < 1);
        const Actor reunion = actors.value(QStringLiteral("ATELIER DE LA REUNION"));
        QVERIFY2(reunion.hasLocation(), qPrintable(actors.keys().join(QLatin1Char(','))));
        QVERIFY(metresBetween(reunion.latitude, reunion.longitude, -20.88, 55.45) < 1);
    }

    void sireneGeolocationFile()
    {
        const QString file = sireneTerritory(QStringLiteral("sirenegeo"));
        QCOMPARE(locatedCount(file), 0);
        const auto r = test::runCli({QStringLiteral("locate"), file, QStringLiteral("--sirene-geo"),
                                     geoData(QStringLiteral("sirene-geolocalisation.csv"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral(" located (1 exact, 1 in the street, 1 at the "
                                               "commune's centre), 2 not in the file")),
                 qPrintable(r.out));
        const auto actors = actorsOf(file);
        const Actor lutherie = actors.value(QStringLiteral("LUTHERIE DU VIEUX MIRECOURT"));
        QCOMPARE(lutherie.locationPrecision, QStringLiteral("exact"));
        QVERIFY(metresBetween(lutherie.latitude, lutherie.longitude, 48.2985, 6.1353) < 1);
        QCOMPARE(actors.value(QStringLiteral("CAFE, BAR ET TABAC \"LE CENTRAL\"")).locationPrecision,
                 QStringLiteral("street"));
        QCOMPARE(locatedCount(file), 3);
    }

    void locateIsOneUndoStep()
    {
        const QString file = sireneTerritory(QStringLiteral("undo"));
        Document doc;
        QString error;
        QVERIFY2(doc.open(file, Store::Access::ReadWrite, &error), qPrintable(error));
        const QHash<QString, qint64> wanted = geo::Locate::sireneActors(doc, false);
        QCOMPARE(wanted.size(), 5);
        QList<geo::Placement> found;
        qint64 rows = 0;
        QVERIFY2(geo::Locate::readSireneGeolocation(geoData(QStringLiteral("sirene-geolocalisation.csv")),
                                                    wanted, &found, &rows, &error),
                 qPrintable(error));
        QCOMPARE(rows, 6);
        QCOMPARE(found.size(), 3);
        const int steps = doc.undoStack()->count();
        QVERIFY2(geo::Locate::apply(doc, found, QStringLiteral("Locate actors"), &error),
                 qPrintable(error));
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        int located = 0;
        for (const Actor &a : doc.actors())
            located += a.hasLocation();
        QCOMPARE(located, 3);
        doc.undoStack()->undo();
        for (const Actor &a : doc.actors())
            QVERIFY(!a.hasLocation());
        doc.undoStack()->redo();
        located = 0;
        for (const Actor &a : doc.actors())
            located += a.hasLocation();
        QCOMPARE(located, 3);
    }

    void badGeolocationFileChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        const QByteArray header = "siret;x;y;qualite_xy;epsg;y_latitude;x_longitude\n";
        QTest::newRow("unknown projection")
            << header + "51234567800015;932451.11;6804412.41;11;2154;;\n"
                        "52345678900021;932884.33;6804529.74;11;99999;;\n"
            << "line 3: unknown projection EPSG:99999";
        QTest::newRow("not a number") << header + "51234567800015;93x;6804412.41;11;2154;;\n"
                                      << "line 2: x, y and epsg must be numbers";
        QTest::newRow("outside the projection's area")
            << header + "51234567800015;932451.11;6804412.41;11;2154;;\n"
                        "52345678900021;99932884;6804529.74;11;2154;;\n"
            << "line 3:";
        QTest::newRow("latitude out of range")
            << QByteArray("siret;y_latitude;x_longitude\n51234567800015;95;6.1\n")
            << "line 2: x_longitude “6.1”, y_latitude “95”";
        QTest::newRow("not the geolocation file") << QByteArray("a;b\n1;2\n") << "line 1: not INSEE";
    }
    void badGeolocationFileChangesNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString file = sireneTerritory(QStringLiteral("badgeo"));
        const QString geo = test::tempPath(QStringLiteral("bad-geoloc.csv"));
        test::writeBytes(geo, content);
        const auto r = test::runCli({QStringLiteral("locate"), file, QStringLiteral("--sirene-geo"), geo});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QCOMPARE(locatedCount(file), 0);
    }

    void communeCentres()
    {
        const QString file = test::addressTerritory(QStringLiteral("communes"));
        const auto r = test::runCli({QStringLiteral("locate"), file, QStringLiteral("--communes"),
                                     geoData(QStringLiteral("communes.geojson"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Commune centres: 6 actor")),
                 qPrintable(r.out));
        const auto actors = actorsOf(file);
        const Actor a = actors.value(QStringLiteral("Sans adresse"));
        QCOMPARE(a.locationPrecision, QStringLiteral("commune"));
        QVERIFY(std::abs(a.latitude - 48.17) < 1e-9 && std::abs(a.longitude - 6.45) < 1e-9);
        const Actor m = actors.value(QStringLiteral("Marché couvert"));
        QVERIFY(std::abs(m.latitude - 48.30) < 1e-9 && std::abs(m.longitude - 6.13) < 1e-9);
    }

    void sireneReadingReportsProgressAndStops()
    {
        // 60 000 rows (2.5 MB: the reader takes 1 MB at a time), one of them wanted: progress
        // comes as the file is read, and a false answer stops it with nothing placed.
        QByteArray csv = "siret;x;y;qualite_xy;epsg\n";
        for (int i = 0; i < 60000; ++i)
            csv += QByteArray::number(10000000000000LL + i) + ";948000;6809000;11;2154\n";
        const QString path = test::tempPath(QStringLiteral("geoloc-60k.csv"));
        test::writeBytes(path, csv);
        const QHash<QString, qint64> wanted{{QStringLiteral("10000000059999"), 7}};
        QList<geo::Placement> found;
        qint64 rows = 0;
        QString error;
        QList<std::pair<qint64, qint64>> calls;
        QVERIFY2(geo::Locate::readSireneGeolocation(path, wanted, &found, &rows, &error,
                                                    [&](qint64 done, qint64 total) {
                                                        calls.append({done, total});
                                                        return true;
                                                    }),
                 qPrintable(error));
        QCOMPARE(rows, 60000);
        QCOMPARE(found.size(), 1);
        QVERIFY(calls.size() >= 2);
        for (const auto &[done, total] : calls)
            QVERIFY(done > 0 && done <= total && total == csv.size());
        QVERIFY(calls.last().first > calls.first().first);

        found.clear();
        QVERIFY(!geo::Locate::readSireneGeolocation(path, wanted, &found, &rows, &error,
                                                    [](qint64, qint64) { return false; }));
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
        QVERIFY(found.isEmpty());
    }

    void geocode()
    {
        test::GeocoderStub stub;
        QVERIFY(stub.started());
        const QString file = test::addressTerritory(QStringLiteral("geocode"));
        const auto r = test::runCli({QStringLiteral("locate"), file, QStringLiteral("--geocode"),
                                     QStringLiteral("--service"), stub.url()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Persons' addresses are not sent without --include-persons.
        const QStringList sent = stub.received();
        QCOMPARE(sent.size(), 4);
        // Who is calling: the program and its version, as the tile servers are told.
        QCOMPARE(stub.userAgents().size(), 1);
        QVERIFY2(stub.userAgents().first().startsWith(QStringLiteral("Maillage/")),
                 qPrintable(stub.userAgents().first()));
        for (const QString &q : sent)
            QVERIFY2(!q.contains(QStringLiteral("Tilleuls")), qPrintable(q));
        QVERIFY2(r.out.contains(QStringLiteral(", 2 applied (score at least 0.50) (1 exact, 1 in "
                                               "the street), 1 not applied (score below), 1 not "
                                               "found")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("not applied  0.31  Ferme des Vignes")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("with an address not sent")),
                 qPrintable(r.out));
        const auto actors = actorsOf(file);
        const Actor q = actors.value(QStringLiteral("Quincaillerie Chanzy"));
        QCOMPARE(q.locationPrecision, QStringLiteral("exact"));
        QCOMPARE(q.latitude, 48.300512);
        QCOMPARE(q.longitude, 6.134871);
        QVERIFY(!actors.value(QStringLiteral("Ferme des Vignes")).hasLocation());
        QVERIFY(!actors.value(QStringLiteral("Odile Ferry")).hasLocation());
        QVERIFY(!actors.value(QStringLiteral("Atelier inconnu")).hasLocation());

        // With --include-persons and a lower --min-score.
        const auto again = test::runCli({QStringLiteral("locate"), file, QStringLiteral("--geocode"),
                                         QStringLiteral("--service"), stub.url(),
                                         QStringLiteral("--include-persons"),
                                         QStringLiteral("--min-score"), QStringLiteral("0,3"),
                                         QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        const QJsonObject o = QJsonDocument::fromJson(again.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("applied")).toArray().size(), 2);
        QVERIFY(stub.received().contains(QStringLiteral("3 allée des Tilleuls 88500 Mirecourt")));
        QVERIFY(actorsOf(file).value(QStringLiteral("Odile Ferry")).hasLocation());
    }

    void unreachableGeocoderChangesNothing()
    {
        const QString file = test::addressTerritory(QStringLiteral("unreachable"));
        const QByteArray before = test::readBytes(file);
        const auto r = test::runCli({QStringLiteral("locate"), file, QStringLiteral("--geocode"),
                                     QStringLiteral("--service"),
                                     QStringLiteral("http://127.0.0.1:1/search/csv/"),
                                     QStringLiteral("--communes"),
                                     geoData(QStringLiteral("communes.geojson"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot be reached")) &&
                     r.err.contains(QStringLiteral("nothing was located")),
                 qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QCOMPARE(locatedCount(file), 0);
    }

    void geoJsonImport()
    {
        const QString file = test::tempPath(QStringLiteral("gjimport.maillage"));
        QFile::remove(file);
        test::runCli({QStringLiteral("new"), file});
        const QString gj = test::tempPath(QStringLiteral("points.geojson"));
        test::writeBytes(gj, R"({"type":"FeatureCollection","features":[
 {"type":"Feature","id":"a","geometry":{"type":"Point","coordinates":[6.1353,48.2985]},
  "properties":{"name":"Lutherie","category":"company","tags":["culture","artisanat"],"Budget":1200}},
 {"type":"Feature","id":"b","geometry":{"type":"Point","coordinates":[6.45,48.17]},
  "properties":{"name":"Mairie d’Épinal","location_precision":"commune"}},
 {"type":"Feature","id":"c","geometry":null,"properties":{"name":"Sans lieu"}},
 {"type":"Feature","geometry":{"type":"LineString","coordinates":[[6.1353,48.2985],[6.45,48.17]]},
  "properties":{"source":"a","target":"b","type":"Partenariat","strength":4}}]})");
        const auto r = test::runCli({QStringLiteral("import"), file, gj});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Located: 2 actor")), qPrintable(r.out));
        {
            Document doc;
            QString error;
            QVERIFY(doc.open(file, Store::Access::ReadOnly, &error));
            QCOMPARE(doc.actors().size(), 3);
            QCOMPARE(doc.links().size(), 1);
        }
        const auto actors = actorsOf(file);
        QCOMPARE(actors.value(QStringLiteral("Lutherie")).latitude, 48.2985);
        QCOMPARE(actors.value(QStringLiteral("Lutherie")).longitude, 6.1353);
        QCOMPARE(actors.value(QStringLiteral("Mairie d’Épinal")).locationPrecision,
                 QStringLiteral("commune"));
        QVERIFY(!actors.value(QStringLiteral("Sans lieu")).hasLocation());
    }

    void badGeoJsonImportChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("out of range")
            << QByteArray(R"({"type":"FeatureCollection","features":[
                {"type":"Feature","geometry":{"type":"Point","coordinates":[6,48]},"properties":{"name":"A"}},
                {"type":"Feature","geometry":{"type":"Point","coordinates":[6,148]},"properties":{"name":"B"}}]})")
            << "feature 2 (Point): position [6, 148] is outside";
        QTest::newRow("malformed") << QByteArray(R"({"type":"FeatureCollection","features":[)")
                                   << "not valid JSON";
        QTest::newRow("a polygon")
            << QByteArray(R"({"type":"FeatureCollection","features":[
                {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]},"properties":{"name":"A"}}]})")
            << "feature 1: a Polygon is not an actor's place";
        QTest::newRow("a line without ends")
            << QByteArray(R"({"type":"FeatureCollection","features":[
                {"type":"Feature","geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]},"properties":{}}]})")
            << "feature 1: a line is a link";
    }
    void badGeoJsonImportChangesNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QString file = test::tempPath(QStringLiteral("gjbad.maillage"));
        QFile::remove(file);
        test::runCli({QStringLiteral("new"), file});
        const QString gj = test::tempPath(QStringLiteral("bad.geojson"));
        test::writeBytes(gj, json);
        const auto r = test::runCli({QStringLiteral("import"), file, gj});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("bad.geojson: ")) && r.err.contains(expected),
                 qPrintable(r.err));
        QCOMPARE(actorsOf(file).size(), 0);
    }

    void spreadsheetColumns_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("error");  // empty: imported
        QTest::newRow("latitude/longitude") << QByteArray("name,latitude,longitude\nA,48.3,6.13\n")
                                            << QString();
        QTest::newRow("lat/lng") << QByteArray("name;lat;lng\nA;48,3;6,13\n") << QString();
        QTest::newRow("lat/lon") << QByteArray("name,lat,lon\nA,48.3,6.13\n") << QString();
        QTest::newRow("latitude out of range")
            << QByteArray("name,lat,lon\nA,48.3,6.13\nB,91,6\n")
            << "line 3: column “lat”: 91 is outside −90…90";
        QTest::newRow("longitude out of range") << QByteArray("name,lat,lon\nB,45,-181\n")
                                                << "line 2: column “lon”: -181 is outside −180…180";
        QTest::newRow("one without the other") << QByteArray("name,lat,lon\nB,45,\n")
                                               << "line 2: a latitude without a longitude";
        QTest::newRow("not a number") << QByteArray("name,lat,lon\nB,45,est\n")
                                      << "line 2: column “lon”: “est” is not a number";
    }
    void spreadsheetColumns()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, error);
        const QString file = test::tempPath(QStringLiteral("columns.maillage"));
        QFile::remove(file);
        test::runCli({QStringLiteral("new"), file});
        const QString path = test::tempPath(QStringLiteral("located.csv"));
        test::writeBytes(path, csv);
        const auto r = test::runCli({QStringLiteral("import"), file, path});
        if (error.isEmpty()) {
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains(QStringLiteral("Located: 1 actor")), qPrintable(r.out));
            const Actor a = actorsOf(file).value(QStringLiteral("A"));
            QCOMPARE(a.latitude, 48.3);
            QCOMPARE(a.longitude, 6.13);
        } else {
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(error), qPrintable(r.err));
            QCOMPARE(actorsOf(file).size(), 0);
        }
    }

    void geoJsonExportRoundTrip()
    {
        const QString file = test::tempPath(QStringLiteral("export.maillage"));
        QFile::remove(file);
        test::runCli({QStringLiteral("new"), file});
        const QString csv = test::tempPath(QStringLiteral("export-actors.csv"));
        test::writeBytes(csv, "name,category,is_person,commune,latitude,longitude,email,tags,Budget\n"
                              "Atelier Vuillaume,company,0,Mirecourt,48.2985123,6.1353456,,culture|artisanat,1200\n"
                              "Odile Ferry,citizen,1,Mirecourt,48.3012345,6.1412345,odile@example.org,,\n"
                              "Jean Martin,citizen,1,Ailleurs,48.2712345,6.1012345,,,\n"
                              "Mairie de Mirecourt,institution,0,Mirecourt,,,,,\n");
        const QString links = test::tempPath(QStringLiteral("export-links.csv"));
        test::writeBytes(links, "source,target,type\nAtelier Vuillaume,Odile Ferry,Partenariat\n"
                                "Atelier Vuillaume,Mairie de Mirecourt,Partenariat\n");
        auto r = test::runCli({QStringLiteral("import"), file, csv, links});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        const QString out = test::tempPath(QStringLiteral("export.geojson"));
        r = test::runCli({QStringLiteral("export"), file, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        geo::FeatureCollection fc;
        QString error;
        QVERIFY2(geo::GeoJson::readFile(out, &fc, &error), qPrintable(error));
        QCOMPARE(fc.features.size(), 6);
        const geo::Feature &first = fc.features.first();
        QCOMPARE(first.geometry.type, geo::GeometryType::Point);
        QCOMPARE(first.geometry.parts.first().first().first(), QPointF(6.1353456, 48.2985123));
        QCOMPARE(first.properties.value(QStringLiteral("category")).toString(), QStringLiteral("Company"));
        QStringList tags = first.properties.value(QStringLiteral("tags")).toStringList();
        tags.sort();
        QCOMPARE(tags, (QStringList{QStringLiteral("artisanat"), QStringLiteral("culture")}));
        QCOMPARE(first.properties.value(QStringLiteral("Budget")).toDouble(), 1200.0);
        QVERIFY(fc.features.at(3).geometry.isEmpty());  // the town hall has no place
        QCOMPARE(fc.features.at(4).geometry.type, geo::GeometryType::LineString);
        QVERIFY(fc.features.at(5).geometry.isEmpty());  // a line to nowhere is no line

        // Read back into a new territory: the same places, the same links.
        const QString copy = test::tempPath(QStringLiteral("copy.maillage"));
        QFile::remove(copy);
        test::runCli({QStringLiteral("new"), copy});
        r = test::runCli({QStringLiteral("import"), copy, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto actors = actorsOf(copy);
        QCOMPARE(actors.size(), 4);
        QCOMPARE(actors.value(QStringLiteral("Odile Ferry")).latitude, 48.3012345);
        Document doc;
        QVERIFY(doc.open(copy, Store::Access::ReadOnly, &error));
        QCOMPARE(doc.links().size(), 2);
    }

    void anonymizedGeoJsonHoldsNoPersonsPlace()
    {
        const QString file = test::tempPath(QStringLiteral("anon.maillage"));
        QFile::remove(file);
        test::runCli({QStringLiteral("new"), file});
        const QString csv = test::tempPath(QStringLiteral("anon-actors.csv"));
        test::writeBytes(csv, "name,category,is_person,commune,latitude,longitude,email\n"
                              "Atelier Vuillaume,company,0,Mirecourt,48.2985123,6.1353456,\n"
                              "Odile Ferry,citizen,1,Mirecourt,48.3012345,6.1412345,odile@example.org\n"
                              "Jean Martin,citizen,1,Ailleurs,48.2712345,6.1012345,\n");
        const QString links = test::tempPath(QStringLiteral("anon-links.csv"));
        test::writeBytes(links, "source,target\nAtelier Vuillaume,Jean Martin\n");
        QCOMPARE(test::runCli({QStringLiteral("import"), file, csv, links}).exitCode, 0);

        for (const bool communes : {false, true}) {
            const QString out = test::tempPath(QStringLiteral("anon.geojson"));
            QStringList args{QStringLiteral("export"), file, out, QStringLiteral("--anonymize")};
            if (communes)
                args << QStringLiteral("--communes") << geoData(QStringLiteral("communes.geojson"));
            const auto r = test::runCli(args);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QByteArray bytes = test::readBytes(out);
            for (const char *secret : {"48.3012345", "6.1412345", "48.2712345", "6.1012345",
                                       "48.301234", "6.141234", "48.271234", "6.101234",
                                       "Odile", "Ferry", "Martin", "odile@"})
                QVERIFY2(!bytes.contains(secret), secret);
            QVERIFY(bytes.contains("48.2985123"));  // organisations keep theirs
            geo::FeatureCollection fc;
            QString error;
            QVERIFY2(geo::GeoJson::read(bytes, out, &fc, &error), qPrintable(error));
            const geo::Feature &odile = fc.features.at(1);
            const geo::Feature &jean = fc.features.at(2);
            QVERIFY(jean.geometry.isEmpty());  // commune unknown to the file: no place
            QVERIFY(fc.features.at(3).geometry.isEmpty());  // nor a line ending there
            if (communes) {
                QCOMPARE(odile.geometry.parts.first().first().first(), QPointF(6.13, 48.30));
                QCOMPARE(odile.properties.value(QStringLiteral("location_precision")).toString(),
                         QStringLiteral("commune"));
            } else {
                QVERIFY(odile.geometry.isEmpty());
            }
        }
        // The other exports with --anonymize leave persons' places out too.
        const QString json = test::tempPath(QStringLiteral("anon.json"));
        QCOMPARE(test::runCli({QStringLiteral("export"), file, json, QStringLiteral("--anonymize")})
                     .exitCode,
                 0);
        const QByteArray bytes = test::readBytes(json);
        QVERIFY(!bytes.contains("48.3012345") && !bytes.contains("6.1412345"));
        QVERIFY(bytes.contains("48.2985123"));
    }
};

QTEST_GUILESS_MAIN(TstLocate)
#include "tst_locate.moc"
