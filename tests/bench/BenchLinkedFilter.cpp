// SPDX-License-Identifier: GPL-3.0-or-later
// vigie-bench linked-filter DIR: the workload of shared/bench/linked-filter
// (incidents.csv + ops.json) on the real app/filter engine. The CSV columns
// become snapshot rows (day -> occurred date, region/department -> INSEE
// codes, attack_mask -> attack types, victim_kind -> victim kind, data_mask
// -> data compromised); each op becomes the FilterSpec a user gesture makes.
#include "Bench.h"

#include "filter/FilterEngine.h"
#include "filter/Snapshot.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <ctime>

namespace vigie::bench {

namespace {

// The fixed lists of gen.py: index in the CSV -> INSEE code.
constexpr std::array<const char *, 18> regionCodes = {"01", "02", "03", "04", "06", "11",
                                                      "24", "27", "28", "32", "44", "52",
                                                      "53", "75", "76", "84", "93", "94"};
constexpr std::array<const char *, 101> departmentCodes = {
    "01", "02", "03", "04", "05", "06", "07",  "08",  "09",  "10",  "11", "12", "13", "14", "15",
    "16", "17", "18", "19", "21", "22", "23",  "24",  "25",  "26",  "27", "28", "29", "2A", "2B",
    "30", "31", "32", "33", "34", "35", "36",  "37",  "38",  "39",  "40", "41", "42", "43", "44",
    "45", "46", "47", "48", "49", "50", "51",  "52",  "53",  "54",  "55", "56", "57", "58", "59",
    "60", "61", "62", "63", "64", "65", "66",  "67",  "68",  "69",  "70", "71", "72", "73", "74",
    "75", "76", "77", "78", "79", "80", "81",  "82",  "83",  "84",  "85", "86", "87", "88", "89",
    "90", "91", "92", "93", "94", "95", "971", "972", "973", "974", "976"};
constexpr qint32 unixEpochJulianDay = 2440588;
constexpr int monthCount = 312, kindCount = 9, attackCount = 9, dataCount = 7;

constexpr quint64 fnvOffset = 0xcbf29ce484222325ULL, fnvPrime = 0x100000001b3ULL;
quint64 fnv(const void *data, size_t n, quint64 h)
{
    const auto *p = static_cast<const unsigned char *>(data);
    for (size_t i = 0; i < n; ++i)
        h = (h ^ p[i]) * fnvPrime;
    return h;
}

bool parseCsv(const QByteArray &csv, filter::Snapshot &snap, qint64 &rows)
{
    const char *p = csv.constData();
    const char *end = p + csv.size();
    while (p < end && *p != '\n')
        ++p; // header
    auto number = [&]() {
        qint64 v = 0;
        while (p < end && *p >= '0' && *p <= '9')
            v = v * 10 + (*p++ - '0');
        ++p; // ',' or '\n'
        return v;
    };
    ++p;
    rows = 0;
    while (p < end) {
        const qint64 id = number();
        const auto day = qint32(number());
        number(); // month: the engine derives it from the day
        const auto region = number(), department = number(), attack = number(), kind = number(),
                   data = number();
        if (region >= 18 || department >= 101 || kind >= 9)
            return false;
        // Dictionary codes: the lists were interned first, so code = index + 1.
        snap.appendCoded(id + 1, {day + unixEpochJulianDay, 0, 0}, {3, 0, 0}, quint16(1),
                         quint16(region + 1), quint16(department + 1), 0, quint8(kind + 1),
                         quint16(attack), quint8(data), 0, 0, false, 0);
        ++rows;
    }
    return true;
}

PartialDate dayOf(qint64 unixDay)
{
    return PartialDate::ofDay(QDate::fromJulianDay(unixDay + unixEpochJulianDay));
}

int run(const QStringList &args, QTextStream &out)
{
    if (args.isEmpty()) {
        out << "usage: vigie-bench linked-filter DIR\n";
        return 2;
    }
    const QString dir = args.last();
    Stopwatch load;
    QFile csvFile(dir + QStringLiteral("/incidents.csv"));
    QFile opsFile(dir + QStringLiteral("/ops.json"));
    if (!csvFile.open(QIODevice::ReadOnly) || !opsFile.open(QIODevice::ReadOnly)) {
        out << "cannot read " << dir << "/incidents.csv and ops.json\n";
        return 1;
    }
    filter::Snapshot snap;
    snap.countries().intern(QStringLiteral("FR"));
    for (const char *r : regionCodes)
        snap.regions().intern(std::string_view(r));
    for (const char *d : departmentCodes)
        snap.departments().intern(std::string_view(d));
    const QByteArray csv = csvFile.readAll();
    snap.reserve(qint32(csv.size() / 20));
    qint64 rows = 0;
    if (!parseCsv(csv, snap, rows)) {
        out << "malformed incidents.csv\n";
        return 1;
    }
    const QJsonArray ops = QJsonDocument::fromJson(opsFile.readAll()).array();

    // Each op replaces one dimension's filter of the spec the user has built.
    QList<filter::FilterSpec> specs;
    QStringList opNames;
    filter::FilterSpec spec;
    for (const QJsonValue &v : ops) {
        const QJsonObject op = v.toObject();
        const QString dim = op.value(QLatin1String("dim")).toString();
        const bool clear = op.value(QLatin1String("clear")).toBool();
        const QJsonArray set = op.value(QLatin1String("set")).toArray();
        const auto mask = quint32(op.value(QLatin1String("mask")).toInt());
        if (dim == u"day") {
            const QJsonArray range = op.value(QLatin1String("range")).toArray();
            spec.from = clear ? PartialDate() : dayOf(range.at(0).toInteger());
            spec.to = clear ? PartialDate() : dayOf(range.at(1).toInteger());
        } else if (dim == u"region") {
            spec.regions.clear();
            for (const QJsonValue &r : set)
                spec.regions.append(QLatin1String(regionCodes.at(size_t(r.toInt()))));
        } else if (dim == u"attack") {
            spec.attackTypes = clear ? AttackTypes() : AttackTypes(mask);
        } else if (dim == u"kind") {
            spec.victimKinds = {};
            for (const QJsonValue &k : set)
                spec.victimKinds.insert(VictimKind(k.toInt()));
        } else if (dim == u"data") {
            spec.dataCompromised = clear ? DataCategories() : DataCategories(mask);
        } else {
            out << "unknown op dimension " << dim << "\n";
            return 1;
        }
        specs.append(spec);
        opNames.append(QString::fromUtf8(QJsonDocument(op).toJson(QJsonDocument::Compact)));
    }

    filter::FilterEngine engine(snap);
    const double loadMs = load.elapsedMs();

    QList<double> times;
    quint64 checksum = fnvOffset;
    std::array<quint32, 1 + monthCount + 18 + 101 + attackCount + kindCount + dataCount> vals{};
    std::vector<qint32> months;
    QList<double> cpuTimes;
    auto cpuMs = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    };
    for (const filter::FilterSpec &s : specs) {
        const double cpu0 = cpuMs();
        Stopwatch t;
        engine.setSpec(s);
        const filter::FilterCounts &c = engine.counts();
        months.resize(size_t(c.date.years) * 12);
        c.date.monthsInto(months.data());
        times.append(t.elapsedMs());
        cpuTimes.append(cpuMs() - cpu0);

        // The benchmark's months start in January 2000.
        const int offset = (c.date.firstYear - 2000) * 12;
        size_t k = 0;
        vals[k++] = quint32(c.selected);
        for (int m = 0; m < monthCount; ++m) {
            const int i = m - offset;
            vals[k++] = i >= 0 && size_t(i) < months.size() ? quint32(months[size_t(i)]) : 0;
        }
        for (size_t r = 0; r < 18; ++r)
            vals[k++] = r + 1 < c.region.size() ? quint32(c.region[r + 1]) : 0;
        for (size_t d = 0; d < 101; ++d)
            vals[k++] = d + 1 < c.department.size() ? quint32(c.department[d + 1]) : 0;
        for (size_t b = 0; b < attackCount; ++b)
            vals[k++] = quint32(c.attackType[b]);
        for (size_t v = 0; v < kindCount; ++v)
            vals[k++] = quint32(c.victimKind[v + 1]);
        for (size_t b = 0; b < dataCount; ++b)
            vals[k++] = quint32(c.dataCompromised[b]);
        // Little-endian uint32 and uint64, as the contract says (x86 is).
        const quint64 h = fnv(vals.data(), sizeof(vals), fnvOffset);
        checksum = fnv(&h, sizeof(h), checksum);
    }
    if (qEnvironmentVariableIsSet("VIGIE_BENCH_VERBOSE")) {
        QTextStream err(stderr);
        for (qsizetype i = 0; i < times.size(); ++i)
            err << QString::number(times[i], 'f', 3) << " ms  " << opNames[i] << "  cpu_ms "
                << QString::number(cpuTimes[i], 'f', 3) << "\n";
        double cpu = 0;
        for (double t : cpuTimes)
            cpu += t;
        err << "thread_cpu_total_ms " << QString::number(cpu, 'f', 1) << "\n";
    }
    double total = 0;
    for (double t : times)
        total += t;
    QList<double> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype n = sorted.size();
    const double p50 = n ? sorted[n / 2] : 0;
    const double p99 = n ? sorted[std::min<qsizetype>(n - 1, qsizetype(double(n) * 0.99))] : 0;
    out << "impl vigie-filter-engine\n";
    out << "rows " << rows << " ops " << n << "\n";
    out << "load_ms " << QString::number(loadMs, 'f', 1) << "\n";
    out << "total_ms " << QString::number(total, 'f', 1) << " p50_ms "
        << QString::number(p50, 'f', 3) << " p99_ms " << QString::number(p99, 'f', 3) << "\n";
    out << "checksum " << QStringLiteral("%1").arg(checksum, 16, 16, QLatin1Char('0')) << "\n";
    return 0;
}

const Registration registration("linked-filter", "DIR", run);

} // namespace

} // namespace vigie::bench
