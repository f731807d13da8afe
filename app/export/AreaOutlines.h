// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Result.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace vigie::exporting {

// A polygon in longitude/latitude: its outer ring, then its holes; every
// ring closed (first point repeated last), outer ring counterclockwise and
// holes clockwise, as RFC 7946 asks.
using LonLatRing = QList<QPointF>;
using LonLatPolygon = QList<LonLatRing>;

struct AreaOutline {
    QString code; // INSEE region/department code, ISO 3166-1 alpha-2 for countries
    QString name;
    QString parentCode; // a department's region
    QList<LonLatPolygon> polygons;
    QPointF centroid; // see AreaOutlines::load
};

// The areas of resources/geo/areas.json in longitude/latitude, as the
// resource stores them (MapData projects them for the map; the exports need
// them unprojected). Immutable once loaded.
class AreaOutlines {
public:
    enum Level { Region, Department, Country };

    // The outlines from the resource embedded in the binary, loaded on first
    // use (thread-safe); null when the resource is missing or damaged.
    static const AreaOutlines *shared();
    static Result<AreaOutlines> load(const QString &path);

    const QList<AreaOutline> &areas(Level level) const { return m_areas[level]; }
    const AreaOutline *find(Level level, const QString &code) const;

    // Rings -> polygons: a ring inside an odd number of other rings of the
    // area is a hole of the smallest ring containing it. The centroid is the
    // area-weighted centroid of the largest polygon (so that overseas parts
    // and islands do not pull it into the sea), or the resource's label
    // anchor when that centroid falls outside the polygon (a crescent-shaped
    // area).
    static QList<LonLatPolygon> polygonsFromRings(QList<LonLatRing> rings);
    static QPointF centroidOf(const QList<LonLatPolygon> &polygons, QPointF fallback);

private:
    QList<AreaOutline> m_areas[3];
    QHash<QString, qsizetype> m_index[3];
};

} // namespace vigie::exporting
