// SPDX-License-Identifier: GPL-3.0-or-later
#include "StixReader.h"

#include "export/Stix.h"
#include "geo/FrenchAreas.h"
#include "geo/Gazetteer.h"
#include "model/IncidentJson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace vigie::import {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("StixReader", text, nullptr, n);
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}

std::optional<DataCategory> categoryOf(const QString &informationType)
{
    const QString t = informationType.toLower();
    if (t == QLatin1String("pii"))
        return DataCategory::Identity;
    if (t == QLatin1String("phi"))
        return DataCategory::Medical;
    if (t.startsWith(QLatin1String("credentials")))
        return DataCategory::Credentials;
    if (t == QLatin1String("financial") || t == QLatin1String("payment"))
        return DataCategory::Financial;
    return std::nullopt;
}

std::optional<AttackType> attackOf(const QString &incidentType)
{
    const QString t = incidentType.toLower();
    if (t == QLatin1String("denial-of-service"))
        return AttackType::Ddos;
    if (t == QLatin1String("unauthorized-release"))
        return AttackType::DataTheft;
    if (t == QLatin1String("unauthorized-access") || t == QLatin1String("compromised-system"))
        return AttackType::Intrusion;
    if (t == QLatin1String("unauthorized-use"))
        return AttackType::Insider;
    return std::nullopt;
}

// A STIX location's place in our terms: the country code, and for France
// the INSEE codes found from the administrative area's name.
void applyLocation(Incident &incident, const QJsonObject &location)
{
    const QString country = str(location, "country").toUpper();
    if (country.size() != 2)
        return;
    incident.country = country;
    const QString area = str(location, "administrative_area");
    incident.commune = str(location, "city");
    const geo::Gazetteer &g = geo::Gazetteer::shared();
    if (country == QLatin1String("FR")) {
        if (auto region = g.regionByName(area))
            incident.region = region->region.code;
        else if (auto department = g.department(area)) {
            incident.department = department->code;
            incident.region = department->regionCode;
        }
        if (!incident.commune.isEmpty()) {
            const auto communes = g.communesByName(incident.commune, incident.department);
            if (!communes.isEmpty()) {
                incident.commune = communes.first().name;
                incident.department = communes.first().departmentCode;
                incident.region = communes.first().regionCode;
            }
        }
    } else {
        incident.region = area;
    }
}

} // namespace

bool StixReader::looksLikeBundle(QByteArrayView head)
{
    qsizetype i = 0;
    if (head.startsWith("\xEF\xBB\xBF"))
        i = 3;
    while (i < head.size() && QChar::isSpace(uchar(head.at(i))))
        ++i;
    if (i >= head.size() || head.at(i) != '{')
        return false;
    static const QRegularExpression bundle(
        QStringLiteral("\"type\"\\s*:\\s*\"bundle\"|\"id\"\\s*:\\s*\"bundle--"));
    return bundle.match(QString::fromUtf8(head.sliced(i))).hasMatch();
}

Result<StixReader::Bundle> StixReader::read(const QByteArray &content) const
{
    using R = Result<Bundle>;
    QByteArray body = content;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::failure(tr("not valid JSON at byte %1: %2")
                              .arg(parseError.offset)
                              .arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (str(root, "type") != QLatin1String("bundle") ||
        !root.value(QLatin1String("objects")).isArray())
        return R::failure(tr("not a STIX 2.1 bundle (a JSON object of type \"bundle\" with "
                             "\"objects\")"));

    QHash<QString, QJsonObject> byId;
    QList<QJsonObject> incidents;
    QMultiHash<QString, QJsonObject> relationshipsFrom; // by source_ref, in bundle order
    QMap<QString, int> skipped;                         // object type -> count
    const QJsonArray objects = root.value(QLatin1String("objects")).toArray();
    int n = 0;
    for (const QJsonValue &value : objects) {
        ++n;
        const QJsonObject o = value.toObject();
        const QString type = str(o, "type");
        const QString id = str(o, "id");
        if (type.isEmpty() || !id.startsWith(type + QStringLiteral("--")))
            return R::failure(tr("object %1: missing or malformed type or id").arg(n));
        if (o.contains(QLatin1String("spec_version")) &&
            str(o, "spec_version") != QLatin1String("2.1"))
            return R::failure(tr("object %1 (%2): spec_version %3; only STIX 2.1 is read")
                                  .arg(n)
                                  .arg(id, str(o, "spec_version")));
        byId.insert(id, o);
        if (type == QLatin1String("incident"))
            incidents.append(o);
        else if (type == QLatin1String("relationship"))
            relationshipsFrom.insert(str(o, "source_ref"), o);
        else if (type != QLatin1String("identity") && type != QLatin1String("location") &&
                 type != QLatin1String("threat-actor") && type != QLatin1String("intrusion-set") &&
                 type != QLatin1String("extension-definition") &&
                 type != QLatin1String("marking-definition"))
            ++skipped[type];
    }
    // QMultiHash::values() lists the newest first: restore bundle order.
    auto related = [&](const QString &source, const QString &type) {
        QList<QJsonObject> targets;
        QList<QJsonObject> rels = relationshipsFrom.values(source);
        std::reverse(rels.begin(), rels.end());
        for (const QJsonObject &r : std::as_const(rels))
            if (str(r, "relationship_type") == type && byId.contains(str(r, "target_ref")))
                targets.append(byId.value(str(r, "target_ref")));
        return targets;
    };

    Bundle out;
    QSet<QString> ids;
    int mapped = 0;
    for (const QJsonObject &o : std::as_const(incidents)) {
        const QString stixId = str(o, "id");
        const QJsonObject extensions = o.value(QLatin1String("extensions")).toObject();
        const QJsonObject ours = extensions.value(stix::vigieRecordExtension()).toObject();
        Incident incident;
        if (ours.value(QLatin1String("record")).isObject()) {
            auto record = incidentFromJson(ours.value(QLatin1String("record")).toObject(), stixId);
            if (!record)
                return R::failure(record.error());
            incident = std::move(record).value();
        } else {
            ++mapped;
            incident.title = str(o, "name");
            incident.summary = str(o, "description");
            for (const QJsonValue &v : o.value(QLatin1String("external_references")).toArray()) {
                const QJsonObject ref = v.toObject();
                if (str(ref, "source_name") == QLatin1String("vigie")) {
                    incident.id = str(ref, "external_id");
                    continue;
                }
                if (str(ref, "url").isEmpty())
                    continue;
                Source s;
                s.url = str(ref, "url");
                s.outlet = str(ref, "source_name");
                incident.sources.append(s);
            }
            for (const QJsonObject &identity : related(stixId, QStringLiteral("targets")))
                if (str(identity, "type") == QLatin1String("identity") &&
                    !str(identity, "name").isEmpty())
                    incident.victims.append(str(identity, "name"));
            QList<QJsonObject> locations = related(stixId, QStringLiteral("located-at"));
            for (const QJsonObject &identity : related(stixId, QStringLiteral("targets")))
                locations += related(str(identity, "id"), QStringLiteral("located-at"));
            if (!locations.isEmpty())
                applyLocation(incident, locations.first());
            for (const QJsonObject &actor : related(stixId, QStringLiteral("attributed-to")))
                if (incident.threatActor.isEmpty())
                    incident.threatActor = str(actor, "name");
            const QJsonObject core = extensions.value(stix::incidentCoreExtension()).toObject();
            DataCategories data;
            for (const char *key : {"information_impacts", "confidentiality_impacts"})
                for (const QJsonValue &v : core.value(QLatin1String(key)).toArray()) {
                    const QJsonObject impact = v.toObject();
                    const QString type = impact.contains(QLatin1String("type"))
                                             ? str(impact, "type")
                                             : str(impact, "information_type");
                    if (auto c = categoryOf(type))
                        data.insert(*c);
                    if (impact.contains(QLatin1String("record_count")))
                        incident.recordsAffected =
                            impact.value(QLatin1String("record_count")).toInteger();
                }
            if (!data.isEmpty())
                incident.dataCompromised = data;
            // Labels in our vocabulary (as Vigie writes them) are exact; the
            // incident-core types are coarser and serve only without them.
            AttackTypes attacks;
            for (const QJsonValue &v : o.value(QLatin1String("labels")).toArray())
                if (auto a = fromSchemaName<AttackType>(v.toString()))
                    attacks.insert(*a);
            if (attacks.isEmpty())
                for (const QJsonValue &v : core.value(QLatin1String("incident_types")).toArray())
                    if (auto a = attackOf(v.toString()))
                        attacks.insert(*a);
            if (!attacks.isEmpty())
                incident.attackTypes = attacks;
            const QJsonObject counts =
                core.value(QLatin1String("impacted_entity_counts")).toObject();
            if (!incident.recordsAffected && counts.contains(QLatin1String("individual")))
                incident.recordsAffected = counts.value(QLatin1String("individual")).toInteger();
            // A round trip through our own validation keeps foreign values
            // to what the schema accepts.
            auto checked = incidentFromJson(incidentToJson(incident), stixId);
            if (!checked)
                return R::failure(checked.error());
            incident = std::move(checked).value();
        }
        if (!incident.id.isEmpty()) {
            if (ids.contains(incident.id))
                return R::failure(tr("%1: duplicate incident id %2").arg(stixId, incident.id));
            ids.insert(incident.id);
        }
        out.incidents.append(std::move(incident));
    }
    if (mapped > 0)
        out.notes << tr("%n incident(s) from another tool: mapped name, description, sources, "
                        "victims, place, threat actor, data categories and attack types; dates, "
                        "victim kind and impacts are not in STIX and stay empty",
                        mapped);
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
        out.notes << tr("skipped %n object(s) of type %1", it.value()).arg(it.key());
    return out;
}

} // namespace vigie::import
