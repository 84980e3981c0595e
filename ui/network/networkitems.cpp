// The network map's items: ActorItem (one per actor, for selection, dragging and hovering),
// NodesItem (every actor and label drawn in one pass) and LinksItem (every link drawn in
// batches). NetworkScene (networkscene.cpp) owns and feeds them.

#include "ui/network/networkscene.h"

#include "core/analysis/neighbourhood.h"
#include "core/document/document.h"
#include "core/render/labelplacement.h"
#include "core/render/mappainter.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPixmap>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace maillage {

using render::MapStyle::linkPen;

namespace {
#define K(x) QStringLiteral(x)
// Below this many device pixels per scene unit (level of detail), only actors still drawn at
// least 6 pixels wide keep a label, the most important first. Labels keep the same size on
// screen up to a zoom of 1 and grow with it beyond.
constexpr double kLabelScale = 0.28;

/// The box of every actor's centre (a point at the origin when there is none).
QRectF boxOf(const std::vector<ActorState> &states)
{
    if (states.empty())
        return QRectF(0, 0, 0, 0);
    double x0 = states.front().pos.x(), x1 = x0;
    double y0 = states.front().pos.y(), y1 = y0;
    for (const ActorState &s : states) {
        x0 = std::min(x0, s.pos.x());
        x1 = std::max(x1, s.pos.x());
        y0 = std::min(y0, s.pos.y());
        y1 = std::max(y1, s.pos.y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}
} // namespace

ActorItem::ActorItem(NetworkScene *scene, qint64 id) : m_scene(scene), m_id(id)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges | ItemHasNoContents);
    setZValue(1);
    // Hovering an actor shows its label even where a more important one took the place.
    setAcceptHoverEvents(true);
}

void ActorItem::changed(double formerRadius)
{
    syncState();
    if (m_scene->m_reloading)
        return;
    m_scene->noteLookChanged();
    // Its shape, ring and label: the nodes repaint around it, not everywhere.
    if (NodesItem *nodes = m_scene->nodes())
        nodes->invalidateAround(pos(), std::max(formerRadius, m_radius));
}

void ActorItem::syncState()
{
    if (m_slot < 0)
        return;
    ActorState &s = m_scene->m_states[m_slot];
    if (s.color != m_color.rgba() || s.item != this)
        s.outline = m_color.darker(160).rgba();
    // What the links are drawn from.
    if (!m_scene->m_reloading &&
        (s.item != this || s.pos != pos() || s.radius != m_radius || s.visible != isVisible() ||
         s.dimmed != isDimmed()))
        m_scene->m_links->invalidate();
    s.pos = pos();
    s.radius = m_radius;
    s.color = m_color.rgba();
    s.shape = int(m_shape);
    s.visible = isVisible();
    s.dimmed = isDimmed();
    s.highlighted = isHighlighted();
    s.selected = isSelected();
    s.item = this;
}

void ActorItem::setAppearance(const QString &label, const QColor &color, const QString &shape,
                              double radius, bool person)
{
    const render::Shape kind = render::shapeFromCode(shape);
    // A handful of shapes and sizes among 100 000 actors: each path built once, then shared.
    static QHash<QPair<int, double>, QPainterPath> paths;
    const auto key = qMakePair(int(kind), radius);
    auto found = paths.constFind(key);
    if (found == paths.constEnd()) {
        if (paths.size() > 4096)
            paths.clear();
        found = paths.insert(key, render::MapStyle::shapePath(kind, radius * 2));
    }
    const QPainterPath path = *found;
    const bool geometry = path != m_path || !qFuzzyCompare(radius, m_radius);
    // The same look again (the actor's other columns changed, or it moved): nothing to draw.
    if (!geometry && label == m_label && color == m_color && kind == m_shape && person == m_person)
        return;
    if (geometry)
        prepareGeometryChange();
    if (label != m_label)
        m_labelCache = {};
    const double former = m_radius;
    m_label = label;
    m_color = color;
    m_shape = kind;
    m_path = path;
    m_radius = radius;
    m_person = person;
    // The shape and its selection ring: labels are NodesItem's.
    m_bounds = m_path.boundingRect().adjusted(-8, -8, 8, 8);
    changed(former);
}

void ActorItem::setDimmed(bool dimmed)
{
    if (dimmed != m_dimmed) {
        m_dimmed = dimmed;
        changed();
    }
}

void ActorItem::setHighlighted(bool on)
{
    if (on != m_highlighted) {
        m_highlighted = on;
        changed();
    }
}

void ActorItem::setPathState(bool onPath, bool offPath)
{
    if (onPath != m_onPath || offPath != m_offPath) {
        m_onPath = onPath;
        m_offPath = offPath;
        changed();
    }
}

void ActorItem::paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *)
{
    // Drawn by NodesItem (ItemHasNoContents: the view never calls this).
}

QVariant ActorItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        QPointF from = value.toPointF();
        if (m_slot >= 0) {
            from = m_scene->m_states[m_slot].pos;
            m_scene->m_states[m_slot].pos = value.toPointF();
        }
        if (!m_scene->m_reloading)
            m_scene->itemMoved(this, from);
    }
    else if (change == ItemSelectedHasChanged || change == ItemVisibleHasChanged)
        changed();
    return QGraphicsItem::itemChange(change, value);
}

void ActorItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_scene->setHoveredActor(m_id);
}

void ActorItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    if (m_scene->hoveredActor() == m_id)
        m_scene->setHoveredActor(0);
}

// ---------------------------------------------------------------------------------------

namespace {
const QColor kSelectedOutline(0x20, 0x20, 0x20);
const QColor kSelectionRing(0x1e, 0x6f, 0xd9);
const QColor kHighlight(0xff, 0x8c, 0x00);
const QColor kLabelInk(0x22, 0x22, 0x22);
const QColor kMapBackground(0xfb, 0xfb, 0xf8);  // NetworkView's background brush
constexpr double kDimOpacity = 0.18;
// Labels: 8.5 pt on screen up to a zoom of 1, growing with the zoom above.
constexpr double kLabelPoints = 8.5;
constexpr double kLabelWholePixels = 360;  // names are shown whole up to this width, where there is room
constexpr double kLabelMaxPixels = 180;    // the shortened form tried where the whole one fails
constexpr double kLabelShortPixels = 96;   // the same for names a little longer than that
constexpr int kZoomedOutLabels = 200;      // candidates at most below kLabelScale

/// One batch of links drawn with one pen.
struct BatchKey
{
    QRgb color;
    int width;  // × 16
    int style;
    bool cosmetic, passing;
    bool operator==(const BatchKey &o) const
    {
        return color == o.color && width == o.width && style == o.style &&
               cosmetic == o.cosmetic && passing == o.passing;
    }
    friend size_t qHash(const BatchKey &k, size_t seed = 0)
    {
        return qHashMulti(seed, k.color, k.width, k.style, k.cosmetic, k.passing);
    }
};
} // namespace

NodesItem::NodesItem(NetworkScene *scene) : m_scene(scene)
{
    setFlag(ItemUsesExtendedStyleOption);
    setZValue(0.5);
    setAcceptedMouseButtons(Qt::NoButton);
}

void NodesItem::invalidate()
{
    ++m_generation;
    update();
}

void NodesItem::invalidateAround(const QPointF &pos, double radius)
{
    ++m_generation;
    // The sprite (stars and diamonds reach 1.1 × the radius), its outline and selection ring
    // (5 units out, its pen), and a few device pixels of antialiasing.
    const double r = radius * 1.15 + 8 + 4 / std::max(m_lastScale, 1e-3);
    update(QRectF(pos.x() - r, pos.y() - r, 2 * r, 2 * r));
}

void NodesItem::recomputeBounds()
{
    QRectF r = boxOf(m_scene->actorStates());
    // Room for shapes, rings and labels (up to kLabelWholePixels wide at kLabelScale).
    const double room = kLabelWholePixels / kLabelScale;
    r = r.adjusted(-room, -room, room, room);
    if (r != m_bounds) {
        prepareGeometryChange();
        m_bounds = r;
    }
    invalidate();
}

void NodesItem::cover(const QPointF &pos)
{
    const double room = kLabelWholePixels / kLabelScale;
    const QRectF r(pos.x() - room, pos.y() - room, 2 * room, 2 * room);
    if (!m_bounds.contains(r)) {
        prepareGeometryChange();
        m_bounds = m_bounds.united(r);
    }
}

const QPixmap &NodesItem::sprite(const SpriteKey &key, double dpr)
{
    auto it = m_sprites.find(key);
    if (it != m_sprites.end())
        return *it;
    if (m_sprites.size() > 512)
        m_sprites.clear();
    const double d = key.diameter / 4.0, w = key.outlineWidth / 4.0;
    // Stars and diamonds reach 1.1 × the radius; add the outline and a pixel of antialiasing.
    const double side = std::ceil(d * 1.15 + w + 2);
    QPixmap pm(QSize(int(side * dpr), int(side * dpr)));
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    {
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.translate(side / 2, side / 2);
        p.setPen(w > 0 ? QPen(QColor::fromRgba(key.outline), w) : QPen(Qt::NoPen));
        p.setBrush(QColor::fromRgba(key.fill));
        p.drawPath(render::MapStyle::shapePath(render::Shape(key.shape), d));
    }
    return *m_sprites.insert(key, pm);
}

void NodesItem::prepareLabel(ActorItem *item, const QFont &font, double fontKey) const
{
    // Placing needs only the label's width: one shaping per label and font size. The texts
    // drawn are laid out later, for the labels placed only.
    ActorItem::LabelCache &c = item->m_labelCache;
    if (c.fontKey == fontKey)
        return;
    const QFontMetricsF fm(font);
    const double width = fm.horizontalAdvance(item->m_label);
    // The whole name first; where it does not fit, a shortened one.
    c.size = QSizeF(std::min(width, kLabelWholePixels) + 4, fm.height());
    c.shortWidth = width > kLabelMaxPixels + 12     ? kLabelMaxPixels + 4
                   : width > kLabelShortPixels + 12 ? kLabelShortPixels + 4
                                                    : 0;
    c.full.reset();
    c.shortened.reset();
    c.fontKey = fontKey;
}

const QStaticText &NodesItem::labelText(ActorItem *item, const QFont &font, bool shortened) const
{
    ActorItem::LabelCache &c = item->m_labelCache;
    std::optional<QStaticText> &text = shortened ? c.shortened : c.full;
    if (!text) {
        const QFontMetricsF fm(font);
        text.emplace(fm.elidedText(item->m_label, Qt::ElideRight,
                                   shortened ? c.shortWidth - 4 : kLabelWholePixels));
        text->setTextFormat(Qt::PlainText);
        text->prepare(QTransform(), font);
    }
    return *text;
}

void NodesItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const QTransform world = painter->worldTransform();
    const double scale = option->levelOfDetailFromTransform(world);
    m_lastScale = scale;
    const QRectF exposed = option->exposedRect.isEmpty() ? m_bounds : option->exposedRect;
    const QRectF exposedDevice = world.mapRect(exposed);
    // Labels are placed over the whole visible area, not just the part repainted, so that a
    // partial repaint draws the same labels as the full one.
    QRectF area = exposed;
    if (widget && world.isInvertible())
        area = world.inverted().mapRect(QRectF(widget->rect()));
    const double margin = render::MapStyle::kMaxDiameter;
    const QRectF drawArea = exposed.adjusted(-margin, -margin, margin, margin);
    const QRectF labelArea = area.adjusted(-margin, -margin, margin, margin);
    const double dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;

    // ---- Shapes: one cached sprite per look, blitted in one call per sprite.
    struct Batch
    {
        SpriteKey key;
        QList<QPainter::PixmapFragment> fragments;
    };
    QHash<SpriteKey, int> batchOf;
    QList<Batch> batches;
    QList<const ActorItem *> rings;
    QList<const ActorState *> inArea;
    for (const ActorState &s : m_scene->actorStates()) {
        if (!s.visible)
            continue;
        if (labelArea.contains(s.pos))
            inArea << &s;
        if (!drawArea.contains(s.pos))
            continue;
        const double d = 2 * s.radius * scale;
        SpriteKey key{s.shape, std::max(4, int(std::lround(d * 4))), s.color, 0, 0};
        if (d >= 5 || s.selected || s.highlighted) {
            key.outline = s.selected ? kSelectedOutline.rgba() : s.outline;
            key.outlineWidth = int(std::lround((s.selected || s.highlighted ? 3.0 : 1.2) * scale * 4));
        }
        int b = batchOf.value(key, -1);
        if (b < 0) {
            b = int(batches.size());
            batchOf.insert(key, b);
            batches.append({key, {}});
        }
        const QPointF p = world.map(s.pos);
        const QPixmap &pm = sprite(key, dpr);
        batches[b].fragments << QPainter::PixmapFragment::create(
            p, QRectF(QPointF(0, 0), QSizeF(pm.size())), 1 / dpr, 1 / dpr, 0,
            s.dimmed ? kDimOpacity : 1.0);
        if (s.selected || s.highlighted)
            rings << s.item;
    }
    painter->save();
    painter->resetTransform();
    for (const Batch &b : std::as_const(batches)) {
        const QPixmap &pm = sprite(b.key, dpr);
        painter->drawPixmapFragments(b.fragments.constData(), int(b.fragments.size()), pm);
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    for (const ActorItem *item : std::as_const(rings)) {
        painter->setOpacity(item->isDimmed() ? kDimOpacity : 1.0);
        painter->setPen(QPen(item->isHighlighted() ? kHighlight : kSelectionRing, 2.5 * scale));
        const double r = (item->m_radius + 5) * scale;
        painter->drawEllipse(world.map(item->pos()), r, r);
    }
    painter->setOpacity(1.0);

    // ---- Labels, placed afresh when the view or the map changed.
    const double fontPoints = kLabelPoints * std::max(1.0, scale);
    const double fontKey = std::round(fontPoints * 2) / 2;
    const QRectF keepOut = widget ? widget->property(kLabelKeepOut).toRectF() : QRectF();
    if (m_placedGeneration != m_generation || m_placedTransform != world ||
        m_placedArea != area || m_placedKeepOut != keepOut) {
        QFont font = painter->font();
        font.setPointSizeF(fontKey);
        QList<render::LabelCandidate> candidates;
        candidates.reserve(inArea.size());
        const qint64 hovered = m_scene->hoveredActor();
        for (int i = 0; i < inArea.size(); ++i) {
            const ActorState &state = *inArea[i];
            ActorItem *item = state.item;
            const bool mandatory = state.selected || state.highlighted || item->m_id == hovered;
            // Zoomed out, only actors still drawn big enough to tell apart get a label.
            if (!mandatory && scale < kLabelScale && 2 * state.radius * scale < 6)
                continue;
            if (item->m_label.isEmpty())
                continue;
            prepareLabel(item, font, fontKey);
            const ActorItem::LabelCache &c = item->m_labelCache;
            render::LabelCandidate cand;
            cand.index = i;
            cand.anchor = world.map(state.pos);
            cand.radius = state.radius * scale;
            cand.size = c.size;
            cand.shortWidth = c.shortWidth;
            // Bigger, then better linked actors first; dimmed ones after all the others.
            cand.priority = (state.dimmed ? 0.0 : 1e9) + state.radius * 1e5 +
                            m_scene->degree(item->m_id);
            cand.mandatory = mandatory;
            candidates << cand;
        }
        if (scale < kLabelScale && candidates.size() > kZoomedOutLabels) {
            // Zoomed out: the most important ones only, so placing stays cheap.
            std::nth_element(candidates.begin(), candidates.begin() + kZoomedOutLabels,
                             candidates.end(),
                             [](const render::LabelCandidate &a, const render::LabelCandidate &b) {
                                 return a.mandatory != b.mandatory ? a.mandatory
                                                                   : a.priority > b.priority;
                             });
            candidates.resize(kZoomedOutLabels);
        }
        render::LabelPlacementOptions placement;
        placement.gap = 1.0;
        if (widget)
            placement.bounds = QRectF(widget->rect());
        if (!keepOut.isEmpty())
            placement.keepOut << keepOut;
        const QList<render::PlacedLabel> placed = render::placeLabels(candidates, placement);
        // Placed again for the same view (an actor moved, renamed, selected): the labels that
        // moved, came or went outside the part repainted now are repainted in turn.
        const bool sameView = m_placedTransform == world && m_placedArea == area &&
                              m_placedKeepOut == keepOut && m_placedGeneration != 0;
        QHash<qint64, int> former;
        if (sameView)
            for (int i = 0; i < m_shown.size(); ++i)
                former.insert(m_shown[i].actorId, i);
        QList<QRectF> moved;
        const QList<ShownLabel> before = sameView ? m_shown : QList<ShownLabel>();
        m_shown.clear();
        m_shownShort.clear();
        for (const render::PlacedLabel &p : placed) {
            ActorItem *item = inArea[p.index]->item;
            m_shown.append({item->m_id, p.rect, labelText(item, font, p.shortened).text()});
            m_shownShort << p.shortened;
            if (!sameView)
                continue;
            const int was = former.value(item->m_id, -1);
            if (was >= 0 && before[was].rect == p.rect && before[was].text == m_shown.last().text) {
                former.remove(item->m_id);
                continue;
            }
            moved << p.rect;
            if (was >= 0) {
                moved << before[was].rect;
                former.remove(item->m_id);
            }
        }
        for (int was : std::as_const(former))
            moved << before[was].rect;
        if (widget)
            for (const QRectF &r : std::as_const(moved))
                if (!exposedDevice.contains(r))
                    widget->update(r.adjusted(-2, -2, 2, 2).toAlignedRect());
        m_placedGeneration = m_generation;
        m_placedTransform = world;
        m_placedArea = area;
        m_placedKeepOut = keepOut;
    }
    if (!m_shown.isEmpty()) {
        QFont font = painter->font();
        font.setPointSizeF(fontKey);
        painter->setFont(font);
        // A light halo under each label keeps it readable over links.
        QList<QRectF> halos[2];
        for (const ShownLabel &l : std::as_const(m_shown)) {
            if (!exposedDevice.intersects(l.rect))
                continue;
            const ActorItem *item = m_scene->item(l.actorId);
            halos[item && item->isDimmed() ? 1 : 0] << l.rect;
        }
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xfb, 0xfb, 0xf8, 170));
        painter->drawRects(halos[0].constData(), int(halos[0].size()));
        painter->setBrush(QColor(0xfb, 0xfb, 0xf8, 40));
        painter->drawRects(halos[1].constData(), int(halos[1].size()));
        painter->setPen(kLabelInk);
        for (int i = 0; i < m_shown.size(); ++i) {
            const ShownLabel &l = m_shown[i];
            if (!exposedDevice.intersects(l.rect))
                continue;
            ActorItem *item = m_scene->item(l.actorId);
            if (!item)
                continue;
            prepareLabel(item, font, fontKey);
            painter->setOpacity(item->isDimmed() ? kDimOpacity : 1.0);
            painter->drawStaticText(l.rect.topLeft() + QPointF(2, 0),
                                    labelText(item, font, m_shownShort[i]));
        }
    }
    painter->restore();
}

LinksItem::LinksItem(NetworkScene *scene) : m_scene(scene)
{
    // So that paint() gets the exposed rectangle and can skip links off screen.
    setFlag(ItemUsesExtendedStyleOption);
    setZValue(0);
    setAcceptedMouseButtons(Qt::NoButton);
}

void LinksItem::setEdges(QList<Edge> edges)
{
    // Number the links of each pair so that parallel ones become distinct curves, in the
    // order they come (one sort, not a hash of lists: 20 000 links at open).
    struct PairOf
    {
        qint64 low, high;
        int index;
        bool samePair(const PairOf &o) const { return low == o.low && high == o.high; }
    };
    std::vector<PairOf> order(size_t(edges.size()));
    for (int i = 0; i < int(order.size()); ++i) {
        const Edge &e = edges[i];
        order[size_t(i)] = {std::min(e.source, e.target), std::max(e.source, e.target), i};
    }
    std::sort(order.begin(), order.end(), [](const PairOf &a, const PairOf &b) {
        return std::tie(a.low, a.high, a.index) < std::tie(b.low, b.high, b.index);
    });
    for (size_t first = 0; first < order.size();) {
        size_t last = first + 1;
        while (last < order.size() && order[last].samePair(order[first]))
            ++last;
        for (size_t k = first; k < last; ++k)
            edges[order[k].index].parallelIndex = last - first == 1 ? 0 : int(k - first) + 1;
        first = last;
    }
    m_edges = std::move(edges);
    m_resolvedGeneration = 0;
    positionsChanged();
}

void LinksItem::positionsChanged()
{
    recomputeBounds();
    invalidate();
}

void LinksItem::invalidate()
{
    m_scene->noteLookChanged();
    ++m_generation;
    update();
}

void LinksItem::cover(const QPointF &pos)
{
    // A link lies within the box of its two ends: covering every actor covers every link.
    const QRectF r(pos.x() - 60, pos.y() - 60, 120, 120);
    if (!m_bounds.contains(r)) {
        prepareGeometryChange();
        m_bounds = m_bounds.united(r);
    }
}

void LinksItem::actorMoved(int slot, const QPointF &from, const QPointF &to)
{
    // No kept frame to mend (or too much to mend): everything afresh.
    if (slot < 0 || m_cachedGeneration != m_generation) {
        invalidate();
        return;
    }
    resolveEnds();
    if (slot + 1 >= int(m_incidentStart.size())) {
        invalidate();
        return;
    }
    const std::vector<ActorState> &states = m_scene->actorStates();
    double left = 0, top = 0, right = 0, bottom = 0;
    bool any = false;
    const auto grow = [&](const QPointF &a, const QPointF &b) {
        const double l = std::min(a.x(), b.x()), r = std::max(a.x(), b.x());
        const double t = std::min(a.y(), b.y()), u = std::max(a.y(), b.y());
        if (!any) {
            left = l, top = t, right = r, bottom = u;
            any = true;
        } else {
            left = std::min(left, l), top = std::min(top, t);
            right = std::max(right, r), bottom = std::max(bottom, u);
        }
    };
    for (int k = m_incidentStart[slot]; k < m_incidentStart[slot + 1]; ++k) {
        const auto [a, b] = m_ends[m_incident[k]];
        const int other = a == slot ? b : a;
        if (other < 0)
            continue;
        const QPointF there = other == slot ? to : states[other].pos;
        grow(there, from);
        grow(there, to);
    }
    if (!any)
        return;  // no links: nothing of this layer changed
    // What a link draws stays within 40 units of its ends' box (the culling's margin: curves,
    // arrowheads, wide pens), plus a few device pixels of antialiasing.
    const double margin = 40 + 4 / std::max(m_lastScale, 1e-3);
    const QRectF area(QPointF(left - margin, top - margin), QPointF(right + margin, bottom + margin));
    m_stale = m_stale.isEmpty() ? area : m_stale.united(area);
    update(area);
}

void LinksItem::recomputeBounds()
{
    // A link lies within the box of its two ends: the box of every actor covers every link
    // (read from the scene's states, not from the two items of each of 20 000 links).
    QRectF r;
    if (!m_edges.isEmpty())
        r = boxOf(m_scene->actorStates());
    r = r.adjusted(-60, -60, 60, 60);
    if (r != m_bounds) {
        prepareGeometryChange();
        m_bounds = r;
    }
}

void LinksItem::resolveEnds()
{
    if (m_resolvedGeneration == m_scene->itemsGeneration() && m_ends.size() == m_edges.size())
        return;
    m_ends.resize(m_edges.size());
    const int stateCount = int(m_scene->actorStates().size());
    m_incidentStart.assign(size_t(stateCount) + 1, 0);
    for (qsizetype i = 0; i < m_edges.size(); ++i) {
        const ActorItem *a = m_scene->item(m_edges[i].source);
        const ActorItem *b = m_scene->item(m_edges[i].target);
        m_ends[i] = {a ? a->slot() : -1, b ? b->slot() : -1};
        for (int end : {m_ends[i].first, m_ends[i].second})
            if (end >= 0 && end < stateCount)
                ++m_incidentStart[size_t(end) + 1];
    }
    // Each actor's links, for mending the kept frame around one that moves.
    for (int k = 0; k < stateCount; ++k)
        m_incidentStart[size_t(k) + 1] += m_incidentStart[size_t(k)];
    m_incident.assign(size_t(m_incidentStart[size_t(stateCount)]), 0);
    std::vector<int> next(m_incidentStart.begin(), m_incidentStart.end() - 1);
    for (qsizetype i = 0; i < m_edges.size(); ++i)
        for (int end : {m_ends[i].first, m_ends[i].second})
            if (end >= 0 && end < stateCount)
                m_incident[size_t(next[size_t(end)]++)] = int(i);
    m_resolvedGeneration = m_scene->itemsGeneration();
}

void LinksItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const QTransform world = painter->worldTransform();
    const double scale = option->levelOfDetailFromTransform(world);
    m_lastScale = scale;
    const QRectF exposed = option->exposedRect.isEmpty() ? m_bounds : option->exposedRect;
    // Whether a link only passes through is judged against the whole view, not the part
    // repainted, so that a view repainted in strips (a scroll) draws the same links.
    QRectF view = exposed;
    if (widget && world.isInvertible())
        view = world.inverted().mapRect(QRectF(widget->rect()));
    // Nothing changed since the last frame for this view and transform (a hover, a selection,
    // labels placed afresh): the links drawn then are shown again.
    const QRect viewKey = widget ? widget->rect() : QRect();
    const bool kept = m_cachedGeneration == m_generation && m_cachedView == viewKey;
    if (kept && !m_stale.intersects(exposed) && m_canvas.redraw(painter, exposed))
        return;
    // Where an actor moved, the kept frame is mended: the links in the exposed part drawn
    // afresh into it, the same pixels as a whole frame would have there.
    const bool mend = kept && m_canvas.beginRepair(painter, exposed);
    if (!mend)
        m_stale = QRectF();
    else if (exposed.contains(m_stale))
        m_stale = QRectF();
    resolveEnds();
    const std::vector<ActorState> &ends = m_scene->actorStates();

    // Cull first: only links with a visible end box crossing the exposed area are drawn.
    struct Visible
    {
        const Edge *edge;
        const ActorState *a, *b;
    };
    QList<Visible> visible;
    visible.reserve(m_edges.size());
    // The level of detail follows the links in the whole view, not in the part repainted,
    // so that a part drawn alone looks as it does in the whole frame.
    qsizetype inView = 0;
    QHash<QPair<qint64, qint64>, int> pairCount;
    for (qsizetype i = 0; i < m_edges.size(); ++i) {
        const Edge &e = m_edges[i];
        const auto [ia, ib] = m_ends[i];
        if (ia < 0 || ib < 0)
            continue;
        const ActorState &a = ends[ia], &b = ends[ib];
        if (!a.visible || !b.visible || !m_scene->linkShown(e))
            continue;
        const QPointF p = a.pos, q = b.pos;
        if (!(std::max(p.x(), q.x()) + 40 < view.left() ||
              std::min(p.x(), q.x()) - 40 > view.right() ||
              std::max(p.y(), q.y()) + 40 < view.top() ||
              std::min(p.y(), q.y()) - 40 > view.bottom()))
            ++inView;
        if (std::max(p.x(), q.x()) + 40 < exposed.left() ||
            std::min(p.x(), q.x()) - 40 > exposed.right() ||
            std::max(p.y(), q.y()) + 40 < exposed.top() ||
            std::min(p.y(), q.y()) - 40 > exposed.bottom())
            continue;
        visible.append({&e, &a, &b});
        if (e.parallelIndex)
            ++pairCount[qMakePair(std::min(e.source, e.target), std::max(e.source, e.target))];
    }
    // Level of detail: curves, zigzags and arrowheads when zoomed in on a readable number of
    // links; straight batched lines (without antialiasing when there are many) otherwise.
    const bool detail = scale >= 0.4 && inView < 4000;
    const bool antialias = inView < 3000;

    // The pens of a link type at a strength, dimmed or not, passing through or not: worked
    // out once per frame for each (type, strength) met, each with the batch it draws in.
    struct Batch
    {
        BatchKey key;
        QPen pen;
        QList<QLineF> lines;
    };
    QList<Batch> batches;
    QHash<BatchKey, int> batchOf;
    struct Pens
    {
        Style style;
        bool hairline = false;   // thin enough on screen to be drawn as a hairline
        int batch[2][2] = {};    // [dimmed][passing]
        QPen pen[2][2];
    };
    QHash<qint64, Pens> pensOf;
    auto pensFor = [&](const Edge &e) -> const Pens & {
        const int strength = std::clamp(e.strength, 0, 7);
        const qint64 k = e.typeId * 8 + strength;
        auto found = pensOf.constFind(k);
        if (found != pensOf.cend())
            return *found;
        Pens pens;
        pens.style = m_styles.value(e.typeId, Style{QColor(0x90, 0x90, 0x90)});
        render::MapLinkType type;
        type.color = pens.style.color;
        type.style = pens.style.pen;
        type.directed = pens.style.directed;
        type.sign = pens.style.sign;
        const QPen base = linkPen(type, e.strength);
        // Links thinner than a couple of pixels on screen are hairlines, their strength shown
        // by their shade: a one-pixel cosmetic pen takes the fast path, a wider one is
        // stroked as an outline (ten times the cost at 10 000 actors).
        pens.hairline = base.widthF() * scale < 1.6;
        for (int dim = 0; dim < 2; ++dim)
            for (int passing = 0; passing < 2; ++passing) {
                QPen pen = base;
                if (passing || pens.hairline) {
                    // Mixed with the background rather than translucent: opaque pixels are
                    // written directly, translucent ones are blended one by one.
                    const QColor c = pen.color();
                    const double weight =
                        (dim ? 0.12 : 1.0) *
                        (passing ? 0.35 : 0.45 + 0.55 * (std::clamp(e.strength, 1, 5) - 1) / 4.0);
                    const QColor bg = kMapBackground;
                    pen.setColor(QColor::fromRgbF(bg.redF() + (c.redF() - bg.redF()) * weight,
                                                  bg.greenF() + (c.greenF() - bg.greenF()) * weight,
                                                  bg.blueF() + (c.blueF() - bg.blueF()) * weight));
                    pen.setCosmetic(true);
                    pen.setWidthF(1.0);
                    if (scale < 0.3)
                        pen.setStyle(Qt::SolidLine);  // dash patterns are invisible this far out
                } else if (dim) {
                    QColor c = pen.color();
                    c.setAlphaF(0.12);
                    pen.setColor(c);
                }
                const BatchKey key{pen.color().rgba(), int(pen.widthF() * 16), int(pen.style()),
                                   pen.isCosmetic(), bool(passing)};
                int &batch = batchOf[key];
                if (batch == 0) {
                    batches.append({key, pen, {}});
                    batch = int(batches.size());
                }
                pens.batch[dim][passing] = batch - 1;
                pens.pen[dim][passing] = pen;
            }
        return *pensOf.insert(k, pens);
    };

    // Arrowheads, one path per colour.
    QHash<QRgb, QPainterPath> arrowHeads;
    for (const Visible &v : std::as_const(visible)) {
        const Edge &e = *v.edge;
        const QPointF p = v.a->pos, q = v.b->pos;
        const Pens &pens = pensFor(e);
        const Style &st = pens.style;
        const bool dim = v.a->dimmed || v.b->dimmed;
        // A link that only passes through the view (both ends outside) is context, not
        // content: a faint hairline.
        const bool passing = !view.contains(p) && !view.contains(q);
        QList<QLineF> &lines = batches[pens.batch[dim][passing]].lines;
        const QPen &pen = pens.pen[dim][passing];
        const bool shaped = detail && !passing;  // curves, zigzags, arrowheads
        const double offset =
            e.parallelIndex && shaped
                ? render::MapStyle::curveOffset(
                      e.parallelIndex - 1,
                      pairCount.value(qMakePair(std::min(e.source, e.target),
                                                std::max(e.source, e.target))))
                : 0.0;
        if (st.sign < 0 && shaped) {
            // A zigzag's segments join the straight lines of its pen: one call for them all.
            const QPolygonF zigzag = render::MapStyle::zigzagPoints(p, q, offset);
            for (qsizetype i = 1; i < zigzag.size(); ++i)
                lines << QLineF(zigzag[i - 1], zigzag[i]);
            continue;
        }
        if (offset == 0.0 && !(st.directed && shaped)) {
            lines << QLineF(p, q);
            continue;
        }
        QPointF end = q;
        const QLineF line(p, q);
        const QPointF normal = line.length() > 0 ? QPointF(-line.dy(), line.dx()) / line.length()
                                                 : QPointF();
        const QPointF control = (p + q) / 2 + normal * offset * 2;
        if (st.directed && line.length() > v.b->radius * 2) {
            // Stop at the target's edge so the arrowhead stays visible.
            const QLineF towards(control, q);
            end = towards.pointAt(1.0 - (v.b->radius + 2) / std::max(1.0, towards.length()));
        }
        // The curve as a few straight segments in its pen's batch: stroking curves one path
        // at a time, or as one big path, costs several times more.
        QPointF last = p;
        const int steps = offset == 0.0 ? 1 : 8;
        for (int i = 1; i <= steps; ++i) {
            const double t = double(i) / steps, u = 1 - t;
            const QPointF next = u * u * p + 2 * u * t * control + t * t * end;
            lines << QLineF(last, next);
            last = next;
        }
        if (st.directed) {
            const QPointF dir = end - control;
            const double len = std::hypot(dir.x(), dir.y());
            if (len > 1e-9) {
                const double size = 7 + (pen.isCosmetic() ? 1.0 / scale : pen.widthF()) * 1.5;
                const QPointF u = dir / len, n(-u.y(), u.x());
                const QPointF base = end - u * size;
                QPainterPath &heads = arrowHeads[pen.color().rgba()];
                heads.addPolygon(QPolygonF{end, base + n * size * 0.5, base - n * size * 0.5, end});
                heads.closeSubpath();
            }
        }
    }
    painter->setBrush(Qt::NoBrush);
    // Passing hairlines first and without antialiasing: they are background.
    // Antialiased hairlines cost several times more per pixel: only for a few of them.
    const bool smoothHairlines = antialias && inView < 600;
    // Sharp lines are written straight into an image on raster devices (the screen): ten
    // times cheaper a pixel than QPainter's line drawing, the same pixels. That is every
    // hairline but the few smoothed ones, and the opaque wider links when there are too many
    // links to antialias.
    auto direct = [&](const Batch &batch) {
        if (batch.key.cosmetic)
            return batch.key.width == 16 && (batch.key.passing || !smoothHairlines);
        return !antialias && qAlpha(batch.key.color) == 255;
    };
    const bool canvas = mend || m_canvas.begin(painter, exposed);
    for (int passing = 1; canvas && passing >= 0; --passing)
        for (const Batch &batch : std::as_const(batches)) {
            if (batch.key.passing != bool(passing) || !direct(batch))
                continue;
            const int width =
                batch.key.cosmetic ? 1 : std::max(1, int(std::lround(batch.pen.widthF() * scale)));
            for (const QLineF &line : batch.lines)
                m_canvas.addLine(line.p1(), line.p2(), batch.key.color,
                                 Qt::PenStyle(batch.key.style), width);
        }
    // The rest (antialiased lines, arrowheads, the highlighted path) goes into the same
    // image when there is one, so that the whole layer can be shown again as it is.
    QPainter *target = canvas ? m_canvas.layer() : painter;
    for (int passing = 1; passing >= 0; --passing) {
        for (const Batch &batch : std::as_const(batches)) {
            if (batch.lines.isEmpty() || batch.key.passing != bool(passing) ||
                (canvas && direct(batch)))
                continue;
            target->setRenderHint(QPainter::Antialiasing,
                                  !passing && (batch.key.cosmetic ? smoothHairlines : antialias));
            target->setPen(batch.pen);
            target->drawLines(batch.lines);
        }
    }
    target->setRenderHint(QPainter::Antialiasing, antialias);
    target->setPen(Qt::NoPen);
    for (auto it = arrowHeads.cbegin(); it != arrowHeads.cend(); ++it) {
        target->setBrush(QColor::fromRgba(it.key()));
        target->drawPath(it.value());
    }
    target->setBrush(Qt::NoBrush);
    // The highlighted path on top: a thick line from each of its actors to the next.
    const QList<qint64> path = m_scene->path();
    if (path.size() > 1) {
        QPen pen(kHighlight, 6.0);
        pen.setCapStyle(Qt::RoundCap);
        if (pen.widthF() * scale < 3) {
            pen.setCosmetic(true);
            pen.setWidthF(3);
        }
        target->setRenderHint(QPainter::Antialiasing, true);
        target->setPen(pen);
        for (int i = 0; i + 1 < path.size(); ++i) {
            const ActorItem *a = m_scene->item(path[i]), *b = m_scene->item(path[i + 1]);
            if (a && b && a->isVisible() && b->isVisible())
                target->drawLine(a->pos(), b->pos());
        }
    }
    m_canvas.finish();
    if (canvas) {
        m_cachedGeneration = m_generation;
        m_cachedView = viewKey;
    }
}

} // namespace maillage
