// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Incident.h"
#include "model/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace vigie::import {

// Reads back what `vigie export --format csv` writes (app/export/README.md):
// UTF-8 with or without a BOM, ',' ';' or tab between fields (told by the
// header), RFC 4180 quoting, lists joined with ';' and '\'-escaped. Every
// record goes through the same strict validation as the JSON dataset
// (model/IncidentJson.h); the first error fails the whole file, naming the
// line and the column.
class CsvDatasetReader {
public:
    // Whether the first line is our header ("id,title,published,...").
    static bool looksLikeCsv(QByteArrayView head);

    Result<QList<Incident>> read(const QByteArray &content) const;

    // Inverse of CsvWriter::joinList: "a\;b;c" -> {"a;b", "c"}; "" -> {}.
    static QStringList splitList(const QString &cell);
};

} // namespace vigie::import
