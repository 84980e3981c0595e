// The statistics reader of INSEE's BPE (one row per equipment, or counts before 2022).

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

namespace {

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

} // namespace

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

} // namespace maillage::statistics::readerparts
