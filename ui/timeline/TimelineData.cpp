// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineData.h"

#include "geo/FrenchAreas.h"

#include <QCollator>
#include <QHash>
#include <QMap>

#include <algorithm>

#include <QStringBuilder>

namespace vigie::ui {

void TimelineData::reserve(qsizetype n)
{
    const auto s = std::size_t(n);
    firstDay.reserve(s);
    lastDay.reserve(s);
    precision.reserve(s);
    attackMask.reserve(s);
    impactMask.reserve(s);
    region.reserve(s);
    victimKind.reserve(s);
    flags.reserve(s);
    id.reserve(s);
}

void TimelineData::clear()
{
    *this = TimelineData{};
}

void TimelineData::append(qint64 incidentId, Precision p, qint32 first, qint32 last,
                          quint16 attacks, quint8 impacts, quint16 regionCode, quint8 kind,
                          bool shown)
{
    if (p == Undated)
        first = last = 0;
    else if (last < first)
        last = first;
    firstDay.push_back(first);
    lastDay.push_back(last);
    precision.push_back(p);
    attackMask.push_back(attacks);
    impactMask.push_back(impacts);
    region.push_back(regionCode);
    victimKind.push_back(kind);
    flags.push_back(shown ? Shown : 0);
    id.push_back(incidentId);
}

void TimelineData::append(const Incident &incident, quint16 regionCode)
{
    PartialDate date = incident.occurred;
    if (date.isNull())
        date = incident.disclosed;
    if (date.isNull())
        date = incident.published;
    const auto p = Precision(quint8(date.precision()));
    append(incident.dbId, p, qint32(date.firstJulianDay()), qint32(date.lastJulianDay()),
           quint16(incident.attackTypes ? incident.attackTypes->bits() : 0),
           quint8(incident.impacts ? incident.impacts->bits() : 0), regionCode,
           incident.victimKind ? quint8(*incident.victimKind) : NoCode);
    // Keep the text columns aligned with the others even if earlier rows had none.
    while (victim.size() < size() - 1)
        victim.append(QString());
    while (place.size() < size() - 1)
        place.append(QString());
    victim.append(incident.victims.isEmpty() ? incident.title : incident.victims.join(u", "));
    QString where = incident.commune;
    if (!incident.department.isEmpty())
        where = where.isEmpty() ? incident.department : where % u" (" % incident.department % u')';
    if (where.isEmpty())
        where = incident.region.isEmpty() ? incident.country : incident.region;
    place.append(where);
}

TimelineData TimelineData::fromIncidents(const QList<Incident> &incidents)
{
    TimelineData d;
    // Region keys are (country, region): "Normandie" could exist twice abroad.
    QMap<QString, QString> nameOfKey;
    auto keyOf = [](const Incident &i) { return i.country + u'\x1f' + i.region; };
    for (const Incident &i : incidents)
        if (!i.region.isEmpty())
            nameOfKey.insert(keyOf(i), geo::regionDisplayName(i.country, i.region));
    QList<std::pair<QString, QString>> byName; // (name, key)
    for (auto it = nameOfKey.cbegin(); it != nameOfKey.cend(); ++it)
        byName.append({it.value(), it.key()});
    // Sorted in the UI language's collation ("Île-de-France" among the I's).
    QCollator collator{QLocale()};
    std::sort(byName.begin(), byName.end(),
              [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    QHash<QString, quint16> codeOfKey;
    for (const auto &[name, key] : byName) {
        codeOfKey.insert(key, quint16(d.regionNames.size()));
        d.regionNames.append(name);
    }
    d.reserve(incidents.size());
    for (const Incident &i : incidents)
        d.append(i, i.region.isEmpty() ? NoRegion : codeOfKey.value(keyOf(i)));
    return d;
}

qsizetype TimelineData::indexOf(qint64 incidentId) const
{
    for (std::size_t i = 0; i < id.size(); ++i)
        if (id[i] == incidentId)
            return qsizetype(i);
    return -1;
}

} // namespace vigie::ui
