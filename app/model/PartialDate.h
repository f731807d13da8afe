// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <compare>
#include <optional>

namespace vigie {

// A calendar date known to the year, the month or the day. Never a timestamp:
// "2022-08" means the whole of August 2022 in every time zone.
class PartialDate {
public:
    enum class Precision : quint8 { None = 0, Year = 1, Month = 2, Day = 3 };

    PartialDate() = default;
    static PartialDate ofYear(int year);
    static PartialDate ofMonth(int year, int month);
    static PartialDate ofDay(int year, int month, int day);
    static PartialDate ofDay(QDate date);

    // "YYYY", "YYYY-MM" or "YYYY-MM-DD"; nullopt when malformed or impossible
    // (2025-02-30). An empty string gives a null date.
    static std::optional<PartialDate> fromIso(QStringView text);
    // From the database: the first day of the period as a Julian day number.
    static PartialDate fromStorage(qint64 julianDay, int precision);

    bool isNull() const { return m_precision == Precision::None; }
    Precision precision() const { return m_precision; }
    int year() const { return m_year; }
    int month() const { return m_month; } // 0 when unknown
    int day() const { return m_day; }     // 0 when unknown

    QString toIso() const; // empty for a null date
    QDate firstDate() const;
    QDate lastDate() const;
    qint64 firstJulianDay() const { return isNull() ? 0 : firstDate().toJulianDay(); }
    qint64 lastJulianDay() const { return isNull() ? 0 : lastDate().toJulianDay(); }

    // The same date with a coarser precision (never finer).
    PartialDate truncated(Precision precision) const;

    friend bool operator==(const PartialDate &, const PartialDate &) = default;
    // Orders by first day, then coarser before finer; null dates first.
    friend std::strong_ordering operator<=>(const PartialDate &a, const PartialDate &b);

private:
    qint16 m_year = 0;
    quint8 m_month = 0;
    quint8 m_day = 0;
    Precision m_precision = Precision::None;
};

} // namespace vigie
