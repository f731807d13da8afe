// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeIncidentsDialog.h"

#include "IncidentComparison.h"
#include "commands/MergeIncidentsCommand.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace vigie::ui::review {

namespace {

QString heading(const Incident &i)
{
    return i.id.isEmpty() ? incidentSketch(i) : i.id;
}

} // namespace

MergeIncidentsDialog::MergeIncidentsDialog(const Incident &first, const Incident &second,
                                           QWidget *parent)
    : QDialog(parent)
    , m_first(first)
    , m_second(second)
{
    setObjectName(QStringLiteral("mergeIncidentsDialog"));
    setWindowTitle(tr("Merge Incidents"));
    auto *column = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The two incidents become one: choose the one that stays. The "
                                "other's articles join it, the fields it does not state are "
                                "taken from the other, and the lists are united. Edit → Undo "
                                "separates them again."),
                             this);
    intro->setWordWrap(true);
    column->addWidget(intro);
    m_comparison = new IncidentComparison(this);
    m_comparison->setObjectName(QStringLiteral("mergeComparison"));
    m_comparison->setIncidents(first, heading(first), second, heading(second));
    column->addWidget(m_comparison, 2);

    auto *choice = new QGroupBox(tr("Keep"), this);
    auto *choices = new QHBoxLayout(choice);
    m_keepFirst = new QRadioButton(tr("%1 (left)").arg(heading(first)), choice);
    m_keepFirst->setObjectName(QStringLiteral("keepFirst"));
    m_keepSecond = new QRadioButton(tr("%1 (right)").arg(heading(second)), choice);
    m_keepSecond->setObjectName(QStringLiteral("keepSecond"));
    // The one with more articles is usually the better documented one.
    (second.sources.size() > first.sources.size() ? m_keepSecond : m_keepFirst)->setChecked(true);
    choices->addWidget(m_keepFirst);
    choices->addWidget(m_keepSecond);
    choices->addStretch(1);
    column->addWidget(choice);

    auto *previewLabel = new QLabel(tr("Result"), this);
    QFont bold = previewLabel->font();
    bold.setBold(true);
    previewLabel->setFont(bold);
    column->addWidget(previewLabel);
    m_preview = new IncidentComparison(this);
    m_preview->setObjectName(QStringLiteral("mergePreview"));
    column->addWidget(m_preview, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("mergeButtons"));
    QPushButton *merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(QStringLiteral("mergeButton"));
    merge->setDefault(true);
    column->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keepFirst, &QRadioButton::toggled, this, &MergeIncidentsDialog::updatePreview);
    updatePreview();
    resize(900, 760);
}

void MergeIncidentsDialog::updatePreview()
{
    const bool first = m_keepFirst->isChecked();
    const Incident &kept = first ? m_first : m_second;
    const Incident &merged = first ? m_second : m_first;
    m_preview->setIncidents(kept, tr("Kept as it is"), commands::mergeIncidents(kept, merged),
                            tr("After the merge"));
}

qint64 MergeIncidentsDialog::keptId() const
{
    return m_keepFirst->isChecked() ? m_first.dbId : m_second.dbId;
}

qint64 MergeIncidentsDialog::mergedId() const
{
    return m_keepFirst->isChecked() ? m_second.dbId : m_first.dbId;
}

} // namespace vigie::ui::review
