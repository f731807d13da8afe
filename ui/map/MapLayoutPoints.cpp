// SPDX-License-Identifier: GPL-3.0-or-later
// MapLayout's point layer: towns projected at the level, clustered for the
// current scale, and their key in the legend.
#include "MapLayout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace vigie::ui {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("vigie::ui::MapLayout", text, disambiguation, n);
}

constexpr double kMaxZoom = 64; // as in MapLayout.cpp

// 1, 2, 5, 10, 20, 50… at or below `value`.
int roundDown(int value)
{
    int step = 1;
    while (step * 10 <= value)
        step *= 10;
    for (int m : {5, 2, 1})
        if (m * step <= value)
            return m * step;
    return 1;
}

} // namespace

double MapLayout::minPointRadius() const
{
    return std::max(3.0, basePixelSize() * 0.3);
}

double MapLayout::maxPointRadius() const
{
    return basePixelSize() * 1.8;
}

QFont MapLayout::pointLabelFont() const
{
    QFont font = textFont();
    font.setPixelSize(int(std::lround(basePixelSize() * 0.75)));
    font.setBold(true);
    return font;
}

double MapLayout::pointRadius(int count) const
{
    ensure();
    return radiusOf(count);
}

double MapLayout::radiusOf(int count) const
{
    return PointClusters::radiusFor(count, m_pointRef, minPointRadius(), maxPointRadius());
}

void MapLayout::computePoints() const
{
    if (!m_input.showPoints) {
        if (!m_points.items().isEmpty() || !m_points.clusters().isEmpty())
            m_points.setItems({});
        m_pointOfItem.clear();
        m_pointMax = 0;
        m_pointRef = 0;
        m_pointsDirty = true;
        return;
    }
    if (m_pointsDirty) {
        // Projected once per input, level or geometry: clustering then
        // only scales these positions.
        QList<PointClusters::Item> items;
        m_pointOfItem.clear();
        m_pointMax = 0;
        const bool french = geo::MapData::isFrench(m_level);
        const QRectF bounds = m_data->bounds(m_level);
        const auto &insets = m_data->insets();
        for (int i = 0; i < m_input.points.size(); ++i) {
            const MapPoint &point = m_input.points[i];
            if (point.ids.isEmpty() || (french && point.countryCode != u"FR"))
                continue;
            PointClusters::Item item;
            item.mapPos = m_data->project(m_level, point.lonLat);
            item.count = point.count();
            if (french) {
                for (int z = 0; z < insets.size(); ++z)
                    if (insets[z].lonLatBox.contains(point.lonLat))
                        item.zone = z + 1;
                // Overseas collectivities without an inset (Saint-Pierre,
                // Polynesia): nowhere on this map.
                if (!bounds.contains(item.mapPos))
                    continue;
            }
            items.append(item);
            m_pointOfItem.append(i);
            m_pointMax = std::max(m_pointMax, item.count);
        }
        m_points.setItems(std::move(items));
        m_pointsDirty = false;
    }
    // The count that gets the largest circle: at least four times the
    // biggest town (so a lone town never looks like a crowd), else the
    // biggest cluster at this zoom (PointClusters::referenceCount()).
    m_points.cluster(m_transform.m11(), minPointRadius(), maxPointRadius(), 4 * m_pointMax);
    m_pointRef = m_points.referenceCount();
    m_points.place(m_transform, QFontMetricsF(pointLabelFont()));
}

double MapLayout::computePointLegend(double top) const
{
    Legend &legend = m_legend;
    if (!m_input.showPoints)
        return top;
    const double base = basePixelSize();
    const double pad = base * 0.5;
    const QRectF frame = legend.frame;
    const QFontMetricsF fm(textFont());
    QFont bold = textFont();
    bold.setBold(true);
    const QFontMetricsF bm(bold);
    const QLocale locale;
    const double width = frame.width() - 2 * pad;

    const QString title = tr("Towns (circle area: incidents)");
    const QRectF titleBox =
        bm.boundingRect(QRectF(frame.left() + pad, top, width, 1000), Qt::TextWordWrap, title);
    double y = top + titleBox.height() + pad * 0.6;

    // Nested circles sharing their lowest point: the largest circle's count
    // rounded down, a single incident, and about a tenth of the first when
    // its label has room between theirs.
    QList<LegendCircle> circles;
    QList<int> counts;
    y += fm.height() / 2; // room for the top label
    if (m_pointMax > 0)
        for (int count : {roundDown(m_pointRef), 1, roundDown(std::max(1, m_pointRef / 10))})
            if (!counts.contains(count))
                counts.append(count);
    const double rMax = counts.isEmpty() ? 0 : radiusOf(counts.constFirst());
    const double bottom = y + 2 * rMax;
    const double cx = frame.left() + pad + rMax;
    for (int count : counts) {
        const double r = radiusOf(count);
        const double circleTop = bottom - 2 * r;
        // Labels beside each circle's top, never on one another.
        const bool crowded =
            std::any_of(circles.cbegin(), circles.cend(), [&](const LegendCircle &c) {
                return std::abs(c.centre.y() - c.radius - circleTop) < fm.height() * 0.9;
            });
        if (crowded)
            continue;
        LegendCircle c;
        c.centre = QPointF(cx, bottom - r);
        c.radius = r;
        c.text = locale.toString(count);
        c.textRect = QRectF(cx + rMax + pad, circleTop - fm.height() / 2,
                            std::max(0.0, frame.right() - pad - (cx + rMax + pad)), fm.height());
        circles.append(c);
    }
    // Drawn largest first, so the smaller ones stay visible inside.
    std::stable_sort(
        circles.begin(), circles.end(),
        [](const LegendCircle &a, const LegendCircle &b) { return a.radius > b.radius; });
    y = counts.isEmpty() ? y : bottom + pad * 0.6;

    QString note;
    if (const int unplaced = m_input.unplaced[int(m_level)]; unplaced > 0)
        note = tr("%n incident(s) without a known town not shown", nullptr, unplaced);
    QRectF noteRect;
    if (!note.isEmpty()) {
        QFont small = smallFont();
        const QRectF box = QFontMetricsF(small).boundingRect(
            QRectF(frame.left() + pad, y, width, 1000), Qt::TextWordWrap, note);
        noteRect = QRectF(frame.left() + pad, y, width, box.height());
        y = noteRect.bottom() + pad * 0.6;
    }
    if (y > frame.bottom())
        return top; // a narrow band: no room for the key
    legend.pointsTitle = title;
    legend.pointsTitleRect = QRectF(frame.left() + pad, top, width, titleBox.height());
    legend.circles = circles;
    legend.pointsNote = note;
    legend.pointsNoteRect = noteRect;
    return y;
}

const QList<PointClusters::Cluster> &MapLayout::clusters() const
{
    ensure();
    return m_points.clusters();
}

int MapLayout::clusterAt(QPointF screenPoint) const
{
    ensure();
    if (!m_input.showPoints || !m_mapRect.contains(screenPoint))
        return -1;
    return m_points.clusterAt(screenPoint);
}

QList<int> MapLayout::clusterPoints(int cluster) const
{
    ensure();
    QList<int> points;
    const auto &clusters = m_points.clusters();
    if (cluster < 0 || cluster >= clusters.size())
        return points;
    for (int item : clusters[cluster].members)
        points.append(m_pointOfItem[item]);
    return points;
}

double MapLayout::splitZoomFactor(int cluster) const
{
    ensure();
    const auto &clusters = m_points.clusters();
    if (cluster < 0 || cluster >= clusters.size() || clusters[cluster].members.size() < 2)
        return 0;
    QList<PointClusters::Item> items;
    for (int item : clusters[cluster].members)
        items.append(m_points.items()[item]);
    const double scale = m_transform.m11();
    const auto splits = [&](double f) {
        return PointClusters::clusterCount(items, scale * f, minPointRadius(), maxPointRadius(),
                                           m_pointRef) > 1;
    };
    double f = 1.5;
    for (; m_zoom * f < kMaxZoom; f *= 1.5)
        if (splits(f))
            return f;
    // The last step, clamped to the maximum zoom.
    f = kMaxZoom / m_zoom;
    return f > 1.0001 && splits(f) ? f : 0;
}

} // namespace vigie::ui
