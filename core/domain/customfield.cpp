#include "core/domain/customfield.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace maillage::fields {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::fields)
};

struct TypeName
{
    FieldType type;
    const char *code;
};
constexpr TypeName kTypes[] = {
    {FieldType::Text, "text"},     {FieldType::Number, "number"}, {FieldType::Integer, "integer"},
    {FieldType::Date, "date"},     {FieldType::YesNo, "yesno"},   {FieldType::Choice, "choice"},
    {FieldType::Url, "url"},
};

/// The text of a number without its thousands separators (spaces, no-break spaces, narrow
/// no-break spaces between digit groups), its decimal comma made a point.
QString plainNumber(QString v)
{
    static const QRegularExpression groups(
        QStringLiteral("^[-+]?\\d{1,3}([ \\x{00A0}\\x{202F}]\\d{3})+([.,]\\d+)?$"));
    if (groups.match(v).hasMatch())
        v.remove(QRegularExpression(QStringLiteral("[ \\x{00A0}\\x{202F}]")));
    if (!v.contains(QLatin1Char('.')) && v.count(QLatin1Char(',')) == 1)
        v.replace(QLatin1Char(','), QLatin1Char('.'));
    return v;
}

std::optional<QString> integer(const QString &v)
{
    static const QRegularExpression re(QStringLiteral("^[-+]?\\d{1,18}$"));
    const QString plain = plainNumber(v);
    if (!re.match(plain).hasMatch())
        return std::nullopt;
    bool ok = false;
    const qlonglong n = plain.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return QString::number(n);
}

std::optional<QString> number(const QString &v)
{
    static const QRegularExpression re(
        QStringLiteral("^[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?$"));
    const QString plain = plainNumber(v);
    if (!re.match(plain).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double d = plain.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

std::optional<QString> date(const QString &v)
{
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})([ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?$"));
    static const QRegularExpression fr(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    QDate d;
    if (const auto m = iso.match(v); m.hasMatch())
        d = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (const auto f = fr.match(v); f.hasMatch())
        d = QDate(f.captured(3).toInt(), f.captured(2).toInt(), f.captured(1).toInt());
    if (!d.isValid())
        return std::nullopt;
    return d.toString(Qt::ISODate);
}

std::optional<QString> yesNo(const QString &v, bool digits)
{
    const QString s = v.toLower();
    static const QStringList yes{QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("y"),
                                 QStringLiteral("oui"), QStringLiteral("vrai")};
    static const QStringList no{QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("n"),
                                QStringLiteral("non"), QStringLiteral("faux")};
    if (yes.contains(s) || (digits && s == QLatin1String("1")))
        return QStringLiteral("1");
    if (no.contains(s) || (digits && s == QLatin1String("0")))
        return QStringLiteral("0");
    return std::nullopt;
}

bool isUrl(const QString &v)
{
    static const QRegularExpression re(
        QStringLiteral("^(https?://|ftp://|mailto:|www\\.)\\S+$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(v).hasMatch();
}

} // namespace

QString typeCode(FieldType type)
{
    for (const TypeName &t : kTypes)
        if (t.type == type)
            return QLatin1String(t.code);
    return QStringLiteral("text");
}

std::optional<FieldType> typeFromCode(const QString &code)
{
    for (const TypeName &t : kTypes)
        if (code == QLatin1String(t.code))
            return t.type;
    return std::nullopt;
}

QString typeLabel(FieldType type)
{
    switch (type) {
    case FieldType::Text: return Tr::tr("Text");
    case FieldType::Number: return Tr::tr("Number");
    case FieldType::Integer: return Tr::tr("Whole number");
    case FieldType::Date: return Tr::tr("Date");
    case FieldType::YesNo: return Tr::tr("Yes/no");
    case FieldType::Choice: return Tr::tr("Choice list");
    case FieldType::Url: return Tr::tr("Web address");
    }
    return QString();
}

QList<FieldType> allTypes()
{
    QList<FieldType> out;
    for (const TypeName &t : kTypes)
        out << t.type;
    return out;
}

std::optional<QString> canonical(FieldType type, const QString &raw)
{
    const QString v = raw.trimmed();
    if (v.isEmpty())
        return QString();
    switch (type) {
    case FieldType::Text:
    case FieldType::Choice:
        return v;
    case FieldType::Url:
        return v.contains(QRegularExpression(QStringLiteral("\\s"))) ? std::nullopt
                                                                     : std::optional(v);
    case FieldType::Number:
        return number(v);
    case FieldType::Integer:
        return integer(v);
    case FieldType::Date:
        return date(v);
    case FieldType::YesNo:
        return yesNo(v, true);
    }
    return std::nullopt;
}

FieldType inferType(const QStringList &values)
{
    bool anyValue = false, allInteger = true, allNumber = true, allDate = true, allYesNo = true,
         allUrl = true;
    for (const QString &raw : values) {
        const QString v = raw.trimmed();
        if (v.isEmpty())
            continue;
        anyValue = true;
        if (allInteger) {
            // A code with leading zeros ("007", a postcode "01100") is not a number.
            const auto i = integer(v);
            allInteger = i && (*i == v || *i == plainNumber(v) ||
                               (v.startsWith(QLatin1Char('+')) && *i == v.mid(1)));
        }
        if (allNumber) {
            const bool leadingZero = v.size() > 1 && v.at(0) == QLatin1Char('0') &&
                                     v.at(1).isDigit();
            allNumber = !leadingZero && number(v).has_value();
        }
        allDate = allDate && date(v).has_value();
        allYesNo = allYesNo && yesNo(v, false).has_value();
        allUrl = allUrl && isUrl(v);
    }
    if (!anyValue)
        return FieldType::Text;
    if (allInteger)
        return FieldType::Integer;
    if (allNumber)
        return FieldType::Number;
    if (allDate)
        return FieldType::Date;
    if (allYesNo)
        return FieldType::YesNo;
    if (allUrl)
        return FieldType::Url;
    return FieldType::Text;
}

QString display(FieldType type, const QString &stored)
{
    if (stored.isEmpty())
        return stored;
    const QLocale locale;
    switch (type) {
    case FieldType::Number: {
        bool ok = false;
        const double d = stored.toDouble(&ok);
        // Fixed notation: 'g' would write 10000 as "1E+04".
        return ok ? locale.toString(d, 'f', QLocale::FloatingPointShortest) : stored;
    }
    case FieldType::Integer: {
        bool ok = false;
        const qlonglong n = stored.toLongLong(&ok);
        return ok ? locale.toString(n) : stored;
    }
    case FieldType::Date: {
        const QDate d = QDate::fromString(stored, Qt::ISODate);
        return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : stored;
    }
    case FieldType::YesNo:
        return stored == QLatin1String("1") ? Tr::tr("Yes") : Tr::tr("No");
    default:
        return stored;
    }
}

QString displayWithUnit(const CustomField &field, const QString &stored)
{
    const QString shown = display(field.type, stored);
    if (shown.isEmpty() || field.unit.isEmpty() ||
        (field.type != FieldType::Number && field.type != FieldType::Integer))
        return shown;
    return shown + QChar(0x00A0) + field.unit;
}

std::optional<double> orderKey(const CustomField &field, const QString &stored)
{
    if (stored.isEmpty())
        return std::nullopt;
    bool ok = false;
    switch (field.type) {
    case FieldType::Number: {
        const double d = stored.toDouble(&ok);
        return ok && std::isfinite(d) ? std::optional(d) : std::nullopt;
    }
    case FieldType::Integer: {
        const qlonglong n = stored.toLongLong(&ok);
        return ok ? std::optional(double(n)) : std::nullopt;
    }
    case FieldType::Date: {
        const QDate d = QDate::fromString(stored, Qt::ISODate);
        return d.isValid() ? std::optional(double(d.toJulianDay())) : std::nullopt;
    }
    case FieldType::YesNo:
        return stored == QLatin1String("1") ? 1.0 : 0.0;
    case FieldType::Choice: {
        const qsizetype i = field.choices.indexOf(stored);
        return double(i < 0 ? field.choices.size() : i);
    }
    case FieldType::Text:
    case FieldType::Url:
        return std::nullopt;
    }
    return std::nullopt;
}

bool isOrdered(FieldType type)
{
    return type == FieldType::Number || type == FieldType::Integer || type == FieldType::Date;
}

QList<Condition::Op> operatorsFor(FieldType type)
{
    using C = Condition;
    if (isOrdered(type))
        return {C::Equals, C::NotEquals, C::Less, C::Greater, C::IsSet, C::IsEmpty};
    if (type == FieldType::Text || type == FieldType::Url)
        return {C::Equals, C::NotEquals, C::Contains, C::IsSet, C::IsEmpty};
    return {C::Equals, C::NotEquals, C::IsSet, C::IsEmpty};
}

bool matches(const CustomField &field, const Condition &c, const QString &stored)
{
    switch (c.op) {
    case Condition::IsSet: return !stored.isEmpty();
    case Condition::IsEmpty: return stored.isEmpty();
    default: break;
    }
    if (stored.isEmpty())
        return c.op == Condition::NotEquals;
    if (isOrdered(field.type)) {
        const auto a = orderKey(field, stored), b = orderKey(field, c.value);
        if (!a || !b)
            return c.op == Condition::NotEquals;
        switch (c.op) {
        case Condition::Equals: return *a == *b;
        case Condition::NotEquals: return *a != *b;
        case Condition::Less: return *a < *b;
        case Condition::Greater: return *a > *b;
        default: return false;
        }
    }
    const bool equal = stored.compare(c.value, Qt::CaseInsensitive) == 0;
    switch (c.op) {
    case Condition::Equals: return equal;
    case Condition::NotEquals: return !equal;
    case Condition::Contains: return stored.contains(c.value, Qt::CaseInsensitive);
    default: return false;
    }
}

} // namespace maillage::fields
