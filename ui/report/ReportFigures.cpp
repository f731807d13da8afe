// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFigures.h"

#include "geo/FrenchAreas.h"
#include "models/DisplayText.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace vigie::ui {

namespace {

QList<std::pair<QString, int>> ranked(const QHash<QString, int> &counts)
{
    QList<std::pair<QString, int>> out(counts.keyValueBegin(), counts.keyValueEnd());
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second
                                    : QString::localeAwareCompare(a.first, b.first) < 0;
    });
    return out;
}

} // namespace

PartialDate reportDate(const Incident &incident)
{
    if (!incident.occurred.isNull())
        return incident.occurred;
    if (!incident.disclosed.isNull())
        return incident.disclosed;
    return incident.published;
}

QString reportRegionName(const Incident &incident)
{
    if (incident.country == u"FR")
        return incident.region.isEmpty()
                   ? QCoreApplication::translate("vigie::ui::Report", "France, region not stated")
                   : geo::regionDisplayName(incident.country, incident.region);
    if (!incident.country.isEmpty())
        return countryDisplayName(incident.country);
    return incident.region;
}

ReportFigures ReportFigures::compute(const QList<Incident> &incidents)
{
    ReportFigures f;
    f.incidents = incidents.size();
    QHash<QString, int> regions, attacks, data, actors, impacts;
    for (const Incident &incident : incidents) {
        const PartialDate date = reportDate(incident);
        if (date.isNull())
            ++f.undated;
        else
            ++f.perYear[date.year()];

        const QString region = reportRegionName(incident);
        if (region.isEmpty())
            ++f.regionNotStated;
        else
            ++regions[region];

        if (!incident.attackTypes || incident.attackTypes->isEmpty())
            ++f.attackNotStated;
        else
            for (const QString &name : incident.attackTypes->displayNames())
                ++attacks[name];

        if (!incident.dataCompromised || incident.dataCompromised->isEmpty())
            ++f.dataNotStated;
        else
            for (const QString &name : incident.dataCompromised->displayNames())
                ++data[name];

        if (incident.impacts)
            for (const QString &name : incident.impacts->displayNames())
                ++impacts[name];

        if (!incident.threatActor.isEmpty())
            ++actors[incident.threatActor];

        if (incident.recordsAffected) {
            ++f.recordsKnown;
            f.recordsTotal += *incident.recordsAffected;
            if (!f.recordsLargest || *incident.recordsAffected > *f.recordsLargest) {
                f.recordsLargest = *incident.recordsAffected;
                f.recordsLargestVictim =
                    incident.victims.isEmpty() ? incident.title : incident.victims.first();
            }
        }
    }
    f.regions = ranked(regions);
    f.attackTypes = ranked(attacks);
    f.dataCompromised = ranked(data);
    f.threatActors = ranked(actors);
    f.impacts = ranked(impacts);
    return f;
}

} // namespace vigie::ui
