// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/MapData.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QSet>
#include <QString>

#include <array>

namespace vigie::ui {

using geo::MapLevel;

enum class MapMeasure { Count, Rate }; // Rate: per 100,000 inhabitants

// One town of the point layer and the incidents placed there (see
// geo::IncidentPlaces) that pass every filter.
struct MapPoint {
    QString key;         // geo::Place::key: "FR:35238", "DE:Neuss:07"
    QString name;        // "Rennes"
    QString countryCode; // "FR"
    QPointF lonLat;      // x = longitude, y = latitude
    QList<qint64> ids;   // database ids, ascending
    int count() const { return int(ids.size()); }
};

// Everything the map shows that is not geometry: the lead feeds it from the
// linked-filter engine (counts honour every filter but the map's own).
struct MapInput {
    // Incidents per area code, one table per level (region and department
    // INSEE codes, ISO alpha-2 countries). Absent = 0.
    std::array<QHash<QString, int>, geo::kMapLevelCount> counts;
    // Areas selected by the map's own filter, per level.
    std::array<QSet<QString>, geo::kMapLevelCount> selected;
    // Incidents hitting a shared regional system, per level: these areas
    // get a hatched outline, since their count includes a shared victim.
    std::array<QSet<QString>, geo::kMapLevelCount> shared;
    // One more tooltip line per area, e.g. "Mostly ransomware".
    std::array<QHash<QString, QString>, geo::kMapLevelCount> details;
    // Overrides for the geometry's INSEE populations (e.g. a newer census).
    QHash<QString, qint64> populations;
    MapMeasure measure = MapMeasure::Count;
    // The point layer: towns with incidents, and how many incidents passing
    // the filters have no known town (so are not drawn).
    QList<MapPoint> points;
    std::array<int, geo::kMapLevelCount> unplaced{}; // French ones at the French levels
    bool showPoints = false;
    QString title;      // drawn above the map when not empty
    QString filterLine; // "Filters: ransomware, 2023-2025"
    QString sourceLine; // "Source: Vigie, 142 incidents; geometry Natural Earth"

    const QHash<QString, int> &countsAt(MapLevel level) const { return counts[int(level)]; }
    const QSet<QString> &selectedAt(MapLevel level) const { return selected[int(level)]; }
    const QSet<QString> &sharedAt(MapLevel level) const { return shared[int(level)]; }
};

} // namespace vigie::ui
