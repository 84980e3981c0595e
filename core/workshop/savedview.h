#pragma once

#include "core/domain/customfield.h"
#include "core/io/pseudonymize.h"
#include "core/render/mappainter.h"
#include "core/render/territory.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

// Saved views of the map, shown as slides in presentation mode and exported as a PDF.
//
// A view keeps what the map showed when it was saved: the filters, the focus, the visible
// part of the scene (zoom and centre) and every actor's position at that moment, so a later
// re-layout of the territory does not spoil the slide. Views live in the saved_view table,
// their content as JSON in `settings`; they hold actor ids, never copies of names (their title
// and caption are free text: erasure and pseudonymisation rewrite them, see
// privacy::textCells()).
namespace maillage {

class Document;
class Store;

namespace workshop {

/// The map's filters (as in the network view's filter bar) and the actor search.
/// Empty sets mean "no restriction".
struct ViewFilter
{
    QSet<qint64> categories;
    QSet<qint64> linkTypes;
    QSet<qint64> tags;
    QSet<int> attitudes;
    int minStrength = 1;
    bool hideIsolated = false;
    QString search;  ///< highlights the actors it finds (name, organisation, role, commune, tags)
    QList<fields::Condition> fields;  ///< conditions on actor fields, all to be met
    bool operator==(const ViewFilter &) const = default;
};

/// Which picture of the map a view shows: the network, or the territory view (the actors at
/// their places). Views saved before the territory view have no mode: the network.
enum class ViewMode { Network, Territory };

/// What the territory view showed: its middle (WGS 84), zoom (tile levels) and size in pixels.
struct TerritoryFrame
{
    double latitude = 0, longitude = 0;
    double zoom = 0;  ///< 0: not saved (the whole territory is shown)
    QSizeF size;
    bool isValid() const { return zoom > 0 && !size.isEmpty(); }
    /// The part of the world (Web Mercator, unit square) it showed; empty when not valid.
    QRectF world() const;
    bool operator==(const TerritoryFrame &) const = default;
};

struct SavedView
{
    qint64 id = 0;
    QString name;      ///< the slide's title
    QString caption;   ///< a short text under the title
    int position = 0;  ///< order among the views (slides)
    ViewFilter filter;
    QList<qint64> focusActors;  ///< the focus (empty: none) and how many steps out
    int focusDepth = 0;
    ViewMode mode = ViewMode::Network;
    TerritoryFrame territory;  ///< mode Territory: what the territory view showed
    QRectF visibleRect;  ///< the part of the scene in view; empty: the whole map
    QHash<qint64, QPointF> positions;  ///< actor id → position when the view was saved
    QHash<qint64, double> sizeFactors;  ///< analysis sizing (0 … 1), empty: by influence
    QHash<qint64, QColor> colours;      ///< analysis colouring, empty: category colours
    /// What the legend said of those sizes and colours (a field's name, unit and range).
    QList<render::LegendScale> legend;
    QDateTime createdAt, updatedAt;

    /// The JSON kept in saved_view.settings (everything but id, name, position and dates).
    QJsonObject settings() const;
    /// Reads `settings`; false with a message when it is not a view's JSON.
    bool setSettings(const QJsonObject &settings, QString *error = nullptr);
    /// Same content (what restore() must give back exactly).
    bool sameContent(const SavedView &other) const;
};

/// The views of the territory, in slide order (position, then id). A view whose settings
/// cannot be read is listed with its title and an empty content.
QList<SavedView> loadViews(const Store &store);
std::optional<SavedView> loadView(const Store &store, qint64 id);

/// Edits, each one undo step through Document::apply(). They return false with a translated
/// message and change nothing when the edit fails (empty title, unknown view, read-only file).
std::optional<qint64> addView(Document &doc, const SavedView &view, QString *error = nullptr);
/// Replaces a view's content with `view`'s (title and caption included), keeping its place.
bool updateView(Document &doc, const SavedView &view, QString *error = nullptr);
bool renameView(Document &doc, qint64 id, const QString &name, QString *error = nullptr);
bool setViewCaption(Document &doc, qint64 id, const QString &caption, QString *error = nullptr);
bool removeView(Document &doc, qint64 id, QString *error = nullptr);
/// Moves a view to index `to` (0 = first slide) and renumbers the others.
bool moveView(Document &doc, qint64 id, int to, QString *error = nullptr);

/// One slide ready to draw: the map reduced to what the view shows, and how to draw it.
struct Slide
{
    QString title;
    QString caption;
    QString focusText;  ///< "Focus: NAME, 2 steps" (pseudonymised when names are hidden)
    render::MapModel model;
    render::MapOptions options;
    ViewMode mode = ViewMode::Network;
    /// Territory slides: the part of the world to show (Web Mercator); empty: every actor
    /// placed.
    QRectF territoryWorld;
};

/// How paintSlideMap() draws a territory slide's background.
struct SlideMapOptions
{
    render::TileSource *tiles = nullptr;  ///< map tiles (only those at hand are drawn); null: none
    double fontScale = 1;                 ///< the legend's type (a projector's is larger)
};

/// Draws the slide's map into `target`: the network (MapPainter) or the territory (actors at
/// their places, over the tiles given, with their attribution, and the legend). A territory
/// slide where no shown actor has a place says so in the middle.
void paintSlideMap(QPainter &painter, const Slide &slide, const QRectF &target,
                   const SlideMapOptions &options = {});

/// What slides are made from, read once from a territory: its map, the actors' tags and
/// search keys, and the persons' pseudonyms.
class SlideSource
{
    Q_DECLARE_TR_FUNCTIONS(maillage::workshop::SlideSource)

public:
    static SlideSource fromStore(Store &store);
    static SlideSource fromDocument(const Document &doc);

    /// The slide of `view`: the actors its filters show, where they stood, dimmed outside
    /// its focus, the search's finds highlighted, the part of the map it showed (cropped to
    /// the actors in it, so no empty margin is drawn). With `hideNames`, every person's label is their pseudonym
    /// ("Resident 3") and their names are replaced in the title, caption and focus text.
    Slide slide(const SavedView &view, bool hideNames) const;
    /// The actors the filter shows (the network view's rules) and those its search finds.
    QSet<qint64> shownActors(const ViewFilter &filter) const;
    QSet<qint64> searchMatches(const QString &search) const;
    /// `ids` and every actor up to `depth` links away (all links, as the network view).
    QSet<qint64> neighbourhood(const QList<qint64> &ids, int depth) const;

    const render::MapModel &model() const { return m_model; }
    const Pseudonymizer &pseudonymizer() const { return m_pseudonymizer; }
    QString territoryName() const { return m_territory; }

private:
    render::MapModel m_model;
    QHash<qint64, QSet<qint64>> m_tags;   ///< actor id → tag ids
    QHash<qint64, QString> m_searchKeys;  ///< actor id → folded searchable text
    Pseudonymizer m_pseudonymizer;
    QString m_territory;
};

/// "Focus: NAME, 1 step" / "Focus: NAME, N steps" / "Focus: N actors, …", translated.
QString focusText(const QString &who, int actorCount, int depth);

struct SlidesPdfOptions
{
    bool anonymize = false;  ///< persons' names replaced by their pseudonyms everywhere
    QString language;        ///< "fr", "en" or empty for the interface's
    /// Map tiles for territory slides (those at hand only: nothing is fetched); null: none.
    render::TileSource *tiles = nullptr;
};

/// Writes one landscape A4 page per saved view (the current map as a single slide when there
/// is none): title, caption, the map drawn as vectors with the view's filters, focus, zoom and
/// positions, its legend, and a footer with the territory and "n / N". `progress` (may be
/// empty) gets (done, total) and returns false to cancel. Returns false with a translated
/// message (nothing written) on failure or cancel.
bool writeSlidesPdf(Store &store, const QString &path, const SlidesPdfOptions &options,
                    QString *error = nullptr,
                    const std::function<bool(int, int)> &progress = {});

/// The same for the given slides (e.g. the window's current view when none is saved).
bool writeSlidesPdf(const SlideSource &source, const QList<SavedView> &slides,
                    const QString &path, const SlidesPdfOptions &options,
                    QString *error = nullptr,
                    const std::function<bool(int, int)> &progress = {});

/// The views to show as slides: the saved ones, or `current` alone when there is none.
QList<SavedView> slidesOrCurrent(const Store &store, const SavedView &current);

} // namespace workshop
} // namespace maillage
