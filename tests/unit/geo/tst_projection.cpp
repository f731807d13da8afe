// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/Projection.h"

#include <QTest>

using namespace vigie::geo;

// Reference values computed once with PROJ 9.1.1 (Debian's proj-bin):
//   echo "LAT LON" | cs2cs -f "%.4f" EPSG:4326 EPSG:2154
//   echo "LON LAT" | cs2cs -f "%.4f" +proj=longlat +R=6371007.181
//        +to +proj=eqearth +R=6371007.181 (one line)
class TestProjection : public QObject {
    Q_OBJECT
private slots:
    void lambert93_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::newRow("Paris") << 2.3522 << 48.8566 << 652469.0227 << 6862035.2594;
        QTest::newRow("Brest") << -4.4861 << 48.3904 << 146632.9785 << 6836262.3267;
        QTest::newRow("Strasbourg") << 7.7521 << 48.5734 << 1050362.6954 << 6840899.6472;
        QTest::newRow("Cap Corse") << 9.45 << 42.7 << 1228546.0453 << 6199420.6440;
        QTest::newRow("Ajaccio") << 8.7369 << 41.9192 << 1176526.6023 << 6108263.0226;
        QTest::newRow("origin") << 3.0 << 46.5 << 700000.0 << 6600000.0;
        QTest::newRow("Nantes") << -1.5536 << 47.2184 << 355577.8016 << 6689723.1029;
        QTest::newRow("Marseille") << 5.3698 << 43.2965 << 892390.2216 << 6247035.2568;
        QTest::newRow("Toulouse") << 1.4442 << 43.6047 << 574357.8201 << 6279642.9723;
        QTest::newRow("Lille") << 3.0573 << 50.6292 << 704061.1459 << 7059136.5895;
        QTest::newRow("Ouessant") << -5.14 << 48.46 << 99257.7078 << 6848739.6508;
        QTest::newRow("Nice") << 7.56 << 43.78 << 1066947.9506 << 6308485.2251;
    }
    void lambert93()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(double, x);
        QFETCH(double, y);
        const auto &l93 = LambertConformalConic::lambert93();
        const QPointF p = l93.forward(QPointF(lon, lat));
        // Millimetres: the formulas are exact, only rounding differs.
        QVERIFY2(std::abs(p.x() - x) < 0.001, qPrintable(QString::number(p.x(), 'f', 4)));
        QVERIFY2(std::abs(p.y() - y) < 0.001, qPrintable(QString::number(p.y(), 'f', 4)));
        const QPointF back = l93.inverse(QPointF(x, y));
        QVERIFY(std::abs(back.x() - lon) < 1e-8);
        QVERIFY(std::abs(back.y() - lat) < 1e-8);
    }

    void equalEarth_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::newRow("Paris") << 2.3522 << 48.8566 << 187590.0454 << 5882739.8696;
        QTest::newRow("New York") << -74.006 << 40.7128 << -6255446.3486 << 5014391.7978;
        QTest::newRow("Sydney") << 151.2093 << -33.8688 << 13296970.1054 << -4234705.1146;
        QTest::newRow("antimeridian") << 180.0 << 0.0 << 17243959.0624 << 0.0;
        QTest::newRow("far north") << -180.0 << 85.0 << -10326709.1145 << 8345687.3466;
    }
    void equalEarth()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(double, x);
        QFETCH(double, y);
        const QPointF p = EqualEarth::forward(QPointF(lon, lat));
        QVERIFY2(std::abs(p.x() - x) < 0.01, qPrintable(QString::number(p.x(), 'f', 4)));
        QVERIFY2(std::abs(p.y() - y) < 0.01, qPrintable(QString::number(p.y(), 'f', 4)));
        const QPointF back = EqualEarth::inverse(p);
        QVERIFY(std::abs(back.x() - lon) < 1e-8);
        QVERIFY(std::abs(back.y() - lat) < 1e-8);
    }

    void mercatorRoundTrip_data()
    {
        QTest::addColumn<double>("lon0");
        QTest::addColumn<double>("lat0");
        QTest::newRow("Guadeloupe") << -61.5 << 16.2;
        QTest::newRow("Guyane") << -53.2 << 4.0;
        QTest::newRow("La Réunion") << 55.5 << -21.1;
        QTest::newRow("Mayotte") << 45.15 << -12.8;
    }
    void mercatorRoundTrip()
    {
        QFETCH(double, lon0);
        QFETCH(double, lat0);
        const LocalMercator m(lon0, lat0);
        // The centre maps to x = 0, and 0.1 degree of longitude there measures
        // its true ground length (parallel radius on GRS80).
        QCOMPARE(m.forward(QPointF(lon0, lat0)).x(), 0.0);
        const double east = m.forward(QPointF(lon0 + 0.1, lat0)).x();
        const double e2 = 0.00669438002290;
        const double s = std::sin(lat0 * M_PI / 180);
        const double expected =
            6378137.0 * std::cos(lat0 * M_PI / 180) / std::sqrt(1 - e2 * s * s) * 0.1 * M_PI / 180;
        QVERIFY(std::abs(east - expected) < 1e-6);
        for (double dLon : {-0.7, 0.0, 0.4})
            for (double dLat : {-0.5, 0.3}) {
                const QPointF ll(lon0 + dLon, lat0 + dLat);
                const QPointF back = m.inverse(m.forward(ll));
                QVERIFY(std::abs(back.x() - ll.x()) < 1e-9);
                QVERIFY(std::abs(back.y() - ll.y()) < 1e-9);
            }
    }
};

QTEST_APPLESS_MAIN(TestProjection)
#include "tst_projection.moc"
