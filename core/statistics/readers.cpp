// The readers of the public statistics files. What they read, with the traps they handle:
//
// - INSEE dossier complet (`dossier_complet.csv`): `;`, UTF-8, one row per commune (and per
//   municipal arrondissement), `CODGEO` then ~1 900 columns whose names hold the year
//   (`P21_POP`, `P15_POP`, `C21_MENPSEUL`, `NAIS1521`, `MED21`).
// - INSEE base du comparateur de territoires: the same layout, ~32 columns (`P22_POP`,
//   `SUPERF`, `MED21`, `TP6021`, `P22_CHOM1564`…).
// - Filosofi key figures, wide (`cc_filosofi_2021_COM.csv`, `_EPCI`, `_DEP`, `_REG`,
//   `_FRANCE`): `CODGEO;NBMENFISC21;…;MED21;PIMP21;TP6021;…;PPSOC21;…`, decimal commas, `s`
//   for secret. The level comes from the name's suffix, else from the code's shape.
// - Filosofi long ("Melodi", `DS_FILOSOFI_CC_…_data.csv`): one row per measure,
//   `GEO;GEO_OBJECT;FILOSOFI_MEASURE;UNIT_MEASURE;UNIT_MULT;CONF_STATUS;OBS_STATUS;
//   TIME_PERIOD;OBS_VALUE`; pivoted to the wide format's indicators (MED_SL → MED, PR_MD60 →
//   TP60, S_SOC_BEN_DI → PPSOC, D1_SL → D1…); `CONF_STATUS` `C` is secret.
// - Filosofi by IRIS (`BASE_TD_FILO_IRIS_2021_DISP.csv`): `IRIS;LIBIRIS;COM;LIBCOM;
//   DISP_TP6021;…;DISP_MED21;…`; stored without the `DISP_` prefix at the IRIS level.
// - Census IRIS bases (`base-ic-…`): `IRIS;COM;TYP_IRIS;LAB_IRIS;P21_POP;…`.
// - BPE: one row per equipment, `…;DEPCOM;DEP;REG;…;TYPEQU;…;DCIRIS;…;QP2024;…;EPCI;…`
//   (before 2022, counts: `REG;DEP;DEPCOM;DCIRIS;AN;TYPEQU;NB_EQUIP`). Counted by type
//   (`BPE_D201`), by domain (`BPE_A` … `BPE_G`, the type's first letter) and in all
//   (`BPE_ALL`) for the territory's communes, IRIS and QPV, its EPCI, département, region and
//   France. Teaches which EPCI each commune belongs to.
// - APL (DREES, .xlsx): a sheet per year ("APL 2024"), title rows, the header (`Code commune
//   INSEE`, `APL aux médecins généralistes de 65 ans ou moins`, `Population standardisée 2022
//   pour la médecine générale`…) then a units row; cells with trailing spaces.
// - RPLS (SDES): `CodGeo;LibGeo;nbLsPls;nbLsMes;txVac;txRot;moyLoy;medLoy`, one file per
//   level (its name says which: `…_Iris`, `…_Com`, `…_Epci`…), the year in the name.
//
// Codes stay text (`01001`, `2A004`). Secret and missing marks are kept as secret, never 0.
// Numbers take a decimal comma and spaces, U+00A0 or U+202F between thousands. Counts used by
// the portrait are summed, while reading, for the EPCI, département, region and France from
// every commune's row (arrondissements left out: they are already in their commune); medians
// and rates are never summed; the APL is averaged weighted by the standardised population.
#include "core/statistics/statistics.h"
#include "core/statistics/readers_parts.h"
#include "core/statistics/cog.h"
#include "core/util/xlsx.h"

#include "core/io/csv.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstring>
#include <algorithm>
#include <cctype>
#include <charconv>
#include <deque>
#include <unordered_map>
#include <string>
#include <vector>

namespace maillage::statistics {

namespace readerparts {

QString at(const QString &path, qint64 line, const QString &what)
{
    return io::CsvReader::located(path, line, what);
}

// Splits `line` on `sep` into at most `max` fields (all when max is 0). Quoted fields lose their
// quotes; doubled quotes inside are undoubled into `store`.
void split(std::string_view line, char sep, std::vector<std::string_view> &out,
           std::deque<std::string> &store, size_t max)
{
    out.clear();
    store.clear();
    size_t i = 0;
    const size_t n = line.size();
    for (;;) {
        if (max && out.size() == max)
            return;
        if (i < n && line[i] == '"') {
            std::string value;
            size_t j = i + 1;
            for (; j < n; ++j) {
                if (line[j] == '"') {
                    if (j + 1 < n && line[j + 1] == '"') {
                        value += '"';
                        ++j;
                    } else {
                        break;
                    }
                } else {
                    value += line[j];
                }
            }
            store.push_back(std::move(value));
            out.push_back(store.back());
            i = j + 1;
            while (i < n && line[i] != sep)
                ++i;
        } else {
            const void *p = i < n ? std::memchr(line.data() + i, sep, n - i) : nullptr;
            const size_t end = p ? size_t(static_cast<const char *>(p) - line.data()) : n;
            out.push_back(line.substr(std::min(i, n), end - std::min(i, n)));
            i = end;
        }
        if (i >= n)
            return;
        ++i;  // the separator
        if (i == n) {
            if (!max || out.size() < max)
                out.push_back(std::string_view());
            return;
        }
    }
}

QString text(std::string_view v)
{
    QString s = QString::fromUtf8(v.data(), qsizetype(v.size())).trimmed();
    if (s.startsWith(QLatin1Char('"')) && s.endsWith(QLatin1Char('"')) && s.size() >= 2)
        s = s.mid(1, s.size() - 2);
    return s;
}

// A code as text; Excel drops leading zeros (1001 for 01001, 10010101 for an IRIS).
QString code(std::string_view v)
{
    QString c = text(v).toUpper();
    bool digits = !c.isEmpty();
    for (const QChar ch : c)
        digits = digits && ch.isDigit();
    if (digits && (c.size() == 4 || c.size() == 8))
        c.prepend(QLatin1Char('0'));
    return c;
}

// A commune code of the file's geography in the current one (through the COG, when given).
QString currentCommune(const ReadOptions &options, const QString &commune, int geographyYear)
{
    return options.history ? options.history->current(commune, geographyYear) : commune;
}

QString levelFromName(const QString &path)
{
    static const QRegularExpression sep(QStringLiteral("[_\\-. ]+"));
    const QStringList tokens =
        QFileInfo(path).completeBaseName().toUpper().split(sep, Qt::SkipEmptyParts);
    for (auto it = tokens.crbegin(); it != tokens.crend(); ++it) {
        const QString &t = *it;
        if (t == QLatin1String("COM") || t == QLatin1String("COMMUNE") ||
            t == QLatin1String("COMMUNES") || t == QLatin1String("ARM"))
            return QStringLiteral("commune");
        if (t == QLatin1String("IRIS"))
            return QStringLiteral("iris");
        if (t == QLatin1String("QPV") || t == QLatin1String("QP"))
            return QStringLiteral("qpv");
        if (t == QLatin1String("EPCI"))
            return QStringLiteral("epci");
        if (t == QLatin1String("DEP") || t == QLatin1String("DEPT") ||
            t == QLatin1String("DEPARTEMENT"))
            return QStringLiteral("departement");
        if (t == QLatin1String("REG") || t == QLatin1String("REGION"))
            return QStringLiteral("region");
        if (t == QLatin1String("FRANCE") || t == QLatin1String("FR") ||
            t == QLatin1String("METRO") || t == QLatin1String("NAT"))
            return QStringLiteral("france");
    }
    return {};
}

// The level of a code by its shape, when the file's name does not say.
QString levelFromShape(const QString &c)
{
    if (c.startsWith(QLatin1String("FR")) || c == QLatin1String("METRO"))
        return QStringLiteral("france");
    if (c.startsWith(QLatin1Char('Q')))
        return QStringLiteral("qpv");
    if (c.size() == 5)
        return QStringLiteral("commune");
    if (c.size() == 9)
        return QStringLiteral("epci");
    if (c.size() == 2 || c.size() == 3)
        return QStringLiteral("departement");
    return {};
}

int yearInName(const QString &path)
{
    static const QRegularExpression year(QStringLiteral("(?:^|\\D)(20\\d\\d)(?:\\D|$)"));
    int found = 0;
    auto it = year.globalMatch(QFileInfo(path).completeBaseName());
    while (it.hasNext()) {
        const auto m = it.next();
        found = m.captured(1).toInt();
    }
    return found;
}

int geographyYearInName(const QString &path)
{
    static const QRegularExpression geo(QStringLiteral("geo[_-]?(20\\d\\d)"),
                                        QRegularExpression::CaseInsensitiveOption);
    const auto m = geo.match(QFileInfo(path).fileName());
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

Comparisons comparisonsOf(const Scope &scope, const QString &commune)
{
    Comparisons c;
    if (isArrondissement(commune))
        return c;
    const QString d = departementOf(commune);
    if (scope.departements.contains(d))
        c.areas.append({QStringLiteral("departement"), d});
    const QString r = regionOf(d);
    if (scope.regions.contains(r))
        c.areas.append({QStringLiteral("region"), r});
    if (!scope.epci.isEmpty() && scope.epciOfCommune.value(commune) == scope.epci)
        c.areas.append({QStringLiteral("epci"), scope.epci});
    c.areas.append({QStringLiteral("france"), QString::fromLatin1(kFranceCode)});
    return c;
}

// The census counts the portrait uses, summed into the comparison areas.
bool summed(const QString &indicator)
{
    static const QSet<QString> set{
        QStringLiteral("P_POP"),        QStringLiteral("P_POP0014"),
        QStringLiteral("P_POP7589"),    QStringLiteral("P_POP90P"),
        QStringLiteral("P_POP75P"),     QStringLiteral("C_MEN"),
        QStringLiteral("C_MENPSEUL"),   QStringLiteral("C_MENFAMMONO"),
        QStringLiteral("P_CHOM1564"),   QStringLiteral("P_ACT1564"),
        QStringLiteral("P_NSCOL15P"),   QStringLiteral("P_NSCOL15P_DIPLMIN"),
        QStringLiteral("P_LOG"),        QStringLiteral("P_LOGVAC"),
        QStringLiteral("P_RP"),         QStringLiteral("RPLS_NBLSPLS"),
    };
    return set.contains(indicator);
}

bool readHeader(QFile &f, LineReader &lines, const QString &path, Header *h, QString *error)
{
    std::string_view line;
    if (!lines.next(&line)) {
        *error = at(path, 0, lines.failed() ? Tr::tr("cannot be read (%1)").arg(f.errorString())
                                            : Tr::tr("the file is empty"));
        return false;
    }
    if (line.size() >= 3 && std::memcmp(line.data(), "\xEF\xBB\xBF", 3) == 0)
        line.remove_prefix(3);
    const size_t semi = size_t(std::count(line.begin(), line.end(), ';'));
    const size_t comma = size_t(std::count(line.begin(), line.end(), ','));
    const size_t tab = size_t(std::count(line.begin(), line.end(), '\t'));
    h->separator = semi >= comma && semi >= tab ? ';' : (comma >= tab ? ',' : '\t');
    std::vector<std::string_view> fields;
    std::deque<std::string> store;
    split(line, h->separator, fields, store);
    for (const std::string_view v : fields) {
        // Headers are ASCII in recent files; Windows-1252 in older ones.
        QString name = QString::fromUtf8(v.data(), qsizetype(v.size()));
        if (name.contains(QChar::ReplacementCharacter))
            name = QString::fromLatin1(v.data(), qsizetype(v.size()));
        name = name.trimmed();
        if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
            name = name.mid(1, name.size() - 2);
        h->names << name;
        h->upper << name.toUpper();
    }
    return true;
}

std::optional<Format> formatOfHeader(const Header &h)
{
    static const QRegularExpression census(QStringLiteral("^[PC]\\d\\d_"));
    static const QRegularExpression pop(QStringLiteral("^P\\d\\d_POP$"));
    static const QRegularExpression filo(QStringLiteral("^(MED|NBMENFISC)\\d\\d$"));
    const auto has = [&](const char *n) { return h.find(n) >= 0; };
    const auto any = [&](const QRegularExpression &re) {
        for (const QString &u : h.upper)
            if (re.match(u).hasMatch())
                return true;
        return false;
    };
    if (has("GEO_OBJECT") && has("OBS_VALUE"))
        return Format::FilosofiLong;
    if (has("TYPEQU") && has("DEPCOM"))
        return Format::Bpe;
    if (has("NBLSPLS") && has("CODGEO"))
        return Format::Rpls;
    if (has("IRIS")) {
        for (const QString &u : h.upper)
            if (u.startsWith(QLatin1String("DISP_")))
                return Format::FilosofiIris;
        if (any(census))
            return Format::RpIris;
    }
    if (has("CODGEO")) {
        // The dossier complet has the census' household tables (C21_MEN…); the comparateur
        // only a few population and housing columns (P22_POP, P22_MEN…).
        static const QRegularExpression households(QStringLiteral("^C\\d\\d_"));
        if (h.upper.size() > 100 || any(households))
            return Format::DossierComplet;
        if (any(pop))
            return Format::Comparateur;
        if (any(filo))
            return Format::Filosofi;
    }
    return std::nullopt;
}

QString unknownLayout(const QString &path, const Header &h)
{
    QStringList first = h.names.mid(0, 5);
    return at(path, 1, Tr::tr("unknown layout (the header starts “%1”): not one of the "
                              "statistics files Maillage reads; give --format if it is one")
                           .arg(first.join(QLatin1Char(';'))));
}

QString sourceName(Format f)
{
    switch (f) {
    case Format::DossierComplet: return Tr::tr("INSEE, dossier complet");
    case Format::Comparateur: return Tr::tr("INSEE, comparateur de territoires");
    case Format::Filosofi:
    case Format::FilosofiLong: return Tr::tr("INSEE, Filosofi");
    case Format::FilosofiIris: return Tr::tr("INSEE, Filosofi by IRIS");
    case Format::RpIris: return Tr::tr("INSEE, census by IRIS");
    case Format::Bpe: return Tr::tr("INSEE, permanent base of equipment (BPE)");
    case Format::Apl: return Tr::tr("DREES, local access to GPs (APL)");
    case Format::Rpls: return Tr::tr("SDES, social housing (RPLS)");
    case Format::EpciComposition: return Tr::tr("INSEE, composition of the EPCI");
    }
    return {};
}

bool isCensus(Format f)
{
    return f == Format::DossierComplet || f == Format::Comparateur || f == Format::RpIris;
}

} // namespace readerparts

using namespace readerparts;

std::optional<Format> detectFormat(const QString &path, QString *error)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        xlsx::Workbook book;
        if (!book.open(path, error))
            return std::nullopt;
        return book.sheets().contains(kCompositionSheet) ? Format::EpciComposition : Format::Apl;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = at(path, 0, Tr::tr("cannot be read (%1)").arg(f.errorString()));
        return std::nullopt;
    }
    LineReader lines(&f);
    Header h;
    if (!readHeader(f, lines, path, &h, error))
        return std::nullopt;
    if (auto format = formatOfHeader(h))
        return format;
    *error = unknownLayout(path, h);
    return std::nullopt;
}

namespace {

// Communes merged since the file's geography give several rows for their successor: counts
// are summed (a secret one makes the sum secret); medians and rates are not aggregable.
void mergeConverted(QList<Statistic> &values)
{
    QHash<QString, qsizetype> seen;
    QList<Statistic> out;
    out.reserve(values.size());
    for (Statistic &s : values) {
        if (s.level != QLatin1String("commune")) {
            out << std::move(s);
            continue;
        }
        const QString key = s.indicator + QLatin1Char('|') + s.code + QLatin1Char('|') +
                            QString::number(s.vintage);
        const auto it = seen.constFind(key);
        if (it == seen.cend()) {
            seen.insert(key, out.size());
            out << std::move(s);
            continue;
        }
        Statistic &into = out[*it];
        if (!isSummable(s.indicator)) {
            into.marker = QString::fromLatin1(kNotAggregable);
            into.value = std::numeric_limits<double>::quiet_NaN();
        } else if (into.secret()) {  // secret or not aggregable
            // stays as it is
        } else if (s.secret()) {
            into.marker = s.marker;
            into.value = std::numeric_limits<double>::quiet_NaN();
        } else {
            into.value += s.value;
        }
    }
    values = std::move(out);
}

bool readAny(const QString &path, Scope &scope, const ReadOptions &options, ReadResult *result,
             QString *error);

} // namespace

bool readFile(const QString &path, Scope &scope, const ReadOptions &options, ReadResult *result,
              QString *error)
{
    if (!readAny(path, scope, options, result, error))
        return false;
    if (options.history)
        mergeConverted(result->values);
    return true;
}

namespace {

bool readAny(const QString &path, Scope &scope, const ReadOptions &options, ReadResult *result,
             QString *error)
{
    *result = ReadResult();
    std::optional<Format> format = options.format;
    if (!format && !(format = detectFormat(path, error)))
        return false;
    result->format = *format;
    if (*format == Format::Apl)
        return readApl(path, scope, options, result, error);
    if (*format == Format::EpciComposition)
        return readEpciComposition(path, scope, options, result, error);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = at(path, 0, Tr::tr("cannot be read (%1)").arg(f.errorString()));
        return false;
    }
    LineReader lines(&f);
    Header h;
    if (!readHeader(f, lines, path, &h, error))
        return false;
    // A format given on the command line must still match the header.
    const std::optional<Format> seen = formatOfHeader(h);
    if (!seen) {
        *error = unknownLayout(path, h);
        return false;
    }
    const bool compatible =
        *seen == *format ||
        (*seen == Format::DossierComplet && *format == Format::Comparateur) ||
        (*seen == Format::Comparateur && *format == Format::DossierComplet);
    if (!compatible) {
        *error = at(path, 1, Tr::tr("the header is that of %1, not of %2")
                                 .arg(formatCode(*seen), formatCode(*format)));
        return false;
    }
    switch (*format) {
    case Format::FilosofiLong:
        return readLong(f, lines, h, path, scope, options, result, error);
    case Format::Bpe:
        return readBpe(f, lines, h, path, scope, options, result, error);
    default:
        return readWide(f, lines, h, path, *format, scope, options, result, error);
    }
}

} // namespace

} // namespace maillage::statistics
