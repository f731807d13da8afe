// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Database.h"
#include "db/IncidentRepository.h"
#include "geo/IncidentPlaces.h"

#include <QTest>

using namespace vigie;
using namespace vigie::geo;

class TestIncidentPlaces : public QObject {
    Q_OBJECT

private:
    static Incident incident(const QString &slug, const QString &country, const QString &department,
                             const QString &commune)
    {
        Incident i;
        i.id = slug;
        i.title = slug;
        i.occurred = PartialDate::ofDay(2024, 3, 1);
        i.country = country;
        i.department = department;
        i.commune = commune;
        return i;
    }

private slots:
    void locate_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("department");
        QTest::addColumn<QString>("commune");
        QTest::addColumn<QString>("key"); // empty: not placed
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        // Coordinates: GeoNames, as in resources/gazetteer (±0.05°).
        QTest::newRow("commune") << "FR"
                                 << ""
                                 << "35"
                                 << "Rennes"
                                 << "FR:35238" << 48.11 << -1.68;
        QTest::newRow("spelling") << "FR"
                                  << ""
                                  << "35"
                                  << "rennes"
                                  << "FR:35238" << 48.11 << -1.68;
        QTest::newRow("department disambiguates") << "FR"
                                                  << ""
                                                  << "974"
                                                  << "Saint-Denis"
                                                  << "FR:97411" << -20.88 << 55.45;
        QTest::newRow("department disambiguates 2") << "FR"
                                                    << ""
                                                    << "93"
                                                    << "Saint-Denis"
                                                    << "FR:93066" << 48.94 << 2.36;
        QTest::newRow("no country, French department") << ""
                                                       << ""
                                                       << "63"
                                                       << "Issoire"
                                                       << "FR:63178" << 45.54 << 3.25;
        QTest::newRow("wrong department") << "FR"
                                          << ""
                                          << "35"
                                          << "Marseille"
                                          << "" << 0.0 << 0.0;
        QTest::newRow("unknown town") << "FR"
                                      << ""
                                      << "35"
                                      << "Nulle-Part-sur-Rien"
                                      << "" << 0.0 << 0.0;
        QTest::newRow("no town") << "FR"
                                 << ""
                                 << "35"
                                 << ""
                                 << "" << 0.0 << 0.0;
        QTest::newRow("town abroad") << "DE"
                                     << ""
                                     << ""
                                     << "Düsseldorf"
                                     << "DE:Düsseldorf:07" << 51.22 << 6.78;
        QTest::newRow("biggest by default") << "US"
                                            << ""
                                            << ""
                                            << "Henderson"
                                            << "US:Henderson:NV" << 36.04 << -114.98;
        QTest::newRow("the stated state") << "US"
                                          << "Kentucky"
                                          << ""
                                          << "Henderson"
                                          << "US:Henderson:KY" << 37.84 << -87.59;
        QTest::newRow("not in that country") << "BE"
                                             << ""
                                             << ""
                                             << "Rennes"
                                             << "" << 0.0 << 0.0;
        QTest::newRow("no country abroad") << ""
                                           << ""
                                           << ""
                                           << "Neuss"
                                           << "" << 0.0 << 0.0;
    }
    void locate()
    {
        QFETCH(QString, country);
        QFETCH(QString, region);
        QFETCH(QString, department);
        QFETCH(QString, commune);
        QFETCH(QString, key);
        QFETCH(double, lat);
        QFETCH(double, lon);
        PlaceLocator locator;
        const int index = locator.locate({1, country, region, department, commune});
        if (key.isEmpty()) {
            QCOMPARE(index, -1);
            return;
        }
        QVERIFY(index >= 0);
        const Place &place = locator.places()[index];
        QCOMPARE(place.key, key);
        QVERIFY2(std::abs(place.lonLat.y() - lat) < 0.05,
                 qPrintable(QString::number(place.lonLat.y())));
        QVERIFY2(std::abs(place.lonLat.x() - lon) < 0.05,
                 qPrintable(QString::number(place.lonLat.x())));
        // Memoised: asking again finds the same place without adding one.
        QCOMPARE(locator.locate({2, country, region, department, commune}), index);
        QCOMPARE(locator.places().size(), 1);
    }

    void sameTownSamePlace()
    {
        // Two spellings of one commune are one place (one circle on the map).
        PlaceLocator locator;
        const int a = locator.locate({1, "FR", "", "42", "Saint-Étienne"});
        const int b = locator.locate({2, "FR", "84", "42", "St Etienne"});
        QVERIFY(a >= 0);
        QCOMPARE(b, a);
        QCOMPARE(locator.places()[a].name, QStringLiteral("Saint-Étienne"));
        QVERIFY(locator.places()[a].isFrench());
    }

    void resetAndUpdate()
    {
        IncidentPlaces places;
        const QList<PlaceRecord> records{{30, "FR", "", "35", "Rennes"},
                                         {10, "FR", "", "29", "Brest"},
                                         {20, "FR", "", "35", "Nulle-Part-sur-Rien"},
                                         {40, "DE", "", "", "Neuss"}};
        places.reset(records);
        QCOMPARE(places.entries().size(), size_t(3));
        QVERIFY(std::is_sorted(places.entries().cbegin(), places.entries().cend()));
        QVERIFY(places.placeOf(10) >= 0);
        QCOMPARE(places.placeOf(20), -1);
        QCOMPARE(places.places()[places.placeOf(30)].name, QStringLiteral("Rennes"));
        QCOMPARE(places.places()[places.placeOf(40)].countryCode, QStringLiteral("DE"));

        // 30 moved to Brest, 40 lost its town (no record), 50 is new.
        const QList<PlaceRecord> changed{{30, "FR", "", "29", "Brest"},
                                         {50, "FR", "", "75", "Paris"}};
        places.update({30, 40, 50}, changed);
        QCOMPARE(places.entries().size(), size_t(3));
        QVERIFY(std::is_sorted(places.entries().cbegin(), places.entries().cend()));
        QCOMPARE(places.placeOf(30), places.placeOf(10));
        QCOMPARE(places.placeOf(40), -1);
        QCOMPARE(places.places()[places.placeOf(50)].key, QStringLiteral("FR:75056"));
    }

    void fromTheDatabase()
    {
        auto opened = db::Database::open(QStringLiteral(":memory:"));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        db::Database db = std::move(opened).value();
        QList<Incident> incidents{
            incident("a", "FR", "35", "Rennes"), incident("b", "FR", "29", "Brest"),
            incident("c", "FR", "35", QString()), incident("d", "FR", "35", "Rennes"),
            incident("e", "IT", QString(), "Milan")};
        QVERIFY(db::IncidentRepository(db).insertAll(incidents).ok());

        IncidentPlaces places;
        const Status loaded = places.load(db);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(places.entries().size(), size_t(4));
        QCOMPARE(places.placeOf(incidents[0].dbId), places.placeOf(incidents[3].dbId));
        QCOMPARE(places.placeOf(incidents[2].dbId), -1);
        QCOMPARE(places.places()[places.placeOf(incidents[4].dbId)].countryCode,
                 QStringLiteral("IT"));

        // The same through read() + reset(), and read() of some ids only.
        auto all = IncidentPlaces::read(db);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), size_t(4));
        IncidentPlaces again;
        again.reset(*all);
        QCOMPARE(again.entries().size(), places.entries().size());
        auto some = IncidentPlaces::read(db, {incidents[1].dbId, incidents[2].dbId});
        QVERIFY(some.ok());
        QCOMPARE(some->size(), size_t(1)); // c has no town
        QCOMPARE(some->front().commune, QStringLiteral("Brest"));
    }
};

QTEST_GUILESS_MAIN(TestIncidentPlaces)
#include "tst_incidentplaces.moc"
