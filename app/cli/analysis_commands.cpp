// metrics, path: network analysis from the command line.
#include "cli.h"

#include "core/analysis/metrics.h"
#include "core/util/text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace maillage::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::cli)
};

using namespace analysis;

/// The options shared by both commands: how links become edges.
struct GraphOptions
{
    QCommandLineOption directed{QStringLiteral("directed"),
                                Tr::tr("Follow the direction of directed link types.")};
    QCommandLineOption weighted{QStringLiteral("weighted"),
                                Tr::tr("Use link weights (a link's own weight when it has one, else its "
                                       "strength 1–5): a strong tie is a short way.")};
    QCommandLineOption noConflicts{QStringLiteral("no-conflicts"),
                                   Tr::tr("Leave out links of conflict types.")};
    void add(QCommandLineParser &p) const
    {
        p.addOption(directed);
        p.addOption(weighted);
        p.addOption(noConflicts);
    }
    NetworkOptions read(const QCommandLineParser &p) const
    {
        NetworkOptions o;
        o.directed = p.isSet(directed);
        o.weighted = p.isSet(weighted);
        o.includeConflicts = !p.isSet(noConflicts);
        return o;
    }
};

int tooMany(const QString &command)
{
    err() << "maillage-cli " << command << ": "
          << Tr::tr("too many arguments; see “maillage-cli %1 --help”").arg(command) << Qt::endl;
    return Usage;
}

int usageError(const QString &command, const QString &message)
{
    err() << "maillage-cli " << command << ": " << message << Qt::endl;
    return Usage;
}

QJsonObject optionsJson(const NetworkOptions &o)
{
    return {{QStringLiteral("directed"), o.directed},
            {QStringLiteral("weighted"), o.weighted},
            {QStringLiteral("conflicts"), o.includeConflicts}};
}

QString number(const QLocale &locale, double value, int decimals)
{
    return locale.toString(value, 'f', decimals);
}

// ---------------------------------------------------------------------------------------------

int runMetrics(const QStringList &args)
{
    const QString command = QStringLiteral("metrics");
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    const QCommandLineOption metrics(
        QStringLiteral("metrics"),
        Tr::tr("Compute only these measures, comma-separated: %1.")
            .arg(measureCodes().join(QStringLiteral(", "))),
        Tr::tr("LIST"));
    const QCommandLineOption resolution(
        QStringLiteral("resolution"),
        Tr::tr("Louvain resolution (default 1; above 1, smaller communities)."), Tr::tr("R"),
        QStringLiteral("1"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  Tr::tr("Seed of Louvain's visiting order (default 1)."),
                                  Tr::tr("N"), QStringLiteral("1"));
    const QCommandLineOption sample(
        QStringLiteral("sample"),
        Tr::tr("Estimate betweenness, closeness and path lengths from K actors taken at random "
               "(from --seed) instead of all of them: faster on large networks (default: exact)."),
        Tr::tr("K"));
    const GraphOptions graph;
    p.addOption(json);
    p.addOption(metrics);
    p.addOption(sample);
    graph.add(p);
    p.addOption(resolution);
    p.addOption(seed);
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("A .maillage file."));
    int status = Ok;
    if (!parse(p, command, args, 1, &status))
        return status;
    if (p.positionalArguments().size() > 1)
        return tooMany(command);

    MetricsOptions options;
    if (p.isSet(metrics)) {
        QString error;
        const auto m = parseMeasures(p.value(metrics), &error);
        if (!m)
            return usageError(command, error);
        options.measures = *m;
    }
    bool ok = false;
    options.resolution = p.value(resolution).toDouble(&ok);
    if (!ok || !(options.resolution > 0) || !std::isfinite(options.resolution))
        return usageError(command, Tr::tr("--resolution must be a number above 0, not “%1”.")
                                       .arg(p.value(resolution)));
    options.seed = p.value(seed).toULongLong(&ok);
    if (!ok)
        return usageError(command, Tr::tr("--seed must be a whole number from 0, not “%1”.")
                                       .arg(p.value(seed)));

    if (p.isSet(sample)) {
        options.betweennessSamples = p.value(sample).toInt(&ok);
        if (!ok || options.betweennessSamples < 1)
            return usageError(command, Tr::tr("--sample must be a whole number above 0, not “%1”.")
                                           .arg(p.value(sample)));
    }

    Document doc;
    if (!openDocument(doc, p.positionalArguments().first(), false))
        return Failed;
    QString readError;
    const NetworkData data = NetworkData::fromStore(doc.store(), &readError);
    if (!readError.isEmpty())
        return fail(readError);
    const Network network(data, graph.read(p));
    const MetricsResult r = computeMetrics(network, options);
    const Measures done = r.computed;
    const NetworkMetrics &net = r.network;

    if (p.isSet(json)) {
        QJsonObject n{{QStringLiteral("actors"), net.actors},
                      {QStringLiteral("links"), net.links},
                      {QStringLiteral("density"), net.density},
                      {QStringLiteral("components"), net.components},
                      {QStringLiteral("options"), optionsJson(network.options())}};
        if (r.sampledSources > 0) {
            n.insert(QStringLiteral("sampled_sources"), r.sampledSources);
            n.insert(QStringLiteral("betweenness_error_bound"), r.betweennessErrorBound);
        }
        if (has(done, Measure::Diameter))
            n.insert(QStringLiteral("diameter"), net.diameter);
        if (has(done, Measure::PathLength))
            n.insert(QStringLiteral("average_path_length"), net.averagePathLength);
        if (has(done, Measure::Clustering))
            n.insert(QStringLiteral("average_clustering"), net.averageClustering);
        if (has(done, Measure::Bridges)) {
            QJsonArray bridges;
            for (qint64 id : net.bridges)
                bridges << id;
            n.insert(QStringLiteral("bridges"), bridges);
        }
        if (has(done, Measure::Community)) {
            n.insert(QStringLiteral("modularity"), net.modularity);
            n.insert(QStringLiteral("resolution"), options.resolution);
            n.insert(QStringLiteral("seed"), QString::number(options.seed));
            QJsonArray communities;
            for (const CommunityInfo &c : net.communities) {
                QJsonArray members;
                for (qint64 id : c.members)
                    members << id;
                communities << QJsonObject{{QStringLiteral("number"), c.number},
                                           {QStringLiteral("name"), c.name},
                                           {QStringLiteral("central_actor"), c.centralActorId},
                                           {QStringLiteral("size"), int(c.members.size())},
                                           {QStringLiteral("members"), members}};
            }
            n.insert(QStringLiteral("communities"), communities);
        }
        QJsonArray actors;
        for (int i = 0; i < r.actors.size(); ++i) {
            const ActorMetrics &m = r.actors[i];
            const NetworkActor &a = network.actor(i);
            QJsonObject o{{QStringLiteral("id"), a.id},
                          {QStringLiteral("name"), a.name},
                          {QStringLiteral("category"), network.categoryName(a.categoryId)}};
            if (has(done, Measure::Degree)) {
                o.insert(QStringLiteral("degree"), m.degree);
                o.insert(QStringLiteral("weighted_degree"), m.weightedDegree);
                if (network.options().directed) {
                    o.insert(QStringLiteral("in_degree"), m.inDegree);
                    o.insert(QStringLiteral("out_degree"), m.outDegree);
                    o.insert(QStringLiteral("weighted_in_degree"), m.weightedInDegree);
                    o.insert(QStringLiteral("weighted_out_degree"), m.weightedOutDegree);
                }
            }
            if (has(done, Measure::Betweenness)) {
                o.insert(QStringLiteral("betweenness"), m.betweenness);
                o.insert(QStringLiteral("betweenness_normalized"), m.betweennessNormalized);
            }
            if (has(done, Measure::Closeness))
                o.insert(QStringLiteral("closeness"), m.closeness);
            if (has(done, Measure::Eigenvector))
                o.insert(QStringLiteral("eigenvector"), m.eigenvector);
            if (has(done, Measure::Coreness))
                o.insert(QStringLiteral("coreness"), m.coreness);
            if (has(done, Measure::Component))
                o.insert(QStringLiteral("component"), m.component);
            if (has(done, Measure::Articulation))
                o.insert(QStringLiteral("articulation"), m.articulation);
            if (has(done, Measure::Community))
                o.insert(QStringLiteral("community"), m.community);
            actors << o;
        }
        printJson({{QStringLiteral("network"), n}, {QStringLiteral("actors"), actors}});
        return Ok;
    }

    // A readable report: the network figures, then one row per actor, most central first.
    const QLocale locale;
    auto line = [&](const QString &label, const QString &value) {
        out() << "  " << (label + QLatin1Char(':')).leftJustified(30) << value << '\n';
    };
    if (r.sampledSources > 0)
        out() << Tr::tr("Estimated from %1 of %2 actors taken at random: normalised betweenness "
                        "within ±%3 of the exact value (95 % confidence); the diameter is a lower "
                        "bound.")
                     .arg(locale.toString(r.sampledSources), locale.toString(net.actors),
                          locale.toString(r.betweennessErrorBound, 'f', 3))
              << '\n';
    out() << Tr::tr("Network") << '\n';
    line(Tr::tr("Actors"), locale.toString(net.actors));
    line(Tr::tr("Links"), locale.toString(net.links));
    line(Tr::tr("Density"), number(locale, net.density, 4));
    line(Tr::tr("Components"), locale.toString(net.components));
    if (has(done, Measure::Diameter))
        line(Tr::tr("Diameter"), number(locale, net.diameter, network.options().weighted ? 3 : 0));
    if (has(done, Measure::PathLength))
        line(Tr::tr("Average path length"), number(locale, net.averagePathLength, 3));
    if (has(done, Measure::Clustering))
        line(Tr::tr("Average clustering"), number(locale, net.averageClustering, 3));
    if (has(done, Measure::Bridges))
        line(Tr::tr("Bridges (links)"), locale.toString(qlonglong(net.bridges.size())));
    if (has(done, Measure::Community)) {
        line(Tr::tr("Modularity"), number(locale, net.modularity, 3));
        QStringList names;
        for (const CommunityInfo &c : net.communities)
            names << Tr::tr("%1. %2 (%3)").arg(c.number).arg(c.name).arg(c.members.size());
        line(Tr::tr("Communities"), locale.toString(qlonglong(net.communities.size())));
        for (const QString &name : names)
            out() << "    " << name << '\n';
    }

    struct Column
    {
        QString title;
        std::function<QString(int)> cell;
        bool right = true;
    };
    QList<Column> columns;
    columns << Column{Tr::tr("Actor"), [&](int i) { return network.actor(i).name; }, false};
    columns << Column{Tr::tr("Category"),
                      [&](int i) { return network.categoryName(network.actor(i).categoryId); },
                      false};
    if (has(done, Measure::Degree))
        columns << Column{Tr::tr("Degree"),
                          [&](int i) { return locale.toString(r.actors[i].degree); }};
    if (has(done, Measure::Betweenness))
        columns << Column{Tr::tr("Betweenness"),
                          [&](int i) { return number(locale, r.actors[i].betweenness, 2); }}
                << Column{Tr::tr("Normalised"), [&](int i) {
                              return number(locale, r.actors[i].betweennessNormalized, 4);
                          }};
    if (has(done, Measure::Closeness))
        columns << Column{Tr::tr("Closeness"),
                          [&](int i) { return number(locale, r.actors[i].closeness, 4); }};
    if (has(done, Measure::Eigenvector))
        columns << Column{Tr::tr("Eigenvector"),
                          [&](int i) { return number(locale, r.actors[i].eigenvector, 4); }};
    if (has(done, Measure::Coreness))
        columns << Column{Tr::tr("Core"),
                          [&](int i) { return locale.toString(r.actors[i].coreness); }};
    if (has(done, Measure::Component))
        columns << Column{Tr::tr("Component"),
                          [&](int i) { return locale.toString(r.actors[i].component); }};
    if (has(done, Measure::Articulation))
        columns << Column{Tr::tr("Articulation"), [&](int i) {
                              return r.actors[i].articulation ? Tr::tr("yes") : QString();
                          }};
    if (has(done, Measure::Community))
        columns << Column{Tr::tr("Community"),
                          [&](int i) { return locale.toString(r.actors[i].community); }};

    QList<int> rows(r.actors.size());
    std::iota(rows.begin(), rows.end(), 0);
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        if (has(done, Measure::Betweenness) &&
            r.actors[a].betweenness != r.actors[b].betweenness)
            return r.actors[a].betweenness > r.actors[b].betweenness;
        return text::fold(network.actor(a).name) < text::fold(network.actor(b).name);
    });
    QList<QStringList> cells;
    QList<int> widths;
    for (const Column &c : columns)
        widths << int(c.title.size());
    for (int i : rows) {
        QStringList row;
        for (int c = 0; c < columns.size(); ++c) {
            row << columns[c].cell(i);
            widths[c] = std::max(widths[c], int(row.back().size()));
        }
        cells << row;
    }
    auto printRow = [&](const QStringList &row) {
        QString text;
        for (int c = 0; c < columns.size(); ++c) {
            if (c)
                text += QStringLiteral("  ");
            text += columns[c].right ? row[c].rightJustified(widths[c])
                                     : row[c].leftJustified(widths[c]);
        }
        out() << text.trimmed() << '\n';
    };
    out() << '\n';
    QStringList titles;
    for (const Column &c : columns)
        titles << c.title;
    printRow(titles);
    for (const QStringList &row : cells)
        printRow(row);
    out().flush();
    return Ok;
}

// ---------------------------------------------------------------------------------------------

/// Finds an actor by id or by name (case and accents ignored); on failure sets `error`.
int findActor(const Network &network, const QString &key, QString *error)
{
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    if (isNumber && network.indexOf(id) >= 0)
        return network.indexOf(id);
    const QString folded = text::fold(key);
    QList<int> matches;
    for (int i = 0; i < network.actorCount(); ++i)
        if (text::fold(network.actor(i).name) == folded)
            matches << i;
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty()) {
        *error = Tr::tr("No actor named “%1”.").arg(key);
        return -1;
    }
    QStringList ids;
    for (int i : matches)
        ids << QString::number(network.actor(i).id);
    *error = Tr::tr("“%1” is ambiguous: %2 actors bear that name (ids %3); give an id.")
                 .arg(key)
                 .arg(matches.size())
                 .arg(ids.join(QStringLiteral(", ")));
    return -1;
}

int runPath(const QStringList &args)
{
    const QString command = QStringLiteral("path");
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    const GraphOptions graph;
    p.addOption(json);
    graph.add(p);
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("A .maillage file."));
    p.addPositionalArgument(QStringLiteral("FROM"), Tr::tr("Actor name or id."));
    p.addPositionalArgument(QStringLiteral("TO"), Tr::tr("Actor name or id."));
    int status = Ok;
    if (!parse(p, command, args, 3, &status))
        return status;
    if (p.positionalArguments().size() > 3)
        return tooMany(command);
    const QStringList pos = p.positionalArguments();

    Document doc;
    if (!openDocument(doc, pos[0], false))
        return Failed;
    const Network network(NetworkData::fromStore(doc.store()), graph.read(p));
    QString error;
    const int from = findActor(network, pos[1], &error);
    if (from < 0)
        return fail(error);
    const int to = findActor(network, pos[2], &error);
    if (to < 0)
        return fail(error);
    const std::optional<Path> path =
        shortestPath(network, network.actor(from).id, network.actor(to).id);
    if (!path)
        return fail(Tr::tr("Unknown actor."));
    auto actorJson = [&](qint64 id) {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("name"), network.actor(network.indexOf(id)).name}};
    };
    const bool reachable = !path->actors.isEmpty();
    if (p.isSet(json)) {
        QJsonArray steps, intermediaries;
        for (int i = 0; i < path->actors.size(); ++i) {
            steps << actorJson(path->actors[i]);
            if (i > 0 && i + 1 < path->actors.size())
                intermediaries << actorJson(path->actors[i]);
        }
        QJsonObject o{{QStringLiteral("from"), actorJson(network.actor(from).id)},
                      {QStringLiteral("to"), actorJson(network.actor(to).id)},
                      {QStringLiteral("options"), optionsJson(network.options())},
                      {QStringLiteral("reachable"), reachable}};
        if (reachable) {
            o.insert(QStringLiteral("steps"), int(path->actors.size()) - 1);
            o.insert(QStringLiteral("length"), path->length);
            o.insert(QStringLiteral("shortest_paths"), path->count);
            o.insert(QStringLiteral("path"), steps);
            o.insert(QStringLiteral("intermediaries"), intermediaries);
        }
        printJson(o);
        return Ok;
    }
    const QLocale locale;
    const QString fromName = network.actor(from).name;
    const QString toName = network.actor(to).name;
    if (!reachable) {
        out() << Tr::tr("No path from “%1” to “%2”.").arg(fromName, toName) << Qt::endl;
        return Ok;
    }
    QStringList names;
    for (qint64 id : path->actors)
        names << network.actor(network.indexOf(id)).name;
    out() << names.join(QStringLiteral(" → ")) << '\n';
    const int steps = int(path->actors.size()) - 1;
    out() << Tr::tr("%Ln step(s)", nullptr, steps);
    if (network.options().weighted)
        out() << Tr::tr(", length %1").arg(number(locale, path->length, 3));
    out() << "; "
          << Tr::tr("%1 shortest path(s)").arg(locale.toString(path->count, 'f', 0)) << '\n';
    if (steps > 1)
        out() << Tr::tr("Intermediaries: %1").arg(names.mid(1, steps - 1).join(QStringLiteral(", ")))
              << '\n';
    out().flush();
    return Ok;
}

const Registration regMetrics([] {
    return Command{QStringLiteral("metrics"),
                   QStringLiteral("metrics FILE [--json] [--metrics LIST] [--sample K] "
                                  "[--directed] [--weighted] [--no-conflicts] [--resolution R] [--seed N]"),
                   Tr::tr("Network measures: centralities, components, communities."),
                   runMetrics};
});
const Registration regPath([] {
    return Command{QStringLiteral("path"),
                   QStringLiteral("path FILE FROM TO [--json] [--directed] [--weighted] "
                                  "[--no-conflicts]"),
                   Tr::tr("Shortest path between two actors, with the intermediaries."), runPath};
});

} // namespace
} // namespace maillage::cli
