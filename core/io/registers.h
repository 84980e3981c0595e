#pragma once

#include "core/io/import.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace maillage {
class Document;
}

namespace maillage::io {

/// The French public registers Maillage reads (registers.cpp lists the columns each variant
/// is recognised and read by).
enum class RegisterFormat {
    Rne,     ///< Répertoire national des élus: municipal councillors, mayors, EPCI councillors
    Sirene,  ///< INSEE StockEtablissement (establishments), current, older or geocoded header
    Rna,     ///< Répertoire national des associations (rna_waldec)
};

struct RegisterOptions
{
    RegisterFormat format = RegisterFormat::Rne;
    /// INSEE commune codes to keep ("88304"; "1001" is read as "01001"). Empty keeps every
    /// commune, which only RNE files allow (SIRENE and RNA files are national).
    QStringList communes;
    DuplicatePolicy onDuplicate = DuplicatePolicy::Merge;
    /// Called now and then while a file is read: bytes read so far and the file's size.
    std::function<void(qint64 done, qint64 total)> progress;
    /// Asked now and then: true stops the reading (which then fails, "cancelled").
    std::function<bool()> cancelled;
    /// Called while the import is written (ImportOptions::writing): false cancels it.
    ImportProgress writing;
};

/// What the reading kept and left out, for the report.
struct RegisterStats
{
    qint64 rows = 0;            ///< data rows read
    qint64 kept = 0;            ///< rows that became actors
    qint64 otherCommunes = 0;   ///< rows of communes not asked for
    qint64 inactive = 0;        ///< closed establishments, dissolved associations
    QStringList variants;       ///< the variant recognised for each file
    QHash<QString, qint64> perCommune;  ///< rows kept by INSEE commune code
};

/// Which register a file is, from its header (any RNE variant, SIRENE, RNA); nullopt when it
/// is none of them or cannot be read.
std::optional<RegisterFormat> detectRegisterFormat(const QString &path);

/// Reads register files into import sources: every row is checked (a bad row fails the whole
/// read with "FILE, line N: problem"), rows of other communes are dropped before anything is
/// built, and memory stays bounded whatever the file's size (the file is streamed).
///
/// What becomes of each register:
/// - RNE: one actor per elected official, category "elected" (Elected official), is_person 1,
///   legal basis "public_role", name "Prénom NOM" as the register spells it, role = the
///   function (else "Maire" for the mayors' file, "Conseiller municipal" / "Conseillère
///   municipale", "Conseiller communautaire" …), organisation = the town hall (the EPCI for
///   community councillors), commune = the commune's name, since = start of the function (else
///   of the mandate). Birth date, sex and profession are read only to tell people apart and to
///   word the role; they are not stored. Each official gets a "membership" link (directed,
///   member of the council) to the town hall actor "Mairie de <Commune>" (category
///   "institution"), created if missing; community councillors also to their EPCI.
/// - SIRENE: active establishments ("A"), category "company", name = usual denomination,
///   else first sign, else "Établissement SIRET <siret>"; sector = the NAF section of the
///   activity code; address from the address columns; SIRET, NAF code and creation date as
///   "Column: value" lines in the description; the SIRET is the actor's import key (import
///   source: the file's name). The place: the geocoded variant's `longitude`/`latitude`
///   (precision from `geo_type`: housenumber → exact, municipality → commune, else street),
///   else the stock file's `coordonneeLambertAbscisse/OrdonneeEtablissement`, converted to
///   WGS 84 with PROJ from the projection of the establishment's département
///   (geo::Projection::sireneEpsg: Lambert-93, UTM overseas).
/// - RNA: active associations (position "A", no dissolution date), category "association",
///   name = title, description = purpose (objet), address and website.
bool readRegisterFiles(const QStringList &paths, const RegisterOptions &options,
                       ImportSources *sources, RegisterStats *stats, QString *error);

/// Turns read register sources into one undoable edit of `doc` (the ordinary import machinery:
/// actors matched by name ignoring case and accents, all or nothing, one undo step).
bool applyRegisterImport(Document &doc, const ImportSources &sources,
                         const RegisterOptions &options, ImportReport *report, QString *error);

/// Both steps.
bool importRegisterFiles(Document &doc, const QStringList &paths, const RegisterOptions &options,
                         ImportReport *report, RegisterStats *stats, QString *error);

std::optional<RegisterFormat> registerFormatFromName(const QString &name);
QString registerFormatName(RegisterFormat format);

/// A commune code as the registers mean it: trimmed, digits left-padded to 5 ("1001" →
/// "01001"); empty when `code` cannot be an INSEE commune code.
QString normalizedCommuneCode(const QString &code);

/// The NAF rev. 2 section (A … U) of an activity code ("47.11F", "4711F", "47"), empty when
/// the division is unknown.
QChar nafSection(const QString &nafCode);
/// The French label of a NAF section ("Commerce ; réparation d'automobiles et de
/// motocycles"); empty for an unknown section.
QString nafSectionLabel(QChar section);

/// "Mairie de Mirecourt", "Mairie d'Épinal", "Mairie du Havre", "Mairie des Ulis".
QString townHallName(const QString &commune);

} // namespace maillage::io
