// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonWriter.h"

#include "model/IncidentJson.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace vigie::exporting {

namespace {

Status put(QIODevice *device, QByteArrayView bytes)
{
    if (device->write(bytes.data(), bytes.size()) != bytes.size())
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

// Each record is serialised as the only element of an array, which
// QJsonDocument indents as it would inside the whole array; the brackets are
// cut off. The output is the same as serialising the whole array at once,
// without holding it in memory.
Status JsonWriter::write(const Incident &incident)
{
    const QByteArray element =
        QJsonDocument(QJsonArray{incidentToJson(incident)}).toJson(QJsonDocument::Indented);
    // "[\n" + element + "\n]\n"
    const QByteArrayView body = QByteArrayView(element).sliced(2, element.size() - 5);
    if (!m_first)
        if (Status s = put(m_device, ",\n"); !s)
            return s;
    m_first = false;
    return put(m_device, body);
}

Status JsonWriter::finish()
{
    return put(m_device, m_first ? QByteArrayView("]\n") : QByteArrayView("\n]\n"));
}

} // namespace vigie::exporting
