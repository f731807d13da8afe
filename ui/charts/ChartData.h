// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filter/FilterEngine.h"

#include <QColor>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace vigie::ui {

// The charts of the dashboard. Their names (ChartData::name) are stable:
// `vigie render --chart NAME` and the report use them.
enum class ChartKind : quint8 {
    Timeline,        // "time": incidents per period, stacked by attack type
    AttackTypes,     // "attack"
    Regions,         // "region": sorted horizontal bars
    VictimKinds,     // "kind"
    DataCompromised, // "data"
    Cumulative,      // "cumulative": running total per period
    ThreatActors,    // "actors": the most active threat actors
};
constexpr int chartKindCount = 7;

enum class TimeStep : quint8 { Month, Quarter, Year };

struct ChartCategory {
    QString key;           // what a click puts in the filter (empty: not clickable)
    QString label;         // shown on the axis
    QColor colour;         // a vocabulary colour (attack types), else invalid
    bool selected = false; // the spec selects it
};

// One layer of bars (or one line): a value per category.
struct ChartSeries {
    QString name;
    QColor colour;
    std::vector<qint32> values;
};

// A chart as numbers: what ChartFigure draws and what the tests read. Built
// from the engine's linked group of the chart (every filter but its own).
struct ChartTable {
    ChartKind kind = ChartKind::Timeline;
    TimeStep step = TimeStep::Month;
    QString title;
    QList<ChartCategory> categories;
    QList<ChartSeries> series;
    // Axis labels of the time charts: (category index, label) at the start
    // of each year, so a decade of months stays readable.
    QList<std::pair<int, QString>> ticks;
    bool hasSelection = false; // something is selected: the rest is dimmed
    qint32 counted = 0;        // incidents counted (distinct)
    qint32 notShown = 0;       // incidents of the group the chart cannot place
    QString note;              // says what notShown holds, when not zero

    qint32 total(qsizetype category) const;
    qint32 maximum() const; // the tallest (stacked) category
    qsizetype indexOf(const QString &key) const;
};

struct ChartOptions {
    TimeStep step = TimeStep::Month;
    int maxBars = 15; // regions, victim kinds, threat actors: the rest is one "Other" bar
    QLocale locale;
    // The timeline's playback cursor (a Julian day): only incidents whose
    // period has begun by then count, as on the map. The time axis keeps
    // its whole range.
    std::optional<qint32> untilDay;
};

namespace ChartData {

QString name(ChartKind kind);
std::optional<ChartKind> kindOf(const QString &name);
QStringList names();
QString title(ChartKind kind);
// The engine group a chart reads: its own dimension is not applied.
filter::Group group(ChartKind kind);
// The filter dimension a click sets (nullopt: the chart is not clickable).
std::optional<filter::Dimension> dimension(ChartKind kind);

ChartTable build(ChartKind kind, const filter::FilterEngine &engine,
                 const filter::Snapshot &snapshot, const ChartOptions &options = {});

// The spec after a click on `category`: a plain click keeps only that
// category (or clears the dimension when it was the only one selected),
// `add` (Ctrl) adds it, and a click on a selected category removes it. For
// the time charts the date range becomes the period (with `add`, the range
// grows to cover it). Unchanged for a category without a key.
filter::FilterSpec specFor(const ChartTable &table, qsizetype category, filter::FilterSpec spec,
                           bool add);

} // namespace ChartData

} // namespace vigie::ui
