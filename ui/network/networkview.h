#pragma once

#include <QGraphicsView>

namespace maillage {
class NetworkScene;

/// The map's view: wheel and keyboard zoom, panning, rubber-band selection, dragging actors
/// (one undo step per drag), and Shift-drag from one actor to another to draw a link.
class NetworkView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit NetworkView(NetworkScene *scene, QWidget *parent = nullptr);
    NetworkScene *networkScene() const { return m_scene; }
    void zoomBy(double factor);
    void fitAll();
    void zoomToSelection();
    double zoom() const { return transform().m11(); }

signals:
    void actorActivated(qint64 actorId);
    void linkRequested(qint64 from, qint64 to);
    void contextMenuRequested(const QPoint &globalPos, qint64 actorId);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    qint64 actorAt(const QPoint &viewPos) const;
    NetworkScene *m_scene;
    qint64 m_linkFrom = 0;
    QPointF m_linkEnd;
    bool m_panning = false;
    QPoint m_panStart;
    bool m_pressOnActor = false;
};

} // namespace maillage
