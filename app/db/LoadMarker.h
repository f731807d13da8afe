// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Result.h"

#include <QFile>
#include <QString>

namespace vigie::db {

// A side file "<database>-loading" that exists, locked, while a bulk load
// writes an empty database without a crash-safe journal (see
// IncidentRepository::BulkInsert and app/db/README.md). A marker left by a
// process that died is unlocked: the database under it is incomplete, held
// nothing before the load, and is deleted by the next read-write open so that
// it is created (and seeded) again.
class LoadMarker {
public:
    LoadMarker() = default;
    ~LoadMarker() { release(); }
    LoadMarker(const LoadMarker &) = delete;
    LoadMarker &operator=(const LoadMarker &) = delete;

    static QString markerPath(const QString &databasePath);

    // Creates and locks the marker (flushed to disk before any page of the
    // load can be). Fails when another process holds it.
    Status acquire(const QString &databasePath);
    bool isHeld() const { return m_file.isOpen(); }
    // Removes the marker; call only once the database is durable.
    void release();

    enum class Leftover {
        None,    // no marker: the file is what its last commit left
        Stale,   // a dead load's marker: the database is incomplete
        Running, // another process is loading it right now
    };
    static Leftover inspect(const QString &databasePath);
    // Deletes the incomplete database, its side files, then the marker.
    static Status discardIncomplete(const QString &databasePath);

private:
    QFile m_file;
};

} // namespace vigie::db
