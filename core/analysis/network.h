#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <algorithm>
#include <limits>
#include <memory>
#include <vector>

// The actor network as the analysis sees it: a snapshot of the actors and links of a territory
// (plain data, taken on the UI thread) and, built from it with options, an indexed graph the
// measures run on (possibly on a worker thread). Boost.Graph stays inside the .cpp files.
namespace maillage {

class Store;

namespace analysis {

/// What the analysis needs of one actor.
struct NetworkActor
{
    qint64 id = 0;
    QString name;
    qint64 categoryId = 0;
};

/// What the analysis needs of one link, with the properties of its type.
struct NetworkLink
{
    qint64 id = 0;
    qint64 sourceId = 0;
    qint64 targetId = 0;
    int strength = 3;       ///< 1 … 5 in a territory; any whole number ≥ 1 in a snapshot
    bool directed = false;  ///< the link type is directed (source → target)
    int sign = 0;           ///< -1 conflict, 0 neutral, 1 cooperation (from the link type)
    /// The link's own weight (from an imported file), NaN when it has none: a weighted
    /// network weighs the link by it when it is above 0, else by the strength.
    double weight = std::numeric_limits<double>::quiet_NaN();
    double weighting() const { return weight > 0 ? weight : double(std::max(strength, 1)); }
};

/// A snapshot of a territory's network.
struct NetworkData
{
    QList<NetworkActor> actors;
    QList<NetworkLink> links;
    QHash<qint64, QString> categoryNames;  ///< category id → name

    /// Reads the network of an open territory; on a read error it is empty and `error` says
    /// why.
    static NetworkData fromStore(const Store &store, QString *error = nullptr);
};

/// How links become edges.
///
/// - **Direction**: undirected (default), every link joins its two actors both ways. Directed:
///   a link whose type is directed is an arc source → target; a link of an undirected type
///   is an arc each way.
/// - **Strengths**: ignored (default), every edge has length 1. Used: parallel links between
///   the same two actors add up their strengths into one edge of weight w, and the edge's
///   length (its distance, for paths, betweenness and closeness) is 1 / w: a strong tie is
///   a short way. Weighted degree and Louvain use w.
/// - **Conflicts**: links whose type has sign -1 are included by default (a conflict is
///   still a relation through which one hears of the other); `includeConflicts = false` drops
///   them.
///
/// Whatever the options, the analysis graph is simple: parallel links between two actors are
/// one edge (in directed mode, one arc per direction), and self-loops are left out of every
/// measure (they are still counted in NetworkMetrics::links). Links to unknown actors are
/// ignored.
struct NetworkOptions
{
    bool directed = false;
    bool weighted = false;
    bool includeConflicts = true;
};

/// The indexed analysis graph. Actors get indices 0 … n-1 in the order of the snapshot.
/// Cheap to copy (shared, immutable).
class Network
{
public:
    Network();
    Network(const NetworkData &data, const NetworkOptions &options = {});

    const NetworkOptions &options() const;
    int actorCount() const;
    const NetworkActor &actor(int index) const;
    /// -1 if no such actor.
    int indexOf(qint64 actorId) const;
    QString categoryName(qint64 categoryId) const;

    /// Links taken into account (after dropping conflicts if asked and links to unknown
    /// actors), self-loops and parallel links included.
    int linkCount() const;
    /// Distinct pairs of linked actors (undirected view, self-loops excluded).
    int edgeCount() const;
    /// Arcs of the directed view (equal to edgeCount() when undirected).
    int arcCount() const;

    /// A key that changes whenever the actors, links, link types or options that the measures
    /// depend on change: a GUI keeps its results until the key of a new snapshot differs.
    QByteArray cacheKey() const;

    /// Internal, for the analysis .cpp files.
    struct Impl;
    const Impl &impl() const { return *m_impl; }

private:
    std::shared_ptr<const Impl> m_impl;
};

} // namespace analysis
} // namespace maillage
