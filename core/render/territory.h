#pragma once

#include "core/render/mapmodel.h"
#include "core/render/mappainter.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <cmath>
#include <vector>

class QPainter;

// The territory view: actors at their places on a Web Mercator map (the projection of the
// slippy-map tiles), links drawn between places, actors sharing a place fanned out around it,
// over map tiles or commune outlines coloured by their count of actors. Drawn by the GUI's
// territory view and, headless, by `maillage-cli render --view territory` and the report.
namespace maillage::render {

/// Web Mercator (EPSG:3857) as tile servers use it, on the unit square: x grows east from
/// longitude −180°, y south from latitude +85.0511° (the square's top).
namespace webmercator {
inline constexpr double kMaxLatitude = 85.0511287798;
QPointF fromLatLon(double latitude, double longitude);
void toLatLon(const QPointF &world, double *latitude, double *longitude);
} // namespace webmercator

/// What part of the world a view shows: the world point in its middle and its zoom, in tile
/// levels (fractional): at zoom z the world is 256·2^z pixels wide.
struct GeoViewport
{
    QPointF centre{0.5, 0.5};
    double zoom = 2;
    QSizeF size;  ///< pixels
    static constexpr double kMinZoom = 1, kMaxZoom = 19;
    double worldPixels() const { return 256.0 * std::exp2(zoom); }
    QPointF toScreen(const QPointF &world) const;
    QPointF toWorld(const QPointF &screen) const;
    QRectF visibleWorld() const;
    /// Zooms by `factor` keeping the world point under `screenAnchor` where it is.
    void zoomAt(double factor, const QPointF &screenAnchor);
    /// The view of `size` pixels showing `world` whole, `margin` pixels kept around it, no
    /// closer than `maxZoom` (one place alone is not shown at street level).
    static GeoViewport fit(const QRectF &world, const QSizeF &size, double margin = 48,
                           double maxZoom = 15);
};

/// Map tiles, by zoom level and column and row (the slippy-map scheme).
class TileSource
{
public:
    virtual ~TileSource() = default;
    /// The tile when it is at hand; a null image otherwise (a source that fetches starts
    /// fetching it and says when it arrives).
    virtual QImage tile(int z, int x, int y) = 0;
    /// The tile only if it is already at hand (nothing is fetched): a coarser tile standing
    /// in for one that has not arrived.
    virtual QImage cachedTile(int z, int x, int y) { return tile(z, x, y); }
};

/// One located actor as drawn.
struct TerritoryPoint
{
    qint64 id = 0;
    QPointF world;      ///< its place, Web Mercator
    QPointF fan;        ///< offset in pixels from the place (actors sharing one place)
    double radius = 7;  ///< pixels
    QRgb fill = 0xff808080, outline = 0xff505050;
    Shape shape = Shape::Circle;
    bool visible = true, dimmed = false, highlighted = false, selected = false;
    double priority = 0;  ///< labels: higher first
    QString label;
};

/// A link between two located actors (indexes in TerritoryModel::points).
struct TerritoryEdge
{
    qint64 id = 0;
    int a = 0, b = 0;
    qint64 typeId = 0;
    QColor color = QColor(0x80, 0x80, 0x80);
    double width = 1.5;  ///< pixels
    Qt::PenStyle style = Qt::SolidLine;
    bool visible = true;
};

/// A commune (or any area) of an outlines file: its rings in Web Mercator and the number of
/// visible actors inside.
struct TerritoryArea
{
    QString code, name;
    QList<QPolygonF> rings;  ///< outer rings and holes, even-odd filled
    QRectF bounds;
    int count = 0;
};

/// Located actors, the links between them, the outlines and the count of actors without a
/// place.
class TerritoryModel
{
    Q_DECLARE_TR_FUNCTIONS(maillage::render::TerritoryModel)

public:
    std::vector<TerritoryPoint> points;
    std::vector<TerritoryEdge> edges;
    QList<TerritoryArea> areas;
    int unlocated = 0;  ///< actors without a place (visible ones, in the GUI)

    /// The located actors of `model`, styled as the network map styles them (category colour
    /// and shape, size by influence or options.sizeValues, options.colours, dimmed and
    /// highlighted sets, persons' names hidden on request), links between them.
    static TerritoryModel fromMap(const MapModel &model, const MapOptions &options = {});

    /// Spreads actors sharing one place on a ring around it, so that each can be seen and
    /// picked; actors alone at their place get no offset. Call after the points change.
    void fanOut();
    /// Counts the visible actors inside each area (point in polygon, even-odd).
    void countByArea();
    /// The visible actors' places (the areas' when there are none), Web Mercator.
    QRectF worldBounds() const;
    /// Where a point is drawn in a view.
    QPointF screenPos(const TerritoryPoint &p, const GeoViewport &view) const
    {
        return view.toScreen(p.world) + p.fan;
    }
    /// The visible actor under `screen` (topmost), or -1.
    int pointAt(const GeoViewport &view, const QPointF &screen) const;
    /// "12 actors have no place" (empty when every actor has one).
    QString unlocatedText() const;
};

/// Areas read from GeoJSON-like geometry: each ring as [longitude, latitude] pairs.
TerritoryArea areaFromRings(const QString &code, const QString &name,
                            const QList<QList<QPointF>> &lonLatRings);

/// Reads areas (commune outlines: IGN ADMIN EXPRESS, the geo API's contours) from a GeoJSON
/// file: every Polygon and MultiPolygon feature, named from its `nom`/`name`/`NOM_COM`/
/// `libelle` property. False with one line naming the file when it is malformed or holds no
/// polygon.
bool readAreas(const QString &path, QList<TerritoryArea> *out, QString *error);

struct TerritoryOptions
{
    TileSource *tiles = nullptr;  ///< null: no tiles
    bool areas = true;            ///< draw the areas (choropleth) when the model has some
    bool labels = true;
    /// Labels are drawn for every visible actor only when at most this many are on screen
    /// (selected and highlighted ones always).
    int labelLimit = 400;
    QColor background = QColor(0xf2, 0xef, 0xe9);
    /// Shown in the bottom right-hand corner (the tiles' licence: "© OpenStreetMap
    /// contributors"); empty: none.
    QString attribution;
    /// The category legend (top right): a model for MapPainter::paintLegend, or null.
    const MapModel *legend = nullptr;
    MapOptions legendOptions;
    /// Keep the label of this actor (hovered).
    qint64 hovered = 0;
};

class TerritoryPainter
{
    Q_DECLARE_TR_FUNCTIONS(maillage::render::TerritoryPainter)

public:
    explicit TerritoryPainter(const TerritoryModel &model) : m_model(model) {}
    /// Draws the view into `target` (pixels of the painter; `view.size` is its size).
    void paint(QPainter &painter, const GeoViewport &view, const TerritoryOptions &options);
    /// The colour of an area holding `count` actors when the largest holds `max`.
    static QColor areaColour(int count, int max);
    /// Asks `tiles` for every tile `view` shows (a source that fetches starts fetching them).
    static void requestTiles(const GeoViewport &view, TileSource *tiles);
    /// The tiles' licence, translated.
    static QString osmAttribution();

private:
    void paintTiles(QPainter &painter, const GeoViewport &view, TileSource *tiles);
    void paintAreas(QPainter &painter, const GeoViewport &view);
    void paintAreaLegend(QPainter &painter, const GeoViewport &view);
    void paintLinks(QPainter &painter, const GeoViewport &view, const QColor &background);
    void paintPoints(QPainter &painter, const GeoViewport &view, const TerritoryOptions &o);
    const QPixmap &sprite(const TerritoryPoint &p, double dpr);
    const TerritoryModel &m_model;
    struct SpriteKey
    {
        int shapeAndState, diameter4;
        QRgb fill, outline;
        int dpr100;
        bool operator==(const SpriteKey &) const = default;
        friend size_t qHash(const SpriteKey &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.shapeAndState, k.diameter4, k.fill, k.outline, k.dpr100);
        }
    };
    QHash<SpriteKey, QPixmap> m_sprites;
};

/// Draws the whole territory (fitted) to `path`, .png or .svg, `width` × `height` pixels.
/// False with a translated message on an unknown extension, a write error or when no actor
/// has a place and there are no areas.
bool renderTerritoryToFile(const TerritoryModel &model, const QString &path, QSize size,
                           const TerritoryOptions &options, QString *error = nullptr);
/// Draws `view` (its size is the image's) to `path`, .png or .svg.
bool renderTerritoryToFile(const TerritoryModel &model, const QString &path,
                           const GeoViewport &view, const TerritoryOptions &options,
                           QString *error = nullptr);

} // namespace maillage::render
