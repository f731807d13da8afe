// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline widget offscreen: deterministic, non-empty renders and exports,
// the brush, mouse and keyboard navigation, selection and playback.
#include "db/DatabaseSetup.h"
#include "model/IncidentJson.h"
#include "timeline/TimelineView.h"

#include <QApplication>
#include <QCollator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

using namespace vigie;
using namespace vigie::ui;

namespace {

qint32 J(int y, int m, int d)
{
    return julianDay(y, m, d);
}

// 2021-2022: one incident every 9 days (ids 1..), a few known to the month
// or the year, and two undated ones.
TimelineData sample()
{
    TimelineData d;
    d.regionNames = {"Bretagne", "Île-de-France"};
    qint64 id = 1;
    for (qint32 day = J(2021, 1, 5); day < J(2023, 1, 1); day += 9, ++id) {
        const quint16 attacks = quint16(1u << (id % 9));
        d.append(id, TimelineData::Day, day, day, attacks, 0, quint8(id % 2), quint8(id % 9));
        d.victim.append(QStringLiteral("Hospital %1").arg(id));
        d.place.append(id % 2 ? QStringLiteral("Paris") : QStringLiteral("Rennes"));
    }
    d.append(1001, TimelineData::Month, J(2022, 3, 1), J(2022, 3, 31), 1, 0, 0, 1);
    d.append(1002, TimelineData::Year, J(2021, 1, 1), J(2021, 12, 31), 2, 0, 1, 1);
    d.append(1003, TimelineData::Undated, 0, 0, 1, 0, 0, 1);
    d.append(1004, TimelineData::Undated, 0, 0, 0, 0, 1, 1);
    return d;
}

void sendMove(QWidget *w, QPointF pos, Qt::MouseButtons buttons)
{
    QMouseEvent ev(QEvent::MouseMove, pos, w->mapToGlobal(pos), Qt::NoButton, buttons,
                   Qt::NoModifier);
    QApplication::sendEvent(w, &ev);
}

} // namespace

class TestTimelineView : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TimelineView> makeView()
    {
        auto v = std::make_unique<TimelineView>();
        v->setAnimated(false);
        v->setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        v->resize(1000, 320);
        v->setData(sample());
        v->setWindow(QDate(2021, 1, 1), QDate(2022, 12, 31));
        v->show();
        if (!QTest::qWaitForWindowExposed(v.get()))
            qWarning("window not exposed");
        return v;
    }
    // Centre of the glyph of an incident id in the current layout.
    static std::optional<QPointF> glyphCentre(TimelineView &v, qint64 id)
    {
        const auto &L = v.currentLayout();
        for (const auto &g : L.glyphs())
            if (v.data().id[std::size_t(g.index)] == id)
                return g.rect.center();
        return std::nullopt;
    }

private Q_SLOTS:
    void renderIsDeterministicAndNotEmpty()
    {
        auto v = makeView();
        QImage a(v->size(), QImage::Format_ARGB32_Premultiplied), b(a.size(), a.format());
        v->render(&a);
        v->render(&b);
        QCOMPARE(a, b);
        int inked = 0;
        for (int y = 0; y < a.height(); ++y)
            for (int x = 0; x < a.width(); ++x)
                inked += a.pixel(x, y) != qRgb(255, 255, 255);
        QVERIFY2(inked > 5000, qPrintable(QString::number(inked)));
        QCOMPARE(v->currentLayout().mode(), TimelineLayout::Mode::Glyphs);
        QVERIFY(v->currentLayout().glyphs().size() >= 80);
    }

    void exports_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("png") << "t.png" << QByteArray("\x89PNG");
        QTest::newRow("svg") << "t.svg" << QByteArray("<?xml");
        QTest::newRow("pdf") << "t.pdf" << QByteArray("%PDF");
    }
    void exports()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, magic);
        QTemporaryDir dir;
        const TimelineData data = sample();
        TimelineViewState state;
        state.startDay = J(2021, 1, 1);
        state.endDay = J(2023, 1, 1);
        state.lanes = LaneMode::Region;
        TimelineDrawOptions options;
        options.header = true;
        options.title = QStringLiteral("Test export");
        options.filterLine = QStringLiteral("Region: Bretagne");
        options.exportDate = QDate(2026, 11, 29);
        const QString p1 = dir.filePath(name), p2 = dir.filePath(QStringLiteral("2-") + name);
        QVERIFY(renderTimelineToFile(data, state, QSize(1200, 500), p1, options).ok());
        QVERIFY(renderTimelineToFile(data, state, QSize(1200, 500), p2, options).ok());
        QFile f1(p1), f2(p2);
        QVERIFY(f1.open(QIODevice::ReadOnly));
        QVERIFY(f2.open(QIODevice::ReadOnly));
        const QByteArray b1 = f1.readAll(), b2 = f2.readAll();
        QVERIFY(b1.startsWith(magic));
        QVERIFY(b1.size() > 2000);
        if (name.endsWith(u"png")) {
            QCOMPARE(b1, b2); // deterministic to the byte
            const QImage img = QImage::fromData(b1);
            QCOMPARE(img.size(), QSize(1200, 500));
        }
        if (name.endsWith(u"svg")) {
            QVERIFY(b1.contains("Test export"));
            QVERIFY(b1.contains("Region: Bretagne"));
        }
    }

    void exportErrors()
    {
        QTemporaryDir dir;
        TimelineViewState state;
        state.startDay = J(2021, 1, 1);
        state.endDay = J(2023, 1, 1);
        const Status bad =
            renderTimelineToFile(sample(), state, QSize(800, 400), dir.filePath("t.gif"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().contains(u".png"));
        QVERIFY(!renderTimelineToFile(sample(), state, QSize(10, 10), dir.filePath("t.png")).ok());
        QVERIFY(
            !renderTimelineToFile(sample(), state, QSize(800, 400), dir.filePath("no/such/t.png"))
                 .ok());
    }

    void brushEmitsTheDateRange()
    {
        auto v = makeView();
        QSignalSpy brushed(v.get(), &TimelineView::dateRangeBrushed);
        QSignalSpy cleared(v.get(), &TimelineView::brushCleared);
        const auto &L = v->currentLayout();
        const double y = L.overviewRect().center().y();
        // The window covers the whole overview, so a drag there draws a brush.
        const QPointF a(L.overviewXOfDay(J(2021, 3, 1) + 0.5), y),
            b(L.overviewXOfDay(J(2021, 6, 1) + 0.5), y);
        QTest::mousePress(v.get(), Qt::LeftButton, Qt::NoModifier, a.toPoint());
        sendMove(v.get(), (a + b) / 2, Qt::LeftButton);
        sendMove(v.get(), b, Qt::LeftButton);
        QTest::mouseRelease(v.get(), Qt::LeftButton, Qt::NoModifier, b.toPoint());
        QVERIFY(brushed.count() >= 2); // live while dragging
        const auto last = brushed.takeLast();
        // Pixels are ~ 0.7 day wide here: the ends land on the days under the cursor.
        QVERIFY(qAbs(last.at(0).toDate().daysTo(QDate(2021, 3, 1))) <= 1);
        QVERIFY(qAbs(last.at(1).toDate().daysTo(QDate(2021, 6, 1))) <= 1);
        QCOMPARE(v->brush()->first, last.at(0).toDate());
        // Dragging inside the brush moves it and keeps its length.
        const qint64 len = v->brush()->first.daysTo(v->brush()->second);
        const QPointF mid = v->currentLayout().overviewBrush()->center();
        QTest::mousePress(v.get(), Qt::LeftButton, Qt::NoModifier, mid.toPoint());
        sendMove(v.get(), mid + QPointF(60, 0), Qt::LeftButton);
        QTest::mouseRelease(v.get(), Qt::LeftButton, Qt::NoModifier,
                            (mid + QPointF(60, 0)).toPoint());
        const auto moved = brushed.takeLast();
        QVERIFY(moved.at(0).toDate() > last.at(0).toDate());
        QCOMPARE(moved.at(0).toDate().daysTo(moved.at(1).toDate()), len);
        // Dragged past the end, it stops at the overview's last day.
        const QPointF mid2 = v->currentLayout().overviewBrush()->center();
        QTest::mousePress(v.get(), Qt::LeftButton, Qt::NoModifier, mid2.toPoint());
        sendMove(v.get(), mid2 + QPointF(2000, 0), Qt::LeftButton);
        QTest::mouseRelease(v.get(), Qt::LeftButton, Qt::NoModifier,
                            (mid2 + QPointF(2000, 0)).toPoint());
        QCOMPARE(v->brush()->second, QDate(2022, 12, 31));
        QCOMPARE(v->brush()->first.daysTo(v->brush()->second), len);
        // Double-click in the overview clears it.
        QTest::mouseDClick(v.get(), Qt::LeftButton, Qt::NoModifier, mid.toPoint());
        QCOMPARE(cleared.count(), 1);
        QVERIFY(!v->brush());
        // Set from outside (the filter panel): no signal back.
        const auto before = brushed.count();
        v->setBrush(QDate(2022, 1, 1), QDate(2022, 2, 1));
        QCOMPARE(brushed.count(), before);
        QVERIFY(v->currentLayout().overviewBrush());
    }

    void keyboardPansAndZooms()
    {
        auto v = makeView();
        const double s0 = v->startDay(), e0 = v->endDay();
        const double ppd = v->currentLayout().pixelsPerDay();
        QTest::keyClick(v.get(), Qt::Key_Right);
        QCOMPARE(v->startDay(), s0 + v->width() * 0.1 / ppd);
        QCOMPARE(v->endDay() - v->startDay(), e0 - s0);
        QTest::keyClick(v.get(), Qt::Key_Left);
        QCOMPARE(v->startDay(), s0);
        QTest::keyClick(v.get(), Qt::Key_Plus);
        QCOMPARE(v->endDay() - v->startDay(), (e0 - s0) / 1.5);
        QTest::keyClick(v.get(), Qt::Key_Minus);
        QCOMPARE(v->endDay() - v->startDay(), e0 - s0);
        // Zooming in keeps going down to a couple of days, never less.
        for (int i = 0; i < 40; ++i)
            QTest::keyClick(v.get(), Qt::Key_Plus);
        QCOMPARE(v->endDay() - v->startDay(), 2.0);
        QCOMPARE(v->currentLayout().axis().unit, TimelineAxis::Unit::Day);
        QTest::keyClick(v.get(), Qt::Key_Home);
        QCOMPARE(v->startDay(), double(J(2021, 1, 1)));
        QCOMPARE(v->endDay(), double(J(2023, 1, 1)));
    }

    void keyboardStepsBetweenIncidents()
    {
        auto v = makeView();
        QSignalSpy selected(v.get(), &TimelineView::incidentSelected);
        // No selection: Ctrl+Right selects the first incident after the window's middle.
        QTest::keyClick(v.get(), Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(selected.count(), 1);
        const qint64 first = selected.takeFirst().at(0).toLongLong();
        const qsizetype row = v->data().indexOf(first);
        const double centre = (v->startDay() + v->endDay()) / 2;
        QVERIFY(v->data().firstDay[std::size_t(row)] >= centre);
        QVERIFY(v->data().firstDay[std::size_t(row)] < centre + 9);
        // With a selection, plain Right/Left step in date order.
        QTest::keyClick(v.get(), Qt::Key_Right);
        const qint64 next = selected.takeFirst().at(0).toLongLong();
        QVERIFY(v->data().firstDay[std::size_t(v->data().indexOf(next))] >=
                v->data().firstDay[std::size_t(row)]);
        QCOMPARE(v->selectedId(), next);
        QTest::keyClick(v.get(), Qt::Key_Left);
        QCOMPARE(selected.takeFirst().at(0).toLongLong(), first);
        // Stepping past the window pans to keep the selection in view.
        v->setWindow(QDate(2021, 1, 1), QDate(2021, 1, 31));
        v->setSelectedId(first);
        QTest::keyClick(v.get(), Qt::Key_Right);
        const qsizetype r2 = v->data().indexOf(v->selectedId());
        QVERIFY(v->data().firstDay[std::size_t(r2)] >= v->startDay());
        QVERIFY(v->data().firstDay[std::size_t(r2)] < v->endDay());
        // Escape clears the selection.
        QTest::keyClick(v.get(), Qt::Key_Escape);
        QCOMPARE(selected.takeLast().at(0).toLongLong(), -1);
        QCOMPARE(v->selectedId(), -1);
    }

    void clickSelectsAndDoubleClickZooms()
    {
        auto v = makeView();
        v->setWindow(QDate(2022, 6, 1), QDate(2022, 7, 31));
        QSignalSpy selected(v.get(), &TimelineView::incidentSelected);
        qint64 id = -1;
        for (qsizetype i = 0; i < v->data().size() && id < 0; ++i)
            if (v->data().precision[std::size_t(i)] == TimelineData::Day &&
                v->data().firstDay[std::size_t(i)] >= J(2022, 6, 10) &&
                v->data().firstDay[std::size_t(i)] < J(2022, 6, 20))
                id = v->data().id[std::size_t(i)];
        QVERIFY(id > 0);
        const auto c = glyphCentre(*v, id);
        QVERIFY(c);
        QTest::mouseClick(v.get(), Qt::LeftButton, Qt::NoModifier, c->toPoint());
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.takeFirst().at(0).toLongLong(), id);
        // The tooltip text names the victim, the date, the place and the type.
        const qsizetype row = v->data().indexOf(id);
        const QString tip = TimelineRenderer::tooltip(v->data(), row, v->drawOptions().locale);
        QVERIFY(tip.contains(QStringLiteral("Hospital %1").arg(id)));
        QVERIFY(tip.contains(u"2022"));
        QVERIFY(tip.contains(id % 2 ? u"Paris" : u"Rennes"));
        // Hovering shows it as a tooltip.
        QHelpEvent help(QEvent::ToolTip, c->toPoint(), v->mapToGlobal(c->toPoint()));
        QApplication::sendEvent(v.get(), &help);
        QCOMPARE(QToolTip::text(), tip);
        QTest::mouseDClick(v.get(), Qt::LeftButton, Qt::NoModifier, c->toPoint());
        const double day = v->data().firstDay[std::size_t(row)];
        QVERIFY(v->startDay() < day && day < v->endDay());
        QVERIFY(v->endDay() - v->startDay() < 40);
        // A click on empty space clears the selection.
        QTest::mouseClick(v.get(), Qt::LeftButton, Qt::NoModifier,
                          QPoint(5, int(v->currentLayout().mainRect().top()) + 3));
        QCOMPARE(selected.takeLast().at(0).toLongLong(), -1);
    }

    void wheelZoomsAtTheCursor()
    {
        auto v = makeView();
        const double x = 300;
        const double dayBefore = v->currentLayout().dayAtX(x);
        const double w0 = v->endDay() - v->startDay();
        QWheelEvent wheel(QPointF(x, 100), v->mapToGlobal(QPointF(x, 100)), QPoint(),
                          QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(v.get(), &wheel);
        QCOMPARE(v->endDay() - v->startDay(), w0 / 1.25);
        QCOMPARE(v->currentLayout().dayAtX(x), dayBefore);
        // A trackpad's horizontal swipe pans by its pixels.
        const double s = v->startDay(), ppd = v->currentLayout().pixelsPerDay();
        QWheelEvent swipe(QPointF(x, 100), v->mapToGlobal(QPointF(x, 100)), QPoint(-50, 0),
                          QPoint(-50, 0), Qt::NoButton, Qt::NoModifier, Qt::ScrollUpdate, false);
        QApplication::sendEvent(v.get(), &swipe);
        QCOMPARE(v->startDay(), s + 50 / ppd);
    }

    void dragPans()
    {
        auto v = makeView();
        const double s = v->startDay(), ppd = v->currentLayout().pixelsPerDay();
        const QPoint a(500, 120), b(400, 120);
        QTest::mousePress(v.get(), Qt::LeftButton, Qt::NoModifier, a);
        sendMove(v.get(), b, Qt::LeftButton);
        QTest::mouseRelease(v.get(), Qt::LeftButton, Qt::NoModifier, b);
        QCOMPARE(v->startDay(), s + 100 / ppd);
    }

    void playbackAdvancesMonthByMonth()
    {
        auto v = makeView();
        QSignalSpy cursor(v.get(), &TimelineView::cursorDateChanged);
        QSignalSpy state(v.get(), &TimelineView::playbackStateChanged);
        v->play();
        QVERIFY(v->isPlaying());
        v->stepPlayback();
        v->pause();
        QCOMPARE(state.count(), 2);
        QCOMPARE(cursor.count(), 2);
        QCOMPARE(cursor.at(0).at(0).toDate(), QDate(2021, 1, 31));
        QCOMPARE(cursor.at(1).at(0).toDate(), QDate(2021, 2, 28));
        // Cumulative: nothing after the cursor is drawn.
        for (const auto &g : v->currentLayout().glyphs())
            QVERIFY(g.first <= J(2021, 2, 28));
        QVERIFY(!v->currentLayout().glyphs().empty());
        v->stopPlayback();
        QVERIFY(!v->cursorDate());
        v->setPlaybackSpeed(10);
        QCOMPARE(v->playbackSpeed(), 10.0);
    }

    void emptyAndUndatedOnly()
    {
        // No data at all: every part still draws, keys and playback do nothing harmful.
        TimelineView v;
        v.setAnimated(false);
        v.resize(600, 300);
        QImage img(v.size(), QImage::Format_ARGB32_Premultiplied);
        v.render(&img);
        for (int key :
             {int(Qt::Key_Right), int(Qt::Key_Plus), int(Qt::Key_Home), int(Qt::Key_Space)})
            QTest::keyClick(&v, Qt::Key(key), Qt::ControlModifier);
        v.play();
        QVERIFY(!v.isPlaying());
        QCOMPARE(v.currentLayout().glyphs().size(), std::size_t(0));
        // Only undated incidents: they all sit in the tray.
        TimelineData d;
        for (int i = 0; i < 4; ++i)
            d.append(i + 1, TimelineData::Undated, 0, 0, 1, 0, 0, 1);
        v.setData(d);
        v.render(&img);
        QCOMPARE(v.currentLayout().trayCount(), 4);
        QCOMPARE(int(v.currentLayout().trayItems().size()), 4);
        QSignalSpy selected(&v, &TimelineView::incidentSelected);
        QTest::mouseClick(&v, Qt::LeftButton, Qt::NoModifier,
                          v.currentLayout().trayItems()[1].second.center().toPoint());
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).toLongLong(), 2);
        QTemporaryDir dir;
        TimelineViewState state;
        state.startDay = J(2021, 1, 1);
        state.endDay = J(2022, 1, 1);
        QVERIFY(renderTimelineToFile(TimelineData(), state, QSize(400, 200), dir.filePath("e.png"))
                    .ok());
    }

    void bundledDataset()
    {
        // The real incidents shipped with Vigie: every one lands somewhere,
        // French regions under their INSEE names, partial dates as spans.
        const auto incidents = incidentsFromJson(db::bundledDatasetJson());
        QVERIFY2(incidents.ok(), qPrintable(incidents.error()));
        const TimelineData d = TimelineData::fromIncidents(*incidents);
        QCOMPARE(d.size(), incidents->size());
        QVERIFY(d.regionNames.contains(QStringLiteral("Île-de-France")));
        const QCollator collator{QLocale()};
        QVERIFY(std::is_sorted(
            d.regionNames.begin(), d.regionNames.end(),
            [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; }));
        int months = 0;
        for (qsizetype i = 0; i < d.size(); ++i) {
            const auto k = std::size_t(i);
            if (d.precision[k] == TimelineData::Month) {
                ++months;
                QCOMPARE(QDate::fromJulianDay(d.firstDay[k]).day(), 1);
                QCOMPARE(QDate::fromJulianDay(d.lastDay[k] + 1).day(), 1);
            }
        }
        QVERIFY(months > 0);
        TimelineIndex index;
        index.build(d, LaneMode::Region);
        QCOMPARE(qsizetype(index.order().size() + index.undated().size()), d.size());
        QCOMPARE(index.lanes().back().key, -1); // incidents without a region
    }

    void lanesAndFilterFlags()
    {
        auto v = makeView();
        v->setLaneMode(LaneMode::Region);
        QCOMPARE(int(v->currentLayout().lanes().size()), 2);
        QCOMPARE(v->currentLayout().lanes()[1].label, QStringLiteral("Île-de-France"));
        // The filter hides odd ids: they leave the lanes but keep the overview's range.
        std::vector<quint8> flags(std::size_t(v->data().size()));
        for (std::size_t i = 0; i < flags.size(); ++i)
            flags[i] = v->data().id[i] % 2 ? 0 : TimelineData::Shown;
        v->setShownFlags(flags);
        for (const auto &g : v->currentLayout().glyphs())
            QCOMPARE(v->data().id[std::size_t(g.index)] % 2, 0);
        QCOMPARE(v->currentLayout().overviewStart(), double(J(2021, 1, 1)));
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
