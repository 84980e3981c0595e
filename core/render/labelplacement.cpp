#include "core/render/labelplacement.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <vector>

namespace maillage::render {

namespace {

/// Rectangles indexed by the cells of a uniform grid they cover.
class RectGrid
{
public:
    explicit RectGrid(double cell) : m_cell(cell) {}

    void insert(const QRectF &r, int owner)
    {
        const int id = int(m_rects.size());
        m_rects.push_back({r, owner});
        forCells(r, [&](quint64 key) {
            m_cells[key].push_back(id);
            return false;
        });
    }

    /// True when `r` overlaps a stored rectangle whose owner is not `ignoreOwner`.
    bool overlaps(const QRectF &r, int ignoreOwner) const
    {
        return forCells(r, [&](quint64 key) {
            const auto it = m_cells.find(key);
            if (it == m_cells.end())
                return false;
            for (int id : it->second) {
                const Entry &e = m_rects[std::size_t(id)];
                if (e.owner != ignoreOwner && e.rect.intersects(r))
                    return true;
            }
            return false;
        });
    }

private:
    struct Entry
    {
        QRectF rect;
        int owner;
    };
    /// Calls f(cell key) for every cell `r` covers until f returns true.
    template<typename F>
    bool forCells(const QRectF &r, F &&f) const
    {
        const auto cellOf = [this](double v) {
            return std::int64_t(std::floor(v / m_cell));
        };
        const std::int64_t x0 = cellOf(r.left()), x1 = cellOf(r.right());
        const std::int64_t y0 = cellOf(r.top()), y1 = cellOf(r.bottom());
        for (std::int64_t y = y0; y <= y1; ++y)
            for (std::int64_t x = x0; x <= x1; ++x)
                if (f((quint64(quint32(std::int32_t(x))) << 32) | quint32(std::int32_t(y))))
                    return true;
        return false;
    }
    double m_cell;
    std::vector<Entry> m_rects;
    std::unordered_map<quint64, std::vector<int>> m_cells;
};

/// The spots tried for a label of size `s` around an actor, in order of preference.
int spots(const LabelCandidate &c, const QSizeF &s, double gap, bool around, QRectF out[4])
{
    const QPointF p = c.anchor;
    const double r = c.radius + gap;
    out[0] = QRectF(p.x() - s.width() / 2, p.y() + r, s.width(), s.height());  // below
    if (!around)
        return 1;
    out[1] = QRectF(p.x() - s.width() / 2, p.y() - r - s.height(), s.width(), s.height());
    out[2] = QRectF(p.x() + r, p.y() - s.height() / 2, s.width(), s.height());  // right
    out[3] = QRectF(p.x() - r - s.width(), p.y() - s.height() / 2, s.width(), s.height());
    return 4;
}

} // namespace

QList<PlacedLabel> placeLabels(QList<LabelCandidate> candidates,
                               const LabelPlacementOptions &options)
{
    QList<PlacedLabel> placed;
    if (candidates.isEmpty())
        return placed;
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const LabelCandidate &a, const LabelCandidate &b) {
                         if (a.mandatory != b.mandatory)
                             return a.mandatory;
                         if (a.priority != b.priority)
                             return a.priority > b.priority;
                         return a.index < b.index;
                     });
    // A cell about three label heights wide: a label covers a handful of cells.
    double height = 0;
    for (const LabelCandidate &c : std::as_const(candidates))
        height += std::max(c.size.height(), 2 * c.radius);
    const double cell = std::max(1e-6, 3 * height / double(candidates.size()));
    RectGrid labels(cell), actors(cell);
    if (options.avoidActors)
        for (int i = 0; i < candidates.size(); ++i) {
            const LabelCandidate &c = candidates[i];
            actors.insert(QRectF(c.anchor.x() - c.radius, c.anchor.y() - c.radius, 2 * c.radius,
                                 2 * c.radius),
                          i);
        }
    const double g = options.gap;
    placed.reserve(candidates.size());
    for (int i = 0; i < candidates.size(); ++i) {
        const LabelCandidate &c = candidates[i];
        if (c.size.isEmpty())
            continue;
        const auto fits = [&](const QRectF &r) {
            const QRectF padded = r.adjusted(-g / 2, -g / 2, g / 2, g / 2);
            if (!options.bounds.isEmpty() && !options.bounds.contains(r))
                return false;
            for (const QRectF &k : options.keepOut)
                if (k.intersects(r))
                    return false;
            return !labels.overlaps(padded, -1) &&
                   !(options.avoidActors && actors.overlaps(r, i));
        };
        QRectF tries[4];
        bool done = false;
        for (int pass = 0; pass < 2 && !done; ++pass) {
            if (pass == 1 && (c.shortWidth <= 0 || c.shortWidth >= c.size.width()))
                break;
            const QSizeF s = pass == 0 ? c.size : QSizeF(c.shortWidth, c.size.height());
            const int n = spots(c, s, g, options.tryAround, tries);
            for (int k = 0; k < n; ++k)
                if (fits(tries[k])) {
                    placed.append({c.index, tries[k], pass == 1});
                    labels.insert(tries[k], i);
                    done = true;
                    break;
                }
        }
        if (!done && c.mandatory) {
            // Always shown: under the actor, even where it meets another label.
            spots(c, c.size, g, false, tries);
            placed.append({c.index, tries[0], false});
            labels.insert(tries[0], i);
        }
    }
    return placed;
}

} // namespace maillage::render
