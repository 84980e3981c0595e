#pragma once

#include "core/render/mapmodel.h"
#include "core/render/mappainter.h"

#include <QGraphicsView>
#include <QPixmap>
#include <QTimer>

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
    /// Fits the whole map now and again once the view has its final size.
    void requestFit();
    /// Forgets a requested fit (a saved view was shown: later resizes must keep it).
    void cancelPendingFit() { m_fitPending = false; }
    void zoomToSelection();
    double zoom() const { return transform().m11(); }
    void setLegendVisible(bool on);
    bool legendVisible() const { return m_legend; }
    /// Where the legend is drawn, in viewport pixels; empty when there is none.
    QRectF legendRect() const;
    /// Scales the legend explains below the categories (the map sized or coloured by a field).
    void setLegendScales(const QList<render::LegendScale> &scales);
    const render::MapOptions &legendOptions() const { return m_legendOptions; }
    /// Draws the four power/interest quadrants behind the actors (after a grid layout).
    void setGridVisible(bool on);

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
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    qint64 actorAt(const QPoint &viewPos) const;
    /// Tells the actors' labels to keep clear of the legend (NodesItem reads it from the
    /// viewport, so that each view of a scene keeps clear of its own legend).
    void updateLabelKeepOut();
    NetworkScene *m_scene;
    qint64 m_linkFrom = 0;
    QPointF m_linkEnd;
    bool m_panning = false;
    QPoint m_panStart;
    bool m_pressOnActor = false;
    bool m_legend = true;
    bool m_fitPending = false;
    bool m_grid = false;
    render::MapModel m_legendModel;
    QSizeF m_legendSize;
    render::MapOptions m_legendOptions;  ///< what the legend is drawn with
    QTimer m_legendTimer;
    bool m_legendStale = true;  ///< the legend is read again when m_legendTimer fires
    /// The legend drawn once (text is the dearest part of a frame), until it or the options
    /// it is drawn with change; null when it must be drawn again.
    QPixmap m_legendPixmap;
    void measureLegend();
};

} // namespace maillage
