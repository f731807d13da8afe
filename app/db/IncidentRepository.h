// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Incident.h"
#include "model/Result.h"

#include <QList>

#include <memory>
#include <optional>

namespace vigie::db {

class BulkKeys;
class Database;
class LoadMarker;
class Transaction;

// Reads and writes incidents with their sources. The *InTransaction calls
// expect the caller to hold a Transaction, so that a batch lands whole; the
// others open their own.
class IncidentRepository {
public:
    explicit IncidentRepository(const Database &db)
        : m_db(db)
    {
    }

    // Inserts every incident, or none. Assigns dbId (and a slug when id is
    // empty) to each.
    Status insertAll(QList<Incident> &incidents);

    // A large import in one transaction. Rows go in one by one with cached
    // statements; slug uniqueness and source sharing are looked up in memory
    // (BulkKeys) instead of by a query per row; into an empty database the
    // random-order indexes (slug, URL, text hash) are dropped and rebuilt
    // before the commit. The full-text indexing (tokenising every text) is
    // recorded as a pending id range in the same transaction and done
    // afterwards by indexPending(), in one INSERT ... SELECT. Destroying it
    // without commit() rolls everything back.
    //
    // Into an empty database file (no incident, source or saved view) that no
    // other connection uses, the load runs with an in-memory rollback journal
    // instead of the WAL, so every page is written once, and the full-text
    // index is built inside the same transaction; a LoadMarker beside the
    // file lets the next open discard a load cut short by a crash (the file
    // held nothing before it). README.md explains why this is safe.
    class BulkInsert {
    public:
        ~BulkInsert();
        BulkInsert(BulkInsert &&) noexcept;
        BulkInsert &operator=(BulkInsert &&) = delete;
        Result<qint64> insert(Incident &incident);
        Status commit();

    private:
        friend class IncidentRepository;
        BulkInsert(IncidentRepository &repo, std::unique_ptr<LoadMarker> marker);
        Status deferIndexes();
        Status leaveUnjournaled();
        IncidentRepository *m_repo;
        std::unique_ptr<LoadMarker> m_marker; // set while loading without the WAL
        std::unique_ptr<Transaction> m_tx;
        std::unique_ptr<BulkKeys> m_keys;
        QList<QByteArray> m_deferredIndexes; // CREATE INDEX statements to run at commit()
        qint64 m_inserted = 0;
        qint64 m_firstId = 0;
        qint64 m_lastId = 0;
        qint64 m_savedCacheSize = 0;
    };
    Result<BulkInsert> beginBulkInsert();
    // Indexes the rows of committed bulk inserts (its own transaction). Text
    // search calls it first, so a query never misses a row.
    Status indexPending();
    bool hasPendingIndex() const;
    Result<qint64> insertInTransaction(Incident &incident);
    // Rewrites a stored incident (by dbId) and its list of sources; a source
    // with a dbId of a stored row is linked as that row, others are stored
    // (or shared) as by insert. The full-text index follows.
    Status update(const Incident &incident);
    Status updateInTransaction(const Incident &incident);
    // Puts back an incident removed earlier, with its dbId and slug (for an
    // undo): fails if either is taken. Sources are linked as by update().
    Status restoreInTransaction(const Incident &incident);

    // When a row was created and last changed (ISO 8601, UTC), which an
    // undo puts back too.
    struct RowTimes {
        QString created;
        QString modified;
        friend bool operator==(const RowTimes &, const RowTimes &) = default;
    };
    std::optional<RowTimes> rowTimes(qint64 dbId) const;
    Status setRowTimes(qint64 dbId, const RowTimes &times);
    Status remove(const QList<qint64> &dbIds);
    Status removeInTransaction(qint64 dbId);
    // Many at once: the articles no incident cites any more are deleted
    // once at the end, not after each incident (an undone import of
    // thousands). Fails when one of them is not stored.
    Status removeManyInTransaction(const QList<qint64> &dbIds);
    // Attaches a source to an existing incident (reusing an identical stored
    // source), in the caller's transaction.
    Result<qint64> attachSourceInTransaction(qint64 incidentId, Source &source);

    // For undoing and redoing an import (commands::ImportArticlesCommand),
    // in the caller's transaction:
    // detaches a source from an incident, deletes the source when no other
    // incident cites it, and reindexes the incident. Fails when it is not
    // attached.
    Status detachSourceInTransaction(qint64 incidentId, qint64 sourceId);
    // As restoreInTransaction, but every article comes back with its own row
    // id too (sources still stored are linked again), and an article stored
    // again under another id since (the same text imported after an undo)
    // makes it fail instead of sharing that row: the redo of an import.
    Status restoreExactInTransaction(const Incident &incident);
    // Puts back a detached source (same row id) after the incident's others.
    Status restoreSourceInTransaction(qint64 incidentId, const Source &source);
    bool exists(qint64 dbId) const;

    std::optional<Incident> load(qint64 dbId) const;
    QList<Incident> loadAll() const;
    qint64 count() const;
    std::optional<qint64> findBySlug(const QString &slug) const;
    // An article already stored, by the hash of its normalised text.
    std::optional<qint64> findSourceByHash(const QByteArray &hash) const;

private:
    Result<qint64> storeSource(Source &source);
    Status restoreSourceRow(const Source &source);
    Status linkAt(qint64 incidentId, qint64 sourceId, int position);
    Status linkSources(qint64 incidentId, QList<Source> &sources, bool keepIds = false);
    Result<qint64> insertRow(Incident &incident, bool index);
    // The row of a removed incident again, with its dbId and slug (restores).
    Status insertRestoredRow(const Incident &incident);
    // The full-text index of one incident: unindex() before the row or its
    // sources change (it reads the text being removed), index() after.
    Status unindex(qint64 incidentId);
    Status index(qint64 incidentId);
    // skipIndexed: leave out rows an edit has indexed since (pending ranges).
    Status indexRange(qint64 firstId, qint64 lastId, bool skipIndexed = true);
    QString uniqueSlug(const Incident &incident);
    bool slugTaken(const QString &slug) const;

    const Database &m_db;
    BulkKeys *m_keys = nullptr; // set while a BulkInsert holds usable keys
    QString m_bulkNow;          // created_at/modified_at of a bulk insert's rows
};

// "2022-08-chsf-corbeil-essonnes": the date of `occurred` and a few words of
// the first victim (or the title), ASCII, lower case.
QString makeSlug(const Incident &incident);

} // namespace vigie::db
