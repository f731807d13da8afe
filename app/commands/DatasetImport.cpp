// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatasetImport.h"

#include "db/Database.h"
#include "db/IncidentRepository.h"
#include "model/IncidentJson.h"

#include <QCoreApplication>

namespace vigie::commands {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ImportCommand", text);
}

} // namespace

Result<DatasetImportReport> importDataset(const db::Database &database, QList<Incident> incidents,
                                          bool replace, bool dryRun)
{
    using R = Result<DatasetImportReport>;
    db::IncidentRepository repo(database);
    db::Transaction tx(database);
    if (!tx.isActive())
        return R::failure(tx.error());
    DatasetImportReport report;
    int n = 0;
    for (Incident &incident : incidents) {
        ++n;
        const QString where = incident.id.isEmpty() ? tr("record %1").arg(n)
                                                    : tr("record %1 (%2)").arg(n).arg(incident.id);
        if (!incident.id.isEmpty()) {
            if (const auto existing = repo.findBySlug(incident.id)) {
                const auto stored = repo.load(*existing);
                if (stored && incidentToJson(*stored) == incidentToJson(incident)) {
                    ++report.identical;
                    continue;
                }
                if (!replace) {
                    report.different.append(incident.id);
                    continue;
                }
                incident.dbId = *existing;
                if (Status s = repo.updateInTransaction(incident); !s)
                    return R::failure(QStringLiteral("%1: %2").arg(where, s.error()));
                report.replaced.append(*existing);
                continue;
            }
        }
        auto id = repo.insertInTransaction(incident);
        if (!id)
            return R::failure(QStringLiteral("%1: %2").arg(where, id.error()));
        report.added.append(*id);
    }
    // IncidentRepository::updateInTransaction relinks the sources but keeps
    // those no incident cites any more; drop them as removeInTransaction
    // does. (To move into the repository.)
    if (!report.replaced.isEmpty())
        if (Status s = database.exec("DELETE FROM source WHERE id NOT IN "
                                     "(SELECT source_id FROM incident_source)");
            !s)
            return R::failure(s.error());
    if (dryRun)
        return report; // the transaction rolls back
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return report;
}

} // namespace vigie::commands
