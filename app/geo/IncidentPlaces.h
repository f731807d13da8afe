// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Gazetteer.h"
#include "model/Result.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>

#include <span>
#include <utility>
#include <vector>

namespace vigie::db {
class Database;
}

namespace vigie::geo {

// What an incident says about where it happened (the schema's fields).
struct PlaceRecord {
    qint64 dbId = 0;
    QString country;    // ISO alpha-2
    QString region;     // INSEE code in France, English subdivision name abroad
    QString department; // INSEE code, France only
    QString commune;    // town name
};

// A town the map can draw.
struct Place {
    QString key;         // "FR:35238" (INSEE code) or "DE:Neuss:07" (GeoNames admin1)
    QString name;        // "Rennes", "Neuss"
    QString countryCode; // "FR", "DE"
    QPointF lonLat;      // x = longitude, y = latitude (degrees)
    bool isFrench() const { return countryCode == u"FR"; }
};

// Town name -> coordinates through the gazetteer, memoised per distinct
// (country, region, department, town) so a million incidents cost one
// look-up per town.
// - France: the commune by name within the incident's department
//   (communesByName with the department as hint); an arrondissement or former
//   commune without coordinates takes its parent commune's.
// - Abroad: GeoNames' towns of that country, the one in the incident's
//   first-level subdivision when the region names it, else the most populous.
// - Anything else (no town, unknown name, a commune GeoNames does not list):
//   no place. The map then counts the incident as "not placed".
class PlaceLocator {
public:
    explicit PlaceLocator(const Gazetteer &gazetteer = Gazetteer::shared());

    // Index into places(), or -1.
    int locate(const PlaceRecord &record);
    const QList<Place> &places() const { return m_places; }

private:
    int resolve(const PlaceRecord &record);
    int intern(Place place);

    const Gazetteer *m_gazetteer;
    QHash<QString, int> m_memo;  // country|region|department|town -> index or -1
    QHash<QString, int> m_byKey; // Place::key -> index
    QList<Place> m_places;
};

// Every incident's place, by database id: built once per data load and
// updated for the incidents that change (never on a repaint or a filter
// change). Entries are sorted by database id, like the snapshot's rows, so
// a view walks both side by side without hashing.
class IncidentPlaces {
public:
    using Entry = std::pair<qint64, qint32>; // database id, index into places()

    explicit IncidentPlaces(const Gazetteer &gazetteer = Gazetteer::shared());

    // Reads the place fields of every incident (ids empty) or of the given
    // ones. Stored with reset() or update().
    static Result<std::vector<PlaceRecord>> read(const db::Database &db,
                                                 const QList<qint64> &ids = {});
    // Forgets every incident (the towns found so far stay memoised).
    void clear() { m_entries.clear(); }
    // Replaces everything (a new data load).
    void reset(std::span<const PlaceRecord> records);
    // The incidents `ids` changed: those in `records` are placed anew, the
    // others (removed, or their town erased) are dropped.
    void update(const QList<qint64> &ids, std::span<const PlaceRecord> records);
    // Reads and resets in one pass, converting text only for new towns:
    // what a data load calls (about 1 s for a million incidents).
    Status load(const db::Database &db);

    // Index into places(), or -1.
    qint32 placeOf(qint64 dbId) const;
    const QList<Place> &places() const { return m_locator.places(); }
    const std::vector<Entry> &entries() const { return m_entries; }

private:
    PlaceLocator m_locator;
    std::vector<Entry> m_entries;
};

} // namespace vigie::geo
