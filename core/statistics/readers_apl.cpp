// The statistics readers of the .xlsx files: DREES's APL and INSEE's EPCI composition.

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

} // namespace maillage::statistics::readerparts
