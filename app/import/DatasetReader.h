// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Incident.h"
#include "model/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigie::import {

// Reads incident datasets, told apart by content (then by file name):
// - our JSON dataset format: a JSON array of incident records in the schema
//   (resources/data/incidents.json, `vigie export --format json`).
//   Validation is strict (model/IncidentJson.h): the first wrong type,
//   unknown vocabulary value, impossible date or duplicate id fails the whole
//   file, and the message names the record and the field;
// - our CSV (`vigie export --format csv`, any separator, BOM or not):
//   CsvDatasetReader;
// - STIX 2.1 bundles of incidents: StixReader.
class DatasetReader {
public:
    enum class Format { Json, Csv, Stix };

    struct Dataset {
        Format format = Format::Json;
        QList<Incident> incidents;
        QStringList notes; // what a STIX import skipped
    };

    // Whether the content looks like a dataset (a JSON array, a STIX bundle,
    // our CSV header, or a .json/.csv file by name), from its first bytes.
    // A file that canRead() accepts but that is broken gets read()'s error,
    // not "unknown kind".
    static bool canRead(const QByteArray &head, const QString &fileName = {});
    // The format, from the first bytes (then the name); nullopt for anything
    // else, e.g. a text article starting with "[Update]".
    static std::optional<Format> sniff(const QByteArray &head, const QString &fileName = {});
    static QString formatName(Format format);

    Result<Dataset> readDataset(const QByteArray &content, const QString &fileName = {}) const;
    // Reads a file; errors start with the file's name.
    Result<Dataset> readDatasetFile(const QString &path) const;

    // The incidents alone.
    Result<QList<Incident>> read(const QByteArray &content) const;
    Result<QList<Incident>> readFile(const QString &path) const;
};

} // namespace vigie::import
