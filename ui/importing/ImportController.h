// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/ImportBatch.h"
#include "importing/MimeImport.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QThread;
class QTimer;
class QUndoStack;

namespace vigie {
class Notifier;
}
namespace vigie::db {
class Database;
}
namespace vigie::commands {
class ImportArticlesCommand;
}

namespace vigie::ui {

// How a batch ended, with every article's outcome.
struct ImportReport {
    enum class End {
        Committed, // stored, one undo step on the stack
        Nothing,   // nothing to store: only duplicates and errors
        Declined,  // the reviewer dropped the batch
        Cancelled, // the user cancelled the reading
        Failed,    // the commit failed: nothing stored (error says why)
    };
    End end = End::Nothing;
    QString error;
    commands::StagedBatch batch;
};

// Runs a drag-and-drop or menu import: walks and reads the inputs and
// extracts the incidents on a worker thread (commands::ImportBatch::stage,
// which never touches the database: the matcher is built beforehand on the
// GUI thread), then hands the staged batch to the reviewer on the GUI thread,
// and commits what it accepts as one ImportArticlesCommand on the undo
// stack (one transaction, one notification). A cancel, or a reviewer that
// says no, leaves the database as it was. Requests that arrive while a
// batch runs wait their turn.
class ImportController : public QObject {
    Q_OBJECT
public:
    // Called with the staged batch on the GUI thread; true commits it.
    // Without one, every batch is committed as staged.
    using Reviewer = std::function<bool(commands::StagedBatch &)>;

    ImportController(db::Database &db, Notifier &notifier, QUndoStack &undoStack,
                     QObject *parent = nullptr);
    ~ImportController() override; // cancels and waits for the worker

    void setReviewer(Reviewer reviewer) { m_reviewer = std::move(reviewer); }

    // Starts (or queues) a batch. Empty requests are ignored.
    void start(ImportRequest request);
    void importPaths(const QStringList &paths);
    // Stops the running batch at the next article and drops the queue.
    void cancel();
    bool isBusy() const { return m_job != nullptr || m_commitJob != nullptr || m_reviewing; }
    int queued() const { return int(m_queue.size()); }
    // The last finished batch.
    const ImportReport &lastReport() const { return m_last; }

    // Tests and benchmarks: called on the worker after each article is
    // staged, with the count so far (to slow a batch down, or cancel in the middle).
    void setAfterEachForTests(std::function<void(int)> hook) { m_afterEach = std::move(hook); }

Q_SIGNALS:
    void started(int queued);
    // Articles staged so far, of `total` (0 while the folders are walked).
    void progressChanged(int done, int total);
    // Staging is over; the reviewer (if any) is about to be called.
    void staged();
    // The accepted batch is being written (`count` articles), on a worker
    // with its own connection when the database is a file. Cancel still works.
    void committing(int count);
    void finished(const vigie::ui::ImportReport &report);
    // A later undo or redo of a committed batch failed (nothing changed).
    void commandFailed(const QString &error);

private:
    struct Job;
    struct CommitJob;
    struct Engine;
    void startNext();
    void pollProgress();
    void jobDone();
    void commit(ImportReport report);
    void commitDone();
    void pushCommand(commands::ImportArticlesCommand *command, ImportReport report);
    void finish(ImportReport report);

    db::Database &m_db;
    Notifier &m_notifier;
    QUndoStack &m_undoStack;
    Reviewer m_reviewer;
    std::function<void(int)> m_afterEach;
    std::shared_ptr<const Engine> m_engine;
    QList<ImportRequest> m_queue;
    std::shared_ptr<Job> m_job;
    std::shared_ptr<CommitJob> m_commitJob;
    QThread *m_thread = nullptr;
    QTimer *m_poll = nullptr;
    ImportReport m_last;
    bool m_reviewing = false; // the reviewer runs (a modal dialog: requests wait)
    int m_lastDone = -1;
    int m_lastTotal = -1;
};

} // namespace vigie::ui

Q_DECLARE_METATYPE(vigie::ui::ImportReport)
