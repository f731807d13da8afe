// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Incident.h"
#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vigie {

// The JSON form of the schema: the contract with the extractor, the exports
// and the evaluation data. Every schema key is written, null when unknown.
QJsonObject incidentToJson(const Incident &incident);
QJsonObject sourceToJson(const Source &source);

// Strict reading: wrong types, unknown vocabulary values and impossible dates
// are errors naming the field. `where` prefixes the messages (e.g. the id).
Result<Incident> incidentFromJson(const QJsonObject &object, const QString &where = {});

// A whole dataset file: an array of records, ids unique.
Result<QList<Incident>> incidentsFromJson(const QByteArray &json);

} // namespace vigie
