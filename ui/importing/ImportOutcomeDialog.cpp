// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportOutcomeDialog.h"

#include "ImportController.h"
#include "commands/ImportArticlesCommand.h"
#include "review/ReviewFields.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vigie::ui {

using commands::ImportOutcome;
using commands::StagedArticle;

namespace {

enum Column { Article, Outcome, Details };
constexpr int IdRole = Qt::UserRole + 1;

QString detailsOf(const StagedArticle &item, bool committed)
{
    switch (item.outcome) {
    case ImportOutcome::NewIncident:
        return committed ? item.incidentSlug : QString();
    case ImportOutcome::AddedSource: {
        const QString target = committed    ? item.incidentSlug
                               : item.match ? item.match->slug
                                            : QString();
        const QString why = item.match ? item.match->description() : QString();
        QString details = why.isEmpty()      ? target
                          : target.isEmpty() ? why
                                             : ImportOutcomeDialog::tr("%1 (%2)").arg(target, why);
        // The empty fields of the known incident the article filled.
        if (committed && !item.filledFields.isEmpty())
            details = ImportOutcomeDialog::tr("%1; filled %2")
                          .arg(details, review::fieldList(item.filledFields));
        return details;
    }
    case ImportOutcome::Duplicate:
        return ImportOutcomeDialog::tr("same text as %1")
            .arg(QDir::toNativeSeparators(item.duplicateOf));
    case ImportOutcome::Error:
        return item.error;
    case ImportOutcome::Skipped:
        return ImportOutcomeDialog::tr("left out in the review");
    }
    return {};
}

} // namespace

ImportOutcomeDialog::ImportOutcomeDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importOutcomeDialog"));
    setWindowTitle(tr("Import Results"));
    setModal(false);
    auto *layout = new QVBoxLayout(this);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("importOutcomeSummary"));
    m_headline->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("importOutcomes"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Article"), tr("Outcome"), tr("Details")});
    m_list->header()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(m_headline);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *row) {
        if (const qint64 id = row->data(Article, IdRole).toLongLong(); id > 0)
            Q_EMIT incidentActivated(id);
    });
    resize(760, 420);
}

QString ImportOutcomeDialog::outcomeName(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::NewIncident:
        return tr("New incident");
    case ImportOutcome::AddedSource:
        return tr("Added source");
    case ImportOutcome::Duplicate:
        return tr("Duplicate");
    case ImportOutcome::Error:
        return tr("Error");
    case ImportOutcome::Skipped:
        return tr("Skipped");
    }
    return {};
}

QString ImportOutcomeDialog::summary(const commands::StagedBatch &batch)
{
    QStringList parts;
    if (const int n = batch.count(ImportOutcome::NewIncident))
        parts << tr("%n new incident(s)", nullptr, n);
    if (const int n = batch.count(ImportOutcome::AddedSource))
        parts << tr("%n source(s) added", nullptr, n);
    if (const int n = batch.count(ImportOutcome::Duplicate))
        parts << tr("%n duplicate(s)", nullptr, n);
    if (const int n = batch.count(ImportOutcome::Error))
        parts << tr("%n error(s)", nullptr, n);
    if (const int n = batch.count(ImportOutcome::Skipped))
        parts << tr("%n skipped", nullptr, n);
    if (parts.isEmpty())
        return tr("no article");
    return parts.join(QStringLiteral(", "));
}

QString ImportOutcomeDialog::statusLine(const ImportReport &report)
{
    using End = ImportReport::End;
    switch (report.end) {
    case End::Committed:
        return tr("Imported %n article(s): %1", nullptr,
                  commands::ImportArticlesCommand::storedCount(report.batch))
            .arg(summary(report.batch));
    case End::Nothing:
        return tr("Nothing imported: %1").arg(summary(report.batch));
    case End::Declined:
        return tr("Import discarded: nothing was stored");
    case End::Cancelled:
        return tr("Import cancelled: nothing was stored");
    case End::Failed:
        return tr("Import failed, nothing was stored: %1").arg(report.error);
    }
    return {};
}

void ImportOutcomeDialog::showReport(const ImportReport &report)
{
    const bool committed = report.end == ImportReport::End::Committed;
    m_headline->setText(statusLine(report));
    m_list->clear();
    QList<QTreeWidgetItem *> rows;
    rows.reserve(report.batch.items.size());
    for (const StagedArticle &item : report.batch.items) {
        const QString shown = item.name.contains(u'/') || item.name.contains(u'\\')
                                  ? QFileInfo(item.name).fileName()
                                  : item.name;
        auto *row = new QTreeWidgetItem(
            QStringList{shown, outcomeName(item.outcome), detailsOf(item, committed)});
        row->setToolTip(Article, QDir::toNativeSeparators(item.name));
        row->setToolTip(Details, row->text(Details));
        if (committed && item.incidentDbId > 0)
            row->setData(Article, IdRole, item.incidentDbId);
        if (item.outcome == ImportOutcome::Error)
            row->setIcon(Outcome, QIcon::fromTheme(QStringLiteral("dialog-error")));
        else if (item.outcome == ImportOutcome::Duplicate)
            row->setIcon(Outcome, QIcon::fromTheme(QStringLiteral("dialog-information")));
        rows.append(row);
    }
    m_list->addTopLevelItems(rows);
    // Sizing reads every row: for a large batch, fixed widths are enough.
    if (rows.size() <= 200) {
        m_list->resizeColumnToContents(Article);
        m_list->resizeColumnToContents(Outcome);
    } else {
        m_list->setColumnWidth(Article, 220);
        m_list->setColumnWidth(Outcome, 130);
    }
    show();
    raise();
}

} // namespace vigie::ui
