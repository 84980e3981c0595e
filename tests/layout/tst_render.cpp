// The map painter (PNG, SVG) and the CLI commands layout and render.
#include "testsupport.h"

#include "core/analysis/layout.h"
#include "core/document/document.h"
#include "core/io/sample.h"
#include "core/render/mappainter.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QXmlStreamReader>
#include <QtTest>

using namespace maillage;
using namespace maillage::render;
using test::runCli;
using test::tempPath;

namespace {

QString sampleFile(const QString &name)
{
    const QString path = tempPath(name);
    QFile::remove(path);
    QString error;
    if (!writeSample(path, &error))
        qFatal("sample: %s", qPrintable(error));
    return path;
}

MapModel sampleModel()
{
    Document doc;
    QString error;
    if (!doc.open(sampleFile(QStringLiteral("render-model.maillage")), Store::Access::ReadOnly,
                  &error))
        qFatal("open: %s", qPrintable(error));
    MapModel m = MapModel::fromDocument(doc);
    m.layoutMissing(3);
    return m;
}

/// Parses XML; returns the root element's name and attributes, and counts <path> elements.
struct Xml
{
    bool valid = false;
    QString root;
    QXmlStreamAttributes rootAttributes;
    int paths = 0;
};
Xml parseXml(const QByteArray &bytes)
{
    Xml x;
    QXmlStreamReader r(bytes);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement) {
            if (x.root.isEmpty()) {
                x.root = r.name().toString();
                x.rootAttributes = r.attributes();
            }
            x.paths += r.name() == QLatin1String("path") ? 1 : 0;
        }
    }
    x.valid = !r.hasError() && !x.root.isEmpty();
    return x;
}

/// Distinct colours and pixels differing from the background.
std::pair<int, int> colourStats(const QImage &image, QRgb background)
{
    QSet<QRgb> colours;
    int different = 0;
    const QImage img = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < img.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            colours.insert(line[x]);
            different += line[x] != background ? 1 : 0;
        }
    }
    return {int(colours.size()), different};
}

QImage paintModel(const MapModel &m, const MapOptions &o, QSize size = QSize(800, 600))
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    MapPainter(m).paint(p, QRectF(QPointF(0, 0), size), o);
    return image;
}

/// A model with every shape, a conflict type, a directed type and parallel links.
MapModel handMade()
{
    MapModel m;
    const QStringList shapes = {QStringLiteral("circle"), QStringLiteral("square"),
                                QStringLiteral("diamond"), QStringLiteral("triangle"),
                                QStringLiteral("hexagon"), QStringLiteral("star")};
    for (int i = 0; i < shapes.size(); ++i)
        m.categories << MapCategory{i + 1, shapes[i], QColor::fromHsv(i * 60, 200, 200),
                                    shapeFromCode(shapes[i])};
    m.linkTypes << MapLinkType{1, QStringLiteral("Partnership"), QColor(0, 158, 115),
                               Qt::SolidLine, false, 1}
                << MapLinkType{2, QStringLiteral("Funding"), QColor(230, 159, 0), Qt::DashLine,
                               true, 1}
                << MapLinkType{3, QStringLiteral("Conflict"), QColor(213, 94, 0), Qt::SolidLine,
                               false, -1};
    for (int i = 0; i < 6; ++i) {
        MapNode n;
        n.id = i + 1;
        n.name = QStringLiteral("Actor %1").arg(i + 1);
        n.categoryId = i + 1;
        n.influence = i;
        n.isPerson = i == 0;
        n.pos = QPointF(200 * std::cos(i * 1.047), 200 * std::sin(i * 1.047));
        n.hasPosition = true;
        m.nodes << n;
    }
    m.links << MapLink{1, 1, 2, 1, 3} << MapLink{2, 1, 2, 2, 5} << MapLink{3, 2, 1, 3, 2}
            << MapLink{4, 3, 4, 2, 1} << MapLink{5, 5, 6, 3, 4};
    m.reindex();
    return m;
}

} // namespace

class TestRender : public QObject
{
    Q_OBJECT

private slots:
    void shapes()
    {
        for (const QString &c : {QStringLiteral("circle"), QStringLiteral("square"),
                                 QStringLiteral("diamond"), QStringLiteral("triangle"),
                                 QStringLiteral("hexagon"), QStringLiteral("star")}) {
            const QPainterPath p = MapStyle::shapePath(shapeFromCode(c), 30);
            QVERIFY(p.contains(QPointF(0, 0)));
            QVERIFY(p.boundingRect().width() >= 25 && p.boundingRect().width() <= 36);
        }
        QCOMPARE(shapeFromCode(QStringLiteral("blob")), Shape::Circle);
        QCOMPARE(MapStyle::curveOffset(0, 1), 0.0);
        QVERIFY(MapStyle::curveOffset(0, 2) != MapStyle::curveOffset(1, 2));
        QVERIFY(MapStyle::diameter(1) > MapStyle::diameter(0));
    }

    void legendOfTheCategoriesAndTypesUsed()
    {
        // The view's legend model (two index scans) lists the categories and link types the
        // actors and links use, no more, and draws at the same size as the full model's.
        Document doc;
        QVERIFY(doc.open(sampleFile(QStringLiteral("legend.maillage"))));
        // A link type no link uses any more stays out of it.
        const QList<Link> links = doc.links();
        QList<qint64> ofOneType;
        for (const Link &l : links)
            if (l.typeId == links.constFirst().typeId)
                ofOneType << l.id;
        QVERIFY(doc.removeLinks(ofOneType));
        const MapModel full = MapModel::fromDocument(doc);
        const MapModel legend = MapModel::legendOf(doc.store());
        QSet<qint64> usedCategories, usedTypes, legendCategories, legendTypes;
        for (const MapNode &n : full.nodes)
            usedCategories.insert(n.categoryId);
        for (const MapLink &l : full.links)
            usedTypes.insert(l.typeId);
        for (const MapNode &n : legend.nodes)
            legendCategories.insert(n.categoryId);
        for (const MapLink &l : legend.links)
            legendTypes.insert(l.typeId);
        QCOMPARE(legendCategories, usedCategories);
        QCOMPARE(legendTypes, usedTypes);
        QVERIFY(usedTypes.size() < full.linkTypes.size());
        QCOMPARE(legend.nodes.size(), usedCategories.size());
        QCOMPARE(MapPainter(legend).legendSize(MapOptions()),
                 MapPainter(full).legendSize(MapOptions()));
    }

    void paintsNonBlank()
    {
        const MapModel m = sampleModel();
        QVERIFY(!m.needsLayout());
        MapOptions o;
        const QImage image = paintModel(m, o);
        const auto [colours, drawn] = colourStats(image, qRgb(255, 255, 255));
        qInfo("sample map: %d colours, %d non-background pixels", colours, drawn);
        QVERIFY(colours > 20);
        QVERIFY(drawn > image.width() * image.height() / 50);
        // Without labels and legend there is less ink, but still the network.
        o.labels = LabelDetail::None;
        o.legend = false;
        const auto [colours2, drawn2] = colourStats(paintModel(m, o), qRgb(255, 255, 255));
        QVERIFY(drawn2 < drawn);
        QVERIFY(colours2 > 8);
    }

    void optionsChangeThePicture()
    {
        const MapModel m = handMade();
        MapOptions o;
        o.legend = false;
        const QImage plain = paintModel(m, o);
        MapOptions hidden = o;
        hidden.hidePersonNames = true;
        hidden.pseudonyms.insert(1, QStringLiteral("P-1"));
        QCOMPARE(MapPainter(m).label(m.nodes[0], hidden), QStringLiteral("P-1"));
        QCOMPARE(MapPainter(m).label(m.nodes[1], hidden), QStringLiteral("Actor 2"));
        QVERIFY(paintModel(m, hidden) != plain);
        MapOptions dimmed = o;
        dimmed.dimmed = {1, 2, 3};
        QVERIFY(paintModel(m, dimmed) != plain);
        MapOptions high = o;
        high.highlighted = {4};
        QVERIFY(paintModel(m, high) != plain);
        MapOptions dark = o;
        dark.background = QColor(20, 20, 30);
        const QImage darkImage = paintModel(m, dark);
        QCOMPARE(darkImage.pixel(1, 1), qRgb(20, 20, 30));
        MapOptions straight = o;
        straight.curves = false;
        QVERIFY(paintModel(m, straight) != plain);
        MapOptions grid = o;
        grid.powerInterestGrid = true;
        QVERIFY(MapPainter(m).sceneRect(grid).contains(layout::gridGeometry().area));
        QVERIFY(!MapPainter(m).sceneRect(o).contains(layout::gridGeometry().area));
        QVERIFY(paintModel(m, grid) != plain);
        MapOptions sized = o;
        sized.sizeValues = {{1, 100.0}, {2, 0.0}};
        QVERIFY(paintModel(m, sized) != plain);
        // The legend adds its title and entries.
        MapOptions legend = o;
        legend.legend = true;
        const QSizeF ls = MapPainter(m).legendSize(legend);
        QVERIFY(ls.width() > 60 && ls.height() > 9 * 16);
        QVERIFY(paintModel(m, legend) != plain);
    }

    void writesPng()
    {
        const MapModel m = sampleModel();
        const QString path = tempPath(QStringLiteral("map.png"));
        QString error;
        QVERIFY2(renderToFile(m, path, 900, MapOptions(), &error), qPrintable(error));
        QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), 900);
        const QRectF scene = MapPainter(m).sceneBounds();
        QVERIFY(std::abs(image.height() - 900 * scene.height() / scene.width()) <= 2 ||
                image.height() >= 200);
        const auto [colours, drawn] = colourStats(image, qRgb(255, 255, 255));
        QVERIFY(colours > 20);
        QVERIFY(drawn > 1000);
    }

    void writesSvg()
    {
        const MapModel m = sampleModel();
        const QString path = tempPath(QStringLiteral("map.svg"));
        QString error;
        QVERIFY2(renderToFile(m, path, 1000, MapOptions(), &error), qPrintable(error));
        const Xml svg = parseXml(test::readBytes(path));
        QVERIFY(svg.valid);
        QCOMPARE(svg.root, QStringLiteral("svg"));
        QVERIFY(svg.rootAttributes.value(QStringLiteral("viewBox")).startsWith(QLatin1String("0 0 1000 ")));
        QVERIFY(svg.paths > 10);
        QVERIFY(test::readBytes(path).contains("Mairie de Mirecourt"));
        QVERIFY(test::readBytes(path).contains("Legend"));
    }

    void refusesBadOutput()
    {
        const MapModel m = handMade();
        QString error;
        QVERIFY(!renderToFile(m, tempPath(QStringLiteral("map.jpg")), 500, MapOptions(), &error));
        QVERIFY(error.contains(QStringLiteral("jpg")));
        QVERIFY(!QFile::exists(tempPath(QStringLiteral("map.jpg"))));
        QVERIFY(!renderToFile(m, tempPath(QStringLiteral("map.png")), 2, MapOptions(), &error));
        QVERIFY(!renderToFile(m, QStringLiteral("/nonexistent/dir/map.png"), 300, MapOptions(),
                              &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/dir/map.png")));
    }

    void cliLayout_data()
    {
        QTest::addColumn<QString>("algorithm");
        for (const QString &a : layout::algorithmCodes())
            QTest::newRow(qPrintable(a)) << a;
    }
    void cliLayout()
    {
        QFETCH(QString, algorithm);
        const QString file = sampleFile(QStringLiteral("cli-layout-%1.maillage").arg(algorithm));
        auto r = runCli({QStringLiteral("layout"), file, QStringLiteral("--algorithm"), algorithm,
                         QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray actors =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("actors")).toArray();
        QVERIFY(actors.size() >= 25);
        const QJsonObject first = actors.first().toObject();
        QVERIFY(first.contains(QStringLiteral("id")) && first.contains(QStringLiteral("name")));
        // Saved in the file, as one undo step's worth of positions.
        Document doc;
        QVERIFY(doc.open(file, Store::Access::ReadOnly));
        for (const QJsonValue &v : actors) {
            const auto a = doc.actor(v.toObject().value(QStringLiteral("id")).toInteger());
            QVERIFY(a && a->hasPosition());
            QCOMPARE(a->x, v.toObject().value(QStringLiteral("x")).toDouble());
            QCOMPARE(a->y, v.toObject().value(QStringLiteral("y")).toDouble());
        }
        doc.close();
        // Same seed on the same file: same positions.
        const QString again = sampleFile(QStringLiteral("cli-layout-again.maillage"));
        auto r2 = runCli({QStringLiteral("layout"), again, QStringLiteral("--algorithm"), algorithm,
                          QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--json")});
        QCOMPARE(r2.out, r.out);
    }

    void cliLayoutErrors()
    {
        const QString file = sampleFile(QStringLiteral("cli-layout-errors.maillage"));
        const QByteArray before = test::readBytes(file);
        auto r = runCli({QStringLiteral("layout"), file, QStringLiteral("--algorithm"),
                         QStringLiteral("spring")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("spring")));
        r = runCli({QStringLiteral("layout"), file, QStringLiteral("--seed"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 2);
        r = runCli({QStringLiteral("layout"), file, QStringLiteral("--algorithm"),
                    QStringLiteral("concentric"), QStringLiteral("--center"),
                    QStringLiteral("Nobody at all")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("Nobody at all")));
        QCOMPARE(test::readBytes(file), before);
        r = runCli({QStringLiteral("layout"), file, QStringLiteral("--algorithm"),
                    QStringLiteral("concentric"), QStringLiteral("--center"),
                    QStringLiteral("Mairie de Mirecourt"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        // A read-only file is refused and left alone.
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadUser);
        const QByteArray laid = test::readBytes(file);
        r = runCli({QStringLiteral("layout"), file, QStringLiteral("--algorithm"),
                    QStringLiteral("circle")});
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("read-only")) || r.err.contains(QStringLiteral("ermission")));
        QCOMPARE(test::readBytes(file), laid);
    }

    void cliRender_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("png") << "cli.png" << QStringList{"--width", "640"};
        QTest::newRow("png no labels") << "cli-nolabels.png" << QStringList{"--width", "640", "--no-labels"};
        QTest::newRow("svg") << "cli.svg" << QStringList{"--width", "640"};
        QTest::newRow("png grid") << "cli-grid.png" << QStringList{"--width", "640", "--grid"};
    }
    void cliRender()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, extra);
        const QString file = sampleFile(QStringLiteral("cli-render.maillage"));
        const QByteArray before = test::readBytes(file);
        const QString out = tempPath(name);
        auto r = runCli(QStringList{QStringLiteral("render"), file, out} + extra);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Laid out in memory only: the file is untouched.
        QCOMPARE(test::readBytes(file), before);
        if (name.endsWith(QLatin1String(".png"))) {
            const QImage image(out);
            QCOMPARE(image.width(), 640);
            QVERIFY(colourStats(image, qRgb(255, 255, 255)).second > 1000);
        } else {
            const Xml svg = parseXml(test::readBytes(out));
            QVERIFY(svg.valid);
            QCOMPARE(svg.root, QStringLiteral("svg"));
        }
    }

    void cliRenderErrors()
    {
        const QString file = sampleFile(QStringLiteral("cli-render-errors.maillage"));
        auto r = runCli({QStringLiteral("render"), file, tempPath(QStringLiteral("x.gif"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("gif")));
        QVERIFY(r.err.contains(QStringLiteral(".png or .svg")));
        r = runCli({QStringLiteral("render"), file});
        QCOMPARE(r.exitCode, 2);
        r = runCli({QStringLiteral("render"), tempPath(QStringLiteral("missing.maillage")),
                    tempPath(QStringLiteral("x.png"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(tempPath(QStringLiteral("x.png"))));
    }
};

QTEST_MAIN(TestRender)
#include "tst_render.moc"
