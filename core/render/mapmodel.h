#pragma once

#include "core/analysis/layout.h"
#include "core/store/changeset.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <cmath>

// What the map shows, as a plain snapshot: the actors with their positions, the links, the
// categories and link types they refer to. Built from an open document or store, drawn by
// MapPainter (PNG, SVG, PDF report) and usable by the GUI's scene for styles.
namespace maillage {

class Document;
class Store;

namespace render {

enum class Shape { Circle, Square, Diamond, Triangle, Hexagon, Star };
/// From category.shape ("circle" … "star"); unknown codes give Circle.
Shape shapeFromCode(const QString &code);

struct MapCategory
{
    qint64 id = 0;
    QString name;
    QColor color = QColor(0x80, 0x80, 0x80);
    Shape shape = Shape::Circle;
};

struct MapLinkType
{
    qint64 id = 0;
    QString name;
    QColor color = QColor(0x80, 0x80, 0x80);
    Qt::PenStyle style = Qt::SolidLine;  ///< from link_type.line_style solid dash dot dashdot
    bool directed = false;
    int sign = 0;  ///< -1 conflict (drawn as a zigzag), 0 neutral, 1 cooperation
};

struct MapNode
{
    qint64 id = 0;
    QString name;
    qint64 categoryId = 0;
    bool isPerson = false;
    int influence = 0;  ///< 0 … 5: the default node size
    int interest = 0;
    int attitude = 0;
    bool pinned = false;
    QPointF pos;
    bool hasPosition = false;
    /// Its place on the ground (WGS 84 degrees, NaN when unknown) and how precise it is ("",
    /// exact, street, commune, manual): the territory view.
    double latitude = std::nan(""), longitude = std::nan("");
    QString locationPrecision;
    bool hasLocation() const { return !std::isnan(latitude) && !std::isnan(longitude); }
};

struct MapLink
{
    qint64 id = 0;
    qint64 sourceId = 0;
    qint64 targetId = 0;
    qint64 typeId = 0;
    int strength = 3;  ///< 1 … 5: pen width
};

class MapModel
{
public:
    MapModel() = default;
    /// Snapshot of an open territory (call on the thread that owns the document).
    static MapModel fromDocument(const Document &doc);
    static MapModel fromStore(Store &store);
    /// What a legend needs: the vocabulary, one actor of each category used and one link of
    /// each type used, read with two index scans instead of every actor and link (the map
    /// view refreshes its legend after each edit).
    static MapModel legendOf(Store &store);
    /// Whether an edit may change what legendOf reads: the vocabulary, an actor's category or
    /// a link's type (rows added or removed included). Moves and renames do not.
    static bool legendChangedBy(const ChangeSet &changes);

    QList<MapNode> nodes;
    QList<MapLink> links;
    QList<MapCategory> categories;  ///< in display order
    QList<MapLinkType> linkTypes;   ///< in display order

    /// Index of an actor in `nodes`, or -1.
    int indexOf(qint64 actorId) const;
    const MapCategory *category(qint64 id) const;
    const MapLinkType *linkType(qint64 id) const;

    /// True when some actor has no position (the map then needs a layout first).
    bool needsLayout() const;
    /// Sets positions (e.g. from layout::run); actors not in `positions` keep theirs.
    void setPositions(const QHash<qint64, QPointF> &positions);
    /// Lays out the actors without position in memory (force layout, keeping the others in
    /// place), so a map can be drawn without writing to the file. Returns false if cancelled.
    bool layoutMissing(quint64 seed = 1);
    /// The graph layouts work on (link weight = strength).
    layout::Graph layoutGraph() const;


    /// Bounding rectangle of the positioned actors, node sizes included (labels not).
    QRectF bounds() const;

    /// Rebuilds the id lookup after editing `nodes`, `categories` or `linkTypes` directly.
    void reindex();

private:
    QHash<qint64, int> m_nodeIndex, m_categoryIndex, m_typeIndex;
};

} // namespace render
} // namespace maillage
