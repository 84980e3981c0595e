#pragma once

#include "core/analysis/network.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

// Network measures: who is central, who bridges, who is isolated. Definitions follow NetworkX
// (the reference the tests check against) unless said otherwise; see Network for how links
// become edges (direction, strengths, conflicts, parallel links, self-loops).
namespace maillage::analysis {

/// The measures one can ask for; `--metrics` takes their codes. Cheap network figures
/// (actors, links, density, components) are always computed.
enum class Measure : unsigned {
    Degree = 1u << 0,        ///< "degree": in, out, total, and their weighted variants
    Betweenness = 1u << 1,   ///< "betweenness": raw and normalised
    Closeness = 1u << 2,     ///< "closeness"
    Eigenvector = 1u << 3,   ///< "eigenvector"
    Coreness = 1u << 4,      ///< "coreness"
    Component = 1u << 5,     ///< "component"
    Articulation = 1u << 6,  ///< "articulation"
    Community = 1u << 7,     ///< "community" (Louvain, modularity; needs betweenness and degree
                             ///< to name each community, which are then computed too)
    Diameter = 1u << 8,      ///< "diameter"
    PathLength = 1u << 9,    ///< "path_length": average shortest path length
    Clustering = 1u << 10,   ///< "clustering": average clustering coefficient
    Bridges = 1u << 11,      ///< "bridges"
};
using Measures = unsigned;
inline constexpr Measures kAllMeasures = (1u << 12) - 1;
inline constexpr Measures operator|(Measure a, Measure b) { return unsigned(a) | unsigned(b); }
inline constexpr bool has(Measures set, Measure m) { return (set & unsigned(m)) != 0; }

/// Codes of every measure, in the order of Measure.
QStringList measureCodes();
/// Parses a comma-separated list of codes ("degree,betweenness"); on an unknown code returns
/// nullopt and sets `error` to a message naming it.
std::optional<Measures> parseMeasures(const QString &list, QString *error = nullptr);

struct MetricsOptions
{
    Measures measures = kAllMeasures;
    double resolution = 1.0;  ///< Louvain resolution γ (> 0): above 1, smaller communities
    quint64 seed = 1;         ///< Louvain's node order is shuffled from this seed
    /// 0: exact all-pairs measures. K between 1 and n-1: betweenness (and closeness,
    /// diameter, average path length) are estimated from K source actors drawn at random
    /// from `seed` (Brandes & Pich's sampling); see MetricsResult::betweennessErrorBound.
    int betweennessSamples = 0;
};

/// Above this many actors, the window estimates betweenness by sampling unless the exact
/// measures are asked for.
inline constexpr int kSamplingThreshold = 20000;
/// How many source actors the window samples above kSamplingThreshold.
inline constexpr int kDefaultSamples = 1000;

/// With `samples` sources out of `actors`, the bound ε' such that each actor's estimated
/// normalised betweenness is within ±ε' of the exact one with probability `confidence`
/// (Hoeffding's inequality; 0 when nothing is sampled).
double betweennessErrorBound(int actors, int samples, double confidence = 0.95);

/// Lets a caller on another thread follow and stop the work.
struct RunControl
{
    /// Set to true to stop: computeMetrics returns early with `cancelled` set.
    const std::atomic<bool> *cancel = nullptr;
    /// Called with a fraction 0 … 1 of the work done, from the calling thread only, at most
    /// every 50 ms or so.
    std::function<void(double)> progress;
    /// Threads for the all-pairs shortest paths (betweenness, closeness, diameter, path
    /// length); 0 = one per core.
    int threads = 0;
};

/// Per-actor results. Fields of measures not asked for stay at their defaults.
struct ActorMetrics
{
    qint64 id = 0;
    /// Distinct neighbours (self-loops and parallel links not counted). Undirected: in = out =
    /// total. Directed: in = distinct predecessors, out = distinct successors, total = in + out.
    int degree = 0, inDegree = 0, outDegree = 0;
    /// Sum of the strengths of the links counted in the degree (parallel links add up).
    double weightedDegree = 0, weightedInDegree = 0, weightedOutDegree = 0;
    /// Brandes betweenness: sum over pairs (s, t), s ≠ v ≠ t, of the share of shortest s–t
    /// paths through v. Undirected: each unordered pair counted once (NetworkX
    /// betweenness_centrality(normalized=False)). Normalised: divided by (n-1)(n-2)/2
    /// undirected, (n-1)(n-2) directed (NetworkX normalized=True).
    double betweenness = 0, betweennessNormalized = 0;
    /// Wasserman–Faust closeness (NetworkX closeness_centrality, wf_improved=True):
    /// (r/(n-1)) · (r / Σ d(u, v)) over the r actors u that reach v; 0 when r = 0.
    /// Directed: distances towards the actor (incoming), as NetworkX.
    double closeness = 0;
    /// Eigenvector centrality, unit Euclidean norm (NetworkX eigenvector_centrality: power
    /// iteration on A + I from a uniform vector, tolerance n·1e-6). Directed: in-links count
    /// (left eigenvector). Weighted: entries are strengths.
    double eigenvector = 0;
    /// k-core number in the undirected view.
    int coreness = 0;
    /// Weakly connected component, numbered from 1 by decreasing size (ties: first actor).
    int component = 0;
    /// Removing the actor splits its component (undirected view).
    bool articulation = false;
    /// Community number (from 1, by decreasing size; ties by name), see Communities.
    int community = 0;
};

struct CommunityInfo
{
    int number = 0;          ///< 1, 2, …
    QString name;            ///< the name of its most central actor
    qint64 centralActorId = 0;  ///< highest betweenness, ties by degree then name
    QList<qint64> members;   ///< actor ids in snapshot order
};

struct NetworkMetrics
{
    int actors = 0;
    int links = 0;  ///< see Network::linkCount()
    /// Distinct linked pairs over possible pairs: 2E/(n(n-1)) undirected, A/(n(n-1)) directed.
    double density = 0;
    int components = 0;  ///< weakly connected components, isolated actors included
    /// Largest finite distance between two actors (the diameter of the largest reach, so it is
    /// defined on a disconnected network); in steps, or in lengths 1/w when weighted.
    double diameter = 0;
    /// Mean distance over the ordered pairs (s, t), s ≠ t, where t can be reached from s.
    double averagePathLength = 0;
    /// Mean of the local clustering coefficients of all actors, zeros included (NetworkX
    /// average_clustering), in the undirected unweighted view.
    double averageClustering = 0;
    /// Links whose removal disconnects two actors (undirected view): a pair tied by two
    /// parallel links has no bridge.
    QList<qint64> bridges;
    /// Newman modularity (with the resolution γ) of the Louvain partition.
    double modularity = 0;
    QList<CommunityInfo> communities;
};

struct MetricsResult
{
    bool cancelled = false;
    /// 0: the all-pairs measures are exact. Otherwise how many sources they were estimated
    /// from: betweenness and closeness are estimates, the diameter a lower bound.
    int sampledSources = 0;
    /// The normalised betweenness error bound at 95 % (see betweennessErrorBound()).
    double betweennessErrorBound = 0;
    Measures computed = 0;  ///< what was actually computed (asked plus dependencies)
    NetworkMetrics network;
    QList<ActorMetrics> actors;  ///< in snapshot order
};

/// Computes the measures asked for. Thread-safe on a shared Network.
MetricsResult computeMetrics(const Network &network, const MetricsOptions &options = {},
                             const RunControl &control = {});

/// Louvain communities (undirected view; weights = strengths when weighted), with nodes
/// visited in an order shuffled from `seed` and levels aggregated until modularity gains
/// fall under 1e-7. Returns a community index per actor (0-based, in order of first actor).
QList<int> louvain(const Network &network, double resolution, quint64 seed,
                   double *modularity = nullptr);
/// Newman modularity of a partition (community index per actor), with resolution γ.
double modularity(const Network &network, const QList<int> &communityOfActor,
                  double resolution = 1.0);

/// A shortest path between two actors.
struct Path
{
    QList<qint64> actors;  ///< from … to, intermediaries between; empty if unreachable
    double length = 0;     ///< steps, or sum of lengths 1/w when weighted
    double count = 0;      ///< number of distinct shortest paths (0 if unreachable)
};
/// Shortest path from `fromId` to `toId` (respecting direction in directed mode). Among
/// equally short paths the one through the lowest snapshot indices is chosen. nullopt if
/// an id is unknown.
std::optional<Path> shortestPath(const Network &network, qint64 fromId, qint64 toId);

} // namespace maillage::analysis
