// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TimelineLayout.h"
#include "model/Result.h"

#include <QColor>
#include <QDate>
#include <QLocale>
#include <QSize>
#include <QString>

class QPainter;

namespace vigie::ui {

struct TimelineDrawOptions {
    // Export decorations: drawn in a header when `header` is set.
    bool header = false;
    QString title;
    QString filterLine; // the active filters, in words
    QDate exportDate;   // "Exported on ..."; null = omitted
    QString sourceLine; // e.g. "Vigie — 142 incidents — 29 November 2026"; replaces exportDate
    QLocale locale;
    bool hasFocus = false;
};

// The one draw routine of the timeline: the widget, PNG, SVG and PDF exports
// all go through drawLayout(), so an export is what the user saw.
class TimelineRenderer {
public:
    // Lays out `rect` and draws it (exports, tests).
    static void draw(QPainter &painter, const QRectF &rect, const TimelineData &data,
                     const TimelineIndex &index, const TimelineViewState &state,
                     const TimelineDrawOptions &options);
    // Draws an existing layout; only shapes meeting `exposed` are drawn.
    static void drawLayout(QPainter &painter, const TimelineLayout &layout,
                           const TimelineData &data, const TimelineViewState &state,
                           const TimelineDrawOptions &options, const QRectF &exposed);

    static QColor attackColour(int colour); // 0..8 attack types, 9 = not stated
    static QColor laneColour(LaneMode mode, int key);
    static TimelineMetrics exportMetrics(const TimelineDrawOptions &options);

    // "12 August 2022", "August 2022", "2022", or "undated", in the locale.
    static QString formatDate(qint32 first, quint8 precision, const QLocale &locale);
    static QString formatRange(qint32 from, qint32 to, const QLocale &locale);
    // Tooltip text: victim, date, place, attack types.
    static QString tooltip(const TimelineData &data, qsizetype row, const QLocale &locale);
};

// Renders the timeline to PNG, SVG or PDF (by the file's suffix) at `size`
// (pixels for PNG and SVG, points for PDF), with title, legend, filter line
// and export date. The file is written atomically.
Status renderTimelineToFile(const TimelineData &data, const TimelineViewState &state,
                            const QSize &size, const QString &path,
                            const TimelineDrawOptions &options = TimelineDrawOptions());

} // namespace vigie::ui
