// Benchmarks of the layout area: the force layout against python3-igraph's
// Fruchterman–Reingold on the same graphs, and painting the whole map.
#include "bench.h"

#include "core/analysis/layout.h"
#include "core/render/mappainter.h"
#include "core/store/repositories.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>

#include <random>

namespace maillage::bench {

namespace {

/// n actors, each new one linked to two earlier ones (uniformly at random, fixed seed):
/// about 2 links per actor, connected. Written as an edge list for the Python side.
layout::Graph generate(int n, quint64 seed, const QString &edgeFile)
{
    layout::Graph g;
    std::mt19937_64 engine(seed);
    for (int i = 0; i < n; ++i) {
        layout::Node node;
        node.id = i + 1;
        node.categoryId = 1 + i % 8;
        node.influence = int(engine() % 6);
        node.interest = int(engine() % 6);
        g.nodes << node;
    }
    QFile f(edgeFile);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(edgeFile));
    QByteArray text;
    auto add = [&](int a, int b) {
        g.edges << layout::Edge{qint64(a + 1), qint64(b + 1), 1.0};
        text += QByteArray::number(a) + ' ' + QByteArray::number(b) + '\n';
    };
    for (int i = 1; i < n; ++i) {
        add(i, int(engine() % quint64(i)));
        if (i > 1)
            add(i, int(engine() % quint64(i)));
    }
    f.write(text);
    return g;
}

render::MapModel modelOf(const layout::Graph &g, const QHash<qint64, QPointF> &positions)
{
    render::MapModel m;
    static const char *const colours[] = {"#0072B2", "#E69F00", "#CC79A7", "#009E73",
                                          "#56B4E9", "#D55E00", "#F0E442", "#999999"};
    const render::Shape shapes[] = {render::Shape::Square,  render::Shape::Diamond,
                                    render::Shape::Triangle, render::Shape::Circle,
                                    render::Shape::Circle,  render::Shape::Hexagon,
                                    render::Shape::Star,    render::Shape::Circle};
    for (int c = 0; c < 8; ++c)
        m.categories << render::MapCategory{c + 1, QStringLiteral("Category %1").arg(c + 1),
                                            QColor::fromString(QLatin1String(colours[c])),
                                            shapes[c]};
    m.linkTypes << render::MapLinkType{1, QStringLiteral("Partnership"), QColor(0, 158, 115),
                                       Qt::SolidLine, false, 1}
                << render::MapLinkType{2, QStringLiteral("Information"), QColor(86, 180, 233),
                                       Qt::DashLine, true, 0}
                << render::MapLinkType{3, QStringLiteral("Conflict"), QColor(213, 94, 0),
                                       Qt::SolidLine, false, -1};
    for (const layout::Node &n : g.nodes) {
        render::MapNode node;
        node.id = n.id;
        node.name = QStringLiteral("Actor %1").arg(n.id);
        node.categoryId = n.categoryId;
        node.influence = n.influence;
        node.pos = positions.value(n.id);
        node.hasPosition = true;
        m.nodes << node;
    }
    qint64 id = 0;
    for (const layout::Edge &e : g.edges) {
        ++id;
        m.links << render::MapLink{id, e.sourceId, e.targetId, 1 + id % 20 / 9, int(1 + id % 5)};
    }
    m.reindex();
    return m;
}

int runLayout(const QStringList &args)
{
    // Arguments: actor counts (default 1000 10000), --iterations=K to force a count.
    QList<int> sizes;
    layout::Options options;
    for (const QString &a : args) {
        if (a.startsWith(QLatin1String("--iterations=")))
            options.iterations = a.mid(13).toInt();
        else
            sizes << a.toInt();
    }
    if (sizes.isEmpty())
        sizes = {1000, 10000};
    out() << "Force layout (maillage: Fruchterman–Reingold, Barnes–Hut repulsion, 500 iterations "
             "up to 1k actors, 100 at 10k) vs python3-igraph layout_fruchterman_reingold "
             "(500 iterations, grid above 1000 vertices), same graphs (each actor linked to 2 "
             "earlier ones). Times are wall-clock in this run.\n"
             "quality = mean linked distance / mean random-pair distance (lower is better)\n";
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                 .arg(QStringLiteral("actors"), 7)
                 .arg(QStringLiteral("links"), 7)
                 .arg(QStringLiteral("maillage ms"), 12)
                 .arg(QStringLiteral("quality"), 8)
                 .arg(QStringLiteral("igraph ms"), 10)
                 .arg(QStringLiteral("quality"), 8);
    out().flush();
    for (int n : sizes) {
        const QString edges = scratch(QStringLiteral("layout-%1.txt").arg(n));
        const layout::Graph g = generate(n, 20240 + n, edges);
        layout::Result result;
        const double ms = timeMs([&] { result = layout::run(g, options); });
        const double quality = layout::linkedToRandomRatio(g, result.positions);
        // igraph on the same edge list; its positions come back to be measured the same way.
        const QString positionsFile = scratch(QStringLiteral("igraph-%1.json").arg(n));
        const QString py = runPython(QStringLiteral("bench_layout_igraph.py"),
                                     {edges, QString::number(n), positionsFile});
        QString igraphMs = QStringLiteral("n/a"), igraphQuality = QStringLiteral("n/a");
        if (!py.isEmpty()) {
            QFile f(positionsFile);
            if (f.open(QIODevice::ReadOnly)) {
                const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
                const QJsonArray xy = o.value(QStringLiteral("positions")).toArray();
                QHash<qint64, QPointF> positions;
                for (int i = 0; i < xy.size(); ++i) {
                    const QJsonArray p = xy[i].toArray();
                    positions.insert(i + 1, QPointF(p[0].toDouble(), p[1].toDouble()));
                }
                igraphMs = QString::number(o.value(QStringLiteral("ms")).toDouble(), 'f', 0);
                igraphQuality =
                    QString::number(layout::linkedToRandomRatio(g, positions), 'f', 3);
            }
        }
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                     .arg(n, 7)
                     .arg(g.edges.size(), 7)
                     .arg(QString::number(ms, 'f', 0), 12)
                     .arg(QString::number(quality, 'f', 3), 8)
                     .arg(igraphMs, 10)
                     .arg(igraphQuality, 8);
        out().flush();
    }
    return 0;
}

int runRender(const QStringList &)
{
    out() << "Painting into a 1920×1080 QImage (software raster, antialiased), best of 5\n";
    struct Case
    {
        int actors;
        bool labels;
        bool window;  // a 1920×1080 window at scale 1 in the middle of the map (zoomed in)
    };
    for (const Case &c : {Case{10000, false, false}, Case{10000, true, true},
                          Case{1000, true, false}, Case{1000, false, false}}) {
        const QString edges = scratch(QStringLiteral("render-%1.txt").arg(c.actors));
        const layout::Graph g = generate(c.actors, 20240 + c.actors, edges);
        const layout::Result r = layout::run(g, layout::Options());
        const render::MapModel model = modelOf(g, r.positions);
        const render::MapPainter painter(model);
        render::MapOptions options;
        options.labels = c.labels ? render::LabelDetail::All : render::LabelDetail::None;
        options.legend = !c.window;
        if (c.window)
            options.sceneRect = QRectF(model.bounds().center() - QPointF(960, 540), QSizeF(1920, 1080));
        const QRectF shown = painter.sceneRect(options);
        int inView = 0;
        for (const render::MapNode &n : model.nodes)
            inView += shown.contains(n.pos) ? 1 : 0;
        QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
        const double ms = timeMs(
            [&] {
                image.fill(Qt::white);
                QPainter p(&image);
                painter.paint(p, QRectF(0, 0, 1920, 1080), options);
            },
            5);
        out() << QStringLiteral("  %1 actors / %2 links, %3, %4 actors in view, labels %5: %6 ms\n")
                     .arg(c.actors)
                     .arg(model.links.size())
                     .arg(c.window ? QStringLiteral("1920×1080 window at scale 1")
                                   : QStringLiteral("whole map"))
                     .arg(inView)
                     .arg(c.labels ? QStringLiteral("on") : QStringLiteral("off"))
                     .arg(ms, 0, 'f', 1);
        out().flush();
    }
    return 0;
}

/// Wall-clock milliseconds of one run of `program` with `args`; -1 when it failed.
double processMs(const QString &program, const QStringList &args, QString *output = nullptr)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForStarted() || !p.waitForFinished(1800000) || p.exitCode() != 0) {
        out() << "  (" << program << " failed: "
              << QString::fromUtf8(p.readAllStandardError()).trimmed() << ")\n";
        return -1;
    }
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput());
    return t.nsecsElapsed() / 1e6;
}

// The whole `maillage-cli layout --algorithm force` process (open the file, read the graph,
// lay it out, write the positions as one undo step, close) against python3-igraph's whole
// process (start Python, read the edge list, layout_fruchterman_reingold), same graphs.
int runLayoutProcess(const QStringList &args)
{
    QList<int> sizes;
    for (const QString &a : args)
        sizes << a.toInt();
    if (sizes.isEmpty())
        sizes = {10000, 100000};
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/maillage-cli");
    const QString python = QFile::exists(QStringLiteral("/usr/bin/python3"))
                               ? QStringLiteral("/usr/bin/python3")
                               : QStringLiteral("python3");
    out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                 .arg(QStringLiteral("actors"), 7)
                 .arg(QStringLiteral("links"), 7)
                 .arg(QStringLiteral("maillage-cli ms"), 16)
                 .arg(QStringLiteral("igraph process ms"), 18)
                 .arg(QStringLiteral("ratio"), 6);
    out().flush();
    for (int n : sizes) {
        const QString edges = scratch(QStringLiteral("layout-process-%1.txt").arg(n));
        const layout::Graph g = generate(n, 20240 + n, edges);
        const QString pristine = scratch(QStringLiteral("layout-process-%1.maillage").arg(n));
        if (!QFile::exists(pristine)) {
            Store store;
            QString error;
            if (!store.create(pristine, QStringLiteral("Bench"), &error)) {
                out() << "  " << error << '\n';
                return 1;
            }
            const QList<Category> categories = CategoryRepository(store).list();
            store.begin();
            QSqlQuery q(store.database());
            q.prepare(QStringLiteral("INSERT INTO actor (id, name, category_id, influence, interest, "
                                     "created_at, updated_at) VALUES (?, ?, ?, ?, ?, '', '')"));
            for (const layout::Node &node : g.nodes) {
                q.addBindValue(node.id);
                q.addBindValue(QStringLiteral("Actor %1").arg(node.id));
                q.addBindValue(categories.at(int(node.categoryId) % categories.size()).id);
                q.addBindValue(node.influence);
                q.addBindValue(node.interest);
                q.exec();
            }
            q.prepare(QStringLiteral("INSERT INTO link (source_id, target_id, strength, created_at, "
                                     "updated_at) VALUES (?, ?, 3, '', '')"));
            for (const layout::Edge &e : g.edges) {
                q.addBindValue(e.sourceId);
                q.addBindValue(e.targetId);
                q.exec();
            }
            q.finish();
            store.commit();
            store.close();
        }
        const QString work = scratch(QStringLiteral("layout-process-%1-run.maillage").arg(n));
        QFile::remove(work);
        QFile::copy(pristine, work);
        const double ours = processMs(cli, {QStringLiteral("layout"), QStringLiteral("--algorithm"),
                                            QStringLiteral("force"), work});
        const double theirs =
            processMs(python, {QStringLiteral(MAILLAGE_BENCH_SCRIPTS "/bench_layout_igraph.py"),
                               edges, QString::number(n),
                               scratch(QStringLiteral("igraph-process-%1.json").arg(n))});
        out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                     .arg(n, 7)
                     .arg(g.edges.size(), 7)
                     .arg(QString::number(ours, 'f', 0), 16)
                     .arg(theirs < 0 ? QStringLiteral("n/a") : QString::number(theirs, 'f', 0), 18)
                     .arg(theirs > 0 && ours > 0 ? QString::number(ours / theirs, 'f', 2)
                                                 : QStringLiteral("n/a"),
                          6);
        out().flush();
    }
    return 0;
}

const Registration regLayoutProcess(Benchmark{
    QStringLiteral("layout-process"),
    QStringLiteral("maillage-cli layout (whole process) vs igraph's whole process, 10k and 100k"),
    runLayoutProcess});
const Registration regLayout(Benchmark{
    QStringLiteral("layout"),
    QStringLiteral("force layout at 1k and 10k actors vs igraph's Fruchterman–Reingold"),
    runLayout});
const Registration regRender(Benchmark{
    QStringLiteral("render"),
    QStringLiteral("paint the whole 10k map (labels off), a zoomed-in window (labels on), 1k"),
    runRender});

} // namespace
} // namespace maillage::bench
