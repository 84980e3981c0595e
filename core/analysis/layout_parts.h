#pragma once

// Internal to core/analysis: what the layouts share. forcelayout.cpp holds the force-directed
// engine (Fruchterman–Reingold on a quadtree, overlap removal, components packed);
// layoutshapes.cpp the other layouts (force, by category, circle, concentric, grid) built on
// it; layout.cpp the public functions of layout.h. Never include it from a public header.

#include "core/analysis/layout.h"

#include <QCoreApplication>
#include <QHash>

#include <numbers>
#include <random>
#include <vector>

namespace maillage::layout::detail {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::layout)
};

inline QString K(const char *s)
{
    return QString::fromLatin1(s);
}

constexpr double kPi = std::numbers::pi;
/// Nodes closer than this (scene units, the largest node plus a gap) get pushed apart.
constexpr double kMinSeparation = 48.0;
/// Gap between packed components and between category clusters.
constexpr double kComponentGap = kIdealDistance;

/// Portable randomness: std::mt19937_64's sequence is fixed by the standard, the
/// distributions are not, so they are written here.
class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) {}
    /// Uniform in [0, 1).
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    double range(double low, double high) { return low + (high - low) * uniform(); }
    /// Uniform integer in [0, n).
    quint64 below(quint64 n) { return n ? m_engine() % n : 0; }

private:
    std::mt19937_64 m_engine;
};

struct WeightedEdge
{
    int u = 0, v = 0;
    double w = 1;
};

/// The input graph with integer indices, merged parallel links and adjacency lists.
struct Indexed
{
    int n = 0;
    QHash<qint64, int> index;
    std::vector<WeightedEdge> edges;       // u < v, unique
    std::vector<int> adjStart, adj;        // CSR, both directions
    std::vector<int> categoryRank;         // cluster order of each node's category

    explicit Indexed(const Graph &g);
    int degree(int i) const { return adjStart[i + 1] - adjStart[i]; }
};

/// Reports progress in thousandths and watches the cancel flag.
class Progress
{
public:
    Progress(const Control &control, double totalWork) : m_control(control), m_total(totalWork)
    {
    }
    /// Adds work done; returns false when cancelled.
    bool advance(double work)
    {
        m_done += work;
        const int permille = m_total > 0 ? int(std::min(1.0, m_done / m_total) * 1000) : 1000;
        if (m_control.progress && permille >= m_reported + 10) {
            m_reported = permille;
            m_control.progress(permille, 1000);
        }
        return !m_control.cancelled();
    }
    bool cancelled() const { return m_control.cancelled(); }
    /// Adds work about to be done to the total.
    void expect(double work) { m_total += work; }
    void finish()
    {
        if (m_control.progress)
            m_control.progress(1000, 1000);
    }

private:
    const Control &m_control;
    double m_total = 0, m_done = 0;
    int m_reported = -10;
};

/// Force layout of the nodes flagged in `subset` (all when null): each component on its
/// own, then packed. Writes into outX/outY. Pinned nodes with a position stay fixed.
bool forceLayout(const Graph &graph, const Indexed &g, const Options &options,
                 const std::vector<char> *subset, bool keepFixed, Random &random,
                 Progress &progress, std::vector<double> &outX, std::vector<double> &outY);

Result runForce(const Graph &graph, const Indexed &g, const Options &options,
                const Control &control);
Result runCategory(const Graph &graph, const Indexed &g, const Options &options,
                   const Control &control);
Result runCircle(const Graph &graph, const Indexed &g);
Result runConcentric(const Graph &graph, const Indexed &g, const Options &options);
Result runGrid(const Graph &graph);

} // namespace maillage::layout::detail
