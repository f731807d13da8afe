// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace vigie::ui {

// Minimum width of one unit, in pixels, for its label to be readable.
struct TimelineAxisSpacing {
    double day = 22, week = 52, month = 40, monthLong = 80, quarter = 30, year = 42;
};

// Ticks and labels of the time axis for a window of days, pure (no painting,
// no font): the unit is the finest whose labels keep a minimum spacing.
// Two rows: `ticks` label each unit (day numbers, weeks, months, quarters,
// years), `context` names the enclosing period (month and year above days
// and weeks, year above months and quarters).
struct TimelineAxis {
    enum class Unit { Day, Week, Month, Quarter, Year };
    struct Tick {
        qint32 day = 0; // Julian day where the unit starts
        double x0 = 0;  // its left edge (may be left of the window)
        double x1 = 0;  // its right edge (start of the next unit)
        QString label;
    };
    using Spacing = TimelineAxisSpacing;

    Unit unit = Unit::Year;
    int step = 1; // years per tick for Unit::Year (1, 2, 5, 10, 20, 50, 100)
    bool longMonthNames = false;
    QList<Tick> ticks;
    QList<Tick> context;

    // Window [startDay, endDay) in fractional Julian days mapped to [left, left + width).
    static TimelineAxis compute(double startDay, double endDay, double left, double width,
                                const QLocale &locale, const Spacing &spacing = Spacing());
};

} // namespace vigie::ui
