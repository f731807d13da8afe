// SPDX-License-Identifier: GPL-3.0-or-later
// The filter against a real database: snapshot loading and incremental
// updates, full-text search, the command-line entry point and the
// controller's notifications.
#include "db/Database.h"
#include "db/IncidentRepository.h"
#include "filter/FilterController.h"
#include "filter/FilterQuery.h"
#include "filter/Snapshot.h"
#include "filter/TextSearch.h"
#include "notify/Notifier.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;
using namespace vigie::filter;

namespace {

Incident incident(const QString &title, PartialDate occurred, const QString &region,
                  const QString &articleText = {})
{
    Incident i;
    i.title = title;
    i.occurred = occurred;
    i.disclosed = occurred.truncated(PartialDate::Precision::Month);
    i.country = QStringLiteral("FR");
    i.region = region;
    i.department = region == u"11" ? QStringLiteral("91") : QStringLiteral("59");
    i.victims = {title + QStringLiteral(" (victime)")};
    i.victimKind = VictimKind::Hospital;
    i.attackTypes = AttackTypes{AttackType::Ransomware};
    i.threatActor = QStringLiteral("LockBit");
    i.dataCompromised = DataCategories{DataCategory::Medical};
    i.impacts = Impacts{Impact::PaperMode};
    i.ransom = Ransom{};
    i.summary = QStringLiteral("Résumé.");
    Source s;
    s.url = QStringLiteral("https://example.org/") + QString::number(qHash(title));
    s.title = QStringLiteral("Article");
    s.text = articleText;
    if (!articleText.isEmpty())
        s.textHash = QByteArray::number(qHash(articleText)).leftJustified(32, 'x');
    i.sources = {s};
    return i;
}

QList<Incident> sample()
{
    return {
        incident(QStringLiteral("Cyberattaque au CHSF"), PartialDate::ofDay(2022, 8, 20),
                 QStringLiteral("11"), QStringLiteral("La Sécurité informatique de l'hôpital.")),
        incident(QStringLiteral("Fuite de données de santé à Armentières"),
                 PartialDate::ofMonth(2024, 2), QStringLiteral("32"),
                 QStringLiteral("Des données de santé publiées par le groupe.")),
        incident(QStringLiteral("Hôpital de Dax"), PartialDate::ofYear(2021), QStringLiteral("75")),
        incident(QStringLiteral("Sans date"), PartialDate(), QStringLiteral("32"),
                 QStringLiteral("santé mentale, données")),
    };
}

QList<qint64> ids(const std::vector<qint64> &v)
{
    return QList<qint64>(v.begin(), v.end());
}

void compareSnapshots(const Snapshot &a, const Snapshot &b)
{
    QCOMPARE(a.liveCount(), b.liveCount());
    QList<qint64> liveA, liveB;
    for (qint32 r = 0; r < a.size(); ++r)
        if (!a.isRemoved(r))
            liveA.append(a.dbId(r));
    for (qint32 r = 0; r < b.size(); ++r)
        if (!b.isRemoved(r))
            liveB.append(b.dbId(r));
    QCOMPARE(liveA, liveB);
    for (qint64 id : liveA) {
        const SnapshotRecord x = a.record(a.rowOf(id)), y = b.record(b.rowOf(id));
        QCOMPARE(x.day, y.day);
        QCOMPARE(x.precision, y.precision);
        QCOMPARE(x.country, y.country);
        QCOMPARE(x.region, y.region);
        QCOMPARE(x.department, y.department);
        QCOMPARE(x.threatActor, y.threatActor);
        QCOMPARE(x.victimKind, y.victimKind);
        QCOMPARE(x.attackTypes, y.attackTypes);
        QCOMPARE(x.dataCompromised, y.dataCompromised);
        QCOMPARE(x.dataSpared, y.dataSpared);
        QCOMPARE(x.impacts, y.impacts);
        QCOMPARE(x.ransomDemanded, y.ransomDemanded);
        QCOMPARE(x.sourceCount, y.sourceCount);
    }
}

} // namespace

class TestFilterDb : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::optional<db::Database> m_db;
    QList<Incident> m_incidents;

private Q_SLOTS:
    void init()
    {
        auto db = db::Database::open(m_dir.filePath(QStringLiteral("f.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        m_db.emplace(std::move(*db));
        m_db->exec("DELETE FROM incident; DELETE FROM source; "
                   "INSERT INTO incident_fts (incident_fts) VALUES ('delete-all');");
        m_incidents = sample();
        db::IncidentRepository repo(*m_db);
        QVERIFY(repo.insertAll(m_incidents).ok());
    }
    void cleanup() { m_db.reset(); }

    void snapshotEqualsRepository()
    {
        auto snap = Snapshot::load(*m_db);
        QVERIFY2(snap.ok(), qPrintable(snap.error()));
        QCOMPARE(snap->liveCount(), m_incidents.size());
        const QList<Incident> stored = db::IncidentRepository(*m_db).loadAll();
        for (const Incident &i : stored) {
            const qint32 row = snap->rowOf(i.dbId);
            QVERIFY(row >= 0);
            QCOMPARE(snap->date(DateField::Occurred, row), i.occurred);
            QCOMPARE(snap->date(DateField::Disclosed, row), i.disclosed);
            QCOMPARE(snap->date(DateField::Published, row), i.published);
            QCOMPARE(snap->countries().value(snap->country(row)), i.country);
            QCOMPARE(snap->regions().value(snap->region(row)), i.region);
            QCOMPARE(snap->departments().value(snap->department(row)), i.department);
            QCOMPARE(snap->threatActors().value(snap->threatActor(row)), i.threatActor);
            QCOMPARE(int(snap->victimKindCode(row)) - 1, int(*i.victimKind));
            QCOMPARE(quint32(snap->attackTypes(row)), i.attackTypes->bits());
            QCOMPARE(quint32(snap->dataCompromised(row)), i.dataCompromised->bits());
            QCOMPARE(quint32(snap->impacts(row)), i.impacts->bits());
            QCOMPARE(snap->ransomDemanded(row), i.ransom.has_value());
            QCOMPARE(int(snap->sourceCount(row)), int(i.sources.size()));
            // The record built from the incident agrees with the loaded one.
            const SnapshotRecord fromIncident = SnapshotRecord::fromIncident(i);
            const SnapshotRecord loaded = snap->record(row);
            QCOMPARE(loaded.day, fromIncident.day);
            QCOMPARE(loaded.region, fromIncident.region);
            QCOMPARE(loaded.sourceCount, fromIncident.sourceCount);
        }
        QVERIFY(snap->columnBytes() / snap->liveCount() >= Snapshot::bytesPerRow - 1);
    }

    void incrementalEqualsFreshLoad()
    {
        auto snap = Snapshot::load(*m_db);
        QVERIFY(snap.ok());
        db::IncidentRepository repo(*m_db);
        // Add, edit and remove through the repository, mirror by id.
        Incident added = incident(QStringLiteral("Nouvelle attaque"),
                                  PartialDate::ofDay(2025, 1, 3), QStringLiteral("84"));
        QList<Incident> batch{added};
        QVERIFY(repo.insertAll(batch).ok());
        Incident edited = *repo.load(m_incidents[1].dbId);
        edited.region = QStringLiteral("11");
        edited.threatActor = QStringLiteral("Medusa");
        edited.ransom.reset();
        QVERIFY(repo.update(edited).ok());
        QVERIFY(repo.remove({m_incidents[2].dbId}).ok());
        for (qint64 id : {batch[0].dbId, edited.dbId, m_incidents[2].dbId}) {
            if (auto record = Snapshot::loadRecord(*m_db, id))
                snap->upsert(*record);
            else
                QVERIFY(snap->remove(id) >= 0);
        }
        auto fresh = Snapshot::load(*m_db);
        QVERIFY(fresh.ok());
        compareSnapshots(*snap, *fresh);
        snap->compact();
        compareSnapshots(*snap, *fresh);
    }

    void textSearch_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<int>>("expected"); // indexes in sample()
        QTest::newRow("accents folded") << QStringLiteral("securite") << QList<int>{0};
        QTest::newRow("case folded") << QStringLiteral("SÉCURITÉ") << QList<int>{0};
        QTest::newRow("prefix") << QStringLiteral("secu*") << QList<int>{0};
        QTest::newRow("two words") << QStringLiteral("donnees sante") << QList<int>{1, 3};
        QTest::newRow("phrase") << QStringLiteral("\"données de santé\"") << QList<int>{1};
        QTest::newRow("title") << QStringLiteral("dax") << QList<int>{2};
        QTest::newRow("victim") << QStringLiteral("victime armentieres") << QList<int>{1};
        QTest::newRow("operators are words") << QStringLiteral("santé OR NOT") << QList<int>{};
        QTest::newRow("no match") << QStringLiteral("introuvable") << QList<int>{};
    }
    void textSearch()
    {
        QFETCH(QString, query);
        QFETCH(QList<int>, expected);
        const auto found = TextSearch::run(*m_db, query);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QList<qint64> want;
        for (int k : expected)
            want.append(m_incidents[k].dbId);
        QCOMPARE(ids(*found), want);
    }

    void textSearchErrors()
    {
        const auto bad = TextSearch::run(*m_db, u"\"santé");
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().contains(QStringLiteral("quote")));
        QVERIFY(TextSearch::run(*m_db, u"  ").value().empty());
    }

    void bulkInsertIsSearchableAfterIndexing()
    {
        db::IncidentRepository repo(*m_db);
        auto bulk = repo.beginBulkInsert();
        QVERIFY(bulk.ok());
        Incident i = incident(QStringLiteral("Clinique du Parc"), PartialDate::ofDay(2023, 5, 1),
                              QStringLiteral("84"), QStringLiteral("rançongiciel Rhysida"));
        QVERIFY(bulk->insert(i).ok());
        QVERIFY(bulk->commit().ok());
        QVERIFY(repo.hasPendingIndex());
        // An edit before the pending indexing must not index the row twice.
        Incident edited = *repo.load(i.dbId);
        edited.summary = QStringLiteral("Rhysida revendique.");
        QVERIFY(repo.update(edited).ok());
        const auto found = TextSearch::run(*m_db, u"rhysida");
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QCOMPARE(ids(*found), QList<qint64>{i.dbId});
        QVERIFY(!repo.hasPendingIndex());
        auto count = m_db->prepare("SELECT count(*) FROM incident_fts WHERE rowid = ?");
        count->bind(1, i.dbId);
        QVERIFY(count->step());
        QCOMPARE(count->int64(0), 1);
    }

    void filterQuery_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("all") << QString() << QList<int>{0, 1, 2, 3};
        QTest::newRow("region") << QStringLiteral("region=32") << QList<int>{1, 3};
        QTest::newRow("dates") << QStringLiteral("from=2022-01;to=2024-12") << QList<int>{0, 1};
        QTest::newRow("month overlap")
            << QStringLiteral("from=2024-02-10;to=2024-02-11") << QList<int>{1};
        QTest::newRow("text and region")
            << QStringLiteral("region=32,11;q=\"données de santé\"") << QList<int>{1};
        QTest::newRow("nobody") << QStringLiteral("actor=Medusa") << QList<int>{};
        QTest::newRow("ransom") << QStringLiteral("ransom=yes;attack=ransomware")
                                << QList<int>{0, 1, 2, 3};
    }
    void filterQuery()
    {
        QFETCH(QString, filter);
        QFETCH(QList<int>, expected);
        const auto found = FilterQuery::incidentIds(*m_db, filter);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QList<qint64> want;
        for (int k : expected)
            want.append(m_incidents[k].dbId);
        QCOMPARE(*found, want);
    }

    void filterQueryError()
    {
        const auto found = FilterQuery::incidentIds(*m_db, u"region=32;atack=ddos");
        QVERIFY(!found.ok());
        QVERIFY(found.error().contains(QStringLiteral("'atack'")));
    }

    void controllerNotifies()
    {
        Notifier notifier;
        FilterController controller(*m_db, notifier);
        QSignalSpy changed(&notifier, &Notifier::filterChanged);
        QVERIFY(controller.reload().ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(controller.engine().counts().total, 4);
        FilterSpec spec;
        spec.text = QStringLiteral("santé");
        QVERIFY(controller.setSpec(spec).ok());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(controller.engine().counts().selected, 2);

        // A new incident that matches the query joins the selection.
        db::IncidentRepository repo(*m_db);
        QList<Incident> batch{incident(QStringLiteral("Centre de santé"),
                                       PartialDate::ofDay(2025, 3, 3), QStringLiteral("11"))};
        QVERIFY(repo.insertAll(batch).ok());
        Q_EMIT notifier.incidentsAdded({batch[0].dbId});
        QCOMPARE(changed.count(), 3);
        QCOMPARE(controller.engine().counts().total, 5);
        QCOMPARE(controller.engine().counts().selected, 3);
        QVERIFY(repo.remove({batch[0].dbId}).ok());
        Q_EMIT notifier.incidentsRemoved({batch[0].dbId});
        QCOMPARE(controller.engine().counts().total, 4);
        QCOMPARE(controller.engine().counts().selected, 2);

        // A bad query is refused and leaves the filter as it was.
        spec.text = QStringLiteral("\"santé");
        QVERIFY(!controller.setSpec(spec).ok());
        QCOMPARE(controller.spec().text, QStringLiteral("santé"));
    }
};

QTEST_GUILESS_MAIN(TestFilterDb)
#include "tst_filterdb.moc"
