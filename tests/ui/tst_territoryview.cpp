// The territory view (the map's second mode): tiles from a stand-in server on 127.0.0.1 (never
// the internet), a view that survives a 404, a time-out and a broken tile, the attribution in
// PNG and SVG exports, dragging an actor to set its place (undo restores it), selection and
// filters shared with the network view, actors sharing a place fanned out, the choropleth's
// counts, and `maillage-cli render --view territory`.
#include "core/document/document.h"
#include "core/io/sample.h"
#include "ui/mainwindow.h"
#include "ui/network/networkscene.h"
#include "ui/network/networkview.h"
#include "core/render/territory.h"
#include "core/render/tiles.h"
#include "core/geo/geocoder.h"
#include "ui/territory/mapmodes.h"
#include "ui/territory/territoryview.h"
#include "ui/preferencesdialog.h"
#include "ui/settings.h"
#include "testsupport.h"
#include "tileserver.h"
#include "uitestsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QtTest>

using namespace maillage;

namespace {

QString samplePath()
{
    return test::freshSample(QStringLiteral("territory"));
}

Document *openSample(Document &doc)
{
    if (!doc.open(samplePath()))
        qFatal("cannot open the sample territory");
    return &doc;
}

/// The sample territory in a territory view of `size`, fitted, no background.
struct SampleTerritory
{
    Document doc;
    NetworkScene scene{openSample(doc)};
    NetworkView network{&scene};
    TerritoryView view{&doc, &scene, &network};
    explicit SampleTerritory(QSize size = QSize(900, 600))
    {
        view.tiles()->setCacheDirectory(QString());  // no disk cache shared between tests
        view.setBackground(TerritoryView::Background::None);
        view.resize(size);
        view.show();
        view.fitAll();
        view.model();
    }
    int indexOf(qint64 id)
    {
        const auto &points = view.model().points;
        for (int i = 0; i < int(points.size()); ++i)
            if (points[i].id == id)
                return i;
        return -1;
    }
    qint64 idOf(const QString &name)
    {
        for (const Actor &a : doc.actors())
            if (a.name == name)
                return a.id;
        return 0;
    }
};

int countColour(const QImage &image, const QColor &colour, const QRect &area)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (QColor(image.pixel(x, y)) == colour)
                ++n;
    return n;
}

} // namespace

class TestTerritoryView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        // Main windows made by these tests never ask the real tile server: no background
        // unless a test points the view at its stand-in.
        Settings().setTerritoryBackground(int(TerritoryView::Background::None));
        Settings().setTileUrl(QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png"));
    }

    void sampleActorsHavePlaces()
    {
        SampleTerritory t;
        const render::TerritoryModel &m = t.view.model();
        // 34 actors in the sample; two persons are left without a place on purpose.
        QCOMPARE(int(m.points.size()), 32);
        QCOMPARE(m.unlocated, 2);
        QVERIFY(t.view.unlocatedLine().contains(QLatin1String("Locate")));
        QVERIFY(!m.edges.empty());
        // Around Mirecourt (48.30 N, 6.13 E): the middle of the view is in the Vosges or nearby.
        double lat, lon;
        render::webmercator::toLatLon(t.view.viewport().centre, &lat, &lon);
        QVERIFY2(lat > 47.9 && lat < 48.8 && lon > 5.9 && lon < 6.6,
                 qPrintable(QStringLiteral("%1 %2").arg(lat).arg(lon)));
    }

    void webMercatorRoundTrip_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<QPointF>("world");
        QTest::newRow("origin") << 0.0 << 0.0 << QPointF(0.5, 0.5);
        QTest::newRow("west edge") << 0.0 << -180.0 << QPointF(0.0, 0.5);
        // Mirecourt, at zoom 16 (the OpenStreetMap wiki's formula, x = (lon + 180) / 360 · 2^z,
        // y = (1 − asinh(tan lat) / π) / 2 · 2^z, computed in Python): 33884.5696, 22699.5382.
        QTest::newRow("Mirecourt") << 48.2995 << 6.1335
                                   << QPointF(33884.5696 / 65536.0, 22699.5382 / 65536.0);
    }
    void webMercatorRoundTrip()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(QPointF, world);
        const QPointF w = render::webmercator::fromLatLon(lat, lon);
        QVERIFY2(std::abs(w.x() - world.x()) < 1.0 / 65536 && std::abs(w.y() - world.y()) < 1.0 / 65536,
                 qPrintable(QStringLiteral("%1 %2").arg(w.x() * 65536).arg(w.y() * 65536)));
        double lat2, lon2;
        render::webmercator::toLatLon(w, &lat2, &lon2);
        QVERIFY(std::abs(lat2 - lat) < 1e-9 && std::abs(lon2 - lon) < 1e-9);
    }

    void sharedPlaceIsFannedOut()
    {
        SampleTerritory t;
        // The town hall and the CCAS share an address; the persons share the commune's centre.
        const auto &points = t.view.model().points;
        const int a = t.indexOf(t.idOf(QStringLiteral("Mairie de Mirecourt")));
        const int b = t.indexOf(t.idOf(QStringLiteral("CCAS de Mirecourt")));
        QVERIFY(a >= 0 && b >= 0);
        QCOMPARE(points[a].world, points[b].world);
        t.view.centreOn(points[a].world, 18);  // the street, where nothing else is near
        const QPointF pa = t.view.model().screenPos(points[a], t.view.viewport());
        const QPointF pb = t.view.model().screenPos(points[b], t.view.viewport());
        QVERIFY(QLineF(pa, pb).length() >= points[a].radius + points[b].radius);
        // Each can be picked.
        QCOMPARE(t.view.model().pointAt(t.view.viewport(), pa), a);
        QCOMPARE(t.view.model().pointAt(t.view.viewport(), pb), b);
    }

    void tilesFromLocalServer()
    {
        test::TileServer server;
        SampleTerritory t;
        QSignalSpy arrived(t.view.tiles(), &render::TileStore::tileArrived);
        t.view.setTileUrl(server.urlTemplate());
        t.view.setBackground(TerritoryView::Background::Tiles);
        t.view.repaint();
        QTRY_VERIFY_WITH_TIMEOUT(t.view.tiles()->pending() == 0 && arrived.count() > 0, 10000);
        QCOMPARE(t.view.tiles()->failures(), 0);
        QVERIFY2(server.lastUserAgent().startsWith("Maillage/"), server.lastUserAgent().constData());
        const QImage shot = t.view.grab().toImage();
        // The fixture tiles' colour fills the map, the actors drawn over it.
        QVERIFY(countColour(shot, test::TileServer::tileColour(), shot.rect()) >
                shot.width() * shot.height() / 3);
    }

    void survivesBadTiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("404") << QStringLiteral("missing");
        QTest::newRow("not an image") << QStringLiteral("garbage");
        QTest::newRow("time-out") << QStringLiteral("slow");
    }
    void survivesBadTiles()
    {
        QFETCH(QString, kind);
        test::TileServer server;
        SampleTerritory t;
        QSignalSpy failed(t.view.tiles(), &render::TileStore::tileFailed);
        t.view.tiles()->setTimeout(400);
        t.view.setTileUrl(server.urlTemplate(kind));
        t.view.setBackground(TerritoryView::Background::Tiles);
        QElapsedTimer paint;
        paint.start();
        t.view.repaint();
        // Drawing never waits for the network.
        QVERIFY(paint.elapsed() < 300);
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() > 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(t.view.tiles()->pending(), 0, 10000);
        QVERIFY(failed.first().first().toString().contains(QLatin1String("127.0.0.1")));
        // Failed tiles are not asked again at once.
        const int asked = server.requests();
        t.view.repaint();
        QTest::qWait(100);
        QCOMPARE(server.requests(), asked);
        // The actors are still drawn (a category colour, the town hall's institution blue).
        const auto &p = t.view.model().points[t.indexOf(t.idOf(QStringLiteral("Lycée Jean-Baptiste Vuillaume")))];
        t.view.centreOn(p.world, 16);
        const QImage shot = t.view.grab().toImage();
        QCOMPARE(countColour(shot, test::TileServer::tileColour(), shot.rect()), 0);
        const QPoint c = t.view.model().screenPos(p, t.view.viewport()).toPoint();
        QCOMPARE(QColor(shot.pixel(c)).rgb() & 0xffffff, QColor::fromRgba(p.fill).rgb() & 0xffffff);
    }

    void cachedTilesWorkOffline()
    {
        QTemporaryDir cache;
        QString url;
        {
            test::TileServer server;
            render::TileStore store;
            store.setCacheDirectory(cache.path());
            url = server.urlTemplate();
            store.setUrlTemplate(url);
            QVERIFY(store.tile(3, 4, 2).isNull());
            QVERIFY(store.waitForPending(10000));
            QVERIFY(!store.tile(3, 4, 2).isNull());
        }
        // The server is gone: the same address is unreachable, the tile comes from the disk.
        render::TileStore offline;
        offline.setCacheDirectory(cache.path());
        offline.setUrlTemplate(url);
        const QImage img = offline.tile(3, 4, 2);
        QVERIFY(!img.isNull());
        QCOMPARE(QColor(img.pixel(10, 10)), test::TileServer::tileColour());
    }

    void attributionInExports()
    {
        test::TileServer server;
        SampleTerritory t;
        t.view.setTileUrl(server.urlTemplate());
        t.view.setBackground(TerritoryView::Background::Tiles);
        const QString svg = test::tempPath(QStringLiteral("territory.svg"));
        const QString png = test::tempPath(QStringLiteral("territory.png"));
        QString error;
        QVERIFY2(t.view.exportTo(svg, true, 1200, &error), qPrintable(error));
        QVERIFY2(t.view.exportTo(png, false, 1200, &error), qPrintable(error));
        const QString text = QString::fromUtf8(test::readBytes(svg));
        QVERIFY(text.contains(render::TerritoryPainter::osmAttribution().toHtmlEscaped()) ||
                text.contains(render::TerritoryPainter::osmAttribution()));
        QVERIFY(text.contains(QLatin1String("Mairie de Mirecourt")) ||
                text.contains(QLatin1String("Bernard Collignon")));
        const QImage image(png);
        QCOMPARE(image.width(), 1200);
        // The attribution box, bottom right, over the tiles: light with dark text.
        const QRect corner(image.width() - 150, image.height() - 14, 150, 14);
        QVERIFY(countColour(image, test::TileServer::tileColour(), corner) < corner.width() * corner.height() / 4);
        int dark = 0;
        for (int y = corner.top(); y <= corner.bottom(); ++y)
            for (int x = corner.left(); x <= corner.right(); ++x)
                dark += qGray(image.pixel(x, y)) < 100;
        QVERIFY(dark > 20);
        // Tiles were drawn in the export.
        QVERIFY(countColour(image, test::TileServer::tileColour(), image.rect()) > image.width() * 10);
    }

    void dragSetsPlaceAndUndoRestores()
    {
        SampleTerritory t;
        const qint64 id = t.idOf(QStringLiteral("Lycée Jean-Baptiste Vuillaume"));
        const Actor before = *t.doc.actor(id);
        t.view.centreOn(t.view.model().points[t.indexOf(id)].world, 15);
        const auto &points = t.view.model().points;
        const QPoint from = t.view.model().screenPos(points[t.indexOf(id)], t.view.viewport()).toPoint();
        QVERIFY(t.view.rect().contains(from));
        QCOMPARE(t.view.model().pointAt(t.view.viewport(), from), t.indexOf(id));
        const QPoint to = from + QPoint(60, 40);
        QTest::mousePress(&t.view, Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(from + QPoint(30, 20)), t.view.mapToGlobal(QPointF(from + QPoint(30, 20))),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&t.view, &move);
        QMouseEvent move2(QEvent::MouseMove, QPointF(to), t.view.mapToGlobal(QPointF(to)), Qt::NoButton,
                          Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&t.view, &move2);
        QTest::mouseRelease(&t.view, Qt::LeftButton, {}, to);
        const Actor after = *t.doc.actor(id);
        QCOMPARE(after.locationPrecision, QStringLiteral("manual"));
        // Moved east and south, by the drag's length at this zoom.
        QVERIFY(after.longitude > before.longitude && after.latitude < before.latitude);
        double lat, lon;
        render::webmercator::toLatLon(t.view.viewport().toWorld(to), &lat, &lon);
        QVERIFY(std::abs(after.latitude - lat) < 1e-5 && std::abs(after.longitude - lon) < 1e-5);
        QCOMPARE(t.doc.undoStack()->count(), 1);
        // The network positions are untouched.
        QCOMPARE(after.x, before.x);
        t.doc.undoStack()->undo();
        const Actor undone = *t.doc.actor(id);
        QCOMPARE(undone.latitude, before.latitude);
        QCOMPARE(undone.longitude, before.longitude);
        QCOMPARE(undone.locationPrecision, before.locationPrecision);
        // And the view follows.
        const QPoint back = t.view.model().screenPos(t.view.model().points[t.indexOf(id)], t.view.viewport()).toPoint();
        QVERIFY((back - from).manhattanLength() <= 2);
    }

    void placeRefusesBadCoordinates()
    {
        Document doc;
        openSample(doc);
        const qint64 id = doc.actors().first().id;
        QString error;
        QVERIFY(!doc.placeActors({{id, 91, 6, QStringLiteral("manual")}}, QString(), &error));
        QVERIFY(error.contains(QLatin1String("91")));
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void selectionAndFiltersShared()
    {
        SampleTerritory t;
        const qint64 mairie = t.idOf(QStringLiteral("Mairie de Mirecourt"));
        // Selected on the network: selected on the territory.
        t.scene.selectActors({mairie});
        QVERIFY(t.view.model().points[t.indexOf(mairie)].selected);
        // Clicked on the territory: selected on the network.
        const qint64 lycee = t.idOf(QStringLiteral("Lycée Jean-Baptiste Vuillaume"));
        t.view.centreOn(t.view.model().points[t.indexOf(lycee)].world, 15);
        const QPoint at = t.view.model().screenPos(t.view.model().points[t.indexOf(lycee)], t.view.viewport()).toPoint();
        QTest::mouseClick(&t.view, Qt::LeftButton, {}, at);
        QCOMPARE(t.scene.selectedActors(), QList<qint64>{lycee});
        QCOMPARE(t.doc.undoStack()->count(), 0);  // a click moves nothing
        // The network's filter hides the same actors here, and the unlocated count follows.
        const Actor a = *t.doc.actor(mairie);
        MapFilter filter;
        filter.categories = {a.categoryId};
        t.scene.setFilter(filter);
        int visible = 0;
        for (const auto &p : t.view.model().points) {
            QCOMPARE(p.visible, t.doc.actor(p.id)->categoryId == a.categoryId);
            visible += p.visible;
        }
        QVERIFY(visible > 0);
        QCOMPARE(t.view.model().unlocated, 0);  // the unlocated ones are citizens
        for (const auto &e : t.view.model().edges)
            if (e.visible)
                QVERIFY(t.view.model().points[e.a].visible && t.view.model().points[e.b].visible);
        // The focus dims the same actors.
        t.scene.setFilter({});
        t.scene.setFocusSet({mairie});
        for (const auto &p : t.view.model().points)
            QCOMPARE(p.dimmed, p.id != mairie);
    }

    void choroplethCounts()
    {
        // Two squares: one around Mirecourt, one around Épinal (the département's and the
        // CAF's offices).
        const QString path = test::tempPath(QStringLiteral("communes.geojson"));
        const auto square = [](double lat0, double lon0, double lat1, double lon1) {
            return QStringLiteral("[[[%2,%1],[%4,%1],[%4,%3],[%2,%3],[%2,%1]]]")
                .arg(lat0).arg(lon0).arg(lat1).arg(lon1);
        };
        test::writeBytes(path, QStringLiteral(
            R"({"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"code":"88304","nom":"Mirecourt"},
               "geometry":{"type":"Polygon","coordinates":%1}},
              {"type":"Feature","properties":{"code":"88160","nom":"Épinal"},
               "geometry":{"type":"MultiPolygon","coordinates":[%2]}},
              {"type":"Feature","properties":{"code":"88999","nom":"Nowhere"},
               "geometry":{"type":"Polygon","coordinates":%3}}]})")
            .arg(square(48.28, 6.11, 48.32, 6.15), square(48.15, 6.40, 48.20, 6.50),
                 square(47.0, 5.0, 47.1, 5.1)).toUtf8());
        SampleTerritory t;
        TerritoryPanel panel(&t.doc, &t.scene, &t.network);
        panel.view()->tiles()->setCacheDirectory(QString());
        QString error;
        QVERIFY2(panel.loadOutlines(path, &error), qPrintable(error));
        QCOMPARE(panel.view()->background(), TerritoryView::Background::Areas);
        const auto &areas = panel.view()->model().areas;
        QCOMPARE(areas.size(), 3);
        // 31 places in and around Mirecourt, Poussay's farm (48.316 N) included; the ARS in
        // Nancy is in neither.
        QCOMPARE(areas[0].count, 29);
        QCOMPARE(areas[1].count, 2);
        QCOMPARE(areas[2].count, 0);
        QVERIFY(render::TerritoryPainter::areaColour(29, 29) != render::TerritoryPainter::areaColour(2, 29));
        QCOMPARE(render::TerritoryPainter::areaColour(0, 29), render::TerritoryPainter::areaColour(0, 5));
        // A filter changes the counts.
        MapFilter filter;
        filter.categories = {t.doc.actor(t.idOf(QStringLiteral("CAF des Vosges")))->categoryId};
        t.scene.setFilter(filter);
        QCOMPARE(panel.view()->model().areas[1].count, 1);
        // Malformed outlines: one line naming the file, nothing changed.
        const QString bad = test::tempPath(QStringLiteral("bad.geojson"));
        test::writeBytes(bad, "{\"type\":\"FeatureCollection\",\"features\":[");
        QVERIFY(!panel.loadOutlines(bad, &error));
        QVERIFY(error.contains(QLatin1String("bad.geojson")));
        QCOMPARE(panel.view()->model().areas.size(), 3);
    }

    void toggleInMainWindow()
    {
        MainWindow window;
        window.resize(1280, 720);
        window.show();
        window.openFile(samplePath());
        auto *modes = window.findChild<MapModes *>();
        QVERIFY(modes);
        QAction *toggle = modes->toggleAction();
        QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_T));
        QVERIFY(!modes->territoryShown());
        toggle->trigger();
        QVERIFY(modes->territoryShown());
        QVERIFY(modes->territoryView()->isVisible());
        // In the View menu and on the toolbar.
        bool inMenu = false;
        for (QMenu *menu : window.menuBar()->findChildren<QMenu *>())
            inMenu |= menu->actions().contains(toggle);
        QVERIFY(inMenu);
        toggle->trigger();
        QVERIFY(!modes->territoryShown());
    }

    void preferencesSetTileServer()
    {
        test::TileServer server;
        MainWindow window;
        window.show();
        window.openFile(samplePath());
        auto *modes = window.findChild<MapModes *>();
        bool okEnabledForBad = true;
        test::whenModal([&](QWidget *w) {
            auto *dialog = qobject_cast<PreferencesDialog *>(w);
            QVERIFY(dialog);
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            dialog->tileUrlEdit()->setText(QStringLiteral("http://127.0.0.1/no-placeholders.png"));
            okEnabledForBad = ok->isEnabled();
            dialog->tileUrlEdit()->setText(server.urlTemplate());
            QVERIFY(ok->isEnabled());
            ok->click();
        });
        window.findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
        QVERIFY(!okEnabledForBad);
        QCOMPARE(Settings().tileUrl(), server.urlTemplate());
        QCOMPARE(modes->territoryView()->tiles()->urlTemplate(), server.urlTemplate());
        Settings().setTileUrl(QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png"));
    }

    void preferencesSetGeocoderAndContact_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("contact");
        QTest::addColumn<bool>("valid");
        QTest::newRow("defaults") << QString() << QString() << true;
        QTest::newRow("http service, e-mail") << QStringLiteral("http://127.0.0.1:8080/search/csv/")
                                              << QStringLiteral("atelier@example.org") << true;
        QTest::newRow("https contact") << QStringLiteral("https://geo.example.org/search/csv/")
                                       << QStringLiteral("https://example.org/maillage") << true;
        QTest::newRow("ftp service") << QStringLiteral("ftp://example.org/csv") << QString() << false;
        QTest::newRow("no scheme") << QStringLiteral("api-adresse.data.gouv.fr") << QString() << false;
        QTest::newRow("bad contact") << QString() << QStringLiteral("Atelier Mirecourt") << false;
        QTest::newRow("contact ftp") << QString() << QStringLiteral("ftp://example.org") << false;
    }
    void preferencesSetGeocoderAndContact()
    {
        QFETCH(QString, service);
        QFETCH(QString, contact);
        QFETCH(bool, valid);
        PreferencesDialog dialog;
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QCOMPARE(dialog.geocoderEdit()->text(), geo::Geocoder::builtInService().toString());
        dialog.geocoderEdit()->setText(service);
        dialog.contactEdit()->setText(contact);
        QCOMPARE(ok->isEnabled(), valid);
        QCOMPARE(dialog.problem().isEmpty(), valid);
        if (!valid) {
            // One line says what is wrong; nothing is saved.
            QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("preferencesProblem"))->isHidden());
            dialog.accept();
            QCOMPARE(geo::Geocoder::defaultService(), geo::Geocoder::builtInService());
            return;
        }
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(geo::Geocoder::defaultService(),
                 service.isEmpty() ? geo::Geocoder::builtInService() : QUrl(service));
        QCOMPARE(render::TileStore::contact(), contact);
        // Restore Default puts the Base Adresse Nationale back.
        PreferencesDialog again;
        QCOMPARE(again.geocoderEdit()->text(), geo::Geocoder::defaultService().toString());
        QCOMPARE(again.contactEdit()->text(), contact);
        again.findChild<QPushButton *>(QStringLiteral("geocoderRestoreDefault"))->click();
        again.contactEdit()->clear();
        again.accept();
        QCOMPARE(geo::Geocoder::defaultService(), geo::Geocoder::builtInService());
        QCOMPARE(render::TileStore::contact(), QString());
    }

    void tileServerIsToldTheContact()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        render::TileStore::setContact(QStringLiteral("atelier@example.org"));
        test::TileServer server;
        SampleTerritory t;
        QSignalSpy arrived(t.view.tiles(), &render::TileStore::tileArrived);
        t.view.setTileUrl(server.urlTemplate());
        t.view.setBackground(TerritoryView::Background::Tiles);
        t.view.repaint();
        QTRY_VERIFY_WITH_TIMEOUT(arrived.count() > 0, 10000);
        QCOMPARE(server.lastUserAgent(), QByteArray("Maillage/9.8.7 (+atelier@example.org)"));
        render::TileStore::setContact(QString());
        QCoreApplication::setApplicationVersion(QString());
        // Without the setting, the build's contact (MAILLAGE_CONTACT) or none.
        QVERIFY(!render::TileStore::userAgent().contains("atelier@example.org"));
    }

    void cliRendersTerritory()
    {
        test::TileServer server;
        const QString file = samplePath();
        const QString out = test::tempPath(QStringLiteral("cli-territory.svg"));
        QFile::remove(out);
        auto r = test::runCli({QStringLiteral("render"), file, out, QStringLiteral("--view"),
                               QStringLiteral("territory"), QStringLiteral("--tiles"),
                               server.urlTemplate(), QStringLiteral("--width"),
                               QStringLiteral("800")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("32")));
        QVERIFY(server.requests() > 0);
        const QString svg = QString::fromUtf8(test::readBytes(out));
        QVERIFY(svg.contains(QLatin1String("OpenStreetMap")));
        // Default: no tiles, no request, no attribution.
        const int asked = server.requests();
        const QString png = test::tempPath(QStringLiteral("cli-territory.png"));
        r = test::runCli({QStringLiteral("render"), file, png, QStringLiteral("--view"),
                          QStringLiteral("territory")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(server.requests(), asked);
        QVERIFY(!QImage(png).isNull());
        // A 404 server: drawn all the same, with a warning.
        r = test::runCli({QStringLiteral("render"), file, png, QStringLiteral("--view"),
                          QStringLiteral("territory"), QStringLiteral("--tiles"),
                          server.urlTemplate(QStringLiteral("missing"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("404")));
        // Bad input: one line, nothing written.
        const QString none = test::tempPath(QStringLiteral("none.png"));
        r = test::runCli({QStringLiteral("render"), file, none, QStringLiteral("--view"),
                          QStringLiteral("territory"), QStringLiteral("--outlines"),
                          test::tempPath(QStringLiteral("missing.geojson"))});
        QVERIFY(r.exitCode != 0);
        QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
        lines.removeIf([](const QString &l) { return l.startsWith(QLatin1String("QStandardPaths")); });
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(QLatin1String("missing.geojson")), qPrintable(r.err));
        QVERIFY(!QFile::exists(none));
    }
};

QTEST_MAIN(TestTerritoryView)
#include "tst_territoryview.moc"
