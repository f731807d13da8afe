// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Incident.h"
#include "model/Result.h"

#include <QChar>
#include <QList>

class QIODevice;

namespace vigie::exporting {

// The areas of a GeoJSON --areas export.
enum class AreaLevel { None, Region, Department, Country };

// Options every writer receives; each format uses the ones that apply.
struct ExportOptions {
    bool byteOrderMark = false; // CSV: a UTF-8 BOM, for spreadsheets that need one
    QChar separator = u',';     // CSV: ',' (RFC 4180) or ';' (French spreadsheets)
    // GeoJSON: one polygon per area of this level with its counts instead of
    // one point per incident (None).
    AreaLevel areas = AreaLevel::None;
};

// Writes incidents to a device, one at a time, so that a large export never
// holds a second copy of the data. Formats that need the whole set (a STIX
// bundle, GeoJSON areas with counts) collect what they need in write() and
// emit it in finish().
class IncidentWriter {
public:
    virtual ~IncidentWriter() = default;

    virtual Status begin(QIODevice &device) = 0;
    virtual Status write(const Incident &incident) = 0;
    virtual Status finish() = 0;
};

// begin(), write() for each incident, finish(); stops at the first error.
Status writeIncidents(IncidentWriter &writer, QIODevice &device, const QList<Incident> &incidents);

} // namespace vigie::exporting
