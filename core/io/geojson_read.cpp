// GeoJSON import: a FeatureCollection (RFC 7946, WGS 84 longitude/latitude) read by core/geo.
// - a Point (or a MultiPoint of one point) is an actor placed there; its properties are mapped
//   by name as a Maillage spreadsheet's columns are (name, category, tags, role, commune,
//   location_precision…; any other property becomes a custom field);
// - a feature without geometry is an actor without a place;
// - a LineString (or MultiLineString) whose properties name a `source` and a `target` (the
//   ids of point features of the file, or actors' names) is a link; its other properties
//   (type, strength, description…) are mapped as a links spreadsheet's;
// - any other geometry (a commune's outline) is refused: it is not an actor's place.
// What `maillage-cli export --format geojson` writes reads back the same way.
#include "core/geo/geojson.h"
#include "core/io/import_model.h"

#include <QJsonDocument>
#include <QSet>

namespace maillage::io::detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::io::Import)
};

#define K(s) QStringLiteral(s)

/// A property's value as a spreadsheet cell: lists joined with “|” (tags), objects as JSON.
QString cellText(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QVariantList: {
        QStringList items;
        for (const QVariant &item : v.toList())
            items << cellText(item);
        return items.join(QLatin1Char('|'));
    }
    case QMetaType::QVariantMap:
        return QString::fromUtf8(
            QJsonDocument::fromVariant(v).toJson(QJsonDocument::Compact));
    case QMetaType::Bool:
        return v.toBool() ? K("1") : K("0");
    case QMetaType::Double: {
        const double d = v.toDouble();
        if (d == std::floor(d) && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QMetaType::Nullptr:
    case QMetaType::UnknownType:
        return QString();
    default:
        return v.toString();
    }
}

} // namespace

bool readGeoJsonGraph(const QString &path, SourceGraph &graph, QString *error)
{
    geo::FeatureCollection fc;
    if (!geo::GeoJson::readFile(path, &fc, error))
        return false;
    auto fail = [&](int number, const QString &what) {
        *error = QStringLiteral("%1: %2").arg(path, Tr::tr("feature %1: %2").arg(number).arg(what));
        return false;
    };
    QSet<QString> keys;
    const QString latKey = importFieldKey(ImportField::Latitude);
    const QString lonKey = importFieldKey(ImportField::Longitude);
    for (qsizetype i = 0; i < fc.features.size(); ++i) {
        const geo::Feature &f = fc.features.at(i);
        const int number = int(i + 1);
        const geo::Geometry &g = f.geometry;
        const bool line = g.type == geo::GeometryType::LineString ||
                          g.type == geo::GeometryType::MultiLineString;
        const bool ends = f.properties.contains(K("source")) && f.properties.contains(K("target"));
        QString problem;
        if (line || (g.isEmpty() && ends)) {
            if (!ends)
                return fail(number, Tr::tr("a line is a link: it needs “source” and “target” "
                                           "properties"));
            EdgeRecord e;
            e.file = path;
            e.line = number;
            e.source = cellText(f.properties.value(K("source"))).trimmed();
            e.target = cellText(f.properties.value(K("target"))).trimmed();
            if (e.source.isEmpty() || e.target.isEmpty())
                return fail(number, Tr::tr("a link's “source” and “target” cannot be empty"));
            if (f.id.isValid() && !f.id.isNull()) {
                e.importKey = cellText(f.id);
                e.fromGraph = true;
            }
            for (auto it = f.properties.cbegin(); it != f.properties.cend(); ++it) {
                if (it.key() == QLatin1String("source") || it.key() == QLatin1String("target") ||
                    it.key() == QLatin1String("id") || it.key() == QLatin1String("source_name") ||
                    it.key() == QLatin1String("target_name"))
                    continue;
                if (!mapEdgeValue(Dialect::Maillage, it.key(), cellText(it.value()), e, graph,
                                  &problem))
                    return fail(number, problem);
            }
            graph.edges << std::move(e);
            continue;
        }
        const bool point = g.type == geo::GeometryType::Point ||
                           (g.type == geo::GeometryType::MultiPoint && g.parts.size() == 1);
        if (!g.isEmpty() && !point)
            return fail(number, Tr::tr("a %1 is not an actor's place: actors are Points "
                                       "(outlines of communes are for the territory view)")
                                    .arg(geo::GeoJson::typeName(g.type)));
        NodeRecord n;
        n.file = path;
        n.line = number;
        QString id = f.id.isValid() ? cellText(f.id).trimmed() : QString();
        if (id.isEmpty())
            id = cellText(f.properties.value(K("id"))).trimmed();
        for (auto it = f.properties.cbegin(); it != f.properties.cend(); ++it) {
            if (it.key() == QLatin1String("id"))
                continue;
            if (!mapNodeValue(Dialect::Maillage, it.key(), cellText(it.value()), n, &problem))
                return fail(number, problem);
        }
        if (point) {
            // The geometry is the place, whatever the properties say.
            const QPointF p = g.parts.first().first().first();
            n.fields.insert(latKey, p.y());
            n.fields.insert(lonKey, p.x());
        }
        if (!checkLocation(n, &problem))
            return fail(number, problem);
        if (!n.fields.contains(K("name"))) {
            if (id.isEmpty())
                return fail(number, Tr::tr("an actor needs a name (a “name” property)"));
            n.fields.insert(K("name"), id);
        }
        if (!id.isEmpty()) {
            if (keys.contains(id))
                return fail(number, Tr::tr("the id “%1” is already another feature's; nothing "
                                           "was imported")
                                        .arg(id));
            keys.insert(id);
            n.key = id;
            n.importKey = id;
        }
        graph.nodes << std::move(n);
    }
    return true;
}

} // namespace maillage::io::detail
