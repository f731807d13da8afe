// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatasetReader.h"

#include "model/IncidentJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace vigie::import {

namespace {

constexpr QByteArrayView utf8Bom("\xEF\xBB\xBF");

QByteArrayView withoutBom(QByteArrayView data)
{
    return data.startsWith(utf8Bom) ? data.sliced(utf8Bom.size()) : data;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("DatasetReader", text);
}

} // namespace

bool DatasetReader::canRead(const QByteArray &head, const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return true;
    for (char c : withoutBom(head)) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        return c == '[';
    }
    return false;
}

Result<QList<Incident>> DatasetReader::read(const QByteArray &content) const
{
    // Editors on Windows like to add a BOM, which JSON forbids; accept it.
    const QByteArrayView body = withoutBom(content);
    if (body.size() == content.size())
        return incidentsFromJson(content);
    return incidentsFromJson(body.toByteArray());
}

Result<QList<Incident>> DatasetReader::readFile(const QString &path) const
{
    using R = Result<QList<Incident>>;
    QFile file(path);
    if (QFileInfo(path).isDir())
        return R::failure(tr("%1: is a folder, not a file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("%1: cannot read: %2").arg(path, file.errorString()));
    auto incidents = read(file.readAll());
    if (!incidents)
        return R::failure(QStringLiteral("%1: %2").arg(path, incidents.error()));
    return incidents;
}

} // namespace vigie::import
