#pragma once

#include "csv.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

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
enum class ImportFormat { Auto, Maillage, Kumu, Gephi, GraphML, Gexf, Json };

/// What to do with an imported actor whose name (ignoring case and accents) is already in
/// the territory.
enum class DuplicatePolicy {
    Merge,  ///< update the existing actor: non-empty imported values overwrite, tags are added
    Skip,   ///< leave the existing actor as it is (links still attach to it)
    Keep,   ///< create a second actor with the same name
};

struct ImportOptions
{
    ImportFormat format = ImportFormat::Auto;
    DuplicatePolicy onDuplicate = DuplicatePolicy::Merge;
    CsvOptions csv;
    /// From this many rows on, the import is written by the bulk path (prepared statements,
    /// one transaction, one undo step) instead of the generic per-row edit path.
    int bulkThreshold = 20000;
};

struct ImportReport
{
    QStringList files;
    QStringList formats;  ///< the format detected for each file
    int actorsCreated = 0, actorsMerged = 0, actorsSkipped = 0;
    int linksCreated = 0, linksMerged = 0, linksSkipped = 0;
    int categoriesCreated = 0, linkTypesCreated = 0, tagsCreated = 0;
    QStringList warnings;
    QString summary() const;
    QJsonObject toJson() const;
};

/// Imports `paths` (e.g. a Kumu elements file and its connections file) into `doc` as ONE
/// undoable edit. Every file is read, checked and turned into row operations before
/// anything is written; on any error (the message names the file and line) nothing is
/// imported. Unknown columns are never dropped: they are appended to the actor's (or link's)
/// description as lines "Column: value" after the description itself, which keeps them
/// readable and lets them be split back out.
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
/// The second half of importFiles().
bool applyImport(Document &doc, const ImportSources &sources, const ImportOptions &options,
                 ImportReport *report, QString *error);

std::optional<ImportFormat> importFormatFromName(const QString &name);
std::optional<DuplicatePolicy> duplicatePolicyFromName(const QString &name);
QString formatName(ImportFormat format);

} // namespace maillage::io
