#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <optional>

// GeoJSON (RFC 7946): reading and writing FeatureCollections in WGS 84 longitude/latitude.
// Plain data, no widgets: the territory view draws commune outlines from it, the import reads
// actors' places from it and the export writes actors and links with it.
namespace maillage::geo {

enum class GeometryType { None, Point, MultiPoint, LineString, MultiLineString, Polygon,
                          MultiPolygon };

/// One geometry, its positions as QPointF(longitude, latitude), nested the same way for
/// every type: `parts` → lines or rings → positions.
/// - Point: one part of one line of one position; MultiPoint: one such part per point.
/// - LineString: one part of one line; MultiLineString: one part per line.
/// - Polygon: one part, its rings (the exterior first, then holes); MultiPolygon: one part
///   per polygon.
/// A Feature without a geometry (`"geometry": null`) has type None and no parts.
struct Geometry
{
    GeometryType type = GeometryType::None;
    QList<QList<QList<QPointF>>> parts;

    bool isEmpty() const { return type == GeometryType::None; }
    static Geometry point(double longitude, double latitude);
    static Geometry lineString(const QList<QPointF> &positions);
    /// The bounding box (longitudes as x, latitudes as y); null for no geometry.
    QRectF bounds() const;
};

struct Feature
{
    QVariant id;             ///< the feature's "id" member (string or number), null if none
    Geometry geometry;
    QVariantMap properties;  ///< JSON values as QVariant (objects as maps, arrays as lists)
};

struct FeatureCollection
{
    QList<Feature> features;
};

class GeoJson
{
    Q_DECLARE_TR_FUNCTIONS(maillage::geo::GeoJson)
public:
    /// Reads a FeatureCollection (also a single Feature or a bare geometry, made into a
    /// collection of one). False with `error` set to one line "SOURCE: where: what" on
    /// malformed input (not JSON, a wrong member, too few positions, a ring not closed) and
    /// on a position outside longitude −180…180 / latitude −90…90.
    static bool read(const QByteArray &json, const QString &sourceName, FeatureCollection *out,
                     QString *error);
    static bool readFile(const QString &path, FeatureCollection *out, QString *error);

    /// RFC 7946 text: a FeatureCollection, positions [longitude, latitude] rounded to 7
    /// decimals (about a centimetre), one feature per line.
    static QByteArray write(const FeatureCollection &collection);
    /// Writes atomically (a temporary file renamed into place).
    static bool writeFile(const QString &path, const FeatureCollection &collection,
                          QString *error);

    static QString typeName(GeometryType type);
};

/// The centre of a geometry: of polygons, the area-weighted centroid of their exterior rings
/// (holes subtracted); of lines, the middle of their length's weighted segments; of points,
/// their mean. nullopt for no geometry.
std::optional<QPointF> centroid(const Geometry &geometry);

/// The INSEE commune code a feature carries in one of the properties the usual commune files
/// use (`code`, `codgeo`, `INSEE_COM`, `insee`, `code_insee`, `com`, `codeCommune`, any case),
/// normalised to 5 characters ("1001" → "01001"); empty when none.
QString communeCodeOf(const Feature &feature);

/// Commune centres by INSEE code, from a GeoJSON of commune outlines (IGN ADMIN EXPRESS, the
/// geo API's contours) or points.
class CommuneCentres
{
    Q_DECLARE_TR_FUNCTIONS(maillage::geo::CommuneCentres)
public:
    /// False with `error` set when the file cannot be read or holds no feature with a commune
    /// code property.
    bool load(const QString &path, QString *error);
    void add(const FeatureCollection &collection);
    std::optional<QPointF> centre(const QString &inseeCode) const;
    /// The commune's centre from its name when the features carry one (`nom`, `name`,
    /// `NOM_COM`, `libelle`), ignoring case and accents; nullopt if unknown or ambiguous.
    std::optional<QPointF> centreByName(const QString &name) const;
    int size() const { return int(m_byCode.size()); }

private:
    QHash<QString, QPointF> m_byCode;
    QHash<QString, QPointF> m_byName;
    QHash<QString, int> m_nameCount;
};

/// Whether (longitude, latitude) is a valid WGS 84 position.
inline bool validLonLat(double longitude, double latitude)
{
    return longitude >= -180 && longitude <= 180 && latitude >= -90 && latitude <= 90;
}

} // namespace maillage::geo
