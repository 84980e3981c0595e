#pragma once

// Internal to core/analysis: the parts of the network measures that live in their own files
// (paths.cpp: all-pairs shortest paths, betweenness and closeness; structure.cpp: eigenvector,
// cores, components, cut points, clustering; communities.cpp: Louvain), used by
// metrics.cpp's computeMetrics. Never include it from a public header.

#include "core/analysis/metrics.h"
#include "core/analysis/network_impl.h"

#include <QList>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <vector>

namespace maillage::analysis::detail {

using Vertex = std::uint32_t;

inline bool isCancelled(const RunControl &c)
{
    return c.cancel && c.cancel->load(std::memory_order_relaxed);
}

/// Two path lengths are equal when they differ by rounding only: with lengths 1/w, 1/3 + 1/6
/// and 1/2 must count as the same distance (igraph does the same; NetworkX compares exactly).
inline bool nearlyEqual(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

/// What one all-pairs run adds up.
struct PairsTotals
{
    std::vector<double> betweenness;  ///< ordered pairs (undirected: each pair counted twice)
    std::vector<double> distanceIn;   ///< Σ d(s, v) over the sources s reaching v
    std::vector<int> reachedBy;       ///< how many sources reach v
    double diameter = 0;
    double pathSum = 0;
    double pathCount = 0;
};

/// All-pairs shortest paths from every source in `sources` (all when empty), Brandes'
/// dependency accumulation for betweenness; returns false when cancelled. `progress` maps the
/// fraction of sources done to the caller's scale.
bool allPairs(const Network::Impl &g, bool wantBetweenness, const RunControl &control,
              const std::function<void(double)> &progress, PairsTotals *totals,
              const std::vector<Vertex> &sources = {});

/// Power iteration as NetworkX's eigenvector_centrality: x ← (A + I)ᵀ x, normalised.
std::vector<double> eigenvector(const Network::Impl &g);
/// k-core number of each actor.
std::vector<int> coreNumbers(const Network::Impl &g);
/// Connected component of each actor; `count` gets how many there are.
std::vector<int> components(const Network::Impl &g, int *count);
/// Articulation points and bridges (link ids).
void cutPoints(const Network::Impl &g, std::vector<char> *articulation, QList<qint64> *bridges);
/// Average clustering coefficient (NetworkX's average_clustering).
double averageClustering(const Network::Impl &g);

/// Louvain communities of each actor (NetworkX's louvain_communities); `q` gets the modularity.
std::vector<int> louvainImpl(const Network::Impl &g, double gamma, quint64 seed, double *q,
                             const RunControl &control);

} // namespace maillage::analysis::detail
