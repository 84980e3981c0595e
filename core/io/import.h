#pragma once

#include "core/io/csv.h"
#include "core/domain/customfield.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace maillage {
class Document;
}

namespace maillage::io {

namespace detail {
struct SourceGraph;
}

/// The spreadsheet and graph formats `importFiles` reads.
///
/// Maillage's own CSV is what `exportCsv` writes: an actors file with the columns
/// id,name,category,is_person,organisation,role,sector,commune,email,phone,address,website,
/// description,tags,influence,interest,attitude,engagement,legal_basis,consent_date,
/// consent_method,retention_date,last_contact,x,y,pinned,since,until (tags separated by `|`)
/// and a links file with id,source,target,source_name,target_name,type,directed,strength,
/// description,since,until (source and target are the ids of the actors file).
/// Cytoscape: Cytoscape JSON (`.cyjs` from Cytoscape desktop, NetworkX's cytoscape_data(),
/// Cytoscape.js's cy.json()); Json: Maillage's own whole-territory JSON. GeoJson: a
/// FeatureCollection (core/io/geojson_read.cpp): each Point is an actor placed there, each
/// LineString with `source` and `target` properties a link.
enum class ImportFormat { Auto, Maillage, Kumu, Gephi, GraphML, Gexf, Json, Cytoscape, GeoJson };

/// What to do with an imported actor whose name (ignoring case and accents) is already in
/// the territory.
enum class DuplicatePolicy {
    Merge,  ///< update the existing actor: non-empty imported values overwrite, tags are added
    Skip,   ///< leave the existing actor as it is (links still attach to it)
    Keep,   ///< create a second actor with the same name
};

/// A Maillage field a spreadsheet column can be mapped to (the import dialog's column
/// mapping). `Keep` keeps the column as a custom field of the territory (made by the import
/// when there is none of that name, its type inferred from the values); `Ignore` drops it on
/// the user's explicit request.
enum class ImportField {
    Ignore, Keep,
    // actors
    Id, Name, Category, Tags, IsPerson, Organisation, Role, Sector, Commune, Email, Phone,
    Address, Website, Description, Influence, Interest, Attitude, Engagement, LegalBasis,
    ConsentDate, ConsentMethod, RetentionDate, LastContact, X, Y, Pinned, Since, Until, Color,
    Red, Green, Blue,
    Latitude, Longitude,  ///< where the actor is, WGS 84 degrees (columns latitude/lat, longitude/lon/lng)
    LocationPrecision,    ///< exact, street, commune or manual
    // links (Description, Since, Until, Color, Red, Green, Blue are shared)
    Source, Target, SourceName, TargetName, LinkType, Label, Directed, Direction, Strength,
    Weight,  ///< the link's own weight (any number), kept beside its 1–5 strength
};

/// The stable name of a field ("name", "category", "source", "keep", "ignore"…).
QString importFieldKey(ImportField field);
std::optional<ImportField> importFieldFromKey(const QString &key);
/// The field's name for people (translated).
QString importFieldLabel(ImportField field);
/// The fields an actors (or links) spreadsheet column can be mapped to, in menu order.
QList<ImportField> importFields(bool links);

/// The user's mapping of one spreadsheet's columns, overriding detection.
struct ColumnMapping
{
    bool links = false;              ///< rows are links (else actors)
    QList<ImportField> columns;      ///< one per header column, in order
};

/// Called while files are read: bytes done and total of all files; return false to cancel.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

struct ImportOptions
{
    ImportFormat format = ImportFormat::Auto;
    DuplicatePolicy onDuplicate = DuplicatePolicy::Merge;
    CsvOptions csv;
    /// .xlsx workbooks: the sheet to read (default: the first) and its header's row number
    /// (0: the first row of column names).
    QString sheet;
    int headerRow = 0;
    /// From this many records read (actors and links) on, the import is written by the bulk
    /// path (ids chosen in advance, compact typed rows, prepared statements, one transaction,
    /// one undo step undone by id range) instead of the generic per-row edit path.
    int bulkThreshold = 20000;
    /// Explicit column mappings by file path (spreadsheets only); files not listed are
    /// detected from their headers.
    QHash<QString, ColumnMapping> mappings;
    /// The user's type for a custom field the import makes, by the field's name (ignoring
    /// case; actors' or links'), overriding the type the file declares or its values show.
    /// Every value of that column must be of that type: readImportFiles() refuses the files
    /// otherwise, naming the file, the line, the column and the value (as retyping a field
    /// refuses values that do not fit). A field the territory already has keeps its type.
    QHash<QString, FieldType> fieldTypes;
    /// Called while the files are read (bytes done and total); false cancels.
    ImportProgress progress;
    /// Called while the import is written (rows done and total, reported at most every 40 ms
    /// on the bulk path, also while its indexes are rebuilt and checked); false cancels, and
    /// the transaction is rolled back: nothing is written and the undo stack is unchanged.
    /// The callback runs on the calling thread, inside the write: it may process events to
    /// keep a window responsive, but nothing may edit the document meanwhile.
    ImportProgress writing;
};

/// What a spreadsheet or graph file looks like before it is imported: for the import
/// dialog's preview.
struct ImportPreview
{
    QString path;
    ImportFormat format = ImportFormat::Auto;  ///< Maillage, Kumu, Gephi, GraphML, Gexf; Auto: unknown
    QString formatLabel;                       ///< "Kumu elements", "GEXF"… (translated)
    bool spreadsheet = false;
    char separator = 0;
    CsvEncoding encoding = CsvEncoding::Auto;  ///< Auto: pure ASCII so far
    bool bom = false;
    QStringList header;
    QList<QStringList> rows;                   ///< the first rows
    ColumnMapping mapping;                     ///< detected (guessed from the names when unknown)
    QList<ImportField> actorColumns;           ///< the guess for each column if rows are actors
    QList<ImportField> linkColumns;            ///< … and if rows are links
    QString problem;                           ///< why the format is unknown, if it is
};
/// Reads the start of `path` (at most `maxRows` rows). False with `error` set when the file
/// cannot be read at all; an unknown spreadsheet format is not an error (see `problem`).
bool previewImportFile(const QString &path, const ImportOptions &options, ImportPreview *preview,
                       QString *error, int maxRows = 20);

struct ImportReport
{
    QStringList files;
    QStringList formats;  ///< the format detected for each file
    int actorsCreated = 0, actorsMerged = 0, actorsSkipped = 0;
    int linksCreated = 0, linksMerged = 0, linksSkipped = 0;
    /// Actors and links imported before from the same file (same file name, same id in it),
    /// updated instead of made again.
    int actorsUpdated = 0, linksUpdated = 0;
    int categoriesCreated = 0, linkTypesCreated = 0, tagsCreated = 0;
    /// Custom fields the import made: "Name (type)", of actors and of links.
    QStringList actorFieldsCreated, linkFieldsCreated;
    /// Values that are not of their existing field's type: kept in the description instead.
    int valuesNotOfTheirType = 0;
    /// What the files drew, kept or not. Positions: actors placed where the file drew them
    /// (scaled by `positionScale` when the file's layout was far from Maillage's scale).
    /// Colours: Maillage colours actors by category, so a node's colour is kept when it is
    /// its category's (a new category takes the colour of its nodes; nodes with a colour but
    /// no category are given one category per colour, "Colour #rrggbb", when the file uses
    /// at most kMaxColourCategories colours). Sizes are never kept: Maillage sizes actors by
    /// a measure. Edge labels of GraphML and GEXF files become the links' descriptions.
    int positionsKept = 0;
    double positionScale = 1;
    int coloursKept = 0, coloursNotKept = 0, distinctColours = 0;
    int sizesNotKept = 0;
    int edgeLabelsKept = 0;
    /// Rows left out because they are about persons erased from this territory (their links
    /// too): "people.csv line 4".
    QStringList erasedLeftOut;
    int erasedLinksLeftOut = 0;
    /// Actors given a place on the ground (latitude and longitude) by the files.
    int actorsLocated = 0;
    static constexpr int kMaxColourCategories = 12;
    QStringList warnings;
    /// "Kept from the files: positions of 77 nodes, …" (empty when the files drew nothing).
    QString keptLine() const;
    /// "Not kept: sizes of 77 nodes (…)" (empty when everything drawn was kept).
    QString notKeptLine() const;
    QString summary() const;
    QJsonObject toJson() const;
};

/// Imports `paths` (e.g. a Kumu elements file and its connections file) into `doc` as ONE
/// undoable edit. Every file is read, checked and turned into row operations before
/// anything is written; on any error (the message names the file and line) nothing is
/// imported. Unknown columns (a spreadsheet's, a GraphML key, a GEXF attribute) are never
/// dropped: each becomes a custom field of actors (links), the existing one of the same name
/// (ignoring case) or a new one typed from the file's declaration or inferred from the values,
/// and the values are set (importing the file again updates them). A value that is not of an
/// existing field's type is kept as a line "Column: value" in the description.
bool importFiles(Document &doc, const QStringList &paths, const ImportOptions &options,
                 ImportReport *report, QString *error);

/// The files of one import, read and checked but not yet matched against a territory. Reading
/// needs no open document, so a command line can refuse a bad file before it even opens the
/// territory for writing.
struct ImportSources
{
    std::shared_ptr<detail::SourceGraph> graph;
    QStringList files;
    QStringList formats;
};
bool readImportFiles(const QStringList &paths, const ImportOptions &options,
                     ImportSources *sources, QString *error);
/// Checks that every value of the columns given a type in `options.fieldTypes` is of that
/// type; false with `error` set ("FILE, line N: column “C”: “V” is not a number (the type
/// chosen for it)") at the first that is not. readImportFiles() runs it.
bool checkFieldTypes(const ImportSources &sources, const ImportOptions &options,
                     QString *error);
/// The type an import gives each custom field it makes from the read files, by subject
/// ("actor", "link") and name as first written: the type the file declares when every value
/// fits, else the one the values show (fields::inferType()); user choices aside.
struct DetectedField
{
    QString subject, name;
    FieldType type = FieldType::Text;
};
QList<DetectedField> detectedFields(const ImportSources &sources);
/// The second half of importFiles().
bool applyImport(Document &doc, const ImportSources &sources, const ImportOptions &options,
                 ImportReport *report, QString *error);

/// How many actors of the read files are already in the territory (same name ignoring case
/// and accents), and how many actors the files hold.
struct ImportMatches
{
    int actors = 0;
    int matched = 0;
    int actorRows = 0, linkRows = 0;  ///< records read
};
ImportMatches countMatches(const Document &doc, const ImportSources &sources);

std::optional<ImportFormat> importFormatFromName(const QString &name);
/// The reader a file needs: `forced` unless Auto, else from its first bytes and its name
/// (GraphML, GEXF, Cytoscape JSON, Maillage's JSON), Auto for a spreadsheet (its header
/// decides). A JSON object is Cytoscape JSON when it says it was written by Cytoscape or its
/// "elements" hold nodes and edges the Cytoscape way (not Kumu's blueprint's list).
ImportFormat detectImportFormat(const QString &path, ImportFormat forced = ImportFormat::Auto);
std::optional<DuplicatePolicy> duplicatePolicyFromName(const QString &name);
QString formatName(ImportFormat format);

} // namespace maillage::io
