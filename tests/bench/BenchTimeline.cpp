// SPDX-License-Identifier: GPL-3.0-or-later
// vigie-bench timeline: the native side of ../shared/bench/timeline (the
// vis-timeline peer). Same workload (linked-filter gen.py: N day-precision
// incidents 2000..2025 growing like t^2, regions weighted by population, 1-2
// attack types), same 60 windows (30 geometric zoom steps from 2000..2026 to
// August 2022, then 30 pans of 7 days), same timing points: first_ms from
// handing the data to a new widget to the end of its first paint; per step,
// from the set-window call to the end of the paint (layout + draw into a
// 1920x400 image).
#include "Bench.h"

#include "db/DatabaseSetup.h"
#include "model/IncidentJson.h"
#include "timeline/TimelineView.h"

#include <QDir>
#include <QFile>
#include <QImage>

#include <cmath>
#include <ctime>
#include <random>

using namespace vigie;
using namespace vigie::ui;
using namespace vigie::bench;

namespace {

// Population weights of the 18 regions, in gen.py's order.
constexpr double RegionPop[18] = {384,  361,  294,  890,  257,  12463, 2587, 2803, 3346,
                                  5992, 5563, 3907, 3449, 6150, 6125,  8206, 5219, 355};
const char *const RegionNames[18] = {"Guadeloupe",
                                     "Martinique",
                                     "Guyane",
                                     "La Réunion",
                                     "Mayotte",
                                     "Île-de-France",
                                     "Centre-Val de Loire",
                                     "Bourgogne-Franche-Comté",
                                     "Normandie",
                                     "Hauts-de-France",
                                     "Grand Est",
                                     "Pays de la Loire",
                                     "Bretagne",
                                     "Nouvelle-Aquitaine",
                                     "Occitanie",
                                     "Auvergne-Rhône-Alpes",
                                     "Provence-Alpes-Côte d'Azur",
                                     "Corse"};
constexpr double AttackWeights[9] = {40, 30, 8, 10, 6, 12, 5, 2, 4};
constexpr double KindWeights[9] = {10, 35, 20, 12, 3, 10, 5, 3, 2};

void addRegionNames(TimelineData &d)
{
    for (const char *name : RegionNames)
        d.regionNames.append(QString::fromUtf8(name));
}

// gen.py's distributions (not its exact numbers: Python's generator differs;
// pass --data DIR to read a gen.py workload).
// With `mixed`, some incidents are known only to the month (8 %) or the year
// (3 %), and 0.5 % are undated, as in real reporting.
TimelineData generate(qsizetype n, quint64 seed, bool mixed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> uni(0.0, 1.0);
    std::discrete_distribution<int> region(std::begin(RegionPop), std::end(RegionPop));
    std::discrete_distribution<int> attack(std::begin(AttackWeights), std::end(AttackWeights));
    std::discrete_distribution<int> kind(std::begin(KindWeights), std::end(KindWeights));
    std::uniform_int_distribution<int> oneOrTwo(1, 2);
    const qint32 day0 = julianDay(2000, 1, 1), day1 = julianDay(2025, 12, 31);
    const double span = day1 - day0;
    TimelineData d;
    d.reserve(n);
    addRegionNames(d);
    for (qsizetype i = 0; i < n; ++i) {
        const auto day = qint32(day0 + qint64(span * std::cbrt(uni(rng))));
        const int r = region(rng);
        quint16 mask = 0;
        for (int k = oneOrTwo(rng); k > 0; --k)
            mask |= quint16(1u << attack(rng));
        const quint8 k = quint8(kind(rng));
        const double p = mixed ? uni(rng) : 1.0;
        const QDate date = QDate::fromJulianDay(day);
        if (p < 0.005) {
            d.append(i, TimelineData::Undated, 0, 0, mask, 0, quint16(r), k);
        } else if (p < 0.035) {
            d.append(i, TimelineData::Year, julianDay(date.year(), 1, 1),
                     julianDay(date.year(), 12, 31), mask, 0, quint16(r), k);
        } else if (p < 0.115) {
            const QDate m(date.year(), date.month(), 1);
            d.append(i, TimelineData::Month, qint32(m.toJulianDay()),
                     qint32(m.addMonths(1).toJulianDay()) - 1, mask, 0, quint16(r), k);
        } else {
            d.append(i, TimelineData::Day, day, day, mask, 0, quint16(r), k);
        }
    }
    return d;
}

// DIR/incidents.csv from gen.py: id,day,month,region,department,attack_mask,victim_kind,data_mask
std::optional<TimelineData> readWorkload(const QString &dir, QTextStream &err)
{
    QFile f(QDir(dir).filePath(QStringLiteral("incidents.csv")));
    if (!f.open(QIODevice::ReadOnly)) {
        err << "cannot read " << f.fileName() << "\n";
        return std::nullopt;
    }
    TimelineData d;
    addRegionNames(d);
    f.readLine(); // header
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> c = line.split(',');
        if (c.size() < 8)
            continue;
        const qint32 day = julianFromEpochDay(c[1].toLongLong());
        d.append(c[0].toLongLong(), TimelineData::Day, day, day, quint16(c[5].toUInt()), 0,
                 quint16(c[3].toUInt()), quint8(c[6].toUInt()));
    }
    return d;
}

// CPU time of this thread: tells machine noise (other processes) from our own work.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// The peer's 60 windows, in Julian days.
QList<std::pair<double, double>> viewScript()
{
    const double s0 = julianDay(2000, 1, 1), e0 = julianDay(2026, 1, 1);
    const double s1 = julianDay(2022, 8, 1), e1 = julianDay(2022, 9, 1);
    const double w0 = e0 - s0, w1 = e1 - s1;
    QList<std::pair<double, double>> views;
    for (int k = 1; k <= 30; ++k) {
        const double f = (w0 - w0 * std::pow(w1 / w0, k / 30.0)) / (w0 - w1);
        views.append({s0 + (s1 - s0) * f, e0 + (e1 - e0) * f});
    }
    for (int k = 1; k <= 30; ++k)
        views.append({s1 + 7 * k, e1 + 7 * k});
    return views;
}

LaneMode laneModeFromName(const QString &name)
{
    if (name == u"region")
        return LaneMode::Region;
    if (name == u"attack")
        return LaneMode::AttackType;
    if (name == u"kind")
        return LaneMode::VictimKind;
    if (name == u"impact")
        return LaneMode::Impact;
    return LaneMode::None;
}

// Writes PNG, SVG and PDF exports of three windows, to look at.
bool exportViews(const TimelineData &data, LaneMode lanes, const QString &dir,
                 const QLocale &locale, QTextStream &err)
{
    QDir().mkpath(dir);
    const struct {
        const char *name;
        QDate first, last;
    } windows[] = {{"whole", QDate(2000, 1, 1), QDate(2025, 12, 31)},
                   {"year", QDate(2022, 1, 1), QDate(2022, 12, 31)},
                   {"month", QDate(2022, 8, 1), QDate(2022, 8, 31)},
                   {"week", QDate(2022, 8, 8), QDate(2022, 8, 14)}};
    qint32 lo = julianDay(2000, 1, 1), hi = julianDay(2025, 12, 31);
    if (TimelineIndex index; index.build(data, LaneMode::None), index.hasDated()) {
        lo = index.dayMin();
        hi = index.dayMax();
    }
    for (auto w : windows) {
        if (QLatin1StringView(w.name) == u"whole") { // the data's own years
            w.first = QDate(QDate::fromJulianDay(lo).year(), 1, 1);
            w.last = QDate(QDate::fromJulianDay(hi).year(), 12, 31);
        }
        TimelineViewState state;
        state.startDay = double(w.first.toJulianDay());
        state.endDay = double(w.last.toJulianDay() + 1);
        state.lanes = lanes;
        state.brushFrom = julianDay(2021, 6, 1);
        state.brushTo = julianDay(2022, 8, 20);
        if (QLatin1StringView(w.name) == u"week") { // playback cursor and a selection
            state.cursorDay = julianDay(2022, 8, 12);
            for (qsizetype i = 0; i < data.size() && state.selectedId < 0; ++i)
                if (data.firstDay[std::size_t(i)] == julianDay(2022, 8, 10) &&
                    data.precision[std::size_t(i)] == TimelineData::Day)
                    state.selectedId = data.id[std::size_t(i)];
        }
        TimelineDrawOptions options;
        options.header = true;
        options.title = QStringLiteral("Synthetic incidents (%1)").arg(data.size());
        options.filterLine = QStringLiteral("date 2021-06-01 – 2022-08-20");
        options.exportDate = QDate(2026, 11, 29);
        options.locale = locale;
        for (const char *suffix : {"png", "svg", "pdf"}) {
            const QString path = QDir(dir).filePath(
                QStringLiteral("timeline-%1-%2.%3").arg(data.size()).arg(w.name, suffix));
            const Status st = renderTimelineToFile(data, state, QSize(1600, 600), path, options);
            if (!st.ok()) {
                err << st.error() << "\n";
                return false;
            }
        }
    }
    return true;
}

int run(const QStringList &args, QTextStream &out)
{
    QTextStream err(stderr);
    QList<qsizetype> sizes = {10000, 100000, 1000000};
    QString dataDir, pngDir, lanesName = QStringLiteral("none");
    bool verbose = false, mixed = false, bundled = false;
    int runs = 1;
    QString exportDir;
    QLocale exportLocale(QLocale::English, QLocale::UnitedKingdom);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--n" && i + 1 < args.size()) {
            sizes.clear();
            for (const QString &s : args[++i].split(u','))
                sizes.append(s.toLongLong());
        } else if (a == u"--data" && i + 1 < args.size()) {
            dataDir = args[++i];
        } else if (a == u"--png" && i + 1 < args.size()) {
            pngDir = args[++i];
        } else if (a == u"--lanes" && i + 1 < args.size()) {
            lanesName = args[++i];
        } else if (a == u"--export" && i + 1 < args.size()) {
            exportDir = args[++i];
        } else if (a == u"--locale" && i + 1 < args.size()) {
            exportLocale = QLocale(args[++i]);
        } else if (a == u"--runs" && i + 1 < args.size()) {
            runs = std::max(1, args[++i].toInt());
        } else if (a == u"--bundled") {
            bundled = true;
        } else if (a == u"--mixed") {
            mixed = true;
        } else if (a == u"--verbose") {
            verbose = true;
        } else {
            err << "unknown argument " << a << "\n";
            return 2;
        }
    }
    if (!dataDir.isEmpty() || bundled)
        sizes = {-1};
    const LaneMode lanes = laneModeFromName(lanesName);
    const auto views = viewScript();

    for (qsizetype n : sizes) {
        TimelineData data;
        if (bundled) {
            const auto incidents = incidentsFromJson(db::bundledDatasetJson());
            if (!incidents) {
                err << incidents.error() << "\n";
                return 1;
            }
            data = TimelineData::fromIncidents(*incidents);
        } else if (n < 0) {
            auto read = readWorkload(dataDir, err);
            if (!read)
                return 1;
            data = std::move(*read);
        } else {
            data = generate(n, 20250909, mixed);
        }
        n = data.size();
        if (!exportDir.isEmpty() && !exportViews(data, lanes, exportDir, exportLocale, err))
            return 1;
        QImage image(1920, 400, QImage::Format_ARGB32_Premultiplied);
        // Each run builds a new widget (first_ms) and replays the 60 windows;
        // the figures printed are the medians over runs, as in the peer's table.
        QList<double> firsts, medians, p99s, cpuMedians, cpuP99s, zooms, pans, cpuFirsts;
        for (int run = 0; run < runs; ++run) {
            TimelineData copy = run + 1 < runs ? data : std::move(data);
            const double cpuFirst0 = threadCpuMs();
            Stopwatch first;
            TimelineView view;
            view.setAnimated(false);
            view.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
            view.resize(image.size());
            view.setLaneMode(lanes);
            view.setData(std::move(copy));
            view.setWindow(julianDay(2000, 1, 1), julianDay(2026, 1, 1));
            view.render(&image);
            firsts.append(first.elapsedMs());
            cpuFirsts.append(threadCpuMs() - cpuFirst0);

            QList<double> steps, cpuSteps, zoom, pan;
            for (qsizetype k = 0; k < views.size(); ++k) {
                const double cpu0 = threadCpuMs();
                Stopwatch sw;
                view.setWindow(views[k].first, views[k].second);
                view.render(&image);
                const double ms = sw.elapsedMs();
                const double cpuMs = threadCpuMs() - cpu0;
                steps.append(ms);
                cpuSteps.append(cpuMs);
                (k < 30 ? zoom : pan).append(ms);
                const auto &L = view.currentLayout();
                if (verbose)
                    err << "step " << k + 1 << " ms " << ms << " cpu_ms " << cpuMs << " mode "
                        << (L.mode() == TimelineLayout::Mode::Glyphs ? "glyphs" : "density")
                        << " glyphs " << L.glyphs().size() << " clusters " << L.clusters().size()
                        << "\n";
                if (run == 0 && !pngDir.isEmpty() &&
                    (k == 0 || k == 14 || k == 22 || k == 26 || k == 29 || k == 59))
                    image.save(QDir(pngDir).filePath(QStringLiteral("timeline-%1-%2-step%3.png")
                                                         .arg(n)
                                                         .arg(lanesName)
                                                         .arg(k + 1)));
            }
            medians.append(median(steps));
            p99s.append(percentile(steps, 99));
            cpuMedians.append(median(cpuSteps));
            cpuP99s.append(percentile(cpuSteps, 99));
            zooms.append(median(zoom));
            pans.append(median(pan));
        }
        // Thread CPU time next to the wall clock: on a shared machine the
        // difference is time this thread spent waiting for a core.
        err << "timeline n=" << n << " lanes=" << lanesName << " runs " << runs
            << " zoom_median_ms " << median(zooms) << " pan_median_ms " << median(pans)
            << " cpu_first_ms " << median(cpuFirsts) << " cpu_median_ms " << median(cpuMedians)
            << " cpu_p99_ms " << median(cpuP99s) << " peak_rss_mb "
            << peakRssBytes() / (1024 * 1024) << "\n";
        out << "timeline n=" << n << (lanes == LaneMode::None ? "" : " lanes=" + lanesName)
            << " first_ms " << QString::number(median(firsts), 'f', 1) << " median_ms "
            << QString::number(median(medians), 'f', 2) << " p99_ms "
            << QString::number(median(p99s), 'f', 2) << "\n";
        out.flush();
        err.flush();
    }
    return 0;
}

const bench::Registration registration("timeline",
                                       "[--n N[,N...]] [--data DIR | --bundled] [--mixed] [--runs "
                                       "R] [--export DIR [--locale L]] [--lanes "
                                       "none|region|attack|kind|impact] [--png DIR] [--verbose]",
                                       run);

} // namespace
