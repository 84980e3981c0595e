#pragma once

#include <QImage>
#include <QRect>
#include <QTransform>

#include <memory>
#include <optional>
#include <vector>

class QPainter;

namespace maillage::render {

/// Liang–Barsky: the part t ∈ [t0, t1] of the segment a + t (b − a), t ∈ [0, 1], that lies in
/// `r`; false when none does.
bool clipSegment(const QPointF &a, const QPointF &b, const QRectF &r, double &t0, double &t1);

/// Draws many thin opaque lines (the map's hairlines and, when there are too many links to
/// antialias, its wider links) straight into an image, then puts the image on the painter in
/// one blit.
///
/// Qt's raster engine hands a one-pixel line to its blending code one pixel at a time (about
/// 10 ns a pixel here); a hairball of 20 000 links at 10 000 actors is some ten million
/// pixels, most of a frame. Writing the pixels directly costs about a nanosecond each. The
/// lines are not antialiased, as QPainter's own cosmetic lines without antialiasing, and the
/// dash patterns are Qt's cosmetic ones (dash 4 on 2 off, dot 1 on 2 off, …).
///
/// Only for raster paint devices: begin() returns false for others (SVG, PDF, printers),
/// where the caller draws with QPainter as usual.
class HairlineCanvas
{
public:
    /// Covers the part of `painter`'s device that shows `exposed` (in the painter's logical
    /// coordinates, which map to the device through its current transform). False when the
    /// painter does not paint on a raster device or the area is empty or too large.
    bool begin(QPainter *painter, const QRectF &exposed);
    /// A line between two points in the painter's logical coordinates, `width` device pixels
    /// wide. `color` must be opaque.
    void addLine(const QPointF &a, const QPointF &b, QRgb color,
                 Qt::PenStyle style = Qt::SolidLine, int width = 1);
    /// A painter on the canvas's image, in the same coordinates as the painter given to
    /// begin(), for whatever else belongs to the same layer (antialiased lines, arrowheads),
    /// drawn over the lines. Add every line before calling it (later ones are ignored).
    QPainter *layer();
    /// Puts what was drawn on the painter (source over) and releases the canvas. The image is
    /// kept for redraw().
    void finish();
    /// Shows the last finished image again, if it was drawn through the same transform and
    /// covers `exposed`: true when done. The caller knows whether its content is still right.
    bool redraw(QPainter *painter, const QRectF &exposed);
    /// Draws the part of the last finished image that shows `exposed` afresh (the rest is
    /// kept): like begin(), but only that part is cleared, and lines and the layer are drawn
    /// clipped to it. The pixels are those a whole drawing writes there. False when there
    /// is no finished image through the same transform that covers `exposed`.
    bool beginRepair(QPainter *painter, const QRectF &exposed);

    bool isActive() const { return m_painter != nullptr; }
    /// Pixels written so far (for benchmarks and tests).
    qint64 pixelsWritten() const { return m_pixels; }

    /// Whether begin() can work on this painter's device.
    static bool supports(const QPainter *painter);

private:
    /// One pixel wide, between two points in image coordinates; dashes `dashUnit` times
    /// Qt's cosmetic ones.
    void span(QPointF p, QPointF q, quint32 value, Qt::PenStyle style, int dashUnit);
    /// A one-pixel line clipped to the image: `steps` + 1 pixels from (x0, y0), one step a
    /// pixel along the main direction, the other coordinate carried by a 0.32 fraction
    /// (`fraction` at the first pixel).
    struct Segment
    {
        int x0, y0, steps;
        bool xMajor;
        int majorSign, minorSign;
        quint32 fractionStep, fraction;
        quint32 value;
        int dashes = 0, period = 0, phase = 0;  ///< into m_dashMasks; period 0: solid
    };
    void draw(const Segment &segment);
    std::vector<quint8> m_dashMasks;  ///< on (1) or off per pixel of each dash pattern
    struct DashMask
    {
        int key, offset, period;
    };
    std::vector<DashMask> m_dashes;  ///< the patterns in m_dashMasks
    /// The device pixels `exposed` covers on `painter`'s device, limited by its clip.
    static QRect deviceRect(const QPainter *painter, const QRectF &exposed);
    /// The device pixels of `exposed` when a finished frame kept for this device holds them
    /// all (what redraw() and beginRepair() can work on); nothing otherwise.
    std::optional<QRect> keptPart(QPainter *painter, const QRectF &exposed) const;
    void blit(QPainter *painter, const QRect &imageRect) const;
    QPainter *m_painter = nullptr;
    std::unique_ptr<QPainter> m_layer;
    bool m_finished = false;  ///< m_image holds a finished layer, drawn through m_device
    QTransform m_device;
    QImage m_image;
    QTransform m_toImage;
    QRect m_deviceRect;  ///< where the image sits on the device, in device pixels
    QRect m_clip;        ///< the pixels of the image being drawn (all, or the part repaired)
    int m_left = 0, m_top = 0, m_right = -1, m_bottom = -1;  ///< pixels written (image)
    qint64 m_pixels = 0;
};

} // namespace maillage::render
