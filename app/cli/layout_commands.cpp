// layout, render: arranging the actor map and drawing it headless.
#include "cli.h"

#include "core/analysis/layout.h"
#include "core/render/mappainter.h"
#include "core/render/territory.h"
#include "core/render/tiles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace maillage::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::cli)
};

/// Parses a non-negative integer option; prints a usage error otherwise.
bool integerOption(const QCommandLineParser &p, const QCommandLineOption &option,
                   const QString &command, quint64 *value, int *status)
{
    if (!p.isSet(option))
        return true;
    bool ok = false;
    const quint64 v = p.value(option).toULongLong(&ok);
    if (!ok) {
        err() << "maillage-cli " << command << ": "
              << Tr::tr("--%1 expects a whole number, not “%2”.")
                     .arg(option.names().constLast(), p.value(option))
              << Qt::endl;
        *status = Usage;
        return false;
    }
    *value = v;
    return true;
}

/// An actor given by id or by exact name (case- and accent-sensitive), or 0 with a message.
qint64 findActor(const Document &doc, const QString &text, QString *error)
{
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    QList<qint64> byName;
    for (const Actor &a : doc.actors()) {
        if (isNumber && a.id == id)
            return id;
        if (a.name == text)
            byName << a.id;
    }
    if (byName.size() == 1)
        return byName.first();
    *error = byName.isEmpty() ? Tr::tr("No actor “%1” in “%2”.").arg(text, doc.path())
                              : Tr::tr("Several actors are called “%1”: give the id instead.")
                                    .arg(text);
    return 0;
}

int runLayout(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption algorithm(
        {QStringLiteral("a"), QStringLiteral("algorithm")},
        Tr::tr("Layout: %1.").arg(layout::algorithmCodes().join(QStringLiteral(", "))),
        Tr::tr("NAME"), QStringLiteral("force"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  Tr::tr("Random seed (same seed, same positions)."),
                                  Tr::tr("N"), QStringLiteral("1"));
    const QCommandLineOption center(QStringLiteral("center"),
                                    Tr::tr("Concentric: the actor in the middle (id or name; "
                                           "default: the most linked)."),
                                    Tr::tr("ACTOR"));
    const QCommandLineOption fresh(QStringLiteral("fresh"),
                                   Tr::tr("Force: start afresh instead of from the current "
                                          "positions."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the positions as JSON."));
    p.addOptions({algorithm, seed, center, fresh, json});
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("A .maillage file."));
    int status = Ok;
    const QString command = QStringLiteral("layout");
    if (!parse(p, command, args, 1, &status))
        return status;
    const auto algo = layout::algorithmFromCode(p.value(algorithm));
    if (!algo) {
        err() << "maillage-cli layout: "
              << Tr::tr("unknown algorithm “%1” (use %2)")
                     .arg(p.value(algorithm), layout::algorithmCodes().join(QStringLiteral(", ")))
              << Qt::endl;
        return Usage;
    }
    layout::Options options;
    options.algorithm = *algo;
    options.startFromCurrent = !p.isSet(fresh);
    if (!integerOption(p, seed, command, &options.seed, &status))
        return status;
    // The file is opened once; the layout runs on a typed snapshot of it, and a bad
    // --center is refused before anything is written.
    const QString path = p.positionalArguments().first();
    Document doc;
    if (!openDocument(doc, path, true))
        return Failed;
    if (p.isSet(center)) {
        QString error;
        options.centerId = findActor(doc, p.value(center), &error);
        if (!options.centerId)
            return fail(error);
    }
    QString error;
    const layout::Graph graph = layout::Graph::fromStore(doc.store(), &error);
    if (!error.isEmpty())
        return fail(error);
    const layout::Result result = layout::run(graph, options);
    if (!result.ok())
        return fail(result.error);
    if (!doc.applyPositions(result.positions, layout::undoText(*algo), &error))
        return fail(error);
    const auto actors = Projections(doc.store()).graphNodes(&error);
    if (!actors)
        return fail(error);
    if (p.isSet(json)) {
        QJsonArray list;
        for (const GraphNode &a : *actors)
            list.append(QJsonObject{{QStringLiteral("id"), a.id},
                                    {QStringLiteral("name"), a.name},
                                    {QStringLiteral("x"), a.x},
                                    {QStringLiteral("y"), a.y}});
        printJson({{QStringLiteral("actors"), list}});
        return Ok;
    }
    out() << Tr::tr("Laid out %Ln actor(s) (%1).", nullptr, int(actors->size()))
                 .arg(layout::displayName(*algo))
          << Qt::endl;
    return Ok;
}

/// `render --view territory`: the located actors on a Web Mercator map, over tiles (from
/// the cache or a server given by --tiles) or commune outlines, or nothing.
int renderTerritory(const QCommandLineParser &p, const render::MapModel &model,
                    const QString &outPath, int width)
{
    int status = Ok;
    quint64 h = quint64(width) * 2 / 3, seconds = 20;
    // (The parser finds an option by its name.)
    if (!integerOption(p, QCommandLineOption(QStringLiteral("height")), QStringLiteral("render"),
                       &h, &status) ||
        !integerOption(p, QCommandLineOption(QStringLiteral("tile-timeout")),
                       QStringLiteral("render"), &seconds, &status))
        return status;
    render::MapOptions mapOptions;
    mapOptions.hidePersonNames = p.isSet(QStringLiteral("hide-person-names"));
    render::TerritoryModel territory = render::TerritoryModel::fromMap(model, mapOptions);
    QRectF world = territory.worldBounds();
    if (p.isSet(QStringLiteral("outlines"))) {
        QString error;
        if (!render::readAreas(p.value(QStringLiteral("outlines")), &territory.areas, &error))
            return fail(error);
        territory.countByArea();
        // The communes are the subject: they fill the picture.
        world = QRectF();
        for (const render::TerritoryArea &a : std::as_const(territory.areas))
            world = world.isNull() ? a.bounds : world.united(a.bounds);
    }
    if (territory.points.empty() && territory.areas.isEmpty())
        return fail(Tr::tr("No actor of “%1” has a place: nothing to draw on the territory "
                           "(give actors a latitude and longitude first, or --outlines).")
                        .arg(QFileInfo(p.positionalArguments().first()).fileName()));
    render::TerritoryOptions options;
    options.labels = !p.isSet(QStringLiteral("no-labels"));
    if (!p.isSet(QStringLiteral("no-legend"))) {
        options.legend = &model;
        options.legendOptions = mapOptions;
    }
    const render::GeoViewport viewport = render::GeoViewport::fit(
        world, QSizeF(width, double(std::clamp<quint64>(h, 16, 20000))));
    render::TileStore store;
    if (p.isSet(QStringLiteral("tiles"))) {
        const QString source = p.value(QStringLiteral("tiles"));
        store.setCacheDirectory(render::TileStore::defaultCacheDirectory());
        if (source != QLatin1String("cache")) {
            if (!source.contains(QLatin1String("{z}")) || !source.contains(QLatin1String("{x}")) ||
                !source.contains(QLatin1String("{y}")))
                return fail(Tr::tr("The tile server “%1” needs {z}, {x} and {y} in its address.")
                                .arg(source));
            store.setUrlTemplate(source);
        }
        store.setTimeout(int(std::min<quint64>(seconds, 600)) * 1000);
        options.tiles = &store;
        options.attribution = render::TerritoryPainter::osmAttribution();
        render::TerritoryPainter::requestTiles(viewport, &store);
        store.waitForPending(int(std::min<quint64>(seconds, 600)) * 1000);
        if (store.failures() > 0)
            err() << Tr::tr("%Ln map tile(s) could not be loaded and are left blank (%1)", nullptr,
                            store.failures())
                         .arg(store.lastError())
                  << Qt::endl;
    }
    QString error;
    if (!render::renderTerritoryToFile(territory, outPath, viewport, options, &error))
        return fail(error);
    out() << Tr::tr("Drew %Ln located actor(s) to “%1”.", nullptr, int(territory.points.size()))
                 .arg(outPath);
    if (territory.unlocated)
        out() << ' ' << territory.unlocatedText() << '.';
    out() << Qt::endl;
    return Ok;
}

int runRender(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption width(QStringLiteral("width"), Tr::tr("Width in pixels."),
                                   Tr::tr("N"), QStringLiteral("1600"));
    const QCommandLineOption noLabels(QStringLiteral("no-labels"), Tr::tr("Draw no names."));
    const QCommandLineOption noLegend(QStringLiteral("no-legend"), Tr::tr("Draw no legend."));
    const QCommandLineOption hideNames(QStringLiteral("hide-person-names"),
                                       Tr::tr("Show persons as “Person N”."));
    const QCommandLineOption title(QStringLiteral("title"), Tr::tr("A title above the map."),
                                   Tr::tr("TEXT"));
    const QCommandLineOption grid(QStringLiteral("grid"),
                                  Tr::tr("Draw the power/interest grid behind the map (after "
                                         "“layout --algorithm grid”)."));
    const QCommandLineOption view(QStringLiteral("view"),
                                  Tr::tr("What to draw: the network (default) or the territory "
                                         "(actors at their places)."),
                                  Tr::tr("network|territory"), QStringLiteral("network"));
    const QCommandLineOption height(QStringLiteral("height"),
                                    Tr::tr("Height in pixels of the territory (default: two "
                                           "thirds of the width)."),
                                    Tr::tr("N"));
    const QCommandLineOption outlines(QStringLiteral("outlines"),
                                      Tr::tr("Territory: commune outlines (GeoJSON) coloured by "
                                             "their number of actors."),
                                      Tr::tr("FILE.geojson"));
    const QCommandLineOption tiles(QStringLiteral("tiles"),
                                   Tr::tr("Territory: map tiles from this server (an URL with "
                                          "{z}, {x}, {y}), or “cache” for the tiles the "
                                          "application has already kept; default none."),
                                   Tr::tr("URL|cache"));
    const QCommandLineOption timeout(QStringLiteral("tile-timeout"),
                                     Tr::tr("Territory: seconds to wait for the tiles (default "
                                            "20); those not there by then are left blank."),
                                     Tr::tr("S"), QStringLiteral("20"));
    p.addOptions({width, noLabels, noLegend, hideNames, title, grid, view, height, outlines,
                  tiles, timeout});
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("A .maillage file."));
    p.addPositionalArgument(QStringLiteral("OUT"), Tr::tr("The image to write (.png or .svg)."));
    int status = Ok;
    const QString command = QStringLiteral("render");
    if (!parse(p, command, args, 2, &status))
        return status;
    quint64 w = 1600;
    if (!integerOption(p, width, command, &w, &status))
        return status;
    const QString outPath = p.positionalArguments().at(1);
    const QString ext = QFileInfo(outPath).suffix().toLower();
    if (ext != QLatin1String("png") && ext != QLatin1String("svg"))
        return fail(Tr::tr("Cannot draw to “%1”: unknown extension “%2” (use .png or .svg).")
                        .arg(outPath, ext));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(Tr::tr("Drawing needs the Qt GUI library; this build of maillage-cli "
                           "cannot draw."));
    Document doc;
    if (!openDocument(doc, p.positionalArguments().first(), false))
        return Failed;
    render::MapModel model = render::MapModel::fromDocument(doc);
    doc.close();
    const QString viewName = p.value(view);
    if (viewName == QLatin1String("territory"))
        return renderTerritory(p, model, outPath, int(std::min<quint64>(w, 20000)));
    if (viewName != QLatin1String("network"))
        return fail(Tr::tr("Unknown view “%1” (use network or territory).").arg(viewName));
    // Actors without a position are placed in memory only: the file is not written.
    model.layoutMissing();
    render::MapOptions options;
    options.labels = p.isSet(noLabels) ? render::LabelDetail::None : render::LabelDetail::All;
    options.legend = !p.isSet(noLegend);
    options.hidePersonNames = p.isSet(hideNames);
    options.title = p.value(title);
    options.powerInterestGrid = p.isSet(grid);
    QString error;
    if (!render::renderToFile(model, outPath, int(std::min<quint64>(w, 1u << 30)), options,
                              &error))
        return fail(error);
    out() << Tr::tr("Drew %Ln actor(s) to “%1”.", nullptr, int(model.nodes.size())).arg(outPath)
          << Qt::endl;
    return Ok;
}

const Registration regLayout([] {
    return Command{QStringLiteral("layout"),
                   QStringLiteral("layout FILE --algorithm force|category|circle|concentric|grid "
                                  "[--seed N] [--center ACTOR] [--json]"),
                   Tr::tr("Arrange the actor map and save the positions (one undo step)."),
                   runLayout};
});
const Registration regRender([] {
    return Command{QStringLiteral("render"),
                   QStringLiteral("render FILE OUT.png|OUT.svg [--width N] [--no-labels] [--grid] "
                                  "[--view territory [--outlines FILE.geojson] [--tiles URL|cache]]"),
                   Tr::tr("Draw the actor map to a PNG or SVG image."), runRender};
});

} // namespace
} // namespace maillage::cli
