// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TimelineAxis.h"
#include "TimelineIndex.h"

#include <QLocale>
#include <QRectF>

#include <optional>
#include <vector>

namespace vigie::ui {

// What the user looks at: a window of days (fractional, so zooming is smooth),
// lanes, the brush (the date filter), the playback cursor and the selection.
struct TimelineViewState {
    double startDay = 0; // Julian day, inclusive
    double endDay = 0;   // Julian day, exclusive
    LaneMode lanes = LaneMode::None;
    std::optional<qint32> brushFrom, brushTo; // inclusive days; both or neither
    std::optional<qint32> cursorDay;          // playback: show incidents up to this day
    qint64 selectedId = -1;
    qint64 hoveredId = -1;

    bool hasBrush() const { return brushFrom && brushTo; }
};

// Sizes of the parts, in pixels (device-independent).
struct TimelineMetrics {
    double headerHeight = 0;  // title and filter line (exports); 0 = none
    double legendHeight = 18; // attack-type legend above the lanes; 0 = none
    double axisHeight = 34;   // two label rows
    double overviewHeight = 40;
    double trayWidth = 84;        // only when undated incidents are shown
    double glyph = 8;             // incident dot diameter
    double rowHeight = 10;        // stacking pitch of dots
    double spanPitch = 7;         // stacking pitch of month/year spans
    double binWidth = 3;          // density bars when zoomed out
    double clusterCell = 30;      // width of the cell a cluster badge stands for
    double fineSlotsFactor = 0.6; // glyphs when visible <= factor * slots
    int maxFineItems = 20000;
    double maxHiddenShare = 0.25; // more hidden in clusters: density instead
};

// The pure half of the timeline: from data, index, view state and a rectangle
// to every shape's position, and back (hit-testing). Per frame it costs
// O(bins x lanes) when zoomed out and O(visible incidents) when zoomed in.
class TimelineLayout {
public:
    enum class Mode { Density, Glyphs };
    struct LaneGeom {
        double y0 = 0, y1 = 0;
        QString label;
        int key = 0;             // the index's lane key (-1 = not stated)
        double visibleCount = 0; // shown incidents overlapping the window (spread)
    };
    struct Bin {
        int lane;
        double x0, x1;
        float exact;   // incidents known to the day, per day of the bin
        float partial; // month- or year-known incidents spread over their days, per day
    };
    static constexpr int SpanRow = 1000; // Glyph::row of span rows: SpanRow + k
    struct Glyph {
        int lane;
        int row;      // dot rows count up from the lane's bottom; spans: SpanRow + k from its top
        qint32 index; // row in TimelineData
        QRectF rect;  // a dot for day precision, a bar for a month or a year
        quint8 precision;
        quint8 colour;      // attack type (lowest bit), 9 = not stated
        qint32 first, last; // inclusive days
        int count = 1;      // spans: incidents sharing this period (one bar)
    };
    struct Cluster {
        int lane;
        QRectF rect;
        int count;
        qint32 dayFrom, dayTo; // inclusive: zoom here to open it
    };
    struct OverviewBin {
        double x0, x1;
        float value; // incidents per day
    };
    struct Hit {
        enum Kind { None, Incident, Cluster, Bin, TrayMore, Overview, Axis } kind = None;
        qint32 index = -1; // Incident: row in TimelineData
        int lane = -1;
        int count = 0;
        qint32 dayFrom = 0, dayTo = 0; // Cluster/Bin: inclusive days; Overview: day under x
        quint8 precision = 0;          // Cluster of spans sharing one period: Month or Year
    };

    void compute(const TimelineData &data, const TimelineIndex &index,
                 const TimelineViewState &state, const QRectF &rect,
                 const TimelineMetrics &metrics = TimelineMetrics(),
                 const QLocale &locale = QLocale());

    // time <-> x in the main area
    double xOfDay(double day) const { return m_main.left() + (day - m_start) * m_ppd; }
    double dayAtX(double x) const { return m_start + (x - m_main.left()) / m_ppd; }
    double pixelsPerDay() const { return m_ppd; }
    // time <-> x in the overview strip
    double overviewXOfDay(double day) const;
    double overviewDayAtX(double x) const;
    double overviewStart() const { return m_ovStart; }
    double overviewEnd() const { return m_ovEnd; }

    Hit hitTest(QPointF p) const;

    Mode mode() const { return m_mode; }
    double startDay() const { return m_start; }
    double endDay() const { return m_end; }
    const QRectF &rect() const { return m_rect; }
    const QRectF &headerRect() const { return m_header; }
    const QRectF &legendRect() const { return m_legend; }
    const QRectF &mainRect() const { return m_main; }
    const QRectF &axisRect() const { return m_axisRect; }
    const QRectF &overviewRect() const { return m_overview; }
    const QRectF &trayRect() const { return m_tray; }
    const TimelineAxis &axis() const { return m_axis; }
    const std::vector<LaneGeom> &lanes() const { return m_lanes; }
    const std::vector<Bin> &bins() const { return m_bins; }
    double maxDensity() const { return m_maxDensity; }
    const std::vector<Glyph> &glyphs() const { return m_glyphs; }
    const std::vector<Cluster> &clusters() const { return m_clusters; }
    const std::vector<OverviewBin> &overviewBins() const { return m_ovBins; }
    double overviewMax() const { return m_ovMax; }
    QRectF overviewViewport() const;
    std::optional<QRectF> overviewBrush() const;
    // Tray: undated incidents (rows) with their dots, and how many did not fit.
    const std::vector<std::pair<qint32, QRectF>> &trayItems() const { return m_trayItems; }
    qsizetype trayOverflow() const { return m_trayOverflow; }
    qsizetype trayCount() const { return m_trayCount; }
    double visibleCount() const { return m_visible; }
    const TimelineMetrics &metrics() const { return m_metrics; }

private:
    void computeDensity(const TimelineIndex &index, qint32 limitDay);
    void computeGlyphs(const TimelineIndex &index, qint32 limitDay);
    void computeOverview(const TimelineIndex &index);
    void computeTray(const TimelineIndex &index);

    TimelineMetrics m_metrics;
    QRectF m_rect, m_header, m_legend, m_main, m_axisRect, m_overview, m_tray;
    double m_start = 0, m_end = 1, m_ppd = 1;
    Mode m_mode = Mode::Density;
    TimelineAxis m_axis;
    std::vector<LaneGeom> m_lanes;
    std::vector<Bin> m_bins;
    double m_maxDensity = 0;
    std::vector<Glyph> m_glyphs;
    std::vector<Cluster> m_clusters;
    double m_visible = 0;
    double m_ovStart = 0, m_ovEnd = 1;
    std::vector<OverviewBin> m_ovBins;
    double m_ovMax = 0;
    std::optional<qint32> m_brushFrom, m_brushTo;
    std::vector<std::pair<qint32, QRectF>> m_trayItems;
    qsizetype m_trayOverflow = 0;
    qsizetype m_trayCount = 0;
};

} // namespace vigie::ui
