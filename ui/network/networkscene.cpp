#include "ui/network/networkscene.h"

#include "core/analysis/neighbourhood.h"
#include "core/document/document.h"
#include "core/render/labelplacement.h"
#include "core/render/mappainter.h"

#include <QFontMetricsF>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QToolTip>
#include <QPixmap>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace maillage {

#define K(x) QStringLiteral(x)

NetworkScene::NetworkScene(Document *doc, QObject *parent)
    : QGraphicsScene(parent), m_doc(doc), m_links(new LinksItem(this)), m_nodes(nullptr)
{
    // docs/architecture.md, performance: the BSP index costs far more than it saves at 10k actors (and its memory
    // grows past gigabytes at 100k); without it, a hit test scans the actors' small shapes.
    setItemIndexMethod(NoIndex);
    addItem(m_links);
    m_nodes = new NodesItem(this);
    addItem(m_nodes);
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
    m_hovered = 0;
    m_path.clear();
    for (ActorItem *item : std::as_const(m_items))
        delete item;
    m_items.clear();
    m_states.clear();
    ++m_itemsGeneration;
    reloadStyles();
    if (m_doc->isOpen()) {
        // What the map draws of each actor, not whole actors (100 000 at open).
        const QList<MapActor> actors =
            Projections(m_doc->store()).mapActors().value_or(QList<MapActor>());
        // Missing positions: lay them out in memory (not written to the file) so the map reads
        // well at once; the user saves positions by moving actors or applying a layout.
        QHash<qint64, QPointF> computed;
        bool missing = false;
        for (const MapActor &a : actors)
            missing |= !a.hasPosition();
        if (missing) {
            render::MapModel model = render::MapModel::fromDocument(*m_doc);
            model.layoutMissing(1);
            for (const render::MapNode &n : std::as_const(model.nodes))
                computed.insert(n.id, n.pos);
        }
        m_items.reserve(actors.size());
        m_states.reserve(size_t(actors.size()));
        m_reloading = true;
        int i = 0;
        for (MapActor a : actors) {
            if (!a.hasPosition()) {
                const QPointF p = computed.value(a.id, fallbackPosition(i, int(actors.size())));
                a.x = p.x();
                a.y = p.y();
            }
            addOrUpdate(a);
            ++i;
        }
        m_reloading = false;
    }
    reloadLinks();
    m_nodes->recomputeBounds();
    setSceneRect(itemsRect().adjusted(-2000, -2000, 2000, 2000));
}

void NetworkScene::deleteItem(ActorItem *item)
{
    if (!item)
        return;
    // The last state fills the hole.
    const int slot = item->m_slot;
    if (slot >= 0 && slot + 1 < int(m_states.size())) {
        m_states[slot] = m_states.back();
        m_states[slot].item->m_slot = slot;
    }
    if (slot >= 0)
        m_states.pop_back();
    delete item;
    ++m_itemsGeneration;
}

void NetworkScene::itemMoved(ActorItem *item, const QPointF &from)
{
    // Only where the actor and its links were and are is drawn afresh: a move at 10 000
    // actors repainted every link and actor before.
    m_links->cover(item->pos());
    m_links->actorMoved(item->slot(), from, item->pos());
    m_nodes->cover(item->pos());
    m_nodes->invalidateAround(from, item->radius());
    m_nodes->invalidateAround(item->pos(), item->radius());
}

void NetworkScene::noteLookChanged()
{
    if (m_lookPending)
        return;
    m_lookPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_lookPending = false;
            emit lookChanged();
        },
        Qt::QueuedConnection);
}

void NetworkScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    // The topmost visible actor under the pointer names itself; elsewhere Qt's own tooltips.
    const QTransform view = event->widget() && event->widget()->parentWidget()
                                ? static_cast<QGraphicsView *>(event->widget()->parentWidget())
                                      ->viewportTransform()
                                : QTransform();
    const QList<QGraphicsItem *> under =
        items(event->scenePos(), Qt::IntersectsItemShape, Qt::DescendingOrder, view);
    for (QGraphicsItem *i : under)
        if (i->type() == ActorItem::Type && i->isVisible()) {
            QToolTip::showText(event->screenPos(),
                               static_cast<const ActorItem *>(i)->toolTipText(), event->widget());
            event->accept();
            return;
        }
    QGraphicsScene::helpEvent(event);
}

void NetworkScene::setHoveredActor(qint64 id)
{
    if (id != m_hovered) {
        m_hovered = id;
        m_nodes->invalidate();
    }
}

void NetworkScene::setPath(const QList<qint64> &actorIds)
{
    if (actorIds == m_path)
        return;
    m_path = actorIds;
    const QSet<qint64> on(actorIds.cbegin(), actorIds.cend());
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        it.value()->setPathState(on.contains(it.key()), !on.isEmpty() && !on.contains(it.key()));
    m_links->invalidate();
    m_nodes->invalidate();
}

void NetworkScene::addOrUpdate(const MapActor &a)
{
    ActorItem *item = m_items.value(a.id);
    const bool fresh = !item;
    if (fresh) {
        item = new ActorItem(this, a.id);
        item->m_slot = int(m_states.size());
        m_states.emplace_back();
        m_items.insert(a.id, item);
        ++m_itemsGeneration;
        if (!m_path.isEmpty())
            item->setPathState(false, true);
    }
    const CategoryStyle style = m_categories.value(a.categoryId, {QColor(0x99, 0x99, 0x99), K("circle")});
    const double size = m_sizeFactors.isEmpty() ? a.influence / 5.0 : m_sizeFactors.value(a.id);
    const double diameter = render::MapStyle::diameter(size);
    item->setAppearance(a.name, m_colours.value(a.id, style.color), style.shape, diameter / 2,
                        a.isPerson);
    if (a.hasPosition() && item->pos() != QPointF(a.x, a.y))
        item->setPos(a.x, a.y);
    item->syncState();
    // Placed and drawn before it joins the scene, which then has nothing to follow.
    if (fresh)
        addItem(item);
}

void NetworkScene::reloadLinks()
{
    QList<LinksItem::Edge> edges;
    m_degree.clear();
    if (m_doc->isOpen()) {
        const QList<MapEdge> links =
            Projections(m_doc->store()).mapEdges().value_or(QList<MapEdge>());
        edges.reserve(links.size());
        m_degree.reserve(m_items.size());
        for (const MapEdge &l : links) {
            edges.append(LinksItem::Edge{l.id, l.sourceId, l.targetId, l.typeId, l.strength});
            ++m_degree[l.sourceId];
            ++m_degree[l.targetId];
        }
    }
    m_links->setEdges(std::move(edges));
    m_nodes->invalidate();
}

void NetworkScene::onChanged(const ChangeSet &changes)
{
    bool links = false, network = false;
    for (const Change &c : changes) {
        if (c.table == Table::Actor) {
            if (c.kind == Change::Removed) {
                for (qint64 id : c.ids) {
                    if (id == m_hovered)
                        m_hovered = 0;
                    deleteItem(m_items.take(id));
                }
                m_nodes->invalidate();
                links = true;
                network = true;
            } else {
                for (qint64 id : c.ids) {
                    auto a = Projections(m_doc->store()).mapActor(id);
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
                // The links follow their actors' states: an item whose position, size or
                // visibility changed has invalidated them (ActorItem::syncState) and grown
                // their bounds (itemMoved); a rename leaves the links' kept frame as it is.
            }
        } else if (c.table == Table::Link) {
            links = true;
            network = true;
        } else if (c.table == Table::Category || c.table == Table::LinkType) {
            reloadStyles();
            for (const MapActor &a :
                 Projections(m_doc->store()).mapActors().value_or(QList<MapActor>()))
                addOrUpdate(a);
            links = true;
        }
    }
    if (links)
        reloadLinks();
    if (!m_filter.isEmpty())
        applyFilter();
    // A path found on the former network may no longer be one.
    if (network && !m_path.isEmpty()) {
        setPath({});
        emit pathCleared();
    }
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
        for (const auto &[actor, tag] :
             Projections(m_doc->store()).actorTags().value_or(QList<QPair<qint64, qint64>>()))
            if (m_filter.tags.contains(tag))
                tagged.insert(actor);
    // Field conditions: the actors meeting them all (a condition on a deleted field is void).
    std::optional<QSet<qint64>> meetsFields;
    if (!m_filter.fields.isEmpty()) {
        QHash<qint64, CustomField> defs;
        for (const CustomField &f : m_doc->customFields(K("actor")))
            defs.insert(f.id, f);
        const auto values = FieldRepository(m_doc->store()).allValues(K("actor"));
        meetsFields.emplace();
        for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
            const QHash<qint64, QString> mine = values.value(it.key());
            bool ok = true;
            for (const fields::Condition &c : m_filter.fields)
                if (defs.contains(c.fieldId))
                    ok = ok && fields::matches(defs.value(c.fieldId), c, mine.value(c.fieldId));
            if (ok)
                meetsFields->insert(it.key());
        }
    }
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
        show &= !meetsFields || meetsFields->contains(it.key());
        show &= !m_timeHiddenActors.contains(it.key());
        it.value()->setVisible(show);
    }
    m_links->invalidate();
}

QSet<qint64> NetworkScene::neighbourhood(const QList<qint64> &ids, int depth) const
{
    QList<std::pair<qint64, qint64>> links;
    links.reserve(m_links->edges().size());
    for (const LinksItem::Edge &e : m_links->edges())
        links.append({e.source, e.target});
    return analysis::neighbourhood(links, ids, depth);
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
    for (const MapActor &a : Projections(m_doc->store()).mapActors().value_or(QList<MapActor>()))
        if (m_items.contains(a.id)) {
            MapActor shown = a;
            shown.x = m_items.value(a.id)->pos().x();
            shown.y = m_items.value(a.id)->pos().y();
            addOrUpdate(shown);
        }
    m_links->invalidate();
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
    // The typed positions command (Document::moveActors): one undo step for every actor
    // dragged, titled after the actor or their number; a drag does not merge with the last.
    QList<ActorPosition> to;
    for (auto it = m_dragStart.cbegin(); it != m_dragStart.cend(); ++it) {
        const ActorItem *item = m_items.value(it.key());
        if (item && item->pos() != it.value())
            to << ActorPosition{it.key(), item->pos().x(), item->pos().y()};
    }
    const QHash<qint64, QPointF> start = std::exchange(m_dragStart, {});
    if (to.isEmpty())
        return;
    QString error;
    if (!m_doc->moveActors(to, QString(), Document::NoMerge, &error)) {
        // Not saved (read-only, disk full, an actor gone): put the items back where they
        // were before the drag, which is where the file has them.
        for (const ActorPosition &p : std::as_const(to))
            if (ActorItem *item = m_items.value(p.id))
                item->setPos(start.value(p.id));
    }
}

void NetworkScene::setFocusSet(const QSet<qint64> &ids)
{
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        it.value()->setDimmed(!ids.isEmpty() && !ids.contains(it.key()));
    m_links->invalidate();
}

void NetworkScene::setHighlighted(const QSet<qint64> &ids)
{
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        it.value()->setHighlighted(ids.contains(it.key()));
}

QRectF NetworkScene::itemsRect() const
{
    // Shapes plus room for a label at full size (the items' own bounds also cover the larger
    // labels of zoomed-out views, which would make "fit" zoom out too far). Read from the
    // states, one array, not from 10 000 items.
    double left = 0, top = 0, right = 0, bottom = 0;
    bool any = false;
    for (const ActorState &s : m_states) {
        if (!s.visible)
            continue;
        const double l = s.pos.x() - 70, t = s.pos.y() - s.radius - 4;
        const double r = s.pos.x() + 70, b = s.pos.y() + s.radius + 20;
        if (!any) {
            left = l, top = t, right = r, bottom = b;
            any = true;
        } else {
            left = std::min(left, l), top = std::min(top, t);
            right = std::max(right, r), bottom = std::max(bottom, b);
        }
    }
    return any ? QRectF(QPointF(left, top), QPointF(right, bottom)) : QRectF(-200, -150, 400, 300);
}

bool NetworkScene::anyActorIn(const QRectF &sceneRect) const
{
    const double l = sceneRect.left(), t = sceneRect.top(), r = sceneRect.right(),
                 b = sceneRect.bottom();
    if (sceneRect.isNull())
        return false;
    for (const ActorState &s : m_states) {
        if (!s.visible || s.radius <= 0)
            continue;
        // Strict overlap, as QRectF::intersects.
        if (s.pos.x() + s.radius > l && s.pos.x() - s.radius < r && s.pos.y() + s.radius > t &&
            s.pos.y() - s.radius < b)
            return true;
    }
    return false;
}

} // namespace maillage
