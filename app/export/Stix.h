// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Vocabulary.h"

#include <QString>
#include <QUuid>

// Constants and mappings shared by the STIX 2.1 writer (export) and reader
// (import), documented in app/export/README.md.
namespace vigie::stix {

// The UUIDv5 namespace of every id Vigie writes; fixed forever, so that a
// re-export names the same objects with the same ids.
inline QUuid vigieNamespace()
{
    return QUuid(QStringLiteral("1fcfeffb-2003-4d82-b701-0885de192ebc"));
}

// "incident--<uuidv5 of `name` in the Vigie namespace>"
QString objectId(const QString &type, const QString &name);

// The incident-core extension (OASIS cti-stix-common-objects, version 1 with
// information_impacts) and our own property extension carrying the record.
inline QString incidentCoreExtension()
{
    return QStringLiteral("extension-definition--ef765651-680c-498d-9894-99799f2fa126");
}
QString vigieRecordExtension();
QString vigieIdentity();

// Timestamp of the objects not tied to one incident's dates (the Vigie
// identity, the extension definition, victims, locations, threat actors).
inline QString sharedTimestamp()
{
    return QStringLiteral("2020-01-01T00:00:00.000Z");
}

// Data category -> information type of the incident-core vocabulary.
QString informationType(DataCategory category);
// Attack type -> incident-core incident type; empty when none fits.
QString incidentType(AttackType type);
// Victim kind -> STIX industry-sector-ov values.
QStringList sectors(VictimKind kind);

} // namespace vigie::stix
