// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Result.h"

namespace vigie::db {

class Database;

// The database schema and its forward migrations, versioned by
// PRAGMA user_version. Migration N brings a database from N-1 to N, in one
// transaction; see app/db/README.md for the tables.
class Schema {
public:
    static int currentVersion();
    // Applies every migration above the file's version, up to `target`
    // (currentVersion() by default; tests migrate step by step).
    static Status migrate(const Database &db, int target = -1);
    // A version-0 file is ours to initialise only when it has no tables.
    static bool isEmptyOrOurs(const Database &db);
    // "VIGI", set by the first migration, so other tools can recognise the file.
    static constexpr int applicationId = 0x56494749;
};

} // namespace vigie::db
