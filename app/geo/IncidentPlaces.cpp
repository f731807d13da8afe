// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentPlaces.h"

#include "db/Database.h"

#include <QCoreApplication>

#include <algorithm>

namespace vigie::geo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vigie::geo::IncidentPlaces", text);
}

constexpr QChar kSeparator = u'\x1f';

// Place fields of the incidents table; the ids variant binds a JSON array.
constexpr const char *kAllSql = "SELECT id, country, region, department, commune FROM incident "
                                "WHERE commune IS NOT NULL AND commune <> '' ORDER BY id";
constexpr const char *kSomeSql =
    "SELECT id, country, region, department, commune FROM incident "
    "WHERE id IN (SELECT value FROM json_each(?1)) AND commune IS NOT NULL AND commune <> '' "
    "ORDER BY id";

} // namespace

PlaceLocator::PlaceLocator(const Gazetteer &gazetteer)
    : m_gazetteer(&gazetteer)
{
}

int PlaceLocator::locate(const PlaceRecord &r)
{
    if (r.commune.trimmed().isEmpty())
        return -1;
    QString key = r.country.toUpper();
    key += kSeparator;
    key += r.region;
    key += kSeparator;
    key += r.department;
    key += kSeparator;
    key += normalizePlaceName(r.commune);
    const auto it = m_memo.constFind(key);
    if (it != m_memo.cend())
        return *it;
    const int index = resolve(r);
    m_memo.insert(key, index);
    return index;
}

int PlaceLocator::intern(Place place)
{
    const auto it = m_byKey.constFind(place.key);
    if (it != m_byKey.cend())
        return *it;
    const int index = int(m_places.size());
    m_byKey.insert(place.key, index);
    m_places.append(std::move(place));
    return index;
}

int PlaceLocator::resolve(const PlaceRecord &r)
{
    const QString country = r.country.trimmed().toUpper();
    // An incident without a country but with a department is French.
    const bool french = country == u"FR" || (country.isEmpty() && !r.department.isEmpty());
    if (french) {
        const QList<Commune> communes = m_gazetteer->communesByName(r.commune, r.department);
        for (const Commune &c : communes) {
            GeoPoint at = c.location;
            QString code = c.code;
            QString name = c.name;
            if (!at.isValid() && !c.parentCode.isEmpty()) {
                // A former commune or an arrondissement GeoNames does not
                // list: drawn at the commune it belongs to.
                if (const auto parent = m_gazetteer->communeByCode(c.parentCode);
                    parent && parent->location.isValid()) {
                    at = parent->location;
                    code = parent->code;
                    name = parent->name;
                }
            }
            if (!at.isValid())
                continue;
            return intern({QStringLiteral("FR:") + code, name, QStringLiteral("FR"),
                           QPointF(at.longitude, at.latitude)});
        }
        return -1;
    }
    if (country.isEmpty())
        return -1;
    const QList<Town> towns = m_gazetteer->townsByName(r.commune, country);
    if (towns.isEmpty())
        return -1;
    // "Henderson" (US): the one in the stated state, else the biggest.
    const Town *best = &towns.constFirst();
    if (!r.region.isEmpty()) {
        const QString region = normalizePlaceName(r.region);
        for (const Town &t : towns)
            if (normalizePlaceName(t.admin1Name) == region) {
                best = &t;
                break;
            }
    }
    if (!best->location.isValid())
        return -1;
    return intern({country + u':' + best->name + u':' + best->admin1Code, best->name, country,
                   QPointF(best->location.longitude, best->location.latitude)});
}

IncidentPlaces::IncidentPlaces(const Gazetteer &gazetteer)
    : m_locator(gazetteer)
{
}

Result<std::vector<PlaceRecord>> IncidentPlaces::read(const db::Database &db,
                                                      const QList<qint64> &ids)
{
    using R = Result<std::vector<PlaceRecord>>;
    auto statement = db.prepare(ids.isEmpty() ? kAllSql : kSomeSql);
    if (!statement)
        return R::failure(tr("Could not read the incidents' towns: %1").arg(statement.error()));
    db::Statement &s = *statement;
    if (!ids.isEmpty()) {
        QString list = QStringLiteral("[");
        for (qint64 id : ids) {
            if (list.size() > 1)
                list += u',';
            list += QString::number(id);
        }
        s.bind(1, list + u']');
    }
    std::vector<PlaceRecord> records;
    while (s.step())
        records.push_back({s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4)});
    if (!s.ok())
        return R::failure(tr("Could not read the incidents' towns: %1").arg(s.error()));
    return records;
}

void IncidentPlaces::reset(std::span<const PlaceRecord> records)
{
    m_entries.clear();
    m_entries.reserve(records.size());
    for (const PlaceRecord &r : records)
        if (const int place = m_locator.locate(r); place >= 0)
            m_entries.emplace_back(r.dbId, place);
    std::sort(m_entries.begin(), m_entries.end());
}

void IncidentPlaces::update(const QList<qint64> &ids, std::span<const PlaceRecord> records)
{
    if (ids.isEmpty())
        return;
    QList<qint64> sortedIds = ids;
    std::sort(sortedIds.begin(), sortedIds.end());
    std::erase_if(m_entries, [&](const Entry &e) {
        return std::binary_search(sortedIds.cbegin(), sortedIds.cend(), e.first);
    });
    for (const PlaceRecord &r : records)
        if (const int place = m_locator.locate(r); place >= 0)
            m_entries.emplace_back(r.dbId, place);
    std::sort(m_entries.begin(), m_entries.end());
}

Status IncidentPlaces::load(const db::Database &db)
{
    auto statement = db.prepare(kAllSql);
    if (!statement)
        return Status::failure(
            tr("Could not read the incidents' towns: %1").arg(statement.error()));
    db::Statement &s = *statement;
    // Most incidents share a town with others: the raw bytes of the four
    // fields find the answer without building strings.
    QHash<QByteArray, int> seen;
    std::vector<Entry> entries;
    QByteArray key;
    while (s.step()) {
        key.clear();
        for (int column = 1; column <= 4; ++column) {
            key += s.utf8(column);
            key += '\x1f';
        }
        auto it = seen.find(key);
        if (it == seen.end())
            it =
                seen.insert(key, m_locator.locate({0, s.text(1), s.text(2), s.text(3), s.text(4)}));
        if (*it >= 0)
            entries.emplace_back(s.int64(0), *it);
    }
    if (!s.ok())
        return Status::failure(tr("Could not read the incidents' towns: %1").arg(s.error()));
    m_entries = std::move(entries); // already in id order (ORDER BY id)
    return {};
}

qint32 IncidentPlaces::placeOf(qint64 dbId) const
{
    const auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), Entry(dbId, -1));
    return it != m_entries.cend() && it->first == dbId ? it->second : -1;
}

} // namespace vigie::geo
