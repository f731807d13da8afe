// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFontMetricsF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QTransform>

namespace vigie::ui {

// The point layer's circles: towns grouped greedily in screen space so that
// no two circles of a zone overlap at the current scale, each circle's area
// proportional to its count. Pure; MapLayout owns one.
//
// Clustering depends on the scale (pixels per map unit) and the radii only,
// never on the pan: it is redone when the zoom or the output size changes,
// and a pan only moves the circles (place()).
class PointClusters {
public:
    struct Item {
        QPointF mapPos; // map units at the layout's level
        int count = 0;
        int zone = 0; // 0: in place; i + 1: overseas inset i (never merged across zones)
    };
    struct Cluster {
        QPointF mapCentre; // count-weighted centroid of its items, map units
        QPointF centre;    // on screen, from place()
        double radius = 0; // pixels
        int count = 0;
        int zone = 0;
        QList<int> members; // indices into items(), largest count first
        QString label;      // the count, empty when it does not fit the circle
        QRectF labelRect;
    };

    // Circle radius for `count` incidents when `total` incidents make the
    // largest circle: area proportional to count, never below minRadius (a
    // single incident stays visible) nor above maxRadius.
    static double radiusFor(int count, int total, double minRadius, double maxRadius);

    void setItems(QList<Item> items);
    const QList<Item> &items() const { return m_items; }
    // Groups the items at `scale` pixels per map unit; a no-op when nothing
    // changed since the last call. `total`: the count that gets maxRadius,
    // unless a cluster holds more (see referenceCount()).
    void cluster(double scale, double minRadius, double maxRadius, int total);
    // The count drawn at maxRadius: `total`, or the biggest cluster's count
    // when larger (so every circle's area stays proportional to its count).
    int referenceCount() const { return m_reference; }
    // Screen centres and count labels (labelFont) for a transform of that scale.
    void place(const QTransform &transform, const QFontMetricsF &labelFont);
    const QList<Cluster> &clusters() const { return m_clusters; }
    // Index of the cluster whose circle holds the screen point, or -1.
    int clusterAt(QPointF screenPoint) const;
    // How many clusters the given items would form at `scale`.
    static int clusterCount(const QList<Item> &items, double scale, double minRadius,
                            double maxRadius, int total);
    // How many times the given cluster is recomputed; for tests.
    int runs() const { return m_runs; }

private:
    void run();

    QList<Item> m_items;
    QList<Cluster> m_clusters;
    double m_scale = 0, m_minRadius = 0, m_maxRadius = 0;
    int m_total = 0;
    int m_reference = 0;
    bool m_dirty = true;
    int m_runs = 0;
    QString m_labelFont; // the font the labels were measured with; empty after run()
};

} // namespace vigie::ui
