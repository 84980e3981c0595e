#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace maillage {
class Store;
namespace geo {
class CommuneCentres;
}
}

namespace maillage::io {

enum class ExportFormat {
    Csv,      ///< Maillage CSV: OUT holds the actors, csvLinksPath(OUT) the links
    GraphML,
    Gexf12,   ///< GEXF 1.2draft (Gephi 0.9)
    Gexf13,   ///< GEXF 1.3
    Json,     ///< the whole territory, every table (see territoryJson)
    Kumu,     ///< Kumu's JSON blueprint (see kumuJson)
    KumuCsv,  ///< Kumu's spreadsheets: kumuCsvPaths(OUT), elements and connections
    GeoJson,  ///< RFC 7946 FeatureCollection: located actors as points, links as lines (see geoJson)
};

struct ExportOptions
{
    /// Persons become stable pseudonyms, their contact fields are blanked and their names
    /// are replaced inside free text (see Pseudonymizer).
    bool anonymize = false;
    /// GraphML and GEXF: every link is written directed, whatever its type says (for tools
    /// that cannot read a graph mixing directed and undirected links, NetworkX among them).
    bool allDirected = false;
    /// GeoJSON with `anonymize`: where persons are placed instead of their own place (their
    /// commune's centre, found by the commune's INSEE code or name); null: only persons
    /// already placed at a commune's centre keep a place.
    const geo::CommuneCentres *communes = nullptr;
};

/// How many links are directed (their type says so) and how many are not.
struct LinkDirections
{
    int directed = 0, undirected = 0;
    bool mixed() const { return directed > 0 && undirected > 0; }
};
LinkDirections linkDirections(Store &store);
/// Said when a map with both kinds of links is exported to GraphML or GEXF (translated).
QString mixedDirectionsNote(const LinkDirections &directions);

/// csv, graphml, gexf (gexf13), gexf12, json, kumu, kumu-csv, geojson.
std::optional<ExportFormat> exportFormatFromName(const QString &name);
/// From the file name: .csv, .graphml, .gexf (1.3), .json, .geojson (Kumu's formats are
/// named only).
std::optional<ExportFormat> exportFormatFromPath(const QString &path);
/// Where the CSV export writes the links: "OUT-links.csv" beside "OUT.csv".
QString csvLinksPath(const QString &actorsPath);
/// Where the Kumu spreadsheet export writes: "OUT-elements.csv" and "OUT-connections.csv"
/// beside OUT (its ".csv" suffix, if any, dropped: "net.csv" → "net-elements.csv").
struct KumuCsvPaths
{
    QString elements, connections;
};
KumuCsvPaths kumuCsvPaths(const QString &out);

/// Writes the territory of `store` to `path` in `format`; every file is written atomically
/// (a temporary file renamed at the end), so a failed export leaves no half file.
bool exportTerritory(Store &store, const QString &path, ExportFormat format,
                     const ExportOptions &options, QString *error);

QByteArray actorsCsv(Store &store, const ExportOptions &options);
QByteArray linksCsv(Store &store, const ExportOptions &options);
QByteArray graphml(Store &store, const ExportOptions &options);
QByteArray gexf(Store &store, ExportFormat version, const ExportOptions &options);

/// Kumu's JSON blueprint {"elements": [...], "connections": [...]}. An element: "id" ("a" and
/// the actor's id: Kumu matches connections by id, so same-named actors stay apart),
/// "label", "type" (the category), "description", "tags" (array), Maillage's own fields
/// ("Organisation", "Role", "Sector", "Commune", "Email", "Phone", "Address", "Website",
/// "Influence", "Interest", "Attitude", "Engagement", "Person", "Since", "Until") and every
/// custom field under its name, typed (numbers, integers, booleans; dates as YYYY-MM-DD).
/// A connection: "id" ("l" and the link's id), "from", "to" (element ids), "type" (the link
/// type), "direction" ("directed" or "undirected"), "strength" (1–5), "weight" (when the
/// link has its own), "description", "Since", "Until" and its custom fields. Empty values
/// are left out.
QByteArray kumuJson(Store &store, const ExportOptions &options);
/// The same as Kumu's two import sheets (ID first, then Label; From, To; tags and several
/// values separated by "|"), UTF-8 without BOM.
QByteArray kumuElementsCsv(Store &store, const ExportOptions &options);
QByteArray kumuConnectionsCsv(Store &store, const ExportOptions &options);

/// The territory for GIS tools (QGIS opens it): an RFC 7946 FeatureCollection in WGS 84,
/// positions [longitude, latitude]. One Point feature per actor, its "id" the actor's id, its
/// properties "name", "category", "tags" (array), "is_person", "organisation", "role",
/// "sector", "commune", "email", "phone", "address", "website", "description",
/// "influence", "interest", "attitude", "engagement", "since", "until",
/// "location_precision" and every custom field under its name, typed (empty values left
/// out); an actor without a place has `"geometry": null`. Then one LineString feature per
/// link between two placed actors ("geometry": null otherwise), its "id" "l" and the link's
/// id, its properties "source" and "target" (the actors' ids), "type", "directed",
/// "strength", "weight", "description", "since", "until" and its custom fields.
/// With `anonymize`, persons carry their pseudonym and no contact detail, and are placed at
/// their commune's centre (options.communes), or left without geometry: no person's own
/// position is written, nor a line ending there.
QByteArray geoJson(Store &store, const ExportOptions &options);

/// The whole territory as JSON: {"format": "maillage-territory", "version": 1, "territory",
/// "categories", "link_types", "tags", "themes", "fields" (custom fields), "actors" (each
/// with "tags": [tag ids] and "field_values": [{"field_id", "value"}]), "links" (each with
/// "field_values"), "problems" (each with "actors": [{"actor_id", "role"}]), "actions" (each with
/// "partners" and "problems": [ids]), "indicators" (each with "values"), "meetings" (each
/// with "attendees" and "problems": [ids])}. Rows keep their ids and every column.
QByteArray territoryJson(Store &store, const ExportOptions &options);

/// Creates the territory file `path` (which must not exist) from a territoryJson() file,
/// keeping every row and id. All or nothing: on any error no file is left behind.
bool createFromJson(const QString &path, const QString &jsonPath, QString *error);

} // namespace maillage::io
