#include "core/geo/geojson.h"

#include "core/util/text.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRectF>
#include <QSaveFile>

#include <cmath>

namespace maillage::geo {

namespace {

using L = QLatin1String;

/// Reads one GeoJSON text, remembering where it is for messages.
class Reader
{
public:
    Reader(const QString &source, QString *error) : m_source(source), m_error(error) {}

    bool fail(const QString &where, const QString &what)
    {
        *m_error = where.isEmpty() ? QStringLiteral("%1: %2").arg(m_source, what)
                                   : QStringLiteral("%1: %2: %3").arg(m_source, where, what);
        return false;
    }

    bool position(const QJsonValue &v, const QString &where, QPointF *out)
    {
        const QJsonArray a = v.toArray();
        if (!v.isArray() || a.size() < 2 || !a.at(0).isDouble() || !a.at(1).isDouble())
            return fail(where, GeoJson::tr("a position must be [longitude, latitude] numbers"));
        const double lon = a.at(0).toDouble(), lat = a.at(1).toDouble();
        if (!std::isfinite(lon) || !std::isfinite(lat) || !validLonLat(lon, lat))
            return fail(where, GeoJson::tr("position [%1, %2] is outside longitude −180…180 / "
                                           "latitude −90…90 (WGS 84 degrees, longitude first)")
                                   .arg(lon, 0, 'g', 12)
                                   .arg(lat, 0, 'g', 12));
        *out = QPointF(lon, lat);
        return true;
    }

    /// A list of positions with at least `minimum` of them (and closed for a ring).
    bool line(const QJsonValue &v, const QString &where, int minimum, bool ring,
              QList<QPointF> *out)
    {
        if (!v.isArray())
            return fail(where, GeoJson::tr("expected an array of positions"));
        const QJsonArray a = v.toArray();
        if (a.size() < minimum)
            return fail(where, ring ? GeoJson::tr("a ring needs at least 4 positions, it has %1")
                                          .arg(a.size())
                                    : GeoJson::tr("a line needs at least 2 positions, it has %1")
                                          .arg(a.size()));
        out->reserve(a.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QPointF p;
            if (!position(a.at(i), GeoJson::tr("%1, position %2").arg(where).arg(i + 1), &p))
                return false;
            *out << p;
        }
        if (ring && out->first() != out->last())
            return fail(where, GeoJson::tr("a ring must end at its first position"));
        return true;
    }

    bool polygon(const QJsonValue &v, const QString &where, QList<QList<QPointF>> *out)
    {
        if (!v.isArray() || v.toArray().isEmpty())
            return fail(where, GeoJson::tr("a polygon is an array of rings (at least one)"));
        const QJsonArray rings = v.toArray();
        for (qsizetype r = 0; r < rings.size(); ++r) {
            QList<QPointF> ring;
            if (!line(rings.at(r), GeoJson::tr("%1, ring %2").arg(where).arg(r + 1), 4, true,
                      &ring))
                return false;
            *out << ring;
        }
        return true;
    }

    bool geometry(const QJsonValue &v, const QString &where, Geometry *out)
    {
        if (v.isNull()) {
            *out = Geometry();
            return true;
        }
        if (!v.isObject())
            return fail(where, GeoJson::tr("“geometry” must be an object or null"));
        const QJsonObject o = v.toObject();
        const QString type = o.value(L("type")).toString();
        const QJsonValue c = o.value(L("coordinates"));
        if (type == L("GeometryCollection"))
            return fail(where, GeoJson::tr("GeometryCollection is not supported"));
        const QString w = where.isEmpty() ? type : QStringLiteral("%1 (%2)").arg(where, type);
        if (!c.isArray() && !type.isEmpty())
            return fail(w, GeoJson::tr("“coordinates” must be an array"));
        if (type == L("Point")) {
            QPointF p;
            if (!position(c, w, &p))
                return false;
            *out = Geometry::point(p.x(), p.y());
            return true;
        }
        out->parts.clear();
        const QJsonArray a = c.toArray();
        if (type == L("MultiPoint")) {
            out->type = GeometryType::MultiPoint;
            for (qsizetype i = 0; i < a.size(); ++i) {
                QPointF p;
                if (!position(a.at(i), GeoJson::tr("%1, position %2").arg(w).arg(i + 1), &p))
                    return false;
                out->parts.append({{p}});
            }
            return true;
        }
        if (type == L("LineString")) {
            out->type = GeometryType::LineString;
            QList<QPointF> l;
            if (!line(c, w, 2, false, &l))
                return false;
            out->parts.append({l});
            return true;
        }
        if (type == L("MultiLineString")) {
            out->type = GeometryType::MultiLineString;
            for (qsizetype i = 0; i < a.size(); ++i) {
                QList<QPointF> l;
                if (!line(a.at(i), GeoJson::tr("%1, line %2").arg(w).arg(i + 1), 2, false, &l))
                    return false;
                out->parts.append({l});
            }
            return true;
        }
        if (type == L("Polygon")) {
            out->type = GeometryType::Polygon;
            QList<QList<QPointF>> rings;
            if (!polygon(c, w, &rings))
                return false;
            out->parts.append(rings);
            return true;
        }
        if (type == L("MultiPolygon")) {
            out->type = GeometryType::MultiPolygon;
            for (qsizetype i = 0; i < a.size(); ++i) {
                QList<QList<QPointF>> rings;
                if (!polygon(a.at(i), GeoJson::tr("%1, polygon %2").arg(w).arg(i + 1), &rings))
                    return false;
                out->parts.append(rings);
            }
            return true;
        }
        if (type.isEmpty())
            return fail(where, GeoJson::tr("a geometry needs a “type”"));
        return fail(where, GeoJson::tr("unknown geometry type “%1”").arg(type));
    }

    bool feature(const QJsonValue &v, const QString &where, Feature *out)
    {
        if (!v.isObject() || v.toObject().value(L("type")).toString() != L("Feature"))
            return fail(where, GeoJson::tr("expected an object of type “Feature”"));
        const QJsonObject o = v.toObject();
        const QJsonValue id = o.value(L("id"));
        if (id.isString() || id.isDouble())
            out->id = id.toVariant();
        else if (!id.isUndefined() && !id.isNull())
            return fail(where, GeoJson::tr("a feature's “id” must be a string or a number"));
        if (!o.contains(L("geometry")))
            return fail(where, GeoJson::tr("a feature needs a “geometry” member (null if none)"));
        if (!geometry(o.value(L("geometry")), where, &out->geometry))
            return false;
        const QJsonValue props = o.value(L("properties"));
        if (props.isObject())
            out->properties = props.toObject().toVariantMap();
        else if (!props.isNull() && !props.isUndefined())
            return fail(where, GeoJson::tr("“properties” must be an object or null"));
        return true;
    }

private:
    QString m_source;
    QString *m_error;
};

/// The 1-based line of byte `offset` in `data`.
int lineAt(const QByteArray &data, qsizetype offset)
{
    return int(data.left(offset).count('\n')) + 1;
}

QJsonArray positionJson(const QPointF &p)
{
    // 7 decimals of a degree: about 1 cm, as RFC 7946 §11.2 suggests for precision.
    auto round7 = [](double v) { return std::round(v * 1e7) / 1e7; };
    return QJsonArray{round7(p.x()), round7(p.y())};
}

QJsonArray lineJson(const QList<QPointF> &line)
{
    QJsonArray a;
    for (const QPointF &p : line)
        a.append(positionJson(p));
    return a;
}

QJsonArray ringsJson(const QList<QList<QPointF>> &rings)
{
    QJsonArray a;
    for (const auto &r : rings)
        a.append(lineJson(r));
    return a;
}

QJsonValue geometryJson(const Geometry &g)
{
    if (g.type == GeometryType::None || g.parts.isEmpty())
        return QJsonValue::Null;
    QJsonObject o{{L("type"), GeoJson::typeName(g.type)}};
    QJsonArray c;
    switch (g.type) {
    case GeometryType::Point:
        o.insert(L("coordinates"), positionJson(g.parts.first().first().first()));
        return o;
    case GeometryType::MultiPoint:
        for (const auto &part : g.parts)
            c.append(positionJson(part.first().first()));
        break;
    case GeometryType::LineString:
        o.insert(L("coordinates"), lineJson(g.parts.first().first()));
        return o;
    case GeometryType::MultiLineString:
        for (const auto &part : g.parts)
            c.append(lineJson(part.first()));
        break;
    case GeometryType::Polygon:
        o.insert(L("coordinates"), ringsJson(g.parts.first()));
        return o;
    case GeometryType::MultiPolygon:
        for (const auto &part : g.parts)
            c.append(ringsJson(part));
        break;
    case GeometryType::None:
        break;
    }
    o.insert(L("coordinates"), c);
    return o;
}

/// Twice the signed area and the area-weighted centre sum of a closed ring (shoelace).
void ringMoments(const QList<QPointF> &ring, double *area2, double *cx, double *cy)
{
    *area2 = *cx = *cy = 0;
    // Relative to the first position, so that large coordinates keep their precision.
    const QPointF o = ring.first();
    for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
        const QPointF a = ring.at(i) - o, b = ring.at(i + 1) - o;
        const double cross = a.x() * b.y() - b.x() * a.y();
        *area2 += cross;
        *cx += (a.x() + b.x()) * cross;
        *cy += (a.y() + b.y()) * cross;
    }
    *cx += o.x() * 3 * *area2;
    *cy += o.y() * 3 * *area2;
}

QString normalisedCode(const QVariant &v)
{
    QString code = v.toString().trimmed().toUpper();
    if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::LongLong ||
        v.typeId() == QMetaType::Int)
        code = QString::number(v.toLongLong());
    if (code.isEmpty() || code.size() > 5)
        return QString();
    bool digits = true;
    for (QChar c : code)
        digits = digits && c.isDigit();
    // Corsica: 2A004, 2B033.
    const bool corsica = code.size() == 5 && code.startsWith(QLatin1Char('2')) &&
                         (code.at(1) == QLatin1Char('A') || code.at(1) == QLatin1Char('B'));
    if (!digits && !corsica)
        return QString();
    return code.rightJustified(5, QLatin1Char('0'));
}

} // namespace

Geometry Geometry::point(double longitude, double latitude)
{
    Geometry g;
    g.type = GeometryType::Point;
    g.parts.append({{QPointF(longitude, latitude)}});
    return g;
}

Geometry Geometry::lineString(const QList<QPointF> &positions)
{
    Geometry g;
    g.type = GeometryType::LineString;
    g.parts.append({positions});
    return g;
}

QRectF Geometry::bounds() const
{
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool first = true;
    for (const auto &part : parts)
        for (const auto &line : part)
            for (const QPointF &p : line) {
                if (first) {
                    x0 = x1 = p.x();
                    y0 = y1 = p.y();
                    first = false;
                }
                x0 = std::min(x0, p.x());
                x1 = std::max(x1, p.x());
                y0 = std::min(y0, p.y());
                y1 = std::max(y1, p.y());
            }
    return first ? QRectF() : QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

QString GeoJson::typeName(GeometryType type)
{
    switch (type) {
    case GeometryType::Point: return QStringLiteral("Point");
    case GeometryType::MultiPoint: return QStringLiteral("MultiPoint");
    case GeometryType::LineString: return QStringLiteral("LineString");
    case GeometryType::MultiLineString: return QStringLiteral("MultiLineString");
    case GeometryType::Polygon: return QStringLiteral("Polygon");
    case GeometryType::MultiPolygon: return QStringLiteral("MultiPolygon");
    case GeometryType::None: break;
    }
    return QString();
}

bool GeoJson::read(const QByteArray &json, const QString &sourceName, FeatureCollection *out,
                   QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    Reader r(sourceName, error);
    if (pe.error != QJsonParseError::NoError)
        return r.fail(tr("line %1").arg(lineAt(json, pe.offset)),
                      tr("not valid JSON (%1)").arg(pe.errorString()));
    if (!doc.isObject())
        return r.fail(QString(), tr("not GeoJSON: the document must be an object"));
    const QJsonObject root = doc.object();
    const QString type = root.value(L("type")).toString();
    FeatureCollection result;
    if (const QJsonValue crs = root.value(L("crs")); crs.isObject()) {
        // Older files (GeoJSON 2008) may name their CRS: only WGS 84 longitude/latitude.
        const QString name =
            crs.toObject().value(L("properties")).toObject().value(L("name")).toString();
        if (!name.isEmpty() && !name.contains(L("CRS84")) && !name.endsWith(L("4326")))
            return r.fail(QString(),
                          tr("coordinates in “%1”: only WGS 84 longitude/latitude (RFC 7946) "
                             "is read; reproject the file (QGIS: Export › Save Features As, "
                             "CRS EPSG:4326)")
                              .arg(name));
    }
    if (type == L("FeatureCollection")) {
        const QJsonValue fs = root.value(L("features"));
        if (!fs.isArray())
            return r.fail(QString(), tr("a FeatureCollection needs a “features” array"));
        const QJsonArray a = fs.toArray();
        result.features.reserve(a.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            Feature f;
            if (!r.feature(a.at(i), tr("feature %1").arg(i + 1), &f))
                return false;
            result.features << std::move(f);
        }
    } else if (type == L("Feature")) {
        Feature f;
        if (!r.feature(root, tr("feature 1"), &f))
            return false;
        result.features << std::move(f);
    } else if (!type.isEmpty() && root.contains(L("coordinates"))) {
        Feature f;
        if (!r.geometry(root, QString(), &f.geometry))
            return false;
        result.features << std::move(f);
    } else {
        return r.fail(QString(), type.isEmpty()
                                     ? tr("not GeoJSON: the object has no “type”")
                                     : tr("not GeoJSON: unknown type “%1”").arg(type));
    }
    *out = std::move(result);
    return true;
}

bool GeoJson::readFile(const QString &path, FeatureCollection *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read (%2)").arg(path, f.errorString());
        return false;
    }
    return read(f.readAll(), path, out, error);
}

QByteArray GeoJson::write(const FeatureCollection &collection)
{
    QByteArray out = "{\"type\":\"FeatureCollection\",\"features\":[\n";
    for (qsizetype i = 0; i < collection.features.size(); ++i) {
        const Feature &f = collection.features.at(i);
        QJsonObject o{{L("type"), L("Feature")}};
        if (f.id.isValid() && !f.id.isNull())
            o.insert(L("id"), QJsonValue::fromVariant(f.id));
        o.insert(L("geometry"), geometryJson(f.geometry));
        o.insert(L("properties"), QJsonObject::fromVariantMap(f.properties));
        out += QJsonDocument(o).toJson(QJsonDocument::Compact);
        out += i + 1 < collection.features.size() ? ",\n" : "\n";
    }
    out += "]}\n";
    return out;
}

bool GeoJson::writeFile(const QString &path, const FeatureCollection &collection,
                        QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(write(collection)) < 0 || !f.commit()) {
        *error = tr("%1: cannot write (%2)").arg(path, f.errorString());
        return false;
    }
    return true;
}

std::optional<QPointF> centroid(const Geometry &g)
{
    if (g.parts.isEmpty())
        return std::nullopt;
    if (g.type == GeometryType::Polygon || g.type == GeometryType::MultiPolygon) {
        double area = 0, sx = 0, sy = 0;
        for (const auto &rings : g.parts)
            for (qsizetype r = 0; r < rings.size(); ++r) {
                double a2, cx, cy;
                ringMoments(rings.at(r), &a2, &cx, &cy);
                // Exterior rings add, holes subtract, whatever their winding order.
                const double sign = (r == 0) == (a2 >= 0) ? 1 : -1;
                area += sign * a2;
                sx += sign * cx;
                sy += sign * cy;
            }
        if (std::abs(area) > 1e-18)
            return QPointF(sx / (3 * area), sy / (3 * area));
    }
    if (g.type == GeometryType::LineString || g.type == GeometryType::MultiLineString) {
        double length = 0, sx = 0, sy = 0;
        for (const auto &part : g.parts)
            for (const auto &line : part)
                for (qsizetype i = 0; i + 1 < line.size(); ++i) {
                    const QPointF a = line.at(i), b = line.at(i + 1);
                    const double l = std::hypot(b.x() - a.x(), b.y() - a.y());
                    length += l;
                    sx += (a.x() + b.x()) / 2 * l;
                    sy += (a.y() + b.y()) / 2 * l;
                }
        if (length > 0)
            return QPointF(sx / length, sy / length);
    }
    // Points, and degenerate lines or polygons: the mean of the distinct positions.
    double sx = 0, sy = 0;
    int n = 0;
    for (const auto &part : g.parts)
        for (const auto &line : part)
            for (qsizetype i = 0; i < line.size(); ++i) {
                if (i > 0 && i + 1 == line.size() && line.size() > 2 && line.last() == line.first())
                    continue;  // a closed ring's repeated position
                sx += line.at(i).x();
                sy += line.at(i).y();
                ++n;
            }
    if (n == 0)
        return std::nullopt;
    return QPointF(sx / n, sy / n);
}

QString communeCodeOf(const Feature &feature)
{
    static const char *const keys[] = {"code", "codgeo", "insee_com", "insee", "code_insee",
                                       "codeinsee", "com", "codecommune", "code_commune",
                                       "inseecode", "citycode"};
    for (auto it = feature.properties.cbegin(); it != feature.properties.cend(); ++it) {
        const QString k = it.key().toLower();
        for (const char *key : keys)
            if (k == QLatin1String(key)) {
                const QString code = normalisedCode(it.value());
                if (!code.isEmpty())
                    return code;
            }
    }
    return QString();
}

void CommuneCentres::add(const FeatureCollection &collection)
{
    static const char *const nameKeys[] = {"nom", "name", "nom_com", "libelle", "nom_commune"};
    for (const Feature &f : collection.features) {
        const QString code = communeCodeOf(f);
        const auto c = centroid(f.geometry);
        if (code.isEmpty() || !c)
            continue;
        m_byCode.insert(code, *c);
        for (auto it = f.properties.cbegin(); it != f.properties.cend(); ++it) {
            const QString k = it.key().toLower();
            for (const char *key : nameKeys)
                if (k == QLatin1String(key)) {
                    const QString folded = text::fold(it.value().toString());
                    if (!folded.isEmpty()) {
                        m_byName.insert(folded, *c);
                        ++m_nameCount[folded];
                    }
                }
        }
    }
}

bool CommuneCentres::load(const QString &path, QString *error)
{
    FeatureCollection fc;
    if (!GeoJson::readFile(path, &fc, error))
        return false;
    const int before = size();
    add(fc);
    if (size() == before) {
        *error = tr("%1: no feature has an INSEE commune code property (code, codgeo, "
                    "INSEE_COM, insee…) and a geometry")
                     .arg(path);
        return false;
    }
    return true;
}

std::optional<QPointF> CommuneCentres::centre(const QString &inseeCode) const
{
    const QString code = normalisedCode(inseeCode);
    if (const auto it = m_byCode.constFind(code); it != m_byCode.cend())
        return it.value();
    return std::nullopt;
}

std::optional<QPointF> CommuneCentres::centreByName(const QString &name) const
{
    const QString folded = text::fold(name);
    if (m_nameCount.value(folded) != 1)
        return std::nullopt;
    return m_byName.value(folded);
}

} // namespace maillage::geo
