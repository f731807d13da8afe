// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Incident.h"
#include "model/Result.h"

#include <QList>
#include <QStringList>

namespace vigie::db {
class Database;
}

namespace vigie::commands {

struct DatasetImportReport {
    QList<qint64> added;    // database ids
    QList<qint64> replaced; // database ids
    int identical = 0;      // already stored exactly so
    QStringList different;  // ids kept as stored because the file differs
};

// Stores the incidents of one dataset file (JSON, CSV or STIX, read by
// import::DatasetReader) in one transaction: it lands whole or not at all.
// An incident whose id is already stored is skipped when identical, kept as
// stored (and listed in `different`) when it differs, unless `replace`.
// With `dryRun` the transaction is rolled back: the report says what would
// change.
Result<DatasetImportReport> importDataset(const db::Database &database, QList<Incident> incidents,
                                          bool replace, bool dryRun);

} // namespace vigie::commands
