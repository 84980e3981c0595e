#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QWidget>

// The two large, touch-friendly drawing surfaces of the Net-Map interview: a map where links of
// one type are drawn by clicking or dragging from actor to actor, and a row of influence towers.
// They show data and report what the user asks for; the interview window turns requests into
// undoable edits and feeds the result back.
namespace maillage {

/// Actors on a circle; links of the current type drawn boldly, the others faintly.
class LinkCanvas : public QWidget
{
    Q_OBJECT
public:
    struct Node
    {
        qint64 id = 0;
        QString name;
        QColor color;
    };
    struct Edge
    {
        qint64 id = 0;
        qint64 source = 0, target = 0;
        bool current = false;  ///< of the link type being drawn
        bool directed = false;
    };

    explicit LinkCanvas(QWidget *parent = nullptr);
    void setData(const QList<Node> &nodes, const QList<Edge> &edges, const QColor &current);
    /// The actor clicked first, waiting for the second click (0: none).
    qint64 pendingActor() const { return m_pending; }
    void clearPending();
    /// Centre of an actor's disc, in widget coordinates (for tests and hit testing).
    QPointF nodeCentre(qint64 actorId) const;
    /// Middle of a link's line (for tests).
    QPointF edgeMiddle(qint64 linkId) const;

signals:
    void linkRequested(qint64 source, qint64 target);
    void removeRequested(qint64 linkId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void relayout();
    qint64 nodeAt(const QPointF &p) const;
    qint64 edgeAt(const QPointF &p) const;

    QList<Node> m_nodes;
    QList<Edge> m_edges;
    QList<QPointF> m_pos;
    QColor m_current;
    qint64 m_pending = 0;
    qint64 m_pressed = 0;
    QPointF m_dragPos;
    bool m_dragging = false;
    double m_radius = 18;
};

/// One tower of counters per actor, 0 … maximum, in rows that wrap to the width.
class TowerBoard : public QWidget
{
    Q_OBJECT
public:
    struct Tower
    {
        qint64 id = 0;
        QString name;
        QColor color;
        int height = 0;
    };

    explicit TowerBoard(QWidget *parent = nullptr);
    void setData(const QList<Tower> &towers, int maximum);
    qint64 focusedActor() const;
    void setFocusedActor(qint64 id);
    /// The rectangle of counter `level` (1 … maximum; 0 = the base) of an actor's tower.
    QRect levelRect(qint64 actorId, int level) const;
    QRect towerRect(int index) const;
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    void heightRequested(qint64 actorId, int height);
    void focusMoved(const QRect &rect);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    int columns(int width) const;
    int blockHeight() const;
    int rowHeight() const;
    void moveFocus(int index);

    QList<Tower> m_towers;
    int m_max = 5;
    int m_focus = 0;
};

} // namespace maillage
