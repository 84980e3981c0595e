#include "networkscene.h"

#include "document/document.h"
#include "render/mappainter.h"

#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace maillage {

using render::MapStyle::linkPen;

namespace {
#define K(x) QStringLiteral(x)
// Below this many device pixels per scene unit, labels drop out. Above it they keep the same
// size on screen (up to a zoom of 1), so a fitted map of a small territory stays readable.
constexpr double kLabelScale = 0.28;
} // namespace

ActorItem::ActorItem(NetworkScene *scene, qint64 id) : m_scene(scene), m_id(id)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setZValue(1);
    setAcceptHoverEvents(false);
}

void ActorItem::setAppearance(const QString &label, const QColor &color, const QString &shape,
                              double radius, bool person)
{
    const QPainterPath path =
        render::MapStyle::shapePath(render::shapeFromCode(shape), radius * 2);
    const bool geometry = path != m_path || !qFuzzyCompare(radius, m_radius) || label != m_label;
    if (geometry)
        prepareGeometryChange();
    m_label = label;
    m_color = color;
    m_path = path;
    m_radius = radius;
    setToolTip(person ? label + QStringLiteral(" 👤") : label);
    // Room for the label under the shape: its width is unknown until painted, so keep a
    // generous rectangle (labels are elided past it).
    m_bounds = m_path.boundingRect().adjusted(-8, -8, 8, 8).united(
        QRectF(-90 / kLabelScale, radius + 2, 180 / kLabelScale, 18 / kLabelScale));
    update();
}

void ActorItem::setDimmed(bool dimmed)
{
    if (dimmed != m_dimmed) {
        m_dimmed = dimmed;
        update();
    }
}

void ActorItem::setHighlighted(bool on)
{
    if (on != m_highlighted) {
        m_highlighted = on;
        update();
    }
}

void ActorItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double scale = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setOpacity(m_dimmed ? 0.18 : 1.0);
    const QColor fill = m_color;
    if (scale * m_radius < 2.5 && !isSelected() && !m_highlighted) {
        // A few pixels wide: a plain square reads the same and costs a fraction.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(QRectF(-m_radius, -m_radius, 2 * m_radius, 2 * m_radius), fill);
        return;
    }
    painter->setPen(QPen(isSelected() ? QColor(0x20, 0x20, 0x20) : fill.darker(160),
                         isSelected() || m_highlighted ? 3.0 : 1.2));
    painter->setBrush(fill);
    painter->drawPath(m_path);
    if (m_highlighted || isSelected()) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(m_highlighted ? QColor(0xff, 0x8c, 0x00) : QColor(0x1e, 0x6f, 0xd9),
                             2.5, Qt::SolidLine));
        painter->drawEllipse(QPointF(0, 0), m_radius + 5, m_radius + 5);
    }
    if (scale >= kLabelScale || isSelected() || m_highlighted) {
        const double k = 1.0 / std::clamp(scale, kLabelScale, 1.0);
        QFont f = painter->font();
        f.setPointSizeF(8.5 * k);
        painter->setFont(f);
        painter->setPen(QColor(0x22, 0x22, 0x22));
        const QRectF r(-90 * k, m_radius + 2, 180 * k, 16 * k);
        const QString text =
            painter->fontMetrics().elidedText(m_label, Qt::ElideRight, int(178 * k));
        painter->drawText(r, Qt::AlignHCenter | Qt::AlignTop, text);
    }
}

QVariant ActorItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged)
        m_scene->itemMoved();
    return QGraphicsItem::itemChange(change, value);
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
    // Number the links of each pair so that parallel ones become distinct curves.
    QHash<QPair<qint64, qint64>, QList<int>> pairs;
    for (int i = 0; i < edges.size(); ++i) {
        const auto key = qMakePair(std::min(edges[i].source, edges[i].target),
                                   std::max(edges[i].source, edges[i].target));
        pairs[key] << i;
    }
    for (const QList<int> &group : std::as_const(pairs))
        for (int k = 0; k < group.size(); ++k)
            edges[group[k]].parallelIndex = group.size() == 1 ? 0 : k + 1;
    m_edges = std::move(edges);
    // Remember each pair's count for curve offsets.
    positionsChanged();
}

void LinksItem::positionsChanged()
{
    recomputeBounds();
    update();
}

void LinksItem::recomputeBounds()
{
    QRectF r;
    for (const Edge &e : std::as_const(m_edges)) {
        const ActorItem *a = m_scene->item(e.source);
        const ActorItem *b = m_scene->item(e.target);
        if (!a || !b)
            continue;
        r = r.united(QRectF(a->pos(), b->pos()).normalized());
    }
    r = r.adjusted(-60, -60, 60, 60);
    if (r != m_bounds) {
        prepareGeometryChange();
        m_bounds = r;
    }
}

void LinksItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double scale = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF exposed = option->exposedRect.isEmpty() ? m_bounds : option->exposedRect;

    // Cull first: only links with a visible end box crossing the exposed area are drawn.
    struct Visible
    {
        const Edge *edge;
        const ActorItem *a, *b;
    };
    QList<Visible> visible;
    visible.reserve(m_edges.size());
    QHash<QPair<qint64, qint64>, int> pairCount;
    for (const Edge &e : std::as_const(m_edges)) {
        const ActorItem *a = m_scene->item(e.source);
        const ActorItem *b = m_scene->item(e.target);
        if (!a || !b || !a->isVisible() || !b->isVisible() || !m_scene->linkShown(e))
            continue;
        const QPointF p = a->pos(), q = b->pos();
        if (!exposed.intersects(QRectF(p, q).normalized().adjusted(-40, -40, 40, 40)))
            continue;
        visible.append({&e, a, b});
        if (e.parallelIndex)
            ++pairCount[qMakePair(std::min(e.source, e.target), std::max(e.source, e.target))];
    }
    // Level of detail: curves, zigzags and arrowheads when zoomed in on a readable number of
    // links; straight batched lines (without antialiasing when there are many) otherwise.
    const bool detail = scale >= 0.4 && visible.size() < 4000;
    painter->setRenderHint(QPainter::Antialiasing, visible.size() < 6000);

    QHash<quint64, QPair<QPen, QList<QLineF>>> batches;
    QList<std::tuple<QPen, QPainterPath, bool>> singles;
    for (const Visible &v : std::as_const(visible)) {
        const Edge &e = *v.edge;
        const QPointF p = v.a->pos(), q = v.b->pos();
        const Style st = m_styles.value(e.typeId, Style{QColor(0x90, 0x90, 0x90)});
        render::MapLinkType type;
        type.color = st.color;
        type.style = st.pen;
        type.directed = st.directed;
        type.sign = st.sign;
        QPen pen = linkPen(type, e.strength);
        const bool dim = v.a->isDimmed() || v.b->isDimmed();
        if (dim) {
            QColor c = pen.color();
            c.setAlphaF(0.12);
            pen.setColor(c);
        }
        const double offset =
            e.parallelIndex && detail
                ? render::MapStyle::curveOffset(
                      e.parallelIndex - 1,
                      pairCount.value(qMakePair(std::min(e.source, e.target),
                                                std::max(e.source, e.target))))
                : 0.0;
        if (st.sign < 0 && detail) {
            singles.append({pen, render::MapStyle::zigzagPath(p, q, offset), false});
            continue;
        }
        if (offset == 0.0 && !(st.directed && detail)) {
            const quint64 key = (quint64(pen.color().rgba()) << 24) ^
                                (quint64(pen.widthF() * 16) << 4) ^ quint64(pen.style());
            auto &batch = batches[key];
            batch.first = pen;
            batch.second << QLineF(p, q);
            continue;
        }
        QPainterPath path(p);
        QPointF end = q;
        const QLineF line(p, q);
        const QPointF normal = line.length() > 0 ? QPointF(-line.dy(), line.dx()) / line.length()
                                                 : QPointF();
        const QPointF control = (p + q) / 2 + normal * offset * 2;
        if (st.directed && line.length() > v.b->radius() * 2) {
            // Stop at the target's edge so the arrowhead stays visible.
            const QLineF towards(control, q);
            end = towards.pointAt(1.0 - (v.b->radius() + 2) / std::max(1.0, towards.length()));
        }
        path.quadTo(control, end);
        singles.append({pen, path, st.directed});
    }
    painter->setBrush(Qt::NoBrush);
    for (const auto &batch : std::as_const(batches)) {
        painter->setPen(batch.first);
        painter->drawLines(batch.second);
    }
    for (const auto &[pen, path, arrow] : std::as_const(singles)) {
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
        if (arrow) {
            const QPointF tip = path.currentPosition();
            const double angle = qDegreesToRadians(path.angleAtPercent(1.0));
            const double size = 7 + pen.widthF() * 1.5;
            const QPointF back(-std::cos(angle) * size, std::sin(angle) * size);
            const QPointF side(std::sin(angle) * size * 0.5, std::cos(angle) * size * 0.5);
            QPolygonF head{tip, tip + back + side, tip + back - side};
            painter->setPen(Qt::NoPen);
            painter->setBrush(pen.color());
            painter->drawPolygon(head);
        }
    }
}

NetworkScene::NetworkScene(Document *doc, QObject *parent)
    : QGraphicsScene(parent), m_doc(doc), m_links(new LinksItem(this))
{
    // DESIGN.md: the BSP index costs far more than it saves at 10k actors.
    setItemIndexMethod(NoIndex);
    addItem(m_links);
    connect(doc, &Document::changed, this, &NetworkScene::onChanged);
    connect(doc, &Document::opened, this, &NetworkScene::reload);
    connect(doc, &Document::closed, this, &NetworkScene::reload);
    reload();
}

QPointF NetworkScene::fallbackPosition(int index, int count) const
{
    // Actors with no stored position yet sit on a spiral until a layout places them.
    const double angle = index * 2.399963;  // golden angle
    Q_UNUSED(count);
    const double r = 60 * std::sqrt(index + 1.0);
    return {r * std::cos(angle), r * std::sin(angle)};
}

void NetworkScene::reloadStyles()
{
    m_categories.clear();
    QHash<qint64, LinksItem::Style> styles;
    if (m_doc->isOpen()) {
        for (const Category &c : m_doc->categories())
            m_categories.insert(c.id, {QColor(c.color), c.shape});
        for (const LinkType &t : m_doc->linkTypes()) {
            const Qt::PenStyle pen = t.lineStyle == QLatin1String("dash")      ? Qt::DashLine
                                     : t.lineStyle == QLatin1String("dot")     ? Qt::DotLine
                                     : t.lineStyle == QLatin1String("dashdot") ? Qt::DashDotLine
                                                                               : Qt::SolidLine;
            styles.insert(t.id, {QColor(t.color), pen, t.directed, t.sign});
        }
    }
    m_links->setStyles(styles);
}

void NetworkScene::reload()
{
    for (ActorItem *item : std::as_const(m_items))
        delete item;
    m_items.clear();
    reloadStyles();
    if (m_doc->isOpen()) {
        const QList<Actor> actors = m_doc->actors();
        // Missing positions: lay them out in memory (not written to the file) so the map reads
        // well at once; the user saves positions by moving actors or applying a layout.
        QHash<qint64, QPointF> computed;
        bool missing = false;
        for (const Actor &a : actors)
            missing |= !a.hasPosition();
        if (missing) {
            render::MapModel model = render::MapModel::fromDocument(*m_doc);
            model.layoutMissing(1);
            for (const render::MapNode &n : std::as_const(model.nodes))
                computed.insert(n.id, n.pos);
        }
        int i = 0;
        for (Actor a : actors) {
            if (!a.hasPosition()) {
                const QPointF p = computed.value(a.id, fallbackPosition(i, int(actors.size())));
                a.x = p.x();
                a.y = p.y();
            }
            addOrUpdate(a);
            ++i;
        }
    }
    reloadLinks();
    setSceneRect(itemsRect().adjusted(-2000, -2000, 2000, 2000));
}

void NetworkScene::addOrUpdate(const Actor &a)
{
    ActorItem *item = m_items.value(a.id);
    if (!item) {
        item = new ActorItem(this, a.id);
        m_items.insert(a.id, item);
        addItem(item);
    }
    const CategoryStyle style = m_categories.value(a.categoryId, {QColor(0x99, 0x99, 0x99), K("circle")});
    const double size = m_sizeFactors.isEmpty() ? a.influence / 5.0 : m_sizeFactors.value(a.id);
    const double diameter = render::MapStyle::diameter(size);
    item->setAppearance(a.name, m_colours.value(a.id, style.color), style.shape, diameter / 2,
                        a.isPerson);
    if (a.hasPosition() && item->pos() != QPointF(a.x, a.y))
        item->setPos(a.x, a.y);
}

void NetworkScene::reloadLinks()
{
    QList<LinksItem::Edge> edges;
    if (m_doc->isOpen())
        for (const Link &l : m_doc->links())
            edges << LinksItem::Edge{l.id, l.sourceId, l.targetId, l.typeId, l.strength};
    m_links->setEdges(edges);
}

void NetworkScene::onChanged(const ChangeSet &changes)
{
    bool links = false;
    for (const Change &c : changes) {
        if (c.table == QLatin1String("actor")) {
            if (c.kind == Change::Removed) {
                for (qint64 id : c.ids)
                    delete m_items.take(id);
                links = true;
            } else {
                for (qint64 id : c.ids) {
                    auto a = m_doc->actor(id);
                    if (!a)
                        continue;
                    if (!a->hasPosition()) {
                        // No stored position: keep where the map shows it, or place a new
                        // actor on the spiral around the middle.
                        const ActorItem *shown = m_items.value(id);
                        const QPointF p = shown ? shown->pos()
                                                : fallbackPosition(int(m_items.size()), 0);
                        a->x = p.x();
                        a->y = p.y();
                    }
                    addOrUpdate(*a);
                }
                links = true;
            }
        } else if (c.table == QLatin1String("link")) {
            links = true;
        } else if (c.table == QLatin1String("category") || c.table == QLatin1String("link_type")) {
            reloadStyles();
            for (const Actor &a : m_doc->actors())
                addOrUpdate(a);
            links = true;
        }
    }
    if (links)
        reloadLinks();
    if (!m_filter.isEmpty())
        applyFilter();
}

bool NetworkScene::linkShown(const LinksItem::Edge &e) const
{
    return e.strength >= m_filter.minStrength &&
           (m_filter.linkTypes.isEmpty() || m_filter.linkTypes.contains(e.typeId)) &&
           !m_timeHiddenLinks.contains(e.id);
}

void NetworkScene::setTimeHidden(const QSet<qint64> &actorIds, const QSet<qint64> &linkIds)
{
    m_timeHiddenActors = actorIds;
    m_timeHiddenLinks = linkIds;
    applyFilter();
}

void NetworkScene::setFilter(const MapFilter &filter)
{
    m_filter = filter;
    applyFilter();
}

void NetworkScene::applyFilter()
{
    QHash<qint64, Actor> actors;
    // Only the category and attitude criteria need the actors (reading 10k costs ~0.4 s).
    if (!m_filter.categories.isEmpty() || !m_filter.attitudes.isEmpty())
        for (const Actor &a : m_doc->actors())
            actors.insert(a.id, a);
    QSet<qint64> tagged;
    if (!m_filter.tags.isEmpty())
        for (const Row &r : m_doc->store().rows(K("actor_tag")))
            if (m_filter.tags.contains(r.value(K("tag_id")).toLongLong()))
                tagged.insert(r.value(K("actor_id")).toLongLong());
    QSet<qint64> linked;
    if (m_filter.hideIsolated)
        for (const LinksItem::Edge &e : m_links->edges())
            if (linkShown(e))
                linked << e.source << e.target;
    for (auto it = m_items.begin(); it != m_items.end(); ++it) {
        const Actor a = actors.value(it.key());
        bool show = true;
        show &= m_filter.categories.isEmpty() || m_filter.categories.contains(a.categoryId);
        show &= m_filter.attitudes.isEmpty() || m_filter.attitudes.contains(a.attitude);
        show &= m_filter.tags.isEmpty() || tagged.contains(it.key());
        show &= !m_filter.hideIsolated || linked.contains(it.key());
        show &= !m_timeHiddenActors.contains(it.key());
        it.value()->setVisible(show);
    }
    m_links->update();
}

QSet<qint64> NetworkScene::neighbourhood(const QList<qint64> &ids, int depth) const
{
    QHash<qint64, QList<qint64>> adjacency;
    for (const LinksItem::Edge &e : m_links->edges()) {
        adjacency[e.source] << e.target;
        adjacency[e.target] << e.source;
    }
    QSet<qint64> seen(ids.begin(), ids.end());
    QList<qint64> frontier = ids;
    for (int d = 0; d < depth; ++d) {
        QList<qint64> next;
        for (qint64 id : std::as_const(frontier))
            for (qint64 n : adjacency.value(id))
                if (!seen.contains(n)) {
                    seen.insert(n);
                    next << n;
                }
        frontier = next;
    }
    return seen;
}

void NetworkScene::setSizeFactors(const QHash<qint64, double> &factors)
{
    m_sizeFactors = factors;
    restyleAll();
}

void NetworkScene::setColourOverrides(const QHash<qint64, QColor> &colours)
{
    m_colours = colours;
    restyleAll();
}

void NetworkScene::restyleAll()
{
    if (!m_doc->isOpen())
        return;
    for (const Actor &a : m_doc->actors())
        if (m_items.contains(a.id)) {
            Actor shown = a;
            shown.x = m_items.value(a.id)->pos().x();
            shown.y = m_items.value(a.id)->pos().y();
            addOrUpdate(shown);
        }
    m_links->update();
}

QList<qint64> NetworkScene::selectedActors() const
{
    QList<qint64> ids;
    for (QGraphicsItem *i : selectedItems())
        if (i->type() == ActorItem::Type)
            ids << static_cast<ActorItem *>(i)->actorId();
    return ids;
}

void NetworkScene::selectActors(const QList<qint64> &ids)
{
    const QSignalBlocker block(this);
    clearSelection();
    for (qint64 id : ids)
        if (ActorItem *item = m_items.value(id))
            item->setSelected(true);
    emit selectionChanged();
}

void NetworkScene::beginDrag()
{
    m_dragStart.clear();
    for (QGraphicsItem *i : selectedItems())
        if (i->type() == ActorItem::Type)
            m_dragStart.insert(static_cast<ActorItem *>(i)->actorId(), i->pos());
    m_dragging = true;
}

void NetworkScene::endDrag()
{
    m_dragging = false;
    QList<RowOp> ops;
    for (auto it = m_dragStart.cbegin(); it != m_dragStart.cend(); ++it) {
        const ActorItem *item = m_items.value(it.key());
        if (!item || item->pos() == it.value())
            continue;
        if (auto op = m_doc->updateOp(K("actor"), it.key(),
                                      {{K("x"), item->pos().x()}, {K("y"), item->pos().y()}}))
            ops << *op;
    }
    m_dragStart.clear();
    if (ops.isEmpty())
        return;
    QString text;
    if (ops.size() == 1) {
        const auto a = m_doc->actor(ops.first().after.value(K("id")).toLongLong());
        text = tr("Move “%1”").arg(a ? a->name : QString());
    } else {
        text = tr("Move %1 actors").arg(ops.size());
    }
    QString error;
    if (!m_doc->apply(text, ops, Document::NoMerge, &error)) {
        // Not saved (read-only, disk full): put the items back where the file has them.
        for (const RowOp &op : std::as_const(ops))
            if (ActorItem *item = m_items.value(op.before.value(K("id")).toLongLong()))
                item->setPos(op.before.value(K("x")).toDouble(), op.before.value(K("y")).toDouble());
    }
}

void NetworkScene::setFocusSet(const QSet<qint64> &ids)
{
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        it.value()->setDimmed(!ids.isEmpty() && !ids.contains(it.key()));
    m_links->update();
}

void NetworkScene::setHighlighted(const QSet<qint64> &ids)
{
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        it.value()->setHighlighted(ids.contains(it.key()));
}

QRectF NetworkScene::itemsRect() const
{
    QRectF r;
    // Shapes plus room for a label at full size (the items' own bounds also cover the larger
    // labels of zoomed-out views, which would make "fit" zoom out too far).
    for (const ActorItem *item : std::as_const(m_items))
        if (item->isVisible())
            r = r.united(QRectF(item->pos() - QPointF(70, item->radius() + 4),
                                QSizeF(140, 2 * item->radius() + 24)));
    return r.isEmpty() ? QRectF(-200, -150, 400, 300) : r;
}

} // namespace maillage
