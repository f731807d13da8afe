// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/ImportBatch.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace vigie::ui {

struct ImportReport;

// The outcome of a batch, one row per article: new incident, added source,
// duplicate, or error with its reason. Not modal: the user keeps working; a
// double-click on a stored article selects its incident.
class ImportOutcomeDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportOutcomeDialog(QWidget *parent = nullptr);
    void showReport(const ImportReport &report);

    // "3 new incidents, 1 source added, 2 duplicates, 1 error" (proper plurals).
    static QString summary(const commands::StagedBatch &batch);
    // One line for the status bar, by how the batch ended.
    static QString statusLine(const ImportReport &report);
    static QString outcomeName(commands::ImportOutcome outcome);

Q_SIGNALS:
    void incidentActivated(qint64 id);

private:
    QLabel *m_headline = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace vigie::ui
