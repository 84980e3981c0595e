#include "core/io/export.h"
#include "core/io/export_parts.h"
#include "core/geo/geojson.h"

#include "core/io/csv.h"
#include "core/io/pseudonymize.h"
#include "core/store/repositories.h"
#include "core/store/store.h"

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

#define K(s) QStringLiteral(s)

namespace exportparts {

QString num(double d)
{
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

Snapshot::Snapshot(Store &store, const ExportOptions &options)
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

void Snapshot::anonymizeValues(const Pseudonymizer &p)
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

} // namespace exportparts

using namespace exportparts;

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
