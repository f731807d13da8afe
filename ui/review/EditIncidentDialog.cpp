// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditIncidentDialog.h"

#include "IncidentEditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace vigie::ui::review {

EditIncidentDialog::EditIncidentDialog(const Incident &incident, QWidget *parent)
    : QDialog(parent)
    , m_original(incident)
{
    setObjectName(QStringLiteral("editIncidentDialog"));
    setWindowTitle(tr("Edit Incident"));
    auto *column = new QVBoxLayout(this);
    auto *id = new QLabel(incident.id, this);
    id->setObjectName(QStringLiteral("editIncidentId"));
    id->setTextFormat(Qt::PlainText);
    id->setForegroundRole(QPalette::PlaceholderText);
    id->setToolTip(tr("The incident's stable identifier; editing does not change it"));
    column->addWidget(id);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    m_editor = new IncidentEditor(scroll);
    m_editor->setIncident(incident);
    scroll->setWidget(m_editor);
    column->addWidget(scroll, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("editButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    column->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &IncidentEditor::changed, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_editor->incident() != m_original);
    });
    resize(640, 820);
}

Incident EditIncidentDialog::incident() const
{
    return m_editor->incident();
}

} // namespace vigie::ui::review
