// render::HairlineCanvas, the map view's direct line drawing: the pixels it writes are the
// ones QPainter's own lines without antialiasing would cover, through the painter's transform,
// clipped, dashed as Qt dashes, wider on request; it leaves the rest of the picture alone and
// hands non-raster devices back to QPainter.
#include "core/render/hairlines.h"

#include <QBuffer>
#include <QPainter>
#include <QPicture>
#include <QRandomGenerator>
#include <QtTest>

using namespace maillage::render;

namespace {

const QRgb kInk = qRgb(0x20, 0x60, 0xa0);
const QRgb kPaper = qRgb(0xfb, 0xfb, 0xf8);

QImage paper(QSize size = QSize(120, 80))
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(kPaper);
    return image;
}

QList<QPoint> inked(const QImage &image)
{
    QList<QPoint> out;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) != kPaper)
                out << QPoint(x, y);
    return out;
}

/// The line drawn by a canvas over the whole image; a null image if the canvas refused.
QImage withCanvas(const QLineF &line, const QTransform &transform = {},
                  Qt::PenStyle style = Qt::SolidLine, int width = 1)
{
    QImage image = paper();
    QPainter painter(&image);
    painter.setTransform(transform);
    HairlineCanvas canvas;
    if (!canvas.begin(&painter, transform.inverted().mapRect(QRectF(image.rect()))))
        return {};
    canvas.addLine(line.p1(), line.p2(), kInk, style, width);
    canvas.finish();
    return image;
}

QImage withQPainter(const QLineF &line, const QTransform &transform = {})
{
    QImage image = paper();
    QPainter painter(&image);
    painter.setTransform(transform);
    QPen pen{QColor(kInk)};
    pen.setCosmetic(true);
    pen.setWidth(1);
    painter.setPen(pen);
    painter.drawLine(line);
    return image;
}

/// Lengths of the runs of inked and blank pixels along row `y` from its first inked pixel.
QList<int> runs(const QImage &image, int y)
{
    QList<int> out;
    int x = 0;
    while (x < image.width() && image.pixel(x, y) == kPaper)
        ++x;
    while (x < image.width()) {
        const bool ink = image.pixel(x, y) != kPaper;
        int n = 0;
        while (x < image.width() && (image.pixel(x, y) != kPaper) == ink) {
            ++n;
            ++x;
        }
        out << n;
    }
    return out;
}

} // namespace

class TestHairlines : public QObject
{
    Q_OBJECT

private slots:
    void sameLineAsQPainter_data()
    {
        QTest::addColumn<QLineF>("line");
        QTest::addColumn<QTransform>("transform");
        QTest::newRow("horizontal") << QLineF(10.5, 20.5, 100.5, 20.5) << QTransform();
        QTest::newRow("vertical") << QLineF(30.5, 5.5, 30.5, 70.5) << QTransform();
        QTest::newRow("diagonal") << QLineF(5.5, 5.5, 65.5, 65.5) << QTransform();
        QTest::newRow("shallow") << QLineF(3.5, 60.5, 110.5, 15.5) << QTransform();
        QTest::newRow("steep, backwards") << QLineF(90.5, 75.5, 70.5, 2.5) << QTransform();
        QTest::newRow("through the whole image") << QLineF(-500, -300, 600, 400) << QTransform();
        QTest::newRow("scaled and shifted")
            << QLineF(0, 0, 100, 60) << (QTransform::fromScale(0.9, 0.9) * QTransform::fromTranslate(7, 4));
    }
    void sameLineAsQPainter()
    {
        QFETCH(QLineF, line);
        QFETCH(QTransform, transform);
        const QImage image = withCanvas(line, transform);
        QVERIFY(!image.isNull());
        const QList<QPoint> ours = inked(image);
        const QList<QPoint> qt = inked(withQPainter(line, transform));
        QVERIFY(!qt.isEmpty());
        // The same pixels up to the rounding of a line's ends and of its half-way steps: as
        // many within a pixel or two, each of ours next to one of Qt's.
        QVERIFY2(std::abs(ours.size() - qt.size()) <= 2,
                 qPrintable(QStringLiteral("%1 pixels, Qt %2").arg(ours.size()).arg(qt.size())));
        const QSet<QPoint> theirs(qt.cbegin(), qt.cend());
        for (const QPoint &p : ours) {
            bool near = false;
            for (int dx = -1; dx <= 1 && !near; ++dx)
                for (int dy = -1; dy <= 1 && !near; ++dy)
                    near = theirs.contains(p + QPoint(dx, dy));
            QVERIFY2(near, qPrintable(QStringLiteral("(%1, %2) far from Qt's line").arg(p.x()).arg(p.y())));
        }
    }

    void connectedAndOnePixelThick()
    {
        // Random lines: every pixel of a line touches the next one (8-connected), and there is
        // exactly one pixel per step of the main direction.
        QRandomGenerator rng(7);
        for (int i = 0; i < 200; ++i) {
            const QLineF line(rng.bounded(120), rng.bounded(80), rng.bounded(120), rng.bounded(80));
            const QImage image = withCanvas(line);
            QVERIFY(!image.isNull());
            const QList<QPoint> pixels = inked(image);
            const int dx = std::abs(int(line.x2()) - int(line.x1()));
            const int dy = std::abs(int(line.y2()) - int(line.y1()));
            QCOMPARE(pixels.size(), std::max(dx, dy) + 1);
            const QSet<QPoint> set(pixels.cbegin(), pixels.cend());
            for (const QPoint &p : pixels) {
                int neighbours = 0;
                for (int ox = -1; ox <= 1; ++ox)
                    for (int oy = -1; oy <= 1; ++oy)
                        neighbours += (ox || oy) && set.contains(p + QPoint(ox, oy));
                QVERIFY(pixels.size() == 1 || neighbours >= 1);
            }
        }
    }

    void clippedLinesStayInside()
    {
        QImage image = withCanvas(QLineF(-1e6, 40, 1e6, 41));
        QVERIFY(!image.isNull());
        QCOMPARE(inked(image).size(), image.width());
        image = withCanvas(QLineF(-50, -50, -10, 500));  // wholly left of the image
        QVERIFY(inked(image).isEmpty());
        image = withCanvas(QLineF(qQNaN(), 0, 10, 10));
        QVERIFY(inked(image).isEmpty());
        // Ends billions of pixels away (a huge zoom): still the line through the image.
        image = withCanvas(QLineF(-3e9, 20.5, 4e9, 20.5));
        QCOMPARE(inked(image).size(), image.width());
        for (const QPoint &p : inked(image))
            QCOMPARE(p.y(), 20);
    }

    void dashesAsQt_data()
    {
        QTest::addColumn<int>("style");
        QTest::addColumn<int>("width");
        QTest::addColumn<QList<int>>("pattern");
        QTest::newRow("dash") << int(Qt::DashLine) << 1 << QList<int>{4, 2};
        QTest::newRow("dot") << int(Qt::DotLine) << 1 << QList<int>{1, 2};
        QTest::newRow("dash dot") << int(Qt::DashDotLine) << 1 << QList<int>{4, 2, 1, 2};
        QTest::newRow("dash, 2 pixels wide") << int(Qt::DashLine) << 2 << QList<int>{8, 4};
    }
    void dashesAsQt()
    {
        QFETCH(int, style);
        QFETCH(int, width);
        QFETCH(QList<int>, pattern);
        const QImage image =
            withCanvas(QLineF(0.5, 30.5, 119.5, 30.5), {}, Qt::PenStyle(style), width);
        QVERIFY(!image.isNull());
        const QList<int> found = runs(image, 30);
        QVERIFY(found.size() > 2 * pattern.size());
        for (int i = 0; i + 1 < found.size(); ++i)  // the last run may be cut by the end
            QCOMPARE(found[i], pattern[i % pattern.size()]);
    }

    void stripsDrawTheSameLine()
    {
        // A view repainted in strips (a scroll) draws the same pixels and the same dashes as
        // one repainted at once, for lines reaching far outside the image too.
        QRandomGenerator rng(11);
        for (int i = 0; i < 60; ++i) {
            const QLineF line(rng.bounded(-300, 420), rng.bounded(-200, 280),
                              rng.bounded(-300, 420), rng.bounded(-200, 280));
            const Qt::PenStyle style = i % 2 ? Qt::DashLine : Qt::SolidLine;
            const QImage whole = withCanvas(line, {}, style);
            QVERIFY(!whole.isNull());
            QImage strips = paper();
            {
                QPainter painter(&strips);
                for (const QRectF &strip : {QRectF(0, 0, 53, 80), QRectF(53, 0, 67, 31),
                                            QRectF(53, 31, 67, 49)}) {
                    HairlineCanvas canvas;
                    QVERIFY(canvas.begin(&painter, strip));
                    canvas.addLine(line.p1(), line.p2(), kInk, style);
                    canvas.finish();
                }
            }
            QCOMPARE(inked(strips), inked(whole));
        }
    }

    void widerLines()
    {
        const QImage image = withCanvas(QLineF(10.5, 40.5, 100.5, 40.5), {}, Qt::SolidLine, 3);
        QCOMPARE(image.height(), 80);
        for (int y = 0; y < image.height(); ++y)
            QCOMPARE(image.pixel(50, y) != kPaper, y >= 39 && y <= 41);
    }

    void leavesTheRestOfThePicture()
    {
        QImage image = paper();
        QPainter painter(&image);
        painter.fillRect(QRect(0, 0, 60, 80), Qt::yellow);
        HairlineCanvas canvas;
        QVERIFY(canvas.begin(&painter, QRectF(0, 0, 120, 80)));
        canvas.addLine(QPointF(0.5, 10.5), QPointF(119.5, 10.5), kInk);
        QCOMPARE(canvas.pixelsWritten(), 120);
        canvas.finish();
        painter.end();
        QCOMPARE(image.pixel(30, 10), kInk);
        QCOMPARE(image.pixel(90, 10), kInk);
        QCOMPARE(image.pixel(30, 50), QColor(Qt::yellow).rgb());
        QCOMPARE(image.pixel(90, 50), kPaper);
    }

    void repairRedrawsOnlyItsPart_data()
    {
        // The part in device pixels, as a view repaints.
        QTest::addColumn<QRect>("part");
        QTest::addColumn<bool>("layer");  // an antialiased line drawn on the layer too
        QTest::newRow("middle") << QRect(30, 20, 50, 30) << false;
        QTest::newRow("middle, layer") << QRect(30, 20, 50, 30) << true;
        QTest::newRow("corner") << QRect(0, 0, 17, 13) << true;
        QTest::newRow("edge") << QRect(100, 0, 20, 80) << true;
        QTest::newRow("whole") << QRect(0, 0, 120, 80) << true;
    }

    void repairRedrawsOnlyItsPart()
    {
        // A kept frame mended where lines moved: inside the part, the pixels a whole drawing
        // of the new lines writes; outside, the old frame as it was.
        QFETCH(QRect, part);
        QFETCH(bool, layer);
        QRandomGenerator rng(5);
        QList<QLineF> before, after;
        for (int i = 0; i < 40; ++i) {
            before << QLineF(rng.bounded(-50, 170), rng.bounded(-40, 120), rng.bounded(-50, 170),
                             rng.bounded(-40, 120));
            after << (i % 3 ? before.last()
                            : QLineF(rng.bounded(-50, 170), rng.bounded(-40, 120),
                                     rng.bounded(-50, 170), rng.bounded(-40, 120)));
        }
        const QTransform transform = QTransform::fromScale(0.8, 0.8).translate(7, 3);
        const QRectF all = transform.inverted().mapRect(QRectF(paper().rect()));
        auto draw = [&](HairlineCanvas &canvas, QPainter &painter, const QList<QLineF> &lines) {
            for (int i = 0; i < lines.size(); ++i)
                canvas.addLine(lines[i].p1(), lines[i].p2(), kInk,
                               i % 4 == 1 ? Qt::DashLine : Qt::SolidLine);
            if (layer) {
                QPainter *l = canvas.layer();
                QVERIFY(l);
                l->setRenderHint(QPainter::Antialiasing);
                l->setPen(QPen(QColor(Qt::red), 2.5));
                l->drawLine(lines[0]);
            }
            canvas.finish();
            Q_UNUSED(painter);
        };
        auto whole = [&](const QList<QLineF> &lines) {
            QImage image = paper();
            QPainter painter(&image);
            painter.setTransform(transform);
            HairlineCanvas canvas;
            if (canvas.begin(&painter, all))
                draw(canvas, painter, lines);
            return image;
        };
        const QImage old = whole(before), fresh = whole(after);
        QVERIFY(old != fresh);
        QImage mended = paper();
        {
            QPainter painter(&mended);
            painter.setTransform(transform);
            HairlineCanvas canvas;
            QVERIFY(canvas.begin(&painter, all));
            draw(canvas, painter, before);
            // The screen repaints the part: background first, then the mended layer on it.
            painter.resetTransform();
            painter.setClipRect(part);
            painter.fillRect(part, QColor(kPaper));
            painter.setTransform(transform);
            QVERIFY(canvas.beginRepair(&painter, transform.inverted().mapRect(QRectF(part))));
            draw(canvas, painter, after);
            // Nothing to mend from without a kept frame through the same transform.
            painter.setTransform(QTransform::fromScale(2, 2));
            QVERIFY(!canvas.beginRepair(&painter, QRectF(part)));
        }
        const QRect inside = part;
        int compared = 0;
        for (int y = 0; y < mended.height(); ++y)
            for (int x = 0; x < mended.width(); ++x) {
                const QImage &expected = inside.contains(x, y) ? fresh : old;
                // Antialiased pixels of the layer drawn clipped may round differently (by a
                // few units of 255) from the same drawn whole; the lines are exact.
                const QRgb m = mended.pixel(x, y), e = expected.pixel(x, y);
                const int off = std::max({std::abs(qRed(m) - qRed(e)), std::abs(qGreen(m) - qGreen(e)),
                                          std::abs(qBlue(m) - qBlue(e))});
                if (layer ? off > 8 : m != e)
                    QFAIL(qPrintable(QStringLiteral("pixel %1, %2 (%3 the part): %4 for %5")
                                         .arg(x)
                                         .arg(y)
                                         .arg(inside.contains(x, y) ? "inside" : "outside")
                                         .arg(mended.pixel(x, y), 8, 16)
                                         .arg(expected.pixel(x, y), 8, 16)));
                compared += inside.contains(x, y) && old.pixel(x, y) != fresh.pixel(x, y);
            }
        QVERIFY2(compared > 0, "the part mended must differ from the old frame");
    }

    void onlyRasterDevices()
    {
        QPicture picture;
        QPainter painter(&picture);
        HairlineCanvas canvas;
        QVERIFY(!HairlineCanvas::supports(&painter));
        QVERIFY(!canvas.begin(&painter, QRectF(0, 0, 100, 100)));
        QVERIFY(!canvas.isActive());
        canvas.addLine(QPointF(0, 0), QPointF(50, 50), kInk);  // ignored, no crash
        canvas.finish();
    }
};

QTEST_GUILESS_MAIN(TestHairlines)
#include "tst_hairlines.moc"
