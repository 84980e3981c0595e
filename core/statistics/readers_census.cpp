// The statistics readers of the wide layouts (one row per area: dossier complet, comparateur,
// Filosofi wide and by IRIS, census IRIS bases, RPLS) and of Filosofi's long layout.

#include "core/statistics/readers_parts.h"

#include "core/statistics/cog.h"
#include "core/util/xlsx.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstring>
#include <deque>
#include <string>
#include <unordered_map>

namespace maillage::statistics::readerparts {

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

} // namespace maillage::statistics::readerparts
