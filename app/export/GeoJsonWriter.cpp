// SPDX-License-Identifier: GPL-3.0-or-later
#include "GeoJsonWriter.h"

#include "AreaOutlines.h"
#include "IncidentPlace.h"
#include "model/IncidentJson.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace vigie::exporting {

namespace {

// 1e-5 degree is about a metre: finer than any of our sources.
double rounded(double degrees)
{
    return std::round(degrees * 1e5) / 1e5;
}

QJsonArray position(QPointF lonLat)
{
    return QJsonArray{rounded(lonLat.x()), rounded(lonLat.y())};
}

QJsonObject polygonGeometry(const QList<LonLatPolygon> &polygons)
{
    QJsonArray all;
    for (const LonLatPolygon &polygon : polygons) {
        QJsonArray rings;
        for (const LonLatRing &ring : polygon) {
            QJsonArray positions;
            for (QPointF p : ring)
                positions.append(position(p));
            rings.append(positions);
        }
        all.append(rings);
    }
    if (all.size() == 1)
        return {{QStringLiteral("type"), QStringLiteral("Polygon")},
                {QStringLiteral("coordinates"), all.first()}};
    return {{QStringLiteral("type"), QStringLiteral("MultiPolygon")},
            {QStringLiteral("coordinates"), all}};
}

QString levelName(AreaLevel level)
{
    switch (level) {
    case AreaLevel::Region:
        return QStringLiteral("region");
    case AreaLevel::Department:
        return QStringLiteral("department");
    case AreaLevel::Country:
        return QStringLiteral("country");
    case AreaLevel::None:
        break;
    }
    return {};
}

AreaOutlines::Level outlineLevel(AreaLevel level)
{
    switch (level) {
    case AreaLevel::Region:
        return AreaOutlines::Region;
    case AreaLevel::Department:
        return AreaOutlines::Department;
    default:
        return AreaOutlines::Country;
    }
}

} // namespace

GeoJsonWriter::GeoJsonWriter(const ExportOptions &options)
    : m_options(options)
{
}

Status GeoJsonWriter::put(QByteArrayView bytes)
{
    if (m_device->write(bytes.data(), bytes.size()) != bytes.size())
        return Status::failure(QCoreApplication::translate("Export", "Writing failed: %1")
                                   .arg(m_device->errorString()));
    return {};
}

QJsonObject GeoJsonWriter::incidentFeature(const Incident &incident, const AreaOutlines *outlines)
{
    const IncidentPoint point = locateIncident(incident, outlines);
    QJsonObject properties = incidentToJson(incident);
    properties.insert(QStringLiteral("point_precision"),
                      point.isValid() ? QJsonValue(point.precision) : QJsonValue());
    QJsonValue geometry; // null: RFC 7946 §3.2, an unlocated feature
    if (point.isValid())
        geometry = QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                               {QStringLiteral("coordinates"), position(point.lonLat)}};
    QJsonObject feature{{QStringLiteral("type"), QStringLiteral("Feature")},
                        {QStringLiteral("geometry"), geometry},
                        {QStringLiteral("properties"), properties}};
    if (!incident.id.isEmpty())
        feature.insert(QStringLiteral("id"), incident.id);
    return feature;
}

Status GeoJsonWriter::begin(QIODevice &device)
{
    m_device = &device;
    m_first = true;
    m_counts.clear();
    m_unlocated = 0;
    m_outlines = AreaOutlines::shared();
    if (!m_outlines && m_options.areas != AreaLevel::None)
        return Status::failure(
            QCoreApplication::translate("Export", "The area geometry is missing from this build."));
    if (m_options.areas != AreaLevel::None)
        return {}; // everything is written in finish()
    return put("{\"type\":\"FeatureCollection\",\"features\":[");
}

QString GeoJsonWriter::areaCodeOf(const Incident &incident) const
{
    switch (m_options.areas) {
    case AreaLevel::Region:
        return frenchRegionOf(incident);
    case AreaLevel::Department:
        return isFrench(incident) ? incident.department : QString();
    case AreaLevel::Country:
        return incident.country;
    case AreaLevel::None:
        break;
    }
    return {};
}

Status GeoJsonWriter::write(const Incident &incident)
{
    if (m_options.areas != AreaLevel::None) {
        const QString code = areaCodeOf(incident);
        if (code.isEmpty() || !m_outlines->find(outlineLevel(m_options.areas), code)) {
            ++m_unlocated;
            return {};
        }
        Counts &counts = m_counts[code];
        ++counts.incidents;
        if (incident.attackTypes)
            for (const QString &type : incident.attackTypes->schemaNames())
                ++counts.attackTypes[type];
        return {};
    }
    const QByteArray feature =
        QJsonDocument(incidentFeature(incident, m_outlines)).toJson(QJsonDocument::Compact);
    if (Status s = put(m_first ? "\n" : ",\n"); !s)
        return s;
    m_first = false;
    return put(feature);
}

Status GeoJsonWriter::finish()
{
    if (m_options.areas == AreaLevel::None)
        return put(m_first ? "]}\n" : "\n]}\n");
    // The header is written here so that the count of incidents left out
    // (no place at this level) can head the file as a foreign member.
    const QString level = levelName(m_options.areas);
    if (Status s = put(
            QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                      {QStringLiteral("level"), level},
                                      {QStringLiteral("unlocated_incidents"), m_unlocated}})
                .toJson(QJsonDocument::Compact)
                .chopped(1) +
            ",\"features\":[");
        !s)
        return s;
    bool first = true;
    for (const AreaOutline &area : m_outlines->areas(outlineLevel(m_options.areas))) {
        const Counts counts = m_counts.value(area.code);
        QJsonObject byType;
        for (auto it = counts.attackTypes.cbegin(); it != counts.attackTypes.cend(); ++it)
            byType.insert(it.key(), it.value());
        QJsonObject properties{{QStringLiteral("code"), area.code},
                               {QStringLiteral("name"), area.name},
                               {QStringLiteral("level"), level},
                               {QStringLiteral("incidents"), counts.incidents},
                               {QStringLiteral("attack_types"), byType}};
        if (m_options.areas == AreaLevel::Department)
            properties.insert(QStringLiteral("region"), area.parentCode);
        const QJsonObject feature{{QStringLiteral("type"), QStringLiteral("Feature")},
                                  {QStringLiteral("id"), area.code},
                                  {QStringLiteral("geometry"), polygonGeometry(area.polygons)},
                                  {QStringLiteral("properties"), properties}};
        if (Status s = put(first ? "\n" : ",\n"); !s)
            return s;
        first = false;
        if (Status s = put(QJsonDocument(feature).toJson(QJsonDocument::Compact)); !s)
            return s;
    }
    return put(first ? "]}\n" : "\n]}\n");
}

} // namespace vigie::exporting
