// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/MapData.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <array>

namespace vigie::ui {

using geo::MapLevel;

enum class MapMeasure { Count, Rate }; // Rate: per 100,000 inhabitants

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
    QString title;      // drawn above the map when not empty
    QString filterLine; // "Filters: ransomware, 2023-2025"
    QString sourceLine; // "Source: Vigie, 142 incidents; geometry Natural Earth"

    const QHash<QString, int> &countsAt(MapLevel level) const { return counts[int(level)]; }
    const QSet<QString> &selectedAt(MapLevel level) const { return selected[int(level)]; }
    const QSet<QString> &sharedAt(MapLevel level) const { return shared[int(level)]; }
};

} // namespace vigie::ui
