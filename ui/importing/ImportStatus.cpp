// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportStatus.h"

#include "ImportController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace vigie::ui {

ImportStatus::ImportStatus(ImportController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("importStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("importStatusText"));
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("importProgress"));
    m_bar->setMaximumWidth(200);
    m_bar->setTextVisible(false);
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancel->setToolTip(tr("Stop the import; nothing of this batch is stored"));
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, &m_controller, &ImportController::cancel);
    connect(&m_controller, &ImportController::started, this, [this] {
        m_cancel->setEnabled(true);
        show();
    });
    connect(&m_controller, &ImportController::progressChanged, this, &ImportStatus::showProgress);
    // Reading is over: the review (if any) takes over; no cancel any more.
    connect(&m_controller, &ImportController::staged, this, [this] {
        m_cancel->setEnabled(false);
        m_label->setText(tr("Reviewing the articles…"));
    });
    // Writing, on a worker: cancel rolls the transaction back.
    connect(&m_controller, &ImportController::committing, this, [this](int count) {
        m_cancel->setEnabled(true);
        m_bar->setRange(0, 0);
        m_label->setText(tr("Storing %n article(s)…", nullptr, count));
    });
    connect(&m_controller, &ImportController::finished, this, [this] {
        if (!m_controller.isBusy())
            hide();
    });
    hide();
}

void ImportStatus::showProgress(int done, int total)
{
    if (total <= 0) {
        m_bar->setRange(0, 0); // busy: the folders are being walked
        m_label->setText(tr("Looking for articles…"));
        return;
    }
    m_bar->setRange(0, total);
    m_bar->setValue(done);
    m_label->setText(tr("Reading articles: %1 of %n", nullptr, total).arg(done));
}

} // namespace vigie::ui
