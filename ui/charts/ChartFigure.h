// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartData.h"

#include "figure/FigureFrame.h"
#include "figure/FigureWriter.h"
#include "model/Result.h"

#include <QColor>
#include <QLocale>
#include <QPalette>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

class QChart;
class QPainter;

namespace vigie::ui {

// Colours of a chart: the app's palette on screen, light for exports.
struct ChartStyle {
    QColor background = Qt::white;
    QColor text = QColor(0x20, 0x24, 0x2a);
    QColor muted = QColor(0x5f, 0x66, 0x73);
    QColor grid = QColor(0xdd, 0xe1, 0xe6);
    bool dark = false;
    // Multiplies the axis, bar and slice label sizes: a figure drawn on a
    // large virtual screen and scaled down to a page (the report) keeps
    // readable labels.
    double fontScale = 1.0;

    static ChartStyle light() { return {}; }
    static ChartStyle fromPalette(const QPalette &palette);
};

// The Qt Charts side of a ChartTable: the one builder the screen, the
// exports, `vigie render` and the report share.
namespace ChartFigure {

// Called with a category index and whether Ctrl was held.
using ClickHandler = std::function<void(qsizetype category, bool add)>;

// A new QChart for the table (the caller owns it). `decorated`: the chart
// draws its own title and legend (the screen); exports leave both to the
// FigureFrame. `onClick` is connected to every bar and slice when set.
// `width` (the chart's, in pixels) sets how long axis labels may be.
QChart *createChart(const ChartTable &table, const ChartStyle &style, bool decorated,
                    const ClickHandler &onClick = {}, double width = 600);
// The legend entries of a table for the frame (stacked layers, slices);
// empty for single-series charts.
QList<FigureFrame::LegendEntry> legendOf(const ChartTable &table);
// Draws a table's chart, undecorated, into `rect`.
void paintTable(const ChartTable &table, QPainter &painter, const QRectF &rect,
                const ChartStyle &style = ChartStyle::light(), bool decorated = false);

} // namespace ChartFigure

// The bars a chart of this height (pixels) can label: Qt Charts elides every
// category label once they overlap, so the rest goes into "Other".
int maxBarsFor(double height);

// ---- The stable API of the figures (the report and `vigie render` use it) ----

// What paintChart() and paintDashboard() write around the charts. Empty
// strings are filled in: the title from the chart, the filter line from the
// engine's spec, the source line from the selected count and today.
struct ChartPaintOptions {
    TimeStep step = TimeStep::Month;
    bool frame = true; // title, legend, filter line and source line around the chart
    QString title;
    QString filterLine;
    QString sourceLine;
    QLocale locale;
    ChartStyle style = ChartStyle::light();
    std::optional<qint32> untilDay; // the playback cursor (see ChartOptions)
};

// "time", "attack", "region", "kind", "data", "cumulative", "actors".
QStringList chartNames();
// The translated title of a chart name ("" for an unknown name).
QString chartTitle(const QString &name);

// Paints the chart `name` for the engine's current filter (each chart
// under every filter but its own) into `rect`, headless. False for an
// unknown name (nothing painted).
bool paintChart(const QString &name, const filter::FilterEngine &engine,
                const filter::Snapshot &snapshot, QPainter &painter, const QRectF &rect,
                const ChartPaintOptions &options = {});
// Every chart in one figure: the time chart across the top, the others in
// a grid below, each with its own title.
void paintDashboard(const filter::FilterEngine &engine, const filter::Snapshot &snapshot,
                    QPainter &painter, const QRectF &rect, const ChartPaintOptions &options = {});
// paintChart (or paintDashboard when `name` is empty) into a PNG, SVG or
// PDF file through the figure writer.
Status renderChartsToFile(const QString &name, const filter::FilterEngine &engine,
                          const filter::Snapshot &snapshot, const QString &path,
                          const FigureSettings &settings, const ChartPaintOptions &options = {});

} // namespace vigie::ui
