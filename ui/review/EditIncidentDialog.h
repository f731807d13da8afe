// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Incident.h"

#include <QDialog>

class QDialogButtonBox;

namespace vigie::ui::review {

class IncidentEditor;

// Edit Incident…: every field of a stored incident in an IncidentEditor.
// incident() is the edited record (same dbId, slug and sources); the
// caller turns it into an EditIncidentCommand. OK stays disabled until
// something changed. objectName "editIncidentDialog"; the editor is
// "incidentEditor", the buttons are a QDialogButtonBox "editButtons".
class EditIncidentDialog : public QDialog {
    Q_OBJECT
public:
    explicit EditIncidentDialog(const Incident &incident, QWidget *parent = nullptr);

    Incident incident() const;
    IncidentEditor *editor() const { return m_editor; }

private:
    Incident m_original;
    IncidentEditor *m_editor = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace vigie::ui::review
