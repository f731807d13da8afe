// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentPlace.h"

#include "AreaOutlines.h"
#include "geo/FrenchAreas.h"
#include "geo/Gazetteer.h"

namespace vigie::exporting {

bool isFrench(const Incident &incident)
{
    return incident.country == QLatin1String("FR");
}

QString frenchRegionOf(const Incident &incident)
{
    if (!isFrench(incident))
        return {};
    if (!incident.region.isEmpty())
        return incident.region;
    if (const geo::Department *d = geo::findDepartment(incident.department))
        return d->regionCode;
    return {};
}

IncidentPoint locateIncident(const Incident &incident, const AreaOutlines *outlines)
{
    const geo::Gazetteer &gazetteer = geo::Gazetteer::shared();
    if (!incident.commune.isEmpty() && !incident.country.isEmpty()) {
        if (isFrench(incident)) {
            // The department (when known) tells the Saint-Denis apart.
            for (const geo::Commune &c :
                 gazetteer.communesByName(incident.commune, incident.department))
                if (c.location.isValid())
                    return {QStringLiteral("commune"),
                            QPointF(c.location.longitude, c.location.latitude)};
        } else {
            for (const geo::Town &t : gazetteer.townsByName(incident.commune, incident.country))
                if (t.location.isValid())
                    return {QStringLiteral("town"),
                            QPointF(t.location.longitude, t.location.latitude)};
        }
    }
    if (!outlines)
        return {};
    if (isFrench(incident)) {
        if (const AreaOutline *a = outlines->find(AreaOutlines::Department, incident.department))
            return {QStringLiteral("department"), a->centroid};
        if (const AreaOutline *a = outlines->find(AreaOutlines::Region, frenchRegionOf(incident)))
            return {QStringLiteral("region"), a->centroid};
    }
    if (const AreaOutline *a = outlines->find(AreaOutlines::Country, incident.country))
        return {QStringLiteral("country"), a->centroid};
    return {};
}

} // namespace vigie::exporting
