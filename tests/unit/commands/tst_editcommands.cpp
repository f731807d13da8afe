// SPDX-License-Identifier: GPL-3.0-or-later
// Edit and merge of stored incidents as undo steps: redo, undo, redo leave
// the exact records (sources, slugs, times, full-text index) and the
// notifier says what changed.
#include "commands/EditIncidentCommand.h"
#include "commands/MergeIncidentsCommand.h"
#include "db/Database.h"
#include "db/DatabaseSetup.h"
#include "db/IncidentRepository.h"
#include "filter/TextSearch.h"
#include "notify/Notifier.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace vigie;
using namespace vigie::commands;

namespace {

using Times = db::IncidentRepository::RowTimes;

Incident sample(const QString &victim, int day)
{
    Incident i;
    i.title = QStringLiteral("Attack on %1").arg(victim);
    i.occurred = PartialDate::ofDay(2024, 3, day);
    i.country = QStringLiteral("FR");
    i.victims = {victim};
    i.attackTypes = AttackTypes{AttackType::Ransomware};
    Source s;
    s.url = QStringLiteral("https://example.org/%1").arg(day);
    s.outlet = QStringLiteral("Example");
    s.title = i.title;
    i.sources = {s};
    return i;
}

std::vector<qint64> search(const db::Database &d, const QString &words)
{
    auto hits = filter::TextSearch::run(d, words);
    if (!hits)
        qFatal("search: %s", qPrintable(hits.error()));
    return *hits;
}

} // namespace

class TestEditCommands : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    db::Database fresh()
    {
        db::OpenOptions o;
        o.empty = true;
        auto d = db::openDatabase(m_dir.filePath(QStringLiteral("e%1.sqlite").arg(++m_counter)), o);
        if (!d)
            qFatal("%s", qPrintable(d.error()));
        return std::move(d).value();
    }

    // Rows back in the past, so a rewrite that forgets the times shows.
    static void ageRows(const db::Database &d)
    {
        QVERIFY(d.exec("UPDATE incident SET created_at = '2020-01-02T03:04:05Z', "
                       "modified_at = '2021-01-02T03:04:05Z'"));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void restoreKeepsIdSlugAndSources()
    {
        const db::Database d = fresh();
        db::IncidentRepository repo(d);
        QList<Incident> two{sample(QStringLiteral("CH Alpha"), 1),
                            sample(QStringLiteral("CH Beta"), 2)};
        QVERIFY(repo.insertAll(two));
        const Incident before = *repo.load(two[1].dbId);
        db::Transaction tx(d);
        // Keep the source alive (cited by the other incident) while removed.
        Incident other = *repo.load(two[0].dbId);
        other.sources += before.sources;
        QVERIFY(repo.updateInTransaction(other));
        QVERIFY(repo.removeInTransaction(before.dbId));
        QVERIFY(!repo.restoreInTransaction(*repo.load(two[0].dbId))); // id in use
        QVERIFY(repo.restoreInTransaction(before));
        QVERIFY(tx.commit());
        QCOMPARE(*repo.load(before.dbId), before);
        // Indexed again (the other incident cites its article, so it matches too).
        const auto hits = search(d, QStringLiteral("Beta"));
        QVERIFY(std::find(hits.begin(), hits.end(), before.dbId) != hits.end());
    }

    void updateRelinksTheSameSourceRows()
    {
        const db::Database d = fresh();
        db::IncidentRepository repo(d);
        Incident i = sample(QStringLiteral("CH Gamma"), 3);
        Source bare; // neither text nor URL: only its id tells it apart
        bare.outlet = QStringLiteral("Radio");
        i.sources.append(bare);
        QList<Incident> one{i};
        QVERIFY(repo.insertAll(one));
        const Incident stored = *repo.load(one[0].dbId);
        QVERIFY(repo.update(stored));
        QCOMPARE(*repo.load(stored.dbId), stored);
        auto count = d.prepare("SELECT count(*) FROM source");
        QVERIFY(count && count->step());
        QCOMPARE(count->int64(0), 2);
    }

    void editRedoUndoRedo()
    {
        const db::Database d = fresh();
        db::IncidentRepository repo(d);
        QList<Incident> one{sample(QStringLiteral("CH Delta"), 4)};
        QVERIFY(repo.insertAll(one));
        ageRows(d);
        const qint64 id = one[0].dbId;
        const Incident before = *repo.load(id);
        const Times beforeTimes = *repo.rowTimes(id);
        Incident after = before;
        after.title = QStringLiteral("Ransomware at the Zanzibar hospital");
        after.victims.append(QStringLiteral("GHT Epsilon"));
        after.occurred = PartialDate::ofMonth(2024, 3);
        after.impacts = Impacts{};
        after.ransom = Ransom{1e6, QStringLiteral("USD")};

        Notifier notifier;
        QSignalSpy changed(&notifier, &Notifier::incidentsChanged);
        QUndoStack stack;
        QVERIFY(pushCommand(stack, std::make_unique<EditIncidentCommand>(d, notifier, after)));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Edit CH Delta"));
        QCOMPARE(*repo.load(id), after);
        const Times afterTimes = *repo.rowTimes(id);
        QCOMPARE(afterTimes.created, beforeTimes.created);
        QVERIFY(afterTimes.modified != beforeTimes.modified);
        QCOMPARE(search(d, QStringLiteral("Zanzibar")), std::vector<qint64>{id});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QList<qint64>>(), QList<qint64>{id});

        stack.undo();
        QCOMPARE(*repo.load(id), before);
        QCOMPARE(*repo.rowTimes(id), beforeTimes);
        QVERIFY(search(d, QStringLiteral("Zanzibar")).empty());
        QCOMPARE(changed.size(), 2);

        stack.redo();
        QCOMPARE(*repo.load(id), after);
        QCOMPARE(*repo.rowTimes(id), afterTimes);
        QCOMPARE(changed.size(), 3);
    }

    void editOfAMissingIncidentLeavesNoStep()
    {
        const db::Database d = fresh();
        Notifier notifier;
        QSignalSpy changed(&notifier, &Notifier::incidentsChanged);
        QUndoStack stack;
        Incident ghost = sample(QStringLiteral("CH Nowhere"), 5);
        ghost.dbId = 4242;
        const Status s =
            pushCommand(stack, std::make_unique<EditIncidentCommand>(d, notifier, ghost));
        QVERIFY(!s);
        QVERIFY(!s.error().isEmpty());
        QCOMPARE(stack.count(), 0);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(db::IncidentRepository(d).count(), 0);
    }

    void mergeFillsAndUnites()
    {
        Incident a = sample(QStringLiteral("CH Alpha"), 1);
        a.sources.first().dbId = 1;
        a.impacts = Impacts{Impact::NoneReported};
        a.ransom = Ransom{};
        Incident b = sample(QStringLiteral("Centre hospitalier Alpha"), 3);
        b.sources.first().dbId = 2;
        b.title.clear();
        b.region = QStringLiteral("11");
        b.department = QStringLiteral("91");
        b.commune = QStringLiteral("Évry");
        b.attackTypes = AttackTypes{AttackType::DataTheft};
        b.threatActor = QStringLiteral("LockBit");
        b.impacts = Impacts{Impact::PaperMode};
        b.ransom = Ransom{5e6, QStringLiteral("USD")};
        b.recordsAffected = 1200;
        b.summary = QStringLiteral("From B.");
        b.sources.append(a.sources.first()); // shared article
        const Incident m = mergeIncidents(a, b);
        QCOMPARE(m.title, a.title);
        QCOMPARE(m.occurred, a.occurred);
        QCOMPARE(m.region, QStringLiteral("11"));
        QCOMPARE(m.department, QStringLiteral("91"));
        QCOMPARE(m.commune, QStringLiteral("Évry"));
        QCOMPARE(m.victims, (QStringList{QStringLiteral("CH Alpha"),
                                         QStringLiteral("Centre hospitalier Alpha")}));
        QCOMPARE(*m.attackTypes, (AttackTypes{AttackType::Ransomware, AttackType::DataTheft}));
        QCOMPARE(m.threatActor, QStringLiteral("LockBit"));
        QCOMPARE(*m.impacts, Impacts{Impact::PaperMode});
        QCOMPARE(m.ransom->amount, std::optional<double>(5e6));
        QCOMPARE(m.recordsAffected, std::optional<qint64>(1200));
        QCOMPARE(m.summary, QStringLiteral("From B."));
        QCOMPARE(m.sources.size(), 2);
        QCOMPARE(m.dbId, a.dbId);

        // Another country: B's place says nothing about A's.
        Incident abroad = b;
        abroad.country = QStringLiteral("BE");
        abroad.region = QStringLiteral("Wallonia");
        const Incident n = mergeIncidents(a, abroad);
        QCOMPARE(n.country, QStringLiteral("FR"));
        QVERIFY(n.region.isEmpty() && n.commune.isEmpty());
    }

    void mergeRedoUndoRedo()
    {
        const db::Database d = fresh();
        db::IncidentRepository repo(d);
        Incident a = sample(QStringLiteral("CH Omega"), 6);
        Incident b = sample(QStringLiteral("Hôpital Omega"), 7);
        b.threatActor = QStringLiteral("Rhysida");
        b.summary = QStringLiteral("Quetzal servers were encrypted.");
        Source bare;
        bare.outlet = QStringLiteral("Radio");
        b.sources.append(bare);
        QList<Incident> two{a, b};
        QVERIFY(repo.insertAll(two));
        ageRows(d);
        const Incident beforeA = *repo.load(two[0].dbId);
        const Incident beforeB = *repo.load(two[1].dbId);
        const Times timesA = *repo.rowTimes(beforeA.dbId);
        const Times timesB = *repo.rowTimes(beforeB.dbId);

        Notifier notifier;
        QSignalSpy changed(&notifier, &Notifier::incidentsChanged);
        QSignalSpy removed(&notifier, &Notifier::incidentsRemoved);
        QSignalSpy added(&notifier, &Notifier::incidentsAdded);
        QUndoStack stack;
        QVERIFY(pushCommand(stack, std::make_unique<MergeIncidentsCommand>(
                                       d, notifier, beforeA.dbId, beforeB.dbId)));
        QCOMPARE(repo.count(), 1);
        QVERIFY(!repo.load(beforeB.dbId));
        const Incident merged = *repo.load(beforeA.dbId);
        QCOMPARE(merged, mergeIncidents(beforeA, beforeB));
        QCOMPARE(merged.sources.size(), 3);
        QCOMPARE(merged.threatActor, QStringLiteral("Rhysida"));
        QCOMPARE(search(d, QStringLiteral("Quetzal")), std::vector<qint64>{beforeA.dbId});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).value<QList<qint64>>(), QList<qint64>{beforeB.dbId});
        QCOMPARE(changed.at(0).at(0).value<QList<qint64>>(), QList<qint64>{beforeA.dbId});
        const Times mergedTimes = *repo.rowTimes(beforeA.dbId);

        stack.undo();
        QCOMPARE(repo.count(), 2);
        QCOMPARE(*repo.load(beforeA.dbId), beforeA);
        QCOMPARE(*repo.load(beforeB.dbId), beforeB);
        QCOMPARE(*repo.rowTimes(beforeA.dbId), timesA);
        QCOMPARE(*repo.rowTimes(beforeB.dbId), timesB);
        QCOMPARE(search(d, QStringLiteral("Quetzal")), std::vector<qint64>{beforeB.dbId});
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0).at(0).value<QList<qint64>>(), QList<qint64>{beforeB.dbId});
        auto sources = d.prepare("SELECT count(*) FROM source");
        QVERIFY(sources && sources->step());
        QCOMPARE(sources->int64(0), 3); // no copy of the bare source

        stack.redo();
        QCOMPARE(repo.count(), 1);
        QCOMPARE(*repo.load(beforeA.dbId), merged);
        QCOMPARE(*repo.rowTimes(beforeA.dbId), mergedTimes);
        stack.undo();
        QCOMPARE(*repo.load(beforeA.dbId), beforeA);
        QCOMPARE(*repo.load(beforeB.dbId), beforeB);
    }

    void mergeWithItselfIsRefused()
    {
        const db::Database d = fresh();
        db::IncidentRepository repo(d);
        QList<Incident> one{sample(QStringLiteral("CH Solo"), 8)};
        QVERIFY(repo.insertAll(one));
        Notifier notifier;
        QUndoStack stack;
        QVERIFY(!pushCommand(
            stack, std::make_unique<MergeIncidentsCommand>(d, notifier, one[0].dbId, one[0].dbId)));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(repo.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEditCommands)
#include "tst_editcommands.moc"
