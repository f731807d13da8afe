// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportArticlesCommand.h"

#include "db/Database.h"
#include "db/IncidentRepository.h"
#include "notify/Notifier.h"

#include <QCoreApplication>

#include <algorithm>

namespace vigie::commands {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ImportArticlesCommand", text, nullptr, n);
}

// Writes the fields of `fields` (a filled incident before or after) over the
// stored incident, keeping the sources it cites now (the articles of the
// batch are detached and re-attached on their own), and puts back its row
// times.
Status writeFields(db::IncidentRepository &repo, const Incident &fields,
                   const std::optional<db::IncidentRepository::RowTimes> &times)
{
    std::optional<Incident> current = repo.load(fields.dbId);
    if (!current)
        return Status::failure(
            QCoreApplication::translate("ImportArticlesCommand",
                                        "incident %1 is no longer in the database")
                .arg(fields.id));
    Incident incident = fields;
    incident.sources = std::move(current->sources);
    if (Status s = repo.updateInTransaction(incident); !s)
        return s;
    if (times)
        return repo.setRowTimes(incident.dbId, *times);
    return {};
}

} // namespace

int ImportArticlesCommand::storedCount(const StagedBatch &batch)
{
    return batch.count(ImportOutcome::NewIncident) + batch.count(ImportOutcome::AddedSource);
}

ImportArticlesCommand::ImportArticlesCommand(const db::Database &db, Notifier &notifier,
                                             StagedBatch batch, ImportOptions options,
                                             QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_db(db)
    , m_notifier(notifier)
    , m_batch(std::move(batch))
    , m_options(std::move(options))
{
    setText(tr("Import %n Article(s)", storedCount(m_batch)));
}

void ImportArticlesCommand::fail(Status status)
{
    m_status = std::move(status);
    setObsolete(true);
    if (m_onError)
        m_onError(m_status.error());
}

ImportArticlesCommand *ImportArticlesCommand::committed(const db::Database &db, Notifier &notifier,
                                                        StagedBatch batch, CommitSummary summary,
                                                        QList<Incident> added)
{
    auto *command = new ImportArticlesCommand(db, notifier, std::move(batch));
    command->m_summary = std::move(summary);
    command->m_added = std::move(added);
    command->m_committed = true;
    command->m_notifyOnly = true;
    command->noteAttached();
    return command;
}

Result<ImportArticlesCommand::Committed>
ImportArticlesCommand::commitAndReadBack(const db::Database &db, StagedBatch &batch,
                                         const ImportOptions &options)
{
    using R = Result<Committed>;
    auto summary = ImportBatch::commit(db, batch, options);
    if (!summary)
        return R::failure(summary.error());
    Committed out;
    out.summary = std::move(summary).value();
    const db::IncidentRepository repo(db);
    for (qint64 id : std::as_const(out.summary.added)) {
        auto incident = repo.load(id);
        if (!incident)
            return R::failure(tr("Incident %1 vanished right after the import.").arg(id));
        out.added.append(std::move(*incident));
    }
    return out;
}

void ImportArticlesCommand::noteAttached()
{
    m_attached.clear();
    for (const StagedArticle &item : std::as_const(m_batch.items)) {
        if (item.outcome != ImportOutcome::AddedSource || item.target >= 0 || !item.match)
            continue;
        Source source = item.source();
        source.dbId = item.sourceDbId;
        m_attached.append({item.incidentDbId, std::move(source)});
    }
}

void ImportArticlesCommand::redo()
{
    Status s = m_notifyOnly ? Status{} : m_committed ? restore() : commitFirst();
    m_notifyOnly = false;
    if (!s) {
        fail(std::move(s));
        return;
    }
    m_status = {};
    if (!m_summary.added.isEmpty())
        Q_EMIT m_notifier.incidentsAdded(m_summary.added);
    if (!m_summary.changed.isEmpty())
        Q_EMIT m_notifier.incidentsChanged(m_summary.changed);
}

void ImportArticlesCommand::undo()
{
    if (Status s = remove(); !s) {
        fail(std::move(s));
        return;
    }
    m_status = {};
    if (!m_summary.added.isEmpty())
        Q_EMIT m_notifier.incidentsRemoved(m_summary.added);
    if (!m_summary.changed.isEmpty())
        Q_EMIT m_notifier.incidentsChanged(m_summary.changed);
}

Status ImportArticlesCommand::commitFirst()
{
    // Read back what landed, so that a redo after an undo restores exactly it.
    auto done = commitAndReadBack(m_db, m_batch, m_options);
    m_options = {}; // the cancel flag and the seam belong to the first commit
    if (!done)
        return Status::failure(done.error());
    m_summary = std::move(done->summary);
    m_added = std::move(done->added);
    m_committed = true;
    noteAttached();
    return {};
}

Status ImportArticlesCommand::remove()
{
    db::IncidentRepository repo(m_db);
    db::Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    // Last in, first out: articles attached to stored incidents, then the
    // new incidents (their own articles go with them).
    for (auto it = m_attached.crbegin(); it != m_attached.crend(); ++it)
        if (Status s = repo.detachSourceInTransaction(it->first, it->second.dbId); !s)
            return Status::failure(tr("Cannot undo the import: %1").arg(s.error()));
    // The fields the articles filled, latest first, so that an incident
    // filled twice ends as it was before the first.
    const QList<FilledIncident> &filled = m_summary.filled;
    for (auto it = filled.crbegin(); it != filled.crend(); ++it)
        if (Status s = writeFields(repo, it->before, it->timesBefore); !s)
            return Status::failure(tr("Cannot undo the import: %1").arg(s.error()));
    for (const Incident &incident : std::as_const(m_added))
        if (!repo.exists(incident.dbId))
            return Status::failure(
                tr("Cannot undo the import: incident %1 is no longer in the database.")
                    .arg(incident.id));
    if (Status s = repo.removeManyInTransaction(m_summary.added); !s)
        return Status::failure(tr("Cannot undo the import: %1").arg(s.error()));
    return tx.commit();
}

Status ImportArticlesCommand::restore()
{
    db::IncidentRepository repo(m_db);
    db::Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    for (const Incident &incident : std::as_const(m_added))
        if (Status s = repo.restoreExactInTransaction(incident); !s)
            return Status::failure(tr("Cannot redo the import: %1").arg(s.error()));
    for (const FilledIncident &fill : std::as_const(m_summary.filled))
        if (Status s = writeFields(repo, fill.after, fill.timesAfter); !s)
            return Status::failure(tr("Cannot redo the import: %1").arg(s.error()));
    for (const auto &[incidentId, source] : std::as_const(m_attached))
        if (Status s = repo.restoreSourceInTransaction(incidentId, source); !s)
            return Status::failure(tr("Cannot redo the import: %1").arg(s.error()));
    return tx.commit();
}

} // namespace vigie::commands
