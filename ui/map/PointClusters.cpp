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
    QList<int> members;
};

class Grid {
public:
    explicit Grid(double cell)
        : m_cell(cell)
    {
    }
    static quint64 key(qint64 ix, qint64 iy) { return (quint64(quint32(ix)) << 32) | quint32(iy); }
    qint64 index(double v) const { return qint64(std::floor(v / m_cell)); }
    void insert(int id, double x, double y) { m_cells[key(index(x), index(y))].append(id); }
    void remove(int id, double x, double y)
    {
        auto it = m_cells.find(key(index(x), index(y)));
        if (it != m_cells.end())
            it->removeOne(id);
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
    QHash<quint64, QList<int>> m_cells;
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
    if (m_items.isEmpty())
        return;
    const auto radius = [&](int count) {
        return radiusFor(count, m_total, m_minRadius, m_maxRadius);
    };
    // Biggest towns first: they seed the clusters and keep their place.
    QList<int> order(m_items.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return m_items[a].count > m_items[b].count; });

    // Two circles overlap only when their centres are less than 2 maxRadius
    // (+ gap) apart: the 3×3 cells around a centre hold every candidate.
    const double cell = std::max(2 * m_maxRadius + kGap, 1.0);
    QList<Work> work;
    work.reserve(m_items.size());
    const auto merge = [&](Work &into, const Work &from) {
        into.sx += from.sx;
        into.sy += from.sy;
        into.count += from.count;
        into.x = into.sx / into.count;
        into.y = into.sy / into.count;
        into.radius = radius(into.count);
        into.members += from.members;
    };
    const auto overlapping = [&](const Work &a, const Work &b) {
        return a.zone == b.zone && std::hypot(a.x - b.x, a.y - b.y) < a.radius + b.radius + kGap;
    };

    // Greedy pass: each town joins the nearest circle it would overlap.
    Grid grid(cell);
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
        w.members = {i};
        int best = -1;
        double bestDistance = std::numeric_limits<double>::max();
        grid.around(w.x, w.y, [&](int id) {
            const Work &c = work[id];
            const double d = std::hypot(c.x - w.x, c.y - w.y);
            if (overlapping(c, w) && (d < bestDistance || (d == bestDistance && id < best))) {
                best = id;
                bestDistance = d;
            }
        });
        if (best < 0) {
            grid.insert(int(work.size()), w.x, w.y);
            work.append(std::move(w));
            continue;
        }
        Work &c = work[best];
        grid.remove(best, c.x, c.y);
        merge(c, w);
        grid.insert(best, c.x, c.y);
    }

    // A merge grows and moves a circle, which may now overlap another:
    // merge until a pass over a fresh grid finds no overlap.
    for (bool changed = true; changed;) {
        changed = false;
        Grid fresh(cell);
        for (int id = 0; id < work.size(); ++id)
            if (work[id].alive)
                fresh.insert(id, work[id].x, work[id].y);
        for (int a = 0; a < work.size(); ++a) {
            if (!work[a].alive)
                continue;
            QList<int> candidates;
            fresh.around(work[a].x, work[a].y, [&](int b) {
                if (b != a && work[b].alive)
                    candidates.append(b);
            });
            std::sort(candidates.begin(), candidates.end());
            for (int b : candidates)
                if (work[b].alive && overlapping(work[a], work[b])) {
                    merge(work[a], work[b]);
                    work[b].alive = false;
                    changed = true;
                }
        }
    }

    for (Work &w : work) {
        if (!w.alive)
            continue;
        Cluster c;
        c.mapCentre = QPointF(w.x / m_scale, -w.y / m_scale);
        c.radius = w.radius;
        c.count = w.count;
        c.zone = w.zone;
        std::stable_sort(w.members.begin(), w.members.end(),
                         [&](int a, int b) { return m_items[a].count > m_items[b].count; });
        c.members = std::move(w.members);
        m_clusters.append(std::move(c));
    }
    // Big circles first, so small ones are painted (and hit) on top.
    std::stable_sort(m_clusters.begin(), m_clusters.end(),
                     [](const Cluster &a, const Cluster &b) { return a.count > b.count; });
}

void PointClusters::place(const QTransform &transform, const QFontMetricsF &labelFont)
{
    for (Cluster &c : m_clusters) {
        c.centre = transform.map(c.mapCentre);
        const QString text = QString::number(c.count);
        const QSizeF size(labelFont.horizontalAdvance(text), labelFont.height() * 0.8);
        // Written inside the circle when it fits; singles need no number.
        const bool fits = c.count > 1 && size.width() <= 2 * c.radius * 0.85 &&
                          size.height() <= 2 * c.radius * 0.85;
        c.label = fits ? text : QString();
        c.labelRect = fits ? QRectF(c.centre.x() - c.radius, c.centre.y() - c.radius, 2 * c.radius,
                                    2 * c.radius)
                           : QRectF();
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
