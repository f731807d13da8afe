// SPDX-License-Identifier: GPL-3.0-or-later
#include "AreaOutlines.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRectF>

#include <algorithm>
#include <cmath>

namespace vigie::exporting {

namespace {

struct Transform {
    double sx = 1, sy = 1, tx = 0, ty = 0;
};

Transform readTransform(const QJsonObject &object)
{
    const QJsonArray scale = object.value(QLatin1String("scale")).toArray();
    const QJsonArray translate = object.value(QLatin1String("translate")).toArray();
    return {scale.at(0).toDouble(), scale.at(1).toDouble(), translate.at(0).toDouble(),
            translate.at(1).toDouble()};
}

// Twice the signed area (positive: counterclockwise), in degrees squared.
double signedArea2(const LonLatRing &ring)
{
    double sum = 0;
    for (qsizetype i = 0; i + 1 < ring.size(); ++i)
        sum += ring[i].x() * ring[i + 1].y() - ring[i + 1].x() * ring[i].y();
    return sum;
}

// Rings are stored delta-encoded in the source's quantised integers.
QList<LonLatRing> decodeRings(const QJsonArray &rings, const Transform &t)
{
    QList<LonLatRing> out;
    for (const QJsonValue &value : rings) {
        const QJsonArray ring = value.toArray();
        LonLatRing points;
        points.reserve(ring.size() / 2 + 1);
        qint64 x = 0, y = 0;
        for (qsizetype i = 0; i + 1 < ring.size(); i += 2) {
            x += ring.at(i).toInteger();
            y += ring.at(i + 1).toInteger();
            const QPointF p(t.tx + double(x) * t.sx, t.ty + double(y) * t.sy);
            if (points.isEmpty() || points.last() != p)
                points.append(p);
        }
        if (!points.isEmpty() && points.first() != points.last())
            points.append(points.first());
        if (points.size() >= 4 && signedArea2(points) != 0)
            out.append(points);
    }
    return out;
}

bool ringContains(const LonLatRing &ring, QPointF p)
{
    bool inside = false;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const QPointF a = ring[i], b = ring[j];
        if ((a.y() > p.y()) != (b.y() > p.y()) &&
            p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

QRectF boundsOf(const LonLatRing &ring)
{
    double x0 = ring.first().x(), x1 = x0, y0 = ring.first().y(), y1 = y0;
    for (QPointF p : ring) {
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Export", text);
}

} // namespace

QList<LonLatPolygon> AreaOutlines::polygonsFromRings(QList<LonLatRing> rings)
{
    const qsizetype n = rings.size();
    QList<QRectF> bounds;
    QList<double> areas;
    for (const LonLatRing &ring : std::as_const(rings)) {
        bounds.append(boundsOf(ring));
        areas.append(std::abs(signedArea2(ring)));
    }
    // For each ring, the rings that contain it (tested on one vertex: rings
    // of a valid area never cross).
    QList<int> depth(n, 0);
    QList<qsizetype> parent(n, -1);
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = 0; j < n; ++j) {
            if (i == j || areas[j] <= areas[i] || !bounds[j].contains(bounds[i]))
                continue;
            if (!ringContains(rings[j], rings[i].first()))
                continue;
            ++depth[i];
            if (parent[i] < 0 || areas[j] < areas[parent[i]])
                parent[i] = j;
        }
    }
    QList<LonLatPolygon> polygons;
    QHash<qsizetype, qsizetype> polygonOf;
    for (qsizetype i = 0; i < n; ++i) {
        if (depth[i] % 2 != 0)
            continue;
        LonLatRing ring = rings[i];
        if (signedArea2(ring) < 0)
            std::reverse(ring.begin(), ring.end());
        polygonOf.insert(i, polygons.size());
        polygons.append(LonLatPolygon{ring});
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (depth[i] % 2 == 0 || !polygonOf.contains(parent[i]))
            continue;
        LonLatRing ring = rings[i];
        if (signedArea2(ring) > 0)
            std::reverse(ring.begin(), ring.end());
        polygons[polygonOf.value(parent[i])].append(ring);
    }
    return polygons;
}

QPointF AreaOutlines::centroidOf(const QList<LonLatPolygon> &polygons, QPointF fallback)
{
    const LonLatPolygon *largest = nullptr;
    double largestArea = 0;
    for (const LonLatPolygon &polygon : polygons) {
        double area = 0;
        for (const LonLatRing &ring : polygon)
            area += signedArea2(ring); // holes are clockwise: they subtract
        if (!largest || area > largestArea) {
            largest = &polygon;
            largestArea = area;
        }
    }
    if (!largest || largestArea <= 0)
        return fallback;
    // Planar centroid in a local equirectangular frame (x scaled by the
    // cosine of the latitude), so that degrees of longitude weigh what they
    // measure on the ground at that latitude.
    const double lat0 = largest->first().first().y();
    const double k = std::cos(lat0 * M_PI / 180.0);
    double a = 0, cx = 0, cy = 0;
    for (const LonLatRing &ring : *largest) {
        for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
            const double x0 = ring[i].x() * k, y0 = ring[i].y();
            const double x1 = ring[i + 1].x() * k, y1 = ring[i + 1].y();
            const double cross = x0 * y1 - x1 * y0;
            a += cross;
            cx += (x0 + x1) * cross;
            cy += (y0 + y1) * cross;
        }
    }
    if (a == 0)
        return fallback;
    const QPointF centroid(cx / (3 * a) / k, cy / (3 * a));
    bool inside = false;
    for (const LonLatRing &ring : *largest)
        if (ringContains(ring, centroid))
            inside = !inside;
    return inside ? centroid : fallback;
}

Result<AreaOutlines> AreaOutlines::load(const QString &path)
{
    using R = Result<AreaOutlines>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot read the area geometry %1: %2").arg(path, file.errorString()));
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    const QJsonObject root = doc.object();
    const QJsonObject france = root.value(QLatin1String("france")).toObject();
    const QJsonObject world = root.value(QLatin1String("world")).toObject();
    if (france.isEmpty() || world.isEmpty())
        return R::failure(tr("The area geometry %1 is damaged.").arg(path));
    AreaOutlines outlines;
    auto readLevel = [&](Level level, const QJsonArray &areas, const Transform &t) {
        for (const QJsonValue &value : areas) {
            const QJsonObject o = value.toObject();
            AreaOutline area;
            area.code = o.value(QLatin1String("code")).toString();
            area.name = o.value(QLatin1String("name")).toString();
            area.parentCode = o.value(QLatin1String("parent")).toString();
            area.polygons =
                polygonsFromRings(decodeRings(o.value(QLatin1String("rings")).toArray(), t));
            const QJsonArray label = o.value(QLatin1String("label")).toArray();
            area.centroid =
                centroidOf(area.polygons, QPointF(label.at(0).toDouble(), label.at(1).toDouble()));
            if (area.code.isEmpty())
                continue; // the Siachen Glacier: no country to count
            outlines.m_index[level].insert(area.code, outlines.m_areas[level].size());
            outlines.m_areas[level].append(std::move(area));
        }
    };
    const Transform ft = readTransform(france.value(QLatin1String("transform")).toObject());
    readLevel(Department, france.value(QLatin1String("departments")).toArray(), ft);
    readLevel(Region, france.value(QLatin1String("regions")).toArray(), ft);
    readLevel(Country, world.value(QLatin1String("countries")).toArray(),
              readTransform(world.value(QLatin1String("transform")).toObject()));
    return outlines;
}

const AreaOutlines *AreaOutlines::shared()
{
    static const std::optional<AreaOutlines> outlines = []() -> std::optional<AreaOutlines> {
        auto loaded = load(QStringLiteral(":/geo/areas.json"));
        if (!loaded)
            return std::nullopt;
        return std::move(loaded).value();
    }();
    return outlines ? &*outlines : nullptr;
}

const AreaOutline *AreaOutlines::find(Level level, const QString &code) const
{
    const auto it = m_index[level].constFind(code);
    return it == m_index[level].cend() ? nullptr : &m_areas[level].at(*it);
}

} // namespace vigie::exporting
