#include "core/geo/projection.h"

#include "core/geo/geojson.h"

#include <QHash>
#include <QRectF>

#include <proj.h>

#include <cmath>
#include <vector>

namespace maillage::geo {

namespace {

/// One thread's PROJ context and its transformations to WGS 84 by EPSG code (a null entry
/// remembers a code PROJ refused). Destroyed with the thread.
class ThreadProj
{
public:
    ThreadProj()
    {
        m_ctx = proj_context_create();
        // Errors come back to the caller as one line; PROJ prints nothing itself.
        proj_log_level(m_ctx, PJ_LOG_NONE);
    }
    ~ThreadProj()
    {
        for (PJ *p : std::as_const(m_toWgs84))
            if (p)
                proj_destroy(p);
        proj_context_destroy(m_ctx);
    }
    ThreadProj(const ThreadProj &) = delete;
    ThreadProj &operator=(const ThreadProj &) = delete;

    static ThreadProj &instance()
    {
        thread_local ThreadProj proj;
        return proj;
    }

    PJ_CONTEXT *context() const { return m_ctx; }

    /// Where EPSG:epsg is meant to be used (longitudes as x, latitudes as y), with a degree
    /// of margin; null when PROJ does not say.
    QRectF areaOfUse(int epsg) const { return m_areas.value(epsg); }

    /// The transformation EPSG:epsg → WGS 84 with longitude first; null if PROJ refuses it.
    PJ *toWgs84(int epsg)
    {
        if (const auto it = m_toWgs84.constFind(epsg); it != m_toWgs84.cend())
            return it.value();
        PJ *result = nullptr;
        const QByteArray source = "EPSG:" + QByteArray::number(epsg);
        if (PJ *crs = proj_create(m_ctx, source.constData())) {
            double west = 0, south = 0, east = 0, north = 0;
            if (proj_get_area_of_use(m_ctx, crs, &west, &south, &east, &north, nullptr) &&
                west > -1000 && west <= east)
                m_areas.insert(epsg, QRectF(QPointF(west - 1, south - 1),
                                            QPointF(east + 1, north + 1)));
            proj_destroy(crs);
        }
        if (PJ *raw = proj_create_crs_to_crs(m_ctx, source.constData(), "EPSG:4326", nullptr)) {
            // EPSG:4326 is latitude first by its definition; the map wants longitude first.
            result = proj_normalize_for_visualization(m_ctx, raw);
            proj_destroy(raw);
        }
        m_toWgs84.insert(epsg, result);
        return result;
    }

private:
    PJ_CONTEXT *m_ctx = nullptr;
    QHash<int, PJ *> m_toWgs84;
    QHash<int, QRectF> m_areas;
};

} // namespace

bool Projection::toWgs84(int epsg, QList<QPointF> &points, QString *error)
{
    PJ *p = epsg > 0 ? ThreadProj::instance().toWgs84(epsg) : nullptr;
    if (!p) {
        *error = tr("unknown projection EPSG:%1").arg(epsg);
        return false;
    }
    if (points.isEmpty())
        return true;
    std::vector<double> xs(points.size()), ys(points.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        xs[i] = points.at(i).x();
        ys[i] = points.at(i).y();
    }
    const QRectF area = ThreadProj::instance().areaOfUse(epsg);
    proj_errno_reset(p);
    proj_trans_generic(p, PJ_FWD, xs.data(), sizeof(double), xs.size(), ys.data(),
                       sizeof(double), ys.size(), nullptr, 0, 0, nullptr, 0, 0);
    for (size_t i = 0; i < xs.size(); ++i)
        if (!std::isfinite(xs[i]) || !std::isfinite(ys[i]) || !validLonLat(xs[i], ys[i]) ||
            (!area.isNull() && !area.contains(QPointF(xs[i], ys[i])))) {
            *error = tr("(%1, %2) is outside the area where EPSG:%3 is used")
                         .arg(points.at(qsizetype(i)).x(), 0, 'f', 2)
                         .arg(points.at(qsizetype(i)).y(), 0, 'f', 2)
                         .arg(epsg);
            return false;
        }
    for (qsizetype i = 0; i < points.size(); ++i)
        points[i] = QPointF(xs[size_t(i)], ys[size_t(i)]);
    return true;
}

std::optional<QPointF> Projection::toWgs84(int epsg, double x, double y, QString *error)
{
    QList<QPointF> points{QPointF(x, y)};
    if (!toWgs84(epsg, points, error))
        return std::nullopt;
    return points.first();
}

int Projection::sireneEpsg(const QString &communeCode)
{
    const QString code = communeCode.trimmed();
    if (code.size() != 5)
        return 0;
    if (code.startsWith(QLatin1String("97"))) {
        switch (code.at(2).unicode()) {
        case '1':
        case '2':
        case '7':
        case '8':
            return 5490;
        case '3': return 2972;
        case '4': return 2975;
        case '5': return 4467;
        case '6': return 4471;
        default: return 0;
        }
    }
    if (code.startsWith(QLatin1String("98")))
        return 0;
    return 2154;
}

bool Projection::known(int epsg)
{
    return epsg > 0 && ThreadProj::instance().toWgs84(epsg) != nullptr;
}

} // namespace maillage::geo
