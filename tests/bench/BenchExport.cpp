// SPDX-License-Identifier: GPL-3.0-or-later
// vigie-bench export [N]: the paths of `vigie export` and `vigie stats` on N
// synthetic incidents of realistic size: CSV, JSON, GeoJSON and STIX writing
// from memory, reading CSV, JSON and STIX back,
// loading every incident from SQLite (what export does first), counting.
#include "Bench.h"
#include "cli/IncidentStats.h"
#include "db/DatabaseSetup.h"
#include "db/IncidentRepository.h"
#include "export/ExportFormats.h"
#include "import/DatasetReader.h"

#include <QFile>
#include <QTemporaryDir>

namespace vigie::bench {

namespace {

QList<Incident> synthetic(int n)
{
    QList<Incident> out;
    out.reserve(n);
    const QStringList regions = {QStringLiteral("11"), QStringLiteral("32"), QStringLiteral("84"),
                                 QStringLiteral("53")};
    const QStringList departments = {QStringLiteral("91"), QStringLiteral("59"),
                                     QStringLiteral("69"), QStringLiteral("35")};
    for (int i = 0; i < n; ++i) {
        Incident x;
        x.id = QStringLiteral("synthetic-%1").arg(i);
        x.title = QStringLiteral("Ransomware attack at Centre hospitalier number %1, services "
                                 "disrupted")
                      .arg(i);
        x.occurred = PartialDate::ofDay(2015 + i % 11, 1 + i % 12, 1 + i % 28);
        x.published = PartialDate::ofDay(2015 + i % 11, 1 + i % 12, 1 + i % 28);
        x.country = i % 3 ? QStringLiteral("FR") : QStringLiteral("BE");
        if (i % 3) {
            x.region = regions.at(i % 4);
            x.department = departments.at(i % 4);
            x.commune = QStringLiteral("Corbeil-Essonnes");
        }
        x.victims = {QStringLiteral("Centre hospitalier %1").arg(i),
                     QStringLiteral("Groupement hospitalier de territoire %1").arg(i % 97)};
        x.victimKind = VictimKind(i % vocabularySize<VictimKind>());
        x.attackTypes = AttackTypes(quint32(1 + i % 31));
        x.threatActor = i % 4 ? QStringLiteral("LockBit") : QString();
        x.dataCompromised = DataCategories(quint32(i % 17));
        x.impacts = Impacts(quint32(1 + i % 13));
        if (i % 5 == 0)
            x.ransom = Ransom{double(10000 * (i % 100)), QStringLiteral("USD")};
        x.recordsAffected = i % 7 ? std::optional<qint64>(i * 10) : std::nullopt;
        for (int s = 0; s < 2; ++s) {
            Source src;
            src.url = QStringLiteral("https://www.example-news.fr/actualites/sante/2022/08/"
                                     "cyberattaque-hopital-%1-%2.html")
                          .arg(i)
                          .arg(s);
            src.outlet = QStringLiteral("Example News");
            src.published = x.published;
            src.language = QStringLiteral("fr");
            x.sources.append(src);
        }
        x.summary =
            QStringLiteral("The hospital was hit by a ransomware attack during the night; "
                           "its systems were shut down, emergencies were diverted to "
                           "neighbouring hospitals and staff returned to paper records "
                           "while the crisis cell worked with the national agency. Case %1.")
                .arg(i);
        out.append(x);
    }
    return out;
}

int exportBench(const QStringList &args, QTextStream &out)
{
    const int n = args.value(0, QStringLiteral("100000")).toInt();
    if (n <= 0) {
        out << "usage: vigie-bench export [N]\n";
        return 2;
    }
    QTemporaryDir dir;
    const QList<Incident> incidents = synthetic(n);
    out << "incidents: " << n << "\n";
    for (const char *name : {"csv", "json", "geojson", "stix"}) {
        const auto *format = exporting::findExportFormat(QString::fromLatin1(name));
        const QString path = dir.filePath(QStringLiteral("out.") + QString::fromLatin1(name));
        Stopwatch watch;
        if (Status s = exporting::exportToFile(path, *format, {}, incidents); !s) {
            out << "failed: " << s.error() << "\n";
            return 1;
        }
        out << QStringLiteral("write %1: %2 ms, %3 MB, %4 incidents/s\n")
                   .arg(QString::fromLatin1(name))
                   .arg(watch.elapsedMs(), 0, 'f', 0)
                   .arg(double(QFile(path).size()) / 1e6, 0, 'f', 1)
                   .arg(double(n) / watch.elapsedMs() * 1000.0, 0, 'f', 0);
    }
    // Reading back what `vigie import` reads (parsing and validation only).
    for (const char *name : {"csv", "json", "stix"}) {
        const QString path = dir.filePath(QStringLiteral("out.") + QString::fromLatin1(name));
        Stopwatch watch;
        auto back = import::DatasetReader().readFile(path);
        if (!back || back->size() != n) {
            out << "read back failed: " << (back ? QStringLiteral("count") : back.error()) << "\n";
            return 1;
        }
        out << QStringLiteral("read %1: %2 ms\n")
                   .arg(QString::fromLatin1(name))
                   .arg(watch.elapsedMs(), 0, 'f', 0);
    }

    auto database = db::openDatabase(dir.filePath(QStringLiteral("b.sqlite")), {.empty = true});
    if (!database) {
        out << "failed: " << database.error() << "\n";
        return 1;
    }
    QList<Incident> copy = incidents;
    Stopwatch watch;
    if (Status s = db::IncidentRepository(*database).insertAll(copy); !s) {
        out << "failed: " << s.error() << "\n";
        return 1;
    }
    out << QStringLiteral("insert (setup): %1 ms\n").arg(watch.elapsedMs(), 0, 'f', 0);
    watch.restart();
    const QList<Incident> loaded = db::IncidentRepository(*database).loadAll();
    out << QStringLiteral("load all with sources (export's read): %1 ms\n")
               .arg(watch.elapsedMs(), 0, 'f', 0);
    watch.restart();
    auto stats = cli::computeStats(*database);
    out << QStringLiteral("stats: %1 ms (total %2)\n")
               .arg(watch.elapsedMs(), 0, 'f', 0)
               .arg(stats ? stats->total : -1);
    out << QStringLiteral("peak RSS: %1 MB\n").arg(double(peakRssBytes()) / 1e6, 0, 'f', 0);
    return loaded.size() == n ? 0 : 1;
}

const Registration
    registration("export",
                 "[N]   CSV/JSON/GeoJSON/STIX writing and reading back, loading for export, stats",
                 exportBench);

} // namespace

} // namespace vigie::bench
