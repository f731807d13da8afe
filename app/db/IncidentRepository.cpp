// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentRepository.h"

#include "BulkKeys.h"
#include "Database.h"
#include "IncidentRows.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace vigie::db {

using namespace rows;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IncidentRepository", text);
}

} // namespace

QString makeSlug(const Incident &incident)
{
    QString base = incident.victims.isEmpty() ? incident.title : incident.victims.first();
    base = base.normalized(QString::NormalizationForm_KD);
    QString words;
    int count = 0;
    bool lastDash = true;
    for (QChar c : base) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            words.append(c.toLower());
            lastDash = false;
        } else if (!c.isMark() && !lastDash) {
            if (++count >= 6)
                break;
            words.append(u'-');
            lastDash = true;
        }
    }
    while (words.endsWith(u'-'))
        words.chop(1);
    if (words.isEmpty())
        words = QStringLiteral("incident");
    const QString date = incident.occurred.truncated(PartialDate::Precision::Month).toIso();
    return date.isEmpty() ? words : date + u'-' + words;
}

QString IncidentRepository::uniqueSlug(const Incident &incident)
{
    const QString base = incident.id.isEmpty() ? makeSlug(incident) : incident.id;
    // Every candidate is checked, so a remembered suffix only skips ones
    // known to be taken (a hash collision of two bases skips free ones).
    int n = m_keys ? m_keys->nextSuffix(base) : 0;
    QString slug = n > 1 ? base + u'-' + QString::number(n) : base;
    n = std::max(n, 1);
    while (slugTaken(slug))
        slug = base + u'-' + QString::number(++n);
    if (m_keys)
        m_keys->setNextSuffix(base, n + 1);
    return slug;
}

bool IncidentRepository::slugTaken(const QString &slug) const
{
    if (m_keys)
        switch (m_keys->slug(slug)) {
        case BulkKeys::Lookup::Absent:
            return false;
        case BulkKeys::Lookup::Found:
            return true;
        case BulkKeys::Lookup::Unsure:
            break;
        }
    return findBySlug(slug).has_value();
}

Status IncidentRepository::insertAll(QList<Incident> &incidents)
{
    auto bulk = beginBulkInsert();
    if (!bulk)
        return Status::failure(bulk.error());
    for (Incident &incident : incidents) {
        auto id = bulk->insert(incident);
        if (!id) {
            for (Incident &done : incidents)
                done.dbId = 0;
            return Status::failure(id.error());
        }
    }
    if (Status s = bulk->commit(); !s) {
        for (Incident &done : incidents)
            done.dbId = 0;
        return s;
    }
    // The rows are stored; a failure here leaves the range pending, retried
    // by the next indexPending().
    return indexPending();
}

bool IncidentRepository::hasPendingIndex() const
{
    Statement *s = m_db.cached("SELECT EXISTS (SELECT 1 FROM fts_pending)");
    const bool pending = s && s->step() && s->integer(0);
    if (s)
        s->reset();
    return pending;
}

Status IncidentRepository::indexPending()
{
    if (!hasPendingIndex())
        return {};
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    auto ranges = m_db.prepare("SELECT first_id, last_id FROM fts_pending");
    if (!ranges)
        return Status::failure(ranges.error());
    QList<std::pair<qint64, qint64>> todo;
    while (ranges->step())
        todo.append({ranges->int64(0), ranges->int64(1)});
    for (const auto &[first, last] : todo)
        if (Status s = indexRange(first, last); !s)
            return s;
    if (Status s = m_db.exec("DELETE FROM fts_pending"); !s)
        return s;
    return tx.commit();
}

Result<qint64> IncidentRepository::insertInTransaction(Incident &incident)
{
    return insertRow(incident, true);
}

Result<qint64> IncidentRepository::insertRow(Incident &incident, bool index)
{
    using R = Result<qint64>;
    if (!incident.id.isEmpty() && slugTaken(incident.id))
        return R::failure(tr("An incident with id %1 already exists.").arg(incident.id));
    const QString slug = uniqueSlug(incident);
    Statement *s =
        m_db.cached("INSERT INTO incident (id, slug, title, published_day, published_prec, "
                    "occurred_day, occurred_prec, disclosed_day, disclosed_prec, country, "
                    "region, department, commune, victims, victim_kind, attack_types, "
                    "threat_actor, data_compromised, data_spared, impacts, ransom_stated, "
                    "ransom_amount, ransom_currency, records_affected, summary, created_at, "
                    "modified_at) VALUES "
                    "(NULL,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,"
                    "?20,?21,?22,?23,?24,?25,?26,?26)");
    if (!s)
        return R::failure(m_db.lastError());
    s->bind(2, slug);
    s->bindText(26, m_bulkNow.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate)
                                        : m_bulkNow);
    bindIncident(*s, incident);
    if (Status st = s->exec(); !st)
        return R::failure(tr("Storing incident %1 failed: %2").arg(slug, st.error()));
    const qint64 id = m_db.lastInsertId();
    if (m_keys)
        m_keys->addSlug(slug, id);
    if (Status st = linkSources(id, incident.sources); !st)
        return R::failure(st.error());
    if (index)
        if (Status st = this->index(id); !st)
            return R::failure(st.error());
    incident.dbId = id;
    incident.id = slug;
    return id;
}

Status IncidentRepository::update(const Incident &incident)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    if (Status s = updateInTransaction(incident); !s)
        return s;
    return tx.commit();
}

Status IncidentRepository::updateInTransaction(const Incident &incident)
{
    if (Status st = unindex(incident.dbId); !st)
        return st;
    Statement *s =
        m_db.cached("UPDATE incident SET slug = ?2, title = ?3, published_day = ?4, "
                    "published_prec = ?5, occurred_day = ?6, occurred_prec = ?7, "
                    "disclosed_day = ?8, disclosed_prec = ?9, country = ?10, region = ?11, "
                    "department = ?12, commune = ?13, victims = ?14, victim_kind = ?15, "
                    "attack_types = ?16, threat_actor = ?17, data_compromised = ?18, "
                    "data_spared = ?19, impacts = ?20, ransom_stated = ?21, "
                    "ransom_amount = ?22, ransom_currency = ?23, records_affected = ?24, "
                    "summary = ?25, modified_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                    "WHERE id = ?1");
    if (!s)
        return Status::failure(m_db.lastError());
    s->bind(1, incident.dbId);
    s->bind(2, incident.id);
    bindIncident(*s, incident);
    if (Status st = s->exec(); !st)
        return st;
    Statement *unlink = m_db.cached("DELETE FROM incident_source WHERE incident_id = ?");
    if (!unlink)
        return Status::failure(m_db.lastError());
    unlink->bind(1, incident.dbId);
    if (Status st = unlink->exec(); !st)
        return st;
    QList<Source> sources = incident.sources;
    if (Status st = linkSources(incident.dbId, sources, true); !st)
        return st;
    return index(incident.dbId);
}

Status IncidentRepository::insertRestoredRow(const Incident &incident)
{
    if (incident.dbId <= 0 || incident.id.isEmpty())
        return Status::failure(tr("Only a stored incident can be restored."));
    if (exists(incident.dbId) || slugTaken(incident.id))
        return Status::failure(
            tr("Incident %1 cannot be restored: its id is taken by another one.").arg(incident.id));
    // created_at and modified_at take their defaults (now): an undo puts the
    // old ones back with setRowTimes when it keeps them.
    Statement *s =
        m_db.cached("INSERT INTO incident (id, slug, title, published_day, published_prec, "
                    "occurred_day, occurred_prec, disclosed_day, disclosed_prec, country, "
                    "region, department, commune, victims, victim_kind, attack_types, "
                    "threat_actor, data_compromised, data_spared, impacts, ransom_stated, "
                    "ransom_amount, ransom_currency, records_affected, summary) VALUES "
                    "(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,"
                    "?20,?21,?22,?23,?24,?25)");
    if (!s)
        return Status::failure(m_db.lastError());
    s->bind(1, incident.dbId);
    s->bind(2, incident.id);
    bindIncident(*s, incident);
    if (Status st = s->exec(); !st)
        return Status::failure(tr("Restoring incident %1 failed: %2").arg(incident.id, st.error()));
    return {};
}

Status IncidentRepository::restoreInTransaction(const Incident &incident)
{
    if (Status st = insertRestoredRow(incident); !st)
        return st;
    QList<Source> sources = incident.sources;
    if (Status st = linkSources(incident.dbId, sources, true); !st)
        return st;
    return index(incident.dbId);
}

std::optional<IncidentRepository::RowTimes> IncidentRepository::rowTimes(qint64 dbId) const
{
    Statement *s = m_db.cached("SELECT created_at, modified_at FROM incident WHERE id = ?");
    if (!s)
        return std::nullopt;
    s->bind(1, dbId);
    std::optional<RowTimes> times;
    if (s->step())
        times = RowTimes{s->text(0), s->text(1)};
    s->reset();
    return times;
}

Status IncidentRepository::setRowTimes(qint64 dbId, const RowTimes &times)
{
    Statement *s =
        m_db.cached("UPDATE incident SET created_at = ?2, modified_at = ?3 WHERE id = ?1");
    if (!s)
        return Status::failure(m_db.lastError());
    s->bind(1, dbId);
    s->bindText(2, times.created).bindText(3, times.modified);
    return s->exec();
}

Status IncidentRepository::remove(const QList<qint64> &dbIds)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    for (qint64 id : dbIds)
        if (Status s = removeInTransaction(id); !s)
            return s;
    return tx.commit();
}

Status IncidentRepository::removeInTransaction(qint64 dbId)
{
    Statement *del = m_db.cached("DELETE FROM incident WHERE id = ?");
    // Sources no incident cites any more go too: an undone import leaves nothing.
    Statement *orphans =
        m_db.cached("DELETE FROM source WHERE id NOT IN (SELECT source_id FROM incident_source)");
    if (!del || !orphans)
        return Status::failure(m_db.lastError());
    if (Status s = unindex(dbId); !s)
        return s;
    del->bind(1, dbId);
    if (Status s = del->exec(); !s)
        return s;
    return orphans->exec();
}

Result<qint64> IncidentRepository::attachSourceInTransaction(qint64 incidentId, Source &source)
{
    QList<Source> one{source};
    Statement *pos = m_db.cached("SELECT coalesce(max(position) + 1, 0) FROM incident_source "
                                 "WHERE incident_id = ?");
    if (!pos)
        return Result<qint64>::failure(m_db.lastError());
    pos->bind(1, incidentId);
    const int position = pos->step() ? pos->integer(0) : 0;
    pos->reset();
    if (Status s = unindex(incidentId); !s)
        return Result<qint64>::failure(s.error());
    auto id = storeSource(one.first());
    if (!id)
        return id;
    Statement *link = m_db.cached(
        "INSERT OR IGNORE INTO incident_source (incident_id, source_id, position) VALUES (?,?,?)");
    if (!link)
        return Result<qint64>::failure(m_db.lastError());
    link->bind(1, incidentId).bind(2, *id).bind(3, position);
    if (Status s = link->exec(); !s)
        return Result<qint64>::failure(s.error());
    if (Status s = index(incidentId); !s)
        return Result<qint64>::failure(s.error());
    source.dbId = *id;
    return *id;
}

Result<qint64> IncidentRepository::storeSource(Source &source)
{
    using R = Result<qint64>;
    // The same article (by text) or the same page (by URL, for sources without
    // text) is stored once and shared.
    qint64 known = 0;
    size_t key = 0;
    const auto lookup = !m_keys                      ? BulkKeys::Lookup::Unsure
                        : !source.textHash.isEmpty() ? m_keys->sourceByHash(source.textHash, &known)
                        : !source.url.isEmpty()      ? m_keys->page(source, &known, &key)
                                                     : BulkKeys::Lookup::Absent;
    if (lookup == BulkKeys::Lookup::Found) {
        source.dbId = known;
        return known;
    }
    if (lookup == BulkKeys::Lookup::Absent) {
        // Certainly new: no query.
    } else if (!source.textHash.isEmpty()) {
        if (auto existing = findSourceByHash(source.textHash)) {
            source.dbId = *existing;
            return *existing;
        }
    } else if (!source.url.isEmpty()) {
        // Shared only when every field agrees: two records may cite one page
        // with different details.
        Statement *find = m_db.cached(
            "SELECT id FROM source WHERE url = ?1 AND text IS NULL AND coalesce(outlet,'') = ?2 "
            "AND coalesce(published_day, 0) = ?3 AND published_prec = ?4 "
            "AND coalesce(language,'') = ?5 AND coalesce(title,'') = ?6 LIMIT 1");
        if (!find)
            return R::failure(m_db.lastError());
        find->bind(1, source.url).bindText(2, source.outlet);
        find->bind(3, source.published.firstJulianDay()).bind(4, int(source.published.precision()));
        find->bindText(5, source.language).bindText(6, source.title);
        const bool found = find->step();
        if (found)
            source.dbId = find->int64(0);
        find->reset();
        if (found)
            return source.dbId;
    }
    Statement *ins = m_db.cached("INSERT INTO source (url, outlet, published_day, published_prec, "
                                 "language, title, text, text_hash) VALUES (?,?,?,?,?,?,?,?)");
    if (!ins)
        return R::failure(m_db.lastError());
    ins->bind(1, source.url).bind(2, source.outlet);
    bindDate(*ins, 3, source.published);
    ins->bind(5, source.language).bind(6, source.title);
    ins->bind(7, source.text.isEmpty() ? QString() : source.text);
    ins->bind(8, source.textHash.isEmpty() ? QByteArray() : source.textHash);
    if (Status s = ins->exec(); !s)
        return R::failure(tr("Storing source %1 failed: %2").arg(source.url, s.error()));
    source.dbId = m_db.lastInsertId();
    if (m_keys)
        m_keys->addSource(source, source.dbId, key ? std::optional<size_t>(key) : std::nullopt);
    return source.dbId;
}

Status IncidentRepository::linkSources(qint64 incidentId, QList<Source> &sources, bool keepIds)
{
    Statement *link = m_db.cached(
        "INSERT OR IGNORE INTO incident_source (incident_id, source_id, position) VALUES (?,?,?)");
    Statement *known = m_db.cached("SELECT EXISTS (SELECT 1 FROM source WHERE id = ?)");
    if (!link || !known)
        return Status::failure(m_db.lastError());
    int position = 0;
    for (Source &source : sources) {
        // An edit or an undo hands back the stored rows: link the same ones
        // (a source without text or URL would otherwise be stored again).
        if (keepIds && source.dbId > 0) {
            known->bind(1, source.dbId);
            const bool exists = known->step() && known->integer(0);
            known->reset();
            if (exists) {
                link->bind(1, incidentId).bind(2, source.dbId).bind(3, position++);
                if (Status s = link->exec(); !s)
                    return s;
                continue;
            }
        }
        auto id = storeSource(source);
        if (!id)
            return Status::failure(m_db.lastError());
        link->bind(1, incidentId).bind(2, *id).bind(3, position++);
        if (Status s = link->exec(); !s)
            return s;
    }
    return {};
}

// The text the full-text index holds for an incident (its title, summary,
// victims and the title and text of every article) is the view
// incident_fts_text (schema 3); the index keeps no copy of it.
#define VIGIE_FTS_INSERT                                                                           \
    "INSERT INTO incident_fts (rowid, title, summary, victims, articles) "                         \
    "SELECT i.id, i.title, i.summary, i.victims, i.articles FROM incident_fts_text i "

Status IncidentRepository::indexRange(qint64 firstId, qint64 lastId, bool skipIndexed)
{
    // A row of the range edited since the bulk insert was indexed by its edit
    // (index()); the docsize shadow table tells which rows the index holds.
    Statement *ins = skipIndexed
                         ? m_db.cached(VIGIE_FTS_INSERT
                                       "WHERE i.id BETWEEN ?1 AND ?2 AND NOT EXISTS "
                                       "(SELECT 1 FROM incident_fts_docsize d WHERE d.id = i.id)")
                         : m_db.cached(VIGIE_FTS_INSERT "WHERE i.id BETWEEN ?1 AND ?2");
    if (!ins)
        return Status::failure(m_db.lastError());
    ins->bind(1, firstId).bind(2, lastId);
    return ins->exec();
}

Status IncidentRepository::unindex(qint64 incidentId)
{
    // An external-content index removes a row by its tokens, so it must be
    // given the text it indexed: the view, before the row or its sources
    // change. A row of a pending range (not indexed yet) has nothing to remove.
    Statement *del = m_db.cached(
        "INSERT INTO incident_fts (incident_fts, rowid, title, summary, victims, articles) "
        "SELECT 'delete', i.id, i.title, i.summary, i.victims, i.articles "
        "FROM incident_fts_text i WHERE i.id = ?1 "
        "AND EXISTS (SELECT 1 FROM incident_fts_docsize d WHERE d.id = ?1)");
    if (!del)
        return Status::failure(m_db.lastError());
    del->bind(1, incidentId);
    return del->exec();
}

Status IncidentRepository::index(qint64 incidentId)
{
    Statement *ins = m_db.cached(VIGIE_FTS_INSERT "WHERE i.id = ?");
    if (!ins)
        return Status::failure(m_db.lastError());
    ins->bind(1, incidentId);
    return ins->exec();
}

std::optional<Incident> IncidentRepository::load(qint64 dbId) const
{
    const QByteArray sql = QByteArray("SELECT ") + incidentColumns + " FROM incident WHERE id = ?";
    Statement *s = m_db.cached(sql.constData());
    if (!s)
        return std::nullopt;
    s->bind(1, dbId);
    if (!s->step())
        return std::nullopt;
    Incident i = readIncident(*s);
    s->reset();
    i.sources = loadSources(m_db, i.dbId);
    return i;
}

QList<Incident> IncidentRepository::loadAll() const
{
    QList<Incident> out;
    const QByteArray sql = QByteArray("SELECT ") + incidentColumns + " FROM incident ORDER BY id";
    Statement *s = m_db.cached(sql.constData());
    if (!s)
        return out;
    while (s->step())
        out.append(readIncident(*s));
    for (Incident &i : out)
        i.sources = loadSources(m_db, i.dbId);
    return out;
}

qint64 IncidentRepository::count() const
{
    Statement *s = m_db.cached("SELECT count(*) FROM incident");
    const qint64 n = s && s->step() ? s->int64(0) : 0;
    if (s)
        s->reset();
    return n;
}

std::optional<qint64> IncidentRepository::findBySlug(const QString &slug) const
{
    Statement *s = m_db.cached("SELECT id FROM incident WHERE slug = ?");
    if (!s)
        return std::nullopt;
    s->bind(1, slug);
    std::optional<qint64> id;
    if (s->step())
        id = s->int64(0);
    s->reset();
    return id;
}

std::optional<qint64> IncidentRepository::findSourceByHash(const QByteArray &hash) const
{
    Statement *s = m_db.cached("SELECT id FROM source WHERE text_hash = ?");
    if (!s)
        return std::nullopt;
    s->bind(1, hash);
    std::optional<qint64> id;
    if (s->step())
        id = s->int64(0);
    s->reset();
    return id;
}

// --- Undo and redo of an import (commands::ImportArticlesCommand) ----------

bool IncidentRepository::exists(qint64 dbId) const
{
    Statement *s = m_db.cached("SELECT 1 FROM incident WHERE id = ?");
    if (!s)
        return false;
    s->bind(1, dbId);
    const bool found = s->step();
    s->reset();
    return found;
}

Status IncidentRepository::removeManyInTransaction(const QList<qint64> &dbIds)
{
    Statement *del = m_db.cached("DELETE FROM incident WHERE id = ?");
    if (!del)
        return Status::failure(m_db.lastError());
    for (qint64 id : dbIds) {
        if (!exists(id))
            return Status::failure(tr("Incident %1 is no longer in the database.").arg(id));
        if (Status s = unindex(id); !s)
            return s;
        del->bind(1, id);
        if (Status s = del->exec(); !s)
            return s;
    }
    return m_db.exec("DELETE FROM source WHERE id NOT IN (SELECT source_id FROM incident_source)");
}

Status IncidentRepository::detachSourceInTransaction(qint64 incidentId, qint64 sourceId)
{
    Statement *linked =
        m_db.cached("SELECT 1 FROM incident_source WHERE incident_id = ? AND source_id = ?");
    Statement *unlink =
        m_db.cached("DELETE FROM incident_source WHERE incident_id = ? AND source_id = ?");
    Statement *orphan = m_db.cached("DELETE FROM source WHERE id = ?1 AND NOT EXISTS "
                                    "(SELECT 1 FROM incident_source WHERE source_id = ?1)");
    if (!linked || !unlink || !orphan)
        return Status::failure(m_db.lastError());
    linked->bind(1, incidentId).bind(2, sourceId);
    const bool isLinked = linked->step();
    linked->reset();
    if (!isLinked)
        return Status::failure(tr("The article %1 is no longer a source of incident %2.")
                                   .arg(sourceId)
                                   .arg(incidentId));
    if (Status s = unindex(incidentId); !s)
        return s;
    unlink->bind(1, incidentId).bind(2, sourceId);
    if (Status s = unlink->exec(); !s)
        return s;
    orphan->bind(1, sourceId);
    if (Status s = orphan->exec(); !s)
        return s;
    return index(incidentId);
}

Status IncidentRepository::restoreSourceRow(const Source &source)
{
    Statement *known = m_db.cached("SELECT text_hash FROM source WHERE id = ?");
    if (!known)
        return Status::failure(m_db.lastError());
    known->bind(1, source.dbId);
    const bool stored = known->step();
    const QByteArray hash = stored ? known->blob(0) : QByteArray();
    known->reset();
    if (stored) {
        // Still cited by another incident: the same row, if it is the same article.
        if (hash != source.textHash)
            return Status::failure(
                tr("The article %1 was replaced by another one.").arg(source.dbId));
        return {};
    }
    Statement *ins =
        m_db.cached("INSERT INTO source (id, url, outlet, published_day, published_prec, "
                    "language, title, text, text_hash) VALUES (?,?,?,?,?,?,?,?,?)");
    if (!ins)
        return Status::failure(m_db.lastError());
    ins->bind(1, source.dbId).bind(2, source.url).bind(3, source.outlet);
    bindDate(*ins, 4, source.published);
    ins->bind(6, source.language).bind(7, source.title);
    ins->bind(8, source.text.isEmpty() ? QString() : source.text);
    ins->bind(9, source.textHash.isEmpty() ? QByteArray() : source.textHash);
    if (Status s = ins->exec(); !s)
        return Status::failure(
            tr("Restoring article %1 failed (it may have been imported "
               "again since): %2")
                .arg(source.url.isEmpty() ? source.title : source.url, s.error()));
    return {};
}

Status IncidentRepository::linkAt(qint64 incidentId, qint64 sourceId, int position)
{
    Statement *link = m_db.cached(
        "INSERT OR IGNORE INTO incident_source (incident_id, source_id, position) VALUES (?,?,?)");
    if (!link)
        return Status::failure(m_db.lastError());
    link->bind(1, incidentId).bind(2, sourceId).bind(3, position);
    return link->exec();
}

Status IncidentRepository::restoreExactInTransaction(const Incident &incident)
{
    if (Status st = insertRestoredRow(incident); !st)
        return st;
    int position = 0;
    for (const Source &source : incident.sources) {
        if (Status st = restoreSourceRow(source); !st)
            return st;
        if (Status st = linkAt(incident.dbId, source.dbId, position++); !st)
            return st;
    }
    return index(incident.dbId);
}

Status IncidentRepository::restoreSourceInTransaction(qint64 incidentId, const Source &source)
{
    if (!exists(incidentId))
        return Status::failure(tr("Incident %1 is no longer in the database.").arg(incidentId));
    Statement *pos = m_db.cached("SELECT coalesce(max(position) + 1, 0) FROM incident_source "
                                 "WHERE incident_id = ?");
    if (!pos)
        return Status::failure(m_db.lastError());
    pos->bind(1, incidentId);
    const int position = pos->step() ? pos->integer(0) : 0;
    pos->reset();
    if (Status st = unindex(incidentId); !st)
        return st;
    if (Status st = restoreSourceRow(source); !st)
        return st;
    if (Status st = linkAt(incidentId, source.dbId, position); !st)
        return st;
    return index(incidentId);
}

} // namespace vigie::db
