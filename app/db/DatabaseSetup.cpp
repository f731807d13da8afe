// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseSetup.h"

#include "IncidentRepository.h"
#include "model/IncidentJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace vigie::db {

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("vigie.sqlite"));
}

QByteArray bundledDatasetJson()
{
    QFile file(QStringLiteral(":/data/incidents.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Result<Database> openDatabase(const QString &path, const OpenOptions &options)
{
    using R = Result<Database>;
    if (path == defaultDatabasePath() && !options.readOnly)
        QDir().mkpath(QFileInfo(path).absolutePath());
    auto db = Database::open(path, options.readOnly ? Database::OpenMode::ReadOnly
                                                    : Database::OpenMode::ReadWrite);
    if (!db || !db->isNew() || options.empty || options.readOnly)
        return db;
    auto incidents = incidentsFromJson(bundledDatasetJson());
    if (!incidents)
        return R::failure(
            QCoreApplication::translate("Database", "The bundled dataset is invalid: %1")
                .arg(incidents.error()));
    IncidentRepository repo(*db);
    if (Status s = repo.insertAll(*incidents); !s)
        return R::failure(
            QCoreApplication::translate("Database", "Loading the bundled dataset failed: %1")
                .arg(s.error()));
    return db;
}

} // namespace vigie::db
