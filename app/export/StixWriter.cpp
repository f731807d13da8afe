// SPDX-License-Identifier: GPL-3.0-or-later
#include "StixWriter.h"

#include "AreaOutlines.h"
#include "IncidentPlace.h"
#include "Stix.h"
#include "geo/FrenchAreas.h"
#include "model/IncidentJson.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <QTemporaryFile>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace vigie::exporting {

namespace {

QString timestamp(QDate date)
{
    return date.toString(Qt::ISODate) + QStringLiteral("T00:00:00.000Z");
}

QJsonObject common(const QString &type, const QString &id, const QString &created,
                   const QString &modified)
{
    return {{QStringLiteral("type"), type},
            {QStringLiteral("spec_version"), QStringLiteral("2.1")},
            {QStringLiteral("id"), id},
            {QStringLiteral("created"), created},
            {QStringLiteral("modified"), modified}};
}

// created: when the incident was first reported (the record's publication
// date, else its earliest known date); modified: its latest known date. Both
// come from the record, never the clock, so a re-export is identical.
std::pair<QString, QString> incidentTimes(const Incident &incident)
{
    QList<PartialDate> dates{incident.published, incident.occurred, incident.disclosed};
    for (const Source &s : incident.sources)
        dates.append(s.published);
    QDate first, last;
    for (const PartialDate &d : std::as_const(dates)) {
        if (d.isNull())
            continue;
        if (!first.isValid() || d.firstDate() < first)
            first = d.firstDate();
        if (!last.isValid() || d.firstDate() > last)
            last = d.firstDate();
    }
    if (!incident.published.isNull())
        first = incident.published.firstDate();
    if (!first.isValid())
        return {stix::sharedTimestamp(), stix::sharedTimestamp()};
    if (last < first)
        last = first;
    return {timestamp(first), timestamp(last)};
}

QJsonObject externalReference(const Source &source)
{
    QString name = source.outlet;
    if (name.isEmpty())
        name = QUrl(source.url).host();
    if (name.isEmpty())
        name = QStringLiteral("unknown");
    QJsonObject ref{{QStringLiteral("source_name"), name}};
    if (!source.url.isEmpty())
        ref.insert(QStringLiteral("url"), source.url);
    QStringList description;
    if (!source.title.isEmpty())
        description << source.title;
    if (!source.published.isNull())
        description << QStringLiteral("published %1").arg(source.published.toIso());
    if (!source.language.isEmpty())
        description << QStringLiteral("language %1").arg(source.language);
    if (!description.isEmpty())
        ref.insert(QStringLiteral("description"), description.join(QStringLiteral("; ")));
    return ref;
}

QJsonObject incidentCore(const Incident &incident)
{
    QJsonObject core{{QStringLiteral("extension_type"), QStringLiteral("property-extension")},
                     // Public reports: confirmed once a source reports it.
                     {QStringLiteral("determination"), incident.sources.isEmpty()
                                                           ? QStringLiteral("suspected")
                                                           : QStringLiteral("confirmed")},
                     // Vigie follows incidents from the outside and takes no
                     // action on them: "new" in the extension's words.
                     {QStringLiteral("investigation_status"), QStringLiteral("new")}};
    if (incident.dataCompromised && !incident.dataCompromised->isEmpty()) {
        QStringList types;
        for (DataCategory c : vocabularyValues<DataCategory>())
            if (incident.dataCompromised->contains(c) && !types.contains(stix::informationType(c)))
                types << stix::informationType(c);
        QJsonArray impacts;
        for (const QString &type : std::as_const(types))
            impacts.append(QJsonObject{{QStringLiteral("type"), type},
                                       {QStringLiteral("impact"), QStringLiteral("loss")}});
        core.insert(QStringLiteral("information_impacts"), impacts);
    }
    if (incident.attackTypes) {
        QJsonArray types;
        for (AttackType t : vocabularyValues<AttackType>()) {
            const QString type = stix::incidentType(t);
            if (incident.attackTypes->contains(t) && !type.isEmpty() && !types.contains(type))
                types.append(type);
        }
        if (!types.isEmpty())
            core.insert(QStringLiteral("incident_types"), types);
    }
    if (incident.impacts && (incident.impacts->contains(Impact::CareDisrupted) ||
                             incident.impacts->contains(Impact::PatientsDiverted) ||
                             incident.impacts->contains(Impact::SurgeryPostponed)))
        core.insert(QStringLiteral("external_impacts"),
                    QJsonArray{QStringLiteral("public-health")});
    return core;
}

QString regionCodeOf(const Incident &incident)
{
    return isFrench(incident) ? frenchRegionOf(incident) : incident.region;
}

// The place's id, empty when the incident names no country.
QString locationIdOf(const Incident &incident)
{
    if (incident.country.isEmpty())
        return {};
    const QString key =
        QStringList{incident.country, regionCodeOf(incident), incident.department, incident.commune}
            .join(u'|');
    return stix::objectId(QStringLiteral("location"), key);
}

QJsonObject locationOf(const Incident &incident, const QString &id)
{
    QString department;
    if (isFrench(incident))
        if (const geo::Department *d = geo::findDepartment(incident.department))
            department = d->name;
    const QString regionCode = regionCodeOf(incident);
    const QString region =
        regionCode.isEmpty() ? QString() : geo::regionDisplayName(incident.country, regionCode);
    QJsonObject location =
        common(QStringLiteral("location"), id, stix::sharedTimestamp(), stix::sharedTimestamp());
    QStringList name{incident.commune, department, region, incident.country};
    name.removeAll(QString());
    location.insert(QStringLiteral("name"), name.join(QStringLiteral(", ")));
    location.insert(QStringLiteral("country"), incident.country);
    if (!region.isEmpty())
        location.insert(QStringLiteral("administrative_area"), region);
    if (!incident.commune.isEmpty()) {
        location.insert(QStringLiteral("city"), incident.commune);
        const IncidentPoint point = locateIncident(incident, nullptr);
        if (point.isValid()) {
            location.insert(QStringLiteral("latitude"), std::round(point.lonLat.y() * 1e5) / 1e5);
            location.insert(QStringLiteral("longitude"), std::round(point.lonLat.x() * 1e5) / 1e5);
        }
    }
    return location;
}

} // namespace

QString StixWriter::incidentId(const Incident &incident)
{
    return stix::objectId(QStringLiteral("incident"),
                          incident.id.isEmpty() ? incident.title : incident.id);
}

Status StixWriter::begin(QIODevice &device)
{
    m_device = &device;
    m_ids.clear();
    m_incidentIds.clear();
    m_objectCount = 0;
    m_status = {};
    m_spool = std::make_unique<QTemporaryFile>();
    if (!m_spool->open())
        return Status::failure(
            QCoreApplication::translate("Export", "Cannot create a temporary file: %1")
                .arg(m_spool->errorString()));
    QJsonObject vigie = common(QStringLiteral("identity"), stix::vigieIdentity(),
                               stix::sharedTimestamp(), stix::sharedTimestamp());
    vigie.insert(QStringLiteral("name"), QStringLiteral("Vigie"));
    vigie.insert(QStringLiteral("identity_class"), QStringLiteral("system"));
    vigie.insert(QStringLiteral("description"),
                 QStringLiteral("Vigie, a tracker of cyberattacks on hospitals."));
    addShared(vigie);
    QJsonObject definition =
        common(QStringLiteral("extension-definition"), stix::vigieRecordExtension(),
               stix::sharedTimestamp(), stix::sharedTimestamp());
    definition.insert(QStringLiteral("created_by_ref"), stix::vigieIdentity());
    definition.insert(QStringLiteral("name"), QStringLiteral("Vigie incident record"));
    definition.insert(
        QStringLiteral("description"),
        QStringLiteral("The incident as Vigie records it, so that Vigie reads it back exactly."));
    definition.insert(
        QStringLiteral("schema"),
        QStringLiteral("Property `record`: one incident record of the Vigie dataset format (a "
                       "JSON object with the keys id, title, published, occurred, disclosed, "
                       "country, region, department, commune, victims, victim_kind, "
                       "attack_types, threat_actor, data_compromised, data_spared, impacts, "
                       "ransom_demanded, records_affected, sources, summary; null when not "
                       "stated), as written by `vigie export --format json`."));
    definition.insert(QStringLiteral("version"), QStringLiteral("1.0"));
    definition.insert(QStringLiteral("extension_types"),
                      QJsonArray{QStringLiteral("property-extension")});
    addShared(definition);
    return m_status;
}

QString StixWriter::addShared(const QJsonObject &object)
{
    const QString id = object.value(QLatin1String("id")).toString();
    if (m_ids.contains(id))
        return id;
    m_ids.insert(id);
    // The object as QJsonDocument would indent it two levels deep (inside
    // the bundle's "objects"), so that the file is what serialising the
    // whole bundle at once would give, without holding it in memory.
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    QByteArray indented;
    indented.reserve(bytes.size() + bytes.size() / 8);
    if (m_objectCount++ > 0)
        indented += ",\n";
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        if (start > 0)
            indented += '\n';
        indented += "        ";
        indented += QByteArrayView(bytes).sliced(start, end - start);
        start = end + 1;
    }
    if (m_status && m_spool->write(indented) != indented.size())
        m_status = Status::failure(QCoreApplication::translate("Export", "Writing failed: %1")
                                       .arg(m_spool->errorString()));
    return id;
}

void StixWriter::addRelationship(const QString &type, const QString &source, const QString &target,
                                 const QString &created, const QString &modified)
{
    const QString id =
        stix::objectId(QStringLiteral("relationship"), type + u'|' + source + u'|' + target);
    if (m_ids.contains(id))
        return;
    QJsonObject r = common(QStringLiteral("relationship"), id, created, modified);
    r.insert(QStringLiteral("relationship_type"), type);
    r.insert(QStringLiteral("source_ref"), source);
    r.insert(QStringLiteral("target_ref"), target);
    addShared(r);
}

Status StixWriter::write(const Incident &incident)
{
    const auto [created, modified] = incidentTimes(incident);
    const QString id = incidentId(incident);
    if (m_ids.contains(id))
        return Status::failure(
            QCoreApplication::translate("Export", "Two incidents have the id %1.")
                .arg(incident.id));
    QJsonObject object = common(QStringLiteral("incident"), id, created, modified);
    QString name = incident.title;
    if (name.isEmpty())
        name = incident.id.isEmpty() ? QStringLiteral("Incident") : incident.id;
    object.insert(QStringLiteral("name"), name);
    if (!incident.summary.isEmpty())
        object.insert(QStringLiteral("description"), incident.summary);
    QJsonArray references;
    if (!incident.id.isEmpty())
        references.append(QJsonObject{{QStringLiteral("source_name"), QStringLiteral("vigie")},
                                      {QStringLiteral("external_id"), incident.id}});
    for (const Source &source : incident.sources)
        references.append(externalReference(source));
    if (!references.isEmpty())
        object.insert(QStringLiteral("external_references"), references);
    if (incident.attackTypes && !incident.attackTypes->isEmpty())
        object.insert(QStringLiteral("labels"),
                      QJsonArray::fromStringList(incident.attackTypes->schemaNames()));
    const QJsonObject record = incidentToJson(incident);
    object.insert(QStringLiteral("extensions"),
                  QJsonObject{{stix::incidentCoreExtension(), incidentCore(incident)},
                              {stix::vigieRecordExtension(),
                               QJsonObject{{QStringLiteral("extension_type"),
                                            QStringLiteral("property-extension")},
                                           {QStringLiteral("record"), record}}}});
    addShared(object);
    m_incidentIds.append(id);

    const QString locationId = locationIdOf(incident);
    if (!locationId.isEmpty() && !m_ids.contains(locationId))
        addShared(locationOf(incident, locationId));
    for (const QString &victim : incident.victims) {
        const QString victimId = stix::objectId(QStringLiteral("identity"), victim);
        if (!m_ids.contains(victimId)) {
            QJsonObject identity = common(QStringLiteral("identity"), victimId,
                                          stix::sharedTimestamp(), stix::sharedTimestamp());
            identity.insert(QStringLiteral("name"), victim);
            identity.insert(QStringLiteral("identity_class"), QStringLiteral("organization"));
            if (incident.victimKind) {
                const QStringList sectors = stix::sectors(*incident.victimKind);
                if (!sectors.isEmpty())
                    identity.insert(QStringLiteral("sectors"), QJsonArray::fromStringList(sectors));
            }
            addShared(identity);
        }
        addRelationship(QStringLiteral("targets"), id, victimId, created, modified);
        if (!locationId.isEmpty())
            addRelationship(QStringLiteral("located-at"), victimId, locationId, created, modified);
    }
    if (incident.victims.isEmpty() && !locationId.isEmpty())
        addRelationship(QStringLiteral("located-at"), id, locationId, created, modified);
    if (!incident.threatActor.isEmpty()) {
        const QString actorId =
            stix::objectId(QStringLiteral("threat-actor"), incident.threatActor);
        if (!m_ids.contains(actorId)) {
            QJsonObject actor = common(QStringLiteral("threat-actor"), actorId,
                                       stix::sharedTimestamp(), stix::sharedTimestamp());
            actor.insert(QStringLiteral("name"), incident.threatActor);
            addShared(actor);
        }
        addRelationship(QStringLiteral("attributed-to"), id, actorId, created, modified);
    }
    return m_status;
}

Status StixWriter::finish()
{
    if (!m_status)
        return m_status;
    auto failed = [this](const QString &error) {
        return Status::failure(
            QCoreApplication::translate("Export", "Writing failed: %1").arg(error));
    };
    const QByteArray head =
        "{\n    \"id\": \"" +
        stix::objectId(QStringLiteral("bundle"), m_incidentIds.join(u',')).toUtf8() +
        "\",\n    \"objects\": [\n";
    if (m_device->write(head) != head.size())
        return failed(m_device->errorString());
    if (!m_spool->seek(0))
        return failed(m_spool->errorString());
    while (!m_spool->atEnd()) {
        const QByteArray chunk = m_spool->read(1 << 20);
        if (chunk.isEmpty() || m_device->write(chunk) != chunk.size())
            return failed(chunk.isEmpty() ? m_spool->errorString() : m_device->errorString());
    }
    const QByteArray tail = "\n    ],\n    \"type\": \"bundle\"\n}\n";
    if (m_device->write(tail) != tail.size())
        return failed(m_device->errorString());
    m_spool.reset();
    return {};
}

} // namespace vigie::exporting
