// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonWriter.h"

#include "model/IncidentJson.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>

namespace vigie::exporting {

namespace {

Status put(QIODevice *device, const QByteArray &bytes)
{
    if (device->write(bytes) != bytes.size())
        return Status::failure(
            QCoreApplication::translate("Export", "Writing failed: %1").arg(device->errorString()));
    return {};
}

} // namespace

Status JsonWriter::begin(QIODevice &device)
{
    m_device = &device;
    m_first = true;
    return put(m_device, "[\n");
}

// Each record is indented one level, as QJsonDocument indents an array, so
// the output is the same as serialising the whole array at once without
// holding it in memory.
Status JsonWriter::write(const Incident &incident)
{
    const QByteArray record =
        QJsonDocument(incidentToJson(incident)).toJson(QJsonDocument::Indented);
    QByteArray out;
    out.reserve(record.size() + record.size() / 8 + 8);
    if (!m_first)
        out += ",\n";
    m_first = false;
    qsizetype start = 0;
    while (start < record.size()) {
        qsizetype end = record.indexOf('\n', start);
        if (end < 0)
            end = record.size();
        if (end > start) {
            out += "    ";
            out += QByteArrayView(record).sliced(start, end - start);
        }
        start = end + 1;
        if (start < record.size())
            out += '\n';
    }
    return put(m_device, out);
}

Status JsonWriter::finish()
{
    return put(m_device, m_first ? QByteArray("]\n") : QByteArray("\n]\n"));
}

} // namespace vigie::exporting
