// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineAxis.h"

#include <QCoreApplication>
#include <QDate>

#include <cmath>

namespace vigie::ui {

namespace {

QString monthYear(const QLocale &locale, int year, int month)
{
    return locale.standaloneMonthName(month, QLocale::LongFormat) + u' ' + QString::number(year);
}

// Month starts (Julian days) from the month holding `from` up to `to`.
template<typename F>
void forEachMonth(qint64 from, qint64 to, int monthsPerStep, F &&f)
{
    QDate d = QDate::fromJulianDay(from);
    d = QDate(d.year(), d.month() - (d.month() - 1) % monthsPerStep, 1);
    while (d.toJulianDay() < to) {
        const QDate next = d.addMonths(monthsPerStep);
        f(d, next);
        d = next;
    }
}

} // namespace

TimelineAxis TimelineAxis::compute(double startDay, double endDay, double left, double width,
                                   const QLocale &locale, const Spacing &spacing)
{
    TimelineAxis axis;
    if (!(endDay > startDay) || !(width > 0))
        return axis;
    const double ppd = width / (endDay - startDay);
    auto x = [&](qint64 day) { return left + (double(day) - startDay) * ppd; };
    const auto from = qint64(std::floor(startDay));
    const auto to = qint64(std::ceil(endDay));

    if (ppd >= spacing.day)
        axis.unit = Unit::Day;
    else if (ppd * 7 >= spacing.week)
        axis.unit = Unit::Week;
    else if (ppd * 30 >= spacing.month)
        axis.unit = Unit::Month;
    else if (ppd * 91 >= spacing.quarter)
        axis.unit = Unit::Quarter;
    else {
        axis.unit = Unit::Year;
        axis.step = 100;
        for (int s : {1, 2, 5, 10, 20, 50, 100})
            if (ppd * 365.25 * s >= spacing.year) {
                axis.step = s;
                break;
            }
    }
    axis.longMonthNames = axis.unit == Unit::Month && ppd * 30 >= spacing.monthLong;

    auto monthContext = [&] {
        forEachMonth(from, to, 1, [&](QDate d, QDate next) {
            axis.context.append({qint32(d.toJulianDay()), x(d.toJulianDay()), x(next.toJulianDay()),
                                 monthYear(locale, d.year(), d.month())});
        });
    };
    auto yearContext = [&] {
        forEachMonth(from, to, 12, [&](QDate d, QDate next) {
            axis.context.append({qint32(d.toJulianDay()), x(d.toJulianDay()), x(next.toJulianDay()),
                                 QString::number(d.year())});
        });
    };

    switch (axis.unit) {
    case Unit::Day:
        for (qint64 d = from; d < to; ++d)
            axis.ticks.append(
                {qint32(d), x(d), x(d + 1), QString::number(QDate::fromJulianDay(d).day())});
        monthContext();
        break;
    case Unit::Week: {
        const qint64 monday = from - (QDate::fromJulianDay(from).dayOfWeek() - 1);
        for (qint64 d = monday; d < to; d += 7)
            axis.ticks.append({qint32(d), x(d), x(d + 7),
                               locale.toString(QDate::fromJulianDay(d), QStringLiteral("d MMM"))});
        monthContext();
        break;
    }
    case Unit::Month:
        forEachMonth(from, to, 1, [&](QDate d, QDate next) {
            axis.ticks.append({qint32(d.toJulianDay()), x(d.toJulianDay()), x(next.toJulianDay()),
                               locale.standaloneMonthName(d.month(), axis.longMonthNames
                                                                         ? QLocale::LongFormat
                                                                         : QLocale::ShortFormat)});
        });
        yearContext();
        break;
    case Unit::Quarter:
        forEachMonth(from, to, 3, [&](QDate d, QDate next) {
            axis.ticks.append({qint32(d.toJulianDay()), x(d.toJulianDay()), x(next.toJulianDay()),
                               QCoreApplication::translate("vigie::ui::Timeline", "Q%1")
                                   .arg((d.month() - 1) / 3 + 1)});
        });
        yearContext();
        break;
    case Unit::Year: {
        const int y0 = QDate::fromJulianDay(from).year();
        int y = y0 - ((y0 % axis.step) + axis.step) % axis.step;
        for (;; y += axis.step) {
            const qint64 d = QDate(y, 1, 1).toJulianDay();
            if (d >= to)
                break;
            axis.ticks.append(
                {qint32(d), x(d), x(QDate(y + axis.step, 1, 1).toJulianDay()), QString::number(y)});
        }
        break;
    }
    }
    return axis;
}

} // namespace vigie::ui
