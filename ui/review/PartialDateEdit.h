// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/PartialDate.h"

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace vigie::ui::review {

// A partial date with its precision: "not stated", a year, a month of a
// year, or a day. The parts finer than the precision are disabled.
// Children: "<name>_precision", "<name>_year", "<name>_month", "<name>_day".
class PartialDateEdit : public QWidget {
    Q_OBJECT
public:
    explicit PartialDateEdit(QWidget *parent = nullptr);

    void setObjectNames(const QString &name);
    PartialDate value() const;
    void setValue(const PartialDate &date);

Q_SIGNALS:
    void changed();

private:
    void updateEnabled();

    QComboBox *m_precision = nullptr;
    QSpinBox *m_year = nullptr;
    QComboBox *m_month = nullptr;
    QSpinBox *m_day = nullptr;
};

} // namespace vigie::ui::review
