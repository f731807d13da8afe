// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataCommand.h"
#include "db/IncidentRepository.h"
#include "model/Incident.h"

#include <optional>

namespace vigie {
class Notifier;
}
namespace vigie::db {
class Database;
}

namespace vigie::commands {

// Replaces one stored incident (found by `after.dbId`) with `after`, in one
// transaction; undo puts back the record as it was, its creation and
// modification times included. Notifier::incidentsChanged either way.
class EditIncidentCommand : public DataCommand {
public:
    EditIncidentCommand(const db::Database &db, Notifier &notifier, Incident after,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const Incident &before() const { return m_before; }
    const Incident &after() const { return m_after; }

private:
    Status write(const Incident &incident,
                 const std::optional<db::IncidentRepository::RowTimes> &times);

    const db::Database &m_db;
    Notifier &m_notifier;
    Incident m_before;
    Incident m_after;
    bool m_found = false;
    std::optional<db::IncidentRepository::RowTimes> m_beforeTimes;
    std::optional<db::IncidentRepository::RowTimes> m_afterTimes; // of the first redo
};

} // namespace vigie::commands
