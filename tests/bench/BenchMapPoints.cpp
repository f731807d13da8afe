// SPDX-License-Identifier: GPL-3.0-or-later
// The point layer's workload for `vigie-bench map`: a snapshot of N
// synthetic incidents spread over the French communes GeoNames locates
// (weighted by population, so big towns see more), their towns resolved
// once (IncidentPlaces, as a data load does) and grouped by town for a few
// filters (MapFeed::addPoints, as each filter change does).
#include "BenchMapPoints.h"

#include "Bench.h"

#include "filter/FilterEngine.h"
#include "filter/Snapshot.h"
#include "geo/IncidentPlaces.h"
#include "map/MapFeed.h"

#include <QFile>

#include <random>

namespace vigie::bench {

namespace {

struct Town {
    QString name, department, region;
    double weight = 0;
};

// Communes with coordinates, read from the gazetteer's embedded table
// (resources/gazetteer/README.md gives its columns).
QList<Town> locatedCommunes()
{
    QList<Town> towns;
    QFile file(QStringLiteral(":/gazetteer/communes.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return towns;
    QSet<QString> seen;
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().trimmed().split('\t');
        // key, code, name, department, region, population, lat, lon, kind, ...
        if (f.size() < 9 || f[6].isEmpty() || f[8] != "C")
            continue;
        const QString code = QString::fromUtf8(f[1]);
        if (seen.contains(code))
            continue;
        seen.insert(code);
        towns.append({QString::fromUtf8(f[2]), QString::fromUtf8(f[3]), QString::fromUtf8(f[4]),
                      std::max(1.0, f[5].toDouble())});
    }
    return towns;
}

double ms(const Stopwatch &watch)
{
    return watch.elapsedMs();
}

} // namespace

PointWorkload mapPointWorkload(qint32 incidents)
{
    PointWorkload w;
    const QList<Town> towns = locatedCommunes();
    if (towns.isEmpty()) {
        w.report.append(QStringLiteral("points: no commune table"));
        return w;
    }
    std::vector<double> weights;
    for (const Town &t : towns)
        weights.push_back(t.weight);
    std::discrete_distribution<int> pick(weights.begin(), weights.end());
    std::mt19937 rng(7);

    filter::Snapshot snap;
    snap.reserve(incidents);
    const quint16 fr = quint16(snap.countries().intern(QStringLiteral("FR")));
    const qint32 first = qint32(QDate(2015, 1, 1).toJulianDay());
    std::vector<geo::PlaceRecord> batch;
    Stopwatch resolve;
    double resolveMs = 0;
    geo::IncidentPlaces places;
    QList<qint64> ids;
    for (qint32 k = 0; k < incidents; ++k) {
        // One in ten without a town (not placed).
        const bool noTown = rng() % 10 == 0;
        const Town &t = towns[pick(rng)];
        snap.appendCoded(k + 1, {first + qint32(rng() % 4000), 0, 0}, {3, 0, 0}, fr,
                         quint16(snap.regions().intern(t.region)),
                         quint16(snap.departments().intern(t.department)), 0, quint8(1 + rng() % 9),
                         quint16(1u << (rng() % 9)), 0, 0, 0, false, 1);
        if (!noTown) {
            batch.push_back({k + 1, QStringLiteral("FR"), t.region, t.department, t.name});
            ids.append(k + 1);
        }
        // Resolved in batches (update()), as incidents arrive; timed apart.
        if (batch.size() == 200000 || k == incidents - 1) {
            resolve.restart();
            places.update(ids, batch);
            resolveMs += ms(resolve);
            batch.clear();
            ids.clear();
        }
    }
    w.report.append(QStringLiteral("points: %1 incidents, %2 towns resolved (%3 placed) in %4 ms")
                        .arg(incidents)
                        .arg(places.places().size())
                        .arg(places.entries().size())
                        .arg(resolveMs, 0, 'f', 0));

    filter::FilterEngine engine(snap);
    QList<double> perFilter;
    for (int step = 0; step < 12; ++step) {
        filter::FilterSpec spec;
        if (step % 3 == 1)
            spec.attackTypes = AttackTypes(1u << (step % 9));
        if (step % 3 == 2)
            spec.regions = QStringList{towns[step].region};
        engine.setSpec(spec);
        ui::MapInput input;
        Stopwatch watch;
        ui::MapFeed::addPoints(input, engine, snap, places);
        perFilter.append(ms(watch));
        if (step == 0) {
            w.points = input.points;
            w.unplaced = input.unplaced;
        }
    }
    w.report.append(
        QStringLiteral("points: grouping by town per filter change (MapFeed::addPoints): median "
                       "%1 ms, %2 towns with incidents")
            .arg(median(perFilter), 0, 'f', 1)
            .arg(w.points.size()));
    return w;
}

} // namespace vigie::bench
