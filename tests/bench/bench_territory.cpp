// The territory view against the map's repaint budget (docs/architecture.md): pan and zoom
// with 10 000 located actors (or ACTORS). Frames of the GUI's TerritoryView (no background:
// no network here), then the painter alone over a full screen of map tiles held in memory.
#include "bench.h"

#include "core/document/document.h"
#include "ui/network/networkscene.h"
#include "ui/network/networkview.h"
#include "core/render/territory.h"
#include "core/store/repositories.h"
#include "ui/territory/territoryview.h"

#include <QApplication>
#include <QFile>
#include <QKeyEvent>
#include <QPainter>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <ctime>

using namespace maillage;
using namespace maillage::bench;

namespace {

/// `n` actors placed in the Vosges (48.0–48.6 N, 5.7–6.9 E) in clusters of about 50 (towns,
/// a tenth of them sharing one address), 2 links per actor, most within a town.
QString makeLocatedTerritory(int n)
{
    const QString path = scratch(QStringLiteral("territory-%1.maillage").arg(n));
    if (QFile::exists(path))
        return path;
    Store store;
    store.create(path, QStringLiteral("Bench"));
    QRandomGenerator rng(19);
    const QList<Category> categories = CategoryRepository(store).list();
    const QList<LinkType> types = LinkTypeRepository(store).list();
    store.begin();
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral(
        "INSERT INTO actor (id, name, category_id, influence, x, y, latitude, longitude, "
        "location_precision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', '')"));
    const int towns = std::max(1, n / 50);
    QList<QPointF> centres;  // (lon, lat)
    for (int t = 0; t < towns; ++t)
        centres << QPointF(5.7 + rng.generateDouble() * 1.2, 48.0 + rng.generateDouble() * 0.6);
    for (int i = 1; i <= n; ++i) {
        const QPointF c = centres[i % towns];
        QPointF p = c;
        if (rng.bounded(10) != 0)  // one in ten at the town's centre (a shared place)
            p += QPointF((rng.generateDouble() - 0.5) * 0.03, (rng.generateDouble() - 0.5) * 0.02);
        q.addBindValue(i);
        q.addBindValue(QStringLiteral("Acteur numéro %1").arg(i));
        q.addBindValue(categories.at(i % categories.size()).id);
        q.addBindValue(i % 6);
        q.addBindValue(rng.generateDouble() * 9000);
        q.addBindValue(rng.generateDouble() * 9000);
        q.addBindValue(p.y());
        q.addBindValue(p.x());
        q.addBindValue(QStringLiteral("street"));
        q.exec();
    }
    q.prepare(QStringLiteral("INSERT INTO link (source_id, target_id, type_id, strength, "
                             "created_at, updated_at) VALUES (?, ?, ?, ?, '', '')"));
    for (int i = 1; i <= n; ++i)
        for (int k = 0; k < 2; ++k) {
            int j = 1 + int(rng.bounded(n));
            if (rng.bounded(10) < 8)  // same town
                j = i % towns + towns * int(rng.bounded(std::max(1, n / towns)));
            if (j < 1 || j > n || j == i)
                j = i % n + 1;
            q.addBindValue(i);
            q.addBindValue(j);
            q.addBindValue(types.at(int(rng.bounded(int(types.size())))).id);
            q.addBindValue(1 + int(rng.bounded(5)));
            q.exec();
        }
    store.commit();
    store.close();
    return path;
}

/// Processor time of this thread for `f`, in ms: the machine is shared, wall time says more
/// about the neighbours than about the view.
double cpuNow(const std::function<void()> &f)
{
    timespec a, b;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a);
    f();
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b);
    return (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6;
}

struct Frames
{
    QList<double> ms;
    QString line(const QString &what) const
    {
        QList<double> s = ms;
        std::sort(s.begin(), s.end());
        const double median = s.isEmpty() ? 0 : s[s.size() / 2];
        const double worst = s.isEmpty() ? 0 : s.last();
        return QStringLiteral("  %1: %2 frames, median %3 ms, worst %4 ms")
            .arg(what, -44)
            .arg(s.size())
            .arg(median, 0, 'f', 1)
            .arg(worst, 0, 'f', 1);
    }
};

/// Tiles made in memory: what a warm cache gives, without the network.
class MemoryTiles : public render::TileSource
{
public:
    MemoryTiles()
    {
        m_tile = QImage(256, 256, QImage::Format_ARGB32_Premultiplied);
        m_tile.fill(QColor(0xe8, 0xe4, 0xdc));
        QPainter p(&m_tile);
        p.setPen(QColor(0xc0, 0xb8, 0xa8));
        for (int k = 0; k < 256; k += 32)
            p.drawLine(k, 0, 255 - k, 255);
    }
    QImage tile(int, int, int) override { return m_tile; }

private:
    QImage m_tile;
};

int runTerritory(const QStringList &args)
{
    const int n = args.isEmpty() ? 10000 : args.first().toInt();
    const QString path = makeLocatedTerritory(n);
    Document doc;
    if (!doc.open(path)) {
        out() << "cannot open " << path << Qt::endl;
        return 1;
    }
    NetworkScene scene(&doc);
    NetworkView network(&scene);
    TerritoryView view(&doc, &scene, &network);
    view.tiles()->setCacheDirectory(QString());
    view.setBackground(TerritoryView::Background::None);
    view.resize(1280, 720);
    view.show();
    QApplication::processEvents();
    const double firstMs = cpuNow([&] {
        view.fitAll();
        view.repaint();
    });
    out() << QStringLiteral("territory view, %1 located actors, %2 links, 1280×720:")
                 .arg(view.model().points.size())
                 .arg(view.model().edges.size())
          << Qt::endl;
    out() << QStringLiteral("  first frame (read places, fan out, draw): %1 ms")
                 .arg(firstMs, 0, 'f', 1)
          << Qt::endl;
    const auto frame = [&](Frames &f, const std::function<void()> &change) {
        change();
        f.ms << cpuNow([&] { view.repaint(); });
    };
    // Everything in view: pan around the whole département.
    Frames all;
    for (int i = 0; i < 30; ++i)
        frame(all, [&] {
            QKeyEvent key(QEvent::KeyPress, i % 2 ? Qt::Key_Right : Qt::Key_Down, Qt::NoModifier);
            QApplication::sendEvent(&view, &key);
        });
    // Zoom in step by step to one town (fewer actors on screen, labels on), then back.
    Frames zoom, close;
    const QPointF town = view.model().points.front().world;
    view.centreOn(town, view.viewport().zoom);
    for (int i = 0; i < 24; ++i)
        frame(zoom, [&] { view.zoomBy(i < 12 ? 1.25 : 0.8); });
    view.centreOn(town, 14);
    int onScreen = 0;
    const QRectF screen(QPointF(0, 0), QSizeF(view.size()));
    for (const auto &p : view.model().points)
        onScreen += p.visible && screen.contains(view.model().screenPos(p, view.viewport()));
    for (int i = 0; i < 30; ++i)
        frame(close, [&] {
            QKeyEvent key(QEvent::KeyPress, i % 2 ? Qt::Key_Left : Qt::Key_Up, Qt::NoModifier);
            QApplication::sendEvent(&view, &key);
        });
    out() << all.line(QStringLiteral("pan, all in view, labels off")) << Qt::endl;
    out() << zoom.line(QStringLiteral("zoom in and out (×1.25 steps)")) << Qt::endl;
    out() << close.line(QStringLiteral("pan in a town (%1 on screen, labels on)").arg(onScreen))
          << Qt::endl;
    // The painter over a screen of tiles (warm cache), all actors in view.
    render::TerritoryModel model = view.model();
    MemoryTiles tiles;
    render::TerritoryOptions options;
    options.tiles = &tiles;
    options.attribution = render::TerritoryPainter::osmAttribution();
    render::TerritoryPainter painter(model);
    QImage image(1280, 720, QImage::Format_ARGB32_Premultiplied);
    render::GeoViewport v = render::GeoViewport::fit(model.worldBounds(), QSizeF(1280, 720));
    Frames tiled;
    for (int i = 0; i < 20; ++i) {
        v.centre += QPointF(i % 2 ? 30 : -30, 0) / v.worldPixels();
        tiled.ms << cpuNow([&] {
            QPainter p(&image);
            painter.paint(p, v, options);
        });
    }
    out() << tiled.line(QStringLiteral("painter with tiles, all in view")) << Qt::endl;
    out() << QStringLiteral("  (processor time of the UI thread, not wall time)") << Qt::endl;
    out() << QStringLiteral("  budget: < 50 ms all in view labels off; < 16 ms with ≤ 1k on "
                            "screen, labels on")
          << Qt::endl;
    return 0;
}

const Registration reg(Benchmark{QStringLiteral("territory-view"),
                                 QStringLiteral("pan and zoom the territory view with 10k "
                                                "located actors (or ACTORS): frame times"),
                                 runTerritory});

} // namespace
