// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/Choropleth.h"
#include "map/MapLayout.h"

#include <QLineF>
#include <QRandomGenerator>
#include <QTest>

using namespace vigie;
using namespace vigie::ui;
using geo::MapLevel;

namespace {

// Least within-class sum of squares over every way to cut sorted values into
// k classes: the definition natural breaks must meet, for small inputs.
double bestCost(const QList<double> &v, int k)
{
    const qsizetype n = v.size();
    double best = std::numeric_limits<double>::max();
    // Choose k-1 cut positions among n-1 gaps (bitmask over gaps).
    for (quint32 mask = 0; mask < (1u << (n - 1)); ++mask) {
        if (std::popcount(mask) != k - 1)
            continue;
        double cost = 0;
        qsizetype from = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const bool cut = i == n - 1 || (mask & (1u << i));
            if (!cut)
                continue;
            double mean = 0;
            for (qsizetype j = from; j <= i; ++j)
                mean += v[j];
            mean /= double(i - from + 1);
            for (qsizetype j = from; j <= i; ++j)
                cost += (v[j] - mean) * (v[j] - mean);
            from = i + 1;
        }
        best = std::min(best, cost);
    }
    return best;
}

double costOf(const QList<double> &v, const QList<double> &breaks)
{
    double cost = 0;
    double lower = -1;
    for (double upper : breaks) {
        QList<double> cls;
        for (double x : v)
            if (x > lower && x <= upper)
                cls.append(x);
        double mean = 0;
        for (double x : cls)
            mean += x;
        mean /= double(cls.size());
        for (double x : cls)
            cost += (x - mean) * (x - mean);
        lower = upper;
    }
    return cost;
}

MapPoint town(const char *name, double lon, double lat, int count, qint64 firstId,
              const char *country = "FR")
{
    MapPoint p;
    p.key = QStringLiteral("%1:%2").arg(QLatin1String(country), QLatin1String(name));
    p.name = QString::fromUtf8(name);
    p.countryCode = QLatin1String(country);
    p.lonLat = QPointF(lon, lat);
    for (int i = 0; i < count; ++i)
        p.ids.append(firstId + i);
    return p;
}

int totalCount(const QList<PointClusters::Cluster> &clusters)
{
    int total = 0;
    for (const auto &c : clusters)
        total += c.count;
    return total;
}

} // namespace

Q_DECLARE_METATYPE(vigie::ui::MapPoint)

class TestMapLayout : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        auto loaded = geo::MapData::load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        m_data = std::make_shared<const geo::MapData>(std::move(loaded).value());
    }

    void naturalBreaks_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<int>("classes");
        QTest::addColumn<QList<double>>("breaks");
        QTest::newRow("empty") << QList<double>{} << 5 << QList<double>{};
        QTest::newRow("zeros only") << QList<double>{0, 0, 0} << 5 << QList<double>{};
        QTest::newRow("zeros ignored") << QList<double>{0, 3, 0, 1} << 5 << QList<double>{1, 3};
        QTest::newRow("few distinct values")
            << QList<double>{1, 1, 2, 2, 2, 7} << 5 << QList<double>{1, 2, 7};
        QTest::newRow("one value") << QList<double>{4, 4, 4} << 5 << QList<double>{4};
        QTest::newRow("three clusters") << QList<double>{1, 1, 2, 2, 10, 11, 12, 50, 52, 100} << 3
                                        << QList<double>{12, 52, 100};
        QTest::newRow("outlier alone")
            << QList<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 200} << 2 << QList<double>{9, 200};
        QTest::newRow("ties stay together")
            << QList<double>{1, 5, 5, 5, 5, 9} << 2 << QList<double>{5, 9};
        QTest::newRow("unsorted input")
            << QList<double>{30, 1, 31, 2, 32, 3} << 2 << QList<double>{3, 32};
    }
    void naturalBreaks()
    {
        QFETCH(QList<double>, values);
        QFETCH(int, classes);
        QFETCH(QList<double>, breaks);
        QCOMPARE(Choropleth::naturalBreaks(values, classes), breaks);
    }

    // The dynamic programme finds the optimum an exhaustive search finds.
    void naturalBreaksAreOptimal()
    {
        QRandomGenerator random(42);
        for (int round = 0; round < 200; ++round) {
            QList<double> v;
            const int n = 3 + int(random.bounded(10));
            for (int i = 0; i < n; ++i)
                v.append(1 + random.bounded(40)); // distinct with high probability
            std::sort(v.begin(), v.end());
            if (std::adjacent_find(v.begin(), v.end()) != v.end())
                continue;
            const int k = 2 + int(random.bounded(3));
            if (k >= n)
                continue;
            const QList<double> breaks = Choropleth::naturalBreaks(v, k);
            QCOMPARE(breaks.size(), k);
            QVERIFY(std::abs(costOf(v, breaks) - bestCost(v, k)) < 1e-9);
        }
    }

    void palette_data()
    {
        QTest::addColumn<int>("classes");
        QTest::addColumn<QStringList>("colors");
        QTest::newRow("1") << 1 << QStringList{"#fd8d3c"};
        QTest::newRow("3") << 3 << QStringList{"#ffeda0", "#feb24c", "#f03b20"};
        QTest::newRow("5") << 5
                           << QStringList{"#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"};
    }
    void palette()
    {
        QFETCH(int, classes);
        QFETCH(QStringList, colors);
        QStringList names;
        for (const QColor &c : Choropleth::palette(classes))
            names.append(c.name());
        QCOMPARE(names, colors);
    }

    void classes_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QList<int>>("classOfValues");
        QTest::newRow("counts") << QList<double>{0, 1, 2, 3, 8, 9, 30}
                                << QStringList{"1", "2", "3", "8–9", "30"}
                                << QList<int>{-1, 0, 1, 2, 3, 3, 4};
        QTest::newRow("clusters") << QList<double>{0,  0,  1,  1,  2,   2,   10,
                                                   11, 12, 50, 52, 100, 101, 140}
                                  << QStringList{"1–2", "10–12", "50–52", "100–101", "140"}
                                  << QList<int>{-1, -1, 0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 4};
    }
    void classes()
    {
        QFETCH(QList<double>, values);
        QFETCH(QStringList, labels);
        QFETCH(QList<int>, classOfValues);
        const Choropleth scale(values);
        QStringList got;
        for (int i = 0; i < scale.classCount(); ++i)
            got.append(scale.classLabel(i, true));
        QCOMPARE(got, labels);
        for (int i = 0; i < values.size(); ++i)
            QCOMPARE(scale.classOf(values[i]), classOfValues[i]);
        QCOMPARE(scale.colorOf(0), Choropleth::zeroColor());
    }

    void hitTestAtEveryAnchor_data()
    {
        QTest::addColumn<int>("level");
        QTest::newRow("regions") << int(MapLevel::Region);
        QTest::newRow("departments") << int(MapLevel::Department);
        QTest::newRow("world") << int(MapLevel::World);
    }
    void hitTestAtEveryAnchor()
    {
        QFETCH(int, level);
        MapLayout layout(m_data);
        layout.setLevel(MapLevel(level));
        layout.setViewport(QRectF(0, 0, 1600, 1200));
        int tested = 0;
        for (const geo::AreaGeometry &area : m_data->areas(MapLevel(level))) {
            if (area.code.isEmpty())
                continue;
            const QPointF p = layout.transform().map(area.labelAnchor);
            if (!layout.mapRect().contains(p))
                continue;
            QCOMPARE(layout.areaAt(p), area.code);
            ++tested;
        }
        QVERIFY(tested > (level == int(MapLevel::World) ? 200 : 17));
    }

    void hitTestPoints_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<QString>("department");
        QTest::newRow("Rennes") << -1.6778 << 48.1173 << "35";
        QTest::newRow("Lyon") << 4.8357 << 45.7640 << "69";
        QTest::newRow("Bastia hinterland") << 9.35 << 42.6 << "2B";
        QTest::newRow("Cayenne hinterland") << -52.5 << 4.7 << "973";
        QTest::newRow("Saint-Denis, Réunion") << 55.45 << -20.9 << "974";
        QTest::newRow("Bay of Biscay") << -4.0 << 45.5 << "";
        QTest::newRow("Mediterranean") << 6.0 << 42.5 << "";
    }
    void hitTestPoints()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(QString, department);
        MapLayout layout(m_data);
        layout.setLevel(MapLevel::Department);
        layout.setViewport(QRectF(0, 0, 1000, 800));
        const QPointF p =
            layout.transform().map(m_data->project(MapLevel::Department, QPointF(lon, lat)));
        QCOMPARE(layout.areaAt(p), department);
        // Outside the map's frame (the legend column) nothing is hit.
        QCOMPARE(layout.areaAt(QPointF(995, 400)), QString());
    }

    void rateAndDimming()
    {
        MapInput input;
        input.measure = MapMeasure::Rate;
        input.counts[int(MapLevel::Region)] = {{"11", 50}, {"94", 5}};
        input.selected[int(MapLevel::Region)] = {"94"};
        MapLayout layout(m_data);
        layout.setLevel(MapLevel::Region);
        layout.setInput(input);
        layout.setViewport(QRectF(0, 0, 800, 600));
        const auto &idf = layout.areas()[layout.areaIndexOf("11")];
        const auto &corse = layout.areas()[layout.areaIndexOf("94")];
        const qint64 idfPop = m_data->find(MapLevel::Region, u"11")->population;
        QCOMPARE(idf.value, 50 * 1e5 / double(idfPop));
        QVERIFY(corse.value > idf.value); // 5 for 350,000 beats 50 for 12 million
        QVERIFY(corse.selected && !idf.selected);
        QCOMPARE(corse.fill, layout.choropleth().colorOf(corse.value));
        QVERIFY(idf.fill != layout.choropleth().colorOf(idf.value)); // dimmed
        QCOMPARE(layout.legend().title, QStringLiteral("Incidents per 100,000 inhabitants"));
        // The world has no populations: counts are shown whatever is asked.
        layout.setLevel(MapLevel::World);
        QCOMPARE(layout.effectiveMeasure(), MapMeasure::Count);
        QCOMPARE(layout.legend().title, QStringLiteral("Incidents"));
    }

    void legendItems()
    {
        MapInput input;
        input.counts[int(MapLevel::Department)] = {{"59", 9}, {"75", 4}, {"13", 1}};
        input.selected[int(MapLevel::Department)] = {"59"};
        MapLayout layout(m_data);
        layout.setLevel(MapLevel::Department);
        layout.setInput(input);
        layout.setViewport(QRectF(0, 0, 1200, 900));
        QStringList texts;
        for (const auto &item : layout.legend().items) {
            texts.append(item.text);
            QVERIFY(layout.legend().frame.contains(item.swatch));
            QVERIFY(!layout.mapRect().intersects(item.swatch));
        }
        QCOMPARE(texts, (QStringList{"9", "4", "1", "0", "Selected"}));
    }

    void labelsFitAndAreDeterministic()
    {
        MapInput input;
        QRandomGenerator random(3);
        for (const geo::AreaGeometry &area : m_data->areas(MapLevel::Department))
            input.counts[int(MapLevel::Department)][area.code] = 1 + int(random.bounded(40));
        auto labelsOf = [&](QSizeF size) {
            MapLayout layout(m_data);
            layout.setLevel(MapLevel::Department);
            layout.setInput(input);
            layout.setViewport(QRectF(QPointF(0, 0), size));
            return layout.labels();
        };
        for (QSizeF size : {QSizeF(640, 480), QSizeF(1600, 1200)}) {
            MapLayout layout(m_data);
            layout.setLevel(MapLevel::Department);
            layout.setInput(input);
            layout.setViewport(QRectF(QPointF(0, 0), size));
            const auto labels = layout.labels();
            QVERIFY(!labels.isEmpty());
            for (int i = 0; i < labels.size(); ++i) {
                const auto &area = layout.areas()[labels[i].area];
                const auto &geometry = m_data->areas(MapLevel::Department)[area.index];
                // Inside its area, or for a small overseas island in its inset's frame.
                bool inFrame = false;
                for (const auto &frame : layout.insetFrames())
                    inFrame |= frame.code == geometry.inset && frame.rect.contains(labels[i].rect);
                QVERIFY(area.screenPath.contains(labels[i].rect.center()) || inFrame);
                QCOMPARE(labels[i].text, QString::number(area.count));
                for (int j = i + 1; j < labels.size(); ++j)
                    QVERIFY(!labels[i].rect.intersects(labels[j].rect));
            }
            const auto again = labelsOf(size);
            QCOMPARE(again.size(), labels.size());
            for (int i = 0; i < labels.size(); ++i) {
                QCOMPARE(again[i].rect, labels[i].rect);
                QCOMPARE(again[i].text, labels[i].text);
            }
        }
        // More room, more labels; Paris is too small for one at 640x480.
        QVERIFY(labelsOf(QSizeF(1600, 1200)).size() > labelsOf(QSizeF(640, 480)).size());
        MapLayout small(m_data);
        small.setLevel(MapLevel::Department);
        small.setInput(input);
        small.setViewport(QRectF(0, 0, 640, 480));
        const int paris = small.areaIndexOf("75");
        for (const auto &label : small.labels())
            QVERIFY(label.area != paris);
    }

    void areaInfo()
    {
        MapInput input;
        input.counts[int(MapLevel::Department)] = {{"2A", 3}};
        input.populations = {{"2A", 150000}};
        input.details[int(MapLevel::Department)] = {{"2A", "Mostly ransomware"}};
        MapLayout layout(m_data);
        layout.setLevel(MapLevel::Department);
        layout.setInput(input);
        const auto info = layout.info("2A");
        QCOMPARE(info.name, QStringLiteral("Corse-du-Sud"));
        QCOMPARE(info.count, 3);
        QCOMPARE(info.population, 150000);
        QCOMPARE(info.rate, 2.0);
        QCOMPARE(info.details, QStringLiteral("Mostly ransomware"));
        const auto other = layout.info("2B"); // geometry's INSEE population
        QCOMPARE(other.count, 0);
        QCOMPARE(other.population, m_data->find(MapLevel::Department, u"2B")->population);
        QVERIFY(layout.info("XX").code.isEmpty());
    }

    void sharedAreasAreHatched()
    {
        MapInput input;
        input.counts[int(MapLevel::Region)] = {{"32", 4}, {"11", 2}};
        input.shared[int(MapLevel::Region)] = {"32"};
        MapLayout layout(m_data);
        layout.setLevel(MapLevel::Region);
        layout.setInput(input);
        layout.setViewport(QRectF(0, 0, 800, 600));
        const auto &hdf = layout.areas()[layout.areaIndexOf("32")];
        QVERIFY(hdf.shared && !hdf.hatch.isEmpty());
        QVERIFY(hdf.screenBounds.contains(hdf.hatch.boundingRect().adjusted(1, 1, -1, -1)));
        QVERIFY(layout.areas()[layout.areaIndexOf("11")].hatch.isEmpty());
        QCOMPARE(layout.legend().items.constLast().text, QStringLiteral("Shared regional system"));
        QVERIFY(!layout.legend().items.constLast().hatch.isEmpty());
    }

    void zoomKeepsThePointUnderTheCursor()
    {
        MapLayout layout(m_data);
        layout.setLevel(MapLevel::Department);
        layout.setViewport(QRectF(0, 0, 1000, 800));
        const QPointF cursor(420, 310);
        const QPointF before = layout.transform().inverted().map(cursor);
        layout.zoomAt(cursor, 3);
        QCOMPARE(layout.zoom(), 3.0);
        const QPointF after = layout.transform().inverted().map(cursor);
        QVERIFY(QLineF(before, after).length() <
                1e-6 * layout.data()->bounds(MapLevel::Department).width());
        layout.panBy(QPointF(50, -20));
        const QPointF panned = layout.transform().map(before);
        QVERIFY(QLineF(panned, cursor + QPointF(50, -20)).length() < 1e-6);
        layout.zoomAt(cursor, 0.01); // zooming out stops at the whole map
        QCOMPARE(layout.zoom(), 1.0);
        layout.resetView();
        QCOMPARE(layout.viewCentre(), m_data->bounds(MapLevel::Department).center());
    }

    // --- the point layer

    void clustersFollowTheZoom_data()
    {
        QTest::addColumn<MapPoint>("a");
        QTest::addColumn<MapPoint>("b");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<int>("clusters");
        const MapPoint brest = town("Brest", -4.49, 48.39, 3, 100);
        const MapPoint strasbourg = town("Strasbourg", 7.75, 48.58, 5, 200);
        const MapPoint paris = town("Paris", 2.35, 48.86, 20, 300);
        const MapPoint versailles = town("Versailles", 2.13, 48.80, 4, 400);
        const MapPoint pap = town("Pointe-à-Pitre", -61.53, 16.24, 2, 500);
        const MapPoint abymes = town("Les Abymes", -61.50, 16.27, 1, 600);
        QTest::newRow("far apart stay apart") << brest << strasbourg << 1.0 << 2;
        QTest::newRow("close ones merge zoomed out") << paris << versailles << 1.0 << 1;
        QTest::newRow("and split zoomed in") << paris << versailles << 32.0 << 2;
        QTest::newRow("same inset merges") << pap << abymes << 1.0 << 1;
        QTest::newRow("inset and mainland never merge") << pap << brest << 1.0 << 2;
    }
    void clustersFollowTheZoom()
    {
        QFETCH(MapPoint, a);
        QFETCH(MapPoint, b);
        QFETCH(double, zoom);
        QFETCH(int, clusters);
        MapLayout layout(m_data);
        layout.setLevel(MapLevel::Department);
        layout.setViewport(QRectF(0, 0, 1200, 1000));
        MapInput input;
        input.showPoints = true;
        // Plus a town abroad, not on the French map.
        input.points = {a, b, town("Neuss", 6.69, 51.2, 7, 900, "DE")};
        layout.setInput(input);
        const QPointF centre = (m_data->project(MapLevel::Department, a.lonLat) +
                                m_data->project(MapLevel::Department, b.lonLat)) /
                               2;
        layout.setView(zoom, centre);
        QCOMPARE(layout.clusters().size(), clusters);
        // Counts sum, whatever the grouping.
        QCOMPARE(totalCount(layout.clusters()), a.count() + b.count());
        QList<int> towns;
        for (int i = 0; i < layout.clusters().size(); ++i)
            towns += layout.clusterPoints(i);
        std::sort(towns.begin(), towns.end());
        QCOMPARE(towns, (QList<int>{0, 1}));
        // Circles of one zone never overlap.
        const auto &c = layout.clusters();
        if (c.size() == 2 && c[0].zone == c[1].zone)
            QVERIFY(QLineF(c[0].centre, c[1].centre).length() >= c[0].radius + c[1].radius);
        // The world level shows every town.
        layout.setLevel(MapLevel::World);
        QCOMPARE(totalCount(layout.clusters()), a.count() + b.count() + 7);
    }

    void radiusAreaFollowsTheCount_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("total");
        QTest::addColumn<double>("radius");
        QTest::newRow("all of it") << 100 << 100 << 40.0;
        QTest::newRow("a quarter: half the radius") << 25 << 100 << 20.0;
        QTest::newRow("a hundredth") << 1 << 100 << 4.0;
        QTest::newRow("never below the minimum") << 1 << 10000 << 3.0;
        QTest::newRow("never above the maximum") << 500 << 100 << 40.0;
    }
    void radiusAreaFollowsTheCount()
    {
        QFETCH(int, count);
        QFETCH(int, total);
        QFETCH(double, radius);
        QCOMPARE(PointClusters::radiusFor(count, total, 3, 40), radius);
    }

    void manyTownsNeverOverlap_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<double>("zoom");
        QTest::newRow("regions, whole map") << int(MapLevel::Region) << 1.0;
        QTest::newRow("departments, zoom 4") << int(MapLevel::Department) << 4.0;
        QTest::newRow("departments, zoom 20") << int(MapLevel::Department) << 20.0;
        QTest::newRow("world") << int(MapLevel::World) << 1.0;
    }
    void manyTownsNeverOverlap()
    {
        QFETCH(int, level);
        QFETCH(double, zoom);
        MapInput input;
        input.showPoints = true;
        QRandomGenerator random(11);
        int total = 0;
        for (int i = 0; i < 600; ++i) {
            const bool abroad = level == int(MapLevel::World) && i % 3 == 0;
            const double lon = abroad ? -120 + random.bounded(240.0) : -4.5 + random.bounded(12.0);
            const double lat = abroad ? -40 + random.bounded(100.0) : 43 + random.bounded(7.0);
            const int count = 1 + int(random.bounded(30)) * int(random.bounded(3));
            MapPoint p = town("t", lon, lat, count, 10000 * i, abroad ? "US" : "FR");
            p.key += QString::number(i);
            input.points.append(p);
            total += count;
        }
        MapLayout layout(m_data);
        layout.setLevel(MapLevel(level));
        layout.setViewport(QRectF(0, 0, 1600, 1200));
        layout.setInput(input);
        if (zoom > 1)
            layout.setView(zoom, m_data->project(MapLevel(level), QPointF(2.35, 48.86)));
        const auto &clusters = layout.clusters();
        QVERIFY(clusters.size() > 5);
        QCOMPARE(totalCount(clusters), total);
        const double minR = layout.pointRadius(1), maxR = layout.pointRadius(total);
        for (int i = 0; i < clusters.size(); ++i) {
            const auto &a = clusters[i];
            QVERIFY(a.radius >= minR - 1e-9 && a.radius <= maxR + 1e-9);
            QCOMPARE(a.radius, layout.pointRadius(a.count));
            for (int j = i + 1; j < clusters.size(); ++j) {
                const auto &b = clusters[j];
                if (a.zone == b.zone)
                    QVERIFY2(QLineF(a.centre, b.centre).length() >= a.radius + b.radius,
                             qPrintable(QStringLiteral("%1 and %2 overlap").arg(i).arg(j)));
            }
            // Hit-testing finds each circle at its centre and near its edge.
            if (!layout.mapRect().contains(a.centre))
                continue;
            QCOMPARE(layout.clusterAt(a.centre), i);
            if (layout.mapRect().contains(a.centre + QPointF(a.radius * 0.9, 0)))
                QCOMPARE(layout.clusterAt(a.centre + QPointF(a.radius * 0.9, 0)), i);
        }
        // Area labels never sit on a circle.
        for (const MapLayout::Label &label : layout.labels())
            for (const auto &c : clusters)
                QVERIFY(!QRectF(c.centre - QPointF(c.radius, c.radius) * 0.7,
                                QSizeF(c.radius, c.radius) * 1.4)
                             .intersects(label.rect));
    }

    void hitTestingAndClusteringCache()
    {
        MapLayout layout(m_data);
        layout.setLevel(MapLevel::Region);
        layout.setViewport(QRectF(0, 0, 1000, 800));
        MapInput input;
        input.showPoints = true;
        input.points = {town("Rennes", -1.68, 48.11, 10, 1), town("Lyon", 4.84, 45.76, 3, 100)};
        layout.setInput(input);
        const int rennes = layout.clusterPoints(0) == QList<int>{0} ? 0 : 1;
        const QPointF at =
            layout.transform().map(m_data->project(MapLevel::Region, QPointF(-1.68, 48.11)));
        QCOMPARE(layout.clusterAt(at), rennes);
        // Rennes' circle lies over Brittany: the area is still found beneath.
        QCOMPARE(layout.areaAt(at), QStringLiteral("53"));
        QCOMPARE(layout.clusterAt(at + QPointF(layout.clusters()[rennes].radius + 2, 0)), -1);
        QCOMPARE(layout.clusterAt(QPointF(-50, -50)), -1);
        QCOMPARE(layout.clusters()[rennes].label, QStringLiteral("10"));

        // Hover and pan do not cluster again; a zoom does.
        const int runs = layout.clusteringRuns();
        for (int i = 0; i < 20; ++i)
            layout.clusterAt(at + QPointF(i, i));
        layout.panBy(QPointF(30, 10));
        QCOMPARE(layout.clusters().size(), 2);
        QCOMPARE(layout.clusteringRuns(), runs);
        QCOMPARE(layout.clusterAt(at + QPointF(30, 10)), rennes);
        layout.zoomAt(at, 2);
        layout.clusters();
        QVERIFY(layout.clusteringRuns() > runs);
        // Off: nothing drawn, nothing hit.
        input.showPoints = false;
        layout.setInput(input);
        QVERIFY(layout.clusters().isEmpty());
        QCOMPARE(layout.clusterAt(at), -1);
        QVERIFY(layout.legend().pointsTitle.isEmpty());
    }

    void clickZoomSplitsACluster()
    {
        MapLayout layout(m_data);
        layout.setLevel(MapLevel::Department);
        layout.setViewport(QRectF(0, 0, 1000, 800));
        MapInput input;
        input.showPoints = true;
        input.points = {town("Paris", 2.35, 48.86, 20, 1), town("Versailles", 2.13, 48.80, 4, 100),
                        town("Créteil", 2.46, 48.79, 2, 200)};
        input.unplaced[int(MapLevel::Department)] = 3;
        layout.setInput(input);
        QCOMPARE(layout.clusters().size(), 1);
        QCOMPARE(layout.clusterPoints(0), (QList<int>{0, 1, 2})); // biggest first
        const double factor = layout.splitZoomFactor(0);
        QVERIFY(factor > 1);
        layout.setView(layout.zoom() * factor, layout.clusters()[0].mapCentre);
        QVERIFY(layout.clusters().size() > 1);
        QCOMPARE(totalCount(layout.clusters()), 26);
        // One town cannot split.
        for (int i = 0; i < layout.clusters().size(); ++i)
            if (layout.clusterPoints(i).size() == 1)
                QCOMPARE(layout.splitZoomFactor(i), 0.0);
        // The legend explains the circles and what is missing.
        const MapLayout::Legend &legend = layout.legend();
        QVERIFY(!legend.pointsTitle.isEmpty());
        QVERIFY(!legend.circles.isEmpty());
        QCOMPARE(legend.circles.constFirst().text, QStringLiteral("50")); // 4 × 20, rounded
        QCOMPARE(legend.circles.constLast().text, QStringLiteral("1"));
        QVERIFY(legend.pointsNote.startsWith(QStringLiteral("3 incident")));
        QVERIFY(legend.frame.contains(legend.pointsNoteRect));
    }

private:
    std::shared_ptr<const geo::MapData> m_data;
};

QTEST_MAIN(TestMapLayout)
#include "tst_maplayout.moc"
