// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>

namespace vigie::geo {

// Map projections used by the map view. Longitudes and latitudes in degrees
// (QPointF::x() = longitude, y() = latitude); projected coordinates in metres,
// y growing northwards.

// Lambert conformal conic with two standard parallels on the GRS80 ellipsoid
// (IGN's "Projection cartographique conique conforme de Lambert", notes
// NTG_71). Lambert-93 (EPSG:2154) is the official projection of metropolitan
// France, Corsica included.
class LambertConformalConic {
public:
    LambertConformalConic(double lon0, double lat0, double lat1, double lat2, double falseEasting,
                          double falseNorthing);
    static const LambertConformalConic &lambert93();

    QPointF forward(QPointF lonLat) const;
    QPointF inverse(QPointF xy) const;

private:
    double m_lon0;
    double m_n;
    double m_c;
    double m_xs;
    double m_ys;
};

// Mercator on GRS80 with true scale along the latitude `latTrue`: conformal
// and nearly undistorted over the small overseas departments, all within 22
// degrees of the equator, drawn in insets.
class LocalMercator {
public:
    LocalMercator(double lon0, double latTrue);
    QPointF forward(QPointF lonLat) const;
    QPointF inverse(QPointF xy) const;

private:
    double m_lon0;
    double m_k0;
};

// Equal Earth (Šavrič, Patterson, Jenny 2018) on a sphere of the authalic
// radius: equal-area world map for the countries level.
class EqualEarth {
public:
    static QPointF forward(QPointF lonLat);
    static QPointF inverse(QPointF xy);
};

} // namespace vigie::geo
