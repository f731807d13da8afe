// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureSections.h"

#include "ReportData.h"
#include "ReportStyle.h"

#include "map/MapLayout.h"
#include "map/MapPainter.h"
#include "timeline/TimelineIndex.h"
#include "timeline/TimelineRenderer.h"

#include <QCoreApplication>
#include <QPainter>

#include <tuple>

namespace vigie::ui {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("vigie::ui::Report", text, nullptr, n);
}

// Runs `draw(screenRect)` with the painter mapping a 96 dpi screen onto `area`.
template<typename Draw>
void drawAsScreen(QPainter &painter, const QRectF &area, Draw draw)
{
    painter.save();
    painter.setClipRect(area);
    painter.translate(area.topLeft());
    painter.scale(kScreenToPoints, kScreenToPoints);
    draw(QRectF(QPointF(0, 0), area.size() / kScreenToPoints));
    painter.restore();
}

void drawEmpty(QPainter &painter, const QRectF &area)
{
    painter.save();
    painter.setPen(ReportStyle::muted());
    painter.setFont(ReportStyle::textFont());
    painter.drawText(area, Qt::AlignCenter, tr("No incident to show."));
    painter.restore();
}

} // namespace

QString TimelineSection::title() const
{
    return tr("Incidents over time");
}

int TimelineSection::paginate(const QPaintDevice &, const QRectF &)
{
    return 1;
}

void TimelineSection::paintPage(QPainter &painter, const QRectF &body, int)
{
    const qreal top = ReportStyle::drawHeading(painter, body, title(), m_data.filterLine);
    const QRectF area(body.left(), top, body.width(), body.bottom() - top);
    if (m_data.timeline.size() == 0) {
        drawEmpty(painter, area);
        return;
    }
    TimelineViewState state = m_data.timelineState;
    state.lanes = m_lanes;
    TimelineIndex index;
    index.build(m_data.timeline, state.lanes);
    TimelineDrawOptions options;
    options.locale = m_data.locale;
    drawAsScreen(painter, area, [&](const QRectF &screen) {
        TimelineRenderer::draw(painter, screen, m_data.timeline, index, state, options);
    });
}

QString MapSection::title() const
{
    return tr("Incidents by region and country");
}

int MapSection::paginate(const QPaintDevice &, const QRectF &)
{
    if (!m_geometry) {
        auto loaded = geo::MapData::load();
        if (!loaded)
            return 0; // no geometry in this build: the report goes without the map
        m_geometry = std::make_shared<const geo::MapData>(std::move(loaded).value());
    }
    return 1;
}

void MapSection::paintPage(QPainter &painter, const QRectF &body, int)
{
    const qreal top = ReportStyle::drawHeading(painter, body, title(), m_data.filterLine);
    // France by region above (the dataset's focus), the world by country
    // below, each with its own legend (classes differ).
    const qreal split = top + (body.bottom() - top) * 0.6;
    const QList<std::tuple<MapLevel, QString, QRectF>> maps{
        {MapLevel::Region, tr("France, by region"),
         QRectF(body.left(), top, body.width(), split - top)},
        {MapLevel::World, tr("World, by country"),
         QRectF(body.left(), split + ReportStyle::gap, body.width(),
                body.bottom() - split - ReportStyle::gap)}};
    for (const auto &[level, label, area] : maps) {
        painter.save();
        painter.setFont(ReportStyle::subheadingFont());
        painter.setPen(ReportStyle::ink());
        painter.drawText(QRectF(area.left(), area.top(), area.width(), 14),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
        painter.restore();
        MapInput input = m_data.map;
        input.title.clear(); // the page's heading and footer say it
        input.filterLine.clear();
        input.sourceLine = level == MapLevel::World
                               ? tr("Geometry: Natural Earth.")
                               : tr("Geometry: Natural Earth; regions: INSEE.");
        MapLayout layout(m_geometry);
        layout.setLevel(level);
        layout.setInput(input);
        drawAsScreen(painter, area.adjusted(0, 16, 0, 0), [&](const QRectF &screen) {
            layout.setViewport(screen);
            MapPainter::draw(painter, layout, screen);
        });
    }
}

} // namespace vigie::ui
