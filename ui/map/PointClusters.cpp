// SPDX-License-Identifier: GPL-3.0-or-later
#include "PointClusters.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace vigie::ui {

namespace {

// Circles closer than this (pixels, edge to edge) merge: touching circles
// read as one blob.
constexpr double kGap = 1.0;

struct Work {
    double x = 0, y = 0;   // scaled map units (pixels, origin anywhere)
    double sx = 0, sy = 0; // count-weighted sums of the members' positions
    int count = 0;
    int zone = 0;
    double radius = 0;
    bool alive = true;
    int head = -1; // first member (an item index)
};

class Grid {
public:
    explicit Grid(double cell)
        : m_cell(cell)
    {
    }
    static quint64 key(qint64 ix, qint64 iy) { return (quint64(quint32(ix)) << 32) | quint32(iy); }
    qint64 index(double v) const { return qint64(std::floor(v / m_cell)); }
    void insert(int id, double x, double y) { m_cells[key(index(x), index(y))].push_back(id); }
    void remove(int id, double x, double y)
    {
        auto it = m_cells.find(key(index(x), index(y)));
        if (it != m_cells.end())
            std::erase(*it, id);
    }
    // Every id stored in the 3×3 cells around (x, y): all that can lie
    // within one cell size.
    template<typename F>
    void around(double x, double y, F &&f) const
    {
        const qint64 ix = index(x), iy = index(y);
        for (qint64 dx = -1; dx <= 1; ++dx)
            for (qint64 dy = -1; dy <= 1; ++dy) {
                const auto it = m_cells.constFind(key(ix + dx, iy + dy));
                if (it != m_cells.cend())
                    for (int id : *it)
                        f(id);
            }
    }

private:
    double m_cell;
    QHash<quint64, std::vector<int>> m_cells;
};

} // namespace

double PointClusters::radiusFor(int count, int total, double minRadius, double maxRadius)
{
    const double share = double(std::max(count, 0)) / double(std::max({total, count, 1}));
    return std::clamp(maxRadius * std::sqrt(share), minRadius, maxRadius);
}

void PointClusters::setItems(QList<Item> items)
{
    m_items = std::move(items);
    m_clusters.clear(); // until cluster() runs
    m_dirty = true;
}

void PointClusters::cluster(double scale, double minRadius, double maxRadius, int total)
{
    if (!m_dirty && scale == m_scale && minRadius == m_minRadius && maxRadius == m_maxRadius &&
        total == m_total)
        return;
    m_scale = scale;
    m_minRadius = minRadius;
    m_maxRadius = maxRadius;
    m_total = total;
    m_dirty = false;
    run();
}

void PointClusters::run()
{
    ++m_runs;
    m_clusters.clear();
    m_reference = m_total;
    m_labelFont.clear();
    if (m_items.isEmpty())
        return;
    const auto radius = [&](int count) {
        return radiusFor(count, m_total, m_minRadius, m_maxRadius);
    };
    const int n = int(m_items.size());
    // Biggest towns first: they seed the clusters and keep their place.
    std::vector<int> order(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        order[size_t(i)] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return m_items[a].count > m_items[b].count; });

    // Members as linked lists (next, tail), so that a merge is O(1).
    std::vector<int> next(static_cast<size_t>(n), -1);
    std::vector<int> tail(static_cast<size_t>(n));
    std::vector<Work> work;
    work.reserve(size_t(n));
    const auto merge = [&](Work &into, const Work &from) {
        into.sx += from.sx;
        into.sy += from.sy;
        into.count += from.count;
        into.x = into.sx / into.count;
        into.y = into.sy / into.count;
        into.radius = radius(into.count);
        next[size_t(tail[size_t(into.head)])] = from.head;
        tail[size_t(into.head)] = tail[size_t(from.head)];
    };
    // Squared distances: this test runs some hundred thousand times.
    const auto overlapping = [&](const Work &a, const Work &b) {
        const double dx = a.x - b.x, dy = a.y - b.y, reach = a.radius + b.radius + kGap;
        return a.zone == b.zone && dx * dx + dy * dy < reach * reach;
    };

    // Two circles overlap only when their centres are less than 2 maxRadius
    // (+ gap) apart: the 3×3 cells around a centre hold every candidate.
    Grid grid(std::max(2 * m_maxRadius + kGap, 1.0));
    // Greedy pass: each town joins the nearest circle it would overlap.
    for (int i : order) {
        const Item &item = m_items[i];
        Work w;
        w.x = item.mapPos.x() * m_scale;
        w.y = -item.mapPos.y() * m_scale;
        w.count = std::max(item.count, 1);
        w.sx = w.x * w.count;
        w.sy = w.y * w.count;
        w.zone = item.zone;
        w.radius = radius(w.count);
        w.head = i;
        tail[size_t(i)] = i;
        int best = -1;
        double bestDistance = std::numeric_limits<double>::max();
        grid.around(w.x, w.y, [&](int id) {
            const Work &c = work[size_t(id)];
            const double d = (c.x - w.x) * (c.x - w.x) + (c.y - w.y) * (c.y - w.y);
            if (overlapping(c, w) && (d < bestDistance || (d == bestDistance && id < best))) {
                best = id;
                bestDistance = d;
            }
        });
        if (best < 0) {
            grid.insert(int(work.size()), w.x, w.y);
            work.push_back(w);
            continue;
        }
        Work &c = work[size_t(best)];
        grid.remove(best, c.x, c.y);
        merge(c, w);
        grid.insert(best, c.x, c.y);
    }

    // A merge grows and moves a circle, which may now overlap another:
    // recheck every circle that changed until none overlaps (the grid
    // always holds the current positions).
    std::vector<int> pending;
    pending.reserve(work.size());
    for (int id = int(work.size()) - 1; id >= 0; --id)
        pending.push_back(id);
    std::vector<int> candidates;
    while (!pending.empty()) {
        const int a = pending.back();
        pending.pop_back();
        if (!work[size_t(a)].alive)
            continue;
        candidates.clear();
        grid.around(work[size_t(a)].x, work[size_t(a)].y, [&](int b) {
            if (b != a)
                candidates.push_back(b);
        });
        std::sort(candidates.begin(), candidates.end());
        bool merged = false;
        for (int b : candidates) {
            Work &wa = work[size_t(a)];
            Work &wb = work[size_t(b)];
            if (!wb.alive || !overlapping(wa, wb))
                continue;
            grid.remove(a, wa.x, wa.y);
            grid.remove(b, wb.x, wb.y);
            merge(wa, wb);
            wb.alive = false;
            grid.insert(a, wa.x, wa.y);
            merged = true;
        }
        if (merged)
            pending.push_back(a); // it grew and moved: look around it again
    }

    for (const Work &w : work) {
        if (!w.alive)
            continue;
        Cluster c;
        c.mapCentre = QPointF(w.x / m_scale, -w.y / m_scale);
        c.radius = w.radius;
        c.count = w.count;
        c.zone = w.zone;
        for (int m = w.head; m >= 0; m = next[size_t(m)])
            c.members.append(m);
        std::stable_sort(c.members.begin(), c.members.end(),
                         [&](int a, int b) { return m_items[a].count > m_items[b].count; });
        m_clusters.append(std::move(c));
    }
    // Big circles first, so small ones are painted (and hit) on top.
    std::stable_sort(m_clusters.begin(), m_clusters.end(),
                     [](const Cluster &a, const Cluster &b) { return a.count > b.count; });
    // A cluster above the reference count would be capped at maxRadius and
    // lose its proportion: it becomes the reference. Every circle shrinks,
    // so none overlaps: no need to cluster again.
    m_reference = m_total;
    if (!m_clusters.isEmpty() && m_clusters.constFirst().count > m_total) {
        m_reference = m_clusters.constFirst().count;
        for (Cluster &c : m_clusters)
            c.radius = radiusFor(c.count, m_reference, m_minRadius, m_maxRadius);
    }
}

void PointClusters::place(const QTransform &transform, const QFontMetricsF &labelFont)
{
    // Which counts fit their circle depends on the clusters and the font
    // only: measured once per clustering, not on every pan.
    const QString fontKey = labelFont.height() > 0
                                ? QString::number(labelFont.height()) + u'/' +
                                      QString::number(labelFont.horizontalAdvance(u'0'))
                                : QString();
    const bool measure = fontKey != m_labelFont;
    m_labelFont = fontKey;
    for (Cluster &c : m_clusters) {
        c.centre = transform.map(c.mapCentre);
        if (measure) {
            const QString text = QString::number(c.count);
            const QSizeF size(labelFont.horizontalAdvance(text), labelFont.height() * 0.8);
            // Written inside the circle when it fits; singles need no number.
            const bool fits = c.count > 1 && size.width() <= 2 * c.radius * 0.85 &&
                              size.height() <= 2 * c.radius * 0.85;
            c.label = fits ? text : QString();
        }
        c.labelRect = c.label.isEmpty() ? QRectF()
                                        : QRectF(c.centre.x() - c.radius, c.centre.y() - c.radius,
                                                 2 * c.radius, 2 * c.radius);
    }
}

int PointClusters::clusterAt(QPointF p) const
{
    // Circles never overlap within a zone; across zones (a circle spilling
    // out of an inset) the smaller one, painted on top, wins.
    for (int i = int(m_clusters.size()) - 1; i >= 0; --i) {
        const Cluster &c = m_clusters[i];
        const double dx = p.x() - c.centre.x(), dy = p.y() - c.centre.y();
        if (dx * dx + dy * dy <= c.radius * c.radius)
            return i;
    }
    return -1;
}

int PointClusters::clusterCount(const QList<Item> &items, double scale, double minRadius,
                                double maxRadius, int total)
{
    PointClusters clusters;
    clusters.setItems(items);
    clusters.cluster(scale, minRadius, maxRadius, total);
    return int(clusters.clusters().size());
}

} // namespace vigie::ui
