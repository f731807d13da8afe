// SPDX-License-Identifier: GPL-3.0-or-later
#include "Snapshot.h"

#include "db/Database.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>

namespace vigie::filter {

namespace {

// Column order shared by load() and loadRecord(). Every column is in the
// covering index incident_facets, so the scan never reads titles or texts;
// the dates and codes come packed in two integers (see app/db/Schema.cpp).
constexpr const char *facetColumns =
    "id, facet_dates, facet_codes, country, region, department, threat_actor";

std::string_view textOf(sqlite3_stmt *s, int column)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    return p ? std::string_view(p, size_t(sqlite3_column_bytes(s, column))) : std::string_view();
}

// The non-text facets, unpacked from facet_dates and facet_codes.
struct Packed {
    std::array<qint32, dateFieldCount> day{};
    std::array<quint8, dateFieldCount> precision{};
    quint8 kindCode = 0; // 0: not stated, else VictimKind + 1
    quint16 attack = 0;
    quint8 dataCompromised = 0, dataSpared = 0, impacts = 0;
    bool ransom = false;

    Packed(quint64 dates, quint64 codes)
    {
        const quint64 date[dateFieldCount] = {dates, dates >> 25,
                                              codes}; // occurred, disclosed, published
        for (int f = 0; f < dateFieldCount; ++f) {
            precision[f] = quint8(date[f] & 3);
            day[f] = qint32((date[f] >> 2) & 0x7FFFFF);
        }
        impacts = quint8(dates >> 50);
        const auto kind = quint8((codes >> 25) & 31);
        kindCode = kind <= vocabularySize<VictimKind>() ? kind : 0;
        ransom = (codes >> 30) & 1;
        attack = quint16(codes >> 31);
        dataCompromised = quint8(codes >> 47);
        dataSpared = quint8(codes >> 55);
    }
};

QString tr(const char *text)
{
    return QCoreApplication::translate("Snapshot", text);
}

} // namespace

SnapshotRecord SnapshotRecord::fromIncident(const Incident &i)
{
    SnapshotRecord r;
    r.dbId = i.dbId;
    const PartialDate *dates[dateFieldCount] = {&i.occurred, &i.disclosed, &i.published};
    for (int f = 0; f < dateFieldCount; ++f) {
        r.day[f] = qint32(dates[f]->firstJulianDay());
        r.precision[f] = quint8(dates[f]->precision());
    }
    r.country = i.country;
    r.region = i.region;
    r.department = i.department;
    r.threatActor = i.threatActor;
    r.victimKind = i.victimKind ? int(*i.victimKind) : -1;
    r.attackTypes = i.attackTypes ? quint16(i.attackTypes->bits()) : 0;
    r.dataCompromised = i.dataCompromised ? quint8(i.dataCompromised->bits()) : 0;
    r.dataSpared = i.dataSpared ? quint8(i.dataSpared->bits()) : 0;
    r.impacts = i.impacts ? quint8(i.impacts->bits()) : 0;
    r.ransomDemanded = i.ransom.has_value();
    r.sourceCount = quint16(std::min<qsizetype>(i.sources.size(), 0xffff));
    return r;
}

Result<Snapshot> Snapshot::load(const db::Database &db)
{
    using R = Result<Snapshot>;
    Snapshot snap;
    // An upper bound of the row count in O(log n) (count(*) scans an index).
    auto counted = db.prepare("SELECT coalesce(max(id) - min(id) + 1, 0) FROM incident");
    if (!counted || !counted->step())
        return R::failure(tr("Reading the incidents failed: %1").arg(db.lastError()));
    const qint64 rows = counted->int64(0);
    snap.reserve(qint32(rows + rows / 8 + 1024));

    // Reading the index through a memory map saves a pread() and a copy per
    // page (a third of the load time); the map is dropped afterwards.
    db.exec("PRAGMA mmap_size = 1073741824");
    struct Unmap {
        const db::Database &db;
        ~Unmap() { db.exec("PRAGMA mmap_size = 0"); }
    } unmap{db};
    const QByteArray sql = QByteArray("SELECT ") + facetColumns +
                           " FROM incident INDEXED BY incident_facets ORDER BY id";
    auto facets = db.prepare(sql.constData());
    if (!facets) // a development database from before the index: plain scan
        facets = db.prepare(
            (QByteArray("SELECT ") + facetColumns + " FROM incident ORDER BY id").constData());
    auto sources = db.prepare(
        "SELECT incident_id, count(*) FROM incident_source GROUP BY incident_id ORDER BY 1");
    if (!facets || !sources)
        return R::failure(
            tr("Reading the incidents failed: %1").arg(!facets ? facets.error() : sources.error()));
    sqlite3_stmt *s = facets->handle();
    sqlite3_stmt *c = sources->handle();
    bool haveCount = sqlite3_step(c) == SQLITE_ROW;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(s, 0);
        const Packed p(quint64(sqlite3_column_int64(s, 1)), quint64(sqlite3_column_int64(s, 2)));
        while (haveCount && sqlite3_column_int64(c, 0) < id)
            haveCount = sqlite3_step(c) == SQLITE_ROW;
        const quint16 nSources = haveCount && sqlite3_column_int64(c, 0) == id
                                     ? quint16(std::min(sqlite3_column_int(c, 1), 0xffff))
                                     : 0;
        snap.appendCoded(id, p.day, p.precision, quint16(snap.m_countries.intern(textOf(s, 3))),
                         quint16(snap.m_regions.intern(textOf(s, 4))),
                         quint16(snap.m_departments.intern(textOf(s, 5))),
                         snap.m_actors.intern(textOf(s, 6)), p.kindCode, p.attack,
                         p.dataCompromised, p.dataSpared, p.impacts, p.ransom, nSources);
    }
    if (rc != SQLITE_DONE)
        return R::failure(tr("Reading the incidents failed: %1")
                              .arg(QString::fromUtf8(sqlite3_errmsg(db.handle()))));
    if (snap.m_countries.size() > 0x10000 || snap.m_regions.size() > 0x10000 ||
        snap.m_departments.size() > 0x10000)
        return R::failure(tr("Too many distinct places (more than 65536) to filter on."));
    return snap;
}

std::optional<SnapshotRecord> Snapshot::loadRecord(const db::Database &db, qint64 dbId)
{
    const QByteArray sql = QByteArray("SELECT ") + facetColumns +
                           ", (SELECT count(*) FROM incident_source WHERE incident_id = id) "
                           "FROM incident WHERE id = ?";
    db::Statement *s = db.cached(sql.constData());
    if (!s)
        return std::nullopt;
    s->bind(1, dbId);
    if (!s->step())
        return std::nullopt;
    SnapshotRecord r;
    r.dbId = s->int64(0);
    const Packed p(quint64(s->int64(1)), quint64(s->int64(2)));
    r.day = p.day;
    r.precision = p.precision;
    r.country = s->text(3);
    r.region = s->text(4);
    r.department = s->text(5);
    r.threatActor = s->text(6);
    r.victimKind = int(p.kindCode) - 1;
    r.attackTypes = p.attack;
    r.dataCompromised = p.dataCompromised;
    r.dataSpared = p.dataSpared;
    r.impacts = p.impacts;
    r.ransomDemanded = p.ransom;
    r.sourceCount = quint16(std::min(s->integer(7), 0xffff));
    s->reset();
    return r;
}

void Snapshot::reserve(qint32 rows)
{
    const auto n = size_t(rows);
    m_dbId.reserve(n);
    for (auto &d : m_day)
        d.reserve(n);
    m_flags.reserve(n);
    m_country.reserve(n);
    m_region.reserve(n);
    m_department.reserve(n);
    m_actor.reserve(n);
    m_kind.reserve(n);
    m_attack.reserve(n);
    m_dataCompromised.reserve(n);
    m_dataSpared.reserve(n);
    m_impacts.reserve(n);
    m_sourceCount.reserve(n);
}

void Snapshot::appendCoded(qint64 dbId, const std::array<qint32, dateFieldCount> &day,
                           const std::array<quint8, dateFieldCount> &precision, quint16 country,
                           quint16 region, quint16 department, quint32 actor, quint8 kindCode,
                           quint16 attack, quint8 dataCompromised, quint8 dataSpared,
                           quint8 impacts, bool ransom, quint16 sourceCount)
{
    m_dbId.push_back(dbId);
    quint8 flags = ransom ? ransomFlag : 0;
    for (int f = 0; f < dateFieldCount; ++f) {
        m_day[f].push_back(precision[f] ? day[f] : 0);
        flags |= quint8((precision[f] & 3) << (2 * f));
    }
    m_flags.push_back(flags);
    m_country.push_back(country);
    m_region.push_back(region);
    m_department.push_back(department);
    m_actor.push_back(actor);
    m_kind.push_back(kindCode);
    m_attack.push_back(attack);
    m_dataCompromised.push_back(dataCompromised);
    m_dataSpared.push_back(dataSpared);
    m_impacts.push_back(impacts);
    m_sourceCount.push_back(sourceCount);
    ++m_revision;
}

qint32 Snapshot::rowOf(qint64 dbId) const
{
    auto it = std::lower_bound(m_dbId.begin(), m_dbId.end(), dbId);
    return it != m_dbId.end() && *it == dbId ? qint32(it - m_dbId.begin()) : -1;
}

void Snapshot::write(size_t row, const SnapshotRecord &r)
{
    quint8 flags = r.ransomDemanded ? ransomFlag : 0;
    for (int f = 0; f < dateFieldCount; ++f) {
        m_day[f][row] = r.precision[f] ? r.day[f] : 0;
        flags |= quint8((r.precision[f] & 3) << (2 * f));
    }
    m_flags[row] = flags;
    m_country[row] = quint16(m_countries.intern(r.country));
    m_region[row] = quint16(m_regions.intern(r.region));
    m_department[row] = quint16(m_departments.intern(r.department));
    m_actor[row] = m_actors.intern(r.threatActor);
    m_kind[row] = r.victimKind >= 0 && r.victimKind < vocabularySize<VictimKind>()
                      ? quint8(r.victimKind + 1)
                      : 0;
    m_attack[row] = r.attackTypes;
    m_dataCompromised[row] = r.dataCompromised;
    m_dataSpared[row] = r.dataSpared;
    m_impacts[row] = r.impacts;
    m_sourceCount[row] = r.sourceCount;
}

qint32 Snapshot::upsert(const SnapshotRecord &r)
{
    ++m_revision;
    qint32 row = rowOf(r.dbId);
    if (row >= 0) {
        if (isRemoved(row))
            --m_removed;
        write(size_t(row), r);
        return row;
    }
    if (!m_dbId.empty() && r.dbId < m_dbId.back()) {
        // Out of order (an id below the highest): insert in place, O(n).
        const auto pos =
            size_t(std::lower_bound(m_dbId.begin(), m_dbId.end(), r.dbId) - m_dbId.begin());
        auto insertAt = [pos](auto &v) { v.insert(v.begin() + qsizetype(pos), {}); };
        insertAt(m_dbId);
        for (auto &d : m_day)
            insertAt(d);
        insertAt(m_flags);
        insertAt(m_country);
        insertAt(m_region);
        insertAt(m_department);
        insertAt(m_actor);
        insertAt(m_kind);
        insertAt(m_attack);
        insertAt(m_dataCompromised);
        insertAt(m_dataSpared);
        insertAt(m_impacts);
        insertAt(m_sourceCount);
        m_dbId[pos] = r.dbId;
        write(pos, r);
        return qint32(pos);
    }
    appendCoded(r.dbId, {}, {}, 0, 0, 0, 0, 0, 0, 0, 0, 0, false, 0);
    write(m_dbId.size() - 1, r);
    return size() - 1;
}

qint32 Snapshot::remove(qint64 dbId)
{
    const qint32 row = rowOf(dbId);
    if (row < 0 || isRemoved(row))
        return -1;
    m_flags[size_t(row)] |= removedFlag;
    ++m_removed;
    ++m_revision;
    return row;
}

void Snapshot::compact()
{
    size_t out = 0;
    for (size_t in = 0; in < m_dbId.size(); ++in) {
        if (m_flags[in] & removedFlag)
            continue;
        auto move = [in, out](auto &v) { v[out] = v[in]; };
        move(m_dbId);
        for (auto &d : m_day)
            move(d);
        move(m_flags);
        move(m_country);
        move(m_region);
        move(m_department);
        move(m_actor);
        move(m_kind);
        move(m_attack);
        move(m_dataCompromised);
        move(m_dataSpared);
        move(m_impacts);
        move(m_sourceCount);
        ++out;
    }
    auto shrink = [out](auto &v) { v.resize(out); };
    shrink(m_dbId);
    for (auto &d : m_day)
        shrink(d);
    shrink(m_flags);
    shrink(m_country);
    shrink(m_region);
    shrink(m_department);
    shrink(m_actor);
    shrink(m_kind);
    shrink(m_attack);
    shrink(m_dataCompromised);
    shrink(m_dataSpared);
    shrink(m_impacts);
    shrink(m_sourceCount);
    m_removed = 0;
    ++m_revision;
}

SnapshotRecord Snapshot::record(qint32 row) const
{
    SnapshotRecord r;
    const auto i = size_t(row);
    r.dbId = m_dbId[i];
    for (int f = 0; f < dateFieldCount; ++f) {
        r.day[f] = m_day[f][i];
        r.precision[f] = quint8(precision(DateField(f), row));
    }
    r.country = m_countries.value(m_country[i]);
    r.region = m_regions.value(m_region[i]);
    r.department = m_departments.value(m_department[i]);
    r.threatActor = m_actors.value(m_actor[i]);
    r.victimKind = int(m_kind[i]) - 1;
    r.attackTypes = m_attack[i];
    r.dataCompromised = m_dataCompromised[i];
    r.dataSpared = m_dataSpared[i];
    r.impacts = m_impacts[i];
    r.ransomDemanded = ransomDemanded(row);
    r.sourceCount = m_sourceCount[i];
    return r;
}

qint64 Snapshot::columnBytes() const
{
    auto bytes = [](const auto &v) { return qint64(v.capacity() * sizeof(v[0])); };
    qint64 total = bytes(m_dbId) + bytes(m_flags) + bytes(m_country) + bytes(m_region) +
                   bytes(m_department) + bytes(m_actor) + bytes(m_kind) + bytes(m_attack) +
                   bytes(m_dataCompromised) + bytes(m_dataSpared) + bytes(m_impacts) +
                   bytes(m_sourceCount);
    for (const auto &d : m_day)
        total += bytes(d);
    return total;
}

} // namespace vigie::filter
