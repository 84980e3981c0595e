#include "core/render/mappainter.h"
#include "core/render/mappainter_parts.h"

#include "core/render/hairlines.h"
#include "core/render/labelplacement.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>
#include <tuple>
#include <vector>

namespace maillage::render {

// ---------------------------------------------------------------------------------------
// MapPainter

namespace {

constexpr int kDimAlpha = 55;
constexpr double kLabelPixels = 11.0;  // label font size, scene units

QColor dimmedColor(QColor c)
{
    c.setAlpha(kDimAlpha);
    return c;
}

/// The dimmed colour, opaque (mixed with the background) when options.opaqueDimming is set.
QColor dimmedColor(const QColor &c, const MapOptions &options)
{
    if (!options.opaqueDimming)
        return dimmedColor(c);
    const QColor bg = options.background.alpha() < 128 ? QColor(Qt::white) : options.background;
    const double a = kDimAlpha / 255.0 * c.alphaF();
    return QColor::fromRgbF(float(c.redF() * a + bg.redF() * (1 - a)),
                            float(c.greenF() * a + bg.greenF() * (1 - a)),
                            float(c.blueF() * a + bg.blueF() * (1 - a)));
}

/// The label font size in scene units: fixed on screen when options.labelPixels is set
/// (presentation), else 11 scene units times options.fontScale.
double labelFontPixels(double scale, const MapOptions &options)
{
    return options.labelPixels > 0 ? options.labelPixels / std::max(1e-6, scale)
                                   : kLabelPixels * options.fontScale;
}

double scaleOf(const QPainter &painter)
{
    const QTransform t = painter.worldTransform();
    return std::sqrt(std::abs(t.determinant()));
}

/// Per-node sizes from options.sizeValues or influence.
std::vector<double> nodeDiameters(const MapModel &model, const MapOptions &options,
                                  std::vector<double> *normalisedOut = nullptr)
{
    const int n = int(model.nodes.size());
    std::vector<double> d(n), norm(n, 0.0);
    if (options.sizeValues.isEmpty()) {
        for (int i = 0; i < n; ++i)
            norm[i] = std::clamp(model.nodes[i].influence, 0, 5) / 5.0;
    } else if (options.sizeValuesNormalised) {
        for (int i = 0; i < n; ++i)
            norm[i] = std::clamp(options.sizeValues.value(model.nodes[i].id, 0.0), 0.0, 1.0);
    } else {
        double lo = 0, hi = 0;
        bool first = true;
        for (double v : options.sizeValues) {
            if (!std::isfinite(v))
                continue;
            lo = first ? v : std::min(lo, v);
            hi = first ? v : std::max(hi, v);
            first = false;
        }
        for (int i = 0; i < n; ++i) {
            const double v = options.sizeValues.value(model.nodes[i].id, lo);
            norm[i] = (hi > lo && std::isfinite(v)) ? (v - lo) / (hi - lo) : 0.0;
        }
    }
    for (int i = 0; i < n; ++i)
        d[i] = MapStyle::diameter(norm[i]);
    if (normalisedOut)
        *normalisedOut = std::move(norm);
    return d;
}

/// The segments of a polyline path, for drawLines (far faster than stroking one big path).
void addSegments(QList<QLineF> &lines, const QPainterPath &polyline)
{
    for (int i = 1; i < polyline.elementCount(); ++i) {
        const QPainterPath::Element a = polyline.elementAt(i - 1), b = polyline.elementAt(i);
        lines << QLineF(a.x, a.y, b.x, b.y);
    }
}

/// Clips a segment to a rectangle (Liang–Barsky); false when nothing is left.
bool clipLine(QLineF &line, const QRectF &r)
{
    double t0, t1;
    if (!clipSegment(line.p1(), line.p2(), r, t0, t1))
        return false;
    line = QLineF(line.pointAt(t0), line.pointAt(t1));
    return true;
}

} // namespace

namespace painterparts {

QFont labelFont(double pixelSize)
{
    QFont f;
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Sans Serif")});
    f.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    return f;
}

void arrowHead(QPainterPath &into, const QPointF &tip, const QPointF &direction, double size)
{
    const double len = std::hypot(direction.x(), direction.y());
    if (len < 1e-9)
        return;
    const QPointF u = direction / len, n(-u.y(), u.x());
    const QPointF base = tip - u * size;
    into.addPolygon(QPolygonF{tip, base + n * size * 0.45, base - n * size * 0.45, tip});
    into.closeSubpath();
}

} // namespace painterparts

using namespace painterparts;

MapPainter::MapPainter(const MapModel &model) : m_model(model) {}

QString MapPainter::label(const MapNode &node, const MapOptions &options) const
{
    if (options.hidePersonNames && node.isPerson) {
        const QString p = options.pseudonyms.value(node.id);
        return p.isEmpty() ? tr("Person %1").arg(node.id) : p;
    }
    return node.name;
}

QRectF MapPainter::sceneBounds() const
{
    const QRectF b = m_model.bounds();
    if (b.isNull())
        return QRectF(-100, -100, 200, 200);
    // Room for the labels under the nodes and for the outermost names.
    return b.adjusted(-60, -30, 60, 40);
}

QRectF MapPainter::sceneRect(const MapOptions &options) const
{
    if (!options.sceneRect.isEmpty())
        return options.sceneRect;
    if (!options.powerInterestGrid)
        return sceneBounds();
    const QRectF grid = layout::gridGeometry().area.adjusted(-60, -20, 20, 60);
    return m_model.bounds().isNull() ? grid : sceneBounds().united(grid);
}

namespace {
/// The power/interest grid behind a map laid out with the Grid algorithm.
void paintGrid(QPainter &painter, const QColor &background)
{
    const layout::GridGeometry geo = layout::gridGeometry();
    const QColor ink = MapStyle::textColorOn(background);
    painter.save();
    struct Q
    {
        layout::Quadrant quadrant;
        QColor tint;
    };
    const Q quadrants[] = {{layout::Quadrant::KeepSatisfied, QColor(230, 159, 0, 28)},
                           {layout::Quadrant::ManageClosely, QColor(213, 94, 0, 34)},
                           {layout::Quadrant::Monitor, QColor(128, 128, 128, 20)},
                           {layout::Quadrant::KeepInformed, QColor(0, 114, 178, 26)}};
    QFont font = labelFont(22);
    font.setBold(true);
    painter.setFont(font);
    for (const Q &q : quadrants) {
        const QRectF r = geo.quadrantRect(q.quadrant);
        painter.fillRect(r, q.tint);
        QColor c = ink;
        c.setAlpha(120);
        painter.setPen(c);
        painter.drawText(r.adjusted(10, 8, -10, -8), Qt::AlignHCenter | Qt::AlignTop,
                         layout::quadrantLabel(q.quadrant));
    }
    QPen axis(ink, 2);
    painter.setPen(axis);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(geo.area);
    QPen mid(ink, 1, Qt::DashLine);
    painter.setPen(mid);
    painter.drawLine(QPointF(2.5 * geo.cell, geo.area.top()), QPointF(2.5 * geo.cell, geo.area.bottom()));
    painter.drawLine(QPointF(geo.area.left(), -2.5 * geo.cell), QPointF(geo.area.right(), -2.5 * geo.cell));
    QFont small = labelFont(16);
    painter.setFont(small);
    painter.setPen(ink);
    for (int v = 0; v <= 5; ++v) {
        const QPointF x = geo.cellCentre(v, 0), y = geo.cellCentre(0, v);
        painter.drawText(QRectF(x.x() - 20, geo.area.bottom() + 2, 40, 20), Qt::AlignCenter,
                         QString::number(v));
        painter.drawText(QRectF(geo.area.left() - 26, y.y() - 10, 22, 20),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
    }
    painter.drawText(QRectF(geo.area.left(), geo.area.bottom() + 22, geo.area.width(), 24),
                     Qt::AlignCenter, geo.xAxisLabel());
    painter.translate(geo.area.left() - 34, geo.area.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-geo.area.height() / 2, -24, geo.area.height(), 24), Qt::AlignCenter,
                     geo.yAxisLabel());
    painter.restore();
}
} // namespace

void MapPainter::paintScene(QPainter &painter, const QRectF &exposed,
                            const MapOptions &options) const
{
    if (options.powerInterestGrid)
        paintGrid(painter, options.background);
    const MapModel &m = m_model;
    const int n = int(m.nodes.size());
    const double scale = std::max(1e-6, scaleOf(painter));
    const double pixel = 1.0 / scale;  // one device pixel in scene units
    std::vector<double> normalised;
    const std::vector<double> diam = nodeDiameters(m, options, &normalised);
    const QRectF view = exposed.adjusted(-MapStyle::kMaxDiameter, -MapStyle::kMaxDiameter,
                                         MapStyle::kMaxDiameter, MapStyle::kMaxDiameter);
    const bool antialias = true;
    painter.setRenderHint(QPainter::Antialiasing, antialias);

    // ---- Links, batched by pen.
    // Parallel links of one pair: their rank among the pair's links.
    std::vector<int> rank(m.links.size(), 0), count(m.links.size(), 1);
    if (options.curves) {
        QHash<quint64, QList<int>> pairs;
        pairs.reserve(m.links.size());
        for (int l = 0; l < m.links.size(); ++l) {
            const MapLink &link = m.links[l];
            const qint64 a = std::min(link.sourceId, link.targetId);
            const qint64 b = std::max(link.sourceId, link.targetId);
            pairs[(quint64(a) << 32) ^ quint64(b)] << l;
        }
        for (const QList<int> &list : std::as_const(pairs)) {
            if (list.size() < 2)
                continue;
            for (int r = 0; r < list.size(); ++r) {
                rank[list[r]] = r;
                count[list[r]] = int(list.size());
            }
        }
    }
    struct Group
    {
        QPen pen;
        QList<QLineF> lines;
        QPainterPath path;
    };
    // Key: type id, strength, dimmed, highlighted.
    std::map<std::tuple<qint64, int, bool, bool>, Group> groups;
    std::map<std::pair<QRgb, bool>, QPainterPath> arrows;
    const MapLinkType fallbackType;
    const bool dashes = scale >= 0.3;     // dash patterns are invisible below this
    const bool zigzags = scale >= 0.25;   // so are zigzag teeth
    const double minWidth = 0.6 * pixel;
    for (int l = 0; l < m.links.size(); ++l) {
        const MapLink &link = m.links[l];
        const int si = m.indexOf(link.sourceId), ti = m.indexOf(link.targetId);
        if (si < 0 || ti < 0 || si == ti)
            continue;
        const MapNode &s = m.nodes[si], &t = m.nodes[ti];
        if (!s.hasPosition || !t.hasPosition)
            continue;
        const QPointF a = s.pos, b = t.pos;
        if (!view.intersects(QRectF(a, b).normalized().adjusted(-20, -20, 20, 20)))
            continue;
        const MapLinkType *type = m.linkType(link.typeId);
        if (!type)
            type = &fallbackType;
        const bool dim = options.dimmed.contains(s.id) || options.dimmed.contains(t.id);
        const bool high = options.highlighted.contains(s.id) && options.highlighted.contains(t.id);
        // A link that only passes through the view (both ends outside) is context, not
        // content: a faint hairline, which also keeps zoomed-in views of dense maps fast.
        const bool passing = !high && !exposed.contains(a) && !exposed.contains(b);
        auto key = std::make_tuple(type->id, passing ? 0 : std::clamp(link.strength, 1, 5), dim,
                                   high);
        auto it = groups.find(key);
        if (it == groups.end()) {
            QPen pen = MapStyle::linkPen(*type, link.strength);
            pen.setWidthF(std::max(pen.widthF() * (high ? 1.8 : 1.0), minWidth));
            if (passing) {
                QColor faint = pen.color();
                faint.setAlpha(110);
                pen.setColor(faint);
                pen.setWidthF(0.8 * pixel);
            }
            // Thin on the device: a cosmetic pen takes the rasteriser's fast path instead of
            // stroking an outline for every line (a tenfold gain on whole-map views).
            if (pen.widthF() * scale < 1.5) {
                pen.setCosmetic(true);
                pen.setWidthF(std::max(0.6, pen.widthF() * scale));
            }
            if (!dashes)
                pen.setStyle(Qt::SolidLine);
            if (dim)
                pen.setColor(dimmedColor(pen.color(), options));
            it = groups.emplace(key, Group{pen, {}, {}}).first;
        }
        Group &g = it->second;
        // Canonical direction (lower id first) so opposite links of a pair bend apart.
        double offset = MapStyle::curveOffset(rank[l], count[l]);
        if (link.sourceId > link.targetId)
            offset = -offset;
        const QPointF c = MapStyle::curveControl(a, b, offset);
        if (offset == 0) {
            // Only the part in view: a long dashed or zigzag line reaching far outside would
            // otherwise be dashed or toothed over its whole length (seconds when zoomed in).
            QLineF part(a, b);
            if (!clipLine(part, view))
                continue;
            if (type->sign < 0 && zigzags)
                addSegments(g.lines, MapStyle::zigzagPath(part.p1(), part.p2(), 0));
            else
                g.lines << part;
        } else if (type->sign < 0 && zigzags) {
            addSegments(g.lines, MapStyle::zigzagPath(a, b, offset));
        } else {
            g.path.moveTo(a);
            g.path.quadTo(c, b);
        }
        if (options.arrows && type->directed && scale * diam[ti] >= 6) {
            const QPointF dir = b - c;  // tangent at the end of the curve
            const double len = std::hypot(dir.x(), dir.y());
            if (len > diam[ti] / 2 + 2) {
                const QPointF tip = b - dir / len * (diam[ti] / 2 + 1);
                QColor col = g.pen.color();
                arrowHead(arrows[{col.rgba(), dim}], tip, dir, 7 + g.pen.widthF() * 1.5);
            }
        }
    }
    painter.setBrush(Qt::NoBrush);
    for (auto &[key, g] : groups) {
        painter.setPen(g.pen);
        if (!g.lines.isEmpty())
            painter.drawLines(g.lines);
        if (!g.path.isEmpty())
            painter.drawPath(g.path);
    }
    painter.setPen(Qt::NoPen);
    for (auto &[key, path] : arrows) {
        painter.setBrush(QColor::fromRgba(key.first));
        painter.drawPath(path);
    }

    // ---- Nodes, batched by category, size and state.
    const MapCategory fallbackCategory;
    struct NodeGroup
    {
        QPainterPath path;
        QColor fill;
        QColor outline;
        double outlineWidth;
        QList<QPointF> dots;  // nodes a few pixels wide: drawn as round dots
        double dotPixels = 0;
    };
    // Below this many device pixels a shape is unreadable: a dot of the category colour.
    const double dotThreshold = 5.0;
    // category index, dim, high, overriding colour (0: the category's)
    std::map<std::tuple<int, bool, bool, QRgb>, NodeGroup> nodeGroups;
    QHash<qint64, int> categoryIndex;
    for (int c = 0; c < m.categories.size(); ++c)
        categoryIndex.insert(m.categories[c].id, c);
    QHash<std::pair<int, int>, QPainterPath> shapes;  // (shape, diameter*4) -> path
    for (int i = 0; i < n; ++i) {
        const MapNode &node = m.nodes[i];
        if (!node.hasPosition || !view.contains(node.pos))
            continue;
        const int ci = categoryIndex.value(node.categoryId, -1);
        const MapCategory &cat = ci >= 0 ? m.categories[ci] : fallbackCategory;
        const bool dim = options.dimmed.contains(node.id);
        const bool high = options.highlighted.contains(node.id);
        const QColor own = options.colours.value(node.id);
        auto key = std::make_tuple(ci, dim, high, own.isValid() ? own.rgba() : QRgb(0));
        auto it = nodeGroups.find(key);
        if (it == nodeGroups.end()) {
            const QColor base = own.isValid() ? own : cat.color;
            QColor fill = base, outline = base.darker(160);
            if (dim) {
                fill = dimmedColor(fill, options);
                outline = dimmedColor(outline, options);
            }
            if (high)
                outline = QColor(0x10, 0x10, 0x10);
            const double width = std::max(high ? 3.0 : 1.0, (high ? 2.0 : 0.7) * pixel);
            it = nodeGroups.emplace(key, NodeGroup{QPainterPath(), fill, outline, width}).first;
            it->second.path.setFillRule(Qt::WindingFill);
        }
        const auto shapeKey = std::make_pair(int(cat.shape), int(std::lround(diam[i] * 4)));
        auto sh = shapes.find(shapeKey);
        if (sh == shapes.end())
            sh = shapes.insert(shapeKey, MapStyle::shapePath(cat.shape, diam[i]));
        if (diam[i] * scale < dotThreshold && !high) {
            it->second.dots << node.pos;
            it->second.dotPixels = std::max(it->second.dotPixels, diam[i] * scale);
            continue;
        }
        it->second.path.addPath(sh->translated(node.pos));
    }
    for (auto &[key, g] : nodeGroups) {
        if (!g.dots.isEmpty()) {
            QPen dot(g.fill, std::max(1.5, g.dotPixels), Qt::SolidLine, Qt::RoundCap);
            dot.setCosmetic(true);
            painter.setPen(dot);
            painter.drawPoints(g.dots.constData(), int(g.dots.size()));
        }
        if (g.path.isEmpty())
            continue;
        painter.setPen(QPen(g.outline, g.outlineWidth));
        painter.setBrush(g.fill);
        painter.drawPath(g.path);
    }

    // ---- Labels.
    const QList<MapLabel> labels = labelLayout(scale, exposed, options);
    if (labels.isEmpty())
        return;
    const QFont font = labelFont(labelFontPixels(scale, options));
    painter.setFont(font);
    const QFontMetricsF fm(font);
    const QColor text = MapStyle::textColorOn(options.background);
    QColor halo = options.background.alpha() < 128 ? QColor(Qt::white) : options.background;
    halo.setAlpha(190);
    for (const MapLabel &l : labels) {
        const bool dim = options.dimmed.contains(l.actorId);
        painter.setPen(Qt::NoPen);
        painter.setBrush(dim ? dimmedColor(halo, options) : halo);
        painter.drawRect(l.rect);
        painter.setPen(dim ? dimmedColor(text, options) : text);
        painter.drawText(QPointF(l.rect.left() + 2, l.rect.top() + fm.ascent()), l.text);
    }
}

QList<MapLabel> MapPainter::labelLayout(double scale, const QRectF &exposed,
                                        const MapOptions &options) const
{
    QList<MapLabel> out;
    if (options.labels == LabelDetail::None)
        return out;
    const double fontPx = labelFontPixels(scale, options);
    if (fontPx * scale < 4 && options.highlighted.isEmpty())
        return out;  // unreadable at this scale
    const MapModel &m = m_model;
    const int n = int(m.nodes.size());
    std::vector<double> normalised;
    const std::vector<double> diam = nodeDiameters(m, options, &normalised);
    const QRectF view = exposed.adjusted(-MapStyle::kMaxDiameter, -MapStyle::kMaxDiameter,
                                         MapStyle::kMaxDiameter, MapStyle::kMaxDiameter);
    const QFontMetricsF fm(labelFont(fontPx));
    // Labels never overlap: placed greedily, highlighted actors first, then the bigger and
    // better linked ones; a label with no free place is shortened, then left out.
    QHash<qint64, int> degree;
    for (const MapLink &l : m.links) {
        ++degree[l.sourceId];
        ++degree[l.targetId];
    }
    QList<LabelCandidate> candidates;
    QStringList names(n);
    for (int i = 0; i < n; ++i) {
        const MapNode &node = m.nodes[i];
        if (!node.hasPosition || !view.contains(node.pos))
            continue;
        const bool high = options.highlighted.contains(node.id);
        if (!high) {
            if (options.labelMinPixels > 0 && diam[i] * scale < options.labelMinPixels)
                continue;
            if (options.labels == LabelDetail::Important && normalised[i] < 2.0 / 3.0)
                continue;
        }
        const QString name = label(node, options);
        if (name.isEmpty())
            continue;
        names[i] = name;
        LabelCandidate c;
        c.index = i;
        c.anchor = node.pos;
        c.radius = diam[i] / 2;
        c.size = QSizeF(fm.horizontalAdvance(name) + 4, fm.height());
        const QString shortName = fm.elidedText(name, Qt::ElideRight, 9 * fontPx);
        if (shortName != name && shortName != QStringLiteral("…"))
            c.shortWidth = fm.horizontalAdvance(shortName) + 4;
        c.priority = (options.dimmed.contains(node.id) ? 0.0 : 1e9) + normalised[i] * 1e6 +
                     degree.value(node.id);
        c.mandatory = high;
        candidates << c;
    }
    LabelPlacementOptions placement;
    placement.gap = 1.0 / std::max(1e-6, scale);
    // A part of the map (a tile, a zoomed view): labels cut by its edge are not placed there.
    // The whole map keeps the margin sceneBounds() leaves around it for them.
    if (!options.sceneRect.isEmpty())
        placement.bounds = exposed;
    for (const PlacedLabel &p : placeLabels(candidates, placement))
        out.append({m.nodes[p.index].id, p.rect,
                    p.shortened ? fm.elidedText(names[p.index], Qt::ElideRight, 9 * fontPx)
                                : names[p.index]});
    return out;
}

void MapPainter::paint(QPainter &painter, const QRectF &target, const MapOptions &options) const
{
    painter.save();
    if (options.background.alpha() > 0)
        painter.fillRect(target, options.background);
    QRectF area = target;
    if (!options.title.isEmpty()) {
        QFont f = labelFont(std::clamp(target.width() / 60, 12.0, 28.0));
        f.setBold(true);
        painter.setFont(f);
        painter.setPen(MapStyle::textColorOn(options.background));
        const QFontMetricsF fm(f);
        painter.drawText(QRectF(target.left(), target.top() + 6, target.width(), fm.height()),
                         Qt::AlignHCenter | Qt::AlignTop, options.title);
        area.setTop(target.top() + fm.height() + 12);
    }
    const bool legend =
        options.legend && (!m_model.categories.isEmpty() || !m_model.linkTypes.isEmpty());
    const QPointF legendAt = area.topLeft() + QPointF(8, 8);
    // A wide target keeps a column for the legend so that it never hides the map.
    if (legend) {
        const double lw = legendSize(options).width() + 16;
        if (area.width() > 3 * lw)
            area.setLeft(area.left() + lw);
    }
    const QRectF scene = sceneRect(options);
    if (!scene.isEmpty() && !area.isEmpty()) {
        const double s = std::min(area.width() / scene.width(), area.height() / scene.height());
        painter.save();
        painter.setClipRect(area, Qt::IntersectClip);
        painter.translate(area.center());
        painter.scale(s, s);
        painter.translate(-scene.center());
        paintScene(painter, scene, options);
        painter.restore();
    }
    if (legend)
        paintLegend(painter, legendAt, options);
    painter.restore();
}

bool renderToFile(const MapModel &model, const QString &path, int width,
                  const MapOptions &options, QString *error)
{
    auto failWith = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext != QLatin1String("png") && ext != QLatin1String("svg"))
        return failWith(MapPainter::tr("Cannot draw to “%1”: unknown extension “%2” (use .png "
                                       "or .svg).")
                            .arg(path, ext.isEmpty() ? MapPainter::tr("none") : ext));
    if (width < 16 || width > 20000)
        return failWith(MapPainter::tr("The width must be between 16 and 20000 pixels, not %1.")
                            .arg(width));
    const MapPainter painter(model);
    const QRectF scene = painter.sceneRect(options);
    double mapWidth = width;
    if (options.legend) {
        const double lw = painter.legendSize(options).width() + 16;
        if (width > 3 * lw)
            mapWidth -= lw;  // the legend's column, as in paint()
    }
    int height = int(std::lround(mapWidth * scene.height() / std::max(1.0, scene.width())));
    height = std::clamp(height, std::max(16, width / 4), width * 4);
    if (options.legend)
        height = std::max(height, int(painter.legendSize(options).height()) + 24);
    if (!options.title.isEmpty())
        height += 40;
    if (ext == QLatin1String("png")) {
        QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return failWith(MapPainter::tr("Not enough memory for a %1×%2 image.")
                                .arg(width)
                                .arg(height));
        image.fill(Qt::transparent);
        {
            QPainter p(&image);
            painter.paint(p, QRectF(0, 0, width, height), options);
        }
        if (!image.save(path, "PNG"))
            return failWith(MapPainter::tr("Cannot write “%1”.").arg(path));
        return true;
    }
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(QSize(width, height));
    svg.setViewBox(QRect(0, 0, width, height));
    svg.setTitle(options.title.isEmpty() ? MapPainter::tr("Actor map") : options.title);
    svg.setDescription(MapPainter::tr("Drawn by Maillage"));
    {
        QPainter p;
        if (!p.begin(&svg))
            return failWith(MapPainter::tr("Cannot write “%1”.").arg(path));
        painter.paint(p, QRectF(0, 0, width, height), options);
        p.end();
    }
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return failWith(MapPainter::tr("Cannot write “%1”.").arg(path));
    return true;
}

} // namespace maillage::render
