#pragma once

#include "document/change.h"
#include "domain/types.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <QSet>

namespace maillage {
class Document;
class NetworkScene;

/// One actor on the map. Paints its category's shape and colour, sized by influence; the
/// label drops out when zoomed out (level of detail).
class ActorItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    ActorItem(NetworkScene *scene, qint64 id);
    int type() const override { return Type; }
    qint64 actorId() const { return m_id; }
    void setAppearance(const QString &label, const QColor &color, const QString &shape,
                       double radius, bool person);
    void setDimmed(bool dimmed);
    void setHighlighted(bool on);
    bool isDimmed() const { return m_dimmed; }
    double radius() const { return m_radius; }
    QString label() const { return m_label; }
    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override { return m_path; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    NetworkScene *m_scene;
    qint64 m_id;
    QString m_label;
    QColor m_color;
    QPainterPath m_path;
    QRectF m_bounds;
    double m_radius = 12;
    bool m_dimmed = false;
    bool m_highlighted = false;
};

/// Every link of the map in one item, drawn in batches by pen: one item instead of tens of
/// thousands keeps repaint fast (DESIGN.md: 51 ms against 150 ms+ at 10k actors).
class LinksItem : public QGraphicsItem
{
public:
    struct Edge
    {
        qint64 id;
        qint64 source, target;
        qint64 typeId;
        int strength;
        int parallelIndex = 0;  ///< 0 for a single link; ±1, ±2… for several between a pair
    };
    struct Style
    {
        QColor color;
        Qt::PenStyle pen = Qt::SolidLine;
        bool directed = false;
        int sign = 0;
    };
    explicit LinksItem(NetworkScene *scene);
    void setEdges(QList<Edge> edges);
    void setStyles(QHash<qint64, Style> styles) { m_styles = std::move(styles); update(); }
    void positionsChanged();
    const QList<Edge> &edges() const { return m_edges; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    void recomputeBounds();
    NetworkScene *m_scene;
    QList<Edge> m_edges;
    QHash<qint64, Style> m_styles;
    QRectF m_bounds;
};

/// What the map shows: empty sets mean "no restriction".
struct MapFilter
{
    QSet<qint64> categories;
    QSet<qint64> linkTypes;
    QSet<qint64> tags;
    QSet<int> attitudes;
    int minStrength = 1;
    bool hideIsolated = false;
    bool isEmpty() const
    {
        return categories.isEmpty() && linkTypes.isEmpty() && tags.isEmpty() &&
               attitudes.isEmpty() && minStrength <= 1 && !hideIsolated;
    }
};

/// The map of the open territory. Follows the Document's change signals item by item: an
/// edit, undo or redo never rebuilds the scene.
class NetworkScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit NetworkScene(Document *doc, QObject *parent = nullptr);
    Document *document() const { return m_doc; }
    ActorItem *item(qint64 actorId) const { return m_items.value(actorId); }
    QList<qint64> selectedActors() const;
    void selectActors(const QList<qint64> &ids);
    LinksItem *links() const { return m_links; }
    void reload();
    /// Items the user moved with the mouse, with their positions before the drag.
    void beginDrag();
    void endDrag();
    bool dragging() const { return m_dragging; }
    void itemMoved() { m_links->positionsChanged(); }
    /// Dims every actor not in `ids` (empty: nothing dimmed).
    void setFocusSet(const QSet<qint64> &ids);
    void setHighlighted(const QSet<qint64> &ids);
    QRectF itemsRect() const;
    /// Node sizes from a measure (actor id → 0 … 1); empty: sized by influence.
    void setSizeFactors(const QHash<qint64, double> &factors);
    /// Node colours (actor id → colour, e.g. by community); empty: category colours.
    void setColourOverrides(const QHash<qint64, QColor> &colours);
    /// What setSizeFactors() and setColourOverrides() last set (saved views keep them).
    const QHash<qint64, double> &sizeFactors() const { return m_sizeFactors; }
    const QHash<qint64, QColor> &colourOverrides() const { return m_colours; }
    /// Hides what the filter leaves out (actors and links).
    void setFilter(const MapFilter &filter);
    const MapFilter &filter() const { return m_filter; }
    bool linkShown(const LinksItem::Edge &e) const;
    /// `ids` and every actor up to `depth` links away.
    QSet<qint64> neighbourhood(const QList<qint64> &ids, int depth) const;

signals:
    void actorDoubleClicked(qint64 id);

private:
    void onChanged(const ChangeSet &changes);
    void addOrUpdate(const Actor &a);
    void reloadLinks();
    void reloadStyles();
    QPointF fallbackPosition(int index, int count) const;
    Document *m_doc;
    QHash<qint64, ActorItem *> m_items;
    LinksItem *m_links;
    struct CategoryStyle
    {
        QColor color;
        QString shape;
    };
    QHash<qint64, CategoryStyle> m_categories;
    void applyFilter();
    void restyleAll();
    MapFilter m_filter;
    QHash<qint64, double> m_sizeFactors;
    QHash<qint64, QColor> m_colours;
    QHash<qint64, QPointF> m_dragStart;
    bool m_dragging = false;
};

} // namespace maillage
