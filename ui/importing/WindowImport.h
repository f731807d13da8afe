// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/ImportController.h"

#include <QObject>

class QAction;
class QMainWindow;
class QMimeData;
class QUndoStack;

namespace vigie {
class Notifier;
}
namespace vigie::db {
class Database;
}

namespace vigie::ui {

class DropOverlay;
class ImportOutcomeDialog;
class ImportStatus;

// Every way into the import for one main window: drops anywhere on the
// window (with the drop cue), File → Import Articles… / Import Folder…,
// Edit → Paste (Ctrl+V outside text fields), the status bar's progress and
// cancel, and the outcome list. The work itself is ImportController's.
class WindowImport : public QObject {
    Q_OBJECT
public:
    WindowImport(QMainWindow &window, db::Database &db, Notifier &notifier, QUndoStack &undoStack);

    ImportController &controller() { return *m_controller; }
    DropOverlay *overlay() const { return m_overlay; }
    ImportOutcomeDialog *outcomeDialog() const { return m_outcomes; }
    QAction *importAction() const { return m_importAction; }
    QAction *importFolderAction() const { return m_importFolderAction; }
    QAction *pasteAction() const { return m_pasteAction; }

    // A drop or a paste: starts the import, or says why there is nothing to import.
    void importMime(const QMimeData *mime, bool pasted);

    // The default reviewer: the review dialog (ui/review) over the staged
    // batch, modal; true when it leaves something to store. A batch with
    // nothing to review (only duplicates and errors) skips it.
    bool reviewBatch(commands::StagedBatch &batch);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void chooseFiles();
    void chooseFolder();
    void paste();
    void showReport(const ImportReport &report);

    QMainWindow &m_window;
    db::Database &m_db;
    Notifier &m_notifier;
    ImportController *m_controller = nullptr;
    DropOverlay *m_overlay = nullptr;
    ImportStatus *m_status = nullptr;
    ImportOutcomeDialog *m_outcomes = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_pasteAction = nullptr;
};

} // namespace vigie::ui
