// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportSection.h"

namespace vigie::ui {

struct ReportData;

// The dashboard's charts, two per portrait page (each on a half page), drawn
// by the charts' own routine (ChartFigure::paintTable inside a FigureFrame
// with the chart's title and legend, as paintChart() does) from the tables
// ReportData gathered.
class ChartsSection : public ReportSection {
public:
    static constexpr int chartsPerPage = 2;

    explicit ChartsSection(const ReportData &data)
        : m_data(data)
    {
    }
    QString title() const override;
    int paginate(const QPaintDevice &device, const QRectF &body) override;
    void paintPage(QPainter &painter, const QRectF &body, int page) override;

private:
    const ReportData &m_data;
};

} // namespace vigie::ui
