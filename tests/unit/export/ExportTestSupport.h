// SPDX-License-Identifier: GPL-3.0-or-later
// The export tests' fixture (tests/data/export/small) and a writer run into memory.
#pragma once

#include "TestSupport.h"
#include "export/ExportFormats.h"
#include "model/IncidentJson.h"

#include <QBuffer>

namespace vigie::test {

inline QString testData(const QString &relative)
{
    return sourcePath(QStringLiteral("tests/data/") + relative);
}

inline QList<Incident> fixture()
{
    auto incidents =
        incidentsFromJson(readFile(testData(QStringLiteral("export/small/incidents.json"))));
    return incidents ? incidents.value() : QList<Incident>();
}

// What `format` writes for `incidents`, or "(failed)".
inline QByteArray exported(const QString &format, const QList<Incident> &incidents,
                           const exporting::ExportOptions &options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const exporting::ExportFormat *f = exporting::findExportFormat(format);
    if (!f || !exporting::exportToDevice(buffer, *f, options, incidents))
        return "(failed)";
    return buffer.data();
}

} // namespace vigie::test
