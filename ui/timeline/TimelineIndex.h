// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TimelineData.h"

#include <QString>

#include <span>
#include <vector>

namespace vigie::ui {

enum class LaneMode : quint8 { None, Region, AttackType, VictimKind, Impact };

// Everything the layout needs to answer "what is visible between day a and
// day b" in O(log n + visible) and "how many" in O(1): built once per data,
// filter or lane-mode change (O(n + days)), never per frame.
//
// Only incidents shown by the filter are indexed. An incident belongs to
// every lane its values name (an incident with two attack types sits in both
// attack lanes); the `all` counts count it once.
class TimelineIndex {
public:
    struct Entry {
        qint32 first;
        qint32 last;
        qint32 index; // row in TimelineData
        quint8 precision;
        quint8 colour; // attack type colour index (lowest set bit), 9 = none
    };
    struct Lane {
        int key = -1; // region code, attack bit, kind or impact bit; -1 = not stated, -2 = other
        QString label;
    };

    TimelineIndex() = default;
    void build(const TimelineData &data, LaneMode mode);

    LaneMode laneMode() const { return m_mode; }
    const std::vector<Lane> &lanes() const { return m_lanes; }
    int laneCount() const { return int(m_lanes.size()); }

    // Whole dated range of the data (all incidents, shown or not), inclusive.
    qint32 dayMin() const { return m_dayMin; }
    qint32 dayMax() const { return m_dayMax; }
    bool hasDated() const { return m_dayMax >= m_dayMin; }

    // Shown dated incidents of a lane sorted by (first day, row).
    std::span<const Entry> entries(int lane) const;
    // The longest span (last - first) in a lane, so a query can start early enough.
    qint32 maxSpan(int lane) const { return m_maxSpan[std::size_t(lane)]; }
    // Index of the first entry of `lane` that may overlap days >= day.
    qsizetype lowerBound(int lane, qint32 day) const;

    // Incidents known to the day with day in [from, to); lane -1 = all lanes.
    double exactCount(int lane, qint32 from, qint32 to) const;
    // Incidents known to the month or year, each spread evenly over its days.
    double partialCount(int lane, qint32 from, qint32 to) const;
    double count(int lane, qint32 from, qint32 to) const
    {
        return exactCount(lane, from, to) + partialCount(lane, from, to);
    }

    // All shown dated incidents sorted by (first day, row): for stepping.
    const std::vector<qint32> &order() const { return m_order; }
    // Position of a row in order(), or -1 (not shown or undated).
    qsizetype orderPosition(qint32 row) const;
    // Shown undated incidents (rows), in data order.
    const std::vector<qint32> &undated() const { return m_undated; }
    qsizetype shownCount() const { return qsizetype(m_order.size() + m_undated.size()); }

    static QString laneModeName(LaneMode mode);
    static constexpr int OtherKey = -2;

private:
    double cumulative(const std::vector<double> &cum, qint32 day) const;

    LaneMode m_mode = LaneMode::None;
    std::vector<Lane> m_lanes;
    std::vector<std::vector<Entry>> m_entries;
    std::vector<qint32> m_maxSpan;
    // Per lane (and one more for "all" at the end): prefix sums over days,
    // cum[k] = incidents with day < dayMin + k.
    std::vector<std::vector<double>> m_cumExact;
    std::vector<std::vector<double>> m_cumPartial;
    std::vector<qint32> m_order;
    std::vector<qint32> m_position; // row -> position in m_order, or -1
    std::vector<qint32> m_undated;
    qint32 m_dayMin = 1;
    qint32 m_dayMax = 0;
};

} // namespace vigie::ui
