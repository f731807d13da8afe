// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapData.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <vector>

namespace vigie::geo {

namespace {

// Where each overseas department sits, in Lambert-93 metres: two columns of
// 140 km boxes in the Bay of Biscay, south-west of Brittany and west of the
// Landes coast, where the sea leaves room and no land is hidden.
struct InsetPlace {
    const char *code;
    double x;
    double y;
};
constexpr double kInsetSize = 140000;
constexpr InsetPlace kInsetPlaces[] = {
    {"971", -20000, 6354000}, {"972", 132000, 6354000}, {"973", -20000, 6202000},
    {"974", 132000, 6202000}, {"976", -20000, 6050000},
};

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

// Rings are flat [x0, y0, dx1, dy1, ...] in the source's quantised units.
QList<QList<QPointF>> decodeRings(const QJsonArray &rings, const Transform &t)
{
    QList<QList<QPointF>> out;
    out.reserve(rings.size());
    for (const QJsonValue &ringValue : rings) {
        const QJsonArray ring = ringValue.toArray();
        QList<QPointF> points;
        points.reserve(ring.size() / 2);
        qint64 x = 0;
        qint64 y = 0;
        for (qsizetype i = 0; i + 1 < ring.size(); i += 2) {
            x += ring.at(i).toInteger();
            y += ring.at(i + 1).toInteger();
            points.append(QPointF(t.tx + double(x) * t.sx, t.ty + double(y) * t.sy));
        }
        out.append(points);
    }
    return out;
}

// A segment between two projected vertices: the bits of its endpoints in a
// fixed order, so both neighbours sharing it produce the same key. Shared
// vertices come from the same source integers through the same projection,
// equal bit for bit, so exact comparison is right (QPointF's == is fuzzy).
struct SegmentEntry {
    std::array<quint64, 4> key;
    qsizetype ring;
    qsizetype index;
};

std::array<quint64, 4> segmentKey(QPointF p, QPointF q)
{
    const bool swap = q.x() < p.x() || (q.x() == p.x() && q.y() < p.y());
    const QPointF a = swap ? q : p;
    const QPointF b = swap ? p : q;
    return {std::bit_cast<quint64>(a.x()), std::bit_cast<quint64>(a.y()),
            std::bit_cast<quint64>(b.x()), std::bit_cast<quint64>(b.y())};
}

// Splits every ring's segments into borders between two areas (each drawn
// once) and outer edges (coasts, frontiers), as polylines. Sorting the
// segments finds the shared ones; a hash table was three times slower here.
void buildBorders(const QList<QPolygonF> &rings, QPainterPath &inner, QPainterPath &outer)
{
    enum : char { Outer, Inner, Skip };
    std::vector<SegmentEntry> entries;
    QList<QList<char>> kind(rings.size());
    for (qsizetype r = 0; r < rings.size(); ++r) {
        const QPolygonF &ring = rings[r];
        kind[r].fill(Outer, ring.size());
        for (qsizetype i = 0; i < ring.size(); ++i)
            entries.push_back({segmentKey(ring[i], ring[(i + 1) % ring.size()]), r, i});
    }
    std::sort(entries.begin(), entries.end(),
              [](const SegmentEntry &a, const SegmentEntry &b) { return a.key < b.key; });
    for (size_t i = 0; i < entries.size();) {
        size_t j = i + 1;
        while (j < entries.size() && entries[j].key == entries[i].key)
            ++j;
        if (j - i > 1) {
            // The first ring draws the whole shared border: long polylines.
            size_t owner = i;
            for (size_t k = i; k < j; ++k)
                if (entries[k].ring < entries[owner].ring)
                    owner = k;
            for (size_t k = i; k < j; ++k)
                kind[entries[k].ring][entries[k].index] = k == owner ? Inner : Skip;
        }
        i = j;
    }
    for (qsizetype r = 0; r < rings.size(); ++r) {
        const QPolygonF &ring = rings[r];
        char previous = Skip;
        for (qsizetype i = 0; i < ring.size(); ++i) {
            const QPointF p = ring[i];
            const QPointF q = ring[(i + 1) % ring.size()];
            const char k = kind[r][i];
            if (k == Skip || p == q) {
                previous = Skip;
                continue;
            }
            QPainterPath &path = k == Inner ? inner : outer;
            if (k != previous)
                path.moveTo(p);
            path.lineTo(q);
            previous = k;
        }
    }
}

QString tr(const char *text)
{
    return QCoreApplication::translate("vigie::geo::MapData", text);
}

} // namespace

QPointF Inset::place(QPointF lonLat) const
{
    return projection.forward(lonLat) * scale + offset;
}

Result<MapData> MapData::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<MapData>::failure(
            tr("Cannot open the map geometry %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull())
        return Result<MapData>::failure(
            tr("The map geometry %1 is not valid JSON: %2").arg(path, parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toInt() != 1)
        return Result<MapData>::failure(tr("The map geometry %1 has an unknown format").arg(path));

    MapData data;
    const QJsonObject france = root.value(QLatin1String("france")).toObject();
    const Transform ft = readTransform(france.value(QLatin1String("transform")).toObject());
    const QJsonArray departments = france.value(QLatin1String("departments")).toArray();

    // Insets first: their projection and scale come from the departments' extent.
    for (const InsetPlace &place : kInsetPlaces) {
        const QString code = QString::fromLatin1(place.code);
        for (const QJsonValue &value : departments) {
            const QJsonObject object = value.toObject();
            if (object.value(QLatin1String("code")).toString() != code)
                continue;
            const auto rings = decodeRings(object.value(QLatin1String("rings")).toArray(), ft);
            QRectF box;
            for (const auto &ring : rings)
                for (const QPointF &p : ring)
                    box = box.isNull() ? QRectF(p, QSizeF(1e-9, 1e-9))
                                       : box.united(QRectF(p, QSizeF(1e-9, 1e-9)));
            Inset inset;
            inset.code = code;
            inset.name = object.value(QLatin1String("name")).toString();
            inset.frame = QRectF(place.x, place.y, kInsetSize, kInsetSize);
            inset.lonLatBox = box.adjusted(-0.5, -0.5, 0.5, 0.5);
            inset.projection = LocalMercator(box.center().x(), box.center().y());
            double minX = std::numeric_limits<double>::max(), minY = minX;
            double maxX = std::numeric_limits<double>::lowest(), maxY = maxX;
            for (const auto &ring : rings)
                for (const QPointF &p : ring) {
                    const QPointF q = inset.projection.forward(p);
                    minX = std::min(minX, q.x());
                    maxX = std::max(maxX, q.x());
                    minY = std::min(minY, q.y());
                    maxY = std::max(maxY, q.y());
                }
            const double inner = kInsetSize * 0.84; // room for the name above the shape
            inset.scale = std::min(inner / (maxX - minX), inner / (maxY - minY));
            const QPointF centre((minX + maxX) / 2, (minY + maxY) / 2);
            const QPointF target = inset.frame.center() - QPointF(0, kInsetSize * 0.05);
            inset.offset = target - centre * inset.scale;
            data.m_insets.append(inset);
        }
    }
    if (data.m_insets.size() != int(std::size(kInsetPlaces)))
        return Result<MapData>::failure(
            tr("The map geometry %1 lacks an overseas department").arg(path));

    auto readLevel = [&](MapLevel level, const QJsonArray &array, const Transform &t) {
        QList<QPolygonF> rings;
        QList<AreaGeometry> &areas = data.m_areas[static_cast<int>(level)];
        QRectF &bounds = data.m_bounds[static_cast<int>(level)];
        for (const QJsonValue &value : array) {
            const QJsonObject object = value.toObject();
            AreaGeometry area;
            area.code = object.value(QLatin1String("code")).toString();
            area.name = object.value(QLatin1String("name")).toString();
            area.parentCode = object.value(QLatin1String("parent")).toString();
            area.population = object.value(QLatin1String("population")).toInteger();
            area.inset = object.value(QLatin1String("inset")).toString();
            const Inset *inset = nullptr;
            for (const Inset &candidate : data.m_insets)
                if (candidate.code == area.inset)
                    inset = &candidate;
            auto projectPoint = [&](QPointF lonLat) {
                if (level == MapLevel::World)
                    return EqualEarth::forward(lonLat);
                return inset ? inset->place(lonLat)
                             : LambertConformalConic::lambert93().forward(lonLat);
            };
            area.path.setFillRule(Qt::OddEvenFill);
            for (const auto &ring :
                 decodeRings(object.value(QLatin1String("rings")).toArray(), t)) {
                QPolygonF polygon;
                polygon.reserve(ring.size() + 1);
                for (const QPointF &p : ring)
                    polygon.append(projectPoint(p));
                area.path.addPolygon(polygon);
                area.path.closeSubpath();
                rings.append(polygon);
            }
            const QJsonArray label = object.value(QLatin1String("label")).toArray();
            area.labelAnchor =
                projectPoint(QPointF(label.at(0).toDouble(), label.at(1).toDouble()));
            area.bounds = area.path.boundingRect();
            bounds = bounds.isNull() ? area.bounds : bounds.united(area.bounds);
            areas.append(std::move(area));
        }
        if (isFrench(level))
            for (const Inset &inset : data.m_insets)
                bounds = bounds.united(inset.frame);
        buildBorders(rings, data.m_innerBorders[int(level)], data.m_outerBorders[int(level)]);
    };
    readLevel(MapLevel::Department, departments, ft);
    readLevel(MapLevel::Region, france.value(QLatin1String("regions")).toArray(), ft);
    const QJsonObject world = root.value(QLatin1String("world")).toObject();
    readLevel(MapLevel::World, world.value(QLatin1String("countries")).toArray(),
              readTransform(world.value(QLatin1String("transform")).toObject()));
    for (int i = 0; i < kMapLevelCount; ++i)
        if (data.m_areas[i].isEmpty())
            return Result<MapData>::failure(tr("The map geometry %1 has an empty level").arg(path));
    return data;
}

const AreaGeometry *MapData::find(MapLevel level, QStringView code) const
{
    for (const AreaGeometry &area : areas(level))
        if (area.code == code)
            return &area;
    return nullptr;
}

namespace {
double distanceToPath(const QPainterPath &path, QPointF p)
{
    double best = std::numeric_limits<double>::max();
    QPointF previous;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        const QPointF current(e.x, e.y);
        if (!e.isMoveTo()) {
            const QPointF d = current - previous;
            const double len2 = QPointF::dotProduct(d, d);
            const double t =
                len2 > 0 ? std::clamp(QPointF::dotProduct(p - previous, d) / len2, 0.0, 1.0) : 0.0;
            const QPointF q = previous + t * d - p;
            best = std::min(best, std::hypot(q.x(), q.y()));
        }
        previous = current;
    }
    return best;
}
} // namespace

QString MapData::areaAt(MapLevel level, QPointF mapPoint, double toleranceMetres) const
{
    for (const AreaGeometry &area : areas(level))
        if (area.bounds.contains(mapPoint) && area.path.contains(mapPoint))
            return area.code;
    if (toleranceMetres <= 0)
        return {};
    double tolerance = toleranceMetres;
    if (isFrench(level))
        for (const Inset &inset : m_insets)
            if (inset.frame.contains(mapPoint))
                tolerance = toleranceMetres * inset.scale;
    QString best;
    double bestDistance = tolerance;
    for (const AreaGeometry &area : areas(level)) {
        if (!area.bounds.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(mapPoint))
            continue;
        const double d = distanceToPath(area.path, mapPoint);
        if (d <= bestDistance) {
            bestDistance = d;
            best = area.code;
        }
    }
    return best;
}

QPointF MapData::project(MapLevel level, QPointF lonLat) const
{
    if (level == MapLevel::World)
        return EqualEarth::forward(lonLat);
    for (const Inset &inset : m_insets)
        if (inset.lonLatBox.contains(lonLat))
            return inset.place(lonLat);
    return LambertConformalConic::lambert93().forward(lonLat);
}

std::optional<QPointF> MapData::unproject(MapLevel level, QPointF mapPoint) const
{
    if (level == MapLevel::World)
        return EqualEarth::inverse(mapPoint);
    for (const Inset &inset : m_insets)
        if (inset.frame.contains(mapPoint))
            return inset.projection.inverse((mapPoint - inset.offset) / inset.scale);
    return LambertConformalConic::lambert93().inverse(mapPoint);
}

} // namespace vigie::geo
