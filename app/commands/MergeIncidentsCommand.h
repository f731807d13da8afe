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

// `kept` with what `merged` adds: every field `kept` does not state is taken
// from `merged` (the place as a whole: region, department and commune only
// when the countries agree or `kept` has none), the sets and the victims
// are united ("none reported" dropped from impacts when others are there),
// and the sources of `merged` not already cited follow those of `kept`.
// Pure: the merge dialog shows its result before the user confirms.
Incident mergeIncidents(const Incident &kept, const Incident &merged);

// Merges stored incident B into stored incident A in one transaction: A
// becomes mergeIncidents(A, B), B is removed (its articles now cite A).
// Undo puts both records back exactly (ids, slugs, sources, times).
// Notifier: incidentsChanged({A}) and incidentsRemoved({B}); on undo
// incidentsAdded({B}) and incidentsChanged({A}).
class MergeIncidentsCommand : public DataCommand {
public:
    MergeIncidentsCommand(const db::Database &db, Notifier &notifier, qint64 keptId,
                          qint64 mergedId, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const Incident &result() const { return m_result; }

private:
    using Times = std::optional<db::IncidentRepository::RowTimes>;
    Status doMerge();
    Status undoMerge();

    const db::Database &m_db;
    Notifier &m_notifier;
    std::optional<Incident> m_kept;   // A before
    std::optional<Incident> m_merged; // B before
    Incident m_result;
    Times m_keptTimes;
    Times m_mergedTimes;
    Times m_resultTimes;
};

} // namespace vigie::commands
