// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoadMarker.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vigie::db {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

// Makes the creation or removal of a file in `dir` durable.
void syncFolder(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

QString LoadMarker::markerPath(const QString &databasePath)
{
    return databasePath + QLatin1String("-loading");
}

Status LoadMarker::acquire(const QString &databasePath)
{
    release();
    m_file.setFileName(markerPath(databasePath));
    if (!m_file.open(QIODevice::ReadWrite))
        return Status::failure(
            tr("Cannot create %1: %2").arg(m_file.fileName(), m_file.errorString()));
    // The lock dies with the process: a marker nobody locks is a dead load's.
    if (::flock(m_file.handle(), LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        const bool held = error == EWOULDBLOCK;
        m_file.close();
        if (held) // someone else's marker: not ours to remove
            return Status::failure(tr("Another Vigie is loading %1.").arg(databasePath));
        // No locks on this file system: leave no marker that nobody could
        // ever tell from a running load (the caller keeps the WAL).
        QFile::remove(markerPath(databasePath));
        return Status::failure(
            tr("Cannot create %1: %2")
                .arg(m_file.fileName(), QString::fromLocal8Bit(strerror(error))));
    }
    m_file.resize(0);
    m_file.write("Vigie is loading this database; if no Vigie runs, it is incomplete.\n");
    m_file.flush();
    ::fsync(m_file.handle());
    syncFolder(QFileInfo(databasePath).absolutePath());
    return {};
}

void LoadMarker::release()
{
    if (!m_file.isOpen())
        return;
    const QString path = m_file.fileName();
    QFile::remove(path); // still locked: nobody can take it for a stale one
    m_file.close();
    syncFolder(QFileInfo(path).absolutePath());
}

LoadMarker::Leftover LoadMarker::inspect(const QString &databasePath)
{
    const QString path = markerPath(databasePath);
    if (!QFileInfo::exists(path))
        return Leftover::None;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Leftover::Running; // cannot tell: do not touch the database
    if (::flock(file.handle(), LOCK_SH | LOCK_NB) != 0)
        return Leftover::Running;
    // A load that just finished removes its marker before unlocking it; the
    // file we locked must still be the one at the path (not a removed one).
    struct stat opened {};
    struct stat current {};
    const bool same = ::fstat(file.handle(), &opened) == 0 &&
                      ::stat(QFile::encodeName(path).constData(), &current) == 0 &&
                      opened.st_ino == current.st_ino && opened.st_dev == current.st_dev;
    ::flock(file.handle(), LOCK_UN);
    return same ? Leftover::Stale : Leftover::None;
}

Status LoadMarker::discardIncomplete(const QString &databasePath)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"}) {
        const QString path = databasePath + QLatin1String(suffix);
        if (QFileInfo::exists(path) && !QFile::remove(path))
            return Status::failure(
                tr("Cannot remove the incomplete database %1 left by an interrupted load.")
                    .arg(path));
    }
    // The marker goes last: until then a crash here is retried at next open.
    QFile::remove(markerPath(databasePath));
    syncFolder(QFileInfo(databasePath).absolutePath());
    return {};
}

} // namespace vigie::db
