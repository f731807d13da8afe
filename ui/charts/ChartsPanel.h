// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartData.h"
#include "ChartFigure.h"

#include <QDate>
#include <QTimer>
#include <QWidget>

#include <array>

class QAction;
class QComboBox;
class QGridLayout;
class QToolBar;

namespace vigie {
class Notifier;
}
namespace vigie::filter {
class FilterController;
}

namespace vigie::ui {

class ChartView;

// The charts dock: a tool bar (which chart, or all of them as a dashboard;
// month/quarter/year; Export…; Copy) over the charts. Each chart reads its
// linked group from the window's FilterController on every
// Notifier::filterChanged (every filter but its own); a click on a bar or
// slice sets that dimension of the filter (Ctrl adds, a selected one is
// removed). Colours follow the app's palette and the shared legend colours.
class ChartsPanel : public QWidget {
    Q_OBJECT
public:
    ChartsPanel(filter::FilterController &filter, Notifier &notifier, QWidget *parent = nullptr);

    QToolBar *toolBar() const { return m_toolBar; }
    QComboBox *chartBox() const { return m_chartBox; }
    QComboBox *stepBox() const { return m_stepBox; }
    ChartView *view(ChartKind kind) const { return m_views[size_t(kind)]; }
    // The chart shown alone, or nullopt for the dashboard of all charts.
    std::optional<ChartKind> currentChart() const;
    void setCurrentChart(std::optional<ChartKind> kind);
    TimeStep step() const;
    // The playback cursor the charts follow (Notifier::timeCursorChanged).
    std::optional<QDate> cursor() const;

    // Exports what is shown (one chart or the dashboard) with the figure
    // frame; the Export… action asks for the file and size first.
    Status exportTo(const QString &path, const FigureSettings &settings) const;
    void exportWithDialog();
    // The clipboard gets the image and the SVG of what is shown.
    Status copyToClipboard() const;
    // Rebuilds the shown charts from the engine.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onCategoryClicked(ChartKind kind, qsizetype category, bool add);
    void applyMode();
    void draw(QPainter &painter, const QRectF &rect) const;

    filter::FilterController &m_filter;
    QToolBar *m_toolBar = nullptr;
    QComboBox *m_chartBox = nullptr;
    QComboBox *m_stepBox = nullptr;
    QWidget *m_grid = nullptr;
    QGridLayout *m_layout = nullptr;
    std::array<ChartView *, chartKindCount> m_views{};
    std::array<int, chartKindCount> m_builtHeight{}; // heights the tables were built for
    QTimer m_refreshTimer;
    std::optional<qint32> m_untilDay; // the timeline's playback cursor
    bool m_stale = true;              // a filter change arrived while hidden
};

} // namespace vigie::ui
