// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartialDateEdit.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>

namespace vigie::ui::review {

using Precision = PartialDate::Precision;

PartialDateEdit::PartialDateEdit(QWidget *parent)
    : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_precision = new QComboBox(this);
    m_precision->addItem(tr("Not stated"), int(Precision::None));
    m_precision->addItem(tr("Year"), int(Precision::Year));
    m_precision->addItem(tr("Month"), int(Precision::Month));
    m_precision->addItem(tr("Day"), int(Precision::Day));
    m_precision->setToolTip(tr("How precisely the source states the date"));
    m_day = new QSpinBox(this);
    m_day->setRange(1, 31);
    m_day->setAccessibleName(tr("Day"));
    m_month = new QComboBox(this);
    for (int m = 1; m <= 12; ++m)
        m_month->addItem(QLocale().standaloneMonthName(m), m);
    m_month->setAccessibleName(tr("Month"));
    m_year = new QSpinBox(this);
    m_year->setRange(1970, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_year->setAccessibleName(tr("Year"));
    row->addWidget(m_precision);
    row->addWidget(m_day);
    row->addWidget(m_month);
    row->addWidget(m_year);
    row->addStretch(1);

    const auto emitChanged = [this] {
        // Keep the day within the month (30 February cannot be chosen).
        const QDate first(m_year->value(), m_month->currentData().toInt(), 1);
        m_day->setMaximum(first.isValid() ? first.daysInMonth() : 31);
        Q_EMIT changed();
    };
    connect(m_precision, &QComboBox::currentIndexChanged, this, [this, emitChanged] {
        updateEnabled();
        emitChanged();
    });
    connect(m_year, &QSpinBox::valueChanged, this, emitChanged);
    connect(m_month, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_day, &QSpinBox::valueChanged, this, emitChanged);
    updateEnabled();
}

void PartialDateEdit::setObjectNames(const QString &name)
{
    setObjectName(name);
    m_precision->setObjectName(name + QStringLiteral("_precision"));
    m_year->setObjectName(name + QStringLiteral("_year"));
    m_month->setObjectName(name + QStringLiteral("_month"));
    m_day->setObjectName(name + QStringLiteral("_day"));
}

PartialDate PartialDateEdit::value() const
{
    const int year = m_year->value();
    const int month = m_month->currentData().toInt();
    switch (Precision(m_precision->currentData().toInt())) {
    case Precision::None:
        return {};
    case Precision::Year:
        return PartialDate::ofYear(year);
    case Precision::Month:
        return PartialDate::ofMonth(year, month);
    case Precision::Day:
        return PartialDate::ofDay(year, month,
                                  std::min(m_day->value(), QDate(year, month, 1).daysInMonth()));
    }
    return {};
}

void PartialDateEdit::setValue(const PartialDate &date)
{
    const QSignalBlocker b1(m_precision), b2(m_year), b3(m_month), b4(m_day);
    m_precision->setCurrentIndex(m_precision->findData(int(date.precision())));
    if (!date.isNull()) {
        if (date.year() < m_year->minimum() || date.year() > m_year->maximum())
            m_year->setRange(std::min(date.year(), m_year->minimum()),
                             std::max(date.year(), m_year->maximum()));
        m_year->setValue(date.year());
        m_month->setCurrentIndex(std::max(0, date.month() - 1));
        const QDate first(date.year(), std::max(1, date.month()), 1);
        m_day->setMaximum(first.daysInMonth());
        m_day->setValue(std::max(1, date.day()));
    }
    updateEnabled();
}

void PartialDateEdit::updateEnabled()
{
    const auto p = Precision(m_precision->currentData().toInt());
    m_year->setEnabled(p >= Precision::Year);
    m_month->setEnabled(p >= Precision::Month);
    m_day->setEnabled(p >= Precision::Day);
}

} // namespace vigie::ui::review
