#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cmath>
#include <functional>
#include <limits>
#include <optional>

// Layouts of the actor network: where to draw each actor. Plain data in, positions out, so a
// layout can run on a worker thread from a snapshot taken on the UI thread. Positions are in
// scene units, where an actor is drawn 20–40 units wide (render::MapStyle) and two linked
// actors sit about kIdealDistance apart.
namespace maillage {

class Store;

namespace layout {

/// Typical distance between two linked actors, in scene units.
inline constexpr double kIdealDistance = 100.0;

/// One actor as a layout sees it.
struct Node
{
    qint64 id = 0;
    double x = std::numeric_limits<double>::quiet_NaN();  ///< NaN: no position yet
    double y = std::numeric_limits<double>::quiet_NaN();
    bool pinned = false;     ///< a pinned actor never moves (if it has no position, it is placed once)
    qint64 categoryId = 0;   ///< 0: no category
    int influence = 0;       ///< 0 … 5 (power)
    int interest = 0;        ///< 0 … 5
    bool hasPosition() const { return !std::isnan(x) && !std::isnan(y); }
};

/// One link; direction does not matter to layouts. Links to unknown actors and loops are ignored.
struct Edge
{
    qint64 sourceId = 0;
    qint64 targetId = 0;
    double weight = 1.0;  ///< > 0; stronger links pull harder in the force layout
};

/// A snapshot of what layouts need.
struct Graph
{
    QList<Node> nodes;
    QList<Edge> edges;
    QList<qint64> categoryOrder;  ///< cluster order for the category layout (others follow by id)

    /// Reads the actors, links (weight = strength) and category order of an open territory;
    /// on a read error it is empty and `error` says why.
    static Graph fromStore(const Store &store, QString *error = nullptr);
};

enum class Algorithm {
    Force,       ///< force-directed (Fruchterman–Reingold on a grid), components packed
    Category,    ///< one cluster per category, clusters around a circle
    Circle,      ///< every actor on one circle, grouped by category
    Concentric,  ///< rings by number of steps from a chosen actor
    Grid,        ///< power/interest grid: interest across, influence up
};

/// Stable codes ("force", "category", "circle", "concentric", "grid"), for the CLI and settings.
QString code(Algorithm algorithm);
std::optional<Algorithm> algorithmFromCode(const QString &code);
QStringList algorithmCodes();
/// Translated name, e.g. "Force-directed"; used in the undo text.
QString displayName(Algorithm algorithm);

struct Options
{
    Algorithm algorithm = Algorithm::Force;
    quint64 seed = 1;       ///< same seed and same input: same positions, on every platform
    qint64 centerId = 0;    ///< Concentric: the actor in the middle (0: the most linked one)
    int iterations = 0;     ///< Force: 0 chooses (about 500 for large graphs)
    bool startFromCurrent = true;  ///< Force: refine existing positions instead of starting afresh
};

/// How a running layout reports and is stopped. Both are used from the thread running the
/// layout; `progress` may be empty and `cancel` null.
struct Control
{
    std::function<void(int done, int total)> progress;
    const std::atomic<bool> *cancel = nullptr;
    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

struct Result
{
    /// New position of every actor of the input (pinned ones keep theirs).
    QHash<qint64, QPointF> positions;
    bool cancelled = false;  ///< stopped through Control::cancel; positions is then empty
    QString error;           ///< translated; set when the layout could not run (positions empty)
    bool ok() const { return !cancelled && error.isEmpty(); }
};

/// Runs one layout. Thread-safe: touches nothing but its arguments.
Result run(const Graph &graph, const Options &options, const Control &control = Control());

// The power/interest grid, for views that draw its background.
enum class Quadrant {
    KeepSatisfied,   ///< high power, low interest (top left)
    ManageClosely,   ///< high power, high interest (top right)
    Monitor,         ///< low power, low interest (bottom left)
    KeepInformed,    ///< low power, high interest (bottom right)
};
QString quadrantLabel(Quadrant quadrant);  ///< translated, e.g. "Manage closely"

struct GridGeometry
{
    double cell = 0;       ///< scene units between two consecutive values (0 … 5)
    QRectF area;           ///< the whole grid, values 0 … 5 on both axes plus half a cell around
    /// Centre of the cell of (interest, influence); influence grows upwards (smaller y).
    QPointF cellCentre(int interest, int influence) const;
    QRectF quadrantRect(Quadrant quadrant) const;
    QString xAxisLabel() const;  ///< translated "Interest"
    QString yAxisLabel() const;  ///< translated "Influence (power)"
};
/// The geometry the Grid algorithm places actors on.
GridGeometry gridGeometry();

// A layout only computes positions: Document::applyPositions() writes them as one undo step.
/// The undo step's title, “Apply layout “NAME””.
QString undoText(Algorithm algorithm);

/// Quality figures used by tests and benchmarks: mean distance between linked actors divided
/// by the mean distance of random pairs (lower is better; ~1 means links are ignored).
double linkedToRandomRatio(const Graph &graph, const QHash<qint64, QPointF> &positions,
                           quint64 seed = 7);

} // namespace layout
} // namespace maillage
