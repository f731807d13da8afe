// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Incident.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace vigie::ui {

// What the timeline needs of each incident, as parallel columns (one entry per
// incident, same index in every column) so a million incidents stay compact
// and the lead can fill them straight from the filter snapshot.
//
// Days are Julian day numbers (QDate::toJulianDay()): calendar dates, never
// timestamps, so no time zone can shift them. An incident known to the month
// has firstDay = the 1st and lastDay = the last day of that month; known to the
// year, 1 January .. 31 December. Undated incidents have precision None and
// sit in the tray.
struct TimelineData {
    enum Precision : quint8 { Undated = 0, Year = 1, Month = 2, Day = 3 };
    enum Flag : quint8 {
        // Passes every active filter but the date's own (linked-view semantics:
        // the timeline keeps showing what lies outside its brush).
        Shown = 1,
    };
    static constexpr quint8 NoCode = 0xFF;      // victim kind not stated
    static constexpr quint16 NoRegion = 0xFFFF; // region not stated

    std::vector<qint32> firstDay;
    std::vector<qint32> lastDay;
    std::vector<quint8> precision;
    std::vector<quint16> attackMask; // bit i = AttackType(i); 0 = not stated
    std::vector<quint8> impactMask;  // bit i = Impact(i); 0 = not stated
    std::vector<quint16> region;     // index into regionNames, NoRegion if none
    std::vector<quint8> victimKind;  // VictimKind value, NoCode if none
    std::vector<quint8> flags;       // Flag bits
    std::vector<qint64> id;          // incident id (database id), for selection

    // Optional text for the tooltip, indexed like the columns; may be empty.
    QStringList victim;
    QStringList place;
    // Display names of the region codes used in `region`.
    QStringList regionNames;

    qsizetype size() const { return qsizetype(firstDay.size()); }
    bool isEmpty() const { return firstDay.empty(); }
    void reserve(qsizetype n);
    void clear();

    // Appends one incident. first/last are ignored for Undated.
    void append(qint64 incidentId, Precision p, qint32 first, qint32 last, quint16 attacks,
                quint8 impacts, quint16 regionCode, quint8 kind, bool shown = true);
    // Appends a stored incident (its `occurred` date, else `disclosed`, else
    // `published`); `regionCode` is the caller's index into regionNames.
    void append(const Incident &incident, quint16 regionCode);

    bool isShown(qsizetype i) const { return flags[std::size_t(i)] & Shown; }
    bool isDated(qsizetype i) const { return precision[std::size_t(i)] != Undated; }
    // All of them, ids = database ids; regions get their display names
    // (INSEE names in France) and codes in alphabetical order.
    static TimelineData fromIncidents(const QList<Incident> &incidents);
    // Index of the incident with this id, or -1 (linear: for tests and selection).
    qsizetype indexOf(qint64 incidentId) const;
};

// Day helpers (Julian day numbers).
inline qint32 julianDay(int y, int m, int d)
{
    return qint32(QDate(y, m, d).toJulianDay());
}
inline QDate dateOfDay(qint64 day)
{
    return QDate::fromJulianDay(day);
}
// Days since 1970-01-01 (the benchmark CSV) to a Julian day.
inline qint32 julianFromEpochDay(qint64 epochDay)
{
    return qint32(epochDay + 2440588);
}

} // namespace vigie::ui
