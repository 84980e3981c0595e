#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

// Projected coordinates to WGS 84, with PROJ (Debian's libproj-dev): never hand-written
// formulas. Each thread has its own PJ context and its own cache of transformations, so
// conversions may run on any thread without locking.
namespace maillage::geo {

class Projection
{
    Q_DECLARE_TR_FUNCTIONS(maillage::geo::Projection)
public:
    /// Converts `points` (x = easting, y = northing, in metres) from EPSG:`epsg` to WGS 84,
    /// in place, as QPointF(longitude, latitude). False with `error` set ("unknown
    /// projection EPSG:N", or which point could not be converted) and `points` unchanged.
    static bool toWgs84(int epsg, QList<QPointF> &points, QString *error);
    static std::optional<QPointF> toWgs84(int epsg, double x, double y, QString *error);

    /// The projection SIRENE's Lambert columns use for an establishment of commune `code`
    /// (INSEE, 5 characters): Lambert-93 (EPSG:2154) in metropolitan France and Corsica;
    /// overseas, the legal projection: 971 Guadeloupe, 972 Martinique, 977 Saint-Barthélemy,
    /// 978 Saint-Martin → RGAF09 / UTM 20N (EPSG:5490); 973 Guyane → RGFG95 / UTM 22N
    /// (EPSG:2972); 974 La Réunion → RGR92 / UTM 40S (EPSG:2975); 975 Saint-Pierre-et-
    /// Miquelon → RGSPM06 / UTM 21N (EPSG:4467); 976 Mayotte → RGM04 / UTM 38S (EPSG:4471).
    /// 0 when the code is not a French commune's (98x: other territories, no coordinates).
    static int sireneEpsg(const QString &communeCode);

    /// Whether PROJ knows EPSG:`epsg` as a projected or geographic CRS (its database).
    static bool known(int epsg);
};

} // namespace maillage::geo
