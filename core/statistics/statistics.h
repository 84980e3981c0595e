#pragma once

#include "core/domain/types.h"
#include "core/store/statisticstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string_view>

// Public statistics about a territory, read from the files practitioners download from INSEE,
// DREES and SDES (the formats are described in readers.cpp), kept for the territory's areas
// only, and stored one value a row (table `statistic`, see core/store/schema.cpp).
namespace maillage::statistics {

class CommuneHistory;

using statisticstore::isNotAggregable;
using statisticstore::isSecret;
using statisticstore::kNotAggregable;

/// Geography levels, stored by their codes: commune iris qpv epci departement region france.
inline constexpr const char *kLevels[] = {"commune", "iris",   "qpv",   "epci",
                                          "departement", "region", "france"};
QStringList levelCodes();
/// The one code of the France level.
inline constexpr const char *kFranceCode = "FR";

/// The file layouts the reader knows (see readers.cpp for their headers and traps).
enum class Format {
    DossierComplet,  ///< INSEE dossier complet: CODGEO + ~1 900 census and other columns
    Comparateur,     ///< INSEE base du comparateur de territoires: CODGEO + ~32 columns
    Filosofi,        ///< Filosofi key figures, wide: CODGEO;NBMENFISC21;…;MED21;TP6021;…
    FilosofiLong,    ///< Filosofi in the long "Melodi" format: GEO;GEO_OBJECT;…;OBS_VALUE
    FilosofiIris,    ///< Filosofi by IRIS: IRIS;LIBIRIS;COM;LIBCOM;DISP_TP6021;…
    RpIris,          ///< census IRIS bases: IRIS;COM;TYP_IRIS;LAB_IRIS;P21_POP;…
    Bpe,             ///< permanent base of equipment, one row per equipment (or counts)
    Apl,             ///< DREES's local access to GPs, an .xlsx workbook
    Rpls,            ///< SDES's social housing: CodGeo;LibGeo;nbLsPls;…
    /// INSEE's EPCI composition (Intercommunalite_Metropole_au_01-01-AAAA.xlsx, sheet
    /// Composition_communale: CODGEO LIBGEO EPCI LIBEPCI DEP REG): no statistic, but which
    /// EPCI each commune belongs to, for the EPCI's sums and the territory's EPCI.
    EpciComposition,
};
QStringList formatCodes();
QString formatCode(Format f);
std::optional<Format> formatFromCode(const QString &code);

/// The département of a commune (or IRIS) code: "88" for 88160, "2A" for 2A004, "971" for
/// 97101.
QString departementOf(const QString &communeCode);
/// The region (2016 regions, INSEE codes) of a département; empty when unknown.
QString regionOf(const QString &departement);
/// Whether `code` is one of the municipal arrondissements of Paris, Lyon or Marseille (which
/// files list beside their commune: never counted twice in a sum).
bool isArrondissement(const QString &code);

/// The areas a territory keeps statistics for: its communes and their IRIS and QPV, its EPCI,
/// département(s), region(s) and France.
struct Scope
{
    QSet<QString> communes;
    QSet<QString> iris;  ///< IRIS named by the territory itself (a neighbourhood)
    QSet<QString> qpv;   ///< QPV named by the territory itself
    QString epci;
    QSet<QString> departements;
    QSet<QString> regions;
    /// Commune → EPCI of every commune, learned from files that give both (the BPE): used to
    /// sum the EPCI's counts from its communes' rows.
    QHash<QString, QString> epciOfCommune;

    /// The scope of `t`: its INSEE codes (5 characters: communes; 9 digits: IRIS, or the EPCI
    /// when the territory is an intercommunality; Q…: QPV) and its EPCI.
    static Scope of(const Territory &t);
    /// Whether the area `code` of `level` belongs to the territory or is one it is compared
    /// with.
    bool keeps(const QString &level, const QString &code) const;
    bool keepsCommune(const QString &code) const { return communes.contains(code); }
};

struct ReadOptions
{
    std::optional<Format> format;  ///< detected from the header when not given
    int geographyYear = 0;         ///< 0: from the file (name, header) when it says
    QString sheet;                 ///< .xlsx: the sheet to read (default: the latest year's)
    int headerRow = 0;             ///< .xlsx: the header's row number (0: found)
    /// The COG's movements: commune codes of older geographies converted to the current ones
    /// (counts of merged communes summed; their medians and rates marked not aggregable).
    std::shared_ptr<const CommuneHistory> history;
};

struct ReadResult
{
    Format format = Format::DossierComplet;
    QList<Statistic> values;
    qint64 rows = 0;  ///< data rows read
};

/// Reads one file's statistics for the areas of `scope` (and learns, from a BPE, which EPCI
/// each commune belongs to, into `scope`). Holds one row at a time (and the sums of the
/// comparison areas), whatever the file's size. False with one line "FILE, line N: what" on
/// a file it cannot read whole: then nothing is to be imported.
bool readFile(const QString &path, Scope &scope, const ReadOptions &options, ReadResult *result,
              QString *error);

/// The format of `path` from its header (and name, for .xlsx), or nullopt with a message.
std::optional<Format> detectFormat(const QString &path, QString *error);

// Exposed for the tests.

/// What a cell holds.
enum class Cell { Number, Secret, Empty, Invalid };
/// Parses a French statistical number: decimal comma or point, thousands separated by
/// spaces, U+00A0 or U+202F; `s`, `nd`, `ns`, `so`, `C` (and `NA`, `n.d.`) are secret markers
/// (`marker` set), never zero.
Cell parseCell(std::string_view text, double *value, QString *marker);

/// A column code split into indicator and year: P21_POP → ("P_POP", 2021), MED21 → ("MED",
/// 2021), NAIS1521 → ("NAIS", 2021), DISP_TP6021 → ("DISP_TP60", 2021); SUPERF → ("SUPERF", 0).
struct ColumnCode
{
    QString indicator;
    int year = 0;
};
ColumnCode splitColumnCode(const QString &column);

/// Whether values of `indicator` add up across communes (counts, areas), unlike medians,
/// rates, shares and means.
bool isSummable(const QString &indicator);

/// The unit of a stored indicator ("%", "euros", "km²"…; empty for counts).
QString unitOf(const QString &indicator);

} // namespace maillage::statistics
