// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Incident.h"

#include <QPointF>
#include <QString>

namespace vigie::exporting {

class AreaOutlines;

// Where an incident is on a map, and how precisely: the most precise place
// its record names that has coordinates.
struct IncidentPoint {
    // "commune" (a French commune, INSEE gazetteer with GeoNames
    // coordinates), "town" (a town abroad, GeoNames), "department",
    // "region", "country" (the area's centroid, AreaOutlines); empty when
    // no place is known.
    QString precision;
    QPointF lonLat;
    bool isValid() const { return !precision.isEmpty(); }
};

// `outlines` may be null (no area centroids then).
IncidentPoint locateIncident(const Incident &incident, const AreaOutlines *outlines);

// The region code of a French incident: its own, or its department's.
QString frenchRegionOf(const Incident &incident);
bool isFrench(const Incident &incident);

} // namespace vigie::exporting
