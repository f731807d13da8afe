// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Incident.h"

#include <QTableWidget>

namespace vigie::ui::review {

// Two incidents side by side, one row per field, rows that differ marked:
// the review dialog's "this looks like incident X" and the merge dialog.
// objectName "incidentComparison"; cell (row, 0) is the left incident.
class IncidentComparison : public QTableWidget {
    Q_OBJECT
public:
    explicit IncidentComparison(QWidget *parent = nullptr);

    void setIncidents(const Incident &left, const QString &leftTitle, const Incident &right,
                      const QString &rightTitle);
    // The schema keys of the rows, in order.
    static QStringList rowKeys();
    // A field as one line of text ("" when not stated).
    static QString fieldText(const Incident &incident, const QString &key);
};

// "CH Sud Francilien, 2022-08, Corbeil-Essonnes": victim, date, place.
QString incidentSketch(const Incident &incident);

} // namespace vigie::ui::review
