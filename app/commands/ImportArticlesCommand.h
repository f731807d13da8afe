// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/ImportBatch.h"
#include "model/Incident.h"
#include "model/Result.h"

#include <QList>
#include <QUndoCommand>

#include <functional>
#include <utility>

namespace vigie {
class Notifier;
}
namespace vigie::db {
class Database;
}

namespace vigie::commands {

// One import batch as one undo step (Edit → Undo/Redo). The first redo()
// is the commit (ImportBatch::commit, one transaction); undo() removes the
// incidents the batch added, detaches (and deletes) the articles it added
// to incidents already stored and puts back the fields (and row times) those
// articles filled in them, in one transaction; a later redo() puts it all
// back exactly (same row ids, slugs and source ids, the same filled fields). Each step sends one
// Notifier signal per kind (incidentsAdded / incidentsRemoved /
// incidentsChanged).
//
// A step that fails writes nothing (its transaction rolls back), reports
// through the error handler, and makes the command obsolete so that the
// QUndoStack drops it: the database stays as the last successful step left
// it, and the stack never offers a step it cannot apply.
class ImportArticlesCommand : public QUndoCommand {
public:
    // `db` and `notifier` must outlive the command (MainWindow clears its
    // stack before it swaps databases). `options` serve the first commit only
    // (cancel flag, test seam).
    ImportArticlesCommand(const db::Database &db, Notifier &notifier, StagedBatch batch,
                          ImportOptions options = {}, QUndoCommand *parent = nullptr);

    // A batch already committed on another connection to the same database
    // (the import worker's, so the GUI thread never waits for the
    // transaction), with `added` the incidents it added as read back there.
    // The first redo() only notifies.
    static ImportArticlesCommand *committed(const db::Database &db, Notifier &notifier,
                                            StagedBatch batch, CommitSummary summary,
                                            QList<Incident> added);

    // Commits on `db` and reads back what landed (what committed() takes).
    struct Committed {
        CommitSummary summary;
        QList<Incident> added;
    };
    static Result<Committed> commitAndReadBack(const db::Database &db, StagedBatch &batch,
                                               const ImportOptions &options = {});

    void redo() override;
    void undo() override;

    // The batch; after the first redo each item says where it landed.
    const StagedBatch &batch() const { return m_batch; }
    const CommitSummary &summary() const { return m_summary; }
    // The outcome of the last redo() or undo().
    const Status &lastStatus() const { return m_status; }
    bool isCommitted() const { return m_committed; }
    // Called with the reason whenever redo() or undo() fails.
    void setErrorHandler(std::function<void(const QString &)> handler)
    {
        m_onError = std::move(handler);
    }

    // The number of articles the batch stores (new incidents and added sources).
    static int storedCount(const StagedBatch &batch);

private:
    Status commitFirst();
    void noteAttached();
    Status restore();
    Status remove();
    void fail(Status status);

    const db::Database &m_db;
    Notifier &m_notifier;
    StagedBatch m_batch;
    ImportOptions m_options;
    CommitSummary m_summary;
    bool m_committed = false;
    bool m_notifyOnly = false; // committed(): the first redo only notifies
    // What the batch stored, as read back after the commit, for redo.
    QList<Incident> m_added;
    QList<std::pair<qint64, Source>> m_attached; // (stored incident, article)
    Status m_status;
    std::function<void(const QString &)> m_onError;
};

} // namespace vigie::commands
