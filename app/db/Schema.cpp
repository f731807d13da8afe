// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.h"

#include "Database.h"

#include <QCoreApplication>

#include <array>

namespace vigie::db {

namespace {

// Dates are partial: the first day of the period as a Julian day number plus
// its precision (0 none, 1 year, 2 month, 3 day), never a timestamp.
// Vocabulary values are the numbers of app/model/Vocabulary.h; sets are bit
// masks; NULL always means "not stated".
constexpr const char *migration1 = R"sql(
CREATE TABLE incident (
    id               INTEGER PRIMARY KEY,
    slug             TEXT,
    title            TEXT NOT NULL DEFAULT '',
    published_day    INTEGER,
    published_prec   INTEGER NOT NULL DEFAULT 0,
    occurred_day     INTEGER,
    occurred_prec    INTEGER NOT NULL DEFAULT 0,
    disclosed_day    INTEGER,
    disclosed_prec   INTEGER NOT NULL DEFAULT 0,
    country          TEXT,
    region           TEXT,
    department       TEXT,
    commune          TEXT,
    victims          TEXT NOT NULL DEFAULT '[]',
    victim_kind      INTEGER,
    attack_types     INTEGER,
    threat_actor     TEXT,
    data_compromised INTEGER,
    data_spared      INTEGER,
    impacts          INTEGER,
    ransom_stated    INTEGER NOT NULL DEFAULT 0,
    ransom_amount    REAL,
    ransom_currency  TEXT,
    records_affected INTEGER,
    summary          TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    modified_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    -- The facets of the filter snapshot packed into two integers (kept by
    -- SQLite itself), so that loading a million incidents reads 7 columns
    -- instead of 17. Per date: (julian day & 0x7FFFFF) << 2 | precision.
    -- facet_dates: occurred | disclosed << 25 | impacts << 50;
    -- facet_codes: published | victim kind + 1 << 25 | ransom << 30 |
    --              attack types << 31 | data compromised << 47 | spared << 55.
    facet_dates      INTEGER GENERATED ALWAYS AS (
        (((coalesce(occurred_day, 0) & 8388607) << 2) | (occurred_prec & 3))
        | ((((coalesce(disclosed_day, 0) & 8388607) << 2) | (disclosed_prec & 3)) << 25)
        | ((coalesce(impacts, 0) & 255) << 50)) STORED,
    facet_codes      INTEGER GENERATED ALWAYS AS (
        (((coalesce(published_day, 0) & 8388607) << 2) | (published_prec & 3))
        | ((CASE WHEN victim_kind BETWEEN 0 AND 30 THEN victim_kind + 1 ELSE 0 END) << 25)
        | ((ransom_stated != 0) << 30)
        | ((coalesce(attack_types, 0) & 65535) << 31)
        | ((coalesce(data_compromised, 0) & 255) << 47)
        | ((coalesce(data_spared, 0) & 255) << 55)) STORED
);
CREATE UNIQUE INDEX incident_by_slug ON incident(slug);

CREATE TABLE source (
    id             INTEGER PRIMARY KEY,
    url            TEXT,
    outlet         TEXT,
    published_day  INTEGER,
    published_prec INTEGER NOT NULL DEFAULT 0,
    language       TEXT,
    title          TEXT,
    text           TEXT,
    text_hash      BLOB
);
CREATE UNIQUE INDEX source_by_hash ON source(text_hash);
CREATE INDEX source_by_url ON source(url);

CREATE TABLE incident_source (
    incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    source_id   INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (incident_id, source_id)
) WITHOUT ROWID;
CREATE INDEX incident_source_by_source ON incident_source(source_id);

-- Covering index for the filter snapshot (app/filter/Snapshot): its key
-- starts with the rowid, so inserts append, and the snapshot scans a few
-- dozen bytes per incident instead of every title and summary.
-- incident_by_slug, source_by_hash and source_by_url are dropped by a bulk
-- insert into an empty database and rebuilt, from this text, before it
-- commits (IncidentRepository::BulkInsert).
CREATE INDEX incident_facets ON incident(
    id, facet_dates, facet_codes, country, region, department, threat_actor);

CREATE VIRTUAL TABLE incident_fts USING fts5(
    title, summary, victims, articles,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Id ranges of a bulk insert whose full-text indexing is still to do
-- (IncidentRepository::indexPending). Written in the same transaction as the
-- rows, so a crash never leaves rows that the index silently misses.
CREATE TABLE fts_pending (
    first_id INTEGER NOT NULL,
    last_id  INTEGER NOT NULL
);
)sql";

// Saved views: a named filter in its text form (app/filter/FilterSpec), so
// the file stays readable by other tools and the parser can evolve. Names
// are unique without regard to case.
constexpr const char *migration2 = R"sql(
CREATE TABLE saved_view (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE COLLATE NOCASE,
    filter  TEXT NOT NULL,
    created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
)sql";

// The full-text index keeps no copy of the text (external content): the
// view incident_fts_text computes, from the tables, what it indexes for an
// incident. Schemas 1-2 stored a second copy of every title, summary, victim
// list and article (about a third of the file). The index must be told what
// it held before a row or its sources change (IncidentRepository::unindex
// runs before every edit); it is rebuilt here once, pending ranges included.
// FTS5 reads its content with virtual tables forbidden, so the victims are
// indexed from their JSON text rather than json_each(): the tokenizer drops
// the brackets, quotes and commas, and the escapes \n \r \t become spaces,
// which gives the same words at the same positions.
constexpr const char *migration3 = R"sql(
DROP TABLE incident_fts;
CREATE VIEW incident_fts_text (id, title, summary, victims, articles) AS
SELECT i.id, i.title, i.summary,
       replace(replace(replace(i.victims, '\n', ' '), '\r', ' '), '\t', ' '),
       (SELECT group_concat(coalesce(s.title, '') || ' ' || coalesce(s.text, ''), ' ')
        FROM incident_source l JOIN source s ON s.id = l.source_id
        WHERE l.incident_id = i.id)
FROM incident i;
CREATE VIRTUAL TABLE incident_fts USING fts5(
    title, summary, victims, articles,
    content = 'incident_fts_text', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO incident_fts (incident_fts) VALUES ('rebuild');
DELETE FROM fts_pending;
)sql";

struct Migration {
    int version;
    const char *sql;
};

constexpr std::array migrations = {
    Migration{1, migration1},
    Migration{2, migration2},
    Migration{3, migration3},
};

} // namespace

int Schema::currentVersion()
{
    return migrations.back().version;
}

bool Schema::isEmptyOrOurs(const Database &db)
{
    auto appId = db.prepare("PRAGMA application_id");
    if (appId && appId->step() && appId->integer(0) == applicationId)
        return true;
    auto tables = db.prepare("SELECT count(*) FROM sqlite_schema");
    return tables && tables->step() && tables->int64(0) == 0;
}

Status Schema::migrate(const Database &db, int target)
{
    if (target < 0)
        target = currentVersion();
    const int from = db.userVersion();
    for (const Migration &m : migrations) {
        if (m.version <= from || m.version > target)
            continue;
        Transaction tx(db);
        if (!tx.isActive())
            return Status::failure(tx.error());
        if (Status s = db.exec(m.sql); !s)
            return Status::failure(QCoreApplication::translate(
                                       "Schema", "Upgrading the database to schema %1 failed: %2")
                                       .arg(m.version)
                                       .arg(s.error()));
        const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(m.version);
        if (Status s = db.exec(pragma.constData()); !s)
            return s;
        if (m.version == 1) {
            const QByteArray id = "PRAGMA application_id = " + QByteArray::number(applicationId);
            if (Status s = db.exec(id.constData()); !s)
                return s;
        }
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

} // namespace vigie::db
