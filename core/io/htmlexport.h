#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// The territory as one interactive web page for partners (issue 20): a single HTML file that
// works offline and sends nothing anywhere (unless online map tiles were chosen), with the
// network drawn by sigma.js and graphology, the map of places by Leaflet, the legend,
// search, filters, actors' cards, communities and paths, key figures, problems and actions.
//
// The page's script and style are project files (resources/web/webmap.*), the libraries are
// vendored (resources/web/sigma, resources/web/graphology, scripts/update-web-libs) or
// Debian's (Leaflet, embedded at build time); all are compiled into the Qt resource /web and
// inlined into the file with the data.
namespace maillage {

class Store;

namespace io {

struct HtmlExportOptions
{
    /// Persons become their pseudonyms ("Resident 3") everywhere, their names are replaced in
    /// every text, their places are left out and their personal fields' values too.
    bool anonymize = false;
    /// "fr", "en" or empty for the language in use: the page's texts, numbers and dates.
    QString language;
    /// A saved view's name: its filters choose the actors and its positions place them.
    /// Empty: every actor, where it stands on the map.
    QString view;
    /// Online map tiles (OpenStreetMap) behind the map of places. Off: the page makes no
    /// request at all and the places are drawn on a plain background.
    bool onlineTiles = false;
    /// The export's date and time in the page's line "Exported … on …"; invalid: now.
    QDateTime exportedAt;
};

/// What the page holds, for the dialog and the command's summary.
struct HtmlExportSummary
{
    int actors = 0, links = 0, places = 0, problems = 0, actions = 0;
    qint64 bytes = 0;
};

/// The page's tile server when online tiles are chosen, and its attribution.
QString onlineTilesUrl();

/// The page, or an empty array with a translated one-line message in `error` (unknown
/// language or view, unreadable territory).
QByteArray htmlPage(Store &store, const HtmlExportOptions &options, QString *error = nullptr,
                    HtmlExportSummary *summary = nullptr);

/// Writes htmlPage() to `path` atomically (nothing is left on failure).
bool exportHtml(Store &store, const QString &path, const HtmlExportOptions &options,
                QString *error = nullptr, HtmlExportSummary *summary = nullptr);

/// What goes out in the page and what never does, translated (the dialog's text).
QString htmlExportContents(bool anonymize);

} // namespace io
} // namespace maillage
