// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FilterSpec.h"
#include "Snapshot.h"

#include <QList>

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace vigie::filter {

// The filter dimensions. Each has one bit in a row's rejection mask.
enum class Dimension : quint8 {
    Date,
    Country,
    Region,
    Department,
    AttackType,
    VictimKind,
    DataCompromised,
    Impact,
    ThreatActor,
    Ransom,
    Text,
};
constexpr int dimensionCount = 11;

// The linked groups every view reads. Each ignores the filters of its own
// view: the timeline keeps showing what lies outside its brush, the map
// keeps showing the regions and departments outside the clicked one.
enum class Group : quint8 {
    Selected, // passes every filter
    Date,
    Country,
    Region,
    Department,
    AttackType,
    VictimKind,
    DataCompromised,
    Impact,
    ThreatActor,
    Ransom,
};
constexpr int groupCount = 11;

// Counts over the date bins of the engine's date field. Bins are by day for
// day-precise dates; an incident known to the month (or year) only is counted
// in its month (year) and never placed on a day.
struct DateCounts {
    int firstYear = 0; // the bins cover whole years firstYear..firstYear+years-1
    int years = 0;
    qint32 firstDay = 0; // Julian day of firstYear-01-01
    qint32 dayCount = 0;
    // One vector: a bin per day (day-precise incidents), then a bin per month
    // (incidents known to the month only), then per year (year only), then
    // the "no date" bin.
    std::vector<qint32> bins;
    std::vector<qint32> monthStart; // day offset of each month, years*12 + 1 entries

    std::span<const qint32> days() const { return {bins.data(), size_t(dayCount)}; }
    std::span<const qint32> monthOnly() const
    {
        return {bins.data() + dayCount, size_t(years) * 12};
    }
    std::span<const qint32> yearOnly() const
    {
        return {bins.data() + dayCount + years * 12, size_t(years)};
    }
    qint32 undated() const { return bins.empty() ? 0 : bins.back(); }

    // Every incident of each month (day-precise + month-only); month 0 is
    // January of firstYear.
    std::vector<qint32> months() const;
    void monthsInto(qint32 *out) const;
    std::vector<qint32> perYear() const; // every incident of each year
    // Day-precise incidents per week (weeks start on Monday; week 0 holds
    // firstDay). Month-only incidents are in no week: see monthOnly().
    std::vector<qint32> weeks() const;
    qint32 firstWeekDay() const; // Julian day of the Monday of week 0
};

struct FilterCounts {
    qint32 selected = 0; // incidents passing every filter
    qint32 total = 0;    // incidents in the snapshot
    DateCounts date;
    std::vector<qint32> country, region, department; // by dictionary code (0: not stated)
    std::array<qint32, 16> attackType{};             // by AttackType
    std::array<qint32, 10> victimKind{};             // by snapshot kind code (0: not stated)
    std::array<qint32, 8> dataCompromised{};         // by DataCategory
    std::array<qint32, 8> impact{};                  // by Impact
    std::vector<qint32> threatActor;                 // by dictionary code
    std::array<qint32, 2> ransom{};                  // [not mentioned, demanded]
};

// The linked-filter engine over a Snapshot. It keeps, per dimension, a bit
// per incident telling whether that dimension's filter lets it through
// (columnar bitmaps, 64 incidents per word). An incident counts in a group
// when every dimension but the ones the group ignores lets it through. A
// change to one dimension builds the mask of incidents whose bit flips
// (from the rows sorted by date, or bucket lists per code), and only the
// incidents of that mask that pass every other relevant dimension update
// the counts: 64 incidents are ruled out per AND. A plain class: the QObject
// that owns it (FilterController) notifies the views.
class FilterEngine {
public:
    explicit FilterEngine(const Snapshot &snapshot, const FilterSpec &spec = {});

    // Applies a new spec (its text part aside: see setTextMatches) and updates
    // every group. Only the dimensions that differ are recomputed.
    void setSpec(const FilterSpec &spec);
    const FilterSpec &spec() const { return m_spec; }
    // The incidents the text query matched (sorted database ids), or nullopt
    // for no text filter.
    void setTextMatches(std::optional<std::vector<qint64>> sortedDbIds);
    bool hasTextFilter() const { return m_textMatches.has_value(); }

    // The snapshot row changed (added, updated or removed): O(1) amortised.
    // Snapshot rows must not have moved (after Snapshot::compact() or an
    // insert below the highest id, call rebuild()).
    void rowChanged(qint32 snapshotRow);
    // The snapshot changed beyond single rows.
    void rebuild();

    const FilterCounts &counts() const { return m_counts; }
    bool isSelected(qint32 snapshotRow) const;
    // Database ids of the selected incidents, ascending.
    QList<qint64> selectedIds() const;
    // One byte per snapshot row: 1 when the incident counts in `group` (it
    // passes every filter but those the group ignores), else 0. What a
    // linked view shows row by row (the timeline's "shown" flags, the map's
    // per-area details). O(rows / 64) plus the members.
    std::vector<quint8> groupMembers(Group group) const;
    // The n threat actors with the most incidents under the other filters.
    QList<std::pair<QString, qint32>> topThreatActors(int n) const;

    // Which groups ignore which dimensions (bit per Dimension). By default a
    // group ignores its own dimension, and the region and department groups
    // (the map) ignore both the region and the department filters.
    void setGroupIgnores(Group group, quint16 dimensions);

private:
    using Bits = std::vector<quint64>;
    static constexpr int liveDimension = dimensionCount; // a bit per live (not removed) row
    static constexpr int bitmapCount = dimensionCount + 1;

    void build();
    void layoutDates();
    quint32 dateBinOf(qint32 snapshotRow) const;
    void resizeCodeCounts();
    void prepareTables(const FilterSpec &spec);
    void prepareDateTable(const FilterSpec &spec);
    void buildDense();
    void addToDense(Dimension d, size_t code, qint32 position);
    bool passes(int dimension, qint32 position) const;
    quint16 activeDimensions() const;
    void countAll();
    void changeDimension(Dimension d, const FilterSpec &oldSpec);
    void applyChange(int dimension, const Bits &change, qint32 firstWord, qint32 endWord);
    void addGroupBits(Group g, qint32 word, quint64 bits, qint32 sign);
    void setRowBits(qint32 position, quint16 passMask);
    quint16 rowPassMask(qint32 position) const;
    void countRow(qint32 position, qint32 sign);
    void appendRow(qint32 snapshotRow);
    void maybeRebuild();
    void clearChange();

    const Snapshot &m_snapshot;
    FilterSpec m_spec;
    DateField m_dateField = DateField::Occurred;

    // Columns in engine order: sorted by the first day of the date bin, then
    // a tail of rows added since the last build.
    std::vector<quint32> m_dateBin, m_actor;
    std::vector<quint16> m_country, m_region, m_department, m_attack;
    std::vector<quint8> m_kind, m_data, m_impact, m_ransom;
    std::vector<qint32> m_snapshotRow;
    std::vector<qint32> m_sortKey; // first day of each sorted row's bin
    qint32 m_rows = 0;
    qint32 m_sortedEnd = 0;
    qint32 m_undatedBegin = 0;
    std::vector<qint32> m_position; // snapshot row -> engine row (-1: none)
    qint32 m_dead = 0;

    std::array<Bits, bitmapCount> m_pass;
    Bits m_change; // scratch, all zero between changes
    qint32 m_changeFirst = 0, m_changeEnd = 0;

    // Date bins: days, then months, then years, then one "no date" bin.
    std::vector<qint32> m_binFirst, m_binLast;
    qint32 m_maxSpan = 0;
    qint32 m_monthBase = 0, m_yearBase = 0, m_undatedBin = 0;

    // Engine rows per code, ascending, for the code dimensions.
    std::vector<std::vector<quint32>> m_countryRows, m_regionRows, m_departmentRows, m_actorRows;
    std::array<std::vector<quint32>, 512> m_attackRows;
    std::array<std::vector<quint32>, 128> m_dataRows, m_impactRows;
    std::array<std::vector<quint32>, 10> m_kindRows;
    std::array<std::vector<quint32>, 2> m_ransomRows;
    std::array<std::vector<Bits>, dimensionCount> m_dense; // per code, for the large codes

    // Pass tables of the active filters (empty: no filter).
    std::vector<quint8> m_datePass, m_countryPass, m_regionPass, m_departmentPass, m_actorPass;
    quint32 m_attackMask = 0, m_dataMask = 0, m_impactMask = 0, m_kindMask = 0, m_ransomMask = 0;
    std::optional<std::vector<qint64>> m_textMatches;
    std::vector<quint8> m_textPass; // by snapshot row

    std::array<quint16, groupCount> m_groupIgnores{};
    FilterCounts m_counts;
};

} // namespace vigie::filter
