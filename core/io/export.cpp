#include "export.h"
#include "geo/geojson.h"

#include "csv.h"
#include "pseudonymize.h"
#include "store/repositories.h"
#include "store/store.h"

#include <QColor>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QXmlStreamWriter>

#include <cmath>

namespace maillage::io {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::io::Export)
};

#define K(s) QStringLiteral(s)

QString num(double d)
{
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

/// Everything the graph exports need, pseudonymised when asked.
struct Snapshot
{
    Territory territory;
    QList<Category> categories;
    QList<LinkType> types;
    QList<Actor> actors;
    QList<Link> links;
    QHash<qint64, QStringList> tagNames;  // actor → tag names
    QHash<qint64, Category> categoryById;
    QHash<qint64, LinkType> typeById;
    QHash<qint64, QString> actorName;
    /// Custom fields and their values (owner id → field id → stored value).
    QList<CustomField> actorFields, linkFields;
    QHash<qint64, QHash<qint64, QString>> actorValues, linkValues;

    Snapshot(Store &store, const ExportOptions &options)
    {
        const FieldRepository fieldRepo(store);
        actorFields = fieldRepo.list(K("actor"));
        linkFields = fieldRepo.list(K("link"));
        actorValues = fieldRepo.allValues(K("actor"));
        linkValues = fieldRepo.allValues(K("link"));
        territory = TerritoryRepository(store).get();
        categories = CategoryRepository(store).list();
        types = LinkTypeRepository(store).list();
        actors = ActorRepository(store).list();
        links = LinkRepository(store).list();
        std::sort(actors.begin(), actors.end(),
                  [](const Actor &a, const Actor &b) { return a.id < b.id; });
        std::sort(links.begin(), links.end(),
                  [](const Link &a, const Link &b) { return a.id < b.id; });
        for (const Category &c : categories)
            categoryById.insert(c.id, c);
        for (const LinkType &t : types)
            typeById.insert(t.id, t);
        QHash<qint64, QString> tags;
        for (const Tag &t : TagRepository(store).list())
            tags.insert(t.id, t.name);
        for (const auto &[actor, tag] :
             store.pairs(K("actor_tag"), K("actor_id"), K("tag_id")).value_or(QList<QPair<qint64, qint64>>()))
            tagNames[actor] << tags.value(tag);
        if (options.anonymize) {
            // A person's name may be written anywhere text is (a tag, a category, the
            // territory's author…): every text the export writes goes through the
            // pseudonymiser, which changes nothing but persons' names.
            const Pseudonymizer p(actors, categories);
            anonymizeValues(p);
            for (Actor &a : actors)
                a = p.actor(a);
            for (Link &l : links)
                l.description = p.text(l.description);
            for (QStringList &names : tagNames)
                for (QString &n : names)
                    n = p.text(n);
            for (Category &c : categories) {
                c.name = p.text(c.name);
                categoryById.insert(c.id, c);
            }
            for (LinkType &t : types) {
                t.name = p.text(t.name);
                typeById.insert(t.id, t);
            }
            territory.name = p.text(territory.name);
            territory.description = p.text(territory.description);
            territory.author = p.text(territory.author);
        }
        for (const Actor &a : actors)
            actorName.insert(a.id, a.name);
    }

    /// Values of fields marked personal are blanked for persons (for links: a link with a
    /// person at either end); every value and field name goes through the pseudonymiser.
    void anonymizeValues(const Pseudonymizer &p)
    {
        QSet<qint64> personal;
        for (CustomField &f : actorFields) {
            if (f.personal)
                personal.insert(f.id);
            f.name = p.text(f.name);
            for (QString &c : f.choices)
                c = p.text(c);
        }
        for (CustomField &f : linkFields) {
            if (f.personal)
                personal.insert(f.id);
            f.name = p.text(f.name);
            for (QString &c : f.choices)
                c = p.text(c);
        }
        // Values of personal fields are left out where a person is concerned; every other
        // value goes through the pseudonymiser.
        auto pseudonymise = [&](QHash<qint64, QHash<qint64, QString>> &values,
                                const auto &concernsPerson) {
            for (auto it = values.begin(); it != values.end(); ++it)
                for (auto v = it->begin(); v != it->end();)
                    if (concernsPerson(it.key()) && personal.contains(v.key())) {
                        v = it->erase(v);
                    } else {
                        *v = p.text(*v);
                        ++v;
                    }
        };
        pseudonymise(actorValues, [&](qint64 id) { return p.isPerson(id); });
        QHash<qint64, bool> withPerson;
        for (const Link &l : links)
            withPerson.insert(l.id, p.isPerson(l.sourceId) || p.isPerson(l.targetId));
        pseudonymise(linkValues, [&](qint64 id) { return withPerson.value(id); });
    }
};

/// A stored custom value as the exchange formats write it: yes/no as true/false (which every
/// tool reads as a boolean), everything else as stored.
QString exchangeValue(const CustomField &f, const QString &stored)
{
    if (f.type == FieldType::YesNo && !stored.isEmpty())
        return stored == QLatin1String("1") ? K("true") : K("false");
    return stored;
}

/// The GEXF type of a field (dates are GEXF 1.3's; 1.2 writes them as strings).
QString gexfType(const CustomField &f, bool v13)
{
    switch (f.type) {
    case FieldType::Number: return K("double");
    case FieldType::Integer: return K("long");
    case FieldType::YesNo: return K("boolean");
    case FieldType::Date: return v13 ? K("date") : K("string");
    case FieldType::Url: return K("anyURI");
    default: return K("string");
    }
}

/// The GraphML attr.type of a field; GraphML has no dates, URLs nor choices, which Maillage
/// says beside it (maillage.type).
QString graphmlType(const CustomField &f)
{
    switch (f.type) {
    case FieldType::Number: return K("double");
    case FieldType::Integer: return K("long");
    case FieldType::YesNo: return K("boolean");
    default: return K("string");
    }
}

const char *const kActorColumns[] = {
    "id",          "name",          "category",       "is_person",      "organisation",
    "role",        "sector",        "commune",        "email",          "phone",
    "address",     "website",       "description",    "tags",           "influence",
    "interest",    "attitude",      "engagement",     "legal_basis",    "consent_date",
    "consent_method", "retention_date", "last_contact", "x",            "y",
    "pinned",      "since",         "until"};

QStringList actorValues(const Snapshot &s, const Actor &a)
{
    return {QString::number(a.id),
            a.name,
            s.categoryById.value(a.categoryId).name,
            a.isPerson ? K("1") : K("0"),
            a.organisation,
            a.role,
            a.sector,
            a.commune,
            a.email,
            a.phone,
            a.address,
            a.website,
            a.description,
            s.tagNames.value(a.id).join(QLatin1Char('|')),
            QString::number(a.influence),
            QString::number(a.interest),
            QString::number(a.attitude),
            QString::number(a.engagement),
            a.legalBasis,
            date(a.consentDate),
            a.consentMethod,
            date(a.retentionDate),
            date(a.lastContact),
            a.hasPosition() ? num(a.x) : QString(),
            a.hasPosition() ? num(a.y) : QString(),
            a.pinned ? K("1") : K("0"),
            date(a.since),
            date(a.until)};
}

QByteArray csvLine(const QStringList &values)
{
    QByteArray line;
    for (int i = 0; i < values.size(); ++i) {
        if (i)
            line += ',';
        line += csvField(values.at(i));
    }
    line += "\r\n";
    return line;
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        if (error)
            *error = Tr::tr("“%1” could not be written (%2).")
                         .arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    return true;
}

QString vizShape(const QString &shape)
{
    if (shape == QLatin1String("square") || shape == QLatin1String("triangle") ||
        shape == QLatin1String("diamond"))
        return shape;
    return K("disc");
}

struct Column
{
    const char *id;
    const char *type;  // GEXF/GraphML attribute type
};

// The actor attributes the graph formats carry besides id, label, colour and position.
const Column kNodeAttributes[] = {
    {"category", "string"},      {"is_person", "boolean"},   {"organisation", "string"},
    {"role", "string"},          {"sector", "string"},       {"commune", "string"},
    {"email", "string"},         {"phone", "string"},        {"address", "string"},
    {"website", "string"},       {"description", "string"},  {"tags", "string"},
    {"influence", "integer"},    {"interest", "integer"},    {"attitude", "integer"},
    {"engagement", "integer"},   {"legal_basis", "string"},  {"consent_date", "string"},
    {"consent_method", "string"}, {"retention_date", "string"}, {"last_contact", "string"},
    {"pinned", "boolean"},       {"since", "string"},        {"until", "string"},
};
const Column kEdgeAttributes[] = {{"type", "string"},  {"description", "string"},
                                   {"since", "string"}, {"until", "string"},
                                   {"strength", "integer"}};

QHash<QString, QString> nodeAttributeValues(const Snapshot &s, const Actor &a)
{
    const QStringList v = actorValues(s, a);
    QHash<QString, QString> out;
    for (int i = 0; i < int(std::size(kActorColumns)); ++i)
        out.insert(QLatin1String(kActorColumns[i]), v.at(i));
    out[K("is_person")] = a.isPerson ? K("true") : K("false");
    out[K("pinned")] = a.pinned ? K("true") : K("false");
    return out;
}

QHash<QString, QString> edgeAttributeValues(const Snapshot &s, const Link &l)
{
    return {{K("type"), s.typeById.value(l.typeId).name},
            {K("description"), l.description},
            {K("since"), date(l.since)},
            {K("until"), date(l.until)},
            {K("strength"), QString::number(l.strength)}};
}

/// Which links are written directed, and how the graph declares it: every link directed, a
/// directed graph; none, an undirected one; some, an undirected graph whose directed links
/// say so one by one (some tools cannot read that: see mixedDirectionsNote()).
struct Directions
{
    QSet<qint64> directed;  ///< ids of the links written directed
    bool all = false, none = false;

    Directions(const Snapshot &s, const ExportOptions &options)
    {
        for (const Link &l : s.links)
            if (options.allDirected || (l.typeId && s.typeById.value(l.typeId).directed))
                directed.insert(l.id);
        all = directed.size() == s.links.size();
        none = directed.isEmpty();
    }
    bool mixed() const { return !all && !none; }
    bool of(const Link &l) const { return directed.contains(l.id); }
};

/// Maillage's map counts y downwards, Gephi (and the tools drawing with y upwards) upwards.
double exportedY(double y)
{
    return y == 0 ? 0.0 : -y;
}

/// The weight written for a link: its own, else its strength (what other tools weigh).
QString weightOf(const Link &l)
{
    return l.hasWeight() ? num(l.weight) : QString::number(l.strength);
}

} // namespace

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (n == QLatin1String("graphml"))
        return ExportFormat::GraphML;
    if (n == QLatin1String("gexf") || n == QLatin1String("gexf13"))
        return ExportFormat::Gexf13;
    if (n == QLatin1String("gexf12"))
        return ExportFormat::Gexf12;
    if (n == QLatin1String("json"))
        return ExportFormat::Json;
    if (n == QLatin1String("kumu"))
        return ExportFormat::Kumu;
    if (n == QLatin1String("kumu-csv"))
        return ExportFormat::KumuCsv;
    if (n == QLatin1String("geojson"))
        return ExportFormat::GeoJson;
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatFromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.startsWith(QLatin1String("kumu"), Qt::CaseInsensitive))
        return std::nullopt;  // "net.kumu" says nothing of JSON or spreadsheets
    return exportFormatFromName(suffix);
}

QString csvLinksPath(const QString &actorsPath)
{
    const QFileInfo fi(actorsPath);
    const QString base = fi.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
                             ? fi.completeBaseName()
                             : fi.fileName();
    return fi.dir().filePath(base + QLatin1String("-links.csv"));
}

KumuCsvPaths kumuCsvPaths(const QString &out)
{
    const QFileInfo fi(out);
    const QString base = fi.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
                             ? fi.completeBaseName()
                             : fi.fileName();
    return {fi.dir().filePath(base + QLatin1String("-elements.csv")),
            fi.dir().filePath(base + QLatin1String("-connections.csv"))};
}

QByteArray actorsCsv(Store &store, const ExportOptions &options)
{
    const Snapshot s(store, options);
    QStringList header;
    for (const char *c : kActorColumns)
        header << QLatin1String(c);
    // A column per custom field, named as the field.
    for (const CustomField &f : s.actorFields)
        header << f.name;
    QByteArray out = "\xEF\xBB\xBF" + csvLine(header);  // BOM: Excel then reads UTF-8
    for (const Actor &a : s.actors) {
        QStringList line = actorValues(s, a);
        const QHash<qint64, QString> values = s.actorValues.value(a.id);
        for (const CustomField &f : s.actorFields)
            line << exchangeValue(f, values.value(f.id));
        out += csvLine(line);
    }
    return out;
}

QByteArray linksCsv(Store &store, const ExportOptions &options)
{
    const Snapshot s(store, options);
    QStringList header{K("id"), K("source"), K("target"), K("source_name"),
                       K("target_name"), K("type"), K("directed"), K("strength"),
                       K("description"), K("since"), K("until"), K("weight")};
    for (const CustomField &f : s.linkFields)
        header << f.name;
    QByteArray out = "\xEF\xBB\xBF" + csvLine(header);
    for (const Link &l : s.links) {
        const LinkType t = s.typeById.value(l.typeId);
        QStringList line{QString::number(l.id), QString::number(l.sourceId),
                         QString::number(l.targetId), s.actorName.value(l.sourceId),
                         s.actorName.value(l.targetId), t.name,
                         l.typeId && t.directed ? K("1") : K("0"), QString::number(l.strength),
                         l.description, date(l.since), date(l.until),
                         l.hasWeight() ? num(l.weight) : QString()};
        const QHash<qint64, QString> values = s.linkValues.value(l.id);
        for (const CustomField &f : s.linkFields)
            line << exchangeValue(f, values.value(f.id));
        out += csvLine(line);
    }
    return out;
}

namespace {

/// One of Kumu's sheets: its columns and, for each row, a typed value per column (Null when
/// empty). The JSON blueprint and the spreadsheets are written from the same sheet.
struct KumuSheet
{
    QStringList columns;
    QList<QList<QJsonValue>> rows;
};

QJsonValue kumuText(const QString &v)
{
    return v.isEmpty() ? QJsonValue() : QJsonValue(v);
}

QJsonValue kumuDate(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

/// A stored custom value as Kumu reads it: numbers as numbers, yes/no as booleans.
QJsonValue kumuValue(const CustomField &f, const QString &stored)
{
    if (stored.isEmpty())
        return QJsonValue();
    bool ok = false;
    switch (f.type) {
    case FieldType::Number:
        if (const double d = stored.toDouble(&ok); ok)
            return d;
        break;
    case FieldType::Integer:
        if (const qint64 n = stored.toLongLong(&ok); ok)
            return n;
        break;
    case FieldType::YesNo:
        return stored == QLatin1String("1");
    default:
        break;
    }
    return stored;
}

/// The custom fields' column names, after the sheet's own columns: a field named like one of
/// them (ignoring case) is written "Name (2)" so that no column hides another.
QStringList kumuFieldColumns(const QStringList &own, const QList<CustomField> &fields)
{
    QSet<QString> taken;
    for (const QString &c : own)
        taken.insert(c.toLower());
    QStringList out;
    for (const CustomField &f : fields) {
        QString name = f.name;
        for (int n = 2; taken.contains(name.toLower()); ++n)
            name = K("%1 (%2)").arg(f.name).arg(n);
        taken.insert(name.toLower());
        out << name;
    }
    return out;
}

QString kumuActorId(qint64 id)
{
    return K("a%1").arg(id);
}

KumuSheet kumuElements(const Snapshot &s)
{
    KumuSheet sheet;
    sheet.columns = {K("ID"),        K("Label"),      K("Type"),      K("Description"),
                     K("Tags"),      K("Person"),     K("Organisation"), K("Role"),
                     K("Sector"),    K("Commune"),    K("Email"),     K("Phone"),
                     K("Address"),   K("Website"),    K("Influence"), K("Interest"),
                     K("Attitude"),  K("Engagement"), K("Since"),     K("Until")};
    sheet.columns += kumuFieldColumns(sheet.columns, s.actorFields);
    for (const Actor &a : s.actors) {
        QJsonArray tags;
        for (const QString &t : s.tagNames.value(a.id))
            tags << t;
        QList<QJsonValue> row{kumuActorId(a.id),
                              a.name,
                              kumuText(s.categoryById.value(a.categoryId).name),
                              kumuText(a.description),
                              tags.isEmpty() ? QJsonValue() : QJsonValue(tags),
                              a.isPerson,
                              kumuText(a.organisation),
                              kumuText(a.role),
                              kumuText(a.sector),
                              kumuText(a.commune),
                              kumuText(a.email),
                              kumuText(a.phone),
                              kumuText(a.address),
                              kumuText(a.website),
                              a.influence,
                              a.interest,
                              a.attitude,
                              a.engagement,
                              kumuDate(a.since),
                              kumuDate(a.until)};
        const QHash<qint64, QString> values = s.actorValues.value(a.id);
        for (const CustomField &f : s.actorFields)
            row << kumuValue(f, values.value(f.id));
        sheet.rows << row;
    }
    return sheet;
}

KumuSheet kumuConnections(const Snapshot &s)
{
    KumuSheet sheet;
    sheet.columns = {K("ID"),     K("From"),     K("To"),          K("Type"),
                     K("Direction"), K("Strength"), K("Weight"), K("Description"),
                     K("Since"),  K("Until")};
    sheet.columns += kumuFieldColumns(sheet.columns, s.linkFields);
    for (const Link &l : s.links) {
        const LinkType t = s.typeById.value(l.typeId);
        QList<QJsonValue> row{K("l%1").arg(l.id),
                              kumuActorId(l.sourceId),
                              kumuActorId(l.targetId),
                              kumuText(t.name),
                              l.typeId && t.directed ? K("directed") : K("undirected"),
                              l.strength,
                              l.hasWeight() ? QJsonValue(l.weight) : QJsonValue(),
                              kumuText(l.description),
                              kumuDate(l.since),
                              kumuDate(l.until)};
        const QHash<qint64, QString> values = s.linkValues.value(l.id);
        for (const CustomField &f : s.linkFields)
            row << kumuValue(f, values.value(f.id));
        sheet.rows << row;
    }
    return sheet;
}

QJsonArray kumuObjects(const KumuSheet &sheet)
{
    // Kumu's blueprints name the fields it knows in lower case ("label", "from"…) and keep
    // custom fields as they are named.
    static const QSet<QString> own{K("ID"),     K("Label"),     K("Type"),     K("Description"),
                                   K("Tags"),   K("From"),      K("To"),       K("Direction"),
                                   K("Strength"), K("Weight")};
    QJsonArray out;
    for (const QList<QJsonValue> &row : sheet.rows) {
        QJsonObject o;
        for (int i = 0; i < sheet.columns.size(); ++i) {
            if (row.at(i).isNull())
                continue;
            const QString &c = sheet.columns.at(i);
            o.insert(own.contains(c) ? c.toLower() : c, row.at(i));
        }
        out << o;
    }
    return out;
}

QString kumuCell(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? K("true") : K("false");
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == std::floor(d) && std::abs(d) < 9e15 ? QString::number(qint64(d)) : num(d);
    }
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &x : v.toArray())
            parts << x.toString();
        return parts.join(QLatin1Char('|'));
    }
    return v.toString();
}

QByteArray kumuCsv(const KumuSheet &sheet)
{
    QByteArray out = csvLine(sheet.columns);
    for (const QList<QJsonValue> &row : sheet.rows) {
        QStringList cells;
        for (const QJsonValue &v : row)
            cells << kumuCell(v);
        out += csvLine(cells);
    }
    return out;
}

} // namespace

QByteArray kumuJson(Store &store, const ExportOptions &options)
{
    const Snapshot s(store, options);
    const QJsonObject root{{K("elements"), kumuObjects(kumuElements(s))},
                           {K("connections"), kumuObjects(kumuConnections(s))}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray kumuElementsCsv(Store &store, const ExportOptions &options)
{
    return kumuCsv(kumuElements(Snapshot(store, options)));
}

QByteArray kumuConnectionsCsv(Store &store, const ExportOptions &options)
{
    return kumuCsv(kumuConnections(Snapshot(store, options)));
}

QByteArray geoJson(Store &store, const ExportOptions &options)
{
    // Pseudonymised, persons' own places are already dropped (Pseudonymizer::actor).
    const Snapshot s(store, options);
    geo::FeatureCollection fc;
    QHash<qint64, QPointF> placed;  // where each actor is written, for the links' lines
    auto put = [](QVariantMap &m, const char *key, const QString &v) {
        if (!v.isEmpty())
            m.insert(QLatin1String(key), v);
    };
    auto putDate = [](QVariantMap &m, const char *key, const QDate &d) {
        if (d.isValid())
            m.insert(QLatin1String(key), d.toString(Qt::ISODate));
    };
    for (const Actor &a : s.actors) {
        geo::Feature f;
        f.id = a.id;
        QVariantMap &m = f.properties;
        m.insert(K("name"), a.name);
        put(m, "category", s.categoryById.value(a.categoryId).name);
        if (const QStringList tags = s.tagNames.value(a.id); !tags.isEmpty())
            m.insert(K("tags"), tags);
        m.insert(K("is_person"), a.isPerson);
        put(m, "organisation", a.organisation);
        put(m, "role", a.role);
        put(m, "sector", a.sector);
        put(m, "commune", a.commune);
        put(m, "email", a.email);
        put(m, "phone", a.phone);
        put(m, "address", a.address);
        put(m, "website", a.website);
        put(m, "description", a.description);
        m.insert(K("influence"), a.influence);
        m.insert(K("interest"), a.interest);
        m.insert(K("attitude"), a.attitude);
        m.insert(K("engagement"), a.engagement);
        putDate(m, "since", a.since);
        putDate(m, "until", a.until);
        const QHash<qint64, QString> values = s.actorValues.value(a.id);
        for (const CustomField &cf : s.actorFields)
            if (const QJsonValue v = kumuValue(cf, values.value(cf.id)); !v.isUndefined() &&
                                                                          !v.isNull())
                m.insert(cf.name, v.toVariant());
        std::optional<QPointF> where;
        QString precision = a.locationPrecision;
        if (a.hasLocation())
            where = QPointF(a.longitude, a.latitude);
        if (options.anonymize && a.isPerson &&
            a.locationPrecision != QLatin1String("commune")) {
            // Never a person's own place: their commune's centre, or none.
            where.reset();
            precision.clear();
            if (options.communes && !a.commune.trimmed().isEmpty()) {
                where = options.communes->centre(a.commune);
                if (!where)
                    where = options.communes->centreByName(a.commune);
                if (where)
                    precision = K("commune");
            }
        }
        put(m, "location_precision", where ? precision : QString());
        if (where) {
            f.geometry = geo::Geometry::point(where->x(), where->y());
            placed.insert(a.id, *where);
        }
        fc.features << std::move(f);
    }
    for (const Link &l : s.links) {
        geo::Feature f;
        f.id = K("l%1").arg(l.id);
        QVariantMap &m = f.properties;
        m.insert(K("source"), l.sourceId);
        m.insert(K("target"), l.targetId);
        const LinkType t = s.typeById.value(l.typeId);
        put(m, "type", t.name);
        m.insert(K("directed"), t.directed);
        m.insert(K("strength"), l.strength);
        if (l.hasWeight())
            m.insert(K("weight"), l.weight);
        put(m, "description", l.description);
        putDate(m, "since", l.since);
        putDate(m, "until", l.until);
        const QHash<qint64, QString> values = s.linkValues.value(l.id);
        for (const CustomField &cf : s.linkFields)
            if (const QJsonValue v = kumuValue(cf, values.value(cf.id)); !v.isUndefined() &&
                                                                          !v.isNull())
                m.insert(cf.name, v.toVariant());
        const auto from = placed.constFind(l.sourceId), to = placed.constFind(l.targetId);
        if (from != placed.cend() && to != placed.cend())
            f.geometry = geo::Geometry::lineString({from.value(), to.value()});
        fc.features << std::move(f);
    }
    return geo::GeoJson::write(fc);
}

QByteArray graphml(Store &store, const ExportOptions &options)
{
    const Snapshot s(store, options);
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(K("graphml"));
    w.writeDefaultNamespace(K("http://graphml.graphdrawing.org/xmlns"));
    auto key = [&](const QString &id, const char *forWhat, const QString &name, const char *type) {
        w.writeEmptyElement(K("key"));
        w.writeAttribute(K("id"), id);
        w.writeAttribute(K("for"), QLatin1String(forWhat));
        w.writeAttribute(K("attr.name"), name);
        // GraphML's whole number type is "int" (GEXF's, "integer").
        w.writeAttribute(K("attr.type"), qstrcmp(type, "integer") == 0 ? K("int")
                                                                        : QLatin1String(type));
    };
    key(K("n_label"), "node", K("label"), "string");
    for (const Column &c : kNodeAttributes)
        key(K("n_") + QLatin1String(c.id), "node", QLatin1String(c.id), c.type);
    key(K("n_color"), "node", K("color"), "string");
    // Gephi's own colour keys, which it reads back as the node's colour.
    key(K("n_r"), "node", K("r"), "int");
    key(K("n_g"), "node", K("g"), "int");
    key(K("n_b"), "node", K("b"), "int");
    key(K("n_x"), "node", K("x"), "double");
    key(K("n_y"), "node", K("y"), "double");
    for (const Column &c : kEdgeAttributes)
        key(K("e_") + QLatin1String(c.id), "edge", QLatin1String(c.id), c.type);
    key(K("e_weight"), "edge", K("weight"), "double");
    key(K("e_color"), "edge", K("color"), "string");
    // The custom fields: a key each, typed.
    auto fieldKey = [&](const QString &id, const char *forWhat, const CustomField &f) {
        w.writeEmptyElement(K("key"));
        w.writeAttribute(K("id"), id);
        w.writeAttribute(K("for"), QLatin1String(forWhat));
        w.writeAttribute(K("attr.name"), f.name);
        w.writeAttribute(K("attr.type"), graphmlType(f));
        if (f.type == FieldType::Date || f.type == FieldType::Url || f.type == FieldType::Choice)
            w.writeAttribute(K("maillage.type"), fields::typeCode(f.type));
        if (f.type == FieldType::Choice && !f.choices.isEmpty())
            w.writeAttribute(K("maillage.choices"), f.choices.join(QLatin1Char('\n')));
    };
    for (const CustomField &f : s.actorFields)
        fieldKey(K("nf_%1").arg(f.id), "node", f);
    for (const CustomField &f : s.linkFields)
        fieldKey(K("ef_%1").arg(f.id), "edge", f);
    // Says who wrote the file: Maillage reads its own positions back without rescaling them.
    key(K("g_creator"), "graph", K("creator"), "string");
    const Directions directions(s, options);
    w.writeStartElement(K("graph"));
    w.writeAttribute(K("id"), K("territory"));
    w.writeAttribute(K("edgedefault"), directions.all ? K("directed") : K("undirected"));
    auto data = [&](const QString &keyId, const QString &value) {
        if (value.isEmpty())
            return;
        w.writeStartElement(K("data"));
        w.writeAttribute(K("key"), keyId);
        w.writeCharacters(value);
        w.writeEndElement();
    };
    data(K("g_creator"), K("Maillage"));
    for (const Actor &a : s.actors) {
        w.writeStartElement(K("node"));
        w.writeAttribute(K("id"), K("a%1").arg(a.id));
        data(K("n_label"), a.name);
        const auto values = nodeAttributeValues(s, a);
        for (const Column &c : kNodeAttributes)
            data(K("n_") + QLatin1String(c.id), values.value(QLatin1String(c.id)));
        if (a.categoryId) {
            const QString name = s.categoryById.value(a.categoryId).color;
            data(K("n_color"), name);
            if (const QColor c(name); c.isValid()) {
                data(K("n_r"), QString::number(c.red()));
                data(K("n_g"), QString::number(c.green()));
                data(K("n_b"), QString::number(c.blue()));
            }
        }
        if (a.hasPosition()) {
            data(K("n_x"), num(a.x));
            data(K("n_y"), num(exportedY(a.y)));
        }
        const QHash<qint64, QString> fieldValues = s.actorValues.value(a.id);
        for (const CustomField &f : s.actorFields)
            data(K("nf_%1").arg(f.id), exchangeValue(f, fieldValues.value(f.id)));
        w.writeEndElement();
    }
    for (const Link &l : s.links) {
        w.writeStartElement(K("edge"));
        w.writeAttribute(K("id"), K("l%1").arg(l.id));
        w.writeAttribute(K("source"), K("a%1").arg(l.sourceId));
        w.writeAttribute(K("target"), K("a%1").arg(l.targetId));
        const LinkType t = s.typeById.value(l.typeId);
        if (directions.mixed())
            w.writeAttribute(K("directed"), directions.of(l) ? K("true") : K("false"));
        const auto values = edgeAttributeValues(s, l);
        for (const Column &c : kEdgeAttributes)
            data(K("e_") + QLatin1String(c.id), values.value(QLatin1String(c.id)));
        data(K("e_weight"), weightOf(l));
        if (l.typeId)
            data(K("e_color"), t.color);
        const QHash<qint64, QString> fieldValues = s.linkValues.value(l.id);
        for (const CustomField &f : s.linkFields)
            data(K("ef_%1").arg(f.id), exchangeValue(f, fieldValues.value(f.id)));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return bytes;
}

QByteArray gexf(Store &store, ExportFormat version, const ExportOptions &options)
{
    const Snapshot s(store, options);
    const bool v13 = version != ExportFormat::Gexf12;
    const QString ns = v13 ? K("http://gexf.net/1.3") : K("http://www.gexf.net/1.2draft");
    const QString viz = v13 ? K("http://gexf.net/1.3/viz") : K("http://www.gexf.net/1.2draft/viz");
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeNamespace(viz, K("viz"));
    w.writeStartElement(K("gexf"));
    w.writeDefaultNamespace(ns);
    w.writeAttribute(K("version"), v13 ? K("1.3") : K("1.2"));
    w.writeStartElement(K("meta"));
    w.writeAttribute(K("lastmodifieddate"), QDate::currentDate().toString(Qt::ISODate));
    w.writeTextElement(K("creator"), K("Maillage"));
    w.writeTextElement(K("description"), s.territory.name);
    w.writeEndElement();
    const Directions directions(s, options);
    w.writeStartElement(K("graph"));
    w.writeAttribute(K("mode"), K("static"));
    w.writeAttribute(K("defaultedgetype"), directions.all ? K("directed") : K("undirected"));
    // The custom fields follow Maillage's columns, with ids of their own ("f" and the
    // field's id) and their types; a choice list's values are its options.
    auto attributes = [&](const char *cls, const auto &columns,
                          const QList<CustomField> &custom) {
        w.writeStartElement(K("attributes"));
        w.writeAttribute(K("class"), QLatin1String(cls));
        for (const Column &c : columns) {
            w.writeEmptyElement(K("attribute"));
            w.writeAttribute(K("id"), QLatin1String(c.id));
            w.writeAttribute(K("title"), QLatin1String(c.id));
            w.writeAttribute(K("type"), QLatin1String(c.type));
        }
        for (const CustomField &f : custom) {
            w.writeStartElement(K("attribute"));
            w.writeAttribute(K("id"), K("f%1").arg(f.id));
            w.writeAttribute(K("title"), f.name);
            w.writeAttribute(K("type"), gexfType(f, v13));
            if (f.type == FieldType::Choice && !f.choices.isEmpty())
                w.writeTextElement(K("options"), f.choices.join(QLatin1Char('|')));
            w.writeEndElement();
        }
        w.writeEndElement();
    };
    attributes("node", kNodeAttributes, s.actorFields);
    attributes("edge", kEdgeAttributes, s.linkFields);
    auto attvalues = [&](const auto &columns, const QHash<QString, QString> &values,
                         const QList<CustomField> &custom,
                         const QHash<qint64, QString> &customValues) {
        w.writeStartElement(K("attvalues"));
        for (const Column &c : columns) {
            const QString v = values.value(QLatin1String(c.id));
            if (v.isEmpty())
                continue;
            w.writeEmptyElement(K("attvalue"));
            w.writeAttribute(K("for"), QLatin1String(c.id));
            w.writeAttribute(K("value"), v);
        }
        for (const CustomField &f : custom) {
            const QString v = exchangeValue(f, customValues.value(f.id));
            if (v.isEmpty())
                continue;
            w.writeEmptyElement(K("attvalue"));
            w.writeAttribute(K("for"), K("f%1").arg(f.id));
            w.writeAttribute(K("value"), v);
        }
        w.writeEndElement();
    };
    auto color = [&](const QString &name) {
        const QColor c(name);
        if (!c.isValid())
            return;
        w.writeEmptyElement(viz, K("color"));
        w.writeAttribute(K("r"), QString::number(c.red()));
        w.writeAttribute(K("g"), QString::number(c.green()));
        w.writeAttribute(K("b"), QString::number(c.blue()));
    };
    w.writeStartElement(K("nodes"));
    for (const Actor &a : s.actors) {
        w.writeStartElement(K("node"));
        w.writeAttribute(K("id"), QString::number(a.id));
        w.writeAttribute(K("label"), a.name);
        attvalues(kNodeAttributes, nodeAttributeValues(s, a), s.actorFields,
                  s.actorValues.value(a.id));
        if (a.categoryId) {
            const Category c = s.categoryById.value(a.categoryId);
            color(c.color);
            w.writeEmptyElement(viz, K("shape"));
            w.writeAttribute(K("value"), vizShape(c.shape));
        }
        if (a.hasPosition()) {
            w.writeEmptyElement(viz, K("position"));
            w.writeAttribute(K("x"), num(a.x));
            w.writeAttribute(K("y"), num(exportedY(a.y)));
            w.writeAttribute(K("z"), K("0"));
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeStartElement(K("edges"));
    for (const Link &l : s.links) {
        const LinkType t = s.typeById.value(l.typeId);
        w.writeStartElement(K("edge"));
        w.writeAttribute(K("id"), QString::number(l.id));
        w.writeAttribute(K("source"), QString::number(l.sourceId));
        w.writeAttribute(K("target"), QString::number(l.targetId));
        if (directions.mixed())
            w.writeAttribute(K("type"), directions.of(l) ? K("directed") : K("undirected"));
        w.writeAttribute(K("weight"), weightOf(l));
        if (l.typeId)
            w.writeAttribute(K("label"), t.name);
        attvalues(kEdgeAttributes, edgeAttributeValues(s, l), s.linkFields,
                  s.linkValues.value(l.id));
        if (l.typeId)
            color(t.color);
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return bytes;
}

namespace {

QJsonObject rowJson(const Row &r, const Pseudonymizer *p)
{
    QJsonObject o;
    for (auto it = r.begin(); it != r.end(); ++it) {
        const QVariant &v = it.value();
        if (v.isNull())
            o.insert(it.key(), QJsonValue::Null);
        else if (v.typeId() == QMetaType::QString)
            o.insert(it.key(), p ? p->text(v.toString()) : v.toString());
        else if (v.typeId() == QMetaType::Double)
            o.insert(it.key(), v.toDouble());
        else
            o.insert(it.key(), v.toLongLong());
    }
    return o;
}

/// A join table's pairs, by its first column.
QMultiHash<qint64, QJsonValue> joinRows(const Store &store, const QString &table,
                                        const QString &first, const QString &second)
{
    QMultiHash<qint64, QJsonValue> out;
    for (const auto &[a, b] : store.pairs(table, first, second).value_or(QList<QPair<qint64, qint64>>()))
        out.insert(a, b);
    return out;
}

QJsonArray values(const QMultiHash<qint64, QJsonValue> &h, qint64 id)
{
    QList<QJsonValue> v = h.values(id);
    std::reverse(v.begin(), v.end());  // QMultiHash returns the latest first
    QJsonArray a;
    for (const QJsonValue &x : v)
        a << x;
    return a;
}

} // namespace

QByteArray territoryJson(Store &store, const ExportOptions &options)
{
    std::optional<Pseudonymizer> p;
    if (options.anonymize)
        p = Pseudonymizer::fromStore(store);
    const Pseudonymizer *text = p ? &*p : nullptr;
    auto table = [&](const char *name) {
        return store.rows(QLatin1String(name), QString(), QVariant(), K("id"));
    };
    QJsonObject root{{K("format"), K("maillage-territory")},
                     {K("version"), 1},
                     {K("schema_version"), store.schemaVersion()}};
    root.insert(K("territory"), rowJson(table("territory").value(0), text));
    for (const char *name : {"category", "link_type", "tag", "theme"}) {
        QJsonArray a;
        for (const Row &r : table(name))
            a << rowJson(r, text);
        root.insert(QLatin1String(name) == QLatin1String("category")    ? K("categories")
                    : QLatin1String(name) == QLatin1String("link_type") ? K("link_types")
                    : QLatin1String(name) == QLatin1String("tag")       ? K("tags")
                                                                        : K("themes"),
                    a);
    }
    QJsonArray fieldRows;
    QSet<qint64> personalFields;
    for (const Row &r : table("field")) {
        fieldRows << rowJson(r, text);
        if (r.value(K("personal")).toInt() != 0)
            personalFields.insert(r.value(K("id")).toLongLong());
    }
    root.insert(K("fields"), fieldRows);
    const FieldRepository fieldRepo(store);
    const auto actorValues = fieldRepo.allValues(K("actor"));
    const auto linkValues = fieldRepo.allValues(K("link"));
    // An actor's (link's) custom values, [{"field_id", "value"}] by field id; anonymized,
    // persons' values of personal fields are left out (for links: a person at either end).
    auto valuesJson = [&](const QHash<qint64, QString> &byField, bool person) {
        QList<qint64> ids = byField.keys();
        std::sort(ids.begin(), ids.end());
        QJsonArray a;
        for (qint64 f : ids) {
            if (person && personalFields.contains(f))
                continue;
            const QString v = byField.value(f);
            a << QJsonObject{{K("field_id"), f}, {K("value"), text ? text->text(v) : v}};
        }
        return a;
    };
    const auto actorTags =
        joinRows(store, K("actor_tag"), K("actor_id"), K("tag_id"));
    QJsonArray actors;
    for (const Row &r : table("actor")) {
        const qint64 id = r.value(K("id")).toLongLong();
        QJsonObject o = rowJson(r, text);
        if (p && p->isPerson(id)) {
            o.insert(K("name"), p->name(id, QString()));
            for (const char *c : {"email", "phone", "address", "website"})
                o.insert(QLatin1String(c), QString());
            // A person's own place is personal data; a commune's centre is not.
            if (r.value(K("location_precision")).toString() != QLatin1String("commune")) {
                o.insert(K("latitude"), QJsonValue::Null);
                o.insert(K("longitude"), QJsonValue::Null);
                o.insert(K("location_precision"), QString());
            }
        }
        o.insert(K("tags"), values(actorTags, id));
        o.insert(K("field_values"), valuesJson(actorValues.value(id), p && p->isPerson(id)));
        actors << o;
    }
    root.insert(K("actors"), actors);
    QJsonArray links;
    for (const Row &r : table("link")) {
        QJsonObject o = rowJson(r, text);
        const bool person = p && (p->isPerson(r.value(K("source_id")).toLongLong()) ||
                                  p->isPerson(r.value(K("target_id")).toLongLong()));
        o.insert(K("field_values"),
                 valuesJson(linkValues.value(r.value(K("id")).toLongLong()), person));
        links << o;
    }
    root.insert(K("links"), links);
    QMultiHash<qint64, QJsonValue> problemActors;
    for (const auto &[problem, actor, role] :
         Projections(store).problemActorRoles().value_or(QList<std::tuple<qint64, qint64, QString>>()))
        problemActors.insert(problem, QJsonObject{{K("actor_id"), actor}, {K("role"), role}});
    QJsonArray problems;
    for (const Row &r : table("problem")) {
        QJsonObject o = rowJson(r, text);
        o.insert(K("actors"), values(problemActors, r.value(K("id")).toLongLong()));
        problems << o;
    }
    root.insert(K("problems"), problems);
    const auto partners = joinRows(store, K("action_partner"), K("action_id"), K("actor_id"));
    const auto actionProblems = joinRows(store, K("action_problem"), K("action_id"), K("problem_id"));
    QJsonArray actions;
    for (const Row &r : table("action_item")) {
        QJsonObject o = rowJson(r, text);
        const qint64 id = r.value(K("id")).toLongLong();
        o.insert(K("partners"), values(partners, id));
        o.insert(K("problems"), values(actionProblems, id));
        actions << o;
    }
    root.insert(K("actions"), actions);
    QHash<qint64, QJsonArray> indicatorValues;
    for (const Row &r : table("indicator_value"))
        indicatorValues[r.value(K("indicator_id")).toLongLong()] << rowJson(r, text);
    QJsonArray indicators;
    for (const Row &r : table("indicator")) {
        QJsonObject o = rowJson(r, text);
        o.insert(K("values"), indicatorValues.value(r.value(K("id")).toLongLong()));
        indicators << o;
    }
    root.insert(K("indicators"), indicators);
    const auto attendees = joinRows(store, K("meeting_attendee"), K("meeting_id"), K("actor_id"));
    const auto meetingProblems = joinRows(store, K("meeting_problem"), K("meeting_id"), K("problem_id"));
    QJsonArray meetings;
    for (const Row &r : table("meeting")) {
        QJsonObject o = rowJson(r, text);
        const qint64 id = r.value(K("id")).toLongLong();
        o.insert(K("attendees"), values(attendees, id));
        o.insert(K("problems"), values(meetingProblems, id));
        meetings << o;
    }
    root.insert(K("meetings"), meetings);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

/// A JSON value as the store binds it (whole numbers as integers).
QVariant fromJson(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == std::floor(d) && std::abs(d) < 9e15)
            return qint64(d);
        return d;
    }
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    return v.toString();
}

} // namespace

bool createFromJson(const QString &path, const QString &jsonPath, QString *error)
{
    auto failed = [&](const QString &what) {
        if (error)
            *error = CsvReader::located(jsonPath, 0, what);
        return false;
    };
    if (QFileInfo::exists(path)) {
        if (error)
            *error = Tr::tr("“%1” already exists; a JSON territory is imported into a new file.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    QFile f(jsonPath);
    if (!f.open(QIODevice::ReadOnly))
        return failed(Tr::tr("cannot be read (%1)").arg(f.errorString()));
    const QByteArray bytes = f.readAll();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const qint64 line = bytes.left(pe.offset).count('\n') + 1;
        if (error)
            *error = CsvReader::located(jsonPath, line,
                                        Tr::tr("malformed JSON: %1").arg(pe.errorString()));
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(K("format")).toString() != QLatin1String("maillage-territory"))
        return failed(Tr::tr("not a Maillage territory JSON file (no \"format\": "
                             "\"maillage-territory\")"));
    if (root.value(K("version")).toInt() > 1)
        return failed(Tr::tr("written by a newer Maillage (version %1)")
                          .arg(root.value(K("version")).toInt()));
    const QString temp = path + K(".importing");
    QFile::remove(temp);
    Store store;
    QString why;
    const QJsonObject territory = root.value(K("territory")).toObject();
    if (!store.create(temp, territory.value(K("name")).toString(), &why))
        return failed(why);
    auto abandon = [&](const QString &what) {
        store.rollback();
        store.close();
        QFile::remove(temp);
        return failed(what);
    };
    if (!store.begin(&why))
        return abandon(why);
    for (const char *t : {"link", "actor_tag", "actor", "tag", "category", "link_type", "theme"})
        if (!store.clearTable(QLatin1String(t), &why))
            return abandon(why);
    auto insert = [&](const QString &table, const QJsonObject &o, const QString &what) {
        const TableInfo *info = schema::table(table);
        Row r;
        for (const QString &c : info->columns)
            if (o.contains(c))
                r.insert(c, fromJson(o.value(c)));
        if (info->columns.contains(K("created_at"))) {
            const QString now = nowTimestamp();
            if (r.value(K("created_at")).toString().isEmpty())
                r.insert(K("created_at"), now);
            if (r.value(K("updated_at")).toString().isEmpty())
                r.insert(K("updated_at"), now);
        }
        if (!store.insertRow(table, r, &why)) {
            why = Tr::tr("%1: %2").arg(what, why);
            return false;
        }
        return true;
    };
    Row t;
    for (const QString &c : schema::table(K("territory"))->columns)
        if (territory.contains(c) && c != QLatin1String("id"))
            t.insert(c, fromJson(territory.value(c)));
    if (!t.isEmpty() && !store.updateRow(K("territory"), {{K("id"), 1}}, t, &why))
        return abandon(why);
    struct Part
    {
        const char *key;
        const char *table;
    };
    for (const Part &part : {Part{"categories", "category"}, Part{"link_types", "link_type"},
                             Part{"tags", "tag"}, Part{"themes", "theme"},
                             Part{"fields", "field"},
                             Part{"actors", "actor"}, Part{"links", "link"},
                             Part{"meetings", "meeting"}, Part{"problems", "problem"},
                             Part{"actions", "action_item"}, Part{"indicators", "indicator"}}) {
        const QJsonArray rows = root.value(QLatin1String(part.key)).toArray();
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject o = rows.at(i).toObject();
            const QString what = K("%1[%2]").arg(QLatin1String(part.key)).arg(i);
            const QString table = QLatin1String(part.table);
            QJsonObject plain = o;
            if (table == QLatin1String("problem"))
                plain.remove(K("meeting_id"));  // set once meetings and problems exist
            if (!insert(table, plain, what))
                return abandon(why);
            const qint64 id = o.value(K("id")).toInteger();
            auto join = [&](const char *key, const char *joinTable, const char *self,
                            const char *other) {
                for (const QJsonValue &v : o.value(QLatin1String(key)).toArray()) {
                    QJsonObject jr{{QLatin1String(self), id}};
                    if (v.isObject()) {
                        const QJsonObject vo = v.toObject();
                        for (auto it = vo.begin(); it != vo.end(); ++it)
                            jr.insert(it.key(), it.value());
                    } else {
                        jr.insert(QLatin1String(other), v);
                    }
                    if (!insert(QLatin1String(joinTable), jr, what))
                        return false;
                }
                return true;
            };
            bool ok = true;
            if (table == QLatin1String("actor"))
                ok = join("tags", "actor_tag", "actor_id", "tag_id") &&
                     join("field_values", "actor_field_value", "actor_id", "");
            else if (table == QLatin1String("link"))
                ok = join("field_values", "link_field_value", "link_id", "");
            else if (table == QLatin1String("meeting"))
                ok = join("attendees", "meeting_attendee", "meeting_id", "actor_id");
            else if (table == QLatin1String("problem"))
                ok = join("actors", "problem_actor", "problem_id", "actor_id") &&
                     (o.value(K("meeting_id")).isNull() ||
                      store.updateRow(K("problem"), {{K("id"), id}},
                                      {{K("meeting_id"), fromJson(o.value(K("meeting_id")))}},
                                      &why));
            else if (table == QLatin1String("action_item"))
                ok = join("partners", "action_partner", "action_id", "actor_id") &&
                     join("problems", "action_problem", "action_id", "problem_id");
            else if (table == QLatin1String("indicator")) {
                for (const QJsonValue &v : o.value(K("values")).toArray())
                    ok = ok && insert(K("indicator_value"), v.toObject(), what);
            }
            if (!ok)
                return abandon(why);
        }
    }
    // Problems raised at meetings: the meeting rows exist now.
    for (const QJsonValue &v : root.value(K("meetings")).toArray()) {
        const QJsonObject o = v.toObject();
        const qint64 id = o.value(K("id")).toInteger();
        for (const QJsonValue &pv : o.value(K("problems")).toArray())
            if (!insert(K("meeting_problem"), {{K("meeting_id"), id}, {K("problem_id"), pv}},
                        K("meetings")))
                return abandon(why);
    }
    if (!store.commit(&why))
        return abandon(why);
    store.close();
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        return failed(Tr::tr("“%1” could not be written").arg(QDir::toNativeSeparators(path)));
    }
    return true;
}

LinkDirections linkDirections(Store &store)
{
    LinkDirections d;
    QSet<qint64> directedTypes;
    for (const LinkType &t : LinkTypeRepository(store).list())
        if (t.directed)
            directedTypes.insert(t.id);
    for (const Link &l : LinkRepository(store).list())
        ++(directedTypes.contains(l.typeId) ? d.directed : d.undirected);
    return d;
}

QString mixedDirectionsNote(const LinkDirections &directions)
{
    return Tr::tr("%Ln link(s) are directed and %1 are not: GraphML and GEXF allow such a "
                  "mixed graph, but some tools (NetworkX among them) cannot read it. Export "
                  "again treating every link as directed for those tools.",
                  nullptr, directions.directed)
        .arg(directions.undirected);
}

bool exportTerritory(Store &store, const QString &path, ExportFormat format,
                     const ExportOptions &options, QString *error)
{
    switch (format) {
    case ExportFormat::Csv:
        return writeAtomically(path, actorsCsv(store, options), error) &&
               writeAtomically(csvLinksPath(path), linksCsv(store, options), error);
    case ExportFormat::GraphML:
        return writeAtomically(path, graphml(store, options), error);
    case ExportFormat::Gexf12:
    case ExportFormat::Gexf13:
        return writeAtomically(path, gexf(store, format, options), error);
    case ExportFormat::Json:
        return writeAtomically(path, territoryJson(store, options), error);
    case ExportFormat::Kumu:
        return writeAtomically(path, kumuJson(store, options), error);
    case ExportFormat::GeoJson:
        return writeAtomically(path, geoJson(store, options), error);
    case ExportFormat::KumuCsv: {
        const KumuCsvPaths out = kumuCsvPaths(path);
        const Snapshot s(store, options);  // read (and pseudonymised) once for both sheets
        return writeAtomically(out.elements, kumuCsv(kumuElements(s)), error) &&
               writeAtomically(out.connections, kumuCsv(kumuConnections(s)), error);
    }
    }
    return false;
}

} // namespace maillage::io
