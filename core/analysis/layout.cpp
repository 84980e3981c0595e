#include "core/analysis/layout.h"

#include "core/analysis/layout_parts.h"
#include "core/store/repositories.h"

#include <algorithm>
#include <cmath>

namespace maillage::layout {

using namespace detail;

Graph Graph::fromStore(const Store &store, QString *error)
{
    Graph g;
    const Projections read(store);
    const auto nodes = read.graphNodes(error);
    const auto edges = nodes ? read.graphEdges(error) : std::nullopt;
    const auto categories = edges ? read.categories(error) : std::nullopt;
    if (!categories)
        return g;
    g.nodes.reserve(nodes->size());
    for (const GraphNode &a : *nodes) {
        Node n;
        n.id = a.id;
        n.x = a.x;
        n.y = a.y;
        n.pinned = a.pinned;
        n.categoryId = a.categoryId;
        n.influence = a.influence;
        n.interest = a.interest;
        g.nodes << n;
    }
    g.edges.reserve(edges->size());
    for (const GraphEdge &l : *edges)
        g.edges << Edge{l.sourceId, l.targetId, std::clamp(l.strength, 1, 5) / 3.0};
    for (const auto &c : *categories)
        g.categoryOrder << c.first;
    return g;
}

QString code(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Force: return K("force");
    case Algorithm::Category: return K("category");
    case Algorithm::Circle: return K("circle");
    case Algorithm::Concentric: return K("concentric");
    case Algorithm::Grid: return K("grid");
    }
    return {};
}

QStringList algorithmCodes()
{
    return {K("force"), K("category"), K("circle"), K("concentric"), K("grid")};
}

std::optional<Algorithm> algorithmFromCode(const QString &c)
{
    for (Algorithm a : {Algorithm::Force, Algorithm::Category, Algorithm::Circle,
                        Algorithm::Concentric, Algorithm::Grid})
        if (code(a) == c)
            return a;
    return std::nullopt;
}

QString displayName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Force: return Tr::tr("Force-directed");
    case Algorithm::Category: return Tr::tr("Grouped by category");
    case Algorithm::Circle: return Tr::tr("Circle");
    case Algorithm::Concentric: return Tr::tr("Concentric");
    case Algorithm::Grid: return Tr::tr("Power/interest grid");
    }
    return {};
}

Result run(const Graph &graph, const Options &options, const Control &control)
{
    const Indexed g(graph);
    switch (options.algorithm) {
    case Algorithm::Force: return runForce(graph, g, options, control);
    case Algorithm::Category: return runCategory(graph, g, options, control);
    case Algorithm::Circle: return runCircle(graph, g);
    case Algorithm::Concentric: return runConcentric(graph, g, options);
    case Algorithm::Grid: return runGrid(graph);
    }
    return {};
}

QString quadrantLabel(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::KeepSatisfied: return Tr::tr("Keep satisfied");
    case Quadrant::ManageClosely: return Tr::tr("Manage closely");
    case Quadrant::Monitor: return Tr::tr("Monitor");
    case Quadrant::KeepInformed: return Tr::tr("Keep informed");
    }
    return {};
}

QPointF GridGeometry::cellCentre(int interest, int influence) const
{
    return QPointF(std::clamp(interest, 0, 5) * cell, -std::clamp(influence, 0, 5) * cell);
}

QRectF GridGeometry::quadrantRect(Quadrant quadrant) const
{
    const double midX = 2.5 * cell, midY = -2.5 * cell;
    const bool high = quadrant == Quadrant::KeepSatisfied || quadrant == Quadrant::ManageClosely;
    const bool interested =
        quadrant == Quadrant::ManageClosely || quadrant == Quadrant::KeepInformed;
    const double left = interested ? midX : area.left();
    const double right = interested ? area.right() : midX;
    const double top = high ? area.top() : midY;
    const double bottom = high ? midY : area.bottom();
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

QString GridGeometry::xAxisLabel() const
{
    return Tr::tr("Interest");
}

QString GridGeometry::yAxisLabel() const
{
    return Tr::tr("Influence (power)");
}

GridGeometry gridGeometry()
{
    GridGeometry g;
    g.cell = 200;
    g.area = QRectF(-g.cell / 2, -5.5 * g.cell, 6 * g.cell, 6 * g.cell);
    return g;
}

QString undoText(Algorithm algorithm)
{
    return Tr::tr("Apply layout “%1”").arg(displayName(algorithm));
}

double linkedToRandomRatio(const Graph &graph, const QHash<qint64, QPointF> &positions,
                           quint64 seed)
{
    auto distance = [&](qint64 a, qint64 b) {
        const QPointF d = positions.value(a) - positions.value(b);
        return std::hypot(d.x(), d.y());
    };
    double linked = 0;
    int linkCount = 0;
    for (const Edge &e : graph.edges) {
        if (e.sourceId == e.targetId || !positions.contains(e.sourceId) ||
            !positions.contains(e.targetId))
            continue;
        linked += distance(e.sourceId, e.targetId);
        ++linkCount;
    }
    const int n = int(graph.nodes.size());
    if (!linkCount || n < 2)
        return 0;
    Random random(seed);
    double pairs = 0;
    const int samples = std::max(2000, linkCount);
    for (int s = 0; s < samples; ++s) {
        const int a = int(random.below(n));
        int b = int(random.below(n - 1));
        if (b >= a)
            ++b;
        pairs += distance(graph.nodes[a].id, graph.nodes[b].id);
    }
    return pairs > 0 ? (linked / linkCount) / (pairs / samples) : 0;
}

} // namespace maillage::layout
