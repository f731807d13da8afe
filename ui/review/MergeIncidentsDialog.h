// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Incident.h"

#include <QDialog>

class QRadioButton;

namespace vigie::ui::review {

class IncidentComparison;

// Merge Incidents…: two stored incidents side by side and the choice of
// the one that stays (its id and slug remain; the other's articles join it
// and its missing fields are filled, see commands::mergeIncidents). A
// third column previews the result. objectName "mergeIncidentsDialog";
// "keepFirst" / "keepSecond" radio buttons, "mergeComparison" table.
class MergeIncidentsDialog : public QDialog {
    Q_OBJECT
public:
    MergeIncidentsDialog(const Incident &first, const Incident &second, QWidget *parent = nullptr);

    // The incident that stays, and the one merged into it (database ids).
    qint64 keptId() const;
    qint64 mergedId() const;

private:
    void updatePreview();

    Incident m_first;
    Incident m_second;
    QRadioButton *m_keepFirst = nullptr;
    QRadioButton *m_keepSecond = nullptr;
    IncidentComparison *m_comparison = nullptr;
    IncidentComparison *m_preview = nullptr;
};

} // namespace vigie::ui::review
