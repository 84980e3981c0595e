#include "networkview.h"

#include "networkscene.h"

#include <QContextMenuEvent>
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
    setBackgroundBrush(QColor(0xfb, 0xfb, 0xf8));
    setAccessibleName(tr("Network map"));
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
    fitInView(m_scene->itemsRect().adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
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
    if (event->angleDelta().y() == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void NetworkView::mousePressEvent(QMouseEvent *event)
{
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
    if (!m_linkFrom)
        return;
    if (ActorItem *from = m_scene->item(m_linkFrom)) {
        painter->setPen(QPen(QColor(0x1e, 0x6f, 0xd9), 2, Qt::DashLine));
        painter->drawLine(from->pos(), m_linkEnd);
    }
}

} // namespace maillage
