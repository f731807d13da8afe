// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Incident.h"
#include "model/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace vigie::import {

// Reads the incidents of a STIX 2.1 bundle (app/import/README.md).
// Vigie's own bundles carry each record in the Vigie record extension and
// come back exactly. Other bundles are mapped: name, description,
// external_references (sources, and a `vigie` reference as the id),
// `targets` identities (victims), locations (through `located-at` from the
// incident or its victims), `attributed-to` threat actors or intrusion sets,
// incident-core information impacts (data categories), incident types
// (attack types) and impacted counts. What cannot be mapped is listed in
// `notes`.
class StixReader {
public:
    struct Bundle {
        QList<Incident> incidents;
        QStringList notes; // what was skipped, one line each
    };

    // A JSON object that names itself a bundle in its first bytes.
    static bool looksLikeBundle(QByteArrayView head);

    Result<Bundle> read(const QByteArray &content) const;
};

} // namespace vigie::import
