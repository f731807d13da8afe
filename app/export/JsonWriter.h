// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IncidentWriter.h"

namespace vigie::exporting {

// Our dataset format: a JSON array of records in the schema
// (model/IncidentJson.h), with `id` and `sources`, indented like
// QJsonDocument::Indented. `vigie import` reads it back unchanged.
class JsonWriter : public IncidentWriter {
public:
    Status begin(QIODevice &device) override;
    Status write(const Incident &incident) override;
    Status finish() override;

private:
    QIODevice *m_device = nullptr;
    bool m_first = true;
};

} // namespace vigie::exporting
