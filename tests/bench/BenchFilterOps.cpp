// SPDX-License-Identifier: GPL-3.0-or-later
// vigie-bench text-search N: a two-word full-text query over N articles.
// vigie-bench snapshot-add N: adding, editing and removing one incident in an
// N-row snapshot with a live filter engine.
#include "Bench.h"
#include "SyntheticIncidents.h"

#include "db/Database.h"
#include "db/IncidentRepository.h"
#include "filter/FilterEngine.h"
#include "filter/Snapshot.h"
#include "filter/TextSearch.h"

#include <QFile>
#include <QTemporaryDir>

#include <ctime>
#include <random>

namespace vigie::bench {

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

qint64 countArg(const QStringList &args, QTextStream &out, const char *usage)
{
    bool ok = false;
    const qint64 n = args.value(0).toLongLong(&ok);
    if (!ok || n <= 0)
        out << "usage: vigie-bench " << usage << "\n";
    return ok && n > 0 ? n : 0;
}

int textSearch(const QStringList &args, QTextStream &out)
{
    const qint64 n = countArg(args, out, "text-search N [FILE]");
    if (!n)
        return 2;
    QTemporaryDir tmp;
    const QString path = args.size() > 1 ? args.at(1) : tmp.filePath(QStringLiteral("text.sqlite"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    auto db = db::Database::open(path);
    if (!db) {
        out << db.error() << "\n";
        return 1;
    }
    db::IncidentRepository repo(*db);
    SyntheticIncidents gen;
    {
        auto bulk = repo.beginBulkInsert();
        if (!bulk) {
            out << bulk.error() << "\n";
            return 1;
        }
        for (qint64 k = 0; k < n; ++k) {
            Incident i = gen.next(k);
            i.sources.resize(1);
            i.sources[0].text = gen.articleText(250);
            i.sources[0].textHash = QByteArray::number(k).leftJustified(32, '#');
            if (auto id = bulk->insert(i); !id) {
                out << id.error() << "\n";
                return 1;
            }
        }
        if (Status s = bulk->commit(); !s) {
            out << s.error() << "\n";
            return 1;
        }
    }
    Stopwatch indexWatch;
    if (Status s = repo.indexPending(); !s) {
        out << s.error() << "\n";
        return 1;
    }
    out << "articles " << n << " (about 250 words each, Zipf-distributed vocabulary)\n";
    out << "full_text_index_ms " << qRound64(indexWatch.elapsedMs()) << "\n";
    const QStringList queries = {QStringLiteral("cyberattaque hôpital"),
                                 QStringLiteral("rancongiciel sauvegardes"),
                                 QStringLiteral("\"plan blanc\""), QStringLiteral("secu* imagerie"),
                                 QStringLiteral("logiciel w1234")};
    for (const QString &q : queries) {
        QList<double> times, cpu;
        size_t hits = 0;
        for (int run = 0; run < 15; ++run) {
            Stopwatch w;
            const double c0 = threadCpuMs();
            auto found = filter::TextSearch::run(*db, q);
            cpu.append(threadCpuMs() - c0);
            times.append(w.elapsedMs());
            if (!found) {
                out << found.error() << "\n";
                return 1;
            }
            hits = found->size();
        }
        out << "query " << q << "  hits " << hits << "  median_ms "
            << QString::number(median(times), 'f', 2) << "  max_ms "
            << QString::number(*std::max_element(times.begin(), times.end()), 'f', 2)
            << "  median_cpu_ms " << QString::number(median(cpu), 'f', 2) << "\n";
    }
    return 0;
}

int snapshotAdd(const QStringList &args, QTextStream &out)
{
    const qint64 n = countArg(args, out, "snapshot-add N");
    if (!n)
        return 2;
    std::mt19937_64 rng(7);
    auto record = [&rng](qint64 id) {
        filter::SnapshotRecord r;
        r.dbId = id;
        const auto day = qint32(QDate(2000, 1, 1).toJulianDay() + qint64(rng() % 9000));
        r.day = {day, day + 3, day + 5};
        r.precision = {3, quint8(2 + rng() % 2), 3};
        static const QStringList regions = {QStringLiteral("11"), QStringLiteral("32"),
                                            QStringLiteral("84"), QStringLiteral("93")};
        r.country = QStringLiteral("FR");
        r.region = regions[qsizetype(rng() % 4)];
        r.department = QString::number(10 + rng() % 90);
        r.threatActor = QStringLiteral("actor %1").arg(rng() % 200);
        r.victimKind = int(rng() % 9);
        r.attackTypes = quint16(1u << (rng() % 9));
        r.dataCompromised = quint8(rng() % 128);
        r.impacts = quint8(rng() % 128);
        r.ransomDemanded = rng() % 3 == 0;
        r.sourceCount = 1;
        return r;
    };
    Stopwatch build;
    filter::Snapshot snap;
    snap.reserve(qint32(n + n / 8 + 1024));
    for (qint64 i = 1; i <= n; ++i)
        snap.upsert(record(i));
    filter::FilterSpec spec;
    spec.from = PartialDate::ofYear(2010);
    spec.regions = {QStringLiteral("11"), QStringLiteral("32")};
    spec.attackTypes = {AttackType::Ransomware, AttackType::DataTheft};
    filter::FilterEngine engine(snap, spec);
    out << "rows " << n << " (snapshot and engine built in " << qRound64(build.elapsedMs())
        << " ms)\n";
    QList<double> add, edit, remove;
    qint64 next = n + 1;
    for (int k = 0; k < 2000; ++k) {
        Stopwatch w;
        engine.rowChanged(snap.upsert(record(next++)));
        add.append(w.elapsedMs());
        const qint64 target = 1 + qint64(rng() % quint64(n));
        w.restart();
        engine.rowChanged(snap.upsert(record(target)));
        edit.append(w.elapsedMs());
        w.restart();
        const qint32 row = snap.remove(target + 1);
        if (row >= 0)
            engine.rowChanged(row);
        remove.append(w.elapsedMs());
    }
    auto line = [&out](const char *what, const QList<double> &t) {
        out << what << " median_ms " << QString::number(median(t), 'f', 4) << " p99_ms "
            << QString::number(percentile(t, 99), 'f', 4) << " max_ms "
            << QString::number(*std::max_element(t.begin(), t.end()), 'f', 4) << "\n";
    };
    line("add_one", add);
    line("edit_one", edit);
    line("remove_one", remove);
    out << "selected " << engine.counts().selected << " of " << engine.counts().total << "\n";
    return 0;
}

const Registration textRegistration("text-search", "N [FILE]", textSearch);
const Registration addRegistration("snapshot-add", "N", snapshotAdd);

} // namespace

} // namespace vigie::bench
