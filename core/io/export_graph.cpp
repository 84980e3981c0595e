// The graph exports other tools read: GeoJSON (QGIS), GraphML and GEXF (Gephi, yEd,
// Cytoscape).

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

using namespace exportparts;

#define K(s) QStringLiteral(s)

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

} // namespace maillage::io
