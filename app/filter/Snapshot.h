// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dictionary.h"

#include "model/Incident.h"
#include "model/Result.h"

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace vigie::db {
class Database;
}

namespace vigie::filter {

// Which of an incident's three dates a view works on.
enum class DateField : quint8 { Occurred = 0, Disclosed = 1, Published = 2 };
constexpr int dateFieldCount = 3;

// The facet fields of one incident as codes, the unit of incremental updates.
struct SnapshotRecord {
    qint64 dbId = 0;
    std::array<qint32, dateFieldCount> day{};       // Julian day of the period's first day
    std::array<quint8, dateFieldCount> precision{}; // PartialDate::Precision
    QString country, region, department, threatActor;
    int victimKind = -1; // -1: not stated
    quint16 attackTypes = 0;
    quint8 dataCompromised = 0, dataSpared = 0, impacts = 0;
    bool ransomDemanded = false;
    quint16 sourceCount = 0;

    static SnapshotRecord fromIncident(const Incident &incident);
};

// The in-memory columnar copy of every incident's facets that the views and
// the filter engine work on (titles, summaries and texts stay in SQLite).
// One vector per column, 40 bytes per incident. Rows are kept in increasing
// database id order (SQLite hands out increasing ids), so a row is found by
// binary search; a removed row stays as a tombstone until compact().
class Snapshot {
public:
    // One SELECT of the facet columns (through a covering index) and one
    // GROUP BY for the source counts.
    static Result<Snapshot> load(const db::Database &db);
    // The current record of one incident, read from the database.
    static std::optional<SnapshotRecord> loadRecord(const db::Database &db, qint64 dbId);

    qint32 size() const { return qint32(m_dbId.size()); } // rows, tombstones included
    qint32 liveCount() const { return size() - m_removed; }
    bool isRemoved(qint32 row) const { return m_flags[size_t(row)] & removedFlag; }
    // Row of a database id, or -1.
    qint32 rowOf(qint64 dbId) const;

    // Adds or replaces an incident; returns its row. An update keeps the row.
    qint32 upsert(const SnapshotRecord &record);
    // Marks the incident removed; returns its row, or -1 when unknown.
    qint32 remove(qint64 dbId);
    // Drops tombstones (row numbers change).
    void compact();
    void reserve(qint32 rows);

    qint64 dbId(qint32 row) const { return m_dbId[size_t(row)]; }
    qint32 day(DateField f, qint32 row) const { return m_day[int(f)][size_t(row)]; }
    PartialDate::Precision precision(DateField f, qint32 row) const
    {
        return PartialDate::Precision((m_flags[size_t(row)] >> (2 * int(f))) & 3);
    }
    PartialDate date(DateField f, qint32 row) const
    {
        return PartialDate::fromStorage(day(f, row), int(precision(f, row)));
    }
    quint16 country(qint32 row) const { return m_country[size_t(row)]; }
    quint16 region(qint32 row) const { return m_region[size_t(row)]; }
    quint16 department(qint32 row) const { return m_department[size_t(row)]; }
    quint32 threatActor(qint32 row) const { return m_actor[size_t(row)]; }
    // 0: not stated, else VictimKind + 1.
    quint8 victimKindCode(qint32 row) const { return m_kind[size_t(row)]; }
    quint16 attackTypes(qint32 row) const { return m_attack[size_t(row)]; }
    quint8 dataCompromised(qint32 row) const { return m_dataCompromised[size_t(row)]; }
    quint8 dataSpared(qint32 row) const { return m_dataSpared[size_t(row)]; }
    quint8 impacts(qint32 row) const { return m_impacts[size_t(row)]; }
    bool ransomDemanded(qint32 row) const { return m_flags[size_t(row)] & ransomFlag; }
    quint16 sourceCount(qint32 row) const { return m_sourceCount[size_t(row)]; }
    SnapshotRecord record(qint32 row) const;

    const Dictionary &countries() const { return m_countries; }
    const Dictionary &regions() const { return m_regions; }
    const Dictionary &departments() const { return m_departments; }
    const Dictionary &threatActors() const { return m_actors; }

    // Memory held by the columns (capacity), without the dictionaries.
    qint64 columnBytes() const;
    static constexpr int bytesPerRow = 40;

    // Bumped by every change, so that an engine can tell it is stale.
    quint64 revision() const { return m_revision; }

    // Appends a row from raw codes, for loaders that intern themselves.
    // Rows must come in increasing dbId order.
    void appendCoded(qint64 dbId, const std::array<qint32, dateFieldCount> &day,
                     const std::array<quint8, dateFieldCount> &precision, quint16 country,
                     quint16 region, quint16 department, quint32 actor, quint8 kindCode,
                     quint16 attack, quint8 dataCompromised, quint8 dataSpared, quint8 impacts,
                     bool ransom, quint16 sourceCount);
    Dictionary &countries() { return m_countries; }
    Dictionary &regions() { return m_regions; }
    Dictionary &departments() { return m_departments; }
    Dictionary &threatActors() { return m_actors; }

private:
    static constexpr quint8 ransomFlag = 0x40;
    static constexpr quint8 removedFlag = 0x80;
    void write(size_t row, const SnapshotRecord &r);

    std::vector<qint64> m_dbId;
    std::array<std::vector<qint32>, dateFieldCount> m_day;
    std::vector<quint8> m_flags; // 2 bits of precision per date, ransom, removed
    std::vector<quint16> m_country, m_region, m_department;
    std::vector<quint32> m_actor;
    std::vector<quint8> m_kind;
    std::vector<quint16> m_attack;
    std::vector<quint8> m_dataCompromised, m_dataSpared, m_impacts;
    std::vector<quint16> m_sourceCount;
    Dictionary m_countries, m_regions, m_departments, m_actors;
    qint32 m_removed = 0;
    quint64 m_revision = 0;
};

} // namespace vigie::filter
