#pragma once

#include <QColor>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

namespace maillage {

class Document;

/// The power/interest exercise: interest across (0 … 5), influence up (0 … 5), the four
/// quadrants labelled. Dragging an actor to a cell sets both its influence and its interest in
/// one undoable edit; the arrow keys move the selected actor one cell. Actors sharing a cell are
/// spread over it so every one stays visible and clickable. Follows the document (undo, redo,
/// edits made elsewhere).
class PowerGridView : public QWidget
{
    Q_OBJECT
public:
    explicit PowerGridView(Document *doc, QWidget *parent = nullptr);

    qint64 selectedActor() const { return m_selected; }
    void setSelectedActor(qint64 id);
    /// Where an actor is drawn (centre of its chip), in widget coordinates; null if absent.
    QPointF actorCentre(qint64 id) const;
    /// Centre of the cell (interest, influence), in widget coordinates.
    QPointF cellCentre(int interest, int influence) const;
    /// Moves an actor to a cell as one undo step; false (and a message) on error.
    bool moveActor(qint64 id, int interest, int influence);

signals:
    void actorActivated(qint64 id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    struct Chip
    {
        qint64 id = 0;
        QString name;
        QColor color;
        int interest = 0, influence = 0;
        QRectF rect;  ///< where it is drawn
    };
    void reload();
    void relayout();
    QRectF plotRect() const;
    QRectF cellRect(int interest, int influence) const;
    int chipAt(const QPointF &p) const;
    std::pair<int, int> cellAt(const QPointF &p) const;

    Document *m_doc;
    QList<Chip> m_chips;
    qint64 m_selected = 0;
    qint64 m_dragging = 0;
    QPointF m_pressPos, m_dragPos;
    bool m_dragMoved = false;
    bool m_reloadPending = false;
    QString m_message;
};

/// Workshop › Power/Interest Grid: a window holding the grid for the open territory.
QWidget *openPowerGrid(Document *doc, QWidget *parent);

} // namespace maillage
