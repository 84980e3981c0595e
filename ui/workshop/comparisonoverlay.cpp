#include "ui/workshop/comparisonoverlay.h"

#include "ui/network/networkscene.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>
#include <limits>
#include <numbers>

namespace maillage {

namespace {

constexpr double kLabelScale = 0.28;  // as the actors: labels drop out when zoomed far out

QFont labelFont(QPainter *painter, double k, bool italic)
{
    QFont f = painter->font();
    f.setPointSizeF(8.5 * k);
    f.setItalic(italic);
    return f;
}

} // namespace

// ComparisonMarkItem ------------------------------------------------------------------------

ComparisonMarkItem::ComparisonMarkItem(ComparisonOverlay *owner, Kind kind, const QString &name,
                                       double radius, bool standalone)
    : m_owner(owner), m_kind(kind), m_name(name), m_radius(radius), m_standalone(standalone)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setFlag(ItemIsSelectable, false);
    const double r = radius + 8;
    m_bounds = QRectF(-r, -r, 2 * r, 2 * r);
    if (standalone)
        m_bounds |= QRectF(-90 / kLabelScale, radius + 2, 180 / kLabelScale, 18 / kLabelScale);
    setToolTip(kind == Missing ? tr("Missing from the compared map: %1").arg(name)
                               : tr("Only in the compared map: %1").arg(name));
}

ComparisonMarkItem::~ComparisonMarkItem()
{
    if (m_owner)
        m_owner->forget(this);
}

void ComparisonMarkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double scale = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor missing = ComparisonOverlay::missingColor();
    const QColor extra = ComparisonOverlay::extraColor();
    if (m_kind == Missing) {
        // A ghost: washed-out disc with a dashed outline. Over an actor of the map the wash
        // fades that actor.
        QColor wash(Qt::white);
        wash.setAlphaF(m_standalone ? 0.85 : 0.72);
        painter->setBrush(wash);
        QPen pen(missing, 2.0, Qt::DashLine);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->drawEllipse(QPointF(0, 0), m_radius + 3, m_radius + 3);
        if (m_standalone) {
            QColor inner = missing;
            inner.setAlphaF(0.18);
            painter->setBrush(inner);
            painter->setPen(Qt::NoPen);
            painter->drawEllipse(QPointF(0, 0), m_radius - 1, m_radius - 1);
        }
    } else {
        // An extra: an orange "+" badge at the top right (over an actor) or a node of its own.
        const double badge = std::max(7.0, m_radius * 0.55);
        const QPointF c = m_standalone ? QPointF(0, 0)
                                       : QPointF(m_radius * 0.8, -m_radius * 0.8);
        if (m_standalone) {
            QColor fill = extra;
            fill.setAlphaF(0.2);
            painter->setBrush(fill);
            QPen ring(extra, 2.0, Qt::DashLine);
            ring.setCosmetic(true);
            painter->setPen(ring);
            painter->drawEllipse(QPointF(0, 0), m_radius, m_radius);
        }
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(extra);
        painter->drawEllipse(c, badge, badge);
        QPen plus(Qt::white, badge * 0.35, Qt::SolidLine, Qt::RoundCap);
        painter->setPen(plus);
        painter->drawLine(c + QPointF(-badge * 0.5, 0), c + QPointF(badge * 0.5, 0));
        painter->drawLine(c + QPointF(0, -badge * 0.5), c + QPointF(0, badge * 0.5));
    }
    if (m_standalone && scale >= kLabelScale) {
        const double k = 1.0 / std::clamp(scale, kLabelScale, 1.0);
        painter->setFont(labelFont(painter, k, m_kind == Missing));
        painter->setPen(m_kind == Missing ? missing.darker(130) : extra.darker(140));
        const QRectF r(-90 * k, m_radius + 2, 180 * k, 16 * k);
        painter->drawText(r, Qt::AlignHCenter | Qt::AlignTop,
                          painter->fontMetrics().elidedText(m_name, Qt::ElideRight, int(178 * k)));
    }
}

// ComparisonLinksItem -----------------------------------------------------------------------

ComparisonLinksItem::ComparisonLinksItem(NetworkScene *scene, QList<Line> lines)
    : m_scene(scene), m_lines(std::move(lines))
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(0.5);  // over the map's links, under its actors
    refreshBounds();
}

QPointF ComparisonLinksItem::pointOf(const End &e) const
{
    if (e.actor)
        if (const ActorItem *item = m_scene->item(e.actor))
            return item->pos();
    return e.point;
}

void ComparisonLinksItem::refreshBounds()
{
    QRectF r;
    for (const Line &l : std::as_const(m_lines))
        r |= QRectF(pointOf(l.a), pointOf(l.b)).normalized();
    const QRectF bounds = r.adjusted(-12, -12, 12, 12);
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
    update();
}

void ComparisonLinksItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QPen wash(QColor(255, 255, 255, 200), 5.0);
    wash.setCosmetic(true);
    for (bool missing : {true, false}) {
        QPen pen(missing ? ComparisonOverlay::missingColor() : ComparisonOverlay::extraColor(), 2.2,
                 Qt::DashLine, Qt::RoundCap);
        pen.setCosmetic(true);
        for (const Line &l : std::as_const(m_lines)) {
            if (l.missing != missing)
                continue;
            const QPointF a = pointOf(l.a), b = pointOf(l.b);
            // The white wash fades a link of the map drawn underneath.
            painter->setPen(wash);
            painter->drawLine(a, b);
            painter->setPen(pen);
            painter->drawLine(a, b);
            if (l.directed) {
                const QPointF d = b - a;
                const double len = std::hypot(d.x(), d.y());
                if (len > 30) {
                    const QPointF u = d / len, n(-u.y(), u.x());
                    const QPointF tip = b - u * 16;
                    painter->setPen(QPen(pen.color(), 2.0));
                    painter->drawLine(tip, tip - u * 9 + n * 5);
                    painter->drawLine(tip, tip - u * 9 - n * 5);
                }
            }
        }
    }
}

// ComparisonOverlay -------------------------------------------------------------------------

ComparisonOverlay::ComparisonOverlay(NetworkScene *scene) : QObject(scene), m_scene(scene)
{
}

ComparisonOverlay::~ComparisonOverlay()
{
    if (m_scene)
        clear();
    // Else the scene already deleted the items; marks were forgotten one by one.
    for (ComparisonMarkItem *m : std::as_const(m_marks))
        m->m_owner = nullptr;
}

void ComparisonOverlay::clear()
{
    const QList<ComparisonMarkItem *> marks = m_marks;
    m_marks.clear();
    for (ComparisonMarkItem *m : marks) {
        m->m_owner = nullptr;
        delete m;
    }
    delete m_links;
    m_links = nullptr;
    m_placedReference.clear();
    m_placedCandidate.clear();
    m_shownOfReference.clear();
    m_shownOfCandidate.clear();
    m_active = false;
}

void ComparisonOverlay::show(const workshop::MapData &reference,
                             const workshop::MapData &candidate,
                             const workshop::ComparisonItems &items, bool shownIsReference)
{
    clear();
    if (!m_scene)
        return;
    m_active = true;
    // Which actor of the map stands for each actor of either side.
    for (const Actor &a : shownIsReference ? reference.actors : candidate.actors)
        if (m_scene->item(a.id))
            (shownIsReference ? m_shownOfReference : m_shownOfCandidate).insert(a.id, a.id);
    if (shownIsReference) {
        for (auto it = items.referenceOfCandidate.cbegin(); it != items.referenceOfCandidate.cend(); ++it)
            if (m_scene->item(it.value()))
                m_shownOfCandidate.insert(it.key(), it.value());
    } else {
        for (auto it = items.candidateOfReference.cbegin(); it != items.candidateOfReference.cend(); ++it)
            if (m_scene->item(it.value()))
                m_shownOfReference.insert(it.key(), it.value());
    }

    // Actors off the map (extras of a reference map, or missing actors of a trainee's map):
    // beside the map actors they are linked with, else at their own position, else in a row
    // under the map.
    const QRectF mapRect = m_scene->itemsRect();
    const workshop::MapData &offSide = shownIsReference ? candidate : reference;
    const QList<qint64> &offIds = shownIsReference ? items.extraActors : items.missingActors;
    QHash<qint64, qint64> &shownOfOff = shownIsReference ? m_shownOfCandidate : m_shownOfReference;
    QHash<qint64, QPointF> &placed = shownIsReference ? m_placedCandidate : m_placedReference;
    QHash<qint64, QList<QPointF>> neighbours;
    for (const Link &l : offSide.links) {
        if (shownOfOff.contains(l.sourceId) && !shownOfOff.contains(l.targetId))
            neighbours[l.targetId] << m_scene->item(shownOfOff.value(l.sourceId))->pos();
        if (shownOfOff.contains(l.targetId) && !shownOfOff.contains(l.sourceId))
            neighbours[l.sourceId] << m_scene->item(shownOfOff.value(l.targetId))->pos();
    }
    // Where things already are, to put each placed actor in the emptiest spot near its
    // neighbours (the first of the least crowded candidate spots).
    QList<QPointF> taken;
    for (QGraphicsItem *i : m_scene->items())
        if (i->type() == ActorItem::Type && i->isVisible())
            taken << i->pos();
    auto crowding = [&taken](const QPointF &p) {
        int n = 0;
        for (const QPointF &q : std::as_const(taken))
            n += QLineF(p, q).length() < 45;
        return n;
    };
    int row = 0;
    for (qint64 id : offIds) {
        const Actor *a = offSide.actor(id);
        if (!a)
            continue;
        QPointF p;
        const QList<QPointF> near = neighbours.value(id);
        if (!near.isEmpty()) {
            for (const QPointF &q : near)
                p += q;
            p /= double(near.size());
            QPointF best;
            int bestCrowding = std::numeric_limits<int>::max();
            for (double distance : {70.0, 110.0, 160.0})
                for (int step = 0; step < 12 && bestCrowding > 0; ++step) {
                    const double angle = std::numbers::pi / 6 * step + distance / 100;
                    const QPointF candidate =
                        p + QPointF(std::cos(angle), std::sin(angle)) * distance;
                    const int c = crowding(candidate);
                    if (c < bestCrowding) {
                        bestCrowding = c;
                        best = candidate;
                    }
                }
            p = best;
        } else if (a->hasPosition() && !shownIsReference) {
            p = QPointF(a->x, a->y);
        } else {
            p = (mapRect.isNull() ? QPointF(0, 0) : mapRect.bottomLeft()) +
                QPointF(40 + 110.0 * (row % 8), 90 + 70.0 * (row / 8));
            ++row;
        }
        placed.insert(id, p);
        taken << p;
        auto *mark = new ComparisonMarkItem(
            this, shownIsReference ? ComparisonMarkItem::Extra : ComparisonMarkItem::Missing,
            a->name, 12, true);
        mark->setPos(p);
        mark->setZValue(2);
        m_scene->addItem(mark);
        m_marks << mark;
    }
    // Actors on the map: ghosts (missing) or "+" badges (extra) that follow them.
    const QList<qint64> &onIds = shownIsReference ? items.missingActors : items.extraActors;
    const workshop::MapData &onSide = shownIsReference ? reference : candidate;
    for (qint64 id : onIds) {
        ActorItem *actor = m_scene->item(id);
        const Actor *a = onSide.actor(id);
        if (!actor || !a)
            continue;
        auto *mark = new ComparisonMarkItem(
            this, shownIsReference ? ComparisonMarkItem::Missing : ComparisonMarkItem::Extra,
            a->name, actor->radius(), false);
        mark->setParentItem(actor);
        m_marks << mark;
    }

    // Links: each end is an actor of the map or a placed point.
    auto end = [&](bool referenceSide, qint64 id) {
        ComparisonLinksItem::End e;
        const auto &shown = referenceSide ? m_shownOfReference : m_shownOfCandidate;
        if (shown.contains(id))
            e.actor = shown.value(id);
        else
            e.point = (referenceSide ? m_placedReference : m_placedCandidate).value(id);
        return e;
    };
    QList<ComparisonLinksItem::Line> lines;
    auto addLines = [&](const workshop::MapData &map, const QList<qint64> &ids, bool missing) {
        QSet<qint64> wanted(ids.cbegin(), ids.cend());
        for (const Link &l : map.links) {
            if (!wanted.contains(l.id))
                continue;
            const LinkType *t = map.linkType(l.typeId);
            lines << ComparisonLinksItem::Line{end(missing, l.sourceId), end(missing, l.targetId),
                                               missing, t && t->directed};
        }
    };
    addLines(reference, items.missingLinks, true);
    addLines(candidate, items.extraLinks, false);
    m_links = new ComparisonLinksItem(m_scene, lines);
    m_scene->addItem(m_links);
}

std::optional<QPointF> ComparisonOverlay::referenceActorPosition(qint64 id) const
{
    if (const qint64 shown = m_shownOfReference.value(id))
        if (const ActorItem *item = m_scene->item(shown))
            return item->pos();
    if (m_placedReference.contains(id))
        return m_placedReference.value(id);
    return std::nullopt;
}

std::optional<QPointF> ComparisonOverlay::candidateActorPosition(qint64 id) const
{
    if (const qint64 shown = m_shownOfCandidate.value(id))
        if (const ActorItem *item = m_scene->item(shown))
            return item->pos();
    if (m_placedCandidate.contains(id))
        return m_placedCandidate.value(id);
    return std::nullopt;
}

qint64 ComparisonOverlay::shownActorOfReference(qint64 id) const
{
    return m_shownOfReference.value(id);
}

qint64 ComparisonOverlay::shownActorOfCandidate(qint64 id) const
{
    return m_shownOfCandidate.value(id);
}

} // namespace maillage
