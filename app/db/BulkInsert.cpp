// SPDX-License-Identifier: GPL-3.0-or-later
// IncidentRepository::BulkInsert: a large import in one transaction.
#include "BulkKeys.h"
#include "Database.h"
#include "IncidentRepository.h"
#include "LoadMarker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <algorithm>

#include <sqlite3.h>
#include <unistd.h>

namespace vigie::db {

namespace {

// Below this many rows a bulk insert into a populated database keeps the SQL
// look-ups; past it, reading every key once is cheaper than a query per row.
constexpr qint64 keysAfterRows = 1024;

// Indexes whose keys arrive in random order (a b-tree insert each, all over
// the index): into an empty database they are built once, sorted, at commit.
// The incident_facets and incident_source indexes grow at their end anyway.
constexpr const char *deferrable[] = {"incident_by_slug", "source_by_hash", "source_by_url"};

// Switches an empty database file to an in-memory rollback journal for a bulk
// load, under a LoadMarker; null (the WAL path) when that is not possible.
// The WAL writes every page twice (into the WAL at commit, then into the file
// at the checkpoint) and can only be left by a connection alone on the file.
std::unique_ptr<LoadMarker> loadWithoutWal(const Database &db)
{
    if (db.path().isEmpty() || db.path() == QLatin1String(":memory:") ||
        !sqlite3_get_autocommit(db.handle()) || db.journalMode() != QLatin1String("wal"))
        return nullptr;
    // Nothing to lose if the load is cut short: the marker's rule (delete the
    // file) must never destroy a row that was committed before.
    auto empty = db.prepare("SELECT NOT EXISTS (SELECT 1 FROM incident) "
                            "AND NOT EXISTS (SELECT 1 FROM source) "
                            "AND NOT EXISTS (SELECT 1 FROM saved_view)");
    if (!empty || !empty->step() || !empty->integer(0))
        return nullptr;
    empty->reset();
    auto marker = std::make_unique<LoadMarker>();
    if (!marker->acquire(db.path()))
        return nullptr;
    // Fails (stays "wal") when another connection has the file open.
    if (!db.exec("PRAGMA journal_mode = MEMORY") || db.journalMode() != QLatin1String("memory"))
        return nullptr; // the marker goes with it
    return marker;
}

} // namespace

IncidentRepository::BulkInsert::BulkInsert(IncidentRepository &repo,
                                           std::unique_ptr<LoadMarker> marker)
    : m_repo(&repo)
    , m_marker(std::move(marker))
    , m_tx(std::make_unique<Transaction>(repo.m_db))
    , m_keys(std::make_unique<BulkKeys>(repo.m_db))
{
    // A large transaction that outgrows SQLite's default 2 MB page cache
    // spills pages to the WAL and reads them back; a large cache keeps the
    // hot b-tree pages (rightmost leaves, index interiors) in memory.
    if (auto size = repo.m_db.prepare("PRAGMA cache_size"); size && size->step())
        m_savedCacheSize = size->int64(0);
    repo.m_db.exec("PRAGMA cache_size = -262144");
    // Past the cache, SQLite spills dirty pages to the WAL mid-transaction,
    // and pages dirtied again are written again (the WAL held 1 GB of frames
    // before a 1M-incident commit). Dirty pages stay in memory up to 2 GiB
    // instead: the trade-off is the memory of a very large import.
    repo.m_db.exec("PRAGMA cache_spill = 524288");
    repo.m_bulkNow = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

IncidentRepository::BulkInsert::~BulkInsert()
{
    if (!m_repo)
        return;
    m_repo->m_keys = nullptr;
    m_repo->m_bulkNow.clear();
    m_tx.reset(); // rolls back unless committed (the dropped indexes come back)
    leaveUnjournaled();
    m_repo->m_db.exec("PRAGMA cache_spill = ON");
    if (m_savedCacheSize) {
        const QByteArray pragma = "PRAGMA cache_size = " + QByteArray::number(m_savedCacheSize);
        m_repo->m_db.exec(pragma.constData());
    }
}

IncidentRepository::BulkInsert::BulkInsert(BulkInsert &&other) noexcept
    : m_repo(std::exchange(other.m_repo, nullptr))
    , m_marker(std::move(other.m_marker))
    , m_tx(std::move(other.m_tx))
    , m_keys(std::move(other.m_keys))
    , m_deferredIndexes(std::move(other.m_deferredIndexes))
    , m_inserted(other.m_inserted)
    , m_firstId(other.m_firstId)
    , m_lastId(other.m_lastId)
    , m_savedCacheSize(other.m_savedCacheSize)
{
}

Result<IncidentRepository::BulkInsert> IncidentRepository::beginBulkInsert()
{
    using R = Result<BulkInsert>;
    BulkInsert bulk(*this, loadWithoutWal(m_db));
    if (!bulk.m_tx->isActive())
        return R::failure(bulk.m_tx->error());
    auto empty = m_db.prepare("SELECT NOT EXISTS (SELECT 1 FROM incident) "
                              "AND NOT EXISTS (SELECT 1 FROM source)");
    if (!empty || !empty->step())
        return R::failure(m_db.lastError());
    const bool fresh = empty->integer(0) != 0;
    empty->reset(); // DROP INDEX fails while a statement is running
    if (fresh) {
        // Nothing stored: the keys are complete from the start, and the
        // random-order indexes can wait for the commit.
        m_keys = bulk.m_keys.get();
        if (Status s = bulk.deferIndexes(); !s)
            return R::failure(s.error());
    } else if (bulk.m_marker) {
        // Another process wrote between the check and the transaction.
        return R::failure(QCoreApplication::translate(
            "IncidentRepository",
            "The database changed during the start of the import; try again."));
    }
    return bulk;
}

// Back to the WAL once the transaction is over (committed or rolled back),
// then the marker goes: the file is complete and durable.
Status IncidentRepository::BulkInsert::leaveUnjournaled()
{
    if (!m_marker)
        return {};
    const Database &db = m_repo->m_db;
    // SQLite syncs the file at commit; this makes sure of it whatever the
    // synchronous setting before the marker, the only record of an
    // incomplete load, is removed.
    if (QFile file(db.path()); file.open(QIODevice::ReadOnly))
        ::fsync(file.handle());
    Status s = db.exec("PRAGMA journal_mode = WAL");
    if (s && db.journalMode() != QLatin1String("wal"))
        s = Status::failure(db.lastError());
    m_marker.reset(); // removes the marker
    return s;
}

Status IncidentRepository::BulkInsert::deferIndexes()
{
    // The statements are read back from the schema itself, so the rebuilt
    // indexes are exactly the ones the migrations made. DDL is transactional:
    // a rollback restores them.
    for (const char *name : deferrable) {
        Statement *sql = m_repo->m_db.cached("SELECT sql FROM sqlite_schema WHERE type = 'index' "
                                             "AND name = ?");
        if (!sql)
            return Status::failure(m_repo->m_db.lastError());
        sql->bind(1, QString::fromLatin1(name));
        const bool exists = sql->step();
        const QByteArray create = exists ? sql->utf8(0).toByteArray() : QByteArray();
        sql->reset();
        if (!exists)
            continue;
        const QByteArray drop = QByteArray("DROP INDEX ") + name;
        if (Status s = m_repo->m_db.exec(drop.constData()); !s)
            return s;
        m_deferredIndexes.append(create);
    }
    return {};
}

Result<qint64> IncidentRepository::BulkInsert::insert(Incident &incident)
{
    if (!m_repo->m_keys && ++m_inserted >= keysAfterRows) {
        if (Status s = m_keys->load(); !s)
            return Result<qint64>::failure(s.error());
        m_repo->m_keys = m_keys.get();
    }
    auto id = m_repo->insertRow(incident, false);
    if (id) {
        if (!m_firstId)
            m_firstId = *id;
        m_firstId = std::min(m_firstId, *id);
        m_lastId = std::max(m_lastId, *id);
    }
    return id;
}

Status IncidentRepository::BulkInsert::commit()
{
    const Database &db = m_repo->m_db;
    for (const QByteArray &create : std::as_const(m_deferredIndexes))
        if (Status s = db.exec(create.constData()); !s)
            return s; // a UNIQUE index that cannot be built: nothing is committed
    m_deferredIndexes.clear();
    if (m_marker) {
        // Indexed in this transaction: with no WAL, the index pages are
        // written once, and the database is never seen without its index.
        if (m_firstId)
            if (Status s = m_repo->indexRange(m_firstId, m_lastId, false); !s)
                return s;
        if (Status s = m_tx->commit(); !s)
            return s;
        return leaveUnjournaled();
    }
    if (m_firstId) {
        Statement *pending = db.cached("INSERT INTO fts_pending (first_id, last_id) VALUES (?, ?)");
        if (!pending)
            return Status::failure(db.lastError());
        pending->bind(1, m_firstId).bind(2, m_lastId);
        if (Status s = pending->exec(); !s)
            return s;
    }
    return m_tx->commit();
}

} // namespace vigie::db
