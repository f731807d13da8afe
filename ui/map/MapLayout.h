// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Choropleth.h"
#include "MapInput.h"
#include "PointClusters.h"

#include <QFont>
#include <QPainterPath>
#include <QRectF>
#include <QTransform>

#include <array>
#include <memory>

namespace vigie::ui {

// Everything the map draws, computed without painting: the transform from
// map units to the viewport, the areas' screen paths and colours, the count
// labels that fit, the legend, the title and footer. Pure and deterministic,
// so tests check it with numbers; MapPainter only draws what it holds.
// Results are computed lazily on first access after a change.
class MapLayout {
public:
    struct AreaState {
        int index = 0; // into MapData::areas(level)
        QPainterPath screenPath;
        QRectF screenBounds;
        int count = 0;
        double value = 0;     // count, or per 100,000 inhabitants
        bool hasValue = true; // false: rate asked, population unknown
        int classIndex = -1;  // -1: zero or no value
        QColor fill;          // dimmed when another area is selected
        bool selected = false;
        bool shared = false;
        // Stripes clipped to the area, for shared systems and missing
        // populations: a plain path, since SVG has no Qt pattern brushes.
        QPainterPath hatch;
        QColor hatchColor;
    };
    struct Label {
        int area = 0; // into areas()
        QString text;
        QRectF rect;
        QColor color;
    };
    struct LegendItem {
        QRectF swatch;
        QColor color;
        Qt::BrushStyle style = Qt::SolidPattern;
        bool outlineOnly = false; // swatch showing an outline (selection)
        QPainterPath hatch;       // stripes over the swatch, if any
        QString text;
        QRectF textRect;
    };
    // The point layer's key: nested circles for a few round counts.
    struct LegendCircle {
        QPointF centre;
        double radius = 0;
        QString text;
        QRectF textRect;
    };
    struct Legend {
        QRectF frame;
        QString title;
        QRectF titleRect;
        QList<LegendItem> items;
        QString pointsTitle; // empty when the point layer is off
        QRectF pointsTitleRect;
        QList<LegendCircle> circles;
        QString pointsNote; // "12 incidents without a known town"
        QRectF pointsNoteRect;
    };
    struct InsetFrame {
        QString code; // the overseas department's
        QRectF rect;
        QString name;
        QRectF nameRect;
    };
    struct AreaInfo {
        QString code;
        QString name;
        int count = 0;
        qint64 population = 0;
        double rate = 0; // per 100,000; valid when population > 0
        QString details;
    };

    explicit MapLayout(std::shared_ptr<const geo::MapData> data = {});

    void setData(std::shared_ptr<const geo::MapData> data);
    const std::shared_ptr<const geo::MapData> &data() const { return m_data; }
    void setLevel(MapLevel level);
    MapLevel level() const { return m_level; }
    void setInput(const MapInput &input);
    const MapInput &input() const { return m_input; }
    void setViewport(const QRectF &viewport);
    QRectF viewport() const { return m_viewport; }

    // View state, independent of the viewport's pixel size so an export at
    // another size shows the same part of the map.
    void zoomAt(QPointF screenPoint, double factor);
    void panBy(QPointF screenDelta);
    void resetView();
    double zoom() const { return m_zoom; }
    QPointF viewCentre() const { return m_centre; }
    bool hasCustomView() const { return m_centreSet; }
    void setView(double zoom, QPointF centre);

    // The measure actually shown: the world has no populations, so counts.
    MapMeasure effectiveMeasure() const;

    const QTransform &transform() const;
    QRectF mapRect() const;
    const QList<AreaState> &areas() const;
    // The level's borders on screen: between areas, and coasts/frontiers.
    const QPainterPath &innerBorders() const;
    const QPainterPath &outerBorders() const;
    // At the department level, the region borders over the department ones.
    const QPainterPath &parentBorders() const;
    const QList<Label> &labels() const;
    const Legend &legend() const;
    const QList<InsetFrame> &insetFrames() const;
    const Choropleth &choropleth() const;
    QRectF titleRect() const;
    QList<QPair<QRectF, QString>> footerLines() const;

    QFont titleFont() const;
    QFont textFont() const;
    QFont labelFont() const;
    QFont smallFont() const;

    // Diagonal stripes covering `rect`, `spacing` apart and `width` wide,
    // rising (true) or falling to the right.
    static QPainterPath stripes(const QRectF &rect, double spacing, double width, bool rising);

    // Hit-testing: the area code under a viewport point, or empty.
    QString areaAt(QPointF screenPoint) const;
    int areaIndexOf(const QString &code) const; // into areas(), or -1
    AreaInfo info(const QString &code) const;

    // --- the point layer (input().showPoints): towns at the level (French
    // towns on the French levels, every town on the world), clustered for
    // the current zoom and output size.
    const QList<PointClusters::Cluster> &clusters() const;
    // The cluster under a viewport point (index into clusters()), or -1.
    int clusterAt(QPointF screenPoint) const;
    // The towns of a cluster: indices into input().points, most incidents first.
    QList<int> clusterPoints(int cluster) const;
    // The zoom factor (> 1) at which the cluster splits into several
    // circles, or 0 when it cannot split (one town, or the zoom is at its maximum).
    double splitZoomFactor(int cluster) const;
    double pointRadius(int count) const; // pixels, for the current input and size
    QFont pointLabelFont() const;
    int clusteringRuns() const { return m_points.runs(); }

private:
    void ensure() const;
    void computeFrame() const;
    void computeAreas() const;
    void computeLabels() const;
    void computeLegend() const;
    void computePoints() const;
    double computePointLegend(double top) const;
    double radiusOf(int count) const; // pointRadius() without ensure()
    double minPointRadius() const;
    double maxPointRadius() const;
    double basePixelSize() const;
    QString formatValue(double value) const;

    std::shared_ptr<const geo::MapData> m_data;
    MapLevel m_level = MapLevel::Region;
    MapInput m_input;
    QRectF m_viewport;
    double m_zoom = 1;
    mutable QPointF m_centre; // map units shown at the centre of mapRect
    bool m_centreSet = false;

    mutable bool m_dirty = true;
    mutable QTransform m_transform;
    mutable QTransform m_inverse;
    mutable QRectF m_mapRect;
    mutable QRectF m_titleRect;
    mutable QList<QPair<QRectF, QString>> m_footer;
    mutable QList<AreaState> m_areas;
    mutable QPainterPath m_innerBorders;
    mutable QPainterPath m_outerBorders;
    mutable QPainterPath m_parentBorders;
    mutable QList<Label> m_labels;
    mutable Legend m_legend;
    mutable QList<InsetFrame> m_insets;
    mutable Choropleth m_choropleth;
    mutable PointClusters m_points;
    mutable QList<int> m_pointOfItem;  // point layer item -> index into m_input.points
    mutable int m_pointMax = 0;        // incidents in the biggest town
    mutable int m_pointRef = 0;        // the count drawn with the largest radius
    mutable bool m_pointsDirty = true; // items to project again
};

} // namespace vigie::ui
