#pragma once

#include "core/document/change.h"
#include "ui/network/networkscene.h"
#include "core/render/mapmodel.h"
#include "core/render/territory.h"
#include "core/render/tiles.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace maillage {
class Document;
class NetworkView;

/// The territory view: the map's second mode. Actors at their places on a Web Mercator map
/// over OpenStreetMap tiles (or commune outlines coloured by their count of actors, or
/// nothing), links drawn between places, actors sharing a place fanned out. It draws the
/// network scene's state — selection, filters, focus, highlighted path, colours and sizes,
/// legend — so both modes always show the same thing; dragging an actor sets its place
/// (precision "manual", one undo step).
class TerritoryView : public QWidget
{
    Q_OBJECT

public:
    enum class Background { Tiles, Areas, None };

    TerritoryView(Document *doc, NetworkScene *scene, NetworkView *network,
                  QWidget *parent = nullptr);

    void setBackground(Background background);
    Background background() const { return m_background; }
    /// The tile server (an URL template with {z}, {x}, {y}); empty: cached tiles only.
    void setTileUrl(const QString &urlTemplate);
    render::TileStore *tiles() { return &m_tiles; }
    /// Areas (communes) drawn in the "Areas" background, counted by actors inside.
    void setAreas(const QList<render::TerritoryArea> &areas);

    void zoomBy(double factor);
    void fitAll();
    void zoomToSelection();
    /// Centres the view on a place (Web Mercator) at `zoom`.
    void centreOn(const QPointF &world, double zoom);
    /// Shows `world` (Web Mercator) whole, as large as the view allows (a saved view's part
    /// of the map; applied when the view gets its size if it has none yet).
    void showWorld(const QRectF &world);
    const render::GeoViewport &viewport() const { return m_view; }
    /// The model as last drawn (states from the network scene).
    const render::TerritoryModel &model();
    /// The line shown above the map ("12 actors have no place: Locate…"), empty when hidden.
    QString unlocatedLine() const;
    /// Draws what the view shows (or the whole territory) to a PNG or SVG file, with the
    /// attribution and the legend.
    bool exportTo(const QString &path, bool wholeTerritory, int width, QString *error);
    /// The options the view draws with (tiles, attribution, legend).
    render::TerritoryOptions drawOptions();

signals:
    void actorActivated(qint64 actorId);
    /// "Locate…" clicked: the visible actors that have no place.
    void locateRequested(const QList<qint64> &actorIds);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onChanged(const ChangeSet &changes);
    /// Reads the located actors and the links again (after an edit of places or links).
    void rebuild();
    /// Copies the network scene's state of each actor (visible, dimmed, selected, colour…).
    void syncStates();
    void updateUnlocatedLine();
    void retranslate();
    Document *m_doc;
    NetworkScene *m_scene;
    NetworkView *m_network;
    render::TileStore m_tiles;
    render::TerritoryModel m_model;
    std::vector<LinksItem::Edge> m_sceneEdges;  ///< parallel to m_model.edges
    QList<render::TerritoryArea> m_areas;
    render::GeoViewport m_view;
    Background m_background = Background::Tiles;
    bool m_dirty = true, m_fitPending = true;
    QRectF m_pendingWorld;  ///< showWorld() before the view had its size
    render::MapModel m_legendModel;
    QTimer m_legendTimer;
    QLabel *m_unlocated;
    QList<qint64> m_unlocatedIds;
    // Mouse: panning, or dragging the selected actors.
    enum class Press { None, Pan, Drag } m_press = Press::None;
    QPoint m_pressPos, m_lastPos;
    bool m_moved = false;
    QList<int> m_dragPoints;
    QPointF m_dragDelta;  ///< world units
    qint64 m_hovered = 0;
    std::unique_ptr<render::TerritoryPainter> m_painter;
};

/// The territory view with its bar: the background (map tiles, commune outlines, none).
class TerritoryPanel : public QWidget
{
    Q_OBJECT

public:
    TerritoryPanel(Document *doc, NetworkScene *scene, NetworkView *network,
                   QWidget *parent = nullptr);
    TerritoryView *view() const { return m_view; }
    QComboBox *backgroundBox() const { return m_background; }
    /// Reads commune outlines from a GeoJSON file (polygons; a name and code from their
    /// properties) and shows them; false with one line saying what is wrong.
    bool loadOutlines(const QString &path, QString *error);
    /// The commune outlines file shown ("" when none).
    QString outlinesPath() const { return m_outlinesPath; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    TerritoryView *m_view;
    QLabel *m_backgroundLabel;
    QComboBox *m_background;
    QPushButton *m_outlines;
    QString m_outlinesPath;
};

} // namespace maillage
