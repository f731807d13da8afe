// SPDX-License-Identifier: GPL-3.0-or-later
// The pure half of the timeline, with data tables: time <-> x, axis labels at
// every level and in French, lanes, clusters, hit-testing, partial dates,
// the undated tray and the overview.
#include "timeline/TimelineLayout.h"

#include <QTest>

using namespace vigie;
using namespace vigie::ui;

namespace {

qint32 J(int y, int m, int d)
{
    return julianDay(y, m, d);
}

// 1000 px wide; main area 100 px high (legend 18, axis 34, overview 40).
const QRectF Rect(0, 0, 1000, 192);

TimelineViewState window(qint32 first, qint32 endExclusive, LaneMode lanes = LaneMode::None)
{
    TimelineViewState s;
    s.startDay = first;
    s.endDay = endExclusive;
    s.lanes = lanes;
    return s;
}

TimelineData oneDayIncidents(qint32 day, int count)
{
    TimelineData d;
    for (int i = 0; i < count; ++i)
        d.append(100 + i, TimelineData::Day, day, day, 1, 0, 0, 1);
    return d;
}

} // namespace

class TestTimelineLayout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void timeToX_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("end");
        QTest::addColumn<int>("day");
        QTest::addColumn<double>("x");
        // x = (day - first) * 1000 / (end - first): left edge of the day.
        QTest::newRow("decades") << J(2000, 1, 1) << J(2026, 1, 1) << J(2013, 1, 1)
                                 << (J(2013, 1, 1) - J(2000, 1, 1)) * 1000.0 / 9497;
        QTest::newRow("year") << J(2022, 1, 1) << J(2023, 1, 1) << J(2022, 7, 2)
                              << 182 * 1000.0 / 365;
        QTest::newRow("month") << J(2022, 8, 1) << J(2022, 9, 1) << J(2022, 8, 16)
                               << 15 * 1000.0 / 31;
        QTest::newRow("week") << J(2022, 8, 1) << J(2022, 8, 8) << J(2022, 8, 4) << 3 * 1000.0 / 7;
        QTest::newRow("two days") << J(2022, 8, 1) << J(2022, 8, 3) << J(2022, 8, 2) << 500.0;
        QTest::newRow("leap day") << J(2024, 2, 1) << J(2024, 3, 1) << J(2024, 2, 29)
                                  << 28 * 1000.0 / 29;
    }
    void timeToX()
    {
        QFETCH(int, first);
        QFETCH(int, end);
        QFETCH(int, day);
        QFETCH(double, x);
        TimelineData data;
        TimelineIndex index;
        index.build(data, LaneMode::None);
        TimelineLayout L;
        L.compute(data, index, window(first, end), Rect);
        QCOMPARE(L.mainRect().left(), 0.0);
        QCOMPARE(L.mainRect().width(), 1000.0);
        QCOMPARE(L.xOfDay(first), 0.0);
        QCOMPARE(L.xOfDay(end), 1000.0);
        QCOMPARE(L.xOfDay(day), x);
        QCOMPARE(L.dayAtX(x), double(day));
        // Any x maps back to the day that contains it.
        QCOMPARE(qint32(std::floor(L.dayAtX(x + 0.4 * L.pixelsPerDay()))), day);
    }

    void axis_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("end");
        QTest::addColumn<double>("width");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<int>("unit");
        QTest::addColumn<QStringList>("labels");  // the first ticks
        QTest::addColumn<QStringList>("context"); // the first context labels
        using U = TimelineAxis::Unit;
        QTest::newRow("decades, every 2 years")
            << J(2000, 1, 1) << J(2026, 1, 1) << 1000.0 << "en_GB" << int(U::Year)
            << QStringList{"2000", "2002", "2004"} << QStringList{};
        QTest::newRow("decades, wide, every year")
            << J(2000, 1, 1) << J(2026, 1, 1) << 1920.0 << "en_GB" << int(U::Year)
            << QStringList{"2000", "2001", "2002"} << QStringList{};
        QTest::newRow("century, every 10 years")
            << J(1950, 1, 1) << J(2050, 1, 1) << 500.0 << "en_GB" << int(U::Year)
            << QStringList{"1950", "1960", "1970"} << QStringList{};
        QTest::newRow("two years, quarters")
            << J(2021, 1, 1) << J(2023, 1, 1) << 600.0 << "en_GB" << int(U::Quarter)
            << QStringList{"Q1", "Q2", "Q3", "Q4", "Q1"} << QStringList{"2021", "2022"};
        QTest::newRow("year, short months")
            << J(2022, 1, 1) << J(2023, 1, 1) << 600.0 << "en_GB" << int(U::Month)
            << QStringList{"Jan", "Feb", "Mar"} << QStringList{"2022"};
        QTest::newRow("year, short months, fr")
            << J(2022, 1, 1) << J(2023, 1, 1) << 600.0 << "fr_FR" << int(U::Month)
            << QStringList{"janv.", "févr.", "mars"} << QStringList{"2022"};
        QTest::newRow("year, long months")
            << J(2022, 1, 1) << J(2023, 1, 1) << 1000.0 << "en_GB" << int(U::Month)
            << QStringList{"January", "February"} << QStringList{"2022"};
        QTest::newRow("year, long months, fr")
            << J(2022, 1, 1) << J(2023, 1, 1) << 1000.0 << "fr_FR" << int(U::Month)
            << QStringList{"janvier", "février"} << QStringList{"2022"};
        QTest::newRow("quarter, weeks from Monday")
            << J(2022, 8, 1) << J(2022, 11, 1) << 800.0 << "en_GB" << int(U::Week)
            << QStringList{"1 Aug", "8 Aug", "15 Aug"}
            << QStringList{"August 2022", "September 2022"};
        QTest::newRow("quarter, weeks, fr")
            << J(2022, 8, 1) << J(2022, 11, 1) << 800.0 << "fr_FR" << int(U::Week)
            << QStringList{"1 août", "8 août"} << QStringList{"août 2022", "septembre 2022"};
        QTest::newRow("weeks start on the Monday before the window")
            << J(2022, 8, 3) << J(2022, 11, 3) << 800.0 << "en_GB" << int(U::Week)
            << QStringList{"1 Aug", "8 Aug"} << QStringList{"August 2022"};
        QTest::newRow("month, days")
            << J(2022, 8, 1) << J(2022, 9, 1) << 1000.0 << "en_GB" << int(U::Day)
            << QStringList{"1", "2", "3"} << QStringList{"August 2022"};
        QTest::newRow("across a year end, days, fr")
            << J(2021, 12, 30) << J(2022, 1, 3) << 400.0 << "fr_FR" << int(U::Day)
            << QStringList{"30", "31", "1", "2"} << QStringList{"décembre 2021", "janvier 2022"};
    }
    void axis()
    {
        QFETCH(int, first);
        QFETCH(int, end);
        QFETCH(double, width);
        QFETCH(QString, locale);
        QFETCH(int, unit);
        QFETCH(QStringList, labels);
        QFETCH(QStringList, context);
        const auto a = TimelineAxis::compute(first, end, 0, width, QLocale(locale));
        QCOMPARE(int(a.unit), unit);
        QStringList got, gotContext;
        for (const auto &t : a.ticks)
            got << t.label;
        for (const auto &t : a.context)
            gotContext << t.label;
        QCOMPARE(got.mid(0, labels.size()), labels);
        QCOMPARE(gotContext.mid(0, context.size()), context);
        // Ticks tile the window: each ends where the next starts, at its day's x.
        const double ppd = width / (end - first);
        for (qsizetype i = 0; i < a.ticks.size(); ++i) {
            QCOMPARE(a.ticks[i].x0, (a.ticks[i].day - first) * ppd);
            if (i + 1 < a.ticks.size())
                QCOMPARE(a.ticks[i].x1, a.ticks[i + 1].x0);
        }
        QVERIFY(a.ticks.front().x0 <= 0);
        QVERIFY(a.ticks.back().x1 >= width);
    }

    void lanes_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QList<int>>("sizes");
        QTest::newRow("none") << int(LaneMode::None) << QStringList{""} << QList<int>{5};
        QTest::newRow("region") << int(LaneMode::Region)
                                << QStringList{"Bretagne", "Corse", "Not stated"}
                                << QList<int>{2, 2, 1};
        // Incident 3 has two attack types: it sits in both lanes.
        QTest::newRow("attack type")
            << int(LaneMode::AttackType) << QStringList{"Ransomware", "Data theft", "Not stated"}
            << QList<int>{3, 2, 1};
        QTest::newRow("victim kind")
            << int(LaneMode::VictimKind) << QStringList{"Hospital", "Private clinic", "Not stated"}
            << QList<int>{3, 1, 1};
        QTest::newRow("impact on care")
            << int(LaneMode::Impact) << QStringList{"Care disrupted", "Paper mode", "Not stated"}
            << QList<int>{2, 1, 3};
    }
    void lanes()
    {
        QFETCH(int, mode);
        QFETCH(QStringList, labels);
        QFETCH(QList<int>, sizes);
        TimelineData d;
        d.regionNames = {"Bretagne", "Corse"};
        const qint32 day = J(2022, 8, 10);
        // id, precision, first, last, attacks, impacts, region, kind
        d.append(1, TimelineData::Day, day, day, 0b01, 0b00001, 0, 1);
        d.append(2, TimelineData::Day, day + 1, day + 1, 0b01, 0, 0, 1);
        d.append(3, TimelineData::Day, day + 2, day + 2, 0b11, 0b10001, 1, 2);
        d.append(4, TimelineData::Month, J(2022, 8, 1), J(2022, 8, 31), 0b10, 0, 1, 1);
        d.append(5, TimelineData::Day, day, day, 0, 0, TimelineData::NoRegion,
                 TimelineData::NoCode);
        d.append(6, TimelineData::Day, day, day, 0b01, 0, 0, 1, /*shown=*/false);
        TimelineIndex index;
        index.build(d, LaneMode(mode));
        QStringList got;
        QList<int> gotSizes;
        for (int l = 0; l < index.laneCount(); ++l) {
            got << index.lanes()[std::size_t(l)].label;
            gotSizes << int(index.entries(l).size());
        }
        QCOMPARE(got, labels);
        QCOMPARE(gotSizes, sizes);
        // Each lane's entries are sorted by first day; hidden row 6 is never indexed.
        for (int l = 0; l < index.laneCount(); ++l) {
            const auto e = index.entries(l);
            QVERIFY(std::is_sorted(e.begin(), e.end(),
                                   [](const auto &a, const auto &b) { return a.first < b.first; }));
            for (const auto &entry : e)
                QVERIFY(entry.index != 5);
        }
        // The layout gives one band per lane, tiling the main area.
        TimelineLayout L;
        L.compute(d, index, window(J(2022, 8, 1), J(2022, 9, 1), LaneMode(mode)), Rect);
        QCOMPARE(int(L.lanes().size()), labels.size());
        QCOMPARE(L.lanes().front().y0, L.mainRect().top());
        QCOMPARE(L.lanes().back().y1, L.mainRect().bottom());
    }

    void manyRegionsShareOther()
    {
        // 40 regions (codes 100..139, code k with k - 99 incidents) and one
        // without a region: the 23 largest keep a lane, the rest share "Other".
        TimelineData d;
        qint64 id = 1;
        for (int code = 100; code < 140; ++code)
            for (int k = 0; k < code - 99; ++k)
                d.append(id++, TimelineData::Day, J(2022, 1, 1) + k, J(2022, 1, 1) + k, 1, 0,
                         quint16(code), 1);
        d.append(id++, TimelineData::Day, J(2022, 1, 1), J(2022, 1, 1), 1, 0,
                 TimelineData::NoRegion, 1);
        TimelineIndex index;
        index.build(d, LaneMode::Region);
        QCOMPARE(index.laneCount(), 25);
        QCOMPARE(index.lanes()[0].key, 117); // the 23 largest are 117..139, in code order
        QCOMPARE(index.lanes()[22].key, 139);
        QCOMPARE(index.lanes()[23].key, TimelineIndex::OtherKey);
        QCOMPARE(index.lanes()[23].label, QStringLiteral("Other"));
        QCOMPARE(index.lanes()[24].key, -1);
        // "Other" holds codes 100..116: 1 + 2 + ... + 17 incidents.
        QCOMPARE(int(index.entries(23).size()), 17 * 18 / 2);
        QCOMPARE(int(index.entries(24).size()), 1);
    }

    void clusters_data()
    {
        QTest::addColumn<int>("windowDays");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("glyphs");
        QTest::addColumn<int>("clustered");
        // Main area 100 px, rows of 10 px: 9 rows. Incidents of one day spread
        // over the columns that fit in the day (3 when a day is 32 px wide, 1
        // when 16 px), then stack; past that, the top row becomes the "+n"
        // badge and its dots join the cluster.
        QTest::newRow("one") << 31 << 1 << 1 << 0;
        QTest::newRow("three columns, fits") << 31 << 27 << 27 << 0;
        QTest::newRow("three columns, one too many") << 31 << 28 << 24 << 4;
        QTest::newRow("three columns, fifty") << 31 << 50 << 24 << 26;
        QTest::newRow("one column, fits") << 61 << 9 << 9 << 0;
        QTest::newRow("one column, one too many") << 61 << 10 << 8 << 2;
        QTest::newRow("one column, fifty") << 61 << 50 << 8 << 42;
    }
    void clusters()
    {
        QFETCH(int, windowDays);
        QFETCH(int, count);
        QFETCH(int, glyphs);
        QFETCH(int, clustered);
        const qint32 day = J(2022, 8, 10);
        const TimelineData d = oneDayIncidents(day, count);
        TimelineIndex index;
        index.build(d, LaneMode::None);
        TimelineMetrics m;
        m.maxHiddenShare = 1.0; // keep glyphs whatever the clusters hide
        TimelineLayout L;
        const TimelineViewState s = window(J(2022, 8, 1), J(2022, 8, 1) + windowDays);
        L.compute(d, index, s, Rect, m);
        QCOMPARE(L.mode(), TimelineLayout::Mode::Glyphs);
        QCOMPARE(int(L.glyphs().size()), glyphs);
        int inClusters = 0;
        for (const auto &c : L.clusters()) {
            inClusters += c.count;
            QCOMPARE(c.dayFrom, day);
            QCOMPARE(c.dayTo, day);
        }
        QCOMPARE(inClusters, clustered);
        QVERIFY(L.clusters().size() <= 1); // one day, one badge
        // No two glyphs overlap, and every dot stays inside its day.
        for (std::size_t i = 0; i < L.glyphs().size(); ++i) {
            const QRectF r = L.glyphs()[i].rect;
            QVERIFY(r.left() >= L.xOfDay(day) && r.right() <= L.xOfDay(day + 1));
            for (std::size_t j = i + 1; j < L.glyphs().size(); ++j)
                QVERIFY(!r.intersects(L.glyphs()[j].rect));
        }
        // With the default share, a window where clusters hide most incidents shows bars.
        L.compute(d, index, s, Rect);
        QCOMPARE(L.mode(), clustered > count / 4 ? TimelineLayout::Mode::Density
                                                 : TimelineLayout::Mode::Glyphs);
    }

    void densityWhenZoomedOut()
    {
        // 20,000 incidents, one per day-ish over 26 years: bars, counted exactly.
        TimelineData d;
        const qint32 d0 = J(2000, 1, 1);
        for (int i = 0; i < 20000; ++i)
            d.append(i, TimelineData::Day, d0 + (i * 7) % 9497, d0 + (i * 7) % 9497, 1, 0, 0, 0);
        TimelineIndex index;
        index.build(d, LaneMode::None);
        TimelineLayout L;
        L.compute(d, index, window(J(2000, 1, 1), J(2026, 1, 1)), Rect);
        QCOMPARE(L.mode(), TimelineLayout::Mode::Density);
        QVERIFY(L.glyphs().empty());
        // Bins tile the days: their counts add up to every incident.
        double total = 0;
        for (const auto &b : L.bins()) {
            const double days = std::round(L.dayAtX(b.x1) - L.dayAtX(b.x0));
            total += (b.exact + b.partial) * days;
            QVERIFY(b.x1 > b.x0);
        }
        QCOMPARE(std::round(total), 20000.0);
        QCOMPARE(std::round(L.visibleCount()), 20000.0);
    }

    void partialSpans_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::addColumn<int>("windowFirst");
        QTest::addColumn<int>("windowEnd");
        QTest::newRow("month across a year end")
            << "2021-12" << J(2021, 12, 1) << J(2021, 12, 31) << J(2021, 11, 15) << J(2022, 1, 15);
        QTest::newRow("leap February")
            << "2024-02" << J(2024, 2, 1) << J(2024, 2, 29) << J(2024, 1, 20) << J(2024, 3, 10);
        QTest::newRow("year, leap")
            << "2020" << J(2020, 1, 1) << J(2020, 12, 31) << J(2019, 7, 1) << J(2021, 7, 1);
        QTest::newRow("month cut by the window")
            << "2022-08" << J(2022, 8, 1) << J(2022, 8, 31) << J(2022, 8, 10) << J(2022, 8, 20);
    }
    void partialSpans()
    {
        QFETCH(QString, iso);
        QFETCH(int, first);
        QFETCH(int, last);
        QFETCH(int, windowFirst);
        QFETCH(int, windowEnd);
        Incident incident;
        incident.dbId = 7;
        incident.occurred = *PartialDate::fromIso(iso);
        TimelineData d;
        d.append(incident, TimelineData::NoRegion);
        QCOMPARE(d.firstDay[0], first);
        QCOMPARE(d.lastDay[0], last);
        TimelineIndex index;
        index.build(d, LaneMode::None);
        // Density spreads it evenly: all of it over its span, a share over a part.
        QCOMPARE(index.partialCount(-1, first, last + 1), 1.0);
        QCOMPARE(index.exactCount(-1, first, last + 1), 0.0);
        const int days = last - first + 1;
        QVERIFY(qAbs(index.partialCount(-1, first, first + 10) - 10.0 / days) < 1e-9);
        TimelineLayout L;
        L.compute(d, index, window(windowFirst, windowEnd), Rect);
        QCOMPARE(L.mode(), TimelineLayout::Mode::Glyphs);
        QCOMPARE(int(L.glyphs().size()), 1);
        const auto &g = L.glyphs().front();
        // The span covers its whole period: from the first day's left edge to the last day's right
        // edge.
        QCOMPARE(g.rect.left(), L.xOfDay(first));
        QCOMPARE(g.rect.right(), L.xOfDay(last + 1.0));
        QCOMPARE(g.first, first);
        QCOMPARE(g.last, last);
        // Hovering anywhere on the span finds it.
        const QPointF inside((std::max(g.rect.left(), 0.0) + std::min(g.rect.right(), 1000.0)) / 2,
                             g.rect.center().y());
        const auto hit = L.hitTest(inside);
        QCOMPARE(hit.kind, TimelineLayout::Hit::Incident);
        QCOMPARE(hit.index, 0);
    }

    void hitTest()
    {
        const qint32 day = J(2022, 8, 10);
        TimelineData d = oneDayIncidents(day, 30);
        d.append(500, TimelineData::Day, day + 10, day + 10, 2, 0, 0, 1);
        TimelineIndex index;
        index.build(d, LaneMode::None);
        TimelineMetrics m;
        m.maxHiddenShare = 1.0;
        TimelineLayout L;
        L.compute(d, index, window(J(2022, 8, 1), J(2022, 9, 1)), Rect, m);
        // The lone incident: its dot, a point 2 px off it, and a point far away.
        const auto lone = std::find_if(L.glyphs().begin(), L.glyphs().end(),
                                       [](const auto &g) { return g.index == 30; });
        QVERIFY(lone != L.glyphs().end());
        QCOMPARE(L.hitTest(lone->rect.center()).kind, TimelineLayout::Hit::Incident);
        QCOMPARE(L.hitTest(lone->rect.center()).index, 30);
        QCOMPARE(L.hitTest(lone->rect.center() + QPointF(lone->rect.width() / 2 + 2, 0)).index, 30);
        QCOMPARE(L.hitTest(lone->rect.center() + QPointF(0, -40)).kind, TimelineLayout::Hit::None);
        // The cluster above the stack of 30 (27 places, 3 more, and the badge row's 3).
        QCOMPARE(int(L.clusters().size()), 1);
        const auto hc = L.hitTest(L.clusters().front().rect.center());
        QCOMPARE(hc.kind, TimelineLayout::Hit::Cluster);
        QCOMPARE(hc.count, 6);
        QCOMPARE(hc.dayFrom, day);
        // Overview and axis.
        const auto ho = L.hitTest(
            QPointF(L.overviewXOfDay(J(2022, 3, 15) + 0.5), L.overviewRect().center().y()));
        QCOMPARE(ho.kind, TimelineLayout::Hit::Overview);
        QCOMPARE(ho.dayFrom, J(2022, 3, 15));
        const auto ha = L.hitTest(QPointF(L.xOfDay(day + 0.5), L.axisRect().center().y()));
        QCOMPARE(ha.kind, TimelineLayout::Hit::Axis);
        QCOMPARE(ha.dayFrom, day);
        // Zoomed out: the bar under the cursor, with its count.
        TimelineData many;
        for (int i = 0; i < 30000; ++i)
            many.append(i, TimelineData::Day, day, day, 1, 0, 0, 0);
        TimelineIndex manyIndex;
        manyIndex.build(many, LaneMode::None);
        L.compute(many, manyIndex, window(J(2020, 1, 1), J(2025, 1, 1)), Rect);
        QCOMPARE(L.mode(), TimelineLayout::Mode::Density);
        const auto hb = L.hitTest(QPointF(L.xOfDay(day + 0.5), L.mainRect().bottom() - 2));
        QCOMPARE(hb.kind, TimelineLayout::Hit::Bin);
        QCOMPARE(hb.count, 30000);
        QVERIFY(hb.dayFrom <= day && day <= hb.dayTo);
    }

    void undatedTray()
    {
        TimelineData d = oneDayIncidents(J(2022, 8, 10), 3);
        for (int i = 0; i < 5; ++i)
            d.append(900 + i, TimelineData::Undated, 0, 0, 1, 0, 0, 0);
        d.append(999, TimelineData::Undated, 0, 0, 1, 0, 0, 0, /*shown=*/false);
        TimelineIndex index;
        index.build(d, LaneMode::None);
        QCOMPARE(index.undated().size(), std::size_t(5));
        QCOMPARE(index.order().size(), std::size_t(3));
        TimelineLayout L;
        L.compute(d, index, window(J(2022, 8, 1), J(2022, 9, 1)), Rect);
        QVERIFY(!L.trayRect().isEmpty());
        QCOMPARE(L.trayRect().right(), Rect.right());
        QCOMPARE(L.mainRect().right(), L.trayRect().left());
        QCOMPARE(L.trayCount(), 5);
        QCOMPARE(int(L.trayItems().size()), 5);
        QCOMPARE(L.trayOverflow(), 0);
        const auto hit = L.hitTest(L.trayItems()[2].second.center());
        QCOMPARE(hit.kind, TimelineLayout::Hit::Incident);
        QCOMPARE(hit.index, 5); // rows 3..7 are the undated ones
        // Undated incidents never reach the lanes.
        for (const auto &g : L.glyphs())
            QVERIFY(d.precision[std::size_t(g.index)] != TimelineData::Undated);
        // Without undated incidents there is no tray.
        const TimelineData dated = oneDayIncidents(J(2022, 8, 10), 3);
        index.build(dated, LaneMode::None);
        L.compute(dated, index, window(J(2022, 8, 1), J(2022, 9, 1)), Rect);
        QVERIFY(L.trayRect().isEmpty());
        QCOMPARE(L.mainRect().width(), 1000.0);
    }

    void overviewAndBrush()
    {
        TimelineData d = oneDayIncidents(J(2003, 5, 5), 1);
        d.append(2, TimelineData::Day, J(2024, 2, 2), J(2024, 2, 2), 1, 0, 0, 0);
        TimelineIndex index;
        index.build(d, LaneMode::None);
        TimelineViewState s = window(J(2010, 1, 1), J(2012, 1, 1));
        s.brushFrom = J(2015, 1, 1);
        s.brushTo = J(2016, 12, 31);
        TimelineLayout L;
        L.compute(d, index, s, Rect);
        // The overview spans the data's whole years.
        QCOMPARE(L.overviewStart(), double(J(2003, 1, 1)));
        QCOMPARE(L.overviewEnd(), double(J(2025, 1, 1)));
        const double ppd = 1000.0 / (J(2025, 1, 1) - J(2003, 1, 1));
        const QRectF v = L.overviewViewport();
        QCOMPARE(v.left(), (J(2010, 1, 1) - J(2003, 1, 1)) * ppd);
        QCOMPARE(v.right(), (J(2012, 1, 1) - J(2003, 1, 1)) * ppd);
        const auto b = L.overviewBrush();
        QVERIFY(b);
        QCOMPARE(b->left(), (J(2015, 1, 1) - J(2003, 1, 1)) * ppd);
        QCOMPARE(b->right(), (J(2017, 1, 1) - J(2003, 1, 1)) * ppd);
        QCOMPARE(L.overviewDayAtX(b->left()), double(J(2015, 1, 1)));
        // The histogram holds both incidents.
        double total = 0;
        for (const auto &bin : L.overviewBins())
            total += bin.value * std::round(L.overviewDayAtX(bin.x1) - L.overviewDayAtX(bin.x0));
        QCOMPARE(std::round(total), 2.0);
    }

    void playbackCursorHidesLater()
    {
        TimelineData d;
        for (int m = 1; m <= 12; ++m)
            d.append(m, TimelineData::Day, J(2022, m, 15), J(2022, m, 15), 1, 0, 0, 0);
        TimelineIndex index;
        index.build(d, LaneMode::None);
        TimelineViewState s = window(J(2022, 1, 1), J(2023, 1, 1));
        s.cursorDay = J(2022, 4, 30);
        TimelineLayout L;
        L.compute(d, index, s, Rect);
        QCOMPARE(int(L.glyphs().size()), 4);
        QCOMPARE(std::round(L.visibleCount()), 4.0);
    }
};

QTEST_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
