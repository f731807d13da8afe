// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartialDate.h"

namespace vigie {

PartialDate PartialDate::ofYear(int year)
{
    PartialDate d;
    d.m_year = qint16(year);
    d.m_precision = Precision::Year;
    return d;
}

PartialDate PartialDate::ofMonth(int year, int month)
{
    PartialDate d = ofYear(year);
    d.m_month = quint8(month);
    d.m_precision = Precision::Month;
    return d;
}

PartialDate PartialDate::ofDay(int year, int month, int day)
{
    PartialDate d = ofMonth(year, month);
    d.m_day = quint8(day);
    d.m_precision = Precision::Day;
    return d;
}

PartialDate PartialDate::ofDay(QDate date)
{
    if (!date.isValid())
        return {};
    return ofDay(date.year(), date.month(), date.day());
}

static std::optional<int> digits(QStringView s)
{
    if (s.isEmpty())
        return std::nullopt;
    int value = 0;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

std::optional<PartialDate> PartialDate::fromIso(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return PartialDate();
    if (text.size() != 4 && text.size() != 7 && text.size() != 10)
        return std::nullopt;
    const auto year = digits(text.first(4));
    if (!year || *year < 1 || *year > 9999)
        return std::nullopt;
    if (text.size() == 4)
        return ofYear(*year);
    if (text[4] != u'-')
        return std::nullopt;
    const auto month = digits(text.sliced(5, 2));
    if (!month || *month < 1 || *month > 12)
        return std::nullopt;
    if (text.size() == 7)
        return ofMonth(*year, *month);
    if (text[7] != u'-')
        return std::nullopt;
    const auto day = digits(text.sliced(8, 2));
    if (!day || !QDate::isValid(*year, *month, *day))
        return std::nullopt;
    return ofDay(*year, *month, *day);
}

PartialDate PartialDate::fromStorage(qint64 julianDay, int precision)
{
    if (precision <= 0 || precision > 3)
        return {};
    const QDate date = QDate::fromJulianDay(julianDay);
    if (!date.isValid())
        return {};
    switch (Precision(precision)) {
    case Precision::Year:
        return ofYear(date.year());
    case Precision::Month:
        return ofMonth(date.year(), date.month());
    case Precision::Day:
        return ofDay(date);
    case Precision::None:
        break;
    }
    return {};
}

QString PartialDate::toIso() const
{
    switch (m_precision) {
    case Precision::None:
        return {};
    case Precision::Year:
        return QStringLiteral("%1").arg(m_year, 4, 10, QLatin1Char('0'));
    case Precision::Month:
        return QStringLiteral("%1-%2")
            .arg(m_year, 4, 10, QLatin1Char('0'))
            .arg(m_month, 2, 10, QLatin1Char('0'));
    case Precision::Day:
        return QStringLiteral("%1-%2-%3")
            .arg(m_year, 4, 10, QLatin1Char('0'))
            .arg(m_month, 2, 10, QLatin1Char('0'))
            .arg(m_day, 2, 10, QLatin1Char('0'));
    }
    return {};
}

QDate PartialDate::firstDate() const
{
    switch (m_precision) {
    case Precision::None:
        return {};
    case Precision::Year:
        return QDate(m_year, 1, 1);
    case Precision::Month:
        return QDate(m_year, m_month, 1);
    case Precision::Day:
        return QDate(m_year, m_month, m_day);
    }
    return {};
}

QDate PartialDate::lastDate() const
{
    switch (m_precision) {
    case Precision::None:
        return {};
    case Precision::Year:
        return QDate(m_year, 12, 31);
    case Precision::Month: {
        const QDate first(m_year, m_month, 1);
        return first.addDays(first.daysInMonth() - 1);
    }
    case Precision::Day:
        return QDate(m_year, m_month, m_day);
    }
    return {};
}

PartialDate PartialDate::truncated(Precision precision) const
{
    if (precision >= m_precision)
        return *this;
    switch (precision) {
    case Precision::None:
        return {};
    case Precision::Year:
        return ofYear(m_year);
    case Precision::Month:
        return ofMonth(m_year, m_month);
    case Precision::Day:
        break;
    }
    return *this;
}

std::strong_ordering operator<=>(const PartialDate &a, const PartialDate &b)
{
    if (a.isNull() || b.isNull())
        return !a.isNull() <=> !b.isNull();
    if (auto c = a.firstJulianDay() <=> b.firstJulianDay(); c != 0)
        return c;
    return a.m_precision <=> b.m_precision;
}

} // namespace vigie
