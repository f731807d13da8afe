// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

namespace vigie::db {

struct OpenOptions {
    bool empty = false;    // a new database starts without the bundled dataset
    bool readOnly = false; // for commands that only read (stats, export)
};

// QStandardPaths::AppDataLocation/vigie.sqlite
QString defaultDatabasePath();

// Opens a database, creating it when missing (and its folder, for the
// default location). A database created here starts with the bundled
// dataset unless options.empty; the seeding is one transaction.
Result<Database> openDatabase(const QString &path, const OpenOptions &options = {});

// The dataset compiled into the binary (resources/data/incidents.json).
QByteArray bundledDatasetJson();

} // namespace vigie::db
