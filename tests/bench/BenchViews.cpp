// SPDX-License-Identifier: GPL-3.0-or-later
// vigie-bench views N: what the timeline and map docks cost per filter change
// on an N-row snapshot (synthetic French incidents): the engine's update, the
// timeline's Shown flags (FilterEngine::groupMembers), the map's input
// (MapFeed::buildInput, without and with a playback cursor), and once the
// timeline's data (TimelineFeed::buildData).
#include "Bench.h"

#include "filter/FilterEngine.h"
#include "filter/Snapshot.h"
#include "geo/FrenchAreas.h"
#include "map/MapFeed.h"
#include "timeline/TimelineFeed.h"

#include <random>

namespace vigie::bench {

namespace {

int views(const QStringList &args, QTextStream &out)
{
    bool ok = false;
    const qint64 n = args.value(0).toLongLong(&ok);
    if (!ok || n <= 0) {
        out << "usage: vigie-bench views N\n";
        return 2;
    }
    filter::Snapshot snap;
    snap.reserve(qint32(n));
    const quint16 fr = quint16(snap.countries().intern(QStringLiteral("FR")));
    const auto &departments = geo::departments();
    std::vector<std::pair<quint16, quint16>> codes; // (region, department)
    for (const geo::Department &d : departments)
        codes.emplace_back(quint16(snap.regions().intern(d.regionCode)),
                           quint16(snap.departments().intern(d.code)));
    std::mt19937 rng(42);
    const qint32 first = qint32(QDate(2000, 1, 1).toJulianDay());
    const qint32 days = qint32(QDate(2000, 1, 1).daysTo(QDate(2025, 12, 31)));
    for (qint64 k = 0; k < n; ++k) {
        const auto &[region, dept] = codes[rng() % codes.size()];
        const bool shared = rng() % 20 == 0; // a region, no department
        const quint8 precision = rng() % 10 == 0 ? 2 : 3;
        qint32 day = first + qint32(rng() % quint32(days));
        if (precision == 2)
            day = qint32(QDate::fromJulianDay(day)
                             .addDays(1 - QDate::fromJulianDay(day).day())
                             .toJulianDay());
        snap.appendCoded(k + 1, {day, 0, 0}, {precision, 0, 0}, fr, region,
                         shared ? quint16(0) : dept, 0, quint8(1 + rng() % 9),
                         quint16(1u << (rng() % 9)), 0, 0, quint8(rng() % 32), false, 1);
    }
    Stopwatch sw;
    const ui::TimelineData data = ui::TimelineFeed::buildData(snap, filter::DateField::Occurred);
    const double buildMs = sw.elapsedMs();

    filter::FilterEngine engine(snap);
    QList<double> engineMs, flagsMs, mapMs, cursorMs;
    for (int step = 0; step < 60; ++step) {
        filter::FilterSpec spec;
        if (step % 3 != 0)
            spec.attackTypes = AttackTypes(1u << (step % 9));
        if (step % 2 == 0)
            spec.regions = QStringList{departments[size_t(step) % departments.size()].regionCode};
        if (step % 4 == 1) {
            spec.from = PartialDate::ofYear(2005 + step % 15);
            spec.to = PartialDate::ofYear(2008 + step % 15);
        }
        sw.restart();
        engine.setSpec(spec);
        engineMs.append(sw.elapsedMs());
        sw.restart();
        const auto flags = ui::TimelineFeed::shownFlags(engine);
        flagsMs.append(sw.elapsedMs());
        sw.restart();
        const ui::MapInput input = ui::MapFeed::buildInput(engine, snap);
        mapMs.append(sw.elapsedMs());
        sw.restart();
        const ui::MapInput played =
            ui::MapFeed::buildInput(engine, snap, first + days / 60 * (step + 1));
        cursorMs.append(sw.elapsedMs());
        // Use the results, so nothing is optimised away.
        if (flags.size() != size_t(n) || input.counts[0].size() < played.counts[0].size())
            out << "unexpected result at step " << step << "\n";
    }
    auto line = [&](const char *what, const QList<double> &ms) {
        out << "views n=" << n << " " << what << " median_ms "
            << QString::number(median(ms), 'f', 2) << " p99_ms "
            << QString::number(percentile(ms, 99), 'f', 2) << "\n";
    };
    out << "views n=" << n << " timeline_data_ms " << QString::number(buildMs, 'f', 1) << " ("
        << data.size() << " rows)\n";
    line("engine_setSpec", engineMs);
    line("timeline_flags", flagsMs);
    line("map_input", mapMs);
    line("map_input_cursor", cursorMs);
    return 0;
}

const Registration registration("views", "views N", &views);

} // namespace

} // namespace vigie::bench
