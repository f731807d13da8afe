// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportSection.h"

namespace vigie::ui {

struct ReportData;

// The cover: title, date generated, the active filters, then the key
// figures (incidents, records affected) and ranked bar lists: incidents per
// year, regions most hit, attack types, data compromised, threat actors.
// One page; bar rows shrink when a long list would not fit.
class SummarySection : public ReportSection {
public:
    explicit SummarySection(const ReportData &data)
        : m_data(data)
    {
    }
    QString title() const override;
    int paginate(const QPaintDevice &device, const QRectF &body) override;
    void paintPage(QPainter &painter, const QRectF &body, int page) override;

private:
    const ReportData &m_data;
    qreal m_rowHeight = 13;
};

} // namespace vigie::ui
