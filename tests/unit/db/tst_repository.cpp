// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Database.h"
#include "db/DatabaseSetup.h"
#include "db/IncidentRepository.h"
#include "model/IncidentJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;
using namespace vigie::db;

namespace {

Incident fullIncident()
{
    Incident i;
    i.id = QStringLiteral("2022-08-chsf-corbeil-essonnes");
    i.title = QStringLiteral("Rançongiciel au CHSF");
    i.published = *PartialDate::fromIso(u"2022-08-22");
    i.occurred = *PartialDate::fromIso(u"2022-08-20");
    i.disclosed = *PartialDate::fromIso(u"2022-09");
    i.country = QStringLiteral("FR");
    i.region = QStringLiteral("11");
    i.department = QStringLiteral("91");
    i.commune = QStringLiteral("Corbeil-Essonnes");
    i.victims = {QStringLiteral("Centre hospitalier Sud Francilien"),
                 QStringLiteral("Hôpital \"B\"")};
    i.victimKind = VictimKind::Hospital;
    i.attackTypes = AttackTypes{AttackType::Ransomware, AttackType::DataTheft};
    i.threatActor = QStringLiteral("LockBit");
    i.dataCompromised = DataCategories{DataCategory::Identity, DataCategory::Medical};
    i.dataSpared = DataCategories{};
    i.impacts = Impacts{Impact::CareDisrupted, Impact::PatientsDiverted, Impact::PaperMode};
    i.ransom = Ransom{10000000.0, QStringLiteral("USD")};
    i.recordsAffected = 1400000;
    Source a;
    a.url = QStringLiteral("https://example.org/chsf");
    a.outlet = QStringLiteral("Le Parisien");
    a.published = *PartialDate::fromIso(u"2022-08");
    a.language = QStringLiteral("fr");
    a.title = QStringLiteral("L'hôpital de Corbeil paralysé");
    a.text = QStringLiteral("Texte de l'article, sécurité.");
    a.textHash = QByteArray(32, 'h');
    Source b;
    b.url = QStringLiteral("https://example.org/chsf-2");
    b.language = QStringLiteral("en");
    i.sources = {a, b};
    i.summary = QStringLiteral("LockBit hit the hospital.");
    return i;
}

int countOf(const Database &db, const char *sql)
{
    auto s = db.prepare(sql);
    return s && s->step() ? s->integer(0) : -1;
}

int deferredIndexCount(const Database &db)
{
    return countOf(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN "
                       "('incident_by_slug', 'source_by_hash', 'source_by_url')");
}

} // namespace

class TestRepository : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripEveryField()
    {
        auto db = Database::open(QStringLiteral(":memory:"));
        QVERIFY(db.ok());
        IncidentRepository repo(*db);
        QList<Incident> list{fullIncident()};
        QVERIFY(repo.insertAll(list).ok());
        QVERIFY(list.first().dbId > 0);
        auto loaded = repo.load(list.first().dbId);
        QVERIFY(loaded);
        Incident expected = list.first();
        QCOMPARE(loaded->sources.size(), 2);
        QVERIFY(loaded->sources[0].dbId > 0);
        QCOMPARE(*loaded, expected);
    }

    void roundTripNulls()
    {
        auto db = Database::open(QStringLiteral(":memory:"));
        IncidentRepository repo(*db);
        Incident bare;
        bare.title = QStringLiteral("Unknown");
        bare.ransom = Ransom{}; // demanded, amount unknown
        QList<Incident> list{bare};
        QVERIFY(repo.insertAll(list).ok());
        auto loaded = repo.load(list.first().dbId);
        QVERIFY(loaded);
        QVERIFY(!loaded->attackTypes);
        QVERIFY(!loaded->impacts);
        QVERIFY(!loaded->victimKind);
        QVERIFY(loaded->ransom);
        QVERIFY(!loaded->ransom->amount);
        QVERIFY(loaded->published.isNull());
        QCOMPARE(loaded->id, QStringLiteral("unknown")); // a slug was made
        QCOMPARE(*loaded, list.first());
    }

    // A batch whose third record cannot be stored leaves nothing behind.
    void failureHalfWayWritesNothing()
    {
        auto db = Database::open(QStringLiteral(":memory:"));
        IncidentRepository repo(*db);
        Incident a = fullIncident();
        Incident b = fullIncident();
        b.id = QStringLiteral("second");
        b.sources.clear();
        Incident c = fullIncident(); // same id as a: refused
        QList<Incident> list{a, b, c};
        const Status s = repo.insertAll(list);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("already exists")), qPrintable(s.error()));
        QCOMPARE(repo.count(), 0);
        auto sources = db->prepare("SELECT count(*) FROM source");
        QVERIFY(sources->step());
        QCOMPARE(sources->integer(0), 0);
        for (const Incident &i : list)
            QCOMPARE(i.dbId, 0);
    }

    void bundledDatasetLoadsWhole()
    {
        QTemporaryDir dir;
        auto db = openDatabase(dir.filePath(QStringLiteral("d.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const QJsonArray file = QJsonDocument::fromJson(bundledDatasetJson()).array();
        QCOMPARE(file.size(), 138);
        QMap<QString, int> countryInFile;
        QMap<QString, int> regionInFile;
        int sourcesInFile = 0;
        for (const QJsonValue &v : file) {
            const QJsonObject o = v.toObject();
            ++countryInFile[o.value(QStringLiteral("country")).toString()];
            if (o.value(QStringLiteral("country")).toString() == QStringLiteral("FR"))
                ++regionInFile[o.value(QStringLiteral("region")).toString()];
            sourcesInFile += o.value(QStringLiteral("sources")).toArray().size();
        }
        IncidentRepository repo(*db);
        const QList<Incident> stored = repo.loadAll();
        QCOMPARE(stored.size(), file.size());
        QMap<QString, int> countryStored;
        QMap<QString, int> regionStored;
        int sourcesStored = 0;
        for (const Incident &i : stored) {
            ++countryStored[i.country];
            if (i.country == QStringLiteral("FR"))
                ++regionStored[i.region];
            sourcesStored += i.sources.size();
        }
        QCOMPARE(countryStored, countryInFile);
        QCOMPARE(regionStored, regionInFile);
        QCOMPARE(countryStored.value(QStringLiteral("FR")), 76);
        QCOMPARE(sourcesStored, sourcesInFile);
        // Every record comes back equal to the file's.
        for (const QJsonValue &v : file) {
            auto parsed = incidentFromJson(v.toObject());
            QVERIFY(parsed.ok());
            auto id = repo.findBySlug(parsed->id);
            QVERIFY2(id, qPrintable(parsed->id));
            const QJsonObject back = incidentToJson(*repo.load(*id));
            QCOMPARE(back, incidentToJson(*parsed));
        }
    }

    void fullTextSearchFoldsAccents()
    {
        auto db = Database::open(QStringLiteral(":memory:"));
        IncidentRepository repo(*db);
        QList<Incident> list{fullIncident()};
        QVERIFY(repo.insertAll(list).ok());
        auto q = db->prepare("SELECT rowid FROM incident_fts WHERE incident_fts MATCH ?");
        q->bind(1, QStringLiteral("securite"));
        QVERIFY(q->step());
        QCOMPARE(q->int64(0), list.first().dbId);
        q->reset();
        q->bind(1, QStringLiteral("rancongiciel"));
        QVERIFY(q->step());
    }

    void removeDropsOrphanSources()
    {
        auto db = Database::open(QStringLiteral(":memory:"));
        IncidentRepository repo(*db);
        QList<Incident> list{fullIncident()};
        QVERIFY(repo.insertAll(list).ok());
        QVERIFY(repo.remove({list.first().dbId}).ok());
        QCOMPARE(repo.count(), 0);
        auto sources = db->prepare("SELECT count(*) FROM source");
        QVERIFY(sources->step());
        QCOMPARE(sources->integer(0), 0);
    }
    // Into an empty database the bulk path keeps slugs unique and shares
    // sources from memory, and rebuilds the indexes it dropped.
    void bulkIntoEmptyDatabase()
    {
        auto db = Database::open(QStringLiteral(":memory:"));
        IncidentRepository repo(*db);
        QCOMPARE(deferredIndexCount(*db), 3);
        Incident a = fullIncident();
        Incident b = fullIncident(); // same article (hash) and same page (every field)
        b.id.clear();                // its made slug is a's id: gets "-2"
        b.victims = {QStringLiteral("chsf corbeil essonnes")};
        QList<Incident> list{a, b};
        QVERIFY(repo.insertAll(list).ok());
        QCOMPARE(list[1].id, list[0].id + QStringLiteral("-2"));
        QCOMPARE(countOf(*db, "SELECT count(*) FROM source"), 2);
        QCOMPARE(countOf(*db, "SELECT count(*) FROM incident_source"), 4);
        QCOMPARE(deferredIndexCount(*db), 3);
        QCOMPARE(*repo.load(list[1].dbId), list[1]);
        // The rebuilt unique index holds.
        QVERIFY(!db->exec("UPDATE incident SET slug = (SELECT min(slug) FROM incident)").ok());
    }

    void bulkRolledBackRestoresIndexes()
    {
        auto db = Database::open(QStringLiteral(":memory:"));
        IncidentRepository repo(*db);
        {
            auto bulk = repo.beginBulkInsert();
            QVERIFY(bulk.ok());
            QCOMPARE(deferredIndexCount(*db), 0);
            Incident a = fullIncident();
            QVERIFY(bulk->insert(a).ok());
            Incident again = fullIncident();
            const auto refused = bulk->insert(again);
            QVERIFY(!refused.ok());
            QVERIFY(refused.error().contains(QStringLiteral("already exists")));
        }
        QCOMPARE(repo.count(), 0);
        QCOMPARE(deferredIndexCount(*db), 3);
    }

    // Into a populated database the keys are read once the bulk is large:
    // rows stored before it are still found.
    void bulkIntoPopulatedDatabase()
    {
        auto db = Database::open(QStringLiteral(":memory:"));
        IncidentRepository repo(*db);
        QList<Incident> first{fullIncident()};
        QVERIFY(repo.insertAll(first).ok());
        QList<Incident> batch;
        for (int k = 0; k < 1100; ++k) {
            Incident i;
            i.title = QStringLiteral("Incident %1").arg(k);
            batch.append(i);
        }
        batch.append(fullIncident());
        batch.last().id.clear();
        batch.last().victims = {QStringLiteral("chsf corbeil essonnes")};
        QVERIFY(repo.insertAll(batch).ok());
        QCOMPARE(batch.last().id, first[0].id + QStringLiteral("-2"));
        QCOMPARE(countOf(*db, "SELECT count(*) FROM source"), 2); // both shared
        Incident duplicate = fullIncident();
        batch.append(duplicate);
        for (Incident &i : batch)
            i.id.clear();
        batch.last().id = first[0].id;
        const Status s = repo.insertAll(batch);
        QVERIFY(!s.ok());
        QVERIFY(s.error().contains(QStringLiteral("already exists")));
        QCOMPARE(repo.count(), 1102);
    }
};

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
