// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/Choropleth.h"
#include "map/MapLayout.h"

#include <QRandomGenerator>
#include <QTest>

using namespace vigie;
using namespace vigie::ui;
using geo::MapLevel;

namespace {

// Least within-class sum of squares over every way to cut sorted values into
// k classes: the definition natural breaks must meet, for small inputs.
double bestCost(const QList<double> &v, int k) {
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

double costOf(const QList<double> &v, const QList<double> &breaks) {
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

} // namespace

class TestMapLayout : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        auto loaded = geo::MapData::load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        m_data = std::make_shared<const geo::MapData>(std::move(loaded).value());
    }

    void naturalBreaks_data() {
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
    void naturalBreaks() {
        QFETCH(QList<double>, values);
        QFETCH(int, classes);
        QFETCH(QList<double>, breaks);
        QCOMPARE(Choropleth::naturalBreaks(values, classes), breaks);
    }

    // The dynamic programme finds the optimum an exhaustive search finds.
    void naturalBreaksAreOptimal() {
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

    void palette_data() {
        QTest::addColumn<int>("classes");
        QTest::addColumn<QStringList>("colors");
        QTest::newRow("1") << 1 << QStringList{"#fd8d3c"};
        QTest::newRow("3") << 3 << QStringList{"#ffeda0", "#feb24c", "#f03b20"};
        QTest::newRow("5") << 5
                           << QStringList{"#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"};
    }
    void palette() {
        QFETCH(int, classes);
        QFETCH(QStringList, colors);
        QStringList names;
        for (const QColor &c : Choropleth::palette(classes))
            names.append(c.name());
        QCOMPARE(names, colors);
    }

    void classes_data() {
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
    void classes() {
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

    void hitTestAtEveryAnchor_data() {
        QTest::addColumn<int>("level");
        QTest::newRow("regions") << int(MapLevel::Region);
        QTest::newRow("departments") << int(MapLevel::Department);
        QTest::newRow("world") << int(MapLevel::World);
    }
    void hitTestAtEveryAnchor() {
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

    void hitTestPoints_data() {
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
    void hitTestPoints() {
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

    void rateAndDimming() {
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

    void legendItems() {
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

    void labelsFitAndAreDeterministic() {
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

    void areaInfo() {
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

    void sharedAreasAreHatched() {
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

    void zoomKeepsThePointUnderTheCursor() {
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

private:
    std::shared_ptr<const geo::MapData> m_data;
};

QTEST_MAIN(TestMapLayout)
#include "tst_maplayout.moc"
