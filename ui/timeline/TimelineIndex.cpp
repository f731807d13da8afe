// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineIndex.h"

#include "model/Vocabulary.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <bit>
#include <limits>

namespace vigie::ui {

namespace {

constexpr int MaxKey = 0xFFFF; // keys are region codes, kinds or mask bits
constexpr int MaxLanes = 25;   // lanes thinner than that say nothing

// The lanes an incident belongs to, as keys (-1 = not stated); returns how many.
int laneKeys(const TimelineData &d, std::size_t i, LaneMode mode, std::array<int, 16> &out)
{
    auto bits = [&](quint32 mask) {
        int n = 0;
        for (int b = 0; mask && n < 16; ++b, mask >>= 1)
            if (mask & 1)
                out[std::size_t(n++)] = b;
        if (n == 0)
            out[std::size_t(n++)] = -1;
        return n;
    };
    switch (mode) {
    case LaneMode::None:
        out[0] = 0;
        return 1;
    case LaneMode::Region:
        out[0] = d.region[i] == TimelineData::NoRegion ? -1 : d.region[i];
        return 1;
    case LaneMode::VictimKind:
        out[0] = d.victimKind[i] == TimelineData::NoCode ? -1 : d.victimKind[i];
        return 1;
    case LaneMode::AttackType:
        return bits(d.attackMask[i]);
    case LaneMode::Impact:
        return bits(d.impactMask[i]);
    }
    return 0;
}

QString tl(const char *text)
{
    return QCoreApplication::translate("vigie::ui::Timeline", text);
}

QString laneLabel(const TimelineData &d, LaneMode mode, int key)
{
    if (mode == LaneMode::None)
        return QString();
    if (key < 0)
        return tl("Not stated");
    switch (mode) {
    case LaneMode::None:
        break;
    case LaneMode::Region:
        return key < d.regionNames.size() ? d.regionNames.at(key) : tl("Region %1").arg(key);
    case LaneMode::AttackType:
        return key < vocabularySize<AttackType>() ? displayName(AttackType(key)) : QString();
    case LaneMode::VictimKind:
        return key < vocabularySize<VictimKind>() ? displayName(VictimKind(key)) : QString();
    case LaneMode::Impact:
        return key < vocabularySize<Impact>() ? displayName(Impact(key)) : QString();
    }
    return QString();
}

} // namespace

QString TimelineIndex::laneModeName(LaneMode mode)
{
    switch (mode) {
    case LaneMode::None:
        return tl("No lanes");
    case LaneMode::Region:
        return tl("By region");
    case LaneMode::AttackType:
        return tl("By attack type");
    case LaneMode::VictimKind:
        return tl("By victim kind");
    case LaneMode::Impact:
        return tl("By impact on care");
    }
    return QString();
}

void TimelineIndex::build(const TimelineData &data, LaneMode mode)
{
    *this = TimelineIndex{};
    m_mode = mode;
    const std::size_t n = std::size_t(data.size());

    // The range covers every dated incident, shown or not, so the overview and
    // the lanes do not jump when the filter changes.
    qint32 lo = std::numeric_limits<qint32>::max(), hi = std::numeric_limits<qint32>::min();
    // Incidents per key ([0] = not stated, [k + 1] = key k).
    std::vector<qint64> perKey(std::size_t(MaxKey) + 2, 0);
    std::array<int, 16> keys{};
    for (std::size_t i = 0; i < n; ++i) {
        if (data.precision[i] == TimelineData::Undated)
            continue;
        lo = std::min(lo, data.firstDay[i]);
        hi = std::max(hi, data.lastDay[i]);
        const int k = laneKeys(data, i, mode, keys);
        for (int j = 0; j < k; ++j)
            ++perKey[std::size_t(keys[std::size_t(j)] + 1)];
    }
    // One lane per key in key order; past MaxLanes (a world of regions), the
    // most frequent keep theirs and the rest share "Other".
    std::vector<int> present;
    for (std::size_t k = 1; k < perKey.size(); ++k)
        if (perKey[k] > 0)
            present.push_back(int(k) - 1);
    bool other = false;
    if (int(present.size()) > MaxLanes - 1) {
        std::stable_sort(present.begin(), present.end(), [&](int a, int b) {
            return perKey[std::size_t(a + 1)] > perKey[std::size_t(b + 1)];
        });
        present.resize(std::size_t(MaxLanes - 2));
        std::sort(present.begin(), present.end());
        other = true;
    }
    const int otherLane = other ? int(present.size()) : -1;
    std::vector<int> laneOfKey(perKey.size(), otherLane);
    for (int k : present) {
        laneOfKey[std::size_t(k + 1)] = int(m_lanes.size());
        m_lanes.push_back({k, laneLabel(data, mode, k)});
    }
    if (other)
        m_lanes.push_back({OtherKey, tl("Other")});
    if (perKey[0] > 0) {
        laneOfKey[0] = int(m_lanes.size());
        m_lanes.push_back({-1, laneLabel(data, mode, -1)});
    }
    if (m_lanes.empty())
        m_lanes.push_back({mode == LaneMode::None ? 0 : -1, laneLabel(data, mode, -1)});

    m_position.assign(n, -1);
    const std::size_t laneN = m_lanes.size();
    if (lo > hi) { // nothing dated
        for (std::size_t i = 0; i < n; ++i)
            if (data.flags[i] & TimelineData::Shown)
                m_undated.push_back(qint32(i));
        m_entries.resize(laneN);
        m_maxSpan.assign(laneN, 0);
        return;
    }
    m_dayMin = lo;
    m_dayMax = hi;
    const std::size_t days = std::size_t(hi - lo + 1);

    // Counting sort of the shown dated rows by first day (stable: row order
    // breaks ties), O(n + days). The columns are read in row order only; the
    // sorted entries carry what the later passes need, so nothing gathers
    // from the columns in day order (a cache miss per row at a million rows).
    std::vector<qint32> start(days + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        if (!(data.flags[i] & TimelineData::Shown))
            continue;
        if (data.precision[i] == TimelineData::Undated)
            m_undated.push_back(qint32(i));
        else
            ++start[std::size_t(data.firstDay[i] - lo) + 1];
    }
    for (std::size_t d = 1; d <= days; ++d)
        start[d] += start[d - 1];
    const auto shown = std::size_t(start[days]);
    std::vector<Entry> sorted(shown);
    std::vector<quint32> laneBits(laneN > 1 ? shown : 0); // lanes of each sorted entry
    for (std::size_t i = 0; i < n; ++i) {
        if (!(data.flags[i] & TimelineData::Shown) || data.precision[i] == TimelineData::Undated)
            continue;
        const auto pos = std::size_t(start[std::size_t(data.firstDay[i] - lo)]++);
        const quint16 a = data.attackMask[i];
        sorted[pos] = Entry{data.firstDay[i], data.lastDay[i], qint32(i), data.precision[i],
                            quint8(a ? std::countr_zero(unsigned(a)) : 9)};
        if (laneN > 1) {
            quint32 bits = 0;
            const int k = laneKeys(data, i, mode, keys);
            for (int j = 0; j < k; ++j)
                bits |= 1u << laneOfKey[std::size_t(keys[std::size_t(j)] + 1)];
            laneBits[pos] = bits;
        }
        m_position[i] = qint32(pos);
    }
    m_order.resize(shown);
    for (std::size_t p = 0; p < shown; ++p)
        m_order[p] = sorted[p].index;

    // Difference arrays (lanes + "all"), turned into prefix sums below.
    std::vector<std::vector<double>> exact(laneN + 1, std::vector<double>(days + 1, 0.0));
    std::vector<std::vector<double>> partial(laneN + 1, std::vector<double>(days + 2, 0.0));
    auto add = [&](std::size_t lane, const Entry &e) {
        if (e.precision == TimelineData::Day) {
            exact[lane][std::size_t(e.first - lo) + 1] += 1.0;
        } else {
            const double weight = 1.0 / double(e.last - e.first + 1);
            partial[lane][std::size_t(e.first - lo)] += weight;
            partial[lane][std::size_t(e.last - lo) + 1] -= weight;
        }
    };
    m_entries.assign(laneN, {});
    m_maxSpan.assign(laneN, 0);
    if (laneN == 1) {
        for (const Entry &e : sorted) {
            m_maxSpan[0] = std::max(m_maxSpan[0], e.last - e.first);
            add(0, e);
        }
        exact[1] = exact[0];
        partial[1] = partial[0];
        m_entries[0] = std::move(sorted);
    } else {
        std::vector<std::size_t> sizes(laneN, 0);
        for (quint32 bits : laneBits)
            for (; bits; bits &= bits - 1)
                ++sizes[std::size_t(std::countr_zero(bits))];
        for (std::size_t l = 0; l < laneN; ++l)
            m_entries[l].reserve(sizes[l]);
        for (std::size_t p = 0; p < shown; ++p) {
            const Entry &e = sorted[p];
            for (quint32 bits = laneBits[p]; bits; bits &= bits - 1) {
                const auto lane = std::size_t(std::countr_zero(bits));
                m_entries[lane].push_back(e);
                m_maxSpan[lane] = std::max(m_maxSpan[lane], e.last - e.first);
                add(lane, e);
            }
            add(laneN, e);
        }
    }
    m_cumExact.resize(laneN + 1);
    m_cumPartial.resize(laneN + 1);
    for (std::size_t l = 0; l <= laneN; ++l) {
        auto &ex = exact[l];
        for (std::size_t d = 1; d <= days; ++d)
            ex[d] += ex[d - 1];
        // partial holds per-day increments of the density: density, then its sum.
        auto &pa = partial[l];
        std::vector<double> cum(days + 1, 0.0);
        double density = 0;
        for (std::size_t d = 0; d < days; ++d) {
            density += pa[d];
            cum[d + 1] = cum[d] + density;
        }
        m_cumExact[l] = std::move(ex);
        m_cumPartial[l] = std::move(cum);
    }
}

std::span<const TimelineIndex::Entry> TimelineIndex::entries(int lane) const
{
    if (lane < 0 || std::size_t(lane) >= m_entries.size())
        return {};
    return m_entries[std::size_t(lane)];
}

qsizetype TimelineIndex::lowerBound(int lane, qint32 day) const
{
    const auto e = entries(lane);
    const qint32 from = day - maxSpan(lane);
    const auto it = std::lower_bound(e.begin(), e.end(), from,
                                     [](const Entry &a, qint32 d) { return a.first < d; });
    return qsizetype(it - e.begin());
}

double TimelineIndex::cumulative(const std::vector<double> &cum, qint32 day) const
{
    if (cum.empty())
        return 0;
    const qint64 k = std::clamp<qint64>(qint64(day) - m_dayMin, 0, qint64(cum.size()) - 1);
    return cum[std::size_t(k)];
}

double TimelineIndex::exactCount(int lane, qint32 from, qint32 to) const
{
    const std::size_t l = lane < 0 ? m_lanes.size() : std::size_t(lane);
    if (l >= m_cumExact.size() || to <= from)
        return 0;
    return cumulative(m_cumExact[l], to) - cumulative(m_cumExact[l], from);
}

double TimelineIndex::partialCount(int lane, qint32 from, qint32 to) const
{
    const std::size_t l = lane < 0 ? m_lanes.size() : std::size_t(lane);
    if (l >= m_cumPartial.size() || to <= from)
        return 0;
    return cumulative(m_cumPartial[l], to) - cumulative(m_cumPartial[l], from);
}

qsizetype TimelineIndex::orderPosition(qint32 row) const
{
    if (row < 0 || std::size_t(row) >= m_position.size())
        return -1;
    return m_position[std::size_t(row)];
}

} // namespace vigie::ui
