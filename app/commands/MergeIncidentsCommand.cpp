// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeIncidentsCommand.h"

#include "db/Database.h"
#include "notify/Notifier.h"

#include <QCoreApplication>

namespace vigie::commands {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vigie::commands", text);
}

template<typename E>
std::optional<FlagSet<E>> unite(const std::optional<FlagSet<E>> &a,
                                const std::optional<FlagSet<E>> &b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return FlagSet<E>(a->bits() | b->bits());
}

void fill(QString &field, const QString &from)
{
    if (field.isEmpty())
        field = from;
}

void fill(PartialDate &field, const PartialDate &from)
{
    if (field.isNull())
        field = from;
}

template<typename T>
void fill(std::optional<T> &field, const std::optional<T> &from)
{
    if (!field)
        field = from;
}

QString nameOf(const Incident &incident)
{
    if (!incident.victims.isEmpty())
        return incident.victims.first();
    return incident.title.isEmpty() ? incident.id : incident.title;
}

} // namespace

Incident mergeIncidents(const Incident &kept, const Incident &merged)
{
    Incident out = kept;
    fill(out.title, merged.title);
    fill(out.published, merged.published);
    fill(out.occurred, merged.occurred);
    fill(out.disclosed, merged.disclosed);
    // A region, department or commune only means something in its country.
    if (out.country.isEmpty() || out.country == merged.country) {
        fill(out.country, merged.country);
        fill(out.region, merged.region);
        // A department of another region would contradict the kept region.
        if (out.region == merged.region)
            fill(out.department, merged.department);
        if (out.department.isEmpty() || out.department == merged.department)
            fill(out.commune, merged.commune);
    }
    for (const QString &victim : merged.victims)
        if (!out.victims.contains(victim, Qt::CaseInsensitive))
            out.victims.append(victim);
    fill(out.victimKind, merged.victimKind);
    out.attackTypes = unite(out.attackTypes, merged.attackTypes);
    fill(out.threatActor, merged.threatActor);
    out.dataCompromised = unite(out.dataCompromised, merged.dataCompromised);
    out.dataSpared = unite(out.dataSpared, merged.dataSpared);
    out.impacts = unite(out.impacts, merged.impacts);
    if (out.impacts && out.impacts->size() > 1)
        out.impacts->remove(Impact::NoneReported);
    if (out.ransom && merged.ransom && !out.ransom->amount && merged.ransom->amount)
        out.ransom = merged.ransom; // the same demand, with its amount
    fill(out.ransom, merged.ransom);
    fill(out.recordsAffected, merged.recordsAffected);
    fill(out.summary, merged.summary);
    for (const Source &source : merged.sources) {
        const bool cited =
            std::any_of(out.sources.cbegin(), out.sources.cend(), [&](const Source &s) {
                return source.dbId ? s.dbId == source.dbId : s == source;
            });
        if (!cited)
            out.sources.append(source);
    }
    return out;
}

MergeIncidentsCommand::MergeIncidentsCommand(const db::Database &db, Notifier &notifier,
                                             qint64 keptId, qint64 mergedId, QUndoCommand *parent)
    : DataCommand(parent)
    , m_db(db)
    , m_notifier(notifier)
{
    db::IncidentRepository repo(m_db);
    if (keptId != mergedId) {
        m_kept = repo.load(keptId);
        m_merged = repo.load(mergedId);
    }
    if (m_kept && m_merged) {
        m_keptTimes = repo.rowTimes(keptId);
        m_mergedTimes = repo.rowTimes(mergedId);
        m_result = mergeIncidents(*m_kept, *m_merged);
        setText(tr("Merge %1 into %2").arg(nameOf(*m_merged), nameOf(*m_kept)));
    } else {
        setText(tr("Merge incidents"));
    }
}

Status MergeIncidentsCommand::doMerge()
{
    if (!m_kept || !m_merged)
        return Status::failure(tr("Both incidents must be stored, and different, to be merged."));
    db::Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    db::IncidentRepository repo(m_db);
    // A cites B's articles first, so removing B leaves none of them orphaned.
    if (Status s = repo.updateInTransaction(m_result); !s)
        return s;
    if (m_resultTimes)
        if (Status s = repo.setRowTimes(m_result.dbId, *m_resultTimes); !s)
            return s;
    if (Status s = repo.removeInTransaction(m_merged->dbId); !s)
        return s;
    return tx.commit();
}

Status MergeIncidentsCommand::undoMerge()
{
    db::Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    db::IncidentRepository repo(m_db);
    // B first, so its articles are cited again before A lets them go.
    if (Status s = repo.restoreInTransaction(*m_merged); !s)
        return s;
    if (Status s = repo.updateInTransaction(*m_kept); !s)
        return s;
    for (const auto &[id, times] :
         {std::pair{m_kept->dbId, m_keptTimes}, std::pair{m_merged->dbId, m_mergedTimes}})
        if (times)
            if (Status s = repo.setRowTimes(id, *times); !s)
                return s;
    return tx.commit();
}

void MergeIncidentsCommand::redo()
{
    Status s = doMerge();
    if (s && !m_resultTimes)
        m_resultTimes = db::IncidentRepository(m_db).rowTimes(m_result.dbId);
    const bool ok = s.ok();
    report(std::move(s));
    if (!ok)
        return;
    Q_EMIT m_notifier.incidentsRemoved({m_merged->dbId});
    Q_EMIT m_notifier.incidentsChanged({m_kept->dbId});
}

void MergeIncidentsCommand::undo()
{
    Status s = undoMerge();
    const bool ok = s.ok();
    report(std::move(s));
    if (!ok)
        return;
    Q_EMIT m_notifier.incidentsAdded({m_merged->dbId});
    Q_EMIT m_notifier.incidentsChanged({m_kept->dbId});
}

} // namespace vigie::commands
