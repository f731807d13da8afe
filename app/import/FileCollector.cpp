// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/FileCollector.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace vigie::import {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vigie::import", text);
}

} // namespace

QList<CollectedFile> collectArticleFiles(const QStringList &paths)
{
    QList<CollectedFile> out;
    QSet<QString> seen; // canonical paths, so a file given twice is read once
    const auto add = [&](const QString &path) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (canonical.isEmpty() || !seen.contains(canonical)) {
            seen.insert(canonical);
            out.append({path, {}});
        }
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            out.append({path, tr("no such file or folder")});
            continue;
        }
        if (!info.isDir()) {
            add(path);
            continue;
        }
        if (!info.isReadable() || !info.isExecutable()) {
            out.append({path, tr("cannot read the folder")});
            continue;
        }
        // QDirIterator walks without recursion; symlinked folders are not
        // followed (no loops), hidden files and folders (.git...) skipped.
        QStringList files;
        QStringList unreadable;
        QDirIterator it(path, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            const QFileInfo entry = it.fileInfo();
            if (entry.isDir()) {
                if (!entry.isSymLink() && (!entry.isReadable() || !entry.isExecutable()))
                    unreadable.append(entry.filePath());
                continue;
            }
            files.append(entry.filePath());
        }
        // A stable order whatever the file system returns.
        std::sort(files.begin(), files.end());
        std::sort(unreadable.begin(), unreadable.end());
        for (const QString &dir : unreadable)
            out.append({dir, tr("cannot read the folder")});
        if (files.isEmpty() && unreadable.isEmpty()) {
            out.append({path, tr("empty folder: no files to read")});
            continue;
        }
        for (const QString &file : files)
            add(file);
    }
    return out;
}

QList<CollectedFile> collectArticleFiles(const QString &path)
{
    return collectArticleFiles(QStringList{path});
}

} // namespace vigie::import
