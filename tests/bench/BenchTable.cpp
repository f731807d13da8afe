// SPDX-License-Identifier: GPL-3.0-or-later
// vigie-bench table [N]: the incident table's model and sort proxy on N
// synthetic incidents: load, sorts, one incremental add and one removal,
// then filter changes through the FilterController (the model inserts and
// removes the changed rows under the sorted proxy).
#include "Bench.h"

#include "db/DatabaseSetup.h"
#include "db/IncidentRepository.h"
#include "filter/FilterController.h"
#include "models/IncidentSortProxy.h"
#include "models/IncidentTableModel.h"
#include "notify/Notifier.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

namespace vigie::bench {

namespace {

QList<Incident> syntheticIncidents(int n)
{
    static const char *const departments[] = {"59", "75", "2A", "13", "69", "971", "33", "35"};
    static const char *const regions[] = {"32", "11", "94", "93", "84", "01", "75", "53"};
    static const char *const actors[] = {"LockBit", "Vice Society", "", "Qilin", "", "Black Basta"};
    QRandomGenerator rng(42);
    QList<Incident> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        Incident inc;
        const int area = int(rng.bounded(8));
        inc.title = QStringLiteral("Cyberattack number %1 on a hospital").arg(i);
        const QDate day = QDate(2010, 1, 1).addDays(rng.bounded(5800));
        switch (rng.bounded(4)) {
        case 0:
            inc.occurred = PartialDate::ofMonth(day.year(), day.month());
            break;
        case 1:
            inc.occurred = PartialDate::ofYear(day.year());
            break;
        default:
            inc.occurred = PartialDate::ofDay(day);
        }
        inc.country = QStringLiteral("FR");
        inc.region = QString::fromLatin1(regions[area]);
        inc.department = QString::fromLatin1(departments[area]);
        inc.commune = QStringLiteral("Commune %1").arg(rng.bounded(3000));
        inc.victims = {QStringLiteral("Centre hospitalier %1").arg(rng.bounded(100000))};
        inc.victimKind = VictimKind(rng.bounded(vocabularySize<VictimKind>()));
        inc.attackTypes = AttackTypes(quint32(rng.bounded(1u << 9) | 1u));
        inc.threatActor = QString::fromLatin1(actors[rng.bounded(6)]);
        inc.dataCompromised = DataCategories(quint32(rng.bounded(1u << 7)));
        inc.summary = QStringLiteral("A synthetic summary of two sentences. Nothing more.");
        Source s;
        s.url = QStringLiteral("https://example.org/article/%1").arg(i);
        s.outlet = QStringLiteral("Example");
        inc.sources = {s};
        out.append(std::move(inc));
    }
    return out;
}

int run(const QStringList &args, QTextStream &out)
{
    const int n = args.isEmpty() ? 100000 : args.first().toInt();
    if (n <= 0) {
        out << "usage: vigie-bench table [N]\n";
        return 2;
    }
    QTemporaryDir dir;
    auto db = db::openDatabase(dir.filePath(QStringLiteral("table.sqlite")), {true, false});
    if (!db) {
        out << db.error() << "\n";
        return 1;
    }
    {
        QList<Incident> incidents = syntheticIncidents(n);
        if (Status s = db::IncidentRepository(*db).insertAll(incidents); !s) {
            out << s.error() << "\n";
            return 1;
        }
    }
    Notifier notifier;
    Stopwatch watch;
    ui::IncidentTableModel model(*db, notifier);
    const double loadMs = watch.elapsedMs();

    ui::IncidentSortProxy proxy;
    proxy.setSourceModel(&model);
    watch.restart();
    proxy.sort(ui::IncidentTableModel::Occurred, Qt::DescendingOrder);
    const double sortDateMs = watch.elapsedMs();
    watch.restart();
    proxy.sort(ui::IncidentTableModel::Victim, Qt::AscendingOrder);
    const double sortTextMs = watch.elapsedMs();
    watch.restart();
    proxy.sort(ui::IncidentTableModel::Victim, Qt::DescendingOrder);
    const double resortTextMs = watch.elapsedMs();
    watch.restart();
    proxy.sort(ui::IncidentTableModel::Sources, Qt::AscendingOrder);
    const double sortNumberMs = watch.elapsedMs();
    proxy.sort(ui::IncidentTableModel::Occurred, Qt::DescendingOrder);

    QList<Incident> one = syntheticIncidents(1);
    db::IncidentRepository(*db).insertAll(one);
    watch.restart();
    Q_EMIT notifier.incidentsAdded({one.first().dbId});
    const double addMs = watch.elapsedMs();
    watch.restart();
    Q_EMIT notifier.incidentsRemoved({model.idAt(n / 2)});
    const double removeMs = watch.elapsedMs();

    // Filters: one region of eight (a removal per run of other regions),
    // two regions (insertions), and back to everything.
    filter::FilterController controller(*db, notifier);
    if (Status s = controller.reload(); !s) {
        out << s.error() << "\n";
        return 1;
    }
    model.setFilterController(&controller);
    const auto timeSpec = [&](const char *text) {
        auto parsed = filter::FilterSpec::parse(QString::fromLatin1(text));
        const filter::FilterSpec spec = parsed ? *parsed : filter::FilterSpec();
        Stopwatch w;
        controller.setSpec(spec);
        return w.elapsedMs();
    };
    const double oneRegionMs = timeSpec("region=32");
    const int oneRegionRows = model.rowCount();
    const double twoRegionsMs = timeSpec("region=32,11");
    const double allMs = timeSpec("");

    out << QStringLiteral("table n=%1 load_ms %2\n").arg(n).arg(loadMs, 0, 'f', 1);
    out << QStringLiteral("table n=%1 sort_date_ms %2 sort_text_ms %3 resort_text_ms %4 "
                          "sort_number_ms %5\n")
               .arg(n)
               .arg(sortDateMs, 0, 'f', 1)
               .arg(sortTextMs, 0, 'f', 1)
               .arg(resortTextMs, 0, 'f', 1)
               .arg(sortNumberMs, 0, 'f', 1);
    out << QStringLiteral("table n=%1 add_one_sorted_ms %2 remove_one_sorted_ms %3\n")
               .arg(n)
               .arg(addMs, 0, 'f', 2)
               .arg(removeMs, 0, 'f', 2);
    out << QStringLiteral("table n=%1 filter_one_region_ms %2 (rows %3) filter_two_regions_ms %4 "
                          "filter_reset_ms %5\n")
               .arg(n)
               .arg(oneRegionMs, 0, 'f', 1)
               .arg(oneRegionRows)
               .arg(twoRegionsMs, 0, 'f', 1)
               .arg(allMs, 0, 'f', 1);
    return 0;
}

const Registration registration("table", "[N]  incident table model: load, sorts, one add/remove",
                                run);

} // namespace

} // namespace vigie::bench
