// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartData.h"
#include "ChartFigure.h"

#include <QChartView>

namespace vigie::ui {

// One chart on screen: a QChartView over the QChart that ChartFigure builds
// from a ChartTable (the same builder as the exports). It only reports
// clicks; the panel turns them into a filter.
class ChartView : public QChartView {
    Q_OBJECT
public:
    explicit ChartView(ChartKind kind, QWidget *parent = nullptr);

    ChartKind kind() const { return m_kind; }
    const ChartTable &table() const { return m_table; }
    void setTable(ChartTable table, const ChartStyle &style);

protected:
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    // A bar or slice was clicked; `add` when Ctrl was held.
    void categoryClicked(vigie::ui::ChartKind kind, qsizetype category, bool add);

private:
    void rebuild();

    ChartKind m_kind;
    ChartTable m_table;
    ChartStyle m_style;
    int m_builtWidth = 0; // labels are cut to the width they were built for
    bool m_rebuildQueued = false;
};

} // namespace vigie::ui
