// SPDX-License-Identifier: GPL-3.0-or-later
#include "Projection.h"

#include <cmath>
#include <numbers>

namespace vigie::geo {

namespace {

constexpr double kPi = std::numbers::pi;
constexpr double kDeg = kPi / 180.0;
// GRS80, the ellipsoid of RGF93 and of Lambert-93.
constexpr double kA = 6378137.0;
constexpr double kF = 1.0 / 298.257222101;
const double kE = std::sqrt(2 * kF - kF * kF);

// Isometric latitude of phi (radians) on the ellipsoid.
double isometricLatitude(double phi)
{
    const double s = kE * std::sin(phi);
    return std::log(std::tan(kPi / 4 + phi / 2) * std::pow((1 - s) / (1 + s), kE / 2));
}

// Latitude from isometric latitude, by fixed-point iteration (IGN ALG0002);
// converges to 1e-12 rad in a handful of steps at any French latitude.
double latitudeFromIsometric(double l)
{
    double phi = 2 * std::atan(std::exp(l)) - kPi / 2;
    for (int i = 0; i < 20; ++i) {
        const double s = kE * std::sin(phi);
        const double next =
            2 * std::atan(std::pow((1 + s) / (1 - s), kE / 2) * std::exp(l)) - kPi / 2;
        if (std::abs(next - phi) < 1e-13)
            return next;
        phi = next;
    }
    return phi;
}

double smallCircleRadius(double phi) // m(phi): parallel radius / a
{
    const double s = kE * std::sin(phi);
    return std::cos(phi) / std::sqrt(1 - s * s);
}

} // namespace

LambertConformalConic::LambertConformalConic(double lon0, double lat0, double lat1, double lat2,
                                             double falseEasting, double falseNorthing)
    : m_lon0(lon0 * kDeg)
{
    const double p1 = lat1 * kDeg;
    const double p2 = lat2 * kDeg;
    const double m1 = smallCircleRadius(p1);
    const double m2 = smallCircleRadius(p2);
    const double l1 = isometricLatitude(p1);
    const double l2 = isometricLatitude(p2);
    m_n = std::abs(p1 - p2) < 1e-12 ? std::sin(p1) : (std::log(m1) - std::log(m2)) / (l2 - l1);
    m_c = kA * m1 / m_n * std::exp(m_n * l1);
    m_xs = falseEasting;
    m_ys = falseNorthing + m_c * std::exp(-m_n * isometricLatitude(lat0 * kDeg));
}

const LambertConformalConic &LambertConformalConic::lambert93()
{
    static const LambertConformalConic projection(3.0, 46.5, 44.0, 49.0, 700000.0, 6600000.0);
    return projection;
}

QPointF LambertConformalConic::forward(QPointF lonLat) const
{
    const double rho = m_c * std::exp(-m_n * isometricLatitude(lonLat.y() * kDeg));
    const double theta = m_n * (lonLat.x() * kDeg - m_lon0);
    return {m_xs + rho * std::sin(theta), m_ys - rho * std::cos(theta)};
}

QPointF LambertConformalConic::inverse(QPointF xy) const
{
    const double sign = m_n < 0 ? -1.0 : 1.0;
    const double dx = (xy.x() - m_xs) * sign;
    const double dy = (m_ys - xy.y()) * sign;
    const double rho = std::hypot(dx, dy);
    const double theta = std::atan2(dx, dy);
    const double l = -std::log(rho / std::abs(m_c)) / m_n;
    return {(m_lon0 + theta / m_n) / kDeg, latitudeFromIsometric(l) / kDeg};
}

LocalMercator::LocalMercator(double lon0, double latTrue)
    : m_lon0(lon0 * kDeg)
    , m_k0(smallCircleRadius(latTrue * kDeg))
{
}

QPointF LocalMercator::forward(QPointF lonLat) const
{
    return {kA * m_k0 * (lonLat.x() * kDeg - m_lon0),
            kA * m_k0 * isometricLatitude(lonLat.y() * kDeg)};
}

QPointF LocalMercator::inverse(QPointF xy) const
{
    return {(m_lon0 + xy.x() / (kA * m_k0)) / kDeg,
            latitudeFromIsometric(xy.y() / (kA * m_k0)) / kDeg};
}

namespace {
constexpr double kA1 = 1.340264;
constexpr double kA2 = -0.081106;
constexpr double kA3 = 0.000893;
constexpr double kA4 = 0.003796;
const double kM = std::sqrt(3.0) / 2;
constexpr double kAuthalicRadius = 6371007.181;

double eqY(double t)
{
    const double t2 = t * t;
    const double t6 = t2 * t2 * t2;
    return t * (kA1 + kA2 * t2 + t6 * (kA3 + kA4 * t2));
}

double eqDy(double t)
{
    const double t2 = t * t;
    const double t6 = t2 * t2 * t2;
    return kA1 + 3 * kA2 * t2 + t6 * (7 * kA3 + 9 * kA4 * t2);
}
} // namespace

QPointF EqualEarth::forward(QPointF lonLat)
{
    const double lambda = lonLat.x() * kDeg;
    const double theta = std::asin(kM * std::sin(lonLat.y() * kDeg));
    const double x = 2 * std::sqrt(3.0) * lambda * std::cos(theta) / (3 * eqDy(theta));
    return {kAuthalicRadius * x, kAuthalicRadius * eqY(theta)};
}

QPointF EqualEarth::inverse(QPointF xy)
{
    const double x = xy.x() / kAuthalicRadius;
    const double y = xy.y() / kAuthalicRadius;
    double theta = y / kA1;
    for (int i = 0; i < 20; ++i) {
        const double delta = (eqY(theta) - y) / eqDy(theta);
        theta -= delta;
        if (std::abs(delta) < 1e-13)
            break;
    }
    const double lambda = 3 * x * eqDy(theta) / (2 * std::sqrt(3.0) * std::cos(theta));
    return {lambda / kDeg, std::asin(std::sin(theta) / kM) / kDeg};
}

} // namespace vigie::geo
