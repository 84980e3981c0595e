// The map sized and coloured by an actor field (core/render/fieldstyle), and what the legend
// and the painter make of it.
#include "testsupport.h"

#include "core/render/fieldstyle.h"
#include "core/render/mappainter.h"

#include <QImage>
#include <QPainter>
#include <QtTest>

#include <cmath>

using namespace maillage;
using namespace maillage::render;

namespace {

CustomField numberField(FieldType type = FieldType::Number, const QString &unit = QString())
{
    CustomField f;
    f.id = 1;
    f.name = QStringLiteral("Budget");
    f.type = type;
    f.unit = unit;
    return f;
}

/// Three actors in a row, 200 units apart, of one category, no links.
MapModel row()
{
    MapModel m;
    m.categories << MapCategory{1, QStringLiteral("Association"), QColor(0x80, 0x80, 0x80),
                                Shape::Circle};
    for (int i = 0; i < 3; ++i) {
        MapNode n;
        n.id = i + 1;
        n.name = QStringLiteral("A%1").arg(i + 1);
        n.categoryId = 1;
        n.pos = QPointF(-200 + 200 * i, 0);
        n.hasPosition = true;
        m.nodes << n;
    }
    m.reindex();
    return m;
}

/// The scene drawn 1:1 with (0, 0) at the middle of a 600×200 image, no labels.
QImage paintRow(const MapModel &m, MapOptions o)
{
    o.labels = LabelDetail::None;
    QImage image(600, 200, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(300, 100);
    MapPainter(m).paintScene(p, QRectF(-300, -100, 600, 200), o);
    return image;
}

/// The width of the shape drawn around x (pixels differing from white on the middle line).
int drawnWidth(const QImage &image, int x)
{
    int left = x, right = x;
    while (left > 0 && image.pixel(left - 1, 100) != qRgb(255, 255, 255))
        --left;
    while (right < image.width() - 1 && image.pixel(right + 1, 100) != qRgb(255, 255, 255))
        ++right;
    return right - left + 1;
}

} // namespace

class TestFieldStyle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    // Areas grow in proportion to the values between the smallest and the largest; no value:
    // the smallest size, below every valued actor; the legend says name, unit, range, gaps.
    void sizeByField_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QStringList>("values");  // actors 1, 2, … ("" none)
        QTest::addColumn<QString>("low");
        QTest::addColumn<QString>("high");
        QTest::addColumn<bool>("noteOnMissing");
        QTest::newRow("numbers") << int(FieldType::Number)
                                 << QStringList{"1000", "5500", "10000", ""}
                                 << QString::fromUtf8("1,000\u00a0€") << QString::fromUtf8("10,000\u00a0€") << true;
        QTest::newRow("integers, all set") << int(FieldType::Integer)
                                           << QStringList{"3", "1", "2"}
                                           << QString::fromUtf8("1\u00a0€") << QString::fromUtf8("3\u00a0€") << false;
        QTest::newRow("decimals") << int(FieldType::Number)
                                  << QStringList{"0.5", "", "2.25"}
                                  << QString::fromUtf8("0.5\u00a0€") << QString::fromUtf8("2.25\u00a0€") << true;
    }
    void sizeByField()
    {
        QFETCH(int, type);
        QFETCH(QStringList, values);
        QFETCH(QString, low);
        QFETCH(QString, high);
        QFETCH(bool, noteOnMissing);
        const CustomField f = numberField(FieldType(type), QString::fromUtf8("€"));
        QList<qint64> ids;
        QHash<qint64, QString> stored;
        for (int i = 0; i < values.size(); ++i) {
            ids << i + 1;
            if (!values.at(i).isEmpty())
                stored.insert(i + 1, values.at(i));
        }
        LegendScale legend;
        const QHash<qint64, double> sizes = render::sizeByField(f, ids, stored, &legend);
        QCOMPARE(sizes.size(), ids.size());
        double lo = 1e300, hi = -1e300;
        for (const QString &v : stored) {
            lo = std::min(lo, v.toDouble());
            hi = std::max(hi, v.toDouble());
        }
        const double areaLo = std::pow(MapStyle::diameter(0.25), 2), areaHi = std::pow(MapStyle::diameter(1), 2);
        for (qint64 id : ids) {
            const double s = sizes.value(id);
            if (!stored.contains(id)) {
                QCOMPARE(s, 0.0);
                continue;
            }
            QVERIFY(s >= 0.25 - 1e-9 && s <= 1 + 1e-9);
            const double t = (stored.value(id).toDouble() - lo) / (hi - lo);
            const double area = std::pow(MapStyle::diameter(s), 2);
            QVERIFY2(std::abs(area - (areaLo + t * (areaHi - areaLo))) < 1e-6,
                     qPrintable(QStringLiteral("actor %1").arg(id)));
        }
        QCOMPARE(legend.kind, LegendScale::Sizes);
        QCOMPARE(legend.title, QString::fromUtf8("Size: Budget (€)"));
        QCOMPARE(legend.low, low);
        QCOMPARE(legend.high, high);
        QCOMPARE(!legend.note.isEmpty(), noteOnMissing);
    }

    // A choice list: one palette colour per choice in the list's order, the same for every
    // actor with that choice, grey without; the legend lists the choices used, in order.
    void colourByChoice()
    {
        CustomField f;
        f.id = 2;
        f.name = QStringLiteral("Quartier");
        f.type = FieldType::Choice;
        f.choices = {QStringLiteral("Centre"), QStringLiteral("Gare"), QStringLiteral("Faubourg")};
        const QHash<qint64, QString> stored{{1, QStringLiteral("Faubourg")}, {2, QStringLiteral("Centre")},
                                            {3, QStringLiteral("Faubourg")}};
        LegendScale legend;
        const auto colours = colourByField(f, {1, 2, 3, 4}, stored, &legend);
        QCOMPARE(colours.value(1), choiceColour(2));
        QCOMPARE(colours.value(3), choiceColour(2));
        QCOMPARE(colours.value(2), choiceColour(0));
        QCOMPARE(colours.value(4), missingColour());
        QVERIFY(choiceColour(0) != choiceColour(2) && choiceColour(0) != missingColour());
        QCOMPARE(legend.kind, LegendScale::Swatches);
        QCOMPARE(legend.title, QStringLiteral("Colour: Quartier"));
        QCOMPARE(legend.items.size(), 3);
        QCOMPARE(legend.items.at(0).first, QStringLiteral("Centre"));
        QCOMPARE(legend.items.at(1).first, QStringLiteral("Faubourg"));
        QCOMPARE(legend.items.at(1).second, choiceColour(2));
        QCOMPARE(legend.items.at(2).second, missingColour());
    }

    // A number: a sequential ramp, darker for larger values, its ends in the legend.
    void colourByNumber()
    {
        const CustomField f = numberField(FieldType::Integer, QStringLiteral("km"));
        const QHash<qint64, QString> stored{{1, QStringLiteral("10")}, {2, QStringLiteral("40")},
                                            {3, QStringLiteral("20")}};
        LegendScale legend;
        const auto colours = colourByField(f, {1, 2, 3, 4}, stored, &legend);
        QCOMPARE(colours.value(1), rampColour(0));
        QCOMPARE(colours.value(2), rampColour(1));
        QCOMPARE(colours.value(4), missingColour());
        QVERIFY(colours.value(1).lightnessF() > colours.value(3).lightnessF());
        QVERIFY(colours.value(3).lightnessF() > colours.value(2).lightnessF());
        QCOMPARE(legend.kind, LegendScale::Ramp);
        QCOMPARE(legend.low, QString::fromUtf8("10\u00a0km"));
        QCOMPARE(legend.high, QString::fromUtf8("40\u00a0km"));
        QCOMPARE(legend.items.size(), 1);  // "No value"
    }

    // The painter draws the field's colours and sizes, and the legend grows by the scales.
    void paintedAndLegend()
    {
        const MapModel m = row();
        CustomField choice;
        choice.id = 3;
        choice.name = QStringLiteral("Quartier");
        choice.type = FieldType::Choice;
        choice.choices = {QStringLiteral("Centre"), QStringLiteral("Gare")};
        const QList<qint64> ids{1, 2, 3};
        MapOptions o;
        LegendScale colourLegend, sizeLegend;
        o.colours = colourByField(choice, ids, {{1, QStringLiteral("Centre")}, {2, QStringLiteral("Gare")}},
                                  &colourLegend);
        o.sizeValues = render::sizeByField(numberField(), ids, {{1, QStringLiteral("1")}, {2, QStringLiteral("100")}},
                                           &sizeLegend);
        o.sizeValuesNormalised = true;
        const QImage image = paintRow(m, o);
        QCOMPARE(QColor(image.pixel(100, 100)), choiceColour(0));
        QCOMPARE(QColor(image.pixel(300, 100)), choiceColour(1));
        QCOMPARE(QColor(image.pixel(500, 100)), missingColour());
        // Sizes: 100 drawn largest, 1 next, no value smallest.
        const int w1 = drawnWidth(image, 100), w2 = drawnWidth(image, 300), w3 = drawnWidth(image, 500);
        QVERIFY2(w2 > w1 && w1 > w3, qPrintable(QStringLiteral("%1 %2 %3").arg(w1).arg(w2).arg(w3)));
        QVERIFY(std::abs(w2 - MapStyle::diameter(1)) <= 3);
        QVERIFY(std::abs(w3 - MapStyle::diameter(0)) <= 3);

        const QSizeF plain = MapPainter(m).legendSize(MapOptions());
        MapOptions withScales;
        withScales.scales = {sizeLegend, colourLegend};
        const QSizeF scaled = MapPainter(m).legendSize(withScales);
        QVERIFY(scaled.height() > plain.height() + 5 * 16);
        QVERIFY(scaled.width() >= plain.width());
        // And the whole picture (PNG, SVG and the report draw through paint()).
        o.scales = withScales.scales;
        QImage full(800, 500, QImage::Format_ARGB32);
        full.fill(Qt::white);
        QPainter p(&full);
        MapPainter(m).paint(p, QRectF(0, 0, 800, 500), o);
        p.end();
        MapOptions noScales = o;
        noScales.scales.clear();
        QImage without(800, 500, QImage::Format_ARGB32);
        without.fill(Qt::white);
        QPainter q(&without);
        MapPainter(m).paint(q, QRectF(0, 0, 800, 500), noScales);
        q.end();
        QVERIFY(full != without);
        const QString png = test::tempPath(QStringLiteral("by-field.png"));
        QString error;
        QVERIFY2(renderToFile(m, png, 800, o, &error), qPrintable(error));
        QVERIFY(!QImage(png).isNull());
    }
};

QTEST_MAIN(TestFieldStyle)
#include "tst_fieldstyle.moc"
