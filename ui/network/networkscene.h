#pragma once

#include "core/domain/customfield.h"

#include "core/document/change.h"
#include "core/domain/types.h"
#include "core/render/hairlines.h"
#include "core/render/mapmodel.h"
#include "core/store/repositories.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QStaticText>

#include <optional>

namespace maillage {
class Document;
class NetworkScene;
class ActorItem;

/// What drawing needs of one actor, kept by the scene in one array: a frame reads 10 000
/// actors from contiguous memory instead of from items scattered on the heap (reading them
/// from the items was a third of a frame).
struct ActorState
{
    QPointF pos;
    double radius = 0;
    QRgb color = 0, outline = 0;  ///< fill, and the darker outline drawn when big enough
    int shape = 0;
    bool visible = true, dimmed = false, highlighted = false, selected = false;
    ActorItem *item = nullptr;
};

/// One actor on the map: the handle for hit-testing, selection, dragging and tooltips. It has
/// no contents of its own: NodesItem draws every actor in batches (one paint call per actor
/// costs more than the budget allows at 10 000 actors).
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
    /// Dimmed by the focus or by a highlighted path that does not go through it.
    bool isDimmed() const { return m_dimmed || m_offPath; }
    bool isHighlighted() const { return m_highlighted || m_onPath; }
    /// Part of the highlighted path (true), off it while a path is shown (false).
    void setPathState(bool onPath, bool offPath);
    double radius() const { return m_radius; }
    QString label() const { return m_label; }
    /// What hovering it shows: its name, and 👤 for a person (NetworkScene::helpEvent shows
    /// it when asked: 10 000 tooltips set at open cost more than they were ever shown).
    QString toolTipText() const { return m_person ? m_label + QStringLiteral(" 👤") : m_label; }
    QColor color() const { return m_color; }
    render::Shape shapeKind() const { return m_shape; }
    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override { return m_path; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;
    /// Its place in NetworkScene::actorStates().
    int slot() const { return m_slot; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    friend class NodesItem;
    friend class NetworkScene;
    /// Its look changed: repaint it (`formerRadius`: the size it was drawn at).
    void changed(double formerRadius = 0);
    /// Copies what drawing needs into the scene's ActorState.
    void syncState();
    NetworkScene *m_scene;
    qint64 m_id;
    int m_slot = -1;
    QString m_label;
    QColor m_color;
    render::Shape m_shape = render::Shape::Circle;
    QPainterPath m_path;
    QRectF m_bounds;
    double m_radius = 12;
    bool m_dimmed = false;
    bool m_highlighted = false;
    bool m_onPath = false, m_offPath = false;
    bool m_person = false;
    // The label laid out for the font NodesItem last drew it with.
    struct LabelCache
    {
        double fontKey = -1;
        QSizeF size;            // the whole label (elided past kLabelMaxPixels)
        double shortWidth = 0;  // room for the shortened label, 0: none
        // Laid out when first drawn; none before (a QStaticText allocates even empty, and
        // 10 000 actors each made two at open).
        std::optional<QStaticText> full, shortened;
    };
    LabelCache m_labelCache;
};

/// Every actor of the map drawn by one item: shapes as cached sprites blitted in batches,
/// labels placed without overlap (render::placeLabels, most important actors first;
/// selected, hovered and highlighted ones always) and drawn from cached QStaticText.
class NodesItem : public QGraphicsItem
{
public:
    explicit NodesItem(NetworkScene *scene);
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;
    /// Something drawn changed (a state, a position, the set of actors): repaint, place the
    /// labels afresh.
    void invalidate();
    /// One actor's look changed (its shape, ring, state, label) around `pos`, `radius` wide:
    /// only there is repainted at once; labels are placed afresh over the whole view, and
    /// those that the new placement moves elsewhere are repainted in turn.
    void invalidateAround(const QPointF &pos, double radius);
    /// Recomputes the bounds from every actor.
    void recomputeBounds();
    /// Grows the bounds to cover an actor at `pos` (cheap, for drags).
    void cover(const QPointF &pos);
    /// A label drawn at the last paint: its actor, its rectangle in device pixels, its text.
    struct ShownLabel
    {
        qint64 actorId;
        QRectF rect;
        QString text;
    };
    const QList<ShownLabel> &shownLabels() const { return m_shown; }
    /// The viewport property (a QRectF in viewport pixels) labels keep clear of: the legend.
    static constexpr const char *kLabelKeepOut = "maillageLabelKeepOut";

private:
    struct SpriteKey
    {
        int shape;
        int diameter;  ///< device pixels × 4
        QRgb fill, outline;
        int outlineWidth;  ///< device pixels × 4
        bool operator==(const SpriteKey &o) const
        {
            return shape == o.shape && diameter == o.diameter && fill == o.fill &&
                   outline == o.outline && outlineWidth == o.outlineWidth;
        }
        friend size_t qHash(const SpriteKey &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.shape, k.diameter, k.fill, k.outline, k.outlineWidth);
        }
    };
    const QPixmap &sprite(const SpriteKey &key, double dpr);
    void prepareLabel(ActorItem *item, const QFont &font, double fontKey) const;
    const QStaticText &labelText(ActorItem *item, const QFont &font, bool shortened) const;
    NetworkScene *m_scene;
    QRectF m_bounds;
    QHash<SpriteKey, QPixmap> m_sprites;
    double m_lastScale = 1;  ///< device pixels per scene unit at the last paint
    // Labels placed for this transform, visible area and state of the map.
    quint64 m_generation = 1, m_placedGeneration = 0;
    QTransform m_placedTransform;
    QRectF m_placedArea, m_placedKeepOut;
    QList<ShownLabel> m_shown;
    QList<bool> m_shownShort;
};

/// Every link of the map in one item, drawn in batches by pen: one item instead of tens of
/// thousands keeps repaint fast (docs/architecture.md: 51 ms against 150 ms+ at 10k actors).
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
    void setStyles(QHash<qint64, Style> styles)
    {
        m_styles = std::move(styles);
        invalidate();
    }
    void positionsChanged();
    /// The actor at `slot` of the scene's actor states moved from `from` to `to`: the kept
    /// frame is drawn afresh where its links were and are, and kept everywhere else.
    void actorMoved(int slot, const QPointF &from, const QPointF &to);
    /// Something the links are drawn from changed (positions, visibility, dimming, filters,
    /// the highlighted path): draw them afresh at the next paint.
    void invalidate();
    /// Forgets the last frame kept (it is drawn afresh next time even if nothing changed).
    void dropKeptFrame()
    {
        m_cachedGeneration = 0;
        update();
    }
    /// Grows the bounds to cover an actor at `pos` (cheap, for drags).
    void cover(const QPointF &pos);
    const QList<Edge> &edges() const { return m_edges; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    void recomputeBounds();
    /// Each link's two actors as places in the scene's actor states, worked out again when
    /// actors come or go.
    void resolveEnds();
    NetworkScene *m_scene;
    QList<Edge> m_edges;
    QList<std::pair<int, int>> m_ends;  ///< places in NetworkScene::actorStates()
    quint64 m_resolvedGeneration = 0;
    /// The links of each actor state: m_incident[m_incidentStart[slot] …
    /// m_incidentStart[slot + 1]) are indexes into m_edges (built with m_ends).
    std::vector<int> m_incidentStart, m_incident;
    /// Where the kept frame is stale (scene coordinates; empty: nowhere).
    QRectF m_stale;
    double m_lastScale = 1;  ///< device pixels per scene unit at the last paint
    // The last frame's links, kept in m_canvas, and what they were drawn for.
    quint64 m_generation = 1, m_cachedGeneration = 0;
    QRect m_cachedView;
    QHash<qint64, Style> m_styles;
    QRectF m_bounds;
    render::HairlineCanvas m_canvas;  ///< draws the links; keeps the last frame's
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
    /// Conditions on the actors' custom fields, all to be met ("budget > 10000").
    QList<fields::Condition> fields;
    bool isEmpty() const
    {
        return categories.isEmpty() && linkTypes.isEmpty() && tags.isEmpty() &&
               attitudes.isEmpty() && minStrength <= 1 && !hideIsolated && fields.isEmpty();
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
    const QHash<qint64, ActorItem *> &actorItems() const { return m_items; }
    /// Changes whenever an actor item is created or deleted (and actor states move).
    quint64 itemsGeneration() const { return m_itemsGeneration; }
    const std::vector<ActorState> &actorStates() const { return m_states; }
    QList<qint64> selectedActors() const;
    void selectActors(const QList<qint64> &ids);
    LinksItem *links() const { return m_links; }
    NodesItem *nodes() const { return m_nodes; }
    void reload();
    /// Items the user moved with the mouse, with their positions before the drag.
    void beginDrag();
    void endDrag();
    bool dragging() const { return m_dragging; }
    void itemMoved(ActorItem *item, const QPointF &from);
    /// Dims every actor not in `ids` (empty: nothing dimmed).
    void setFocusSet(const QSet<qint64> &ids);
    void setHighlighted(const QSet<qint64> &ids);
    QRectF itemsRect() const;
    /// Whether a visible actor's shape meets `sceneRect` (for placing the map beside the
    /// legend rather than under it).
    bool anyActorIn(const QRectF &sceneRect) const;
    /// Highlights a path: its actors and the links between consecutive ones drawn thick in
    /// the highlight colour, everything else dimmed. Empty: no path. Cleared when the
    /// network changes (actors or links added or removed) or another territory opens.
    void setPath(const QList<qint64> &actorIds);
    QList<qint64> path() const { return m_path; }
    /// The actor under the mouse (its label is always shown), 0 for none.
    void setHoveredActor(qint64 id);
    qint64 hoveredActor() const { return m_hovered; }
    /// Number of links of an actor (label priority).
    int degree(qint64 actorId) const { return m_degree.value(actorId); }
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
    /// Timeline hook (workshop): actors and links hidden on top of the filter, e.g. those
    /// absent on the date the timeline shows. Empty sets: none.
    void setTimeHidden(const QSet<qint64> &actorIds, const QSet<qint64> &linkIds);

    /// Something an actor or link is drawn with changed (state, look, filter, path):
    /// lookChanged() follows once, on the event loop.
    void noteLookChanged();

signals:
    void actorDoubleClicked(qint64 id);
    /// What the actors and links are drawn with changed (for the territory view, which draws
    /// the same states); once per turn of the event loop at most.
    void lookChanged();
    /// The highlighted path was cleared by a change of the network.
    void pathCleared();

protected:
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    void onChanged(const ChangeSet &changes);
    void addOrUpdate(const MapActor &a);
    void reloadLinks();
    void reloadStyles();
    QPointF fallbackPosition(int index, int count) const;
    Document *m_doc;
    QHash<qint64, ActorItem *> m_items;
    quint64 m_itemsGeneration = 1;
    friend class ActorItem;
    std::vector<ActorState> m_states;  ///< one per item, at the item's slot()
    void deleteItem(ActorItem *item);
    LinksItem *m_links;
    NodesItem *m_nodes;
    QHash<qint64, int> m_degree;
    QList<qint64> m_path;
    qint64 m_hovered = 0;
    struct CategoryStyle
    {
        QColor color;
        QString shape;
    };
    QHash<qint64, CategoryStyle> m_categories;
    void applyFilter();
    void restyleAll();
    MapFilter m_filter;
    QSet<qint64> m_timeHiddenActors, m_timeHiddenLinks;  // see setTimeHidden()
    QHash<qint64, double> m_sizeFactors;
    QHash<qint64, QColor> m_colours;
    QHash<qint64, QPointF> m_dragStart;
    bool m_dragging = false;
    bool m_lookPending = false;
    /// reload() is making every item afresh: items say nothing of their moves and looks
    /// one by one (every link and actor is drawn afresh once they are all made).
    bool m_reloading = false;
};

} // namespace maillage
