#include "core/statistics/statistics.h"

#include <QRegularExpression>

#include <charconv>

namespace maillage::statistics {

QStringList levelCodes()
{
    QStringList out;
    for (const char *l : kLevels)
        out << QString::fromLatin1(l);
    return out;
}

namespace {
struct FormatName
{
    Format format;
    const char *code;
};
constexpr FormatName kFormats[] = {
    {Format::DossierComplet, "dossier-complet"}, {Format::Comparateur, "comparateur"},
    {Format::Filosofi, "filosofi"},              {Format::FilosofiLong, "filosofi-long"},
    {Format::FilosofiIris, "filosofi-iris"},     {Format::RpIris, "rp-iris"},
    {Format::Bpe, "bpe"},                        {Format::Apl, "apl"},
    {Format::Rpls, "rpls"},                      {Format::EpciComposition, "epci-composition"},
};

// Départements by region (INSEE codes of the 2016 regions, COG).
struct RegionDeps
{
    const char *region;
    const char *departements;
};
constexpr RegionDeps kRegions[] = {
    {"11", "75 77 78 91 92 93 94 95"},
    {"24", "18 28 36 37 41 45"},
    {"27", "21 25 39 58 70 71 89 90"},
    {"28", "14 27 50 61 76"},
    {"32", "02 59 60 62 80"},
    {"44", "08 10 51 52 54 55 57 67 68 88"},
    {"52", "44 49 53 72 85"},
    {"53", "22 29 35 56"},
    {"75", "16 17 19 23 24 33 40 47 64 79 86 87"},
    {"76", "09 11 12 30 31 32 34 46 48 65 66 81 82"},
    {"84", "01 03 07 15 26 38 42 43 63 69 73 74"},
    {"93", "04 05 06 13 83 84"},
    {"94", "2A 2B"},
    {"01", "971"},
    {"02", "972"},
    {"03", "973"},
    {"04", "974"},
    {"06", "976"},
};
} // namespace

QStringList formatCodes()
{
    QStringList out;
    for (const FormatName &f : kFormats)
        out << QString::fromLatin1(f.code);
    return out;
}

QString formatCode(Format f)
{
    for (const FormatName &n : kFormats)
        if (n.format == f)
            return QString::fromLatin1(n.code);
    return {};
}

std::optional<Format> formatFromCode(const QString &code)
{
    for (const FormatName &n : kFormats)
        if (code.trimmed().compare(QLatin1String(n.code), Qt::CaseInsensitive) == 0)
            return n.format;
    return std::nullopt;
}

QString departementOf(const QString &communeCode)
{
    if (communeCode.startsWith(QLatin1String("97")) || communeCode.startsWith(QLatin1String("98")))
        return communeCode.left(3);
    return communeCode.left(2);
}

QString regionOf(const QString &departement)
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        for (const RegionDeps &r : kRegions)
            for (const QString &d :
                 QString::fromLatin1(r.departements).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                m.insert(d, QString::fromLatin1(r.region));
        return m;
    }();
    return map.value(departement);
}

bool isArrondissement(const QString &code)
{
    bool ok = false;
    const int n = code.toInt(&ok);
    return ok && code.size() == 5 &&
           ((n >= 75101 && n <= 75120) || (n >= 13201 && n <= 13216) ||
            (n >= 69381 && n <= 69389));
}

Scope Scope::of(const Territory &t)
{
    Scope s;
    static const QRegularExpression sep(QStringLiteral("[,;\\s]+"));
    for (const QString &raw : t.inseeCodes.split(sep, Qt::SkipEmptyParts)) {
        const QString c = raw.trimmed().toUpper();
        if (c.startsWith(QLatin1Char('Q')))
            s.qpv.insert(c);
        else if (c.size() == 5)
            s.communes.insert(c);
        else if (c.size() == 9 && t.kind == QLatin1String("intercommunality"))
            s.epci = c;
        else if (c.size() == 9) {
            s.iris.insert(c);
            s.communes.insert(c.left(5));
        }
    }
    if (!t.epci.trimmed().isEmpty())
        s.epci = t.epci.trimmed();
    for (const QString &c : std::as_const(s.communes)) {
        const QString d = departementOf(c);
        s.departements.insert(d);
        const QString r = regionOf(d);
        if (!r.isEmpty())
            s.regions.insert(r);
    }
    return s;
}

bool Scope::keeps(const QString &level, const QString &code) const
{
    if (level == QLatin1String("commune"))
        return communes.contains(code);
    if (level == QLatin1String("iris"))
        return iris.contains(code) || communes.contains(code.left(5));
    if (level == QLatin1String("qpv"))
        return qpv.contains(code);
    if (level == QLatin1String("epci"))
        return !epci.isEmpty() && epci == code;
    if (level == QLatin1String("departement"))
        return departements.contains(code);
    if (level == QLatin1String("region"))
        return regions.contains(code);
    return level == QLatin1String("france");
}

Cell parseCell(std::string_view text, double *value, QString *marker)
{
    // Trim ASCII blanks and the two no-break spaces (UTF-8 C2 A0, E2 80 AF) at both ends.
    char buf[64];
    size_t n = 0;
    bool any = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == ' ' || c == '\t' || c == '\r' || c == '"')
            continue;
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
            ++i;
            continue;
        }
        if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
            static_cast<unsigned char>(text[i + 2]) == 0xAF) {
            i += 2;
            continue;
        }
        if (n + 1 >= sizeof buf)
            return Cell::Invalid;
        buf[n++] = c == ',' ? '.' : char(c);
        any = true;
    }
    if (!any)
        return Cell::Empty;
    const std::string_view t(buf, n);
    auto ci = [&](const char *m) {
        const std::string_view mv(m);
        if (mv.size() != t.size())
            return false;
        for (size_t i = 0; i < t.size(); ++i)
            if (std::tolower(static_cast<unsigned char>(t[i])) != mv[i])
                return false;
        return true;
    };
    for (const char *m : {"s", "nd", "ns", "so", "c", "na", "n.d.", "secret"}) {
        if (ci(m)) {
            *marker = QString::fromLatin1(t.data(), qsizetype(t.size()));
            return Cell::Secret;
        }
    }
    const char *begin = buf;
    if (*begin == '+')
        ++begin;
    double v = 0;
    const auto [end, ec] = std::from_chars(begin, buf + n, v);
    if (ec != std::errc() || end != buf + n)
        return Cell::Invalid;
    *value = v;
    return Cell::Number;
}

ColumnCode splitColumnCode(const QString &column)
{
    // P21_POP, C21_MENPSEUL, DEC_MED21 are not alike: a letter prefix and two digits before an
    // underscore is a census year; four digits at the end whose halves increase is a period
    // (NAIS1521: births 2015-2021); otherwise two digits at the end are the year.
    static const QRegularExpression census(QStringLiteral("^([A-Z]+)(\\d\\d)_(\\w+)$"));
    static const QRegularExpression period(QStringLiteral("^([A-Z_]*[A-Z])(\\d\\d)(\\d\\d)$"));
    static const QRegularExpression trailing(QStringLiteral("^(\\w*[A-Z_]\\w*)(\\d\\d)$"));
    const QString c = column.trimmed().toUpper();
    if (auto m = census.match(c); m.hasMatch())
        return {m.captured(1) + QLatin1Char('_') + m.captured(3), 2000 + m.captured(2).toInt()};
    if (auto m = period.match(c); m.hasMatch() && m.captured(2).toInt() < m.captured(3).toInt() &&
                                  m.captured(3).toInt() - m.captured(2).toInt() <= 10)
        return {m.captured(1), 2000 + m.captured(3).toInt()};
    if (auto m = trailing.match(c); m.hasMatch())
        return {m.captured(1), 2000 + m.captured(2).toInt()};
    return {c, 0};
}

bool isSummable(const QString &indicator)
{
    static const QSet<QString> ratios{QStringLiteral("RD"), QStringLiteral("S80S20"),
                                      QStringLiteral("GI"), QStringLiteral("INCERT"),
                                      QStringLiteral("NOTE")};
    const QString unit = unitOf(indicator);
    return (unit.isEmpty() || unit == QStringLiteral("km²")) && !ratios.contains(indicator) &&
           !indicator.startsWith(QLatin1String("APL_"));
}

QString unitOf(const QString &indicator)
{
    static const QRegularExpression percent(
        QStringLiteral("^(TP60.*|PIMP|PACT|PTSA|PCHO|PBEN|PPEN|PPAT|PPSOC|PPFAM|PPMINI|PPLOGT|"
                       "PIMPOT|RPLS_TXVAC|RPLS_TXROT|S_.*|PR_.*)$"));
    static const QRegularExpression euros(
        QStringLiteral("^(MED|D\\d|Q\\d|DEC_.*|RPLS_MOYLOY|RPLS_MEDLOY|.*_SL)$"));
    if (percent.match(indicator).hasMatch())
        return QStringLiteral("%");
    if (euros.match(indicator).hasMatch())
        return QStringLiteral("euros");
    if (indicator == QLatin1String("SUPERF"))
        return QStringLiteral("km²");
    if (indicator.startsWith(QLatin1String("APL")))
        return QStringLiteral("consultations");
    return {};
}

} // namespace maillage::statistics
