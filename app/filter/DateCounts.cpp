// SPDX-License-Identifier: GPL-3.0-or-later
// DateCounts: the date groups derived from the per-day counts.
#include "FilterEngine.h"

#include <QDate>

#include <algorithm>

namespace vigie::filter {

// ---------------------------------------------------------------------------
// DateCounts

void DateCounts::monthsInto(qint32 *out) const
{
    const qint32 *day = bins.data();
    const qint32 *only = bins.data() + dayCount;
    for (int m = 0; m < years * 12; ++m) {
        qint32 sum = only[m];
        for (qint32 d = monthStart[size_t(m)]; d < monthStart[size_t(m) + 1]; ++d)
            sum += day[d];
        out[m] = sum;
    }
}

std::vector<qint32> DateCounts::months() const
{
    std::vector<qint32> out(size_t(years) * 12);
    if (!out.empty())
        monthsInto(out.data());
    return out;
}

std::vector<qint32> DateCounts::perYear() const
{
    const std::vector<qint32> m = months();
    std::vector<qint32> out(size_t(years), 0);
    const auto only = yearOnly();
    for (int y = 0; y < years; ++y)
        out[size_t(y)] =
            std::accumulate(m.begin() + y * 12, m.begin() + y * 12 + 12, 0) + only[size_t(y)];
    return out;
}

qint32 DateCounts::firstWeekDay() const
{
    return firstDay - (QDate::fromJulianDay(firstDay).dayOfWeek() - 1);
}

std::vector<qint32> DateCounts::weeks() const
{
    const qint32 lead = firstDay - firstWeekDay();
    std::vector<qint32> out(size_t((dayCount + lead + 6) / 7));
    for (qint32 d = 0; d < dayCount; ++d)
        out[size_t((d + lead) / 7)] += bins[size_t(d)];
    return out;
}

} // namespace vigie::filter
