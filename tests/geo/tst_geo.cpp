// core/geo: PROJ conversions checked against cs2cs, GeoJSON reading and writing, centroids.
#include "core/geo/geojson.h"
#include "core/geo/projection.h"
#include "testsupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include <cmath>

using namespace maillage;
using namespace maillage::geo;

namespace {

/// Metres between two WGS 84 positions a few centimetres apart (equirectangular).
double metresBetween(QPointF a, QPointF b)
{
    constexpr double kMetresPerDegree = 111320.0;
    const double dx = (a.x() - b.x()) * kMetresPerDegree * std::cos(a.y() * M_PI / 180);
    const double dy = (a.y() - b.y()) * kMetresPerDegree;
    return std::hypot(dx, dy);
}

/// cs2cs's answer for (x, y) in EPSG:epsg, longitude first; nullopt without cs2cs.
std::optional<QPointF> cs2cs(int epsg, double x, double y)
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("cs2cs"));
    if (exe.isEmpty())
        return std::nullopt;
    QProcess p;
    p.start(exe, {QStringLiteral("-f"), QStringLiteral("%.10f"),
                  QStringLiteral("EPSG:%1").arg(epsg), QStringLiteral("OGC:CRS84")});
    p.waitForStarted();
    p.write(QByteArray::number(x, 'f', 3) + ' ' + QByteArray::number(y, 'f', 3) + '\n');
    p.closeWriteChannel();
    p.waitForFinished();
    const QList<QByteArray> parts = p.readAllStandardOutput().simplified().split(' ');
    if (parts.size() < 2)
        return std::nullopt;
    return QPointF(parts.at(0).toDouble(), parts.at(1).toDouble());
}

} // namespace

class TstGeo : public QObject
{
    Q_OBJECT

private slots:
    void toWgs84_data()
    {
        QTest::addColumn<int>("epsg");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        // Recorded from `cs2cs -f %.10f EPSG:N OGC:CRS84` (PROJ 9.1), used when cs2cs is absent.
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::newRow("Lambert-93 origin") << 2154 << 700000.0 << 6600000.0 << 3.0 << 46.5;
        QTest::newRow("Lambert-93 Mirecourt") << 2154 << 951000.0 << 6796000.0 << 6.3803381936
                                              << 48.2159894803;
        QTest::newRow("Lambert-93 Paris") << 2154 << 652000.0 << 6862000.0 << 2.3458119587
                                          << 48.8562481410;
        QTest::newRow("Lambert-93 Corse") << 2154 << 1230000.0 << 6110000.0 << 9.3796947475
                                          << 41.8979378427;
        QTest::newRow("Guadeloupe UTM 20N") << 5490 << 650000.0 << 1780000.0 << -61.5974721021
                                            << 16.0954262641;
        QTest::newRow("Guyane UTM 22N") << 2972 << 350000.0 << 540000.0 << -52.3527670467
                                        << 4.8840665827;
        QTest::newRow("Réunion UTM 40S") << 2975 << 340000.0 << 7670000.0 << 55.4599660134
                                         << -21.0639666911;
        QTest::newRow("Mayotte UTM 38S") << 4471 << 520000.0 << 8580000.0 << 45.1843174551
                                         << -12.8449809257;
        QTest::newRow("Saint-Pierre UTM 21N") << 4467 << 560000.0 << 5180000.0 << -56.2141439379
                                              << 46.7708515249;
    }
    void toWgs84()
    {
        QFETCH(int, epsg);
        QFETCH(double, x);
        QFETCH(double, y);
        QFETCH(double, lon);
        QFETCH(double, lat);
        QString error;
        const auto got = Projection::toWgs84(epsg, x, y, &error);
        QVERIFY2(got, qPrintable(error));
        const QPointF expected = cs2cs(epsg, x, y).value_or(QPointF(lon, lat));
        QVERIFY2(metresBetween(*got, expected) < 0.01,
                 qPrintable(QStringLiteral("%1, %2 vs %3, %4")
                                .arg(got->x(), 0, 'f', 10)
                                .arg(got->y(), 0, 'f', 10)
                                .arg(expected.x(), 0, 'f', 10)
                                .arg(expected.y(), 0, 'f', 10)));
        // The recorded value agrees too: a change of PROJ's answer would show here.
        QVERIFY(metresBetween(*got, QPointF(lon, lat)) < 0.01);
    }

    void batchOnAnotherThread()
    {
        // Each thread has its own context: a conversion on a worker gives the same answer.
        QList<QPointF> points{{700000, 6600000}, {951000, 6796000}};
        std::optional<QPointF> fromThread;
        QThread *t = QThread::create([&] {
            QString e;
            fromThread = Projection::toWgs84(2154, 951000, 6796000, &e);
        });
        t->start();
        t->wait();
        delete t;
        QString error;
        QVERIFY(Projection::toWgs84(2154, points, &error));
        QVERIFY(fromThread);
        QCOMPARE(*fromThread, points.at(1));
        QVERIFY(metresBetween(points.at(0), QPointF(3, 46.5)) < 0.01);
    }

    void unknownProjection_data()
    {
        QTest::addColumn<int>("epsg");
        QTest::newRow("not in PROJ's database") << 999999;
        QTest::newRow("zero") << 0;
        QTest::newRow("negative") << -2154;
    }
    void unknownProjection()
    {
        QFETCH(int, epsg);
        QList<QPointF> points{{700000, 6600000}};
        const QList<QPointF> before = points;
        QString error;
        QVERIFY(!Projection::toWgs84(epsg, points, &error));
        QCOMPARE(points, before);
        QVERIFY2(error.contains(QStringLiteral("EPSG:%1").arg(epsg)), qPrintable(error));
        QVERIFY(!Projection::known(epsg));
    }

    void outsideTheProjection()
    {
        // Far outside any real place: refused, not a nonsense position.
        QList<QPointF> points{{700000, 6600000}, {1e12, 1e12}};
        const QList<QPointF> before = points;
        QString error;
        QVERIFY(!Projection::toWgs84(2154, points, &error));
        QCOMPARE(points, before);
        QVERIFY(!error.isEmpty());
    }

    void sireneEpsg_data()
    {
        QTest::addColumn<QString>("commune");
        QTest::addColumn<int>("epsg");
        QTest::newRow("Mirecourt") << "88304" << 2154;
        QTest::newRow("Ajaccio") << "2A004" << 2154;
        QTest::newRow("Pointe-à-Pitre") << "97120" << 5490;
        QTest::newRow("Fort-de-France") << "97209" << 5490;
        QTest::newRow("Cayenne") << "97302" << 2972;
        QTest::newRow("Saint-Denis (Réunion)") << "97411" << 2975;
        QTest::newRow("Saint-Pierre (SPM)") << "97502" << 4467;
        QTest::newRow("Mamoudzou") << "97611" << 4471;
        QTest::newRow("Saint-Barthélemy") << "97701" << 5490;
        QTest::newRow("Saint-Martin") << "97801" << 5490;
        QTest::newRow("Nouméa") << "98818" << 0;
        QTest::newRow("not a code") << "123" << 0;
    }
    void sireneEpsg()
    {
        QFETCH(QString, commune);
        QFETCH(int, epsg);
        QCOMPARE(Projection::sireneEpsg(commune), epsg);
        if (epsg)
            QVERIFY(Projection::known(epsg));
    }

    void roundTrip()
    {
        FeatureCollection fc;
        Feature point;
        point.id = QStringLiteral("a1");
        point.geometry = Geometry::point(6.1309876, 48.3012345);
        point.properties = {{QStringLiteral("name"), QStringLiteral("Mairie d’Épinal")},
                            {QStringLiteral("tags"), QVariantList{QStringLiteral("élu"),
                                                                  QStringLiteral("ville")}},
                            {QStringLiteral("budget"), 1500.5}};
        fc.features << point;
        Feature line;
        line.id = 7;
        line.geometry = Geometry::lineString({{6.1, 48.3}, {6.2, 48.35}, {6.3, 48.4}});
        fc.features << line;
        Feature poly;
        poly.geometry.type = GeometryType::MultiPolygon;
        poly.geometry.parts.append({{{0, 0}, {4, 0}, {4, 4}, {0, 4}, {0, 0}},
                                    {{1, 1}, {1, 2}, {2, 2}, {2, 1}, {1, 1}}});
        poly.geometry.parts.append({{{10, 10}, {11, 10}, {11, 11}, {10, 10}}});
        fc.features << poly;
        Feature nothing;
        nothing.properties = {{QStringLiteral("note"), QStringLiteral("no place")}};
        fc.features << nothing;
        Feature multi;
        multi.geometry.type = GeometryType::MultiPoint;
        multi.geometry.parts.append({{QPointF(-61.5, 16.2)}});
        multi.geometry.parts.append({{QPointF(55.45, -21.06)}});
        fc.features << multi;
        Feature lines;
        lines.geometry.type = GeometryType::MultiLineString;
        lines.geometry.parts.append({{{0, 0}, {1, 1}}});
        lines.geometry.parts.append({{{2, 2}, {3, 3}, {4, 2}}});
        fc.features << lines;

        const QString path = test::tempPath(QStringLiteral("round.geojson"));
        QString error;
        QVERIFY2(GeoJson::writeFile(path, fc, &error), qPrintable(error));
        FeatureCollection back;
        QVERIFY2(GeoJson::readFile(path, &back, &error), qPrintable(error));
        QCOMPARE(back.features.size(), fc.features.size());
        for (qsizetype i = 0; i < fc.features.size(); ++i) {
            QCOMPARE(back.features.at(i).geometry.type, fc.features.at(i).geometry.type);
            QCOMPARE(back.features.at(i).geometry.parts, fc.features.at(i).geometry.parts);
            QCOMPARE(back.features.at(i).properties, fc.features.at(i).properties);
        }
        QCOMPARE(back.features.at(0).id.toString(), QStringLiteral("a1"));
        QCOMPARE(back.features.at(1).id.toInt(), 7);
        // RFC 7946: longitude first.
        QVERIFY(test::readBytes(path).contains("[6.1309876,48.3012345]"));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");  // a part of the message
        QTest::newRow("not JSON") << QByteArray("{\"type\":\n\"FeatureCollection\",,}")
                                  << "line 2";
        QTest::newRow("an array") << QByteArray("[1, 2]") << "must be an object";
        QTest::newRow("no features")
            << QByteArray(R"({"type":"FeatureCollection"})") << "“features”";
        QTest::newRow("longitude out of range")
            << QByteArray(R"({"type":"FeatureCollection","features":[
                {"type":"Feature","geometry":{"type":"Point","coordinates":[6,48]},"properties":{}},
                {"type":"Feature","geometry":{"type":"Point","coordinates":[200.5,48]},"properties":{}}]})")
            << "feature 2 (Point): position [200.5, 48] is outside";
        QTest::newRow("latitude out of range")
            << QByteArray(R"({"type":"Feature","geometry":{"type":"LineString","coordinates":[[6,48],[6,95]]},"properties":null})")
            << "position 2: position [6, 95] is outside";
        QTest::newRow("latitude first (Lambert)")
            << QByteArray(R"({"type":"Point","coordinates":[951000,6796000]})") << "outside";
        QTest::newRow("ring not closed")
            << QByteArray(R"({"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]},"properties":{}})")
            << "ring 1: a ring must end at its first position";
        QTest::newRow("ring too short")
            << QByteArray(R"({"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]},"properties":{}})")
            << "at least 4 positions";
        QTest::newRow("line of one position")
            << QByteArray(R"({"type":"Feature","geometry":{"type":"LineString","coordinates":[[0,0]]},"properties":{}})")
            << "at least 2 positions";
        QTest::newRow("unknown type")
            << QByteArray(R"({"type":"Feature","geometry":{"type":"Circle","coordinates":[0,0]},"properties":{}})")
            << "unknown geometry type “Circle”";
        QTest::newRow("no geometry member")
            << QByteArray(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{}}]})")
            << "feature 1: a feature needs a “geometry”";
        QTest::newRow("text coordinates")
            << QByteArray(R"({"type":"Point","coordinates":["6","48"]})") << "numbers";
        QTest::newRow("properties array")
            << QByteArray(R"({"type":"Feature","geometry":null,"properties":[1]})")
            << "“properties” must be an object";
        QTest::newRow("projected CRS")
            << QByteArray(R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::2154"}},"features":[]})")
            << "EPSG::2154";
    }
    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        FeatureCollection fc;
        fc.features << Feature();
        QString error;
        QVERIFY(!GeoJson::read(json, QStringLiteral("communes.geojson"), &fc, &error));
        QVERIFY2(error.startsWith(QStringLiteral("communes.geojson: ")), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
        QCOMPARE(fc.features.size(), 1);  // untouched
    }

    void centroid_data()
    {
        QTest::addColumn<QByteArray>("geometry");
        QTest::addColumn<QPointF>("centre");
        QTest::newRow("square")
            << QByteArray(R"({"type":"Polygon","coordinates":[[[0,0],[2,0],[2,2],[0,2],[0,0]]]})")
            << QPointF(1, 1);
        QTest::newRow("clockwise square")
            << QByteArray(R"({"type":"Polygon","coordinates":[[[0,0],[0,2],[2,2],[2,0],[0,0]]]})")
            << QPointF(1, 1);
        // A 4×4 square with a 2×2 hole in its right half: the centre moves left.
        QTest::newRow("with a hole")
            << QByteArray(R"({"type":"Polygon","coordinates":[[[0,0],[4,0],[4,4],[0,4],[0,0]],
                          [[2,1],[2,3],[4,3],[4,1],[2,1]]]})")
            << QPointF((16 * 2.0 - 4 * 3.0) / 12, 2);
        QTest::newRow("two squares, one four times larger")
            << QByteArray(R"({"type":"MultiPolygon","coordinates":[
                          [[[0,0],[2,0],[2,2],[0,2],[0,0]]],[[[10,0],[11,0],[11,1],[10,1],[10,0]]]]})")
            << QPointF((4 * 1 + 1 * 10.5) / 5.0, (4 * 1 + 1 * 0.5) / 5.0);
        QTest::newRow("points")
            << QByteArray(R"({"type":"MultiPoint","coordinates":[[0,0],[2,4]]})") << QPointF(1, 2);
        QTest::newRow("line")
            << QByteArray(R"({"type":"LineString","coordinates":[[0,0],[4,0]]})") << QPointF(2, 0);
    }
    void centroid()
    {
        QFETCH(QByteArray, geometry);
        QFETCH(QPointF, centre);
        FeatureCollection fc;
        QString error;
        QVERIFY2(GeoJson::read(geometry, QStringLiteral("g"), &fc, &error), qPrintable(error));
        const auto c = geo::centroid(fc.features.first().geometry);
        QVERIFY(c);
        QVERIFY2(std::abs(c->x() - centre.x()) < 1e-9 && std::abs(c->y() - centre.y()) < 1e-9,
                 qPrintable(QStringLiteral("%1, %2").arg(c->x()).arg(c->y())));
    }

    void communeCentres_data()
    {
        QTest::addColumn<QString>("property");
        QTest::newRow("IGN ADMIN EXPRESS") << "INSEE_COM";
        QTest::newRow("geo API") << "code";
        QTest::newRow("INSEE") << "codgeo";
        QTest::newRow("insee") << "insee";
    }
    void communeCentres()
    {
        QFETCH(QString, property);
        const QByteArray json =
            QString::fromUtf8(
                R"({"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"%1":"88304","nom":"Mirecourt"},
             "geometry":{"type":"Polygon","coordinates":[[[6.1,48.28],[6.16,48.28],[6.16,48.32],[6.1,48.32],[6.1,48.28]]]}},
            {"type":"Feature","properties":{"%1":1001,"nom":"L’Abergement-Clémenciat"},
             "geometry":{"type":"Point","coordinates":[4.92,46.15]}},
            {"type":"Feature","properties":{"nom":"Sans code"},
             "geometry":{"type":"Point","coordinates":[1,1]}}]})")
                .arg(property)
                .toUtf8();
        const QString path = test::tempPath(QStringLiteral("communes-%1.geojson").arg(property));
        test::writeBytes(path, json);
        CommuneCentres centres;
        QString error;
        QVERIFY2(centres.load(path, &error), qPrintable(error));
        QCOMPARE(centres.size(), 2);
        const auto m = centres.centre(QStringLiteral("88304"));
        QVERIFY(m);
        QVERIFY(std::abs(m->x() - 6.13) < 1e-9 && std::abs(m->y() - 48.30) < 1e-9);
        QVERIFY(centres.centre(QStringLiteral("01001")));
        QVERIFY(centres.centre(QStringLiteral("1001")));
        QVERIFY(!centres.centre(QStringLiteral("88160")));
        QCOMPARE(centres.centreByName(QStringLiteral("MIRECOURT")), m);
    }

    void communeCentresWithoutCodes()
    {
        const QString path = test::tempPath(QStringLiteral("nocode.geojson"));
        test::writeBytes(path, R"({"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"nom":"X"},"geometry":{"type":"Point","coordinates":[1,1]}}]})");
        CommuneCentres centres;
        QString error;
        QVERIFY(!centres.load(path, &error));
        QVERIFY2(error.contains(QStringLiteral("INSEE")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TstGeo)
#include "tst_geo.moc"
