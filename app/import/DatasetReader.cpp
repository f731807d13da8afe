// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatasetReader.h"

#include "CsvDatasetReader.h"
#include "StixReader.h"
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

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

std::optional<DatasetReader::Format> DatasetReader::sniff(const QByteArray &head,
                                                          const QString &fileName)
{
    if (StixReader::looksLikeBundle(head))
        return Format::Stix;
    if (CsvDatasetReader::looksLikeCsv(head))
        return Format::Csv;
    const QByteArrayView body = withoutBom(head);
    qsizetype i = 0;
    while (i < body.size() && isSpace(body.at(i)))
        ++i;
    if (i < body.size() && body.at(i) == '[') {
        // "[" then an object or the end: a text article may start with "[Update]".
        for (++i; i < body.size(); ++i) {
            if (isSpace(body.at(i)))
                continue;
            if (body.at(i) == '{' || body.at(i) == ']')
                return Format::Json;
            break;
        }
        if (i >= body.size())
            return Format::Json;
    }
    if (fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return Format::Json;
    if (fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return Format::Csv;
    return std::nullopt;
}

bool DatasetReader::canRead(const QByteArray &head, const QString &fileName)
{
    if (sniff(head, fileName))
        return true;
    for (char c : withoutBom(head)) {
        if (isSpace(c))
            continue;
        return c == '[';
    }
    return false;
}

QString DatasetReader::formatName(Format format)
{
    switch (format) {
    case Format::Json:
        return QStringLiteral("JSON");
    case Format::Csv:
        return QStringLiteral("CSV");
    case Format::Stix:
        return QStringLiteral("STIX 2.1");
    }
    return {};
}

Result<DatasetReader::Dataset> DatasetReader::readDataset(const QByteArray &content,
                                                          const QString &fileName) const
{
    using R = Result<Dataset>;
    if (content.startsWith("\xFF\xFE") || content.startsWith("\xFE\xFF"))
        return R::failure(tr("the file is in UTF-16; save it as UTF-8"));
    Dataset dataset;
    dataset.format = sniff(content.left(4096), fileName).value_or(Format::Json);
    switch (dataset.format) {
    case Format::Stix: {
        auto bundle = StixReader().read(content);
        if (!bundle)
            return R::failure(bundle.error());
        dataset.incidents = std::move(bundle->incidents);
        dataset.notes = std::move(bundle->notes);
        return dataset;
    }
    case Format::Csv: {
        auto incidents = CsvDatasetReader().read(content);
        if (!incidents)
            return R::failure(incidents.error());
        dataset.incidents = std::move(incidents).value();
        return dataset;
    }
    case Format::Json:
        break;
    }
    // Editors on Windows like to add a BOM, which JSON forbids; accept it.
    const QByteArrayView body = withoutBom(content);
    auto incidents = body.size() == content.size() ? incidentsFromJson(content)
                                                   : incidentsFromJson(body.toByteArray());
    if (!incidents)
        return R::failure(incidents.error());
    dataset.incidents = std::move(incidents).value();
    return dataset;
}

Result<QList<Incident>> DatasetReader::read(const QByteArray &content) const
{
    auto dataset = readDataset(content);
    if (!dataset)
        return Result<QList<Incident>>::failure(dataset.error());
    return std::move(dataset->incidents);
}

Result<DatasetReader::Dataset> DatasetReader::readDatasetFile(const QString &path) const
{
    using R = Result<Dataset>;
    QFile file(path);
    if (QFileInfo(path).isDir())
        return R::failure(tr("%1: is a folder, not a file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("%1: cannot read: %2").arg(path, file.errorString()));
    auto dataset = readDataset(file.readAll(), QFileInfo(path).fileName());
    if (!dataset)
        return R::failure(QStringLiteral("%1: %2").arg(path, dataset.error()));
    return dataset;
}

Result<QList<Incident>> DatasetReader::readFile(const QString &path) const
{
    auto dataset = readDatasetFile(path);
    if (!dataset)
        return Result<QList<Incident>>::failure(dataset.error());
    return std::move(dataset->incidents);
}

} // namespace vigie::import
