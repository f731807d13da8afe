// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartView.h"

#include <QChart>
#include <QTimer>

#include <cstdlib>

namespace vigie::ui {

ChartView::ChartView(ChartKind kind, QWidget *parent)
    : QChartView(parent)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("chartView_%1").arg(ChartData::name(kind)));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(150, 140);
    setFrameShape(QFrame::NoFrame);
}

void ChartView::setTable(ChartTable table, const ChartStyle &style)
{
    m_table = std::move(table);
    m_style = style;
    rebuild();
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    // Room for longer (or only shorter) axis labels: rebuild once settled.
    if (std::abs(width() - m_builtWidth) > 40 && !m_rebuildQueued) {
        m_rebuildQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_rebuildQueued = false;
            if (std::abs(width() - m_builtWidth) > 40)
                rebuild();
        });
    }
}

void ChartView::rebuild()
{
    const ChartStyle &style = m_style;
    m_builtWidth = width();
    const bool clickable = ChartData::dimension(m_kind).has_value();
    QChart *next = ChartFigure::createChart(
        m_table, style, true,
        clickable ? ChartFigure::ClickHandler([this](qsizetype category, bool add) {
            Q_EMIT categoryClicked(m_kind, category, add);
        })
                  : ChartFigure::ClickHandler(),
        width());
    if (m_table.categories.isEmpty())
        next->setTitle(m_table.title + QStringLiteral(" — ") + tr("no incident under this filter"));
    QString tip = m_table.note;
    if (clickable)
        tip = (tip.isEmpty() ? QString() : tip + u'\n') +
              tr("Click a bar or slice to filter every view; Ctrl+click adds to the "
                 "selection; click a selected one to remove it.");
    setToolTip(tip);
    // setChart() releases the previous chart; it may be the one whose bar
    // was just clicked (still on the stack), so it goes later.
    QChart *previous = chart();
    setChart(next);
    if (previous)
        previous->deleteLater();
    setBackgroundBrush(style.background);
}

} // namespace vigie::ui
