// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline and map docks of the real MainWindow, wired to the filter
// controller and the notifier: brush -> date filter, map click -> region
// filter, selection both ways, the playback cursor driving the map.
#include "WindowTestSupport.h"
#include "db/DatabaseSetup.h"
#include "geo/FrenchAreas.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Translations.h"
#include "map/MapFeed.h"
#include "map/MapPanel.h"
#include "map/MapView.h"
#include "models/IncidentTableModel.h"
#include "timeline/TimelineFeed.h"
#include "timeline/TimelinePanel.h"
#include "timeline/TimelineView.h"

#include <QAction>
#include <QApplication>
#include <QCollator>
#include <QComboBox>
#include <QDockWidget>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>
#include <numeric>

using namespace vigie;
using namespace vigie::ui;

namespace {

void sendMove(QWidget *w, QPointF pos, Qt::MouseButtons buttons)
{
    QMouseEvent ev(QEvent::MouseMove, pos, w->mapToGlobal(pos), Qt::NoButton, buttons,
                   Qt::NoModifier);
    QApplication::sendEvent(w, &ev);
}

int sum(const QHash<QString, int> &counts)
{
    int n = 0;
    for (int c : counts)
        n += c;
    return n;
}

int shownCount(const TimelineData &d)
{
    int n = 0;
    for (qsizetype i = 0; i < d.size(); ++i)
        n += d.isShown(i) ? 1 : 0;
    return n;
}

} // namespace

class TestViews : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<MainWindow> openWindow()
    {
        return test::showWindow(m_dir.filePath(QStringLiteral("v%1.sqlite").arg(++m_counter)),
                                QSize(1400, 900));
    }
    static TimelineView *timeline(MainWindow &w)
    {
        return w.findChild<TimelineView *>(QStringLiteral("timelineView"));
    }
    static MapView *map(MainWindow &w)
    {
        auto *panel = w.findChild<MapPanel *>(QStringLiteral("mapPanel"));
        return panel ? panel->view() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir, QStringLiteral("tst_views"));
        installTranslators(*qApp, QLocale(QLocale::English));
    }

    void windowHasTheTimelineAndMapDocks()
    {
        auto w = openWindow();
        auto *timelineDock = w->findChild<QDockWidget *>(QStringLiteral("timelineDock"));
        auto *mapDock = w->findChild<QDockWidget *>(QStringLiteral("mapDock"));
        QVERIFY(timelineDock && mapDock);
        QVERIFY(timelineDock->isVisible());
        QVERIFY(mapDock->isVisible());
        QCOMPARE(w->dockWidgetArea(timelineDock), Qt::BottomDockWidgetArea);
        QCOMPARE(w->dockWidgetArea(mapDock), Qt::RightDockWidgetArea);
        // Both docks have their toggle in the View menu.
        QVERIFY(w->findChild<QAction *>(QStringLiteral("actionToggleTimeline")));
        QVERIFY(w->findChild<QAction *>(QStringLiteral("actionToggleMap")));

        const filter::FilterController &fc = w->filterController();
        TimelineView *t = timeline(*w);
        QVERIFY(t);
        QCOMPARE(t->data().size(), qsizetype(fc.snapshot().size()));
        QCOMPARE(shownCount(t->data()), fc.snapshot().liveCount());
        MapView *m = map(*w);
        QVERIFY(m);
        // Every French incident with a region counts at the region level.
        int withRegion = 0;
        for (qint32 r = 0; r < fc.snapshot().size(); ++r)
            withRegion +=
                fc.snapshot().region(r) != 0 &&
                        geo::findRegion(fc.snapshot().regions().value(fc.snapshot().region(r)))
                    ? 1
                    : 0;
        QVERIFY(withRegion > 10);
        QCOMPARE(sum(m->input().countsAt(MapLevel::Region)), withRegion);
        // The engine's own counts agree with the map's.
        int engineRegions = 0;
        const auto &codes = fc.snapshot().regions();
        for (quint32 c = 1; c < codes.size(); ++c)
            if (geo::findRegion(codes.value(c)))
                engineRegions += fc.engine().counts().region[c];
        QCOMPARE(engineRegions, withRegion);

        // Lanes and speed controls drive the view.
        auto *panel = w->findChild<TimelinePanel *>(QStringLiteral("timelinePanel"));
        QVERIFY(panel);
        panel->lanesBox()->setCurrentIndex(panel->lanesBox()->findData(int(LaneMode::Region)));
        QCOMPARE(t->laneMode(), LaneMode::Region);
        panel->speedBox()->setCurrentIndex(panel->speedBox()->findData(8.0));
        QCOMPARE(t->playbackSpeed(), 8.0);
    }

    void brushSetsTheDateFilter()
    {
        auto w = openWindow();
        filter::FilterController &fc = w->filterController();
        TimelineView *t = timeline(*w);
        t->setAnimated(false);
        const qint32 total = fc.engine().counts().selected;
        const int mapBefore = sum(map(*w)->input().countsAt(MapLevel::Region));
        const auto &L = t->currentLayout();
        const double y = L.overviewRect().center().y();
        const QDate from(2022, 1, 1), to(2023, 12, 31);
        const QPointF a(L.overviewXOfDay(double(from.toJulianDay()) + 0.5), y),
            b(L.overviewXOfDay(double(to.toJulianDay()) + 0.5), y);
        QTest::mousePress(t, Qt::LeftButton, Qt::NoModifier, a.toPoint());
        sendMove(t, (a + b) / 2, Qt::LeftButton);
        sendMove(t, b, Qt::LeftButton);
        QTest::mouseRelease(t, Qt::LeftButton, Qt::NoModifier, b.toPoint());
        QVERIFY(t->brush());
        // Applied within the 40 ms coalescing delay.
        QTRY_VERIFY(fc.spec().hasDateRange());
        QCOMPARE(fc.spec().from.firstDate(), t->brush()->first);
        QCOMPARE(fc.spec().to.lastDate(), t->brush()->second);
        QVERIFY(qAbs(t->brush()->first.daysTo(from)) <= 31);
        // The filtered set follows: exactly the incidents dated in the range.
        const filter::Snapshot &s = fc.snapshot();
        const qint32 lo = qint32(t->brush()->first.toJulianDay()),
                     hi = qint32(t->brush()->second.toJulianDay());
        qint32 expected = 0;
        for (qint32 r = 0; r < s.size(); ++r) {
            const PartialDate d = s.date(fc.spec().dateField, r);
            expected += !d.isNull() && d.firstJulianDay() <= hi && d.lastJulianDay() >= lo ? 1 : 0;
        }
        QCOMPARE(fc.engine().counts().selected, expected);
        QVERIFY(expected > 0 && expected < total);
        QCOMPARE(qint32(fc.engine().selectedIds().size()), expected);
        // The timeline keeps showing everything (its own filter), the map does not.
        QCOMPARE(shownCount(t->data()), s.liveCount());
        QVERIFY(sum(map(*w)->input().countsAt(MapLevel::Region)) < mapBefore);

        // Double-click in the overview clears the brush and the date filter.
        QTest::mouseDClick(t, Qt::LeftButton, Qt::NoModifier,
                           t->currentLayout().overviewBrush()->center().toPoint());
        QVERIFY(!t->brush());
        QVERIFY(!fc.spec().hasDateRange());
        QCOMPARE(fc.engine().counts().selected, total);
    }

    void brushFollowsTheSpecWithoutEcho()
    {
        auto w = openWindow();
        filter::FilterController &fc = w->filterController();
        TimelineView *t = timeline(*w);
        QSignalSpy changes(&w->notifier(), &Notifier::filterChanged);
        QSignalSpy brushed(t, &TimelineView::dateRangeBrushed);
        filter::FilterSpec spec = fc.spec();
        spec.from = PartialDate::ofYear(2021);
        spec.to = PartialDate::ofMonth(2022, 6);
        QVERIFY(fc.setSpec(spec).ok());
        QVERIFY(t->brush());
        QCOMPARE(t->brush()->first, QDate(2021, 1, 1));
        QCOMPARE(t->brush()->second, QDate(2022, 6, 30));
        QTest::qWait(80); // no coalesced write-back either
        QCOMPARE(changes.count(), 1);
        QCOMPARE(brushed.count(), 0);
        QCOMPARE(fc.spec(), spec);
        spec.from = PartialDate();
        spec.to = PartialDate();
        QVERIFY(fc.setSpec(spec).ok());
        QVERIFY(!t->brush());
        QTest::qWait(80);
        QCOMPARE(changes.count(), 2);
    }

    void mapClickSetsTheRegionFilter()
    {
        auto w = openWindow();
        filter::FilterController &fc = w->filterController();
        MapView *m = map(*w);
        TimelineView *t = timeline(*w);
        QVERIFY(m->layout().data());
        // The region with the most incidents.
        const auto &counts = m->input().countsAt(MapLevel::Region);
        QString code;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (code.isEmpty() || it.value() > counts.value(code))
                code = it.key();
        QVERIFY(!code.isEmpty());
        const int before = shownCount(t->data());
        const geo::AreaGeometry *area = m->layout().data()->find(MapLevel::Region, code);
        QVERIFY(area);
        // Town circles take a click first: a point of the area clear of them.
        const QPointF anchor = m->layout().transform().map(area->labelAnchor);
        QPoint at = anchor.toPoint();
        for (int r = 4;
             r < 300 && (m->layout().areaAt(at) != code || m->layout().clusterAt(at) >= 0); r += 4)
            for (int a = 0; a < 360; a += 20) {
                at = (anchor + QPointF(r * std::cos(a * M_PI / 180), r * std::sin(a * M_PI / 180)))
                         .toPoint();
                if (m->layout().areaAt(at) == code && m->layout().clusterAt(at) < 0)
                    break;
            }
        QCOMPARE(m->layout().areaAt(at), code);
        QCOMPARE(m->layout().clusterAt(at), -1);
        QTest::mouseClick(m, Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(fc.spec().regions, QStringList{code});
        QVERIFY(m->input().selectedAt(MapLevel::Region).contains(code));
        // The map still counts every region (its own filter), the timeline
        // shows only that region's incidents.
        QCOMPARE(m->input().countsAt(MapLevel::Region), counts);
        const int after = shownCount(t->data());
        QCOMPARE(after, counts.value(code));
        QVERIFY(after < before);
        // Clicking it again removes the filter.
        QTest::mouseClick(m, Qt::LeftButton, Qt::NoModifier, at);
        QVERIFY(fc.spec().regions.isEmpty());
        QCOMPARE(shownCount(t->data()), before);
        // At the department level a click sets departments and drops regions.
        const filter::FilterSpec dept =
            MapFeed::specFor(fc.spec(), MapLevel::Department, {QStringLiteral("59")});
        QCOMPARE(dept.departments, QStringList{QStringLiteral("59")});
        QVERIFY(dept.regions.isEmpty());
    }

    void pointLayerShowsTheFilteredIncidentsAtTheirTown()
    {
        auto w = openWindow();
        filter::FilterController &fc = w->filterController();
        MapView *m = map(*w);
        QVERIFY(m->showsPoints()); // "Towns" is on by default
        auto *towns = w->findChild<QAction *>(QStringLiteral("mapShowTowns"));
        QVERIFY(towns && towns->isChecked());
        const auto placedAndNot = [&] {
            int placed = 0;
            for (const MapPoint &p : m->input().points)
                placed += p.count();
            return placed + m->input().unplaced[int(MapLevel::World)];
        };
        QVERIFY(!m->input().points.isEmpty());
        // Every incident that passes the filters is on a town or counted as not placed.
        QCOMPARE(placedAndNot(), fc.engine().counts().selected);

        // The map's own filter applies too: only that region's towns remain.
        filter::FilterSpec spec = fc.spec();
        spec.regions = {QStringLiteral("11")}; // Île-de-France
        QVERIFY(fc.setSpec(spec).ok());
        QCOMPARE(placedAndNot(), fc.engine().counts().selected);
        const QList<qint64> selected = fc.engine().selectedIds();
        QVERIFY(!m->input().points.isEmpty());
        for (const MapPoint &p : m->input().points) {
            QCOMPARE(p.countryCode, QStringLiteral("FR"));
            for (qint64 id : p.ids)
                QVERIFY(selected.contains(id));
        }
        QVERIFY(fc.setSpec(filter::FilterSpec()).ok());

        // A town's circle lists its incidents; choosing one selects it everywhere.
        const MapLayout &layout = m->layout();
        int single = -1;
        for (int i = 0; i < layout.clusters().size() && single < 0; ++i)
            if (layout.clusterPoints(i).size() == 1 &&
                layout.mapRect().contains(layout.clusters()[i].centre))
                single = i;
        QVERIFY(single >= 0);
        const MapPoint &town = m->input().points[layout.clusterPoints(single).first()];
        const qint64 id = town.ids.last();
        QSignalSpy selection(&w->notifier(), &Notifier::selectionChanged);
        // A click on the circle, not on the area beneath it.
        QTest::mouseClick(m, Qt::LeftButton, Qt::NoModifier,
                          layout.clusters()[single].centre.toPoint());
        QVERIFY(fc.spec().regions.isEmpty() && fc.spec().departments.isEmpty());
        QMenu *menu = m->incidentMenu();
        QVERIFY(menu);
        QAction *entry = nullptr;
        for (QAction *a : menu->actions())
            if (a->data().toLongLong() == id)
                entry = a;
        QVERIFY(entry);
        QVERIFY(
            !entry->text().startsWith(QStringLiteral("Incident "))); // a title from the database
        menu->close();
        entry->trigger();
        QCOMPARE(selection.count(), 1);
        QCOMPARE(selection.first().first().value<QList<qint64>>(), QList<qint64>{id});
        QTableView *table = w->findChild<QTableView *>(QStringLiteral("incidentTable"));
        QCOMPARE(table->currentIndex().data(IncidentTableModel::IdRole).toLongLong(), id);

        // A circle of several towns zooms in until it splits.
        int group = -1;
        for (int i = 0; i < layout.clusters().size() && group < 0; ++i)
            if (layout.clusterPoints(i).size() > 1 && layout.splitZoomFactor(i) > 0)
                group = i;
        if (group >= 0) {
            const double zoom = layout.zoom();
            const int before = int(layout.clusters().size());
            m->activateCluster(group, QPoint());
            QVERIFY(layout.zoom() > zoom);
            QVERIFY(int(layout.clusters().size()) > 0);
            Q_UNUSED(before);
        }

        // "Towns" off: no circles, remembered for the next window.
        towns->trigger();
        QVERIFY(!m->showsPoints());
        QVERIFY(layout.clusters().isEmpty());
        QCOMPARE(QSettings().value(QStringLiteral("map/showTowns")).toBool(), false);
        towns->trigger();
        QVERIFY(m->showsPoints());
    }

    void sharedRegionalSystemsAreMarked()
    {
        auto w = openWindow();
        const filter::FilterController &fc = w->filterController();
        const MapInput input = MapFeed::buildInput(fc.engine(), fc.snapshot());
        const filter::Snapshot &s = fc.snapshot();
        QSet<QString> expected;
        for (qint32 r = 0; r < s.size(); ++r)
            if (s.region(r) && !s.department(r) && geo::findRegion(s.regions().value(s.region(r))))
                expected.insert(s.regions().value(s.region(r)));
        QCOMPARE(input.sharedAt(MapLevel::Region), expected);
        for (const QString &region : expected)
            for (const geo::Department &d : geo::departments())
                if (d.regionCode == region)
                    QVERIFY(input.sharedAt(MapLevel::Department).contains(d.code));
    }

    void selectionSyncsTimelineAndTable()
    {
        auto w = openWindow();
        TimelineView *t = timeline(*w);
        t->setAnimated(false);
        QTableView *table = w->findChild<QTableView *>(QStringLiteral("incidentTable"));
        QVERIFY(table);
        // Table -> timeline: a row click, on an incident known to the day.
        int row = 0;
        for (; row < table->model()->rowCount(); ++row) {
            const qint64 rowId =
                table->model()->index(row, 0).data(IncidentTableModel::IdRole).toLongLong();
            const qsizetype i = t->data().indexOf(rowId);
            if (i >= 0 && t->data().precision[size_t(i)] == TimelineData::Day)
                break;
        }
        QVERIFY(row < table->model()->rowCount());
        const QModelIndex index = table->model()->index(row, IncidentTableModel::Victim);
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        const qint64 id = index.data(IncidentTableModel::IdRole).toLongLong();
        QCOMPARE(t->selectedId(), id);
        // Timeline -> table: Ctrl+Left steps to the previous incident in date order
        // (the row is the latest day-dated one: the table sorts by date, newest first).
        t->setFocus();
        QTest::keyClick(t, Qt::Key_Left, Qt::ControlModifier);
        const qint64 next = t->selectedId();
        QVERIFY(next >= 0 && next != id);
        const QModelIndex current = table->currentIndex();
        QCOMPARE(current.data(IncidentTableModel::IdRole).toLongLong(), next);
        // Esc in the timeline clears the selection everywhere.
        QSignalSpy selection(&w->notifier(), &Notifier::selectionChanged);
        QTest::keyClick(t, Qt::Key_Escape);
        QCOMPARE(selection.count(), 1);
        QVERIFY(selection.first().first().value<QList<qint64>>().isEmpty());
    }

    void playbackCursorDrivesTheMap()
    {
        auto w = openWindow();
        TimelineView *t = timeline(*w);
        t->setAnimated(false);
        MapView *m = map(*w);
        const int full = sum(m->input().countsAt(MapLevel::Region));
        QSignalSpy cursor(&w->notifier(), &Notifier::timeCursorChanged);
        t->play();
        t->pause();
        QCOMPARE(cursor.count(), 1);
        const QDate first = cursor.first().first().toDate();
        QVERIFY(first.isValid());
        // Up to the first month of the data: fewer incidents than in all.
        const int early = sum(m->input().countsAt(MapLevel::Region));
        QVERIFY(early < full);
        const filter::FilterController &fc = w->filterController();
        const MapInput expected =
            MapFeed::buildInput(fc.engine(), fc.snapshot(), qint32(first.toJulianDay()));
        QCOMPARE(m->input().countsAt(MapLevel::Region), expected.countsAt(MapLevel::Region));
        // Stepping on only adds.
        for (int i = 0; i < 60; ++i)
            t->stepPlayback();
        QVERIFY(sum(m->input().countsAt(MapLevel::Region)) >= early);
        // Stop: the whole range again.
        t->stopPlayback();
        QVERIFY(!cursor.last().first().toDate().isValid());
        QCOMPARE(sum(m->input().countsAt(MapLevel::Region)), full);
    }

    void groupMembersMatchTheEngineCounts()
    {
        // FilterEngine::groupMembers (the accessor the feeds read) agrees with
        // the engine's own group counts under a filter on several dimensions.
        auto w = openWindow();
        filter::FilterController &fc = w->filterController();
        filter::FilterSpec spec;
        spec.attackTypes = AttackTypes{AttackType::Ransomware};
        spec.from = PartialDate::ofYear(2020);
        spec.regions = QStringList{QStringLiteral("11"), QStringLiteral("84")};
        QVERIFY(fc.setSpec(spec).ok());
        const filter::Snapshot &s = fc.snapshot();
        const filter::FilterCounts &c = fc.engine().counts();
        const auto date = fc.engine().groupMembers(filter::Group::Date);
        const auto region = fc.engine().groupMembers(filter::Group::Region);
        const auto selected = fc.engine().groupMembers(filter::Group::Selected);
        QCOMPARE(qsizetype(date.size()), qsizetype(s.size()));
        const qint32 dateTotal = std::accumulate(c.date.bins.begin(), c.date.bins.end(), 0);
        QCOMPARE(std::accumulate(date.begin(), date.end(), 0), dateTotal);
        QCOMPARE(std::accumulate(selected.begin(), selected.end(), 0), c.selected);
        QVERIFY(c.selected > 0);
        std::vector<qint32> perRegion(c.region.size(), 0);
        for (qint32 r = 0; r < s.size(); ++r)
            if (region[size_t(r)])
                ++perRegion[s.region(r)];
        QCOMPARE(perRegion, c.region);
        // Nothing selected that the date group would not show.
        for (size_t r = 0; r < selected.size(); ++r)
            QVERIFY(!selected[r] || date[r]);
    }

    void timelineDataFollowsTheSnapshot()
    {
        auto w = openWindow();
        const filter::FilterController &fc = w->filterController();
        const TimelineData d = TimelineFeed::buildData(fc.snapshot(), filter::DateField::Occurred);
        const filter::Snapshot &s = fc.snapshot();
        QCOMPARE(d.size(), qsizetype(s.size()));
        for (qint32 r = 0; r < s.size(); ++r) {
            const PartialDate date = s.date(filter::DateField::Occurred, r);
            QCOMPARE(d.id[size_t(r)], s.dbId(r));
            QCOMPARE(int(d.precision[size_t(r)]), int(date.precision()));
            if (!date.isNull()) {
                QCOMPARE(qint64(d.firstDay[size_t(r)]), date.firstJulianDay());
                QCOMPARE(qint64(d.lastDay[size_t(r)]), date.lastJulianDay());
            }
            QCOMPARE(d.attackMask[size_t(r)], s.attackTypes(r));
            const quint8 kind = s.victimKindCode(r);
            QCOMPARE(d.victimKind[size_t(r)], kind ? quint8(kind - 1) : TimelineData::NoCode);
            if (s.region(r) == 0)
                QCOMPARE(d.region[size_t(r)], TimelineData::NoRegion);
            else
                QCOMPARE(
                    d.regionNames.at(d.region[size_t(r)]),
                    geo::regionDisplayName(QStringLiteral("FR"), s.regions().value(s.region(r))));
        }
        // Region lanes in the UI language's alphabetical order.
        QStringList sorted = d.regionNames;
        QCollator collator{QLocale()};
        std::sort(sorted.begin(), sorted.end(),
                  [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
        QCOMPARE(d.regionNames, sorted);
    }
};

QTEST_MAIN(TestViews)
#include "tst_views.moc"
