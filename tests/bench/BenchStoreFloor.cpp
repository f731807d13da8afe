// SPDX-License-Identifier: GPL-3.0-or-later
// vigie-bench store-floor N [FILE]: what SQLite alone costs for the rows of
// `store N`. The same synthetic incidents, with their slugs, victim lists
// and sources, are turned into UTF-8 buffers before the clock starts; then
// the raw C API does what IncidentRepository::BulkInsert does to a new file
// (in-memory journal, random-order indexes dropped and rebuilt, the
// full-text index built in the transaction) with no Qt, no look-ups and no
// copies. No path through SQLite can be faster than this, so it tells how
// far `store` is from the floor, and whether a target is reachable at all.
#include "Bench.h"
#include "SyntheticIncidents.h"

#include "db/Database.h"
#include "db/IncidentRepository.h"
#include "db/IncidentRows.h"

#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <vector>

namespace vigie::bench {

namespace {

struct SourceRow {
    QByteArray url, outlet, language, title;
    qint64 day = 0;
    int precision = 0;
};

struct IncidentRow {
    QByteArray slug, title, country, region, department, victims, actor, currency, summary;
    qint64 published = 0, occurred = 0, disclosed = 0;
    int publishedPrec = 0, occurredPrec = 0, disclosedPrec = 0;
    int victimKind = -1;
    qint64 attackTypes = 0, data = 0, impacts = 0;
    double ransom = -1;
    std::vector<SourceRow> sources;
};

IncidentRow toRow(const Incident &i, qint64 serial)
{
    IncidentRow r;
    // Unique as uniqueSlug would make them, without its look-ups.
    r.slug = (db::makeSlug(i) + u'-' + QString::number(serial)).toUtf8();
    r.title = i.title.toUtf8();
    r.country = i.country.toUtf8();
    r.region = i.region.toUtf8();
    r.department = i.department.toUtf8();
    r.victims = db::rows::victimsToJson(i.victims).toUtf8();
    r.actor = i.threatActor.toUtf8();
    r.summary = i.summary.toUtf8();
    r.published = i.published.firstJulianDay();
    r.publishedPrec = int(i.published.precision());
    r.occurred = i.occurred.firstJulianDay();
    r.occurredPrec = int(i.occurred.precision());
    r.disclosed = i.disclosed.firstJulianDay();
    r.disclosedPrec = int(i.disclosed.precision());
    r.victimKind = i.victimKind ? int(*i.victimKind) : -1;
    r.attackTypes = i.attackTypes ? qint64(i.attackTypes->bits()) : 0;
    r.data = i.dataCompromised ? qint64(i.dataCompromised->bits()) : 0;
    r.impacts = i.impacts ? qint64(i.impacts->bits()) : 0;
    if (i.ransom) {
        r.ransom = i.ransom->amount.value_or(0);
        r.currency = i.ransom->currency.toUtf8();
    }
    for (const Source &s : i.sources)
        r.sources.push_back({s.url.toUtf8(), s.outlet.toUtf8(), s.language.toUtf8(),
                             s.title.toUtf8(), s.published.firstJulianDay(),
                             int(s.published.precision())});
    return r;
}

void text(sqlite3_stmt *s, int index, const QByteArray &value)
{
    if (value.isEmpty())
        sqlite3_bind_null(s, index);
    else
        sqlite3_bind_text(s, index, value.constData(), int(value.size()), SQLITE_STATIC);
}

bool exec(sqlite3 *db, const char *sql, QTextStream &out)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) == SQLITE_OK)
        return true;
    out << sql << ": " << error << "\n";
    sqlite3_free(error);
    return false;
}

int run(const QStringList &args, QTextStream &out)
{
    bool ok = false;
    const qint64 n = args.value(0).toLongLong(&ok);
    if (!ok || n <= 0) {
        out << "usage: vigie-bench store-floor N [FILE]\n";
        return 2;
    }
    QTemporaryDir tmp;
    const QString path =
        args.size() > 1 ? args.at(1) : tmp.filePath(QStringLiteral("floor.sqlite"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));

    std::vector<IncidentRow> rows;
    rows.reserve(size_t(n));
    SyntheticIncidents gen;
    double prepareMs = 0;
    for (qint64 k = 0; k < n; ++k) {
        const Incident incident = gen.next(k);
        Stopwatch prepare;
        rows.push_back(toRow(incident, k));
        prepareMs += prepare.elapsedMs();
    }

    auto database = db::Database::open(path); // the schema, as Vigie makes it
    if (!database) {
        out << database.error() << "\n";
        return 1;
    }
    sqlite3 *db = database->handle();
    for (const char *pragma : {"PRAGMA journal_mode = MEMORY", "PRAGMA cache_size = -262144",
                               "PRAGMA cache_spill = 524288", "BEGIN"})
        if (!exec(db, pragma, out))
            return 1;

    Stopwatch total;
    for (const char *index : {"incident_by_slug", "source_by_hash", "source_by_url"})
        if (!exec(db, (QByteArray("DROP INDEX ") + index).constData(), out))
            return 1;
    sqlite3_stmt *incident = nullptr, *source = nullptr, *link = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO incident (slug, title, published_day, published_prec, "
                       "occurred_day, occurred_prec, disclosed_day, disclosed_prec, country, "
                       "region, department, victims, victim_kind, attack_types, threat_actor, "
                       "data_compromised, impacts, ransom_stated, ransom_amount, "
                       "ransom_currency, summary, created_at, modified_at) VALUES "
                       "(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,"
                       "?20,?21,?22,?22)",
                       -1, &incident, nullptr);
    sqlite3_prepare_v2(db,
                       "INSERT INTO source (url, outlet, published_day, published_prec, "
                       "language, title) VALUES (?,?,?,?,?,?)",
                       -1, &source, nullptr);
    sqlite3_prepare_v2(db,
                       "INSERT INTO incident_source (incident_id, source_id, position) "
                       "VALUES (?,?,?)",
                       -1, &link, nullptr);
    if (!incident || !source || !link) {
        out << sqlite3_errmsg(db) << "\n";
        return 1;
    }
    const QByteArray now = "2026-11-29T12:00:00Z";
    bool failed = false;
    for (const IncidentRow &r : rows) {
        text(incident, 1, r.slug);
        text(incident, 2, r.title);
        sqlite3_bind_int64(incident, 3, r.published);
        sqlite3_bind_int(incident, 4, r.publishedPrec);
        sqlite3_bind_int64(incident, 5, r.occurred);
        sqlite3_bind_int(incident, 6, r.occurredPrec);
        sqlite3_bind_int64(incident, 7, r.disclosed);
        sqlite3_bind_int(incident, 8, r.disclosedPrec);
        text(incident, 9, r.country);
        text(incident, 10, r.region);
        text(incident, 11, r.department);
        text(incident, 12, r.victims);
        sqlite3_bind_int(incident, 13, r.victimKind);
        sqlite3_bind_int64(incident, 14, r.attackTypes);
        text(incident, 15, r.actor);
        sqlite3_bind_int64(incident, 16, r.data);
        sqlite3_bind_int64(incident, 17, r.impacts);
        sqlite3_bind_int(incident, 18, r.ransom >= 0 ? 1 : 0);
        if (r.ransom >= 0)
            sqlite3_bind_double(incident, 19, r.ransom);
        else
            sqlite3_bind_null(incident, 19);
        text(incident, 20, r.currency);
        text(incident, 21, r.summary);
        text(incident, 22, now);
        failed |= sqlite3_step(incident) != SQLITE_DONE;
        sqlite3_reset(incident);
        const qint64 id = sqlite3_last_insert_rowid(db);
        int position = 0;
        for (const SourceRow &s : r.sources) {
            text(source, 1, s.url);
            text(source, 2, s.outlet);
            sqlite3_bind_int64(source, 3, s.day);
            sqlite3_bind_int(source, 4, s.precision);
            text(source, 5, s.language);
            text(source, 6, s.title);
            failed |= sqlite3_step(source) != SQLITE_DONE;
            sqlite3_reset(source);
            sqlite3_bind_int64(link, 1, id);
            sqlite3_bind_int64(link, 2, sqlite3_last_insert_rowid(db));
            sqlite3_bind_int(link, 3, position++);
            failed |= sqlite3_step(link) != SQLITE_DONE;
            sqlite3_reset(link);
        }
        if (failed)
            break;
    }
    sqlite3_finalize(incident);
    sqlite3_finalize(source);
    sqlite3_finalize(link);
    if (failed) {
        out << sqlite3_errmsg(db) << "\n";
        return 1;
    }
    const double rowsMs = total.elapsedMs();

    Stopwatch phase;
    for (const char *create : {"CREATE UNIQUE INDEX incident_by_slug ON incident(slug)",
                               "CREATE UNIQUE INDEX source_by_hash ON source(text_hash)",
                               "CREATE INDEX source_by_url ON source(url)"})
        if (!exec(db, create, out))
            return 1;
    const double indexesMs = phase.elapsedMs();
    phase.restart();
    if (!exec(db,
              "INSERT INTO incident_fts (rowid, title, summary, victims, articles) "
              "SELECT i.id, i.title, i.summary, i.victims, i.articles FROM incident_fts_text i",
              out))
        return 1;
    const double ftsMs = phase.elapsedMs();
    phase.restart();
    if (!exec(db, "COMMIT", out))
        return 1;
    const double commitMs = phase.elapsedMs();
    const double totalMs = total.elapsedMs();
    exec(db, "PRAGMA journal_mode = WAL", out);

    out << "incidents " << n << " (sources and links: as `store`)\n";
    out << "prepare_ms " << qRound64(prepareMs)
        << " (not counted: UTF-8 conversions, slugs, victims JSON, as `store` does per row)\n";
    out << "floor_rows_ms " << qRound64(rowsMs) << " (prepared statements, UTF-8 ready, no Qt)\n";
    out << "floor_indexes_ms " << qRound64(indexesMs) << " (slug, URL, text hash: built sorted)\n";
    out << "floor_full_text_ms " << qRound64(ftsMs) << " (FTS5 unicode61, one INSERT ... SELECT)\n";
    out << "floor_commit_ms " << qRound64(commitMs) << "\n";
    out << "floor_total_ms " << qRound64(totalMs)
        << " (without the full-text index: " << qRound64(totalMs - ftsMs) << ")\n";
    return 0;
}

const Registration registration("store-floor", "N [FILE]", run);

} // namespace

} // namespace vigie::bench
