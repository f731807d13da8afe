// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Extraction.h"

#include <QJsonObject>

namespace vigie::extract {

// Every schema key (null when unknown, see IncidentJson), plus
// "evidence": {field: [{"start", "length", "confidence", "text"}]} with the
// quoted text of each span, "language" and "warnings".
QJsonObject extractionToJson(const Extraction &extraction, const QString &text);

} // namespace vigie::extract
