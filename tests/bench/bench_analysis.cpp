// Network analysis benchmarks: betweenness and all measures on a 10k-actor / 20k-link network,
// side by side with python3-igraph on the same graph (docs/architecture.md's budget: betweenness no
// slower than igraph).
#include "core/analysis/metrics.h"
#include "bench.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>

#include <thread>

namespace maillage::bench {
namespace {

using namespace analysis;

struct Args
{
    int actors = 10000;
    int links = 20000;
    int repeats = 1;
};

Args parseArgs(const QStringList &args, int repeats)
{
    // maillage-bench betweenness|metrics [ACTORS [LINKS [REPEATS]]]
    Args a;
    a.repeats = repeats;
    if (args.size() > 0)
        a.actors = std::max(3, args[0].toInt());
    if (args.size() > 1)
        a.links = std::max(1, args[1].toInt());
    if (args.size() > 2)
        a.repeats = std::max(1, args[2].toInt());
    a.links = std::min<qint64>(a.links, qint64(a.actors) * (a.actors - 1) / 2);
    return a;
}

/// A deterministic random network (same seed, same graph), written as an edge list too.
NetworkData makeNetwork(const Args &a, QString *edgeFile)
{
    QRandomGenerator random(20240501);
    NetworkData d;
    for (int i = 0; i < a.actors; ++i)
        d.actors << NetworkActor{i + 1, QStringLiteral("Actor %1").arg(i), 0};
    QSet<quint64> seen;
    QByteArray lines;
    while (d.links.size() < a.links) {
        quint32 u = random.bounded(quint32(a.actors)), v = random.bounded(quint32(a.actors));
        if (u == v)
            continue;
        if (u > v)
            std::swap(u, v);
        if (seen.contains((quint64(u) << 32) | v))
            continue;
        seen.insert((quint64(u) << 32) | v);
        const int strength = int(random.bounded(1, 6));
        d.links << NetworkLink{d.links.size() + 1, u + 1, v + 1, strength, false, 0};
        lines += QByteArray::number(u) + ' ' + QByteArray::number(v) + ' ' +
                 QByteArray::number(strength) + '\n';
    }
    *edgeFile = scratch(QStringLiteral("analysis-%1-%2.edges").arg(a.actors).arg(a.links));
    QFile f(*edgeFile);
    if (f.open(QIODevice::WriteOnly))
        f.write(lines);
    return d;
}

/// Runs igraph; returns its time in ms (or -1) and compares its betweenness with ours.
double igraph(const QString &edgeFile, const Args &a, const QString &mode,
              const MetricsResult *ours, QJsonObject *parts)
{
    const QString outFile = scratch(QStringLiteral("analysis-igraph-%1.json").arg(mode));
    if (runPython(QStringLiteral("bench_analysis_igraph.py"),
                  {edgeFile, QString::number(a.actors), mode, QString::number(a.repeats), outFile})
            .isEmpty())
        return -1;
    QFile f(outFile);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (parts)
        *parts = o.value(QStringLiteral("parts")).toObject();
    const QJsonArray bc = o.value(QStringLiteral("betweenness")).toArray();
    if (ours && bc.size() == ours->actors.size()) {
        double worst = 0;
        for (int i = 0; i < bc.size(); ++i) {
            const double theirs = bc[i].toDouble();
            worst = std::max(worst, std::abs(ours->actors[i].betweenness - theirs) /
                                        std::max(1.0, std::abs(theirs)));
        }
        out() << "  betweenness agrees with igraph's to " << QString::number(worst, 'g', 2)
              << " (largest relative difference)\n";
    }
    return o.value(QStringLiteral("ms")).toDouble(-1);
}

QString ms(double v)
{
    return v < 0 ? QStringLiteral("—") : QString::number(v, 'f', 0) + QStringLiteral(" ms");
}

int runBetweenness(const QStringList &args)
{
    const Args a = parseArgs(args, 3);
    QString edgeFile;
    const NetworkData data = makeNetwork(a, &edgeFile);
    out() << "  " << a.actors << " actors, " << a.links << " links, "
          << std::thread::hardware_concurrency() << " cores, best of " << a.repeats << '\n';
    for (const bool weighted : {false, true}) {
        NetworkOptions options;
        options.weighted = weighted;
        Network network;
        const double build = timeMs([&] { network = Network(data, options); });
        MetricsOptions m;
        m.measures = unsigned(Measure::Betweenness);
        MetricsResult result;
        const double mine = timeMs([&] { result = computeMetrics(network, m); }, a.repeats);
        RunControl single;
        single.threads = 1;
        const double mineOne =
            timeMs([&] { result = computeMetrics(network, m, single); }, a.repeats);
        out() << (weighted ? "  weighted (lengths 1/strength)\n" : "  unweighted\n");
        const double theirs =
            igraph(edgeFile, a, weighted ? QStringLiteral("betweenness-weighted")
                                         : QStringLiteral("betweenness"),
                   &result, nullptr);
        out() << "    maillage: " << ms(mine).rightJustified(9) << "  (1 thread: " << ms(mineOne)
              << "; graph built in " << ms(build) << ")\n";
        out() << "    igraph:   " << ms(theirs).rightJustified(9);
        if (theirs > 0)
            out() << "  → maillage takes " << QString::number(mine / theirs, 'f', 2)
                  << "× igraph's time";
        out() << '\n';
        out().flush();
    }
    return 0;
}

int runMetrics(const QStringList &args)
{
    // Every measure, then each alone: one run each by default, it is long on 2 cores.
    const Args a = parseArgs(args, 1);
    QString edgeFile;
    const NetworkData data = makeNetwork(a, &edgeFile);
    out() << "  " << a.actors << " actors, " << a.links << " links, best of " << a.repeats
          << '\n';
    const Network network(data);
    MetricsResult result;
    const double mine = timeMs([&] { result = computeMetrics(network); }, a.repeats);
    // The parts, alone.
    QList<QPair<QString, double>> parts;
    for (const QString &code : measureCodes()) {
        MetricsOptions m;
        m.measures = *parseMeasures(code);
        parts << qMakePair(code, timeMs([&] { computeMetrics(network, m); }, a.repeats));
    }
    QJsonObject theirParts;
    const double theirs = igraph(edgeFile, a, QStringLiteral("metrics"), &result, &theirParts);
    out() << "    maillage, all measures together: " << ms(mine) << '\n';
    out() << "    igraph, the same measures one by one: " << ms(theirs) << '\n';
    out() << "    " << QStringLiteral("measure").leftJustified(14)
          << QStringLiteral("maillage").rightJustified(10)
          << QStringLiteral("igraph").rightJustified(10) << '\n';
    for (const auto &[code, time] : parts) {
        const QString key = code == QStringLiteral("component") ? QStringLiteral("components")
                                                                : code;
        out() << "    " << code.leftJustified(14) << ms(time).rightJustified(10)
              << ms(theirParts.value(key).toDouble(-1)).rightJustified(10) << '\n';
    }
    out() << "    (maillage's community includes the betweenness it names communities by)\n";
    out() << "    modularity " << QString::number(result.network.modularity, 'f', 4) << ", "
          << result.network.communities.size() << " communities, diameter "
          << result.network.diameter << ", average path length "
          << QString::number(result.network.averagePathLength, 'f', 3) << '\n';
    out().flush();
    return 0;
}

const Registration regBetweenness(Benchmark{
    QStringLiteral("betweenness"),
    QStringLiteral("betweenness, 10k actors / 20k links, against python3-igraph"), runBetweenness});
const Registration regMetrics(Benchmark{
    QStringLiteral("metrics"),
    QStringLiteral("every network measure, 10k actors / 20k links, against python3-igraph"),
    runMetrics});

} // namespace
} // namespace maillage::bench
