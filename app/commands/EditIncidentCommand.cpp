// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditIncidentCommand.h"

#include "db/Database.h"
#include "notify/Notifier.h"

#include <QCoreApplication>

namespace vigie::commands {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vigie::commands", text);
}

QString nameOf(const Incident &incident)
{
    if (!incident.victims.isEmpty())
        return incident.victims.first();
    return incident.title.isEmpty() ? incident.id : incident.title;
}

} // namespace

EditIncidentCommand::EditIncidentCommand(const db::Database &db, Notifier &notifier, Incident after,
                                         QUndoCommand *parent)
    : DataCommand(parent)
    , m_db(db)
    , m_notifier(notifier)
    , m_after(std::move(after))
{
    db::IncidentRepository repo(m_db);
    if (auto stored = repo.load(m_after.dbId)) {
        m_before = std::move(*stored);
        m_beforeTimes = repo.rowTimes(m_after.dbId);
        m_found = true;
    }
    setText(tr("Edit %1").arg(nameOf(m_found ? m_before : m_after)));
}

Status EditIncidentCommand::write(const Incident &incident,
                                  const std::optional<db::IncidentRepository::RowTimes> &times)
{
    if (!m_found)
        return Status::failure(tr("The incident to edit is no longer in the database."));
    db::Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    db::IncidentRepository repo(m_db);
    if (Status s = repo.updateInTransaction(incident); !s)
        return s;
    if (times)
        if (Status s = repo.setRowTimes(incident.dbId, *times); !s)
            return s;
    return tx.commit();
}

void EditIncidentCommand::redo()
{
    // The first redo stamps the modification time; a redo after an undo
    // puts that same time back.
    Status s = write(m_after, m_afterTimes);
    if (s && !m_afterTimes)
        m_afterTimes = db::IncidentRepository(m_db).rowTimes(m_after.dbId);
    const bool ok = s.ok();
    report(std::move(s));
    if (ok)
        Q_EMIT m_notifier.incidentsChanged({m_after.dbId});
}

void EditIncidentCommand::undo()
{
    Status s = write(m_before, m_beforeTimes);
    const bool ok = s.ok();
    report(std::move(s));
    if (ok)
        Q_EMIT m_notifier.incidentsChanged({m_before.dbId});
}

} // namespace vigie::commands
