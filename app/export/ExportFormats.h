// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IncidentWriter.h"

#include <QString>

#include <memory>

namespace vigie::exporting {

// The formats `vigie export --format` knows. A new format (GeoJSON, STIX)
// is one writer class and one line in the table of ExportFormats.cpp.
struct ExportFormat {
    QString name;        // "csv"
    QString description; // for --help
    std::unique_ptr<IncidentWriter> (*create)(const ExportOptions &options);
};

const QList<ExportFormat> &exportFormats();
const ExportFormat *findExportFormat(const QString &name);

// Exports to `path` atomically (QSaveFile: the file appears whole, or an
// existing file is left as it was).
Status exportToFile(const QString &path, const ExportFormat &format, const ExportOptions &options,
                    const QList<Incident> &incidents);
// Exports to an already open device (standard output, a buffer).
Status exportToDevice(QIODevice &device, const ExportFormat &format, const ExportOptions &options,
                      const QList<Incident> &incidents);

} // namespace vigie::exporting
