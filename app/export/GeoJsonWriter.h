// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IncidentWriter.h"

#include <QHash>
#include <QJsonObject>

namespace vigie::exporting {

class AreaOutlines;

// RFC 7946 GeoJSON (app/export/README.md): by default a FeatureCollection of
// one Point per incident (IncidentPlace.h) with every schema field and
// `point_precision` as properties, one feature per line; with
// ExportOptions::areas, one (Multi)Polygon per area of that level with its
// counts, written in finish().
class GeoJsonWriter : public IncidentWriter {
public:
    explicit GeoJsonWriter(const ExportOptions &options = {});

    Status begin(QIODevice &device) override;
    Status write(const Incident &incident) override;
    Status finish() override;

    // The feature of one incident (point mode).
    static QJsonObject incidentFeature(const Incident &incident, const AreaOutlines *outlines);

private:
    Status put(QByteArrayView bytes);
    QString areaCodeOf(const Incident &incident) const;

    ExportOptions m_options;
    const AreaOutlines *m_outlines = nullptr;
    QIODevice *m_device = nullptr;
    bool m_first = true;
    // --areas: per area code, incidents and incidents per attack type.
    struct Counts {
        int incidents = 0;
        QHash<QString, int> attackTypes;
    };
    QHash<QString, Counts> m_counts;
    int m_unlocated = 0;
};

} // namespace vigie::exporting
