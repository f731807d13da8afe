// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace vigie::import {

// One entry of a walk: a file to read, or a path that could not be walked
// (missing, unreadable folder) with the reason in `error`.
struct CollectedFile {
    QString path;
    QString error; // empty when the file is to be read
    bool ok() const { return error.isEmpty(); }
};

// Expands files and folders (recursively, iteratively, hidden entries and
// symlinked folders skipped) into a sorted, de-duplicated list of regular
// files, in the order the paths were given. Every path given yields at least
// one entry, so a caller can print a result per file.
QList<CollectedFile> collectArticleFiles(const QStringList &paths);
QList<CollectedFile> collectArticleFiles(const QString &path);

} // namespace vigie::import
