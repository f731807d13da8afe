// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Projection.h"
#include "model/Result.h"

#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>

#include <array>
#include <optional>

namespace vigie::geo {

enum class MapLevel { Region = 0, Department = 1, World = 2 };
constexpr int kMapLevelCount = 3;

// One drawable area in projected map units (metres; y grows northwards):
// Lambert-93 for metropolitan France, the inset's placement for overseas
// departments and regions, Equal Earth for the world.
struct AreaGeometry {
    QString code;          // INSEE region/department code, ISO 3166-1 alpha-2 for countries
    QString name;          // official name (INSEE) or Natural Earth's English name
    QString parentCode;    // a department's region, empty otherwise
    QPainterPath path;     // odd-even filled rings
    QRectF bounds;         // path.boundingRect(), kept for hit-test prefiltering
    QPointF labelAnchor;   // where the shape is widest (pole of inaccessibility)
    qint64 population = 0; // INSEE municipal population; 0 = unknown (countries)
    QString inset;         // overseas department code of its inset, empty in place
};

// An overseas department drawn at a fixed place beside metropolitan France,
// in its own conformal projection and scale, as French maps show them.
struct Inset {
    QString code;     // department code ("971")
    QString name;     // "Guadeloupe"
    QRectF frame;     // map units, the box drawn around it
    QRectF lonLatBox; // the department's extent, to route points to the inset
    LocalMercator projection{0, 0};
    double scale = 1; // projected metres -> map units
    QPointF offset;   // added after scaling
    QPointF place(QPointF lonLat) const;
};

// The map's geometry, loaded from the generated resource (resources/geo,
// see its README). Immutable once loaded; share it between views.
class MapData {
public:
    static QString defaultResource() { return QStringLiteral(":/geo/areas.json"); }
    static Result<MapData> load(const QString &path = defaultResource());

    const QList<AreaGeometry> &areas(MapLevel level) const
    {
        return m_areas[static_cast<int>(level)];
    }
    const AreaGeometry *find(MapLevel level, QStringView code) const;
    // Borders between two areas of the level, each drawn once, and the outer
    // edges (coasts, frontiers with what is not drawn), as open polylines.
    const QPainterPath &innerBorders(MapLevel level) const { return m_innerBorders[int(level)]; }
    const QPainterPath &outerBorders(MapLevel level) const { return m_outerBorders[int(level)]; }
    // Everything drawn at the level, insets included.
    QRectF bounds(MapLevel level) const { return m_bounds[static_cast<int>(level)]; }
    // Overseas insets (French levels only).
    const QList<Inset> &insets() const { return m_insets; }
    // Longitude/latitude to map units at a level: Lambert-93 or an inset for
    // the French levels, Equal Earth for the world.
    QPointF project(MapLevel level, QPointF lonLat) const;
    // The inverse, for the French levels outside insets and for the world.
    std::optional<QPointF> unproject(MapLevel level, QPointF mapPoint) const;

    // The area containing a map point (bounding-box prefilter, then the
    // path). A point just off the coast (the source polygons are quantised
    // to about 1 km) goes to the nearest area within `toleranceMetres` of
    // ground distance. Empty when none.
    QString areaAt(MapLevel level, QPointF mapPoint, double toleranceMetres = 0) const;

    static bool isFrench(MapLevel level) { return level != MapLevel::World; }

private:
    std::array<QList<AreaGeometry>, kMapLevelCount> m_areas;
    std::array<QRectF, kMapLevelCount> m_bounds;
    std::array<QPainterPath, kMapLevelCount> m_innerBorders;
    std::array<QPainterPath, kMapLevelCount> m_outerBorders;
    QList<Inset> m_insets;
};

} // namespace vigie::geo
