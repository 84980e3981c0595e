#include "core/render/hairlines.h"

#include <optional>

#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

namespace maillage::render {

namespace {

/// Qt's dash patterns for a one-pixel cosmetic pen, in pixels: on, off, on, off…
struct Pattern
{
    int lengths[6] = {};
    int count = 0;
};

Pattern patternFor(Qt::PenStyle style)
{
    switch (style) {
    case Qt::DashLine:
        return {{4, 2}, 2};
    case Qt::DotLine:
        return {{1, 2}, 2};
    case Qt::DashDotLine:
        return {{4, 2, 1, 2}, 4};
    case Qt::DashDotDotLine:
        return {{4, 2, 1, 2, 1, 2}, 6};
    default:
        return {};
    }
}

} // namespace

bool clipSegment(const QPointF &a, const QPointF &b, const QRectF &r, double &t0, double &t1)
{
    t0 = 0;
    t1 = 1;
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return true;
}

bool HairlineCanvas::supports(const QPainter *painter)
{
    return painter && painter->isActive() && painter->paintEngine() &&
           painter->paintEngine()->type() == QPaintEngine::Raster;
}

QRect HairlineCanvas::deviceRect(const QPainter *painter, const QRectF &exposed)
{
    const QTransform device = painter->deviceTransform();
    QRect rect = device.mapRect(exposed).toAlignedRect();
    if (painter->hasClipping())
        rect &= device.mapRect(painter->clipBoundingRect()).toAlignedRect();
    return rect;
}

bool HairlineCanvas::begin(QPainter *painter, const QRectF &exposed)
{
    m_painter = nullptr;
    m_layer.reset();
    m_finished = false;
    m_pixels = 0;
    if (!supports(painter) || !exposed.isValid())
        return false;
    const QTransform device = painter->deviceTransform();
    if (device.type() == QTransform::TxProject)
        return false;
    const QRect rect = deviceRect(painter, exposed);
    // A view is a few million pixels; anything far larger is not a screen (let QPainter do it).
    if (rect.isEmpty() || rect.width() > 16384 || rect.height() > 16384 ||
        qint64(rect.width()) * rect.height() > 64LL * 1024 * 1024)
        return false;
    if (m_image.size() != rect.size())
        m_image = QImage(rect.size(), QImage::Format_ARGB32_Premultiplied);
    if (m_image.isNull())
        return false;
    m_image.fill(Qt::transparent);
    m_device = device;
    m_deviceRect = rect;
    m_toImage = device * QTransform::fromTranslate(-rect.left(), -rect.top());
    m_clip = m_image.rect();
    m_left = m_top = std::numeric_limits<int>::max();
    m_right = m_bottom = std::numeric_limits<int>::min();
    m_dashMasks.clear();
    m_dashes.clear();
    m_painter = painter;
    return true;
}

std::optional<QRect> HairlineCanvas::keptPart(QPainter *painter, const QRectF &exposed) const
{
    if (!m_finished || m_painter || !supports(painter) || !exposed.isValid() ||
        painter->deviceTransform() != m_device)
        return std::nullopt;
    const QRect rect = deviceRect(painter, exposed);
    if (rect.isEmpty() || !m_deviceRect.contains(rect))
        return std::nullopt;
    return rect;
}

bool HairlineCanvas::beginRepair(QPainter *painter, const QRectF &exposed)
{
    const auto part = keptPart(painter, exposed);
    if (!part)
        return false;
    const QRect rect = *part;
    m_layer.reset();
    m_finished = false;
    m_pixels = 0;
    m_clip = rect.translated(-m_deviceRect.topLeft());
    {
        QPainter clear(&m_image);
        clear.setCompositionMode(QPainter::CompositionMode_Source);
        clear.fillRect(m_clip, Qt::transparent);
    }
    m_left = m_top = std::numeric_limits<int>::max();
    m_right = m_bottom = std::numeric_limits<int>::min();
    m_painter = painter;
    return true;
}

QPainter *HairlineCanvas::layer()
{
    if (!m_painter)
        return nullptr;
    if (!m_layer) {
        m_layer = std::make_unique<QPainter>(&m_image);
        m_layer->setClipRect(m_clip);
        m_layer->setTransform(m_toImage);
        // Anything may be drawn anywhere: the whole image (or the part repaired) is shown.
        m_left = m_clip.left();
        m_top = m_clip.top();
        m_right = m_clip.right();
        m_bottom = m_clip.bottom();
    }
    return m_layer.get();
}

void HairlineCanvas::addLine(const QPointF &a, const QPointF &b, QRgb color, Qt::PenStyle style,
                             int width)
{
    Q_ASSERT(!m_layer);
    if (!m_painter || m_layer || style == Qt::NoPen || width < 1)
        return;
    // The transform is a scale and a shift in practice: mapped by hand, not by a call.
    const QTransform &t = m_toImage;
    const QPointF p(t.m11() * a.x() + t.m21() * a.y() + t.dx(),
                    t.m12() * a.x() + t.m22() * a.y() + t.dy());
    const QPointF q(t.m11() * b.x() + t.m21() * b.y() + t.dx(),
                    t.m12() * b.x() + t.m22() * b.y() + t.dy());
    if (!std::isfinite(p.x() + p.y() + q.x() + q.y()))
        return;
    const quint32 value = color | 0xff000000u;
    if (width == 1) {
        span(p, q, value, style, 1);
        return;
    }
    // A wider line: parallel one-pixel lines side by side across its main direction, as
    // QPainter strokes a line without antialiasing.
    const bool xMajor = std::abs(q.x() - p.x()) >= std::abs(q.y() - p.y());
    const QPointF across = xMajor ? QPointF(0, 1) : QPointF(1, 0);
    for (int k = 0; k < width; ++k) {
        const QPointF shift = across * (k - (width - 1) / 2.0);
        span(p + shift, q + shift, value, style, width);
    }
}

void HairlineCanvas::span(QPointF p, QPointF q, quint32 value, Qt::PenStyle style, int dashUnit)
{
    // The pixels are those of the whole line, from its own ends, whatever part of it this
    // image shows: a view repainted in strips draws the same line as one repainted at once.
    // Only absurdly far ends (a huge zoom) are brought nearer first.
    constexpr double kFar = double(1 << 28);
    if (std::max({std::abs(p.x()), std::abs(p.y()), std::abs(q.x()), std::abs(q.y())}) > kFar) {
        double u0, u1;
        if (!clipSegment(p, q, QRectF(-kFar, -kFar, 2 * kFar, 2 * kFar), u0, u1))
            return;
        const QPointF d = q - p;
        q = p + d * u1;
        p = p + d * u0;
    }
    // The pixels drawn: the whole image, or the part being repaired.
    const int cx0 = m_clip.left(), cy0 = m_clip.top();
    const int cx1 = cx0 + m_clip.width(), cy1 = cy0 + m_clip.height();
    double t0, t1;
    if (!clipSegment(p, q, QRectF(m_clip), t0, t1))
        return;
    const qint64 x0 = qint64(std::floor(p.x())), y0 = qint64(std::floor(p.y()));
    const qint64 dx = qint64(std::floor(q.x())) - x0, dy = qint64(std::floor(q.y())) - y0;
    const qint64 steps = std::max(std::abs(dx), std::abs(dy));
    const bool xMajor = std::abs(dx) >= std::abs(dy);
    const int majorSign = (xMajor ? dx : dy) >= 0 ? 1 : -1;
    const qint64 minorDelta = xMajor ? dy : dx;
    const int minorSign = minorDelta >= 0 ? 1 : -1;
    // The minor coordinate as a 0.32 fraction starting at one half (Bresenham's rounding);
    // a diagonal's step would be exactly 1.0: just under it carries at every step too.
    const quint32 fractionStep =
        steps ? quint32(std::min<quint64>((quint64(std::abs(minorDelta)) << 32) / quint64(steps),
                                          0xffffffffu))
              : 0;
    const auto pixelAt = [&](qint64 i) {
        const qint64 carries = ((qint64(1) << 31) + i * qint64(fractionStep)) >> 32;
        const qint64 major = i * majorSign, minor = carries * minorSign;
        return std::pair<qint64, qint64>{x0 + (xMajor ? major : minor),
                                         y0 + (xMajor ? minor : major)};
    };
    const auto inside = [&](qint64 i) {
        const auto [x, y] = pixelAt(i);
        return x >= cx0 && x < cx1 && y >= cy0 && y < cy1;
    };
    // The steps inside the image (a digital line is monotonic: they follow each other),
    // from the clipped ends, then pixel-exact.
    qint64 first = std::clamp<qint64>(qint64(std::floor(t0 * steps)), 0, steps);
    qint64 last = std::clamp<qint64>(qint64(std::ceil(t1 * steps)), 0, steps);
    while (first > 0 && inside(first - 1))
        --first;
    while (first <= last && !inside(first))
        ++first;
    while (last < steps && inside(last + 1))
        ++last;
    while (last >= first && !inside(last))
        --last;
    if (first > last)
        return;
    const auto [startX, startY] = pixelAt(first);
    const auto [endX, endY] = pixelAt(last);
    Segment seg;
    seg.x0 = int(startX);
    seg.y0 = int(startY);
    seg.steps = int(last - first);
    seg.xMajor = xMajor;
    seg.majorSign = majorSign;
    seg.minorSign = minorSign;
    seg.fractionStep = fractionStep;
    seg.fraction = quint32(0x80000000u + quint64(first) * fractionStep);
    seg.value = value;
    const Pattern pattern = patternFor(style);
    if (pattern.count) {
        // Dashes: the pattern starts at the line's own start, even when that start is not in
        // this image. A pattern grows with the pen's width.
        const int key = int(style) * 1024 + dashUnit;
        auto known = std::find_if(m_dashes.cbegin(), m_dashes.cend(),
                                  [&](const DashMask &m) { return m.key == key; });
        if (known == m_dashes.cend()) {
            DashMask mask{key, int(m_dashMasks.size()), 0};
            for (int i = 0; i < pattern.count; ++i)
                for (int k = 0; k < pattern.lengths[i] * dashUnit; ++k, ++mask.period)
                    m_dashMasks.push_back(i % 2 == 0 ? 1 : 0);
            m_dashes.push_back(mask);
            known = m_dashes.cend() - 1;
        }
        seg.dashes = known->offset;
        seg.period = known->period;
        seg.phase = int(first % seg.period);
    }
    m_pixels += seg.steps + 1;
    m_left = std::min(m_left, int(std::min(startX, endX)));
    m_right = std::max(m_right, int(std::max(startX, endX)));
    m_top = std::min(m_top, int(std::min(startY, endY)));
    m_bottom = std::max(m_bottom, int(std::max(startY, endY)));
    draw(seg);
}

void HairlineCanvas::draw(const Segment &seg)
{
    quint32 *const bits = reinterpret_cast<quint32 *>(m_image.bits());
    const qsizetype stride = m_image.bytesPerLine() / 4;
    quint32 *pixel = bits + qsizetype(seg.y0) * stride + seg.x0;
    const qsizetype majorAdvance = seg.xMajor ? seg.majorSign : seg.majorSign * stride;
    const qsizetype minorAdvance = seg.xMajor ? seg.minorSign * stride : seg.minorSign;
    const quint32 value = seg.value;
    // One step a pixel along the main direction; the carry of the fraction moves to the next
    // row (or column) without a branch.
    quint32 fraction = seg.fraction;
    if (seg.period == 0) {
        for (int i = 0;; ++i) {
            *pixel = value;
            if (i == seg.steps)
                break;
            const quint32 next = fraction + seg.fractionStep;
            pixel += majorAdvance + (next < fraction ? minorAdvance : 0);
            fraction = next;
        }
        return;
    }
    const quint8 *mask = m_dashMasks.data() + seg.dashes;
    int position = seg.phase;
    for (int i = 0;; ++i) {
        if (mask[position])
            *pixel = value;
        if (++position == seg.period)
            position = 0;
        if (i == seg.steps)
            break;
        const quint32 next = fraction + seg.fractionStep;
        pixel += majorAdvance + (next < fraction ? minorAdvance : 0);
        fraction = next;
    }
}

void HairlineCanvas::finish()
{
    if (!m_painter)
        return;
    QPainter *painter = m_painter;
    m_painter = nullptr;
    m_layer.reset();
    m_finished = true;
    if (m_left > m_right)
        return;
    blit(painter, QRect(QPoint(m_left, m_top), QPoint(m_right, m_bottom)));
}

bool HairlineCanvas::redraw(QPainter *painter, const QRectF &exposed)
{
    const auto part = keptPart(painter, exposed);
    if (!part)
        return false;
    blit(painter, part->translated(-m_deviceRect.topLeft()));
    return true;
}

void HairlineCanvas::blit(QPainter *painter, const QRect &imageRect) const
{
    painter->save();
    painter->setWorldTransform(QTransform());
    painter->setCompositionMode(QPainter::CompositionMode_SourceOver);
    painter->setOpacity(1.0);
    // With no world transform, what maps logical coordinates to the device is what remains
    // (high-DPI scale, redirection): go back through it to land on the same device pixels.
    const QRectF target = painter->deviceTransform().inverted().mapRect(
        QRectF(imageRect.translated(m_deviceRect.topLeft())));
    painter->drawImage(target, m_image, QRectF(imageRect));
    painter->restore();
}

} // namespace maillage::render
