// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilterEngine.h"

#include <QDate>

#include <algorithm>
#include <climits>
#include <numeric>

namespace vigie::filter {

namespace {

constexpr quint16 bitOf(Dimension d)
{
    return quint16(1u << unsigned(d));
}

constexpr quint16 groupBit(Group g)
{
    return quint16(1u << unsigned(g));
}

constexpr qint32 farPast = -(1 << 30);
constexpr qint32 farFuture = 1 << 30;

// Pass table of a code dimension: empty when the filter is off; codes of
// values that no incident has are simply absent.
std::vector<quint8> codeTable(const QStringList &values, const Dictionary &dict)
{
    std::vector<quint8> table;
    if (values.isEmpty())
        return table;
    table.assign(dict.size(), 0);
    for (const QString &v : values)
        if (const qint64 code = dict.find(v); code > 0)
            table[size_t(code)] = 1;
    return table;
}

bool tablePasses(const std::vector<quint8> &table, quint32 code)
{
    return table.empty() || (code < table.size() && table[code]);
}

quint32 kindMaskOf(const VictimKinds &kinds)
{
    // Snapshot kind codes are VictimKind + 1 (0: not stated).
    return kinds.bits() << 1;
}

quint32 ransomMaskOf(const std::optional<bool> &ransom)
{
    return ransom ? (*ransom ? 2u : 1u) : 0u;
}

} // namespace

// ---------------------------------------------------------------------------
// Construction

FilterEngine::FilterEngine(const Snapshot &snapshot, const FilterSpec &spec)
    : m_snapshot(snapshot)
    , m_spec(spec)
    , m_dateField(spec.dateField)
{
    for (int g = 0; g < groupCount; ++g)
        m_groupIgnores[size_t(g)] = g == int(Group::Selected) ? 0 : quint16(1u << (g - 1));
    const quint16 map = bitOf(Dimension::Region) | bitOf(Dimension::Department);
    m_groupIgnores[size_t(Group::Region)] = map;
    m_groupIgnores[size_t(Group::Department)] = map;
    build();
}

void FilterEngine::setGroupIgnores(Group group, quint16 dimensions)
{
    m_groupIgnores[size_t(group)] = dimensions;
    countAll();
}

void FilterEngine::rebuild()
{
    build();
}

void FilterEngine::layoutDates()
{
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

quint32 FilterEngine::dateBinOf(qint32 row) const
{
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

void FilterEngine::resizeCodeCounts()
{
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

void FilterEngine::build()
{
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

    m_rows = live;
    const size_t capacity = size_t(live) + size_t(live) / 8 + 1024;
    auto sized = [&](auto &v) {
        v.clear();
        v.reserve(capacity);
        v.resize(size_t(live));
    };
    sized(m_dateBin);
    sized(m_actor);
    sized(m_country);
    sized(m_region);
    sized(m_department);
    sized(m_attack);
    sized(m_kind);
    sized(m_data);
    sized(m_impact);
    sized(m_ransom);
    sized(m_snapshotRow);
    m_position.assign(size_t(m_snapshot.size()), -1);
    m_position.reserve(capacity);
    for (qint32 i = 0; i < m_snapshot.size(); ++i) {
        if (m_snapshot.isRemoved(i))
            continue;
        const auto p = size_t(binStart[rowBin[size_t(i)]]++);
        m_dateBin[p] = rowBin[size_t(i)];
        m_actor[p] = m_snapshot.threatActor(i);
        m_country[p] = m_snapshot.country(i);
        m_region[p] = m_snapshot.region(i);
        m_department[p] = m_snapshot.department(i);
        m_attack[p] = quint16(m_snapshot.attackTypes(i) & 0x1ff);
        m_kind[p] = m_snapshot.victimKindCode(i);
        m_data[p] = quint8(m_snapshot.dataCompromised(i) & 0x7f);
        m_impact[p] = quint8(m_snapshot.impacts(i) & 0x7f);
        m_ransom[p] = m_snapshot.ransomDemanded(i) ? 1 : 0;
        m_snapshotRow[p] = i;
        m_position[size_t(i)] = qint32(p);
    }
    m_sortedEnd = live;
    m_sortKey.resize(size_t(live));
    m_undatedBegin = live;
    for (qint32 p = 0; p < live; ++p) {
        m_sortKey[size_t(p)] = m_binFirst[m_dateBin[size_t(p)]];
        if (m_dateBin[size_t(p)] == quint32(m_undatedBin) && m_undatedBegin == live)
            m_undatedBegin = p;
    }
    m_dead = 0;

    for (auto *v : {&m_countryRows, &m_regionRows, &m_departmentRows, &m_actorRows})
        v->clear();
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
        const auto i = size_t(p);
        const auto pos = quint32(p);
        m_countryRows[m_country[i]].push_back(pos);
        m_regionRows[m_region[i]].push_back(pos);
        m_departmentRows[m_department[i]].push_back(pos);
        m_actorRows[m_actor[i]].push_back(pos);
        m_attackRows[m_attack[i]].push_back(pos);
        m_dataRows[m_data[i]].push_back(pos);
        m_impactRows[m_impact[i]].push_back(pos);
        m_kindRows[m_kind[i]].push_back(pos);
        m_ransomRows[m_ransom[i]].push_back(pos);
    }

    buildDense();
    prepareTables(m_spec);
    m_textPass.clear();
    if (m_textMatches) {
        m_textPass.assign(size_t(m_snapshot.size()), 0);
        for (qint64 id : *m_textMatches)
            if (const qint32 row = m_snapshot.rowOf(id); row >= 0)
                m_textPass[size_t(row)] = 1;
    }
    const size_t words = (capacity + 63) / 64;
    for (Bits &b : m_pass) {
        b.clear();
        b.reserve(words);
        b.resize((size_t(live) + 63) / 64, 0);
    }
    m_change.assign(words, 0);
    m_changeFirst = m_changeEnd = 0;
    for (qint32 p = 0; p < live; ++p)
        setRowBits(p, rowPassMask(p));
    countAll();
}

// Codes holding at least 1/64 of the rows also get a bitmap: a change marks
// their rows 64 at a time (a bitmap costs what a 1/32 row list costs).
void FilterEngine::buildDense()
{
    const size_t words = m_pass[liveDimension].capacity();
    const size_t threshold = std::max<size_t>(64, size_t(m_rows) / 64);
    auto one = [&](Dimension d, const auto &buckets) {
        std::vector<Bits> &dense = m_dense[size_t(d)];
        dense.assign(buckets.size(), Bits());
        for (size_t code = 0; code < buckets.size(); ++code) {
            if (buckets[code].size() < threshold)
                continue;
            dense[code].reserve(words);
            dense[code].resize((size_t(m_rows) + 63) / 64, 0);
            for (quint32 p : buckets[code])
                dense[code][p >> 6] |= 1ULL << (p & 63);
        }
    };
    one(Dimension::Country, m_countryRows);
    one(Dimension::Region, m_regionRows);
    one(Dimension::Department, m_departmentRows);
    one(Dimension::ThreatActor, m_actorRows);
    one(Dimension::AttackType, m_attackRows);
    one(Dimension::DataCompromised, m_dataRows);
    one(Dimension::Impact, m_impactRows);
    one(Dimension::VictimKind, m_kindRows);
    one(Dimension::Ransom, m_ransomRows);
}

void FilterEngine::addToDense(Dimension d, size_t code, qint32 p)
{
    std::vector<Bits> &dense = m_dense[size_t(d)];
    if (code >= dense.size() || dense[code].empty())
        return;
    dense[code].resize((size_t(m_rows) + 63) / 64, 0);
    dense[code][size_t(p) >> 6] |= 1ULL << (p & 63);
}

void FilterEngine::prepareDateTable(const FilterSpec &spec)
{
    m_datePass.clear();
    if (spec.hasDateRange()) {
        const qint32 lo = spec.firstDay(), hi = spec.lastDay();
        m_datePass.resize(m_binFirst.size());
        for (size_t b = 0; b + 1 < m_binFirst.size(); ++b)
            m_datePass[b] = m_binFirst[b] <= hi && m_binLast[b] >= lo;
    }
}

void FilterEngine::prepareTables(const FilterSpec &spec)
{
    prepareDateTable(spec);
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

bool FilterEngine::passes(int d, qint32 p) const
{
    const auto i = size_t(p);
    switch (Dimension(d)) {
    case Dimension::Date:
        return m_datePass.empty() || m_datePass[m_dateBin[i]];
    case Dimension::Country:
        return tablePasses(m_countryPass, m_country[i]);
    case Dimension::Region:
        return tablePasses(m_regionPass, m_region[i]);
    case Dimension::Department:
        return tablePasses(m_departmentPass, m_department[i]);
    case Dimension::AttackType:
        return !m_attackMask || (m_attack[i] & m_attackMask);
    case Dimension::VictimKind:
        return !m_kindMask || ((1u << m_kind[i]) & m_kindMask);
    case Dimension::DataCompromised:
        return !m_dataMask || (m_data[i] & m_dataMask);
    case Dimension::Impact:
        return !m_impactMask || (m_impact[i] & m_impactMask);
    case Dimension::ThreatActor:
        return tablePasses(m_actorPass, m_actor[i]);
    case Dimension::Ransom:
        return !m_ransomMask || ((1u << m_ransom[i]) & m_ransomMask);
    case Dimension::Text:
        return !m_textMatches || (size_t(m_snapshotRow[i]) < m_textPass.size() &&
                                  m_textPass[size_t(m_snapshotRow[i])]);
    }
    return true;
}

quint16 FilterEngine::rowPassMask(qint32 p) const
{
    quint16 mask = quint16(1u << liveDimension);
    for (int d = 0; d < dimensionCount; ++d)
        if (passes(d, p))
            mask |= quint16(1u << d);
    return mask;
}

void FilterEngine::setRowBits(qint32 p, quint16 passMask)
{
    const size_t w = size_t(p) >> 6;
    const quint64 bit = 1ULL << (p & 63);
    for (int d = 0; d < bitmapCount; ++d) {
        if (passMask & (1u << d))
            m_pass[size_t(d)][w] |= bit;
        else
            m_pass[size_t(d)][w] &= ~bit;
    }
}

// The dimensions with a filter: the others let every incident through, so
// their bitmaps are all ones and the ANDs skip them.
quint16 FilterEngine::activeDimensions() const
{
    quint16 active = 0;
    auto on = [&active](Dimension d, bool is) {
        if (is)
            active |= bitOf(d);
    };
    on(Dimension::Date, !m_datePass.empty());
    on(Dimension::Country, !m_countryPass.empty());
    on(Dimension::Region, !m_regionPass.empty());
    on(Dimension::Department, !m_departmentPass.empty());
    on(Dimension::AttackType, m_attackMask != 0);
    on(Dimension::VictimKind, m_kindMask != 0);
    on(Dimension::DataCompromised, m_dataMask != 0);
    on(Dimension::Impact, m_impactMask != 0);
    on(Dimension::ThreatActor, !m_actorPass.empty());
    on(Dimension::Ransom, m_ransomMask != 0);
    on(Dimension::Text, m_textMatches.has_value());
    return active;
}

// ---------------------------------------------------------------------------
// Counting

namespace {

// The distinct sets of bitmaps the groups AND together, so that groups that
// need the same set (region and department) share one AND per word.
struct GroupPlan {
    struct Need {
        std::array<const quint64 *, 16> bitmaps{};
        int count = 0;
    };
    std::array<Need, groupCount> needs;
    int needCount = 0;
    std::array<int, groupCount> needOf{};   // per group, -1 when not counted
    std::array<Group, groupCount> groups{}; // the counted groups
    int groupCount_ = 0;

    quint64 andAt(int need, size_t w) const
    {
        const Need &n = needs[size_t(need)];
        quint64 a = ~0ULL;
        for (int k = 0; k < n.count; ++k)
            a &= n.bitmaps[size_t(k)][w];
        return a;
    }
};

} // namespace

// The plan for counting every group that does not ignore `skip` (-1: all
// groups), over the active dimensions' bitmaps and the live bitmap.
static GroupPlan makePlan(const std::array<quint16, groupCount> &ignores,
                          const std::array<std::vector<quint64>, dimensionCount + 1> &pass,
                          int skip, quint16 active)
{
    GroupPlan plan;
    std::array<quint16, groupCount> sets{};
    const quint16 skipBit = skip >= 0 ? quint16(1u << unsigned(skip)) : quint16(0);
    const quint16 live = quint16(1u << dimensionCount);
    for (int g = 0; g < groupCount; ++g) {
        plan.needOf[size_t(g)] = -1;
        const quint16 ign = ignores[size_t(g)];
        if (ign & skipBit)
            continue;
        const quint16 dims = quint16(((active & ~ign) | live) & ~skipBit);
        int found = -1;
        for (int k = 0; k < plan.needCount; ++k)
            if (sets[size_t(k)] == dims)
                found = k;
        if (found < 0) {
            found = plan.needCount++;
            sets[size_t(found)] = dims;
            GroupPlan::Need &need = plan.needs[size_t(found)];
            for (int d = 0; d <= dimensionCount; ++d)
                if (dims & (1u << d))
                    need.bitmaps[size_t(need.count++)] = pass[size_t(d)].data();
        }
        plan.needOf[size_t(g)] = found;
        plan.groups[size_t(plan.groupCount_++)] = Group(g);
    }
    return plan;
}

void FilterEngine::addGroupBits(Group g, qint32 word, quint64 bits, qint32 sign)
{
    FilterCounts &c = m_counts;
    const size_t base = size_t(word) * 64;
    switch (g) {
    case Group::Selected:
        c.selected += sign * __builtin_popcountll(bits);
        return;
    case Group::Date:
        for (; bits; bits &= bits - 1)
            c.date.bins[m_dateBin[base + size_t(__builtin_ctzll(bits))]] += sign;
        return;
    case Group::Country:
        for (; bits; bits &= bits - 1)
            c.country[m_country[base + size_t(__builtin_ctzll(bits))]] += sign;
        return;
    case Group::Region:
        for (; bits; bits &= bits - 1)
            c.region[m_region[base + size_t(__builtin_ctzll(bits))]] += sign;
        return;
    case Group::Department:
        for (; bits; bits &= bits - 1)
            c.department[m_department[base + size_t(__builtin_ctzll(bits))]] += sign;
        return;
    case Group::AttackType:
        for (; bits; bits &= bits - 1)
            for (quint32 m = m_attack[base + size_t(__builtin_ctzll(bits))]; m; m &= m - 1)
                c.attackType[size_t(__builtin_ctz(m))] += sign;
        return;
    case Group::VictimKind:
        for (; bits; bits &= bits - 1)
            c.victimKind[m_kind[base + size_t(__builtin_ctzll(bits))]] += sign;
        return;
    case Group::DataCompromised:
        for (; bits; bits &= bits - 1)
            for (quint32 m = m_data[base + size_t(__builtin_ctzll(bits))]; m; m &= m - 1)
                c.dataCompromised[size_t(__builtin_ctz(m))] += sign;
        return;
    case Group::Impact:
        for (; bits; bits &= bits - 1)
            for (quint32 m = m_impact[base + size_t(__builtin_ctzll(bits))]; m; m &= m - 1)
                c.impact[size_t(__builtin_ctz(m))] += sign;
        return;
    case Group::ThreatActor:
        for (; bits; bits &= bits - 1)
            c.threatActor[m_actor[base + size_t(__builtin_ctzll(bits))]] += sign;
        return;
    case Group::Ransom:
        for (; bits; bits &= bits - 1)
            c.ransom[m_ransom[base + size_t(__builtin_ctzll(bits))]] += sign;
        return;
    }
}

void FilterEngine::countAll()
{
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
    const GroupPlan plan = makePlan(m_groupIgnores, m_pass, -1, activeDimensions());
    const auto words = qint32(m_pass[liveDimension].size());
    std::array<quint64, groupCount> ands{};
    for (qint32 w = 0; w < words; ++w) {
        for (int k = 0; k < plan.needCount; ++k)
            ands[size_t(k)] = plan.andAt(k, size_t(w));
        for (int k = 0; k < plan.groupCount_; ++k) {
            const Group g = plan.groups[size_t(k)];
            if (const quint64 bits = ands[size_t(plan.needOf[size_t(g)])])
                addGroupBits(g, w, bits, +1);
        }
    }
}

// The rows set in `change` flip their bit of `dimension`; the groups that
// do not ignore it gain the rows that now pass everything they look at and
// lose the ones that passed before.
void FilterEngine::applyChange(int d, const Bits &change, qint32 firstWord, qint32 endWord)
{
    const GroupPlan plan = makePlan(m_groupIgnores, m_pass, d, activeDimensions());
    quint64 *pass = m_pass[size_t(d)].data();
    std::array<quint64, groupCount> ands{};
    for (qint32 w = firstWord; w < endWord; ++w) {
        const quint64 ch = change[size_t(w)];
        if (!ch)
            continue;
        const quint64 now = pass[w] ^ ch;
        pass[w] = now;
        const quint64 gained = ch & now, lost = ch & ~now;
        for (int k = 0; k < plan.needCount; ++k)
            ands[size_t(k)] = plan.andAt(k, size_t(w));
        for (int k = 0; k < plan.groupCount_; ++k) {
            const Group g = plan.groups[size_t(k)];
            const quint64 a = ands[size_t(plan.needOf[size_t(g)])];
            if (const quint64 bits = gained & a)
                addGroupBits(g, w, bits, +1);
            if (const quint64 bits = lost & a)
                addGroupBits(g, w, bits, -1);
        }
    }
}

void FilterEngine::clearChange()
{
    std::fill(m_change.begin() + m_changeFirst, m_change.begin() + m_changeEnd, 0);
    m_changeFirst = m_changeEnd = 0;
}

// ---------------------------------------------------------------------------
// Changes

void FilterEngine::setSpec(const FilterSpec &spec)
{
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

void FilterEngine::changeDimension(Dimension d, const FilterSpec &old)
{
    const int dim = int(d);
    quint64 *change = m_change.data();
    qint32 lowWord = INT_MAX, highWord = -1;
    auto mark = [&](quint32 p) { change[p >> 6] |= 1ULL << (p & 63); };
    auto touch = [&](qint32 from, qint32 to) {
        if (from < to) {
            lowWord = std::min(lowWord, from >> 6);
            highWord = std::max(highWord, (to - 1) >> 6);
        }
    };
    auto markRange = [&](qint32 from, qint32 to) {
        if (from >= to)
            return;
        const qint32 w0 = from >> 6, w1 = (to - 1) >> 6;
        const quint64 head = ~0ULL << (from & 63), tail = ~0ULL >> (63 - ((to - 1) & 63));
        if (w0 == w1) {
            change[w0] |= head & tail;
        } else {
            change[w0] |= head;
            std::fill(change + w0 + 1, change + w1, ~0ULL);
            change[w1] |= tail;
        }
        touch(from, to);
    };
    // The rows of one code: 64 at a time from its bitmap when it has one.
    const std::vector<Bits> &dense = m_dense[size_t(dim)];
    auto markBucket = [&](size_t code, const std::vector<quint32> &rows) {
        if (rows.empty())
            return;
        const auto w0 = qint32(rows.front() >> 6), w1 = qint32(rows.back() >> 6);
        if (code < dense.size() && !dense[code].empty()) {
            const quint64 *bits = dense[code].data();
            for (qint32 w = w0; w <= w1; ++w)
                change[w] |= bits[w];
        } else {
            for (quint32 p : rows)
                mark(p);
        }
        lowWord = std::min(lowWord, w0);
        highWord = std::max(highWord, w1);
    };
    // Every row of a code whose pass changed flips (a row's pass depends on
    // its code only).
    auto byCode = [&](std::vector<std::vector<quint32>> &buckets, std::vector<quint8> &table,
                      const QStringList &values, const Dictionary &dict) {
        std::vector<quint8> next = codeTable(values, dict);
        for (size_t code = 0; code < buckets.size(); ++code)
            if (tablePasses(table, quint32(code)) != tablePasses(next, quint32(code)))
                markBucket(code, buckets[code]);
        table = std::move(next);
    };
    auto byMask = [&](auto &buckets, quint32 &mask, quint32 next, bool valueIsBit) {
        for (size_t v = 0; v < buckets.size(); ++v) {
            const quint32 bits = valueIsBit ? (1u << v) : quint32(v);
            if ((!mask || (bits & mask)) != (!next || (bits & next)))
                markBucket(v, buckets[v]);
        }
        mask = next;
    };
    // Rows whose pass on `dim` must be recomputed one by one.
    auto byRow = [&](qint32 from, qint32 to) {
        const quint64 *pass = m_pass[size_t(dim)].data();
        for (qint32 p = from; p < to; ++p) {
            const bool was = pass[p >> 6] & (1ULL << (p & 63));
            if (was != passes(dim, p))
                mark(quint32(p));
        }
        touch(from, to);
    };
    switch (d) {
    case Dimension::Date: {
        const bool wasActive = old.hasDateRange(), isActive = m_spec.hasDateRange();
        const qint32 a = wasActive ? old.firstDay() : farPast;
        const qint32 b = wasActive ? old.lastDay() : farFuture;
        const qint32 c = isActive ? m_spec.firstDay() : farPast;
        const qint32 e = isActive ? m_spec.lastDay() : farFuture;
        // The other tables keep describing the bitmaps until their own turn.
        prepareDateTable(m_spec);
        // Split the first days at every point where the old or the new
        // range changes its verdict: rows of a segment where both verdicts
        // are certain flip all together (or none do); only the rows whose
        // bin may straddle an end (first day within maxSpan before it) and
        // the unsorted tail are checked one by one.
        auto verdict = [this](qint32 f, bool active, qint32 lo, qint32 hi) {
            if (!active)
                return 1;
            if (f > hi)
                return 0;
            if (f >= lo)
                return 1;
            return f < lo - m_maxSpan ? 0 : 2; // 2: depends on the bin's last day
        };
        std::array<qint32, 7> cuts = {farPast - 400, a - m_maxSpan, a, b + 1, c - m_maxSpan, c,
                                      e + 1};
        std::sort(cuts.begin(), cuts.end());
        auto first = m_sortKey.begin(), last = m_sortKey.begin() + m_undatedBegin;
        const quint8 *table = m_datePass.empty() ? nullptr : m_datePass.data();
        const quint64 *pass = m_pass[size_t(dim)].data();
        auto dateRows = [&](qint32 from, qint32 to) {
            for (qint32 p = from; p < to; ++p) {
                const bool was = pass[p >> 6] & (1ULL << (p & 63));
                if (was != (!table || table[m_dateBin[size_t(p)]]))
                    mark(quint32(p));
            }
            touch(from, to);
        };
        for (size_t k = 0; k < cuts.size(); ++k) {
            if (k + 1 < cuts.size() && cuts[k] == cuts[k + 1])
                continue;
            const qint32 from = qint32(std::lower_bound(first, last, cuts[k]) - first);
            const qint32 to = k + 1 < cuts.size()
                                  ? qint32(std::lower_bound(first, last, cuts[k + 1]) - first)
                                  : m_undatedBegin;
            if (from >= to)
                continue;
            const int was = verdict(cuts[k], wasActive, a, b);
            const int now = verdict(cuts[k], isActive, c, e);
            if (was == 2 || now == 2)
                dateRows(from, to);
            else if (was != now)
                markRange(from, to);
        }
        if (wasActive != isActive)
            markRange(m_undatedBegin, m_sortedEnd); // "no date" fails any range
        dateRows(m_sortedEnd, m_rows);
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
        byRow(0, m_rows);
        break;
    }
    if (highWord < 0)
        return;
    m_changeFirst = lowWord;
    m_changeEnd = highWord + 1;
    applyChange(dim, m_change, m_changeFirst, m_changeEnd);
    clearChange();
}

} // namespace vigie::filter
