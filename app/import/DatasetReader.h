// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Incident.h"
#include "model/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace vigie::import {

// Reads our dataset format: a JSON array of incident records in the schema
// (resources/data/incidents.json, `vigie export --format json`). Validation
// is strict (model/IncidentJson.h): the first wrong type, unknown vocabulary
// value, impossible date or duplicate id fails the whole file, and the
// message names the record and the field.
class DatasetReader {
public:
    // Whether the content looks like a dataset (a JSON array, or a JSON
    // file by name), from its first bytes. A file that canRead() accepts
    // but that is broken gets read()'s error, not "unknown kind".
    static bool canRead(const QByteArray &head, const QString &fileName = {});

    Result<QList<Incident>> read(const QByteArray &content) const;
    // Reads a file; errors start with the file's name.
    Result<QList<Incident>> readFile(const QString &path) const;
};

} // namespace vigie::import
