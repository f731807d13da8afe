// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartsSection.h"

#include "FigureSections.h"
#include "ReportData.h"
#include "ReportStyle.h"

#include "charts/ChartFigure.h"
#include "figure/FigureFrame.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>

namespace vigie::ui {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("vigie::ui::Report", text, nullptr, n);
}

constexpr qreal minimumScreenWidth = 1000;
// Axis and bar labels on paper, in points: the charts are drawn at 11 px on
// a virtual screen about twice the page's width, which alone would print
// them at about 5 pt.
constexpr qreal labelPoints = 7.5;

} // namespace

QString ChartsSection::title() const
{
    return tr("Charts");
}

int ChartsSection::paginate(const QPaintDevice &, const QRectF &)
{
    return int((m_data.charts.size() + chartsPerPage - 1) / chartsPerPage);
}

void ChartsSection::paintPage(QPainter &painter, const QRectF &body, int page)
{
    const qreal top =
        page == 0 ? ReportStyle::drawHeading(painter, body, title(), m_data.filterLine)
                  : ReportStyle::drawHeading(painter, body, tr("%1 (continued)").arg(title()));
    const qreal slot = (body.bottom() - top - ReportStyle::gap) / chartsPerPage;
    for (int i = 0; i < chartsPerPage; ++i) {
        const qsizetype index = qsizetype(page) * chartsPerPage + i;
        if (index >= m_data.charts.size())
            break;
        const ChartTable &table = m_data.charts.at(index);
        const QRectF area(body.left(), top + i * (slot + ReportStyle::gap), body.width(), slot);
        painter.save();
        painter.setClipRect(area);
        // A wider "screen" than the other figures: below about 1000 px Qt
        // Charts elides every category label of the region chart to "…".
        const qreal scale = std::min(kScreenToPoints, area.width() / minimumScreenWidth);
        painter.translate(area.topLeft());
        painter.scale(scale, scale);
        const QRectF screen(QPointF(0, 0), area.size() / scale);
        ChartStyle style = ChartStyle::light();
        style.fontScale = std::max(1.0, labelPoints / (11 * scale));
        FigureFrame frame;
        frame.scale = style.fontScale;
        frame.title = table.title;
        frame.legend = ChartFigure::legendOf(table);
        frame.sourceLine = table.note; // the page's footer carries the source line
        const QRectF content = frame.draw(painter, screen);
        ChartFigure::paintTable(table, painter, content, style, false);
        painter.restore();
    }
}

} // namespace vigie::ui
