// SPDX-License-Identifier: GPL-3.0-or-later
// FilterEngine: text matches, incremental row updates and read-out of the
// selection and groups (construction and spec changes: FilterEngine.cpp).
#include "FilterEngine.h"

#include <algorithm>
#include <numeric>

namespace vigie::filter {

void FilterEngine::setTextMatches(std::optional<std::vector<qint64>> sortedDbIds)
{
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

void FilterEngine::countRow(qint32 p, qint32 sign)
{
    const quint16 active = activeDimensions();
    const size_t w = size_t(p) >> 6;
    const quint64 bit = 1ULL << (p & 63);
    quint16 passing = 0;
    for (int d = 0; d < bitmapCount; ++d)
        if (m_pass[size_t(d)][w] & bit)
            passing |= quint16(1u << d);
    if (!(passing & (1u << liveDimension)))
        return;
    for (int g = 0; g < groupCount; ++g) {
        const quint16 need = active & ~m_groupIgnores[size_t(g)];
        if ((passing & need) == need)
            addGroupBits(Group(g), qint32(w), bit, sign);
    }
}

void FilterEngine::appendRow(qint32 snapshotRow)
{
    const bool dated =
        m_snapshot.precision(m_dateField, snapshotRow) != PartialDate::Precision::None;
    const qint32 day = m_snapshot.day(m_dateField, snapshotRow);
    const bool outside = dated && (day < m_counts.date.firstDay ||
                                   day >= m_counts.date.firstDay + m_counts.date.dayCount);
    const quint32 bin = outside ? 0 : dateBinOf(snapshotRow);
    const bool widerSpan =
        (bin >= quint32(m_yearBase) && bin < quint32(m_undatedBin) && m_maxSpan < 365) ||
        (bin >= quint32(m_monthBase) && bin < quint32(m_yearBase) && m_maxSpan < 30);
    if (outside || widerSpan) {
        build(); // the date bins or the window of date changes must grow
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

    const qint32 p = m_rows++;
    const auto i = snapshotRow;
    m_dateBin.push_back(bin);
    m_actor.push_back(m_snapshot.threatActor(i));
    m_country.push_back(m_snapshot.country(i));
    m_region.push_back(m_snapshot.region(i));
    m_department.push_back(m_snapshot.department(i));
    m_attack.push_back(quint16(m_snapshot.attackTypes(i) & 0x1ff));
    m_kind.push_back(m_snapshot.victimKindCode(i));
    m_data.push_back(quint8(m_snapshot.dataCompromised(i) & 0x7f));
    m_impact.push_back(quint8(m_snapshot.impacts(i) & 0x7f));
    m_ransom.push_back(m_snapshot.ransomDemanded(i) ? 1 : 0);
    m_snapshotRow.push_back(i);
    if (m_position.size() <= size_t(i))
        m_position.resize(size_t(i) + 1, -1);
    m_position[size_t(i)] = p;
    const size_t words = (size_t(m_rows) + 63) / 64;
    for (Bits &b : m_pass)
        b.resize(words, 0);
    if (m_change.size() < words)
        m_change.resize(words + words / 8, 0);
    const auto pos = quint32(p);
    m_countryRows[m_country.back()].push_back(pos);
    m_regionRows[m_region.back()].push_back(pos);
    m_departmentRows[m_department.back()].push_back(pos);
    m_actorRows[m_actor.back()].push_back(pos);
    m_attackRows[m_attack.back()].push_back(pos);
    m_dataRows[m_data.back()].push_back(pos);
    m_impactRows[m_impact.back()].push_back(pos);
    m_kindRows[m_kind.back()].push_back(pos);
    m_ransomRows[m_ransom.back()].push_back(pos);
    addToDense(Dimension::Country, m_country.back(), p);
    addToDense(Dimension::Region, m_region.back(), p);
    addToDense(Dimension::Department, m_department.back(), p);
    addToDense(Dimension::ThreatActor, m_actor.back(), p);
    addToDense(Dimension::AttackType, m_attack.back(), p);
    addToDense(Dimension::DataCompromised, m_data.back(), p);
    addToDense(Dimension::Impact, m_impact.back(), p);
    addToDense(Dimension::VictimKind, m_kind.back(), p);
    addToDense(Dimension::Ransom, m_ransom.back(), p);
    setRowBits(p, rowPassMask(p));
    countRow(p, +1);
}

void FilterEngine::rowChanged(qint32 snapshotRow)
{
    if (size_t(snapshotRow) < m_position.size() && m_position[size_t(snapshotRow)] >= 0) {
        const qint32 p = m_position[size_t(snapshotRow)];
        countRow(p, -1); // leaves every group
        m_pass[liveDimension][size_t(p) >> 6] &= ~(1ULL << (p & 63));
        m_position[size_t(snapshotRow)] = -1;
        ++m_dead;
    }
    m_counts.total = m_snapshot.liveCount();
    if (!m_snapshot.isRemoved(snapshotRow))
        appendRow(snapshotRow);
    maybeRebuild();
}

void FilterEngine::maybeRebuild()
{
    const qint32 tail = m_rows - m_sortedEnd;
    if (tail > std::max(65536, m_rows / 16) || m_dead > std::max(65536, m_rows / 4))
        build();
}

// ---------------------------------------------------------------------------
// Reading

bool FilterEngine::isSelected(qint32 snapshotRow) const
{
    if (size_t(snapshotRow) >= m_position.size() || m_position[size_t(snapshotRow)] < 0)
        return false;
    const qint32 p = m_position[size_t(snapshotRow)];
    const quint16 need = activeDimensions() | quint16(1u << liveDimension);
    for (int d = 0; d < bitmapCount; ++d)
        if ((need & (1u << d)) && !(m_pass[size_t(d)][size_t(p) >> 6] & (1ULL << (p & 63))))
            return false;
    return true;
}

QList<qint64> FilterEngine::selectedIds() const
{
    const quint16 need = activeDimensions() | quint16(1u << liveDimension);
    std::vector<qint32> rows;
    rows.reserve(size_t(m_counts.selected));
    for (size_t w = 0; w < m_pass[liveDimension].size(); ++w) {
        quint64 a = ~0ULL;
        for (int d = 0; d < bitmapCount; ++d)
            if (need & (1u << d))
                a &= m_pass[size_t(d)][w];
        for (; a; a &= a - 1)
            rows.push_back(m_snapshotRow[w * 64 + size_t(__builtin_ctzll(a))]);
    }
    std::sort(rows.begin(), rows.end()); // snapshot rows are in id order
    QList<qint64> ids;
    ids.reserve(qsizetype(rows.size()));
    for (qint32 row : rows)
        ids.append(m_snapshot.dbId(row));
    return ids;
}

std::vector<quint8> FilterEngine::groupMembers(Group group) const
{
    std::vector<quint8> out(size_t(m_snapshot.size()), 0);
    const quint16 need =
        quint16(activeDimensions() & ~m_groupIgnores[size_t(group)]) | quint16(1u << liveDimension);
    for (size_t w = 0; w < m_pass[liveDimension].size(); ++w) {
        quint64 a = ~0ULL;
        for (int d = 0; d < bitmapCount; ++d)
            if (need & (1u << d))
                a &= m_pass[size_t(d)][w];
        for (; a; a &= a - 1) {
            const auto row = size_t(m_snapshotRow[w * 64 + size_t(__builtin_ctzll(a))]);
            if (row < out.size())
                out[row] = 1;
        }
    }
    return out;
}

QList<std::pair<QString, qint32>> FilterEngine::topThreatActors(int n) const
{
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
