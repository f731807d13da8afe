// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExtractionJson.h"

#include "model/IncidentJson.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace vigie::extract {

QJsonObject extractionToJson(const Extraction &extraction, const QString &text)
{
    QJsonObject o = incidentToJson(extraction.incident);
    QJsonObject evidence;
    QStringList fields = extraction.evidence.keys();
    std::sort(fields.begin(), fields.end());
    for (const QString &field : fields) {
        QJsonArray spans;
        for (const Evidence &e : extraction.evidence.value(field)) {
            QJsonObject s;
            s.insert(QStringLiteral("start"), qint64(e.start));
            s.insert(QStringLiteral("length"), qint64(e.length));
            s.insert(QStringLiteral("confidence"), std::round(e.confidence * 100.0) / 100.0);
            s.insert(QStringLiteral("text"), text.mid(e.start, e.length));
            spans.append(s);
        }
        evidence.insert(field, spans);
    }
    o.insert(QStringLiteral("evidence"), evidence);
    o.insert(QStringLiteral("language"), extraction.language);
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(extraction.warnings));
    return o;
}

} // namespace vigie::extract
