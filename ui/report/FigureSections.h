// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportSection.h"

#include "geo/MapData.h"
#include "timeline/TimelineLayout.h"

#include <memory>

namespace vigie::ui {

struct ReportData;

// The views are drawn by the screen's own routines into a page-sized
// "screen" of 96 dpi pixels scaled down to points, so fonts and dots keep
// the proportions the user sees in the window.
constexpr qreal kScreenToPoints = 72.0 / 96.0;

// The timeline (TimelineRenderer::draw) on a landscape page: the whole
// years of the filtered incidents, a lane per attack type.
class TimelineSection : public ReportSection {
public:
    explicit TimelineSection(const ReportData &data, LaneMode lanes = LaneMode::AttackType)
        : m_data(data)
        , m_lanes(lanes)
    {
    }
    QString title() const override;
    QPageLayout::Orientation orientation() const override { return QPageLayout::Landscape; }
    int paginate(const QPaintDevice &device, const QRectF &body) override;
    void paintPage(QPainter &painter, const QRectF &body, int page) override;

private:
    const ReportData &m_data;
    LaneMode m_lanes;
};

// The map of France by region and the world by country (MapPainter::draw,
// legends included) on a portrait page, counts as the map dock shows them.
class MapSection : public ReportSection {
public:
    // `geometry` null: the bundled geometry is loaded once, on paginate().
    explicit MapSection(const ReportData &data, std::shared_ptr<const geo::MapData> geometry = {})
        : m_data(data)
        , m_geometry(std::move(geometry))
    {
    }
    QString title() const override;
    int paginate(const QPaintDevice &device, const QRectF &body) override;
    void paintPage(QPainter &painter, const QRectF &body, int page) override;

private:
    const ReportData &m_data;
    std::shared_ptr<const geo::MapData> m_geometry;
};

} // namespace vigie::ui
