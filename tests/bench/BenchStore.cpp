// SPDX-License-Identifier: GPL-3.0-or-later
// vigie-bench store N [FILE]: inserts N synthetic incidents in one transaction
// into a fresh database file, then cold-loads the filter snapshot.
#include "Bench.h"
#include "SyntheticIncidents.h"

#include "db/Database.h"
#include "db/IncidentRepository.h"
#include "filter/Snapshot.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <ctime>

namespace vigie::bench {

namespace {

double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

int run(const QStringList &args, QTextStream &out)
{
    bool ok = false;
    const qint64 n = args.value(0).toLongLong(&ok);
    if (!ok || n <= 0) {
        out << "usage: vigie-bench store N [FILE]\n";
        return 2;
    }
    QTemporaryDir tmp;
    const QString path =
        args.size() > 1 ? args.at(1) : tmp.filePath(QStringLiteral("store.sqlite"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));

    Stopwatch watch;
    double insertMs = 0;
    double commitMs = 0;
    double indexMs = 0;
    double insertCpu = 0, indexCpu = 0;
    {
        auto db = db::Database::open(path);
        if (!db) {
            out << db.error() << "\n";
            return 1;
        }
        db::IncidentRepository repo(*db);
        SyntheticIncidents gen;
        double generateMs = 0, generateCpu = 0;
        watch.restart();
        const double cpu0 = processCpuMs();
        auto session = repo.beginBulkInsert();
        if (!session) {
            out << session.error() << "\n";
            return 1;
        }
        // Generated in chunks, timed per chunk: a clock read per incident
        // (the CPU clock is a system call) would weigh on the insert.
        constexpr qint64 chunk = 4096;
        QList<Incident> incidents;
        for (qint64 first = 0; first < n; first += chunk) {
            Stopwatch g;
            const double c0 = processCpuMs();
            incidents.clear();
            for (qint64 k = first; k < std::min(n, first + chunk); ++k)
                incidents.append(gen.next(k));
            generateCpu += processCpuMs() - c0;
            generateMs += g.elapsedMs();
            for (Incident &incident : incidents)
                if (auto id = session->insert(incident); !id) {
                    out << id.error() << "\n";
                    return 1;
                }
        }
        Stopwatch commitWatch;
        if (Status s = session->commit(); !s) {
            out << s.error() << "\n";
            return 1;
        }
        insertMs = watch.elapsedMs() - generateMs;
        insertCpu = processCpuMs() - cpu0 - generateCpu;
        commitMs = commitWatch.elapsedMs();
        watch.restart();
        const double cpu1 = processCpuMs();
        if (Status s = repo.indexPending(); !s) {
            out << s.error() << "\n";
            return 1;
        }
        indexMs = watch.elapsedMs();
        indexCpu = processCpuMs() - cpu1;
        out << "generate_ms " << qRound64(generateMs) << " (not counted)\n";
    }
    const qint64 fileBytes = QFileInfo(path).size();

    // What a full integrity check would cost (open runs it only after an
    // unclean shutdown or on demand).
    watch.restart();
    double checkedOpenMs = 0;
    if (auto checked = db::Database::open(path, db::Database::OpenMode::ReadOnly,
                                          db::Database::IntegrityCheck::Always);
        checked)
        checkedOpenMs = watch.elapsedMs();
    watch.restart();
    auto db = db::Database::open(path, db::Database::OpenMode::ReadOnly);
    if (!db) {
        out << db.error() << "\n";
        return 1;
    }
    const double openMs = watch.elapsedMs();
    watch.restart();
    const double cpu2 = processCpuMs();
    auto snap = filter::Snapshot::load(*db);
    const double loadMs = watch.elapsedMs();
    const double loadCpu = processCpuMs() - cpu2;
    if (!snap) {
        out << snap.error() << "\n";
        return 1;
    }
    const double bytesPerIncident = double(snap->columnBytes()) / double(snap->liveCount());

    out << "incidents " << n << "\n";
    out << "insert_ms " << qRound64(insertMs) << " (" << qRound64(double(n) / insertMs * 1000)
        << " incidents/s, one transaction; commit " << qRound64(commitMs)
        << " ms, with the full-text index when the file was new) cpu_ms " << qRound64(insertCpu)
        << "\n";
    out << "full_text_index_ms " << qRound64(indexMs)
        << " (pending ranges: IncidentRepository::indexPending, second transaction) cpu_ms "
        << qRound64(indexCpu) << "\n";
    out << "insert_and_index_ms " << qRound64(insertMs + indexMs) << " cpu_ms "
        << qRound64(insertCpu + indexCpu) << " (the 5 s target)\n";
    out << "db_file_mb " << fileBytes / (1024 * 1024) << "\n";
    out << "open_ms " << qRound64(openMs) << " (clean shutdown: no integrity check)\n";
    out << "open_with_quick_check_ms " << qRound64(checkedOpenMs) << "\n";
    out << "snapshot_load_ms " << qRound64(loadMs) << " cpu_ms " << qRound64(loadCpu) << "\n";
    out << "snapshot_bytes_per_incident " << QString::number(bytesPerIncident, 'f', 1)
        << " (columns, with 12% headroom for additions)\n";
    out << "peak_rss_mb " << peakRssBytes() / (1024 * 1024) << "\n";
    return 0;
}

// Reloads the snapshot of an existing database (e.g. the FILE of `store`),
// with wall and CPU time: on a shared machine the CPU time is the stable one.
int load(const QStringList &args, QTextStream &out)
{
    if (args.isEmpty()) {
        out << "usage: vigie-bench snapshot-load FILE\n";
        return 2;
    }
    auto db = db::Database::open(args.first(), db::Database::OpenMode::ReadOnly);
    if (!db) {
        out << db.error() << "\n";
        return 1;
    }
    auto cpuMs = processCpuMs;
    for (int run = 0; run < 3; ++run) {
        const double cpu0 = cpuMs();
        Stopwatch watch;
        auto snap = filter::Snapshot::load(*db);
        if (!snap) {
            out << snap.error() << "\n";
            return 1;
        }
        out << "snapshot_load rows " << snap->liveCount() << " wall_ms "
            << qRound64(watch.elapsedMs()) << " cpu_ms " << qRound64(cpuMs() - cpu0) << "\n";
    }
    return 0;
}

const Registration registration("store", "N [FILE]", run);
const Registration loadRegistration("snapshot-load", "FILE", load);

} // namespace

} // namespace vigie::bench
