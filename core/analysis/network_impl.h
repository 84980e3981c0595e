#pragma once

// Internal to core/analysis/*.cpp: the Boost.Graph side of Network. Never include it from a
// public header.

#include "core/analysis/network.h"

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <QHash>

#include <cstdint>

namespace maillage::analysis {

/// One edge (or arc) of the simple analysis graph: parallel links merged.
struct EdgeProp
{
    double weight = 1;   ///< sum of the strengths of the merged links (1 when unweighted)
    double length = 1;   ///< 1 / weight when weighted, else 1
    int links = 1;       ///< how many links were merged into it
    qint64 linkId = 0;   ///< the first of them
};

using Csr = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, EdgeProp,
                                               boost::no_property, std::uint32_t, std::uint32_t>;

struct Network::Impl
{
    NetworkData data;
    NetworkOptions options;
    QHash<qint64, int> index;  ///< actor id → index
    int linkCount = 0;
    int edgeCount = 0;
    int arcCount = 0;
    QByteArray key;
    Csr sym;  ///< undirected view: each edge stored both ways, neighbours in index order
    Csr out;  ///< directed view, forward arcs (empty unless options.directed)
    Csr in;   ///< directed view, reversed arcs (empty unless options.directed)

    int n() const { return int(data.actors.size()); }
    const Csr &forward() const { return options.directed ? out : sym; }
    const Csr &backward() const { return options.directed ? in : sym; }
};

} // namespace maillage::analysis
