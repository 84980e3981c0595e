// MapStyle: the map's shapes, link pens and curves, shared by the map painter, the window's
// scene and the exports.

#include "core/render/mappainter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace maillage::render {

namespace MapStyle {

double diameter(double normalised)
{
    return kMinDiameter + (kMaxDiameter - kMinDiameter) * std::clamp(normalised, 0.0, 1.0);
}

namespace {
QPolygonF regular(int corners, double radius, double startAngle)
{
    QPolygonF p;
    for (int i = 0; i < corners; ++i) {
        const double a = startAngle + 2 * std::numbers::pi * i / corners;
        p << QPointF(radius * std::cos(a), radius * std::sin(a));
    }
    p << p.first();
    return p;
}
} // namespace

QPainterPath shapePath(Shape shape, double diameter)
{
    const double r = diameter / 2;
    QPainterPath path;
    constexpr double up = -std::numbers::pi / 2;
    switch (shape) {
    case Shape::Circle:
        path.addEllipse(QPointF(0, 0), r, r);
        break;
    case Shape::Square:
        path.addRect(QRectF(-r * 0.9, -r * 0.9, r * 1.8, r * 1.8));
        break;
    case Shape::Diamond:
        path.addPolygon(regular(4, r * 1.1, up));
        break;
    case Shape::Triangle: {
        QPolygonF t = regular(3, r * 1.15, up);
        t.translate(0, r * 0.15);  // centre the triangle's visual mass
        path.addPolygon(t);
        break;
    }
    case Shape::Hexagon:
        path.addPolygon(regular(6, r, 0));
        break;
    case Shape::Star: {
        QPolygonF s;
        for (int i = 0; i < 10; ++i) {
            const double a = up + std::numbers::pi * i / 5;
            const double rr = (i % 2) ? r * 0.5 : r * 1.1;
            s << QPointF(rr * std::cos(a), rr * std::sin(a));
        }
        s << s.first();
        path.addPolygon(s);
        break;
    }
    }
    path.closeSubpath();
    return path;
}

QPen linkPen(const MapLinkType &type, int strength)
{
    QPen pen(type.color);
    pen.setWidthF(0.5 + 0.6 * std::clamp(strength, 1, 5));
    pen.setStyle(type.sign < 0 ? Qt::SolidLine : type.style);
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

double curveOffset(int index, int count)
{
    if (count <= 1)
        return 0;
    return (index - (count - 1) / 2.0) * 16.0;
}

/// Point of the quadratic curve a–c–b at t.
static QPointF quadPoint(const QPointF &a, const QPointF &c, const QPointF &b, double t)
{
    const double u = 1 - t;
    return u * u * a + 2 * u * t * c + t * t * b;
}
QPointF curveControl(const QPointF &a, const QPointF &b, double offset)
{
    const QPointF d = b - a;
    const double len = std::hypot(d.x(), d.y());
    if (len < 1e-9 || offset == 0)
        return (a + b) / 2;
    const QPointF normal(-d.y() / len, d.x() / len);
    return (a + b) / 2 + normal * (2 * offset);
}

QPolygonF zigzagPoints(const QPointF &a, const QPointF &b, double offset)
{
    const QPointF c = curveControl(a, b, offset);
    const double len = std::hypot(b.x() - a.x(), b.y() - a.y());
    // Teeth 7 units apart, at most 60 of them: very long conflict links (a zoomed-in view of
    // a big map) keep a legible wave without thousands of segments to stroke.
    const double amplitude = 4.0;
    const int teeth = std::clamp(int(len / 7.0), 2, 60);
    QPolygonF points;
    points.reserve(teeth + 1);
    points << a;
    for (int i = 1; i < teeth; ++i) {
        const double t = double(i) / teeth;
        const QPointF p = quadPoint(a, c, b, t);
        const QPointF tangent = 2 * (1 - t) * (c - a) + 2 * t * (b - c);
        const double tl = std::hypot(tangent.x(), tangent.y());
        const QPointF n = tl > 0 ? QPointF(-tangent.y() / tl, tangent.x() / tl) : QPointF();
        points << p + n * ((i % 2) ? amplitude : -amplitude);
    }
    points << b;
    return points;
}

QPainterPath zigzagPath(const QPointF &a, const QPointF &b, double offset)
{
    QPainterPath path;
    path.addPolygon(zigzagPoints(a, b, offset));
    return path;
}

QColor textColorOn(const QColor &fill)
{
    const double l = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return (fill.alpha() < 128 || l > 0.5) ? QColor(0x20, 0x20, 0x20) : QColor(0xf4, 0xf4, 0xf4);
}

} // namespace MapStyle

} // namespace maillage::render
