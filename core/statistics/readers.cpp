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
#include "statistics.h"
#include "cog.h"
#include "util/xlsx.h"

#include "io/csv.h"

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

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::statistics::Reader)
};

QString at(const QString &path, qint64 line, const QString &what)
{
    return io::CsvReader::located(path, line, what);
}

// Reads a file line by line through one buffer: memory is one buffer and the longest line.
class LineReader
{
public:
    explicit LineReader(QFile *f) : m_file(f) { m_buffer.reserve(kChunk * 2); }
    // The next line without its end of line; false at the end or on a read error.
    bool next(std::string_view *line)
    {
        for (;;) {
            const char *start = m_buffer.data() + m_pos;
            const size_t left = m_buffer.size() - m_pos;
            const void *nl = left ? std::memchr(start, '\n', left) : nullptr;
            if (nl || (m_eof && left)) {
                size_t len = nl ? size_t(static_cast<const char *>(nl) - start) : left;
                m_pos += len + (nl ? 1 : 0);
                if (len && start[len - 1] == '\r')
                    --len;
                *line = std::string_view(start, len);
                ++m_line;
                return true;
            }
            if (m_eof)
                return false;
            m_buffer.erase(0, m_pos);
            m_pos = 0;
            const size_t old = m_buffer.size();
            m_buffer.resize(old + kChunk);
            const qint64 got = m_file->read(m_buffer.data() + old, kChunk);
            if (got < 0) {
                m_error = true;
                m_buffer.resize(old);
                return false;
            }
            m_buffer.resize(old + size_t(got));
            if (got == 0)
                m_eof = true;
        }
    }
    qint64 line() const { return m_line; }
    bool failed() const { return m_error; }

private:
    static constexpr size_t kChunk = 1 << 22;
    QFile *m_file;
    std::string m_buffer;
    size_t m_pos = 0;
    qint64 m_line = 0;
    bool m_eof = false;
    bool m_error = false;
};

// Splits `line` on `sep` into at most `max` fields (all when max is 0). Quoted fields lose their
// quotes; doubled quotes inside are undoubled into `store`.
void split(std::string_view line, char sep, std::vector<std::string_view> &out,
           std::deque<std::string> &store, size_t max = 0)
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

// Sums for the comparison areas: (level, code, indicator, vintage) → sum, and a weight for
// weighted means. Their number is bounded by the areas kept, not by the file's rows.
struct Sums
{
    struct Acc
    {
        double sum = 0, weight = 0;
        QString marker;
        QString unit;
    };
    QHash<QString, Acc> acc;
    QHash<QString, Statistic> proto;

    void add(const QString &level, const QString &area, const QString &indicator, int vintage,
             Cell cell, double value, const QString &marker, double weight = -1)
    {
        const QString k = level + QLatin1Char('|') + area + QLatin1Char('|') + indicator +
                          QLatin1Char('|') + QString::number(vintage);
        auto it = acc.find(k);
        if (it == acc.end()) {
            it = acc.insert(k, {});
            Statistic s;
            s.level = level;
            s.code = area;
            s.indicator = indicator;
            s.vintage = vintage;
            proto.insert(k, s);
        }
        if (cell == Cell::Secret) {
            it->marker = marker;
        } else if (cell == Cell::Number) {
            if (weight >= 0) {
                it->sum += value * weight;
                it->weight += weight;
            } else {
                it->sum += value;
            }
        }
    }
    void flush(QList<Statistic> &out, const QString &source, int geographyYear,
              bool weighted) const
    {
        for (auto it = acc.cbegin(); it != acc.cend(); ++it) {
            Statistic s = proto.value(it.key());
            s.source = source;
            s.geographyYear = geographyYear;
            s.unit = unitOf(s.indicator);
            if (!it->marker.isEmpty())
                s.marker = it->marker;
            else if (weighted && it->weight > 0)
                s.value = it->sum / it->weight;
            else if (weighted)
                continue;
            else
                s.value = it->sum;
            out << s;
        }
    }
};

// The comparison areas a commune's row is summed into.
struct Comparisons
{
    QList<QPair<QString, QString>> areas;  // (level, code)
};
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

struct Header
{
    QStringList names;       // as written, trimmed
    QStringList upper;       // upper case
    char separator = ';';
    int find(const char *name) const { return int(upper.indexOf(QLatin1String(name))); }
};

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

// Wide files: one row per area, a code column, one column per indicator and year.
bool readWide(QFile &f, LineReader &lines, const Header &h, const QString &path, Format format,
              Scope &scope, const ReadOptions &options, ReadResult *result, QString *error)
{
    const QString source = sourceName(format);
    int codeCol = h.find("CODGEO");
    int communeCol = -1;
    QString fixedLevel;
    if (format == Format::FilosofiIris || format == Format::RpIris) {
        codeCol = h.find("IRIS");
        communeCol = h.find("COM");
        fixedLevel = QStringLiteral("iris");
    } else if (format == Format::DossierComplet || format == Format::Comparateur) {
        fixedLevel = QStringLiteral("commune");
    } else {
        fixedLevel = levelFromName(path);
    }
    if (codeCol < 0) {
        *error = at(path, 1, Tr::tr("no column %1").arg(format == Format::FilosofiIris ||
                                                                format == Format::RpIris
                                                            ? QStringLiteral("IRIS")
                                                            : QStringLiteral("CODGEO")));
        return false;
    }
    const int fileYear = yearInName(path);
    struct Column
    {
        QString indicator;
        int vintage = 0;
        bool skip = false;
        bool summed = false;
    };
    std::vector<Column> columns(size_t(h.names.size()));
    int maxSummed = -1;
    int latestCensus = 0;
    for (int i = 0; i < int(h.names.size()); ++i) {
        Column &c = columns[size_t(i)];
        const QString &u = h.upper.at(i);
        if (i == codeCol || i == communeCol || u.startsWith(QLatin1String("LIB")) ||
            u.startsWith(QLatin1String("LAB_")) || u.startsWith(QLatin1String("TYP_")) ||
            u == QLatin1String("DEP") || u == QLatin1String("REG") || u == QLatin1String("UU2020") ||
            u == QLatin1String("GRD_QUART") || u == QLatin1String("MODIF_IRIS") ||
            u == QLatin1String("TRIRIS") || u.isEmpty()) {
            c.skip = true;
            continue;
        }
        if (format == Format::Rpls) {
            c.indicator = QStringLiteral("RPLS_") + u;
            c.vintage = fileYear;
        } else {
            const ColumnCode cc = splitColumnCode(u);
            c.indicator = cc.indicator;
            c.vintage = cc.year;
            if (format == Format::FilosofiIris && c.indicator.startsWith(QLatin1String("DISP_")))
                c.indicator = c.indicator.mid(5);
        }
        if (c.vintage == 0)
            c.vintage = fileYear;
        if (isCensus(format) && (c.indicator.startsWith(QLatin1String("P_")) ||
                                 c.indicator.startsWith(QLatin1String("C_"))))
            latestCensus = std::max(latestCensus, c.vintage);
        c.summed = fixedLevel != QLatin1String("iris") && summed(c.indicator);
        if (c.summed)
            maxSummed = i;
    }
    // Columns without a year (SUPERF) take the latest census year, else the file name's.
    for (Column &c : columns)
        if (!c.skip && c.vintage == 0)
            c.vintage = latestCensus;
    for (int i = 0; i < int(columns.size()); ++i)
        if (!columns[size_t(i)].skip && columns[size_t(i)].vintage == 0) {
            *error = at(path, 1,
                        Tr::tr("cannot tell the year of column %1: the file's name holds no "
                               "year")
                            .arg(h.names.at(i)));
            return false;
        }
    // INSEE publishes the census of year N in the geography of 1 January N+3.
    int geographyYear = options.geographyYear ? options.geographyYear : geographyYearInName(path);
    if (!geographyYear && isCensus(format) && latestCensus)
        geographyYear = latestCensus + 3;

    Sums sums;
    std::vector<std::string_view> fields;
    std::deque<std::string> store;
    std::string_view line;
    const size_t width = size_t(h.names.size());
    while (lines.next(&line)) {
        if (line.empty())
            continue;
        ++result->rows;
        split(line, h.separator, fields, store, size_t(codeCol) + 1);
        if (fields.size() <= size_t(codeCol)) {
            *error = at(path, lines.line(), Tr::tr("has no %1 field").arg(h.names.at(codeCol)));
            return false;
        }
        QString area = code(fields[size_t(codeCol)]);
        QString level = fixedLevel.isEmpty() ? levelFromShape(area) : fixedLevel;
        if (level == QLatin1String("commune"))
            area = currentCommune(options, area, geographyYear);
        QString storedCode = level == QLatin1String("france") ? QString::fromLatin1(kFranceCode)
                                                                : area;
        if (format == Format::Rpls && fixedLevel.isEmpty() && area.size() == 9 &&
            scope.communes.contains(area.left(5)))
            level = QStringLiteral("iris");
        const bool keep = !level.isEmpty() && scope.keeps(level, storedCode);
        const bool sum = maxSummed >= 0 && level == QLatin1String("commune");
        if (!keep && !sum)
            continue;
        split(line, h.separator, fields, store, keep ? 0 : size_t(maxSummed) + 1);
        // A row cut short is refused even where only its first columns are summed.
        if ((keep && fields.size() != width) ||
            (!keep && fields.size() < size_t(maxSummed) + 1)) {
            *error = at(path, lines.line(),
                        Tr::tr("%1 fields where the header has %2").arg(fields.size()).arg(width));
            return false;
        }
        const Comparisons cmp = sum ? comparisonsOf(scope, area) : Comparisons();
        const size_t upto = keep ? fields.size() : std::min(fields.size(), size_t(maxSummed) + 1);
        for (size_t i = 0; i < upto; ++i) {
            const Column &c = columns[i];
            if (c.skip || (!keep && !c.summed))
                continue;
            double v = 0;
            QString marker;
            const Cell cell = parseCell(fields[i], &v, &marker);
            if (cell == Cell::Invalid) {
                *error = at(path, lines.line(),
                            Tr::tr("“%1” in column %2 is not a number")
                                .arg(text(fields[i]), h.names.at(int(i))));
                return false;
            }
            if (cell == Cell::Empty)
                continue;
            if (keep) {
                Statistic s;
                s.indicator = c.indicator;
                s.level = level;
                s.code = storedCode;
                s.vintage = c.vintage;
                s.source = source;
                s.unit = unitOf(c.indicator);
                s.geographyYear = geographyYear;
                if (cell == Cell::Secret)
                    s.marker = marker;
                else
                    s.value = v;
                result->values << s;
            }
            if (c.summed)
                for (const auto &[l, a] : cmp.areas)
                    sums.add(l, a, c.indicator, c.vintage, cell, v, marker);
        }
    }
    if (lines.failed()) {
        *error = at(path, lines.line(), Tr::tr("cannot be read (%1)").arg(f.errorString()));
        return false;
    }
    sums.flush(result->values, source, geographyYear, false);
    return true;
}

// The long format: one row per (area, measure, year).
bool readLong(QFile &f, LineReader &lines, const Header &h, const QString &path, Scope &scope,
              const ReadOptions &options, ReadResult *result, QString *error)
{
    const int geo = h.find("GEO"), object = h.find("GEO_OBJECT"),
              measure = h.find("FILOSOFI_MEASURE"), unit = h.find("UNIT_MEASURE"),
              conf = h.find("CONF_STATUS"), period = h.find("TIME_PERIOD"),
              value = h.find("OBS_VALUE");
    if (geo < 0 || object < 0 || measure < 0 || period < 0 || value < 0) {
        *error = at(path, 1, Tr::tr("a long-format file needs GEO, GEO_OBJECT, FILOSOFI_MEASURE, "
                                    "TIME_PERIOD and OBS_VALUE"));
        return false;
    }
    static const QHash<QString, QString> pivot{
        {QStringLiteral("MED_SL"), QStringLiteral("MED")},
        {QStringLiteral("PR_MD60"), QStringLiteral("TP60")},
        {QStringLiteral("S_SOC_BEN_DI"), QStringLiteral("PPSOC")},
        {QStringLiteral("D1_SL"), QStringLiteral("D1")},
        {QStringLiteral("D9_SL"), QStringLiteral("D9")},
        {QStringLiteral("Q1_SL"), QStringLiteral("Q1")},
        {QStringLiteral("Q3_SL"), QStringLiteral("Q3")},
    };
    const int geographyYear =
        options.geographyYear ? options.geographyYear : geographyYearInName(path);
    const QString source = sourceName(Format::FilosofiLong);
    std::vector<std::string_view> fields;
    std::deque<std::string> store;
    std::string_view line;
    const size_t width = size_t(h.names.size());
    while (lines.next(&line)) {
        if (line.empty())
            continue;
        ++result->rows;
        split(line, h.separator, fields, store);
        if (fields.size() != width) {
            *error = at(path, lines.line(),
                        Tr::tr("%1 fields where the header has %2").arg(fields.size()).arg(width));
            return false;
        }
        const QString obj = text(fields[size_t(object)]).toUpper();
        QString level;
        if (obj == QLatin1String("COM") || obj == QLatin1String("ARM"))
            level = QStringLiteral("commune");
        else if (obj == QLatin1String("IRIS"))
            level = QStringLiteral("iris");
        else if (obj == QLatin1String("EPCI"))
            level = QStringLiteral("epci");
        else if (obj == QLatin1String("DEP"))
            level = QStringLiteral("departement");
        else if (obj == QLatin1String("REG"))
            level = QStringLiteral("region");
        else if (obj.startsWith(QLatin1String("FR")) || obj == QLatin1String("PAYS"))
            level = QStringLiteral("france");
        else
            continue;  // other zonings (employment areas, urban units…)
        QString area = level == QLatin1String("france") ? QString::fromLatin1(kFranceCode)
                                                         : code(fields[size_t(geo)]);
        if (level == QLatin1String("commune"))
            area = currentCommune(options, area, geographyYear);
        if (!scope.keeps(level, area))
            continue;
        bool ok = false;
        const int year = text(fields[size_t(period)]).left(4).toInt(&ok);
        if (!ok || year < 1900) {
            *error = at(path, lines.line(),
                        Tr::tr("“%1” in TIME_PERIOD is not a year").arg(text(fields[size_t(period)])));
            return false;
        }
        const QString m = text(fields[size_t(measure)]).toUpper();
        Statistic s;
        s.indicator = pivot.value(m, m);
        s.level = level;
        s.code = area;
        s.vintage = year;
        s.source = source;
        s.geographyYear = geographyYear;
        const QString u = unit >= 0 ? text(fields[size_t(unit)]).toUpper() : QString();
        s.unit = u.startsWith(QLatin1String("EUR"))  ? QStringLiteral("euros")
                 : u == QLatin1String("PC") || u == QLatin1String("PT") ? QStringLiteral("%")
                                                      : unitOf(s.indicator);
        double v = 0;
        QString marker;
        const Cell cell = parseCell(fields[size_t(value)], &v, &marker);
        const bool confidential =
            conf >= 0 && text(fields[size_t(conf)]).compare(QLatin1String("C"),
                                                            Qt::CaseInsensitive) == 0;
        if (cell == Cell::Invalid) {
            *error = at(path, lines.line(),
                        Tr::tr("“%1” in OBS_VALUE is not a number").arg(text(fields[size_t(value)])));
            return false;
        }
        if (confidential)
            s.marker = QStringLiteral("C");
        else if (cell == Cell::Secret)
            s.marker = marker;
        else if (cell == Cell::Empty)
            continue;
        else
            s.value = v;
        result->values << s;
    }
    if (lines.failed()) {
        *error = at(path, lines.line(), Tr::tr("cannot be read (%1)").arg(f.errorString()));
        return false;
    }
    return true;
}

// Maps keyed by std::string, looked up by std::string_view without a copy.
struct SvHash
{
    using is_transparent = void;
    size_t operator()(std::string_view v) const { return std::hash<std::string_view>{}(v); }
};
template <class V> using SvMap = std::unordered_map<std::string, V, SvHash, std::equal_to<>>;

// A commune code's slot in a dense table (two characters of département, or 2A/2B, then
// three digits; overseas 97x codes fit as 97 then x and two digits); -1 when not one.
int communeSlot(std::string_view c)
{
    auto digit = [](char ch) { return ch >= '0' && ch <= '9'; };
    if (c.size() != 5 || !digit(c[2]) || !digit(c[3]) || !digit(c[4]))
        return -1;
    int dep = 0;
    if (digit(c[0]) && digit(c[1]))
        dep = (c[0] - '0') * 10 + (c[1] - '0');
    else if (c[0] == '2' && (c[1] == 'A' || c[1] == 'a'))
        dep = 100;
    else if (c[0] == '2' && (c[1] == 'B' || c[1] == 'b'))
        dep = 101;
    else
        return -1;
    return dep * 1000 + (c[2] - '0') * 100 + (c[3] - '0') * 10 + (c[4] - '0');
}
constexpr int kCommuneSlots = 102 * 1000;

// An equipment type's slot (a letter and three digits: D201); -1 when not one.
int typeSlot(std::string_view t)
{
    if (t.size() != 4 || t[0] < 'A' || t[0] > 'Z')
        return -1;
    int n = 0;
    for (size_t i = 1; i < 4; ++i) {
        if (t[i] < '0' || t[i] > '9')
            return -1;
        n = n * 10 + (t[i] - '0');
    }
    return (t[0] - 'A') * 1000 + n;
}

// The BPE: counted by type, domain and in all, for the kept areas.
bool readBpe(QFile &f, LineReader &lines, const Header &h, const QString &path, Scope &scope,
             const ReadOptions &options, ReadResult *result, QString *error)
{
    const int depcom = h.find("DEPCOM"), typequ = h.find("TYPEQU"), iris = h.find("DCIRIS"),
              epci = h.find("EPCI"), dep = h.find("DEP"), reg = h.find("REG"), an = h.find("AN"),
              count = h.find("NB_EQUIP");
    int qp = -1;
    static const QRegularExpression qpColumn(QStringLiteral("^QP(\\d{4})?$"));
    for (int i = 0; i < int(h.upper.size()) && qp < 0; ++i)
        if (qpColumn.match(h.upper.at(i)).hasMatch())
            qp = i;
    const int fileYear = yearInName(path);
    if (an < 0 && !fileYear) {
        *error = at(path, 1, Tr::tr("no column AN and no year in the file's name"));
        return false;
    }
    // Counted per row without building a string: 2.5 million rows. "TYPE|year" keys are
    // numbered; each area holds a vector of counts by key number. Bounded by areas × types.
    // Per row, dense tables indexed by the commune's and the type's codes replace hash
    // lookups (the national file has 35 000 communes and ~200 types).
    SvMap<int> keyIndex;
    QStringList keys;
    std::vector<int> typeKey(26 * 1000, -1);
    int typeKeyYear = -1;
    std::vector<double> france;
    using Area = std::pair<std::string, std::vector<double>>;
    std::vector<Area> deps, regions;  // the territory's: one or two each
    for (const QString &d : std::as_const(scope.departements))
        deps.emplace_back(d.toStdString(), std::vector<double>());
    for (const QString &r : std::as_const(scope.regions))
        regions.emplace_back(r.toStdString(), std::vector<double>());
    auto findArea = [](std::vector<Area> &areas, std::string_view code) -> std::vector<double> * {
        for (Area &a : areas)
            if (a.first == code)
                return &a.second;
        return nullptr;
    };
    SvMap<int> communes;
    std::vector<char> inScope(kCommuneSlots, 0);
    for (const QString &c : std::as_const(scope.communes)) {
        communes.emplace(c.toStdString(), 0);
        if (const int slot = communeSlot(c.toStdString()); slot >= 0)
            inScope[size_t(slot)] = 1;
    }
    SvMap<int> epciIds;
    std::vector<std::string> epciNames;
    std::vector<std::vector<double>> epciCounts;
    std::vector<int> epciOfSlot(kCommuneSlots, -1);
    SvMap<int> epciOfOddCommune;  // codes that have no slot
    QHash<QString, QHash<QString, double>> counts;  // the territory's communes, IRIS, QPV
    auto add = [](std::vector<double> &v, int k, double n) {
        if (v.size() <= size_t(k))
            v.resize(size_t(k) + 1);
        v[size_t(k)] += n;
    };
    auto trim = [](std::string_view v) {
        while (!v.empty() && (v.front() == ' ' || v.front() == '"'))
            v.remove_prefix(1);
        while (!v.empty() && (v.back() == ' ' || v.back() == '"' || v.back() == '\r'))
            v.remove_suffix(1);
        return v;
    };
    const CommuneHistory *history = options.history.get();
    const int bpeGeography =
        options.geographyYear ? options.geographyYear : geographyYearInName(path);
    std::vector<std::string_view> fields;
    std::deque<std::string> store;
    std::string_view line;
    const size_t width = size_t(h.names.size());
    char keyBuffer[64];
    char communeBuffer[8];
    while (lines.next(&line)) {
        if (line.empty())
            continue;
        ++result->rows;
        split(line, h.separator, fields, store);
        if (fields.size() != width) {
            *error = at(path, lines.line(),
                        Tr::tr("%1 fields where the header has %2").arg(fields.size()).arg(width));
            return false;
        }
        std::string_view commune = trim(fields[size_t(depcom)]);
        const std::string_view type = trim(fields[size_t(typequ)]);
        if (commune.size() == 4 && std::all_of(commune.begin(), commune.end(), ::isdigit)) {
            communeBuffer[0] = '0';  // a code whose leading zero a spreadsheet dropped
            std::memcpy(communeBuffer + 1, commune.data(), 4);
            commune = std::string_view(communeBuffer, 5);
        }
        if (history && commune.size() == 5) {
            // A commune merged since the file's geography counts in its successor.
            const QString now = history->current(
                QString::fromLatin1(commune.data(), qsizetype(commune.size())), bpeGeography);
            if (now.size() == 5 && now != QLatin1String(commune.data(), qsizetype(commune.size()))) {
                std::memcpy(communeBuffer, now.toLatin1().constData(), 5);
                commune = std::string_view(communeBuffer, 5);
            }
        }
        if (commune.size() != 5 || type.empty() || type.size() > 16) {
            *error = at(path, lines.line(), Tr::tr("“%1” is not a commune code with an equipment "
                                                   "type")
                                                .arg(text(commune)));
            return false;
        }
        int year = fileYear;
        if (an >= 0) {
            const std::string_view y = trim(fields[size_t(an)]);
            const auto [end, ec] = std::from_chars(y.data(), y.data() + y.size(), year);
            if (ec != std::errc() || end != y.data() + y.size()) {
                *error = at(path, lines.line(),
                            Tr::tr("“%1” in AN is not a year").arg(text(fields[size_t(an)])));
                return false;
            }
        }
        double n = 1;
        if (count >= 0) {
            QString marker;
            if (parseCell(fields[size_t(count)], &n, &marker) != Cell::Number) {
                *error = at(path, lines.line(),
                            Tr::tr("“%1” in NB_EQUIP is not a number")
                                .arg(text(fields[size_t(count)])));
                return false;
            }
        }
        // The key number of "TYPE|year" (types upper-cased as INSEE writes them).
        size_t k = 0;
        for (const char c : type)
            keyBuffer[k++] = char(std::toupper(static_cast<unsigned char>(c)));
        keyBuffer[k++] = '|';
        const auto [yend, yec] = std::to_chars(keyBuffer + k, keyBuffer + sizeof keyBuffer, year);
        Q_UNUSED(yec)
        const std::string_view keyView(keyBuffer, size_t(yend - keyBuffer));
        const int ts = typeSlot(std::string_view(keyBuffer, type.size()));
        if (year != typeKeyYear) {
            std::fill(typeKey.begin(), typeKey.end(), -1);
            typeKeyYear = year;
        }
        int key = ts >= 0 ? typeKey[size_t(ts)] : -1;
        if (key < 0) {
            auto ki = keyIndex.find(keyView);
            if (ki == keyIndex.end()) {
                ki = keyIndex.emplace(std::string(keyView), int(keys.size())).first;
                keys << QString::fromLatin1(keyView.data(), qsizetype(keyView.size()));
            }
            key = ki->second;
            if (ts >= 0)
                typeKey[size_t(ts)] = key;
        }
        add(france, key, n);
        const int slot = communeSlot(commune);
        int epciId = slot >= 0 ? epciOfSlot[size_t(slot)] : -1;
        if (epciId < 0 && epci >= 0) {
            if (slot < 0)
                if (auto it = epciOfOddCommune.find(commune); it != epciOfOddCommune.end())
                    epciId = it->second;
            const std::string_view e = trim(fields[size_t(epci)]);
            if (epciId < 0 && !e.empty()) {
                auto it = epciIds.find(e);
                if (it == epciIds.end()) {
                    it = epciIds.emplace(std::string(e), int(epciNames.size())).first;
                    epciNames.emplace_back(e);
                    epciCounts.emplace_back();
                }
                epciId = it->second;
                if (slot >= 0)
                    epciOfSlot[size_t(slot)] = epciId;
                else
                    epciOfOddCommune.emplace(std::string(commune), epciId);
            }
        }
        if (epciId >= 0)
            add(epciCounts[size_t(epciId)], key, n);
        const bool overseas = commune.substr(0, 2) == "97" || commune.substr(0, 2) == "98";
        const std::string_view d =
            dep >= 0 ? trim(fields[size_t(dep)]) : commune.substr(0, overseas ? 3 : 2);
        if (auto *v = findArea(deps, d))
            add(*v, key, n);
        if (reg >= 0) {
            if (auto *v = findArea(regions, trim(fields[size_t(reg)])))
                add(*v, key, n);
        } else if (!regions.empty()) {
            if (auto *v = findArea(regions, regionOf(text(d)).toStdString()))
                add(*v, key, n);
        }
        if (slot >= 0 ? inScope[size_t(slot)] != 0 : communes.find(commune) != communes.end()) {
            const QString c = text(commune);
            const QString &keyText = keys.at(key);
            counts[QStringLiteral("commune|") + c][keyText] += n;
            const QString i = iris >= 0 ? code(fields[size_t(iris)]) : QString();
            if (i.size() == 9)
                counts[QStringLiteral("iris|") + i][keyText] += n;
            const QString q = qp >= 0 ? code(fields[size_t(qp)]) : QString();
            if (q.startsWith(QLatin1Char('Q')))
                counts[QStringLiteral("qpv|") + q][keyText] += n;
        }
    }
    if (lines.failed()) {
        *error = at(path, lines.line(), Tr::tr("cannot be read (%1)").arg(f.errorString()));
        return false;
    }
    auto toHash = [&](const std::vector<double> &v) {
        QHash<QString, double> out;
        for (size_t k = 0; k < v.size(); ++k)
            if (v[k] != 0)
                out.insert(keys.at(qsizetype(k)), v[k]);
        return out;
    };
    counts[QStringLiteral("france|") + QLatin1String(kFranceCode)] = toHash(france);
    for (const auto &[d, v] : deps)
        if (!v.empty())
            counts[QStringLiteral("departement|") + QString::fromStdString(d)] = toHash(v);
    for (const auto &[r, v] : regions)
        if (!v.empty())
            counts[QStringLiteral("region|") + QString::fromStdString(r)] = toHash(v);
    // Which EPCI each commune belongs to, for the sums of later files.
    auto learn = [&](const QString &commune, int id) {
        if (!isArrondissement(commune))
            scope.epciOfCommune.insert(commune,
                                       QString::fromStdString(epciNames[size_t(id)]));
    };
    static const char *const deps2[] = {"2A", "2B"};
    for (int slot = 0; slot < kCommuneSlots; ++slot) {
        const int id = epciOfSlot[size_t(slot)];
        if (id < 0)
            continue;
        const int dep = slot / 1000;
        const QString d = dep >= 100 ? QString::fromLatin1(deps2[dep - 100])
                                     : QStringLiteral("%1").arg(dep, 2, 10, QLatin1Char('0'));
        learn(d + QStringLiteral("%1").arg(slot % 1000, 3, 10, QLatin1Char('0')), id);
    }
    for (const auto &[c, id] : epciOfOddCommune)
        learn(QString::fromStdString(c), id);
    // The territory's EPCI: the one all its communes belong to.
    if (scope.epci.isEmpty() && !scope.communes.isEmpty()) {
        QSet<QString> found;
        for (const QString &c : std::as_const(scope.communes))
            found.insert(scope.epciOfCommune.value(c));
        if (found.size() == 1 && !found.begin()->isEmpty())
            scope.epci = *found.begin();
    }
    if (!scope.epci.isEmpty())
        if (auto it = epciIds.find(std::string_view(scope.epci.toStdString())); it != epciIds.end())
            counts[QStringLiteral("epci|") + scope.epci] = toHash(epciCounts[size_t(it->second)]);
    const int geographyYear =
        options.geographyYear ? options.geographyYear : geographyYearInName(path);
    const QString source = sourceName(Format::Bpe);
    for (auto a = counts.cbegin(); a != counts.cend(); ++a) {
        const QString level = a.key().section(QLatin1Char('|'), 0, 0);
        const QString area = a.key().section(QLatin1Char('|'), 1);
        if (level == QLatin1String("qpv") && !scope.qpv.isEmpty() && !scope.qpv.contains(area))
            continue;
        QHash<QString, double> totals;
        for (auto t = a->cbegin(); t != a->cend(); ++t) {
            const QString type = t.key().section(QLatin1Char('|'), 0, 0);
            const QString year = t.key().section(QLatin1Char('|'), 1);
            totals[type + QLatin1Char('|') + year] += t.value();
            totals[type.left(1) + QLatin1Char('|') + year] += t.value();
            totals[QStringLiteral("ALL|") + year] += t.value();
        }
        for (auto t = totals.cbegin(); t != totals.cend(); ++t) {
            Statistic s;
            s.indicator = QStringLiteral("BPE_") + t.key().section(QLatin1Char('|'), 0, 0);
            s.vintage = t.key().section(QLatin1Char('|'), 1).toInt();
            s.level = level;
            s.code = area;
            s.value = t.value();
            s.source = source;
            s.unit = Tr::tr("equipments");
            s.geographyYear = geographyYear;
            result->values << s;
        }
    }
    return true;
}

// DREES's APL workbook.
bool readApl(const QString &path, Scope &scope, const ReadOptions &options, ReadResult *result,
             QString *error)
{
    xlsx::Workbook book;
    if (!book.open(path, error))
        return false;
    static const QRegularExpression yearRe(QStringLiteral("(20\\d\\d)"));
    QString sheet = options.sheet;
    if (sheet.isEmpty()) {
        int best = -1;
        for (const QString &s : book.sheets()) {
            const auto m = yearRe.match(s);
            const int y = m.hasMatch() ? m.captured(1).toInt() : 0;
            if (y > best) {
                best = y;
                sheet = s;
            }
        }
    }
    QList<QPair<int, QStringList>> rows;
    if (!book.readSheet(sheet, &rows, error))
        return false;
    const QString where = Tr::tr("%1, sheet “%2”").arg(path, sheet);
    int headerIndex = -1;
    if (options.headerRow > 0) {
        for (int i = 0; i < int(rows.size()); ++i)
            if (rows.at(i).first == options.headerRow)
                headerIndex = i;
        if (headerIndex < 0) {
            *error = Tr::tr("%1: there is no row %2").arg(where).arg(options.headerRow);
            return false;
        }
    } else {
        headerIndex = xlsx::Workbook::findHeaderRow(rows);
        if (headerIndex < 0) {
            *error = Tr::tr("%1: no header row found (a row of column names)").arg(where);
            return false;
        }
    }
    QStringList header;
    for (const QString &c : rows.at(headerIndex).second)
        header << c.simplified();
    int codeCol = -1, apl65 = -1, aplAll = -1, popStd = -1, popTot = -1;
    for (int i = 0; i < int(header.size()); ++i) {
        const QString &c = header.at(i);
        if (c.startsWith(QLatin1String("Code commune"), Qt::CaseInsensitive))
            codeCol = i;
        else if (c.contains(QStringLiteral("généralistes"), Qt::CaseInsensitive) &&
                 c.contains(QLatin1String("65 ans")))
            apl65 = i;
        else if (c.compare(QStringLiteral("APL aux médecins généralistes"), Qt::CaseInsensitive) ==
                 0)
            aplAll = i;
        else if (c.startsWith(QStringLiteral("Population standardisée"), Qt::CaseInsensitive))
            popStd = i;
        else if (c.startsWith(QLatin1String("Population totale"), Qt::CaseInsensitive))
            popTot = i;
    }
    if (codeCol < 0 || apl65 < 0 || popStd < 0) {
        *error = Tr::tr("%1, row %2: not DREES's APL to GPs (no columns “Code commune INSEE”, "
                        "“APL aux médecins généralistes de 65 ans ou moins”, “Population "
                        "standardisée…”)")
                     .arg(where)
                     .arg(rows.at(headerIndex).first);
        return false;
    }
    auto yearOf = [&](const QString &s) {
        const auto m = yearRe.match(s);
        return m.hasMatch() ? m.captured(1).toInt() : 0;
    };
    const int vintage = yearOf(sheet) ? yearOf(sheet) : yearOf(header.at(popStd));
    const int popYear = yearOf(header.at(popStd)) ? yearOf(header.at(popStd)) : vintage;
    if (!vintage) {
        *error = Tr::tr("%1: cannot tell the year (neither the sheet's name nor the header "
                        "holds one)")
                     .arg(where);
        return false;
    }
    const int geographyYear = options.geographyYear;
    const QString source = sourceName(Format::Apl);
    static const QRegularExpression communeCode(QStringLiteral("^[0-9][0-9AB][0-9]{2,3}$"));
    Sums sums;
    for (int i = headerIndex + 1; i < int(rows.size()); ++i) {
        const QStringList &cells = rows.at(i).second;
        const QByteArray raw = cells.value(codeCol).trimmed().toUtf8();
        QString commune = code(std::string_view(raw.constData(), size_t(raw.size())));
        if (!communeCode.match(commune).hasMatch() || commune.size() != 5)
            continue;  // the units row, notes below the table
        commune = currentCommune(options, commune, geographyYear);
        ++result->rows;
        struct Field
        {
            int column;
            const char *indicator;
            int year;
        };
        const Field wanted[] = {{apl65, "APL_MG_65", vintage},
                                {aplAll, "APL_MG", vintage},
                                {popStd, "POP_STD_MG", popYear},
                                {popTot, "POP_TOT", popYear}};
        double apl = 0, weight = 0;
        Cell aplCell = Cell::Empty, weightCell = Cell::Empty;
        QString aplMarker;
        for (const Field &w : wanted) {
            if (w.column < 0)
                continue;
            const QByteArray bytes = cells.value(w.column).toUtf8();
            double v = 0;
            QString marker;
            const Cell cell =
                parseCell(std::string_view(bytes.constData(), size_t(bytes.size())), &v, &marker);
            if (cell == Cell::Invalid) {
                *error = Tr::tr("%1, row %2: “%3” in column “%4” is not a number")
                             .arg(where)
                             .arg(rows.at(i).first)
                             .arg(cells.value(w.column).trimmed(), header.at(w.column));
                return false;
            }
            if (w.column == apl65) {
                apl = v;
                aplCell = cell;
                aplMarker = marker;
            } else if (w.column == popStd) {
                weight = v;
                weightCell = cell;
            }
            if (cell == Cell::Empty || !scope.keepsCommune(commune))
                continue;
            Statistic s;
            s.indicator = QString::fromLatin1(w.indicator);
            s.level = QStringLiteral("commune");
            s.code = commune;
            s.vintage = w.year;
            s.source = source;
            s.unit = w.column == apl65 || w.column == aplAll
                         ? Tr::tr("consultations per inhabitant a year")
                         : Tr::tr("inhabitants");
            s.geographyYear = geographyYear;
            if (cell == Cell::Secret)
                s.marker = marker;
            else
                s.value = v;
            result->values << s;
        }
        if (weightCell == Cell::Number && aplCell != Cell::Empty)
            for (const auto &[l, a] : comparisonsOf(scope, commune).areas)
                sums.add(l, a, QStringLiteral("APL_MG_65"), vintage, aplCell, apl, aplMarker,
                         weight);
    }
    QList<Statistic> means;
    sums.flush(means, source, geographyYear, true);
    for (Statistic &s : means)
        s.unit = Tr::tr("consultations per inhabitant a year");
    result->values << means;
    return true;
}

const QString kCompositionSheet = QStringLiteral("Composition_communale");

// INSEE's EPCI composition: which EPCI each commune belongs to (no statistic).
bool readEpciComposition(const QString &path, Scope &scope, const ReadOptions &options,
                         ReadResult *result, QString *error)
{
    xlsx::Workbook book;
    if (!book.open(path, error))
        return false;
    const QString sheet = options.sheet.isEmpty() ? kCompositionSheet : options.sheet;
    QList<QPair<int, QStringList>> rows;
    if (!book.readSheet(sheet, &rows, error))
        return false;
    const QString where = Tr::tr("%1, sheet “%2”").arg(path, sheet);
    int headerIndex = -1;
    for (int i = 0; i < int(rows.size()) && headerIndex < 0; ++i)
        if (options.headerRow > 0 ? rows.at(i).first == options.headerRow
                                  : rows.at(i).second.contains(QStringLiteral("CODGEO")))
            headerIndex = i;
    QStringList header;
    if (headerIndex >= 0)
        for (const QString &c : rows.at(headerIndex).second)
            header << c.trimmed().toUpper();
    const int codeCol = int(header.indexOf(QStringLiteral("CODGEO"))),
              epciCol = int(header.indexOf(QStringLiteral("EPCI")));
    if (codeCol < 0 || epciCol < 0) {
        *error = Tr::tr("%1: no header row with the columns CODGEO and EPCI").arg(where);
        return false;
    }
    for (int i = headerIndex + 1; i < int(rows.size()); ++i) {
        const QStringList &cells = rows.at(i).second;
        const QByteArray raw = cells.value(codeCol).trimmed().toUtf8();
        const QString commune = currentCommune(
            options, code(std::string_view(raw.constData(), size_t(raw.size()))),
            options.geographyYear ? options.geographyYear : yearInName(path));
        const QString epci = cells.value(epciCol).trimmed();
        if (commune.isEmpty() && epci.isEmpty())
            continue;
        if (commune.size() != 5 || epci.size() != 9) {
            *error = Tr::tr("%1, row %2: “%3” and “%4” are not a commune's code and its EPCI's")
                         .arg(where)
                         .arg(rows.at(i).first)
                         .arg(cells.value(codeCol).trimmed(), epci);
            return false;
        }
        ++result->rows;
        scope.epciOfCommune.insert(commune, epci);
    }
    if (scope.epci.isEmpty() && !scope.communes.isEmpty()) {
        QSet<QString> found;
        for (const QString &c : std::as_const(scope.communes))
            found.insert(scope.epciOfCommune.value(c));
        if (found.size() == 1 && !found.begin()->isEmpty())
            scope.epci = *found.begin();
    }
    return true;
}

} // namespace

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
