// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFormats.h"

#include "CsvWriter.h"
#include "GeoJsonWriter.h"
#include "JsonWriter.h"
#include "StixWriter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace vigie::exporting {

const QList<ExportFormat> &exportFormats()
{
    static const QList<ExportFormat> formats = {
        {QStringLiteral("csv"),
         QCoreApplication::translate(
             "Export", "UTF-8, one line per incident, lists joined with ';' (RFC 4180)"),
         [](const ExportOptions &o) -> std::unique_ptr<IncidentWriter> {
             return std::make_unique<CsvWriter>(o);
         }},
        {QStringLiteral("json"),
         QCoreApplication::translate("Export",
                                     "an array of records in the schema (the dataset format)"),
         [](const ExportOptions &) -> std::unique_ptr<IncidentWriter> {
             return std::make_unique<JsonWriter>();
         }},
        {QStringLiteral("geojson"),
         QCoreApplication::translate("Export",
                                     "RFC 7946: a point per incident, or a polygon per area with "
                                     "--areas"),
         [](const ExportOptions &o) -> std::unique_ptr<IncidentWriter> {
             return std::make_unique<GeoJsonWriter>(o);
         }},
        {QStringLiteral("stix"),
         QCoreApplication::translate("Export", "a STIX 2.1 bundle: incidents, victims, locations, "
                                               "relationships"),
         [](const ExportOptions &) -> std::unique_ptr<IncidentWriter> {
             return std::make_unique<StixWriter>();
         }},
    };
    return formats;
}

const ExportFormat *findExportFormat(const QString &name)
{
    for (const ExportFormat &f : exportFormats())
        if (f.name.compare(name, Qt::CaseInsensitive) == 0)
            return &f;
    return nullptr;
}

Status exportToDevice(QIODevice &device, const ExportFormat &format, const ExportOptions &options,
                      const QList<Incident> &incidents)
{
    const auto writer = format.create(options);
    return writeIncidents(*writer, device, incidents);
}

Status exportToFile(const QString &path, const ExportFormat &format, const ExportOptions &options,
                    const QList<Incident> &incidents)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QCoreApplication::translate("Export", "Cannot write %1: %2")
                                   .arg(path, file.errorString()));
    if (Status s = exportToDevice(file, format, options, incidents); !s) {
        file.cancelWriting();
        return Status::failure(
            QCoreApplication::translate("Export", "Cannot write %1: %2").arg(path, s.error()));
    }
    if (!file.commit())
        return Status::failure(QCoreApplication::translate("Export", "Cannot write %1: %2")
                                   .arg(path, file.errorString()));
    return {};
}

} // namespace vigie::exporting
