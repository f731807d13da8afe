// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilterEngine.h"

#include <QDate>

#include <algorithm>
#include <climits>
#include <numeric>

namespace vigie::filter {

namespace {

constexpr quint16 bitOf(Dimension d) {
    return quint16(1u << unsigned(d));
}

constexpr quint16 groupBit(Group g) {
    return quint16(1u << unsigned(g));
}

constexpr qint32 farPast = -(1 << 30);
constexpr qint32 farFuture = 1 << 30;

// Pass table of a code dimension: empty when the filter is off; codes of
// values that no incident has are simply absent.
std::vector<quint8> codeTable(const QStringList &values, const Dictionary &dict) {
    std::vector<quint8> table;
    if (values.isEmpty())
        return table;
    table.assign(dict.size(), 0);
    for (const QString &v : values)
        if (const qint64 code = dict.find(v); code > 0)
            table[size_t(code)] = 1;
    return table;
}

bool tablePasses(const std::vector<quint8> &table, quint32 code) {
    return table.empty() || (code < table.size() && table[code]);
}

quint32 kindMaskOf(const VictimKinds &kinds) {
    // Snapshot kind codes are VictimKind + 1 (0: not stated).
    return kinds.bits() << 1;
}

quint32 ransomMaskOf(const std::optional<bool> &ransom) {
    return ransom ? (*ransom ? 2u : 1u) : 0u;
}

} // namespace

// ---------------------------------------------------------------------------
// DateCounts

void DateCounts::monthsInto(qint32 *out) const {
    const qint32 *day = bins.data();
    const qint32 *only = bins.data() + dayCount;
    for (int m = 0; m < years * 12; ++m) {
        qint32 sum = only[m];
        for (qint32 d = monthStart[size_t(m)]; d < monthStart[size_t(m) + 1]; ++d)
            sum += day[d];
        out[m] = sum;
    }
}

std::vector<qint32> DateCounts::months() const {
    std::vector<qint32> out(size_t(years) * 12);
    if (!out.empty())
        monthsInto(out.data());
    return out;
}

std::vector<qint32> DateCounts::perYear() const {
    const std::vector<qint32> m = months();
    std::vector<qint32> out(size_t(years), 0);
    const auto only = yearOnly();
    for (int y = 0; y < years; ++y)
        out[size_t(y)] =
            std::accumulate(m.begin() + y * 12, m.begin() + y * 12 + 12, 0) + only[size_t(y)];
    return out;
}

qint32 DateCounts::firstWeekDay() const {
    return firstDay - (QDate::fromJulianDay(firstDay).dayOfWeek() - 1);
}

std::vector<qint32> DateCounts::weeks() const {
    const qint32 lead = firstDay - firstWeekDay();
    std::vector<qint32> out(size_t((dayCount + lead + 6) / 7));
    for (qint32 d = 0; d < dayCount; ++d)
        out[size_t((d + lead) / 7)] += bins[size_t(d)];
    return out;
}

// ---------------------------------------------------------------------------
// Construction

FilterEngine::FilterEngine(const Snapshot &snapshot, const FilterSpec &spec)
    : m_snapshot(snapshot)
    , m_spec(spec)
    , m_dateField(spec.dateField) {
    for (int g = 0; g < groupCount; ++g)
        m_groupIgnores[size_t(g)] = g == int(Group::Selected) ? 0 : quint16(1u << (g - 1));
    const quint16 map = bitOf(Dimension::Region) | bitOf(Dimension::Department);
    m_groupIgnores[size_t(Group::Region)] = map;
    m_groupIgnores[size_t(Group::Department)] = map;
    computeContributions();
    build();
}

void FilterEngine::setGroupIgnores(Group group, quint16 dimensions) {
    m_groupIgnores[size_t(group)] = dimensions;
    computeContributions();
    countAll();
}

void FilterEngine::computeContributions() {
    m_contribution.assign(1u << 16, 0);
    for (quint32 r = 0; r < (1u << 16); ++r) {
        if (r & removedBit)
            continue;
        quint16 groups = 0;
        for (int g = 0; g < groupCount; ++g)
            if ((r & ~quint32(m_groupIgnores[size_t(g)])) == 0)
                groups |= quint16(1u << g);
        m_contribution[r] = groups;
    }
}

void FilterEngine::rebuild() {
    build();
}

void FilterEngine::layoutDates() {
    int minYear = INT_MAX, maxYear = INT_MIN;
    for (qint32 i = 0; i < m_snapshot.size(); ++i) {
        if (m_snapshot.isRemoved(i) ||
            m_snapshot.precision(m_dateField, i) == PartialDate::Precision::None)
            continue;
        const int y = QDate::fromJulianDay(m_snapshot.day(m_dateField, i)).year();
        minYear = std::min(minYear, y);
        maxYear = std::max(maxYear, y);
    }
    if (minYear > maxYear)
        minYear = maxYear = QDate::currentDate().year();
    DateCounts &dc = m_counts.date;
    dc.firstYear = minYear;
    dc.years = maxYear - minYear + 1;
    dc.firstDay = qint32(QDate(minYear, 1, 1).toJulianDay());
    dc.dayCount = qint32(QDate(maxYear + 1, 1, 1).toJulianDay()) - dc.firstDay;
    dc.monthStart.resize(size_t(dc.years) * 12 + 1);
    for (int m = 0; m <= dc.years * 12; ++m)
        dc.monthStart[size_t(m)] =
            qint32(QDate(minYear + m / 12, m % 12 + 1, 1).toJulianDay()) - dc.firstDay;
    m_monthBase = dc.dayCount;
    m_yearBase = m_monthBase + dc.years * 12;
    m_undatedBin = m_yearBase + dc.years;
    const auto bins = size_t(m_undatedBin) + 1;
    m_binFirst.resize(bins);
    m_binLast.resize(bins);
    for (qint32 d = 0; d < dc.dayCount; ++d)
        m_binFirst[size_t(d)] = m_binLast[size_t(d)] = dc.firstDay + d;
    for (int m = 0; m < dc.years * 12; ++m) {
        m_binFirst[size_t(m_monthBase + m)] = dc.firstDay + dc.monthStart[size_t(m)];
        m_binLast[size_t(m_monthBase + m)] = dc.firstDay + dc.monthStart[size_t(m) + 1] - 1;
    }
    for (int y = 0; y < dc.years; ++y) {
        m_binFirst[size_t(m_yearBase + y)] = dc.firstDay + dc.monthStart[size_t(y) * 12];
        m_binLast[size_t(m_yearBase + y)] = dc.firstDay + dc.monthStart[size_t(y + 1) * 12] - 1;
    }
    m_binFirst[size_t(m_undatedBin)] = INT_MAX;
    m_binLast[size_t(m_undatedBin)] = INT_MAX;
    m_maxSpan = 0;
}

quint32 FilterEngine::dateBinOf(qint32 row) const {
    const qint32 day = m_snapshot.day(m_dateField, row);
    const DateCounts &dc = m_counts.date;
    switch (m_snapshot.precision(m_dateField, row)) {
    case PartialDate::Precision::Day:
        return quint32(day - dc.firstDay);
    case PartialDate::Precision::Month: {
        const QDate d = QDate::fromJulianDay(day);
        return quint32(m_monthBase + (d.year() - dc.firstYear) * 12 + d.month() - 1);
    }
    case PartialDate::Precision::Year:
        return quint32(m_yearBase + QDate::fromJulianDay(day).year() - dc.firstYear);
    case PartialDate::Precision::None:
        break;
    }
    return quint32(m_undatedBin);
}

FilterEngine::Row FilterEngine::makeRow(qint32 i) const {
    Row r{};
    r.dateBin = dateBinOf(i);
    r.actor = m_snapshot.threatActor(i);
    r.country = m_snapshot.country(i);
    r.region = m_snapshot.region(i);
    r.department = m_snapshot.department(i);
    r.attack = quint16(m_snapshot.attackTypes(i) & 0x1ff);
    r.kind = m_snapshot.victimKindCode(i);
    r.data = quint8(m_snapshot.dataCompromised(i) & 0x7f);
    r.impact = quint8(m_snapshot.impacts(i) & 0x7f);
    r.ransom = m_snapshot.ransomDemanded(i) ? 1 : 0;
    r.snapshotRow = i;
    return r;
}

void FilterEngine::resizeCodeCounts() {
    auto fit = [](std::vector<qint32> &v, quint32 n) {
        if (v.size() < n)
            v.resize(n);
    };
    fit(m_counts.country, m_snapshot.countries().size());
    fit(m_counts.region, m_snapshot.regions().size());
    fit(m_counts.department, m_snapshot.departments().size());
    fit(m_counts.threatActor, m_snapshot.threatActors().size());
    auto fitRows = [](std::vector<std::vector<quint32>> &v, quint32 n) {
        if (v.size() < n)
            v.resize(n);
    };
    fitRows(m_countryRows, m_snapshot.countries().size());
    fitRows(m_regionRows, m_snapshot.regions().size());
    fitRows(m_departmentRows, m_snapshot.departments().size());
    fitRows(m_actorRows, m_snapshot.threatActors().size());
}

void FilterEngine::build() {
    m_dateField = m_spec.dateField;
    layoutDates();

    // Counting sort of the live rows by the first day of their date bin.
    const auto bins = m_binFirst.size();
    std::vector<quint32> binOrder(bins);
    std::iota(binOrder.begin(), binOrder.end(), 0u);
    std::stable_sort(binOrder.begin(), binOrder.end(),
                     [this](quint32 a, quint32 b) { return m_binFirst[a] < m_binFirst[b]; });
    std::vector<qint32> binRows(bins, 0);
    std::vector<quint32> rowBin(size_t(m_snapshot.size()));
    qint32 live = 0;
    bool monthOnly = false, yearOnly = false;
    for (qint32 i = 0; i < m_snapshot.size(); ++i) {
        if (m_snapshot.isRemoved(i))
            continue;
        const quint32 bin = dateBinOf(i);
        rowBin[size_t(i)] = bin;
        ++binRows[bin];
        ++live;
        monthOnly |= bin >= quint32(m_monthBase) && bin < quint32(m_yearBase);
        yearOnly |= bin >= quint32(m_yearBase) && bin < quint32(m_undatedBin);
    }
    m_maxSpan = yearOnly ? 365 : monthOnly ? 30 : 0;
    std::vector<qint32> binStart(bins);
    qint32 next = 0;
    for (quint32 b : binOrder) {
        binStart[b] = next;
        next += binRows[b];
    }
    m_rows.clear();
    m_rows.reserve(size_t(live) + size_t(live) / 8 + 1024);
    m_rows.resize(size_t(live));
    m_position.assign(size_t(m_snapshot.size()), -1);
    m_position.reserve(size_t(m_snapshot.size()) + size_t(live) / 8 + 1024);
    for (qint32 i = 0; i < m_snapshot.size(); ++i) {
        if (m_snapshot.isRemoved(i))
            continue;
        const qint32 pos = binStart[rowBin[size_t(i)]]++;
        m_rows[size_t(pos)] = makeRow(i);
        m_position[size_t(i)] = pos;
    }
    m_sortedEnd = live;
    m_sortKey.resize(size_t(live));
    m_undatedBegin = live;
    for (qint32 p = 0; p < live; ++p) {
        m_sortKey[size_t(p)] = m_binFirst[m_rows[size_t(p)].dateBin];
        if (m_rows[size_t(p)].dateBin == quint32(m_undatedBin) && m_undatedBegin == live)
            m_undatedBegin = p;
    }
    m_dead = 0;

    // Bucket lists.
    m_countryRows.clear();
    m_regionRows.clear();
    m_departmentRows.clear();
    m_actorRows.clear();
    for (auto &b : m_attackRows)
        b.clear();
    for (auto &b : m_dataRows)
        b.clear();
    for (auto &b : m_impactRows)
        b.clear();
    for (auto &b : m_kindRows)
        b.clear();
    for (auto &b : m_ransomRows)
        b.clear();
    m_counts.country.clear();
    m_counts.region.clear();
    m_counts.department.clear();
    m_counts.threatActor.clear();
    resizeCodeCounts();
    for (qint32 p = 0; p < live; ++p) {
        const Row &r = m_rows[size_t(p)];
        const auto pos = quint32(p);
        m_countryRows[r.country].push_back(pos);
        m_regionRows[r.region].push_back(pos);
        m_departmentRows[r.department].push_back(pos);
        m_actorRows[r.actor].push_back(pos);
        m_attackRows[r.attack].push_back(pos);
        m_dataRows[r.data].push_back(pos);
        m_impactRows[r.impact].push_back(pos);
        m_kindRows[r.kind].push_back(pos);
        m_ransomRows[r.ransom].push_back(pos);
    }

    prepareTables(m_spec);
    if (m_textMatches) {
        m_textPass.assign(size_t(m_snapshot.size()), 0);
        for (qint64 id : *m_textMatches)
            if (const qint32 row = m_snapshot.rowOf(id); row >= 0)
                m_textPass[size_t(row)] = 1;
    }
    for (Row &r : m_rows)
        r.reject = rejectionOf(r);
    countAll();
}

void FilterEngine::prepareTables(const FilterSpec &spec) {
    m_datePass.clear();
    if (spec.hasDateRange()) {
        const qint32 lo = spec.firstDay(), hi = spec.lastDay();
        m_datePass.resize(m_binFirst.size());
        for (size_t b = 0; b + 1 < m_binFirst.size(); ++b)
            m_datePass[b] = m_binFirst[b] <= hi && m_binLast[b] >= lo;
    }
    m_countryPass = codeTable(spec.countries, m_snapshot.countries());
    m_regionPass = codeTable(spec.regions, m_snapshot.regions());
    m_departmentPass = codeTable(spec.departments, m_snapshot.departments());
    m_actorPass = codeTable(spec.threatActors, m_snapshot.threatActors());
    m_attackMask = spec.attackTypes.bits();
    m_dataMask = spec.dataCompromised.bits();
    m_impactMask = spec.impacts.bits();
    m_kindMask = kindMaskOf(spec.victimKinds);
    m_ransomMask = ransomMaskOf(spec.ransomDemanded);
}

bool FilterEngine::passes(Dimension d, const Row &r) const {
    switch (d) {
    case Dimension::Date:
        return m_datePass.empty() || m_datePass[r.dateBin];
    case Dimension::Country:
        return tablePasses(m_countryPass, r.country);
    case Dimension::Region:
        return tablePasses(m_regionPass, r.region);
    case Dimension::Department:
        return tablePasses(m_departmentPass, r.department);
    case Dimension::AttackType:
        return !m_attackMask || (r.attack & m_attackMask);
    case Dimension::VictimKind:
        return !m_kindMask || ((1u << r.kind) & m_kindMask);
    case Dimension::DataCompromised:
        return !m_dataMask || (r.data & m_dataMask);
    case Dimension::Impact:
        return !m_impactMask || (r.impact & m_impactMask);
    case Dimension::ThreatActor:
        return tablePasses(m_actorPass, r.actor);
    case Dimension::Ransom:
        return !m_ransomMask || ((1u << r.ransom) & m_ransomMask);
    case Dimension::Text:
        return !m_textMatches ||
               (size_t(r.snapshotRow) < m_textPass.size() && m_textPass[size_t(r.snapshotRow)]);
    }
    return true;
}

quint16 FilterEngine::rejectionOf(const Row &r) const {
    quint16 reject = 0;
    for (int d = 0; d < dimensionCount; ++d)
        if (!passes(Dimension(d), r))
            reject |= quint16(1u << d);
    return reject;
}

// ---------------------------------------------------------------------------
// Counting

inline void FilterEngine::apply(const Row &r, quint16 groups, qint32 sign) {
    FilterCounts &c = m_counts;
    if (groups & groupBit(Group::Selected))
        c.selected += sign;
    if (groups & groupBit(Group::Date))
        c.date.bins[r.dateBin] += sign;
    if (groups & groupBit(Group::Country))
        c.country[r.country] += sign;
    if (groups & groupBit(Group::Region))
        c.region[r.region] += sign;
    if (groups & groupBit(Group::Department))
        c.department[r.department] += sign;
    if (groups & groupBit(Group::AttackType))
        for (quint32 m = r.attack; m; m &= m - 1)
            c.attackType[size_t(__builtin_ctz(m))] += sign;
    if (groups & groupBit(Group::VictimKind))
        c.victimKind[r.kind] += sign;
    if (groups & groupBit(Group::DataCompromised))
        for (quint32 m = r.data; m; m &= m - 1)
            c.dataCompromised[size_t(__builtin_ctz(m))] += sign;
    if (groups & groupBit(Group::Impact))
        for (quint32 m = r.impact; m; m &= m - 1)
            c.impact[size_t(__builtin_ctz(m))] += sign;
    if (groups & groupBit(Group::ThreatActor))
        c.threatActor[r.actor] += sign;
    if (groups & groupBit(Group::Ransom))
        c.ransom[r.ransom] += sign;
}

inline void FilterEngine::flip(Row &r, quint16 bit) {
    const quint16 before = m_contribution[r.reject];
    r.reject ^= bit;
    const quint16 after = m_contribution[r.reject];
    if (before == after)
        return;
    if (const quint16 gained = after & ~before)
        apply(r, gained, +1);
    if (const quint16 lost = before & ~after)
        apply(r, lost, -1);
}

void FilterEngine::countAll() {
    FilterCounts &c = m_counts;
    c.selected = 0;
    c.total = m_snapshot.liveCount();
    c.date.bins.assign(size_t(m_undatedBin) + 1, 0);
    std::fill(c.country.begin(), c.country.end(), 0);
    std::fill(c.region.begin(), c.region.end(), 0);
    std::fill(c.department.begin(), c.department.end(), 0);
    std::fill(c.threatActor.begin(), c.threatActor.end(), 0);
    c.attackType.fill(0);
    c.victimKind.fill(0);
    c.dataCompromised.fill(0);
    c.impact.fill(0);
    c.ransom.fill(0);
    for (const Row &r : m_rows)
        if (const quint16 groups = m_contribution[r.reject])
            apply(r, groups, +1);
}

// ---------------------------------------------------------------------------
// Changes

void FilterEngine::setSpec(const FilterSpec &spec) {
    if (spec.dateField != m_dateField) {
        m_spec = spec;
        build();
        return;
    }
    const FilterSpec old = m_spec;
    m_spec = spec;
    if (old.from != spec.from || old.to != spec.to)
        changeDimension(Dimension::Date, old);
    if (old.countries != spec.countries)
        changeDimension(Dimension::Country, old);
    if (old.regions != spec.regions)
        changeDimension(Dimension::Region, old);
    if (old.departments != spec.departments)
        changeDimension(Dimension::Department, old);
    if (old.attackTypes != spec.attackTypes)
        changeDimension(Dimension::AttackType, old);
    if (old.victimKinds != spec.victimKinds)
        changeDimension(Dimension::VictimKind, old);
    if (old.dataCompromised != spec.dataCompromised)
        changeDimension(Dimension::DataCompromised, old);
    if (old.impacts != spec.impacts)
        changeDimension(Dimension::Impact, old);
    if (old.threatActors != spec.threatActors)
        changeDimension(Dimension::ThreatActor, old);
    if (old.ransomDemanded != spec.ransomDemanded)
        changeDimension(Dimension::Ransom, old);
}

void FilterEngine::changeDimension(Dimension d, const FilterSpec &old) {
    const quint16 bit = bitOf(d);
    // Visits the rows of the codes whose pass/fail changed, and flips those
    // whose bit disagrees with the new filter.
    auto byCode = [&](std::vector<std::vector<quint32>> &buckets, std::vector<quint8> &table,
                      const QStringList &values, const Dictionary &dict) {
        std::vector<quint8> next = codeTable(values, dict);
        for (size_t code = 0; code < buckets.size(); ++code) {
            const bool was = tablePasses(table, quint32(code));
            const bool now = tablePasses(next, quint32(code));
            if (was == now)
                continue;
            for (quint32 pos : buckets[code]) {
                Row &r = m_rows[pos];
                if (bool(r.reject & bit) == now)
                    flip(r, bit);
            }
        }
        table = std::move(next);
    };
    auto byMask = [&](auto &buckets, quint32 &mask, quint32 next, bool valueIsBit) {
        for (size_t v = 0; v < buckets.size(); ++v) {
            const quint32 bits = valueIsBit ? (1u << v) : quint32(v);
            const bool was = !mask || (bits & mask);
            const bool now = !next || (bits & next);
            if (was == now)
                continue;
            for (quint32 pos : buckets[v]) {
                Row &r = m_rows[pos];
                if (bool(r.reject & bit) == now)
                    flip(r, bit);
            }
        }
        mask = next;
    };
    switch (d) {
    case Dimension::Date: {
        const bool wasActive = old.hasDateRange(), isActive = m_spec.hasDateRange();
        const qint32 a = wasActive ? old.firstDay() : farPast;
        const qint32 b = wasActive ? old.lastDay() : farFuture;
        const qint32 c = isActive ? m_spec.firstDay() : farPast;
        const qint32 e = isActive ? m_spec.lastDay() : farFuture;
        prepareTables(m_spec); // only the date table differs
        // A row's pass can change only when its bin's first day lies near a
        // moved end: [min(a,c) - maxSpan, max(a,c)] or [min(b,e), max(b,e)].
        auto first = m_sortKey.begin(), last = m_sortKey.begin() + m_undatedBegin;
        auto range = [&](qint32 lo, qint32 hi) {
            return std::pair<qint32, qint32>(qint32(std::lower_bound(first, last, lo) - first),
                                             qint32(std::upper_bound(first, last, hi) - first));
        };
        std::vector<std::pair<qint32, qint32>> spans = {
            range(std::min(a, c) - m_maxSpan, std::max(a, c)),
            range(std::min(b, e), std::max(b, e))};
        if (wasActive != isActive)
            spans.emplace_back(m_undatedBegin, m_sortedEnd);
        spans.emplace_back(m_sortedEnd, qint32(m_rows.size()));
        std::sort(spans.begin(), spans.end());
        qint32 done = 0;
        for (auto [lo, hi] : spans) {
            for (qint32 p = std::max(lo, done); p < hi; ++p) {
                Row &r = m_rows[size_t(p)];
                const bool now = m_datePass.empty() || m_datePass[r.dateBin];
                if (bool(r.reject & bit) == now)
                    flip(r, bit);
            }
            done = std::max(done, hi);
        }
        break;
    }
    case Dimension::Country:
        byCode(m_countryRows, m_countryPass, m_spec.countries, m_snapshot.countries());
        break;
    case Dimension::Region:
        byCode(m_regionRows, m_regionPass, m_spec.regions, m_snapshot.regions());
        break;
    case Dimension::Department:
        byCode(m_departmentRows, m_departmentPass, m_spec.departments, m_snapshot.departments());
        break;
    case Dimension::ThreatActor:
        byCode(m_actorRows, m_actorPass, m_spec.threatActors, m_snapshot.threatActors());
        break;
    case Dimension::AttackType:
        byMask(m_attackRows, m_attackMask, m_spec.attackTypes.bits(), false);
        break;
    case Dimension::DataCompromised:
        byMask(m_dataRows, m_dataMask, m_spec.dataCompromised.bits(), false);
        break;
    case Dimension::Impact:
        byMask(m_impactRows, m_impactMask, m_spec.impacts.bits(), false);
        break;
    case Dimension::VictimKind:
        byMask(m_kindRows, m_kindMask, kindMaskOf(m_spec.victimKinds), true);
        break;
    case Dimension::Ransom:
        byMask(m_ransomRows, m_ransomMask, ransomMaskOf(m_spec.ransomDemanded), true);
        break;
    case Dimension::Text:
        for (Row &r : m_rows)
            if (bool(r.reject & bit) == passes(Dimension::Text, r))
                flip(r, bit);
        break;
    }
}

void FilterEngine::setTextMatches(std::optional<std::vector<qint64>> sortedDbIds) {
    m_textMatches = std::move(sortedDbIds);
    m_textPass.clear();
    if (m_textMatches) {
        m_textPass.assign(size_t(m_snapshot.size()), 0);
        for (qint64 id : *m_textMatches)
            if (const qint32 row = m_snapshot.rowOf(id); row >= 0)
                m_textPass[size_t(row)] = 1;
    }
    changeDimension(Dimension::Text, m_spec);
}

// ---------------------------------------------------------------------------
// Incremental updates

void FilterEngine::appendRow(qint32 snapshotRow) {
    Row r = makeRow(snapshotRow);
    const bool outside =
        m_snapshot.precision(m_dateField, snapshotRow) != PartialDate::Precision::None &&
        (m_snapshot.day(m_dateField, snapshotRow) < m_counts.date.firstDay ||
         m_snapshot.day(m_dateField, snapshotRow) >=
             m_counts.date.firstDay + m_counts.date.dayCount);
    const bool newSpan =
        (r.dateBin >= quint32(m_yearBase) && r.dateBin < quint32(m_undatedBin) &&
         m_maxSpan < 365) ||
        (r.dateBin >= quint32(m_monthBase) && r.dateBin < quint32(m_yearBase) && m_maxSpan < 30);
    if (outside || newSpan) {
        build(); // the date bins or the candidate window must grow
        return;
    }
    if (m_snapshot.countries().size() > m_counts.country.size() ||
        m_snapshot.regions().size() > m_counts.region.size() ||
        m_snapshot.departments().size() > m_counts.department.size() ||
        m_snapshot.threatActors().size() > m_counts.threatActor.size()) {
        resizeCodeCounts();
        // A value new to the dictionary may be one the spec already names.
        prepareTables(m_spec);
    }
    if (m_textMatches && m_textPass.size() < size_t(m_snapshot.size()))
        m_textPass.resize(size_t(m_snapshot.size()), 0);
    r.reject = rejectionOf(r);
    const auto pos = quint32(m_rows.size());
    m_rows.push_back(r);
    if (m_position.size() <= size_t(snapshotRow))
        m_position.resize(size_t(snapshotRow) + 1, -1);
    m_position[size_t(snapshotRow)] = qint32(pos);
    m_countryRows[r.country].push_back(pos);
    m_regionRows[r.region].push_back(pos);
    m_departmentRows[r.department].push_back(pos);
    m_actorRows[r.actor].push_back(pos);
    m_attackRows[r.attack].push_back(pos);
    m_dataRows[r.data].push_back(pos);
    m_impactRows[r.impact].push_back(pos);
    m_kindRows[r.kind].push_back(pos);
    m_ransomRows[r.ransom].push_back(pos);
    if (const quint16 groups = m_contribution[r.reject])
        apply(r, groups, +1);
}

void FilterEngine::rowChanged(qint32 snapshotRow) {
    if (size_t(snapshotRow) < m_position.size() && m_position[size_t(snapshotRow)] >= 0) {
        Row &old = m_rows[size_t(m_position[size_t(snapshotRow)])];
        flip(old, removedBit); // leaves every group
        m_position[size_t(snapshotRow)] = -1;
        ++m_dead;
    }
    m_counts.total = m_snapshot.liveCount();
    if (!m_snapshot.isRemoved(snapshotRow))
        appendRow(snapshotRow);
    maybeRebuild();
}

void FilterEngine::maybeRebuild() {
    const auto rows = qint32(m_rows.size());
    const qint32 tail = rows - m_sortedEnd;
    if (tail > std::max(65536, rows / 16) || m_dead > std::max(65536, rows / 4))
        build();
}

// ---------------------------------------------------------------------------
// Reading

bool FilterEngine::isSelected(qint32 snapshotRow) const {
    if (size_t(snapshotRow) >= m_position.size() || m_position[size_t(snapshotRow)] < 0)
        return false;
    return m_rows[size_t(m_position[size_t(snapshotRow)])].reject == 0;
}

QList<qint64> FilterEngine::selectedIds() const {
    std::vector<qint32> rows;
    rows.reserve(size_t(m_counts.selected));
    for (const Row &r : m_rows)
        if (r.reject == 0)
            rows.push_back(r.snapshotRow);
    std::sort(rows.begin(), rows.end()); // snapshot rows are in id order
    QList<qint64> ids;
    ids.reserve(qsizetype(rows.size()));
    for (qint32 row : rows)
        ids.append(m_snapshot.dbId(row));
    return ids;
}

QList<std::pair<QString, qint32>> FilterEngine::topThreatActors(int n) const {
    std::vector<quint32> codes;
    for (quint32 c = 1; c < m_counts.threatActor.size(); ++c)
        if (m_counts.threatActor[c] > 0)
            codes.push_back(c);
    const auto keep = std::min<size_t>(size_t(std::max(n, 0)), codes.size());
    std::partial_sort(
        codes.begin(), codes.begin() + qsizetype(keep), codes.end(), [this](quint32 a, quint32 b) {
            const qint32 ca = m_counts.threatActor[a], cb = m_counts.threatActor[b];
            return ca != cb
                       ? ca > cb
                       : m_snapshot.threatActors().value(a) < m_snapshot.threatActors().value(b);
        });
    QList<std::pair<QString, qint32>> out;
    for (size_t i = 0; i < keep; ++i)
        out.append({m_snapshot.threatActors().value(codes[i]), m_counts.threatActor[codes[i]]});
    return out;
}

} // namespace vigie::filter
