#include "core/render/territory.h"

#include "core/geo/geojson.h"
#include "core/render/hairlines.h"
#include "core/render/labelplacement.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <map>
#include <numbers>

namespace maillage::render {

namespace webmercator {

QPointF fromLatLon(double latitude, double longitude)
{
    const double lat = std::clamp(latitude, -kMaxLatitude, kMaxLatitude) * std::numbers::pi / 180;
    const double x = (longitude + 180.0) / 360.0;
    const double y = (1.0 - std::log(std::tan(lat) + 1.0 / std::cos(lat)) / std::numbers::pi) / 2.0;
    return {x, y};
}

void toLatLon(const QPointF &world, double *latitude, double *longitude)
{
    *longitude = world.x() * 360.0 - 180.0;
    const double n = std::numbers::pi * (1.0 - 2.0 * world.y());
    *latitude = std::atan(std::sinh(n)) * 180.0 / std::numbers::pi;
}

} // namespace webmercator

QPointF GeoViewport::toScreen(const QPointF &world) const
{
    const double s = worldPixels();
    return (world - centre) * s + QPointF(size.width() / 2, size.height() / 2);
}

QPointF GeoViewport::toWorld(const QPointF &screen) const
{
    const double s = worldPixels();
    return (screen - QPointF(size.width() / 2, size.height() / 2)) / s + centre;
}

QRectF GeoViewport::visibleWorld() const
{
    return QRectF(toWorld(QPointF(0, 0)), toWorld(QPointF(size.width(), size.height())));
}

void GeoViewport::zoomAt(double factor, const QPointF &screenAnchor)
{
    const QPointF anchor = toWorld(screenAnchor);
    zoom = std::clamp(zoom + std::log2(factor), kMinZoom, kMaxZoom);
    // Keep `anchor` under the mouse.
    centre = anchor - (screenAnchor - QPointF(size.width() / 2, size.height() / 2)) / worldPixels();
}

GeoViewport GeoViewport::fit(const QRectF &world, const QSizeF &size, double margin,
                             double maxZoom)
{
    GeoViewport v;
    v.size = size;
    if (world.isNull() && world.topLeft().isNull()) {
        v.centre = {0.5, 0.5};
        v.zoom = kMinZoom;
        return v;
    }
    v.centre = world.center();
    const double w = std::max(1.0, size.width() - 2 * margin);
    const double h = std::max(1.0, size.height() - 2 * margin);
    double z = maxZoom;
    if (world.width() > 0 || world.height() > 0) {
        const double zx = world.width() > 0 ? std::log2(w / (256.0 * world.width())) : maxZoom;
        const double zy = world.height() > 0 ? std::log2(h / (256.0 * world.height())) : maxZoom;
        z = std::min({zx, zy, maxZoom});
    }
    v.zoom = std::clamp(z, kMinZoom, kMaxZoom);
    return v;
}

// ---- the model ---------------------------------------------------------------------------

TerritoryModel TerritoryModel::fromMap(const MapModel &model, const MapOptions &options)
{
    TerritoryModel t;
    const MapPainter painter(model);
    // Sizes as on the network map: influence, or options.sizeValues, 0 … 1.
    double lo = 0, hi = 0;
    bool first = true;
    for (double v : options.sizeValues)
        if (std::isfinite(v)) {
            lo = first ? v : std::min(lo, v);
            hi = first ? v : std::max(hi, v);
            first = false;
        }
    QHash<qint64, int> index;
    for (const MapNode &n : model.nodes) {
        if (!n.hasLocation()) {
            ++t.unlocated;
            continue;
        }
        double norm = std::clamp(n.influence, 0, 5) / 5.0;
        if (!options.sizeValues.isEmpty()) {
            const double v = options.sizeValues.value(n.id, lo);
            norm = options.sizeValuesNormalised ? std::clamp(v, 0.0, 1.0)
                   : (hi > lo && std::isfinite(v)) ? (v - lo) / (hi - lo)
                                                   : 0.0;
        }
        TerritoryPoint p;
        p.id = n.id;
        p.world = webmercator::fromLatLon(n.latitude, n.longitude);
        p.radius = MapStyle::diameter(norm) * 0.28;
        const MapCategory *c = model.category(n.categoryId);
        QColor fill = options.colours.value(n.id, c ? c->color : QColor(0x80, 0x80, 0x80));
        p.fill = fill.rgba();
        p.outline = fill.darker(150).rgba();
        p.shape = c ? c->shape : Shape::Circle;
        p.dimmed = options.dimmed.contains(n.id);
        p.highlighted = options.highlighted.contains(n.id);
        p.priority = norm;
        p.label = painter.label(n, options);
        index.insert(n.id, int(t.points.size()));
        t.points.push_back(std::move(p));
    }
    for (const MapLink &l : model.links) {
        const int a = index.value(l.sourceId, -1), b = index.value(l.targetId, -1);
        if (a < 0 || b < 0 || a == b)
            continue;
        TerritoryEdge e;
        e.id = l.id;
        e.a = a;
        e.b = b;
        e.typeId = l.typeId;
        if (const MapLinkType *type = model.linkType(l.typeId)) {
            e.color = type->color;
            e.style = type->style;
        }
        e.width = 0.6 + 0.45 * std::clamp(l.strength, 1, 5);
        t.edges.push_back(e);
    }
    t.fanOut();
    return t;
}

void TerritoryModel::fanOut()
{
    // Places compared to about 10 cm (1e-8 of the world's width).
    std::map<std::pair<qint64, qint64>, std::vector<int>> places;
    for (int i = 0; i < int(points.size()); ++i) {
        points[i].fan = {};
        const QPointF &w = points[i].world;
        places[{qint64(std::llround(w.x() * 1e8)), qint64(std::llround(w.y() * 1e8))}].push_back(i);
    }
    for (const auto &[key, members] : places) {
        const int n = int(members.size());
        if (n < 2)
            continue;
        double largest = 0;
        for (int i : members)
            largest = std::max(largest, points[i].radius);
        // A ring just wide enough for the actors to sit side by side; beyond 24, a spiral.
        const double step = 2 * largest + 2;
        for (int k = 0; k < n; ++k) {
            double r, angle;
            if (n <= 24) {
                r = std::max(step, step * n / (2 * std::numbers::pi));
                angle = 2 * std::numbers::pi * k / n - std::numbers::pi / 2;
            } else {  // Fermat's spiral: even density
                r = step * 0.6 * std::sqrt(k + 1.0);
                angle = k * 2.39996322972865332;
            }
            points[members[k]].fan = QPointF(r * std::cos(angle), r * std::sin(angle));
        }
    }
}

namespace {

bool insideRings(const QList<QPolygonF> &rings, const QPointF &p)
{
    bool inside = false;
    for (const QPolygonF &ring : rings) {
        const int n = int(ring.size());
        for (int i = 0, j = n - 1; i < n; j = i++) {
            const QPointF &a = ring[i], &b = ring[j];
            if ((a.y() > p.y()) != (b.y() > p.y()) &&
                p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
        }
    }
    return inside;
}

} // namespace

TerritoryArea areaFromRings(const QString &code, const QString &name,
                            const QList<QList<QPointF>> &lonLatRings)
{
    TerritoryArea area;
    area.code = code;
    area.name = name;
    for (const QList<QPointF> &ring : lonLatRings) {
        QPolygonF poly;
        poly.reserve(ring.size());
        for (const QPointF &ll : ring)
            poly << webmercator::fromLatLon(ll.y(), ll.x());
        if (poly.size() >= 3) {
            area.bounds = area.bounds.isNull() ? poly.boundingRect()
                                               : area.bounds.united(poly.boundingRect());
            area.rings << poly;
        }
    }
    return area;
}

bool readAreas(const QString &path, QList<TerritoryArea> *out, QString *error)
{
    geo::FeatureCollection collection;
    if (!geo::GeoJson::readFile(path, &collection, error))
        return false;
    QList<TerritoryArea> areas;
    for (const geo::Feature &f : std::as_const(collection.features)) {
        if (f.geometry.type != geo::GeometryType::Polygon &&
            f.geometry.type != geo::GeometryType::MultiPolygon)
            continue;
        QString name;
        for (auto it = f.properties.cbegin(); it != f.properties.cend() && name.isEmpty(); ++it)
            for (const char *key : {"nom", "name", "nom_com", "libelle", "nom_m"})
                if (it.key().compare(QLatin1String(key), Qt::CaseInsensitive) == 0) {
                    name = it.value().toString();
                    break;
                }
        QList<QList<QPointF>> rings;
        for (const auto &polygon : f.geometry.parts)
            rings << polygon;
        TerritoryArea area = areaFromRings(geo::communeCodeOf(f), name, rings);
        if (!area.rings.isEmpty())
            areas << area;
    }
    if (areas.isEmpty()) {
        if (error)
            *error = TerritoryModel::tr("%1: no polygon in this file (commune outlines are "
                                        "Polygon or MultiPolygon features).")
                         .arg(path);
        return false;
    }
    *out = std::move(areas);
    return true;
}

void TerritoryModel::countByArea()
{
    for (TerritoryArea &area : areas) {
        area.count = 0;
        for (const TerritoryPoint &p : points)
            if (p.visible && area.bounds.contains(p.world) && insideRings(area.rings, p.world))
                ++area.count;
    }
}

QRectF TerritoryModel::worldBounds() const
{
    double x0 = 2, y0 = 2, x1 = -1, y1 = -1;
    for (const TerritoryPoint &p : points) {
        if (!p.visible)
            continue;
        x0 = std::min(x0, p.world.x());
        y0 = std::min(y0, p.world.y());
        x1 = std::max(x1, p.world.x());
        y1 = std::max(y1, p.world.y());
    }
    if (x1 >= x0)
        return QRectF(QPointF(x0, y0), QPointF(x1, y1));
    QRectF r;
    for (const TerritoryArea &a : areas)
        r = r.isNull() ? a.bounds : r.united(a.bounds);
    return r;
}

int TerritoryModel::pointAt(const GeoViewport &view, const QPointF &screen) const
{
    // The last drawn is on top.
    for (int i = int(points.size()) - 1; i >= 0; --i) {
        const TerritoryPoint &p = points[i];
        if (!p.visible)
            continue;
        const QPointF d = screenPos(p, view) - screen;
        if (d.x() * d.x() + d.y() * d.y() <= (p.radius + 3) * (p.radius + 3))
            return i;
    }
    return -1;
}

QString TerritoryModel::unlocatedText() const
{
    return unlocated ? tr("%Ln actor(s) have no place", nullptr, unlocated) : QString();
}

// ---- drawing -----------------------------------------------------------------------------

QString TerritoryPainter::osmAttribution()
{
    return tr("© OpenStreetMap contributors");
}

QColor TerritoryPainter::areaColour(int count, int max)
{
    if (count <= 0 || max <= 0)
        return QColor(0xf7, 0xf7, 0xf4);
    // Five classes from light to dark teal (ColorBrewer's sequential GnBu, colour-blind safe).
    static const QColor ramp[] = {QColor(0xcc, 0xeb, 0xc5), QColor(0xa8, 0xdd, 0xb5),
                                  QColor(0x7b, 0xcc, 0xc4), QColor(0x43, 0xa2, 0xca),
                                  QColor(0x08, 0x68, 0xac)};
    const int k = std::clamp(int(std::ceil(5.0 * count / max)) - 1, 0, 4);
    return ramp[k];
}

void TerritoryPainter::paint(QPainter &painter, const GeoViewport &view,
                             const TerritoryOptions &options)
{
    painter.save();
    painter.setClipRect(QRectF(QPointF(0, 0), view.size));
    painter.fillRect(QRectF(QPointF(0, 0), view.size), options.background);
    if (options.tiles)
        paintTiles(painter, view, options.tiles);
    if (options.areas && !m_model.areas.isEmpty())
        paintAreas(painter, view);
    paintLinks(painter, view, options.background);
    paintPoints(painter, view, options);
    if (options.areas && !m_model.areas.isEmpty())
        paintAreaLegend(painter, view);
    if (options.legend) {
        const MapPainter legend(*options.legend);
        const QSizeF size = legend.legendSize(options.legendOptions);
        if (size.width() < view.size.width() * 0.4 && size.height() < view.size.height() - 24) {
            painter.setOpacity(0.93);
            legend.paintLegend(painter, QPointF(view.size.width() - size.width() - 12, 12),
                               options.legendOptions);
            painter.setOpacity(1);
        }
    }
    if (!options.attribution.isEmpty()) {
        QFont f = painter.font();
        f.setPixelSize(11);
        painter.setFont(f);
        const QFontMetricsF fm(f);
        const QSizeF s(fm.horizontalAdvance(options.attribution) + 10, fm.height() + 4);
        const QRectF box(QPointF(view.size.width() - s.width(), view.size.height() - s.height()), s);
        painter.fillRect(box, QColor(255, 255, 255, 210));
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.drawText(box, Qt::AlignCenter, options.attribution);
    }
    painter.restore();
}

void TerritoryPainter::requestTiles(const GeoViewport &view, TileSource *tiles)
{
    const int z = std::clamp(int(std::floor(view.zoom + 0.25)), 0, 19);
    const int n = 1 << z;
    const QRectF world = view.visibleWorld();
    for (int y = std::max(0, int(std::floor(world.top() * n)));
         y <= std::min(n - 1, int(std::floor(world.bottom() * n))); ++y)
        for (int x = std::max(0, int(std::floor(world.left() * n)));
             x <= std::min(n - 1, int(std::floor(world.right() * n))); ++x)
            tiles->tile(z, x, y);
}

void TerritoryPainter::paintTiles(QPainter &painter, const GeoViewport &view, TileSource *tiles)
{
    const int z = std::clamp(int(std::floor(view.zoom + 0.25)), 0, 19);
    const int n = 1 << z;
    const double size = view.worldPixels() / n;  // a tile on screen
    const QRectF world = view.visibleWorld();
    const int x0 = std::max(0, int(std::floor(world.left() * n)));
    const int x1 = std::min(n - 1, int(std::floor(world.right() * n)));
    const int y0 = std::max(0, int(std::floor(world.top() * n)));
    const int y1 = std::min(n - 1, int(std::floor(world.bottom() * n)));
    painter.setRenderHint(QPainter::SmoothPixmapTransform, std::abs(size - 256) > 0.5);
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x) {
            const QPointF topLeft = view.toScreen(QPointF(double(x) / n, double(y) / n));
            // Whole pixels, a hair larger, so that no seam shows between tiles.
            const QRectF target(std::floor(topLeft.x()), std::floor(topLeft.y()),
                                std::ceil(size) + 1, std::ceil(size) + 1);
            QImage img = tiles->tile(z, x, y);
            if (!img.isNull()) {
                painter.drawImage(target, img);
                continue;
            }
            // Not here yet: a coarser tile at hand stands in, enlarged.
            for (int up = 1; up <= 4 && z - up >= 0; ++up) {
                const int px = x >> up, py = y >> up;
                const QImage parent = tiles->cachedTile(z - up, px, py);
                if (parent.isNull())
                    continue;
                const double part = 256.0 / (1 << up);
                const QRectF source((x - (px << up)) * part, (y - (py << up)) * part, part, part);
                painter.drawImage(target, parent, source);
                break;
            }
        }
}

void TerritoryPainter::paintAreas(QPainter &painter, const GeoViewport &view)
{
    int max = 0;
    for (const TerritoryArea &a : m_model.areas)
        max = std::max(max, a.count);
    const QRectF visible = view.visibleWorld();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const TerritoryArea &a : m_model.areas) {
        if (!a.bounds.intersects(visible))
            continue;
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const QPolygonF &ring : a.rings) {
            QPolygonF screen;
            screen.reserve(ring.size());
            for (const QPointF &p : ring)
                screen << view.toScreen(p);
            path.addPolygon(screen);
            path.closeSubpath();
        }
        QColor fill = areaColour(a.count, max);
        fill.setAlpha(200);
        painter.setBrush(fill);
        painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 0.8));
        painter.drawPath(path);
    }
    // Names of areas large enough on screen.
    QFont f = painter.font();
    f.setPixelSize(11);
    painter.setFont(f);
    const QFontMetricsF fm(f);
    const double scale = view.worldPixels();
    for (const TerritoryArea &a : m_model.areas) {
        if (!a.bounds.intersects(visible) || a.name.isEmpty())
            continue;
        const QSizeF onScreen = a.bounds.size() * scale;
        if (onScreen.width() < fm.horizontalAdvance(a.name) + 8 || onScreen.height() < 3 * fm.height())
            continue;
        const QPointF c = view.toScreen(a.bounds.center());
        const QRectF box(c.x() - onScreen.width() / 2, c.y() - fm.height(), onScreen.width(),
                         fm.height() * 2);
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.drawText(box, Qt::AlignCenter,
                         a.name + QLatin1Char('\n') + tr("%Ln actor(s)", nullptr, a.count));
    }
}

void TerritoryPainter::paintAreaLegend(QPainter &painter, const GeoViewport &view)
{
    int max = 0;
    for (const TerritoryArea &a : m_model.areas)
        max = std::max(max, a.count);
    QFont f = painter.font();
    f.setPixelSize(11);
    painter.setFont(f);
    const QFontMetricsF fm(f);
    // One swatch per class that can occur: 0, then up to five ranges of counts.
    QList<QPair<QString, QColor>> rows;
    rows << qMakePair(tr("No actor"), areaColour(0, max));
    int low = 1;
    for (int k = 1; k <= 5 && low <= max; ++k) {
        const int high = int(std::floor(max * k / 5.0));
        if (high < low)
            continue;
        rows << qMakePair(high == low ? QString::number(low)
                                      : tr("%1 to %2").arg(low).arg(high),
                          areaColour(high, max));
        low = high + 1;
    }
    const QString title = tr("Actors per area");
    double w = fm.horizontalAdvance(title);
    for (const auto &r : rows)
        w = std::max(w, fm.horizontalAdvance(r.first) + 22);
    const double line = fm.height() + 3;
    const QRectF box(10, view.size.height() - 10 - line * (rows.size() + 1) - 12, w + 16,
                     line * (rows.size() + 1) + 12);
    painter.setPen(QColor(0xbb, 0xbb, 0xbb));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(QColor(0x22, 0x22, 0x22));
    QFont bold = f;
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QPointF(box.left() + 8, box.top() + 6 + fm.ascent()), title);
    painter.setFont(f);
    double y = box.top() + 6 + line;
    for (const auto &r : rows) {
        painter.setPen(QColor(0x88, 0x88, 0x88));
        painter.setBrush(r.second);
        painter.drawRect(QRectF(box.left() + 8, y + 2, 14, fm.height() - 4));
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.drawText(QPointF(box.left() + 28, y + fm.ascent()), r.first);
        y += line;
    }
}

void TerritoryPainter::paintLinks(QPainter &painter, const GeoViewport &view,
                                  const QColor &background)
{
    // Many links on an image: written straight into it, opaque, not antialiased (QPainter
    // hands thin lines to its blender a pixel at a time: see render::HairlineCanvas).
    int shown = 0;
    for (const TerritoryEdge &e : m_model.edges)
        shown += e.visible && m_model.points[e.a].visible && m_model.points[e.b].visible;
    HairlineCanvas canvas;
    const bool fast = shown > 1500 && HairlineCanvas::supports(&painter) &&
                      canvas.begin(&painter, QRectF(QPointF(0, 0), view.size));
    const auto mix = [&](const QColor &c, double alpha) {
        return qRgb(int(c.red() * alpha + background.red() * (1 - alpha)),
                    int(c.green() * alpha + background.green() * (1 - alpha)),
                    int(c.blue() * alpha + background.blue() * (1 - alpha)));
    };
    // Batched by colour, width and dash: one drawLines per pen.
    struct Key
    {
        QRgb color;
        int width;
        int style;
        bool operator<(const Key &o) const
        {
            return std::tie(color, width, style) < std::tie(o.color, o.width, o.style);
        }
    };
    std::map<Key, QList<QLineF>> batches;
    const QRectF screen = QRectF(QPointF(0, 0), view.size).adjusted(-2, -2, 2, 2);
    for (const TerritoryEdge &e : m_model.edges) {
        if (!e.visible)
            continue;
        const TerritoryPoint &a = m_model.points[e.a];
        const TerritoryPoint &b = m_model.points[e.b];
        if (!a.visible || !b.visible)
            continue;
        const QPointF pa = m_model.screenPos(a, view), pb = m_model.screenPos(b, view);
        // Off screen on one side: skip.
        if ((pa.x() < screen.left() && pb.x() < screen.left()) ||
            (pa.x() > screen.right() && pb.x() > screen.right()) ||
            (pa.y() < screen.top() && pb.y() < screen.top()) ||
            (pa.y() > screen.bottom() && pb.y() > screen.bottom()))
            continue;
        if (fast) {
            canvas.addLine(pa, pb, mix(e.color, a.dimmed || b.dimmed ? 0.16 : 0.67), e.style,
                           std::max(1, int(std::lround(e.width * 0.7))));
            continue;
        }
        QColor c = e.color;
        c.setAlpha(a.dimmed || b.dimmed ? 40 : 170);
        batches[Key{c.rgba(), int(std::lround(e.width * 4)), int(e.style)}] << QLineF(pa, pb);
    }
    if (fast) {
        canvas.finish();
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);
    for (const auto &[key, lines] : batches) {
        QPen pen(QColor::fromRgba(key.color), key.width / 4.0, Qt::PenStyle(key.style));
        pen.setCapStyle(Qt::FlatCap);
        painter.setPen(pen);
        painter.drawLines(lines);
    }
}

const QPixmap &TerritoryPainter::sprite(const TerritoryPoint &p, double dpr)
{
    const int d4 = int(std::lround(p.radius * 8));
    const SpriteKey key{int(p.shape) | (int(p.dimmed) | int(p.highlighted) << 1 |
                                        int(p.selected) << 2) << 8,
                        d4, p.fill, p.outline, int(std::lround(dpr * 100))};
    auto it = m_sprites.find(key);
    if (it != m_sprites.end())
        return *it;
    const double d = d4 / 4.0;
    const double ring = p.selected || p.highlighted ? 3 : 0;
    const int side = int(std::ceil((d + 2 * ring + 4) * dpr));
    QPixmap pix(side, side);
    pix.setDevicePixelRatio(dpr);
    pix.fill(Qt::transparent);
    {
        QPainter sp(&pix);
        sp.setRenderHint(QPainter::Antialiasing);
        sp.translate(side / dpr / 2, side / dpr / 2);
        const QPainterPath shape = MapStyle::shapePath(p.shape, d);
        if (ring > 0) {
            sp.setPen(QPen(p.selected ? QColor(0x1e, 0x6f, 0xd9) : QColor(0xff, 0xb3, 0x00),
                           ring));
            sp.setBrush(Qt::NoBrush);
            sp.drawPath(MapStyle::shapePath(p.shape, d + ring));
        }
        QColor fill = QColor::fromRgba(p.fill), outline = QColor::fromRgba(p.outline);
        if (p.dimmed) {
            fill.setAlpha(60);
            outline.setAlpha(80);
        }
        sp.setPen(QPen(outline, 1.2));
        sp.setBrush(fill);
        sp.drawPath(shape);
    }
    return *m_sprites.insert(key, pix);
}

void TerritoryPainter::paintPoints(QPainter &painter, const GeoViewport &view,
                                   const TerritoryOptions &o)
{
    const double dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const QRectF screen = QRectF(QPointF(0, 0), view.size);
    // A vector device (SVG) gets shapes, an image gets cached sprites.
    const bool vector = painter.paintEngine() &&
                        painter.paintEngine()->type() == QPaintEngine::SVG;
    std::vector<int> onScreen;
    onScreen.reserve(m_model.points.size());
    for (int i = 0; i < int(m_model.points.size()); ++i) {
        const TerritoryPoint &p = m_model.points[i];
        if (!p.visible)
            continue;
        const QPointF c = m_model.screenPos(p, view);
        if (!screen.adjusted(-p.radius - 4, -p.radius - 4, p.radius + 4, p.radius + 4).contains(c))
            continue;
        onScreen.push_back(i);
    }
    // Thin spokes from a shared place to its fanned-out actors.
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(QColor(0x44, 0x44, 0x44, 140), 1));
    QList<QLineF> spokes;
    for (int i : onScreen) {
        const TerritoryPoint &p = m_model.points[i];
        if (!p.fan.isNull())
            spokes << QLineF(view.toScreen(p.world), m_model.screenPos(p, view));
    }
    painter.drawLines(spokes);
    // Dimmed first, selected and highlighted last (on top).
    std::stable_sort(onScreen.begin(), onScreen.end(), [&](int a, int b) {
        const auto rank = [&](const TerritoryPoint &p) {
            return p.dimmed ? 0 : (p.selected || p.highlighted) ? 2 : 1;
        };
        return rank(m_model.points[a]) < rank(m_model.points[b]);
    });
    for (int i : onScreen) {
        const TerritoryPoint &p = m_model.points[i];
        const QPointF c = m_model.screenPos(p, view);
        if (vector) {
            painter.save();
            painter.translate(c);
            QColor fill = QColor::fromRgba(p.fill);
            if (p.dimmed)
                fill.setAlpha(60);
            if (p.selected || p.highlighted) {
                painter.setPen(QPen(p.selected ? QColor(0x1e, 0x6f, 0xd9) : QColor(0xff, 0xb3, 0x00), 3));
                painter.setBrush(Qt::NoBrush);
                painter.drawPath(MapStyle::shapePath(p.shape, p.radius * 2 + 3));
            }
            painter.setPen(QPen(QColor::fromRgba(p.outline), 1.2));
            painter.setBrush(fill);
            painter.drawPath(MapStyle::shapePath(p.shape, p.radius * 2));
            painter.restore();
            continue;
        }
        const QPixmap &pix = sprite(p, dpr);
        const QSizeF s = pix.deviceIndependentSize();
        painter.drawPixmap(QPointF(std::round(c.x() - s.width() / 2), std::round(c.y() - s.height() / 2)), pix);
    }
    if (!o.labels)
        return;
    // Labels: every one when few actors are on screen, else the selected, highlighted and
    // hovered ones; placed without overlap.
    QFont f = painter.font();
    f.setPixelSize(11);
    painter.setFont(f);
    const QFontMetricsF fm(f);
    const bool all = int(onScreen.size()) <= o.labelLimit;
    QList<LabelCandidate> candidates;
    for (int i : onScreen) {
        const TerritoryPoint &p = m_model.points[i];
        const bool mandatory = p.selected || p.highlighted || p.id == o.hovered;
        if ((!all && !mandatory) || p.label.isEmpty() || p.dimmed)
            continue;
        LabelCandidate c;
        c.index = i;
        c.anchor = m_model.screenPos(p, view);
        c.radius = p.radius;
        c.size = QSizeF(std::min(fm.horizontalAdvance(p.label), 180.0) + 6, fm.height() + 2);
        c.priority = p.priority;
        c.mandatory = mandatory;
        candidates << c;
    }
    LabelPlacementOptions lo;
    lo.bounds = screen;
    const QList<PlacedLabel> placed = placeLabels(candidates, lo);
    for (const PlacedLabel &l : placed) {
        const TerritoryPoint &p = m_model.points[l.index];
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 200));
        painter.drawRoundedRect(l.rect, 3, 3);
        painter.setPen(QColor(0x1a, 0x1a, 0x1a));
        painter.drawText(l.rect, Qt::AlignCenter,
                         fm.elidedText(p.label, Qt::ElideRight, l.rect.width() - 4));
    }
}

bool renderTerritoryToFile(const TerritoryModel &model, const QString &path, QSize size,
                           const TerritoryOptions &options, QString *error)
{
    const QRectF world = model.worldBounds();
    if (model.points.empty() && model.areas.isEmpty()) {
        if (error)
            *error = TerritoryPainter::tr("No actor has a place: nothing to draw on the "
                                          "territory (give actors a latitude and longitude "
                                          "first).");
        return false;
    }
    return renderTerritoryToFile(model, path, GeoViewport::fit(world, QSizeF(size)), options,
                                 error);
}

bool renderTerritoryToFile(const TerritoryModel &model, const QString &path,
                           const GeoViewport &view, const TerritoryOptions &options,
                           QString *error)
{
    const auto failWith = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext != QLatin1String("png") && ext != QLatin1String("svg"))
        return failWith(MapPainter::tr("Cannot draw to “%1”: unknown extension “%2” (use .png "
                                       "or .svg).")
                            .arg(path, ext.isEmpty() ? MapPainter::tr("none") : ext));
    const QSize size = view.size.toSize();
    if (size.width() < 16 || size.width() > 20000 || size.height() < 16 || size.height() > 20000)
        return failWith(MapPainter::tr("The width must be between 16 and 20000 pixels, not %1.")
                            .arg(size.width()));
    TerritoryPainter painter(model);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failWith(MapPainter::tr("Cannot write “%1”.").arg(path));
    if (ext == QLatin1String("png")) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return failWith(MapPainter::tr("Not enough memory for a %1×%2 image.")
                                .arg(size.width())
                                .arg(size.height()));
        image.fill(Qt::white);
        {
            QPainter p(&image);
            painter.paint(p, view, options);
        }
        if (!image.save(&file, "PNG") || !file.commit())
            return failWith(MapPainter::tr("Cannot write “%1”.").arg(path));
        return true;
    }
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(TerritoryPainter::tr("Territory map"));
    svg.setDescription(MapPainter::tr("Drawn by Maillage"));
    {
        QPainter p;
        if (!p.begin(&svg))
            return failWith(MapPainter::tr("Cannot write “%1”.").arg(path));
        painter.paint(p, view, options);
        p.end();
    }
    if (!file.commit())
        return failWith(MapPainter::tr("Cannot write “%1”.").arg(path));
    return true;
}

} // namespace maillage::render
