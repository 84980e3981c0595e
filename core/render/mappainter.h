#pragma once

#include "core/render/mapmodel.h"

#include <QColor>
#include <QHash>
#include <QPainterPath>
#include <QPen>
#include <QRectF>
#include <QSet>
#include <QSizeF>
#include <QString>

#include <QCoreApplication>

class QPainter;

// Draws a whole network map with QPainter: on a QImage (PNG), a QSvgGenerator (SVG) or a
// QPdfWriter (report). No widgets. The GUI's scene can reuse MapStyle for its items so the
// screen and the exports look the same.
namespace maillage::render {

/// Which labels to draw.
enum class LabelDetail {
    None,       ///< no labels
    Important,  ///< only actors whose size value is in the top third (and highlighted ones)
    All,        ///< every actor
};

/// A scale the legend explains below the categories and link types: the map sized or
/// coloured by something other than influence and category (a field, say).
struct LegendScale
{
    enum Kind {
        Sizes,     ///< a small and a large shape, `low` and `high` beside them
        Ramp,      ///< a gradient from lowColour (`low`) to highColour (`high`)
        Swatches,  ///< one coloured swatch per item
    };
    Kind kind = Swatches;
    QString title;  ///< "Size: Budget (€)"
    QString low, high;
    QColor lowColour, highColour;
    QList<QPair<QString, QColor>> items;  ///< swatches (after a ramp too: "No value")
    QString note;  ///< one more line in italics ("No value: smallest")
    bool operator==(const LegendScale &) const = default;
};

struct MapOptions
{
    LabelDetail labels = LabelDetail::All;
    /// Labels are dropped when an actor would be drawn smaller than this many device pixels
    /// (level of detail for zoomed-out or huge maps); 0 keeps them at every scale.
    double labelMinPixels = 6.0;
    bool legend = true;
    bool arrows = true;  ///< arrowheads on directed link types
    bool curves = true;  ///< parallel links between one pair as distinct curves (else straight)
    /// Replace persons' names by the given pseudonym (or "Person N" when none is given).
    bool hidePersonNames = false;
    QHash<qint64, QString> pseudonyms;
    /// Per-actor size value (e.g. a centrality), scaled from its min … max to the node size
    /// range; empty means influence 0 … 5.
    QHash<qint64, double> sizeValues;
    QSet<qint64> highlighted;  ///< drawn with a thick outline, labels always on
    QSet<qint64> dimmed;       ///< drawn faded, with their links
    QColor background = Qt::white;  ///< Qt::transparent for none
    /// Part of the map to draw, in scene units; empty means the whole map with a margin.
    QRectF sceneRect;
    QString title;  ///< drawn above the map when not empty
    /// Draws the power/interest grid (quadrants, their labels, the axes) behind the map, for
    /// maps arranged with layout::Algorithm::Grid.
    bool powerInterestGrid = false;
    /// Multiplies the size of labels and legend (e.g. 1.8 for a projector).
    double fontScale = 1.0;
    /// When > 0, labels are this many device pixels high at every zoom (slides), instead of
    /// growing and shrinking with the map.
    double labelPixels = 0;
    /// Node fill colours replacing the category's (e.g. communities): actor id → colour.
    QHash<qint64, QColor> colours;
    /// sizeValues are already normalised to 0 … 1: used as they are, not rescaled.
    bool sizeValuesNormalised = false;
    /// Dimmed actors and links in opaque colours mixed with the background instead of
    /// transparent ones (PDF: transparent strokes are written as outlines, ten times larger).
    bool opaqueDimming = false;
    /// Scales the legend explains after the categories and link types.
    QList<LegendScale> scales;
};

/// Shared look of nodes and links.
namespace MapStyle {
inline constexpr double kMinDiameter = 20.0;
inline constexpr double kMaxDiameter = 40.0;
/// Diameter for a size value normalised to 0 … 1.
double diameter(double normalised);
/// The outline of a shape of the given diameter, centred on (0, 0).
QPainterPath shapePath(Shape shape, double diameter);
/// Pen of a link of this type and strength (1 … 5): width 1.1 … 3.5 scene units (the painter
/// keeps links at least about half a device pixel wide when zoomed out).
QPen linkPen(const MapLinkType &type, int strength);
/// Offset (scene units, perpendicular to the line) of the i-th of `count` links of one pair,
/// so parallel links become distinct curves; 0 for a single link.
double curveOffset(int index, int count);
/// Control point of the quadratic curve from a to b whose middle lies `offset` away from the
/// straight line (the midpoint itself when offset is 0).
QPointF curveControl(const QPointF &a, const QPointF &b, double offset);
/// A conflict link: a zigzag from a to b (bent by `offset` like curveOffset).
QPainterPath zigzagPath(const QPointF &a, const QPointF &b, double offset);
/// The same zigzag as its corners, a first, b last.
QPolygonF zigzagPoints(const QPointF &a, const QPointF &b, double offset);
/// The label colour readable on a fill colour.
QColor textColorOn(const QColor &fill);
} // namespace MapStyle

/// A label the painter draws: its actor, its rectangle (scene units) and its text (the name,
/// a pseudonym, or a shortened form where the whole did not fit).
struct MapLabel
{
    qint64 actorId = 0;
    QRectF rect;
    QString text;
};

class MapPainter
{
    Q_DECLARE_TR_FUNCTIONS(maillage::render::MapPainter)

public:
    explicit MapPainter(const MapModel &model);

    /// Draws the map (options.sceneRect or the whole map) fitted into `target`, keeping the
    /// aspect ratio, with the legend in the top-left corner of `target` and the title.
    void paint(QPainter &painter, const QRectF &target, const MapOptions &options) const;

    /// Draws links and nodes in scene coordinates with the painter's current transform (the
    /// caller sets the view transform); only what intersects `exposed` (scene units).
    void paintScene(QPainter &painter, const QRectF &exposed, const MapOptions &options) const;

    /// The legend (categories and link types that appear on the map, translated title).
    QSizeF legendSize(const MapOptions &options) const;
    void paintLegend(QPainter &painter, const QPointF &topLeft, const MapOptions &options) const;

    /// The whole map with a margin for labels, in scene units.
    QRectF sceneBounds() const;
    /// What paint() shows: options.sceneRect, or the whole map (and the grid when drawn).
    QRectF sceneRect(const MapOptions &options) const;

    /// The labels paintScene() draws at `scale` (device pixels per scene unit) for the part
    /// `exposed` of the map: none overlap (render::placeLabels), highlighted actors always.
    QList<MapLabel> labelLayout(double scale, const QRectF &exposed,
                                const MapOptions &options) const;

    /// The label drawn for an actor (its name, or its pseudonym when names are hidden).
    QString label(const MapNode &node, const MapOptions &options) const;

private:
    const MapModel &m_model;
};

/// Draws `model` to `path` (.png or .svg by extension, case-insensitive) `width` pixels wide,
/// the height following the map's aspect ratio. Returns false with a translated message on an
/// unknown extension or a write error.
bool renderToFile(const MapModel &model, const QString &path, int width,
                  const MapOptions &options, QString *error = nullptr);

} // namespace maillage::render
