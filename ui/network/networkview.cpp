#include "ui/network/networkview.h"

#include "ui/network/networkscene.h"

#include "core/analysis/layout.h"
#include "core/document/document.h"
#include "core/render/mappainter.h"

#include <QContextMenuEvent>
#include <QPainter>
#include <cmath>
#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace maillage {

NetworkView::NetworkView(NetworkScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent), m_scene(scene)
{
    setObjectName(QStringLiteral("networkView"));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setFocusPolicy(Qt::StrongFocus);
    // The map pans by dragging and zooms with the wheel: scroll bars only took its room.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setBackgroundBrush(QColor(0xfb, 0xfb, 0xf8));
    setAccessibleName(tr("Network map"));
    // The legend lists what the map uses; refreshed shortly after edits, not on each one.
    m_legendTimer.setSingleShot(true);
    m_legendTimer.setInterval(250);
    connect(&m_legendTimer, &QTimer::timeout, this, [this] {
        // Only a legend read again is repainted here: a fit that changes the view repaints
        // it itself, and one that changes nothing (an actor moved inside the map) leaves the
        // frame as it is.
        if (m_legendStale) {
            Document *doc = m_scene->document();
            m_legendModel = doc->isOpen() ? render::MapModel::legendOf(doc->store())
                                          : render::MapModel();
            measureLegend();
            updateLabelKeepOut();
            m_legendStale = false;
            viewport()->update();
        }
        if (m_fitPending)
            fitAll();  // now beside the legend
    });
    // Only edits that can change the legend read it again (not a move or a rename); an edit
    // that moves, sizes or adds actors fits the map again while no zoom of the user's holds.
    connect(scene->document(), &Document::changed, this, [this](const ChangeSet &changes) {
        if (render::MapModel::legendChangedBy(changes))
            m_legendStale = true;
        else if (!m_fitPending || !std::any_of(changes.begin(), changes.end(), [](const Change &c) {
                     return c.is(Table::Actor) &&
                            (c.touches(Column::X) || c.touches(Column::Y) ||
                             c.touches(Column::Influence));
                 }))
            return;
        m_legendTimer.start();
    });
    auto stale = [this] {
        m_legendStale = true;
        m_legendTimer.start();
    };
    connect(scene->document(), &Document::opened, this, stale);
    connect(scene->document(), &Document::closed, this, stale);
    m_legendTimer.start();
}

void NetworkView::setLegendScales(const QList<render::LegendScale> &scales)
{
    m_legendOptions.scales = scales;
    measureLegend();
    updateLabelKeepOut();
    viewport()->update();
}

void NetworkView::setLegendVisible(bool on)
{
    m_legend = on;
    updateLabelKeepOut();
    viewport()->update();
}

void NetworkView::measureLegend()
{
    m_legendSize = render::MapPainter(m_legendModel).legendSize(m_legendOptions);
    m_legendPixmap = QPixmap();
}

QRectF NetworkView::legendRect() const
{
    if (!m_legend || m_legendModel.nodes.isEmpty())
        return {};
    const QSizeF size = m_legendSize;  // measured when the legend was read, not each frame
    // A view too small for it shows the map alone (the legend would hide half of it and be
    // cut off); exports and reports keep it.
    if (size.height() > viewport()->height() - 24 || size.width() > viewport()->width() * 0.4)
        return {};
    return QRectF(QPointF(viewport()->width() - size.width() - 12, 12), size);
}

void NetworkView::updateLabelKeepOut()
{
    const QRectF legend = legendRect();
    if (viewport()->property(NodesItem::kLabelKeepOut).toRectF() == legend)
        return;
    viewport()->setProperty(NodesItem::kLabelKeepOut, legend);
    m_scene->nodes()->invalidate();
}

void NetworkView::setGridVisible(bool on)
{
    m_grid = on;
    resetCachedContent();
    viewport()->update();
}

void NetworkView::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawBackground(painter, rect);
    if (!m_grid)
        return;
    const layout::GridGeometry grid = layout::gridGeometry();
    const QColor fills[] = {QColor(0xfd, 0xf2, 0xe0), QColor(0xfb, 0xe0, 0xdc),
                            QColor(0xee, 0xf1, 0xf4), QColor(0xe4, 0xf2, 0xe8)};
    int i = 0;
    for (layout::Quadrant q : {layout::Quadrant::KeepSatisfied, layout::Quadrant::ManageClosely,
                               layout::Quadrant::Monitor, layout::Quadrant::KeepInformed}) {
        const QRectF r = grid.quadrantRect(q);
        painter->fillRect(r, fills[i++]);
        QFont f = painter->font();
        f.setPointSizeF(14);
        f.setBold(true);
        painter->setFont(f);
        painter->setPen(QColor(0x66, 0x66, 0x66));
        painter->drawText(r.adjusted(10, 8, -10, -8), Qt::AlignTop | Qt::AlignLeft,
                          layout::quadrantLabel(q));
    }
    painter->setPen(QPen(QColor(0x88, 0x88, 0x88), 1.5));
    painter->drawRect(grid.area);
    QFont f = painter->font();
    f.setPointSizeF(12);
    f.setBold(false);
    painter->setFont(f);
    painter->drawText(QRectF(grid.area.left(), grid.area.bottom() + 6, grid.area.width(), 24),
                      Qt::AlignCenter, grid.xAxisLabel() + QStringLiteral(" →"));
    painter->save();
    painter->translate(grid.area.left() - 8, grid.area.center().y());
    painter->rotate(-90);
    painter->drawText(QRectF(-grid.area.height() / 2, -26, grid.area.height(), 24),
                      Qt::AlignCenter, grid.yAxisLabel() + QStringLiteral(" →"));
    painter->restore();
}

void NetworkView::zoomBy(double factor)
{
    const double next = zoom() * factor;
    if (next < 0.02 || next > 12)
        return;
    scale(factor, factor);
}

void NetworkView::fitAll()
{
    // The whole view for the map. The legend sits in the top right-hand corner: where the
    // map, fitted to the whole view, would put actors under it, the map goes beside or below
    // the legend instead, whichever leaves it larger.
    const QRectF items = m_scene->itemsRect().adjusted(-40, -40, 40, 40);
    const QRectF view = viewport()->rect();
    const QRectF legend = legendRect();
    if (items.isEmpty() || view.width() < 1 || view.height() < 1) {
        fitInView(items, Qt::KeepAspectRatio);
        return;
    }
    struct Placement {
        double scale = 0;
        QPointF centre;  // where the middle of the items lands, in viewport coordinates
    };
    const auto scaleIn = [&](const QRectF &free) {
        return std::min(free.width() / items.width(), free.height() / items.height());
    };
    // Does this placement put an actor under the legend?
    const auto hidesActors = [&](const Placement &p) {
        if (legend.isEmpty())
            return false;
        const QRectF under((legend.topLeft() - p.centre) / p.scale + items.center(),
                           legend.size() / p.scale);
        return m_scene->anyActorIn(under);
    };
    QList<Placement> candidates;
    {
        // Whole view: centred, then pushed left and down as far as the free room allows.
        const double s = scaleIn(view);
        const QSizeF used = items.size() * s;
        const double left = view.left() + used.width() / 2;
        const double bottom = view.bottom() - used.height() / 2;
        candidates << Placement{s, view.center()} << Placement{s, {left, view.center().y()}}
                   << Placement{s, {view.center().x(), bottom}} << Placement{s, {left, bottom}};
    }
    if (!legend.isEmpty()) {
        QRectF beside = view;
        beside.setRight(legend.left() - 8);
        QRectF below = view;
        below.setTop(legend.bottom() + 8);
        for (const QRectF &free : {beside, below})
            if (free.width() >= 1 && free.height() >= 1)
                candidates << Placement{scaleIn(free), free.center()};
    }
    Placement best;
    for (const Placement &p : std::as_const(candidates))
        if (p.scale > best.scale * 1.0001 && !hidesActors(p))
            best = p;
    if (best.scale <= 0)  // nothing avoids the legend: the whole view, centred
        best = candidates.first();
    setTransform(QTransform::fromScale(best.scale, best.scale));
    // centerOn() puts a point in the middle of the viewport: aim off by the placement's shift.
    centerOn(items.center() + (view.center() - best.centre) / best.scale);
}

void NetworkView::requestFit()
{
    m_fitPending = true;
    fitAll();
}

void NetworkView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    updateLabelKeepOut();
    if (m_fitPending && isVisible())
        fitAll();
}

void NetworkView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        // The legend's title is translated: measure it again.
        measureLegend();
        updateLabelKeepOut();
    }
}

void NetworkView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_fitPending)
        fitAll();
}

void NetworkView::zoomToSelection()
{
    QRectF r;
    for (QGraphicsItem *i : m_scene->selectedItems())
        r = r.united(i->sceneBoundingRect());
    if (!r.isEmpty())
        fitInView(r.adjusted(-120, -120, 120, 120), Qt::KeepAspectRatio);
}

qint64 NetworkView::actorAt(const QPoint &viewPos) const
{
    for (QGraphicsItem *i : items(viewPos))
        if (i->type() == ActorItem::Type)
            return static_cast<ActorItem *>(i)->actorId();
    return 0;
}

void NetworkView::wheelEvent(QWheelEvent *event)
{
    m_fitPending = false;
    if (event->angleDelta().y() == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void NetworkView::mousePressEvent(QMouseEvent *event)
{
    m_fitPending = false;
    if (event->button() == Qt::MiddleButton ||
        (event->button() == Qt::LeftButton && event->modifiers() & Qt::AltModifier)) {
        m_panning = true;
        m_panStart = event->pos();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    const qint64 actor = actorAt(event->pos());
    if (event->button() == Qt::LeftButton && event->modifiers() & Qt::ShiftModifier && actor) {
        // Link tool: Shift-drag from one actor to another.
        m_linkFrom = actor;
        m_linkEnd = mapToScene(event->pos());
        event->accept();
        return;
    }
    m_pressOnActor = event->button() == Qt::LeftButton && actor != 0;
    QGraphicsView::mousePressEvent(event);
    if (m_pressOnActor)
        m_scene->beginDrag();
}

void NetworkView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->pos() - m_panStart;
        m_panStart = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        return;
    }
    if (m_linkFrom) {
        m_linkEnd = mapToScene(event->pos());
        viewport()->update();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void NetworkView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        unsetCursor();
        return;
    }
    if (m_linkFrom) {
        const qint64 to = actorAt(event->pos());
        const qint64 from = m_linkFrom;
        m_linkFrom = 0;
        viewport()->update();
        if (to && to != from)
            emit linkRequested(from, to);
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    if (m_pressOnActor) {
        m_pressOnActor = false;
        m_scene->endDrag();
    }
}

void NetworkView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const qint64 actor = actorAt(event->pos())) {
        emit actorActivated(actor);
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void NetworkView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::ZoomIn) || event->key() == Qt::Key_Plus) {
        zoomBy(1.25);
        return;
    }
    if (event->matches(QKeySequence::ZoomOut) || event->key() == Qt::Key_Minus) {
        zoomBy(0.8);
        return;
    }
    const QList<qint64> selected = m_scene->selectedActors();
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && selected.size() == 1) {
        emit actorActivated(selected.first());
        return;
    }
    // Arrow keys move the selection (one undo step per press), or pan when nothing is selected.
    const QHash<int, QPointF> arrows{{Qt::Key_Left, {-1, 0}},
                                     {Qt::Key_Right, {1, 0}},
                                     {Qt::Key_Up, {0, -1}},
                                     {Qt::Key_Down, {0, 1}}};
    if (arrows.contains(event->key())) {
        const QPointF step = arrows.value(event->key()) * (event->modifiers() & Qt::ShiftModifier ? 50 : 10);
        if (selected.isEmpty()) {
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(step.x() * 3));
            verticalScrollBar()->setValue(verticalScrollBar()->value() + int(step.y() * 3));
        } else {
            m_scene->beginDrag();
            for (qint64 id : selected)
                if (ActorItem *item = m_scene->item(id))
                    item->moveBy(step.x(), step.y());
            m_scene->endDrag();
        }
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void NetworkView::contextMenuEvent(QContextMenuEvent *event)
{
    const qint64 actor = actorAt(event->pos());
    if (actor && !m_scene->selectedActors().contains(actor))
        m_scene->selectActors({actor});
    emit contextMenuRequested(event->globalPos(), actor);
}

void NetworkView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (!legendRect().isEmpty()) {
        const QRectF where = legendRect();
        // Drawn at whole pixels, with the fraction of the legend's place inside the pixmap
        // and a pixel of margin for the frame's pen: the same pixels as drawn directly.
        const QPointF corner(std::floor(where.left()) - 1, std::floor(where.top()) - 1);
        const qreal ratio = viewport()->devicePixelRatioF();
        if (m_legendPixmap.isNull() || m_legendPixmap.devicePixelRatio() != ratio) {
            const QSizeF size = (where.size() + QSizeF(3, 3)) * ratio;
            m_legendPixmap = QPixmap(int(std::ceil(size.width())), int(std::ceil(size.height())));
            m_legendPixmap.setDevicePixelRatio(ratio);
            m_legendPixmap.fill(Qt::transparent);
            QPainter p(&m_legendPixmap);
            p.setRenderHints(painter->renderHints());
            render::MapPainter(m_legendModel)
                .paintLegend(p, where.topLeft() - corner, m_legendOptions);
        }
        painter->save();
        painter->resetTransform();
        painter->setOpacity(0.93);
        painter->drawPixmap(corner, m_legendPixmap);
        painter->restore();
    }
    if (!m_linkFrom)
        return;
    if (ActorItem *from = m_scene->item(m_linkFrom)) {
        painter->setPen(QPen(QColor(0x1e, 0x6f, 0xd9), 2, Qt::DashLine));
        painter->drawLine(from->pos(), m_linkEnd);
    }
}

} // namespace maillage
