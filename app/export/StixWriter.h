// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IncidentWriter.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <QTemporaryFile>

#include <memory>

namespace vigie::exporting {

// A STIX 2.1 bundle (app/export/README.md): an `incident` per incident with
// the incident-core extension and the Vigie record extension, an `identity`
// per victim, `location`s and `threat-actor`s shared between incidents,
// `targets`, `located-at` and `attributed-to` relationships. Every id is a
// UUIDv5 of our names and every timestamp comes from our dates, so a
// re-export of the same incidents is byte-identical. Objects are
// serialised as they come into a temporary file (the bundle's id, written
// first, depends on every incident), which finish() copies to the device:
// only the ids seen so far stay in memory.
class StixWriter : public IncidentWriter {
public:
    Status begin(QIODevice &device) override;
    Status write(const Incident &incident) override;
    Status finish() override;

    // The incident's STIX id (from its slug).
    static QString incidentId(const Incident &incident);

private:
    // Adds a shared object once; returns its id.
    QString addShared(const QJsonObject &object);
    void addRelationship(const QString &type, const QString &source, const QString &target,
                         const QString &created, const QString &modified);

    QIODevice *m_device = nullptr;
    std::unique_ptr<QTemporaryFile> m_spool;
    QSet<QString> m_ids;
    QStringList m_incidentIds;
    qsizetype m_objectCount = 0;
    Status m_status; // the first write error
};

} // namespace vigie::exporting
