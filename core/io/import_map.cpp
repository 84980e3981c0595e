// Column names → Maillage fields, shared by every importer.
#include "core/io/import_model.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace maillage::io::detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::io::Import)
};

#define K(s) QStringLiteral(s)

/// A plain decimal integer of up to 9 digits (an optional minus sign), the usual spreadsheet
/// number, read without the general conversion.
std::optional<int> smallInteger(QStringView v)
{
    const qsizetype n = v.size();
    qsizetype i = 0;
    const bool negative = n > 1 && v[0] == QLatin1Char('-');
    if (negative)
        i = 1;
    if (n == i || n - i > 9)
        return std::nullopt;
    int value = 0;
    for (; i < n; ++i) {
        const char16_t c = v[i].unicode();
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return negative ? -value : value;
}

std::optional<double> parseReal(QString v)
{
    if (const auto i = smallInteger(v))
        return double(*i);
    v = v.trimmed();
    if (!v.contains(QLatin1Char('.')) && v.count(QLatin1Char(',')) == 1)
        v.replace(QLatin1Char(','), QLatin1Char('.'));  // French decimal comma
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

std::optional<QDate> parseDate(const QString &v)
{
    static const QRegularExpression iso(K("^(\\d{4})-(\\d{2})-(\\d{2})([ T].*)?$"));
    static const QRegularExpression fr(K("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    QDate d;
    if (const auto m = iso.match(v); m.hasMatch())
        d = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (const auto f = fr.match(v); f.hasMatch())
        d = QDate(f.captured(3).toInt(), f.captured(2).toInt(), f.captured(1).toInt());
    if (!d.isValid())
        return std::nullopt;
    return d;
}

std::optional<bool> parseBool(const QString &v)
{
    const QString s = v.trimmed().toLower();
    static const QStringList yes{K("1"), K("true"), K("yes"), K("y"), K("oui"), K("vrai"), K("x")};
    static const QStringList no{K("0"), K("false"), K("no"), K("n"), K("non"), K("faux")};
    if (yes.contains(s))
        return true;
    if (no.contains(s))
        return false;
    return std::nullopt;
}

bool setInt(FieldMap &fields, const QString &key, const QString &col, const QString &v, int lo,
            int hi, QString *problem)
{
    bool ok = false;
    int n = 0;
    if (const auto i = smallInteger(v)) {
        ok = true;
        n = *i;
    } else {
        n = v.trimmed().toInt(&ok);
    }
    if (!ok || n < lo || n > hi) {
        *problem = Tr::tr("column “%1”: “%2” is not a whole number from %3 to %4")
                       .arg(col, v)
                       .arg(lo)
                       .arg(hi);
        return false;
    }
    fields.insert(key, n);
    return true;
}

bool setDate(FieldMap &fields, const QString &key, const QString &col, const QString &v,
             QString *problem)
{
    const auto d = parseDate(v.trimmed());
    if (!d) {
        *problem = Tr::tr("column “%1”: “%2” is not a date (YYYY-MM-DD or DD/MM/YYYY)")
                       .arg(col, v);
        return false;
    }
    fields.insert(key, d->toString(Qt::ISODate));
    return true;
}

bool setBool(FieldMap &fields, const QString &col, const QString &v, QString *problem)
{
    const auto b = parseBool(v);
    if (!b) {
        *problem = Tr::tr("column “%1”: “%2” is not yes/no (1/0, true/false)").arg(col, v);
        return false;
    }
    fields.insert(col, *b ? 1 : 0);
    return true;
}

QString textColumn(const QString &key)
{
    static const QHash<QString, QString> aliases{
        {K("organisation"), K("organisation")}, {K("organization"), K("organisation")},
        {K("role"), K("role")},                 {K("rôle"), K("role")},
        {K("sector"), K("sector")},             {K("secteur"), K("sector")},
        {K("commune"), K("commune")},           {K("email"), K("email")},
        {K("e-mail"), K("email")},              {K("mail"), K("email")},
        {K("courriel"), K("email")},            {K("phone"), K("phone")},
        {K("telephone"), K("phone")},           {K("téléphone"), K("phone")},
        {K("tel"), K("phone")},                 {K("address"), K("address")},
        {K("adresse"), K("address")},           {K("website"), K("website")},
        {K("url"), K("website")},               {K("site web"), K("website")},
        {K("description"), K("description")},   {K("legal_basis"), K("legal_basis")},
        {K("consent_method"), K("consent_method")},
    };
    return aliases.value(key);
}

bool setColorPart(QColor &c, ImportField part, const QString &v)
{
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok || n < 0 || n > 255)
        return false;
    if (!c.isValid())
        c = QColor(0, 0, 0);
    if (part == ImportField::Red)
        c.setRed(n);
    else if (part == ImportField::Green)
        c.setGreen(n);
    else
        c.setBlue(n);
    return true;
}

} // namespace

ImportField nodeFieldFor(Dialect dialect, const QString &col)
{
    static const QHash<QString, ImportField> names{
        {K("id"), ImportField::Id},
        {K("name"), ImportField::Name},
        {K("label"), ImportField::Name},
        {K("nom"), ImportField::Name},
        {K("category"), ImportField::Category},
        {K("catégorie"), ImportField::Category},
        {K("categorie"), ImportField::Category},
        {K("type"), ImportField::Category},
        {K("tags"), ImportField::Tags},
        {K("tag"), ImportField::Tags},
        {K("is_person"), ImportField::IsPerson},
        {K("person"), ImportField::IsPerson},
        {K("pinned"), ImportField::Pinned},
        {K("x"), ImportField::X},
        {K("y"), ImportField::Y},
        {K("influence"), ImportField::Influence},
        {K("interest"), ImportField::Interest},
        {K("attitude"), ImportField::Attitude},
        {K("engagement"), ImportField::Engagement},
        {K("consent_date"), ImportField::ConsentDate},
        {K("retention_date"), ImportField::RetentionDate},
        {K("last_contact"), ImportField::LastContact},
        {K("since"), ImportField::Since},
        {K("until"), ImportField::Until},
        {K("color"), ImportField::Color},
        {K("colour"), ImportField::Color},
        {K("latitude"), ImportField::Latitude},
        {K("lat"), ImportField::Latitude},
        {K("longitude"), ImportField::Longitude},
        {K("lon"), ImportField::Longitude},
        {K("lng"), ImportField::Longitude},
        {K("location_precision"), ImportField::LocationPrecision},
    };
    if (const auto it = names.constFind(col); it != names.cend())
        return it.value();
    if (const QString t = textColumn(col); !t.isEmpty())
        return *importFieldFromKey(t);
    if (dialect == Dialect::GraphML || dialect == Dialect::Gexf || dialect == Dialect::Gephi) {
        if (col == QLatin1String("r"))
            return ImportField::Red;
        if (col == QLatin1String("g"))
            return ImportField::Green;
        if (col == QLatin1String("b"))
            return ImportField::Blue;
    }
    return ImportField::Keep;
}

ImportField edgeFieldFor(Dialect dialect, const QString &col)
{
    static const QHash<QString, ImportField> names{
        {K("id"), ImportField::Ignore},  // an edge's id carries no data: links get their own
        {K("source"), ImportField::Source},
        {K("target"), ImportField::Target},
        {K("source_name"), ImportField::SourceName},
        {K("target_name"), ImportField::TargetName},
        {K("type"), ImportField::LinkType},
        {K("kind"), ImportField::LinkType},
        {K("relation"), ImportField::LinkType},
        {K("directed"), ImportField::Directed},
        {K("direction"), ImportField::Direction},
        {K("strength"), ImportField::Strength},
        {K("weight"), ImportField::Weight},
        {K("since"), ImportField::Since},
        {K("until"), ImportField::Until},
        {K("description"), ImportField::Description},
        {K("color"), ImportField::Color},
        {K("colour"), ImportField::Color},
    };
    if (dialect == Dialect::Kumu) {
        if (col == QLatin1String("from"))
            return ImportField::Source;
        if (col == QLatin1String("to"))
            return ImportField::Target;
    }
    if ((col == QLatin1String("label") || col == QLatin1String("edge label") ||
         col == QLatin1String("edgelabel")) &&
        dialect != Dialect::Kumu)
        return ImportField::Label;
    if (const auto it = names.constFind(col); it != names.cend())
        return it.value();
    if (dialect == Dialect::GraphML || dialect == Dialect::Gexf) {
        if (col == QLatin1String("r"))
            return ImportField::Red;
        if (col == QLatin1String("g"))
            return ImportField::Green;
        if (col == QLatin1String("b"))
            return ImportField::Blue;
    }
    return ImportField::Keep;
}

bool setNodeField(ImportField field, const QString &column, const QString &rawValue,
                  NodeRecord &node, QString *problem)
{
    const QString value = rawValue.trimmed();
    if (value.isEmpty() || field == ImportField::Ignore)
        return true;
    const QString key = importFieldKey(field);
    switch (field) {
    case ImportField::Id:
        node.key = value;
        return true;
    case ImportField::Name:
        node.fields.insert(key, value);
        return true;
    case ImportField::Category:
        node.category = value;
        return true;
    case ImportField::Tags:
        for (const QString &t : value.split(QLatin1Char('|'), Qt::SkipEmptyParts))
            if (!t.trimmed().isEmpty() && !node.tags.contains(t.trimmed()))
                node.tags << t.trimmed();
        return true;
    case ImportField::IsPerson:
    case ImportField::Pinned:
        if (!setBool(node.fields, key, value, problem)) {
            *problem = Tr::tr("column “%1”: “%2” is not yes/no (1/0, true/false)")
                           .arg(column.trimmed(), value);
            return false;
        }
        return true;
    case ImportField::X:
    case ImportField::Y: {
        const auto d = parseReal(value);
        if (!d) {
            *problem = Tr::tr("column “%1”: “%2” is not a number").arg(column.trimmed(), value);
            return false;
        }
        node.fields.insert(key, *d);
        return true;
    }
    case ImportField::Latitude:
    case ImportField::Longitude: {
        const auto d = parseReal(value);
        if (!d) {
            *problem = Tr::tr("column “%1”: “%2” is not a number").arg(column.trimmed(), value);
            return false;
        }
        const double limit = field == ImportField::Latitude ? 90 : 180;
        if (!std::isfinite(*d) || *d < -limit || *d > limit) {
            *problem = Tr::tr("column “%1”: %2 is outside −%3…%3 (WGS 84 degrees)")
                           .arg(column.trimmed(), value)
                           .arg(limit);
            return false;
        }
        node.fields.insert(key, *d);
        return true;
    }
    case ImportField::LocationPrecision: {
        static const QStringList known{K("exact"), K("street"), K("commune"), K("manual")};
        if (!known.contains(value.toLower())) {
            *problem = Tr::tr("column “%1”: “%2” is not a precision (exact, street, commune, "
                              "manual)")
                           .arg(column.trimmed(), value);
            return false;
        }
        node.fields.insert(key, value.toLower());
        return true;
    }
    case ImportField::Influence:
    case ImportField::Interest:
        return setInt(node.fields, key, column.trimmed(), value, 0, 5, problem);
    case ImportField::Attitude:
        return setInt(node.fields, key, column.trimmed(), value, -2, 2, problem);
    case ImportField::Engagement:
        return setInt(node.fields, key, column.trimmed(), value, 0, 4, problem);
    case ImportField::ConsentDate:
    case ImportField::RetentionDate:
    case ImportField::LastContact:
    case ImportField::Since:
    case ImportField::Until:
        return setDate(node.fields, key, column.trimmed(), value, problem);
    case ImportField::Organisation:
    case ImportField::Role:
    case ImportField::Sector:
    case ImportField::Commune:
    case ImportField::Email:
    case ImportField::Phone:
    case ImportField::Address:
    case ImportField::Website:
    case ImportField::Description:
    case ImportField::LegalBasis:
    case ImportField::ConsentMethod:
        node.fields.insert(key, value);
        return true;
    case ImportField::Red:
    case ImportField::Green:
    case ImportField::Blue:
        if (setColorPart(node.color, field, value))
            return true;
        break;
    case ImportField::Color:
        if (const QColor c(value); c.isValid()) {
            node.color = c;
            return true;
        }
        break;
    default:
        break;
    }
    node.custom.emplaceBack(column.trimmed(), value);
    return true;
}

bool setEdgeField(Dialect dialect, ImportField field, const QString &column,
                  const QString &rawValue, EdgeRecord &edge, SourceGraph &graph, QString *problem)
{
    const QString value = rawValue.trimmed();
    if (value.isEmpty() || field == ImportField::Ignore)
        return true;
    switch (field) {
    case ImportField::Source:
        edge.source = value;
        return true;
    case ImportField::Target:
        edge.target = value;
        return true;
    case ImportField::SourceName:
        edge.sourceName = value;
        return true;
    case ImportField::TargetName:
        edge.targetName = value;
        return true;
    case ImportField::LinkType: {
        if (dialect == Dialect::Gephi) {
            const QString v = value.toLower();
            if (v == QLatin1String("directed") || v == QLatin1String("undirected") ||
                v == QLatin1String("mixed") || v == QLatin1String("mutual")) {
                edge.directed = v == QLatin1String("directed");
                return true;
            }
        }
        if (edge.type.isEmpty() || columnKey(column) == QLatin1String("type")) {
            if (!edge.type.isEmpty())
                edge.extras << Tr::tr("Type") + QLatin1String(": ") + edge.type;
            edge.type = value;
        } else {
            edge.extras << column.trimmed() + QLatin1String(": ") + value;
        }
        return true;
    }
    case ImportField::Label:
        edge.fields.insert(K("__label"), value);
        return true;
    case ImportField::Directed: {
        const auto b = parseBool(value);
        if (!b) {
            *problem = Tr::tr("column “%1”: “%2” is not yes/no (1/0, true/false)")
                           .arg(column.trimmed(), value);
            return false;
        }
        edge.directed = *b;
        return true;
    }
    case ImportField::Direction: {
        const QString v = value.toLower();
        if (v == QLatin1String("directed"))
            edge.directed = true;
        else if (v == QLatin1String("undirected") || v == QLatin1String("mutual"))
            edge.directed = false;
        else {
            *problem = Tr::tr("column “%1”: “%2” is not directed, undirected or mutual")
                           .arg(column.trimmed(), value);
            return false;
        }
        return true;
    }
    case ImportField::Strength: {
        const auto d = parseReal(value);
        if (!d) {
            *problem = Tr::tr("column “%1”: “%2” is not a number").arg(column.trimmed(), value);
            return false;
        }
        const int rounded = int(std::lround(std::clamp(*d, -1e6, 1e6)));
        const int s = std::clamp(rounded, 1, 5);
        if (s != *d)
            ++graph.clampedWeights;
        edge.strength = s;
        return true;
    }
    case ImportField::Weight: {
        const auto d = parseReal(value);
        if (!d) {
            *problem = Tr::tr("column “%1”: “%2” is not a number").arg(column.trimmed(), value);
            return false;
        }
        edge.weight = *d;
        return true;
    }
    case ImportField::Since:
    case ImportField::Until:
        return setDate(edge.fields, importFieldKey(field), column.trimmed(), value, problem);
    case ImportField::Description:
        edge.fields.insert(K("description"), value);
        return true;
    case ImportField::Red:
    case ImportField::Green:
    case ImportField::Blue:
        if (setColorPart(edge.color, field, value))
            return true;
        break;
    case ImportField::Color:
        if (const QColor c(value); c.isValid()) {
            edge.color = c;
            return true;
        }
        break;
    default:
        break;
    }
    edge.custom.emplaceBack(column.trimmed(), value);
    return true;
}

bool checkLocation(const NodeRecord &node, QString *problem)
{
    const bool lat = node.fields.contains(importFieldKey(ImportField::Latitude));
    const bool lon = node.fields.contains(importFieldKey(ImportField::Longitude));
    if (lat == lon)
        return true;
    *problem = lat ? Tr::tr("a latitude without a longitude")
                   : Tr::tr("a longitude without a latitude");
    return false;
}

bool mapNodeValue(Dialect dialect, const QString &column, const QString &value, NodeRecord &node,
                  QString *problem)
{
    if (value.trimmed().isEmpty())
        return true;
    return setNodeField(nodeFieldFor(dialect, columnKey(column)), column, value, node, problem);
}

bool mapEdgeValue(Dialect dialect, const QString &column, const QString &value, EdgeRecord &edge,
                  SourceGraph &graph, QString *problem)
{
    if (value.trimmed().isEmpty())
        return true;
    return setEdgeField(dialect, edgeFieldFor(dialect, columnKey(column)), column, value, edge,
                        graph, problem);
}

} // namespace maillage::io::detail

namespace maillage::io {

namespace {

struct FieldName
{
    ImportField field;
    const char *key;
};

constexpr FieldName kFieldNames[] = {
    {ImportField::Ignore, "ignore"},
    {ImportField::Keep, "keep"},
    {ImportField::Id, "id"},
    {ImportField::Name, "name"},
    {ImportField::Category, "category"},
    {ImportField::Tags, "tags"},
    {ImportField::IsPerson, "is_person"},
    {ImportField::Organisation, "organisation"},
    {ImportField::Role, "role"},
    {ImportField::Sector, "sector"},
    {ImportField::Commune, "commune"},
    {ImportField::Email, "email"},
    {ImportField::Phone, "phone"},
    {ImportField::Address, "address"},
    {ImportField::Website, "website"},
    {ImportField::Description, "description"},
    {ImportField::Influence, "influence"},
    {ImportField::Interest, "interest"},
    {ImportField::Attitude, "attitude"},
    {ImportField::Engagement, "engagement"},
    {ImportField::LegalBasis, "legal_basis"},
    {ImportField::ConsentDate, "consent_date"},
    {ImportField::ConsentMethod, "consent_method"},
    {ImportField::RetentionDate, "retention_date"},
    {ImportField::LastContact, "last_contact"},
    {ImportField::X, "x"},
    {ImportField::Y, "y"},
    {ImportField::Pinned, "pinned"},
    {ImportField::Since, "since"},
    {ImportField::Until, "until"},
    {ImportField::Color, "color"},
    {ImportField::Red, "r"},
    {ImportField::Green, "g"},
    {ImportField::Blue, "b"},
    {ImportField::Source, "source"},
    {ImportField::Target, "target"},
    {ImportField::SourceName, "source_name"},
    {ImportField::TargetName, "target_name"},
    {ImportField::LinkType, "type"},
    {ImportField::Label, "label"},
    {ImportField::Directed, "directed"},
    {ImportField::Direction, "direction"},
    {ImportField::Strength, "strength"},
    {ImportField::Weight, "weight"},
    {ImportField::Latitude, "latitude"},
    {ImportField::Longitude, "longitude"},
    {ImportField::LocationPrecision, "location_precision"},
};

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::io::Import)
};

} // namespace

QString importFieldKey(ImportField field)
{
    // Made once and kept: every record read shares these strings as its field names, so
    // reading allocates none for them (and the bulk planner recognises them by address).
    static const QHash<ImportField, QString> keys = [] {
        QHash<ImportField, QString> k;
        for (const FieldName &f : kFieldNames)
            k.insert(f.field, QLatin1String(f.key));
        return k;
    }();
    return keys.value(field);
}

std::optional<ImportField> importFieldFromKey(const QString &key)
{
    for (const FieldName &f : kFieldNames)
        if (key == QLatin1String(f.key))
            return f.field;
    return std::nullopt;
}

QString importFieldLabel(ImportField field)
{
    switch (field) {
    case ImportField::Ignore: return Tr::tr("(ignore this column)");
    case ImportField::Keep: return Tr::tr("(keep as a custom field)");
    case ImportField::Id: return Tr::tr("Identifier (for links)");
    case ImportField::Name: return Tr::tr("Name");
    case ImportField::Category: return Tr::tr("Category");
    case ImportField::Tags: return Tr::tr("Tags (separated by |)");
    case ImportField::IsPerson: return Tr::tr("Is a person (yes/no)");
    case ImportField::Organisation: return Tr::tr("Organisation");
    case ImportField::Role: return Tr::tr("Role");
    case ImportField::Sector: return Tr::tr("Sector");
    case ImportField::Commune: return Tr::tr("Commune");
    case ImportField::Email: return Tr::tr("Email");
    case ImportField::Phone: return Tr::tr("Phone");
    case ImportField::Address: return Tr::tr("Address");
    case ImportField::Website: return Tr::tr("Website");
    case ImportField::Description: return Tr::tr("Description");
    case ImportField::Influence: return Tr::tr("Influence (0–5)");
    case ImportField::Interest: return Tr::tr("Interest (0–5)");
    case ImportField::Attitude: return Tr::tr("Attitude (−2 to 2)");
    case ImportField::Engagement: return Tr::tr("Engagement (0–4)");
    case ImportField::LegalBasis: return Tr::tr("Legal basis");
    case ImportField::ConsentDate: return Tr::tr("Consent date");
    case ImportField::ConsentMethod: return Tr::tr("Consent method");
    case ImportField::RetentionDate: return Tr::tr("Keep until");
    case ImportField::LastContact: return Tr::tr("Last contact");
    case ImportField::X: return Tr::tr("Position x");
    case ImportField::Y: return Tr::tr("Position y");
    case ImportField::Pinned: return Tr::tr("Pinned (yes/no)");
    case ImportField::Since: return Tr::tr("Since (date)");
    case ImportField::Until: return Tr::tr("Until (date)");
    case ImportField::Color: return Tr::tr("Colour");
    case ImportField::Red: return Tr::tr("Colour: red (0–255)");
    case ImportField::Green: return Tr::tr("Colour: green (0–255)");
    case ImportField::Blue: return Tr::tr("Colour: blue (0–255)");
    case ImportField::Source: return Tr::tr("From (actor)");
    case ImportField::Target: return Tr::tr("To (actor)");
    case ImportField::SourceName: return Tr::tr("From (actor name, fallback)");
    case ImportField::TargetName: return Tr::tr("To (actor name, fallback)");
    case ImportField::LinkType: return Tr::tr("Link type");
    case ImportField::Label: return Tr::tr("Label");
    case ImportField::Directed: return Tr::tr("Directed (yes/no)");
    case ImportField::Direction: return Tr::tr("Direction (directed/undirected)");
    case ImportField::Strength: return Tr::tr("Strength (1–5)");
    case ImportField::Weight: return Tr::tr("Weight (a number, kept as it is)");
    case ImportField::Latitude: return Tr::tr("Latitude (WGS 84)");
    case ImportField::Longitude: return Tr::tr("Longitude (WGS 84)");
    case ImportField::LocationPrecision: return Tr::tr("Location precision");
    }
    return QString();
}

QList<ImportField> importFields(bool links)
{
    using F = ImportField;
    if (links)
        return {F::Source, F::Target, F::LinkType, F::Strength, F::Weight, F::Directed, F::Direction,
                F::Description, F::Label, F::Since, F::Until, F::SourceName, F::TargetName,
                F::Color, F::Keep, F::Ignore};
    return {F::Name, F::Category, F::Role, F::Organisation, F::Sector, F::Commune, F::Tags,
            F::Description, F::IsPerson, F::Email, F::Phone, F::Address, F::Website,
            F::Influence, F::Interest, F::Attitude, F::Engagement, F::LegalBasis,
            F::ConsentDate, F::ConsentMethod, F::RetentionDate, F::LastContact, F::Since,
            F::Until, F::X, F::Y, F::Latitude, F::Longitude, F::LocationPrecision, F::Pinned,
            F::Color, F::Id, F::Keep, F::Ignore};
}

} // namespace maillage::io
