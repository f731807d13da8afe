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
    std::span<const qint32> monthOnly() const {
        return {bins.data() + dayCount, size_t(years) * 12};
    }
    std::span<const qint32> yearOnly() const {
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

// The linked-filter engine over a Snapshot. It keeps per incident the set of
// dimensions whose filter rejects it; an incident counts in a group when no
// dimension but the ones that group ignores rejects it. A change to one
// dimension visits only the incidents whose pass/fail on that dimension can
// change (rows sorted by date, bucket lists per code), flips their bit, and
// updates the counts of the groups they enter or leave. A plain class: the
// QObject that owns it (FilterController) notifies the views.
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

    // The snapshot row changed (added, updated or removed): O(1) amortised.
    void rowChanged(qint32 snapshotRow);
    // The snapshot changed beyond single rows (compacted, reloaded).
    void rebuild();

    const FilterCounts &counts() const { return m_counts; }
    bool isSelected(qint32 snapshotRow) const;
    // Database ids of the selected incidents, ascending.
    QList<qint64> selectedIds() const;
    // The n threat actors with the most incidents under the other filters.
    QList<std::pair<QString, qint32>> topThreatActors(int n) const;

    // Which groups ignore which dimensions (bit per Dimension). By default a
    // group ignores its own dimension, and the region and department groups
    // (the map) ignore both the region and the department filters.
    void setGroupIgnores(Group group, quint16 dimensions);

private:
    struct Row {
        quint32 dateBin;
        quint32 actor;
        quint16 country, region, department, attack;
        quint16 reject;
        quint8 kind, data, impact, ransom;
        qint32 snapshotRow;
        quint32 spare;
    };
    static_assert(sizeof(Row) == 32);
    static constexpr quint16 removedBit = 0x8000;

    void build();
    void layoutDates();
    quint32 dateBinOf(qint32 snapshotRow) const;
    Row makeRow(qint32 snapshotRow) const;
    void computeContributions();
    void resizeCodeCounts();
    void countAll();
    quint16 rejectionOf(const Row &row) const;
    bool passes(Dimension d, const Row &row) const;
    void prepareTables(const FilterSpec &spec);
    void changeDimension(Dimension d, const FilterSpec &newSpec);
    void appendRow(qint32 snapshotRow);
    void maybeRebuild();

    inline void flip(Row &row, quint16 bit);
    inline void apply(const Row &row, quint16 groups, qint32 sign);
    template<typename F>
    void forCandidates(Dimension d, const FilterSpec &oldSpec, const FilterSpec &newSpec, F &&f);

    const Snapshot &m_snapshot;
    FilterSpec m_spec;
    DateField m_dateField = DateField::Occurred;

    std::vector<Row> m_rows;        // sorted by first day of the date bin, then a tail
    std::vector<qint32> m_sortKey;  // first day of each sorted row's bin
    qint32 m_sortedEnd = 0;         // rows past this were added since the last build
    qint32 m_undatedBegin = 0;      // first undated sorted row
    std::vector<qint32> m_position; // snapshot row -> engine row (-1: none)
    qint32 m_dead = 0;

    // Date bins: days, then months, then years, then one "no date" bin.
    std::vector<qint32> m_binFirst, m_binLast;
    qint32 m_maxSpan = 0; // longest bin, in days
    qint32 m_monthBase = 0, m_yearBase = 0, m_undatedBin = 0;

    // Bucket lists (engine rows, ascending) per code, for the code dimensions.
    std::vector<std::vector<quint32>> m_countryRows, m_regionRows, m_departmentRows, m_actorRows;
    std::array<std::vector<quint32>, 512> m_attackRows;
    std::array<std::vector<quint32>, 128> m_dataRows, m_impactRows;
    std::array<std::vector<quint32>, 10> m_kindRows;
    std::array<std::vector<quint32>, 2> m_ransomRows;

    // Pass tables of the active filters (empty: no filter).
    std::vector<quint8> m_datePass, m_countryPass, m_regionPass, m_departmentPass, m_actorPass;
    quint32 m_attackMask = 0, m_dataMask = 0, m_impactMask = 0, m_kindMask = 0, m_ransomMask = 0;
    std::optional<std::vector<qint64>> m_textMatches;
    std::vector<quint8> m_textPass; // by snapshot row

    std::array<quint16, groupCount> m_groupIgnores{};
    std::vector<quint16> m_contribution; // rejection mask -> groups counted in
    FilterCounts m_counts;
};

} // namespace vigie::filter
