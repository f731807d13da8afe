// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportSection.h"
#include "ReportStyle.h"

#include <QList>

#include <array>
#include <utility>
#include <vector>

namespace vigie {
struct Incident;
}

namespace vigie::ui {

struct ReportData;

// The filtered incidents, one row each (date, victim, place, attack types,
// data compromised, threat actor) with their sources under it (outlet,
// date, title and the URL as a clickable link). Text wraps inside its cell;
// a row (with its sources) is never split across pages; the header row is
// repeated on every page. A row taller than a whole page gets a page of its
// own and is cut at the page's end (no real incident comes close).
class IncidentTableSection : public ReportSection {
public:
    static constexpr int columnCount = 6;
    // Each column's share of the page body's width.
    static constexpr std::array<qreal, columnCount> columnShares{0.11, 0.21, 0.19,
                                                                 0.15, 0.18, 0.16};

    explicit IncidentTableSection(const ReportData &data)
        : m_data(data)
    {
    }
    QString title() const override;
    int paginate(const QPaintDevice &device, const QRectF &body) override;
    void paintPage(QPainter &painter, const QRectF &body, int page) override;

    // The cells' texts of one incident, in the UI language.
    static std::array<QString, columnCount> cells(const Incident &incident);
    // A source's line: "Outlet · date · title  URL", and where the URL is.
    static std::pair<QString, qsizetype> sourceText(const Incident &incident, int source);

private:
    struct RowLayout {
        std::array<TextBox, columnCount> cells;
        QList<TextBox> sources;
        qreal height = 0;
    };
    RowLayout layoutRow(const QPaintDevice &device, int row, qreal width) const;
    std::array<qreal, columnCount> columnWidths(qreal width) const;
    qreal headerRowHeight(const QPaintDevice &device, qreal width) const;

    const ReportData &m_data;
    std::vector<std::pair<int, int>> m_pages; // [first, end) rows of each page
};

} // namespace vigie::ui
