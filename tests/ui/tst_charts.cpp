// SPDX-License-Identifier: GPL-3.0-or-later
// ui/charts and ui/figure: the chart tables (linked: each chart ignores its
// own dimension), click -> filter specs, the figure writer (PNG resolution,
// SVG, PDF, clipboard), chart exports, and click-to-filter through the real
// MainWindow.
#include "WindowTestSupport.h"
#include "charts/ChartData.h"
#include "charts/ChartFigure.h"
#include "charts/ChartView.h"
#include "charts/ChartsPanel.h"
#include "db/DatabaseSetup.h"
#include "figure/FigureExportDialog.h"
#include "figure/FigureFrame.h"
#include "figure/FigureWriter.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Translations.h"
#include "models/IncidentTableModel.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace vigie;
using namespace vigie::ui;

namespace {

Incident incident(qint64 id, PartialDate occurred, const QString &region, AttackTypes attacks,
                  std::optional<VictimKind> kind, const QString &actor, DataCategories data = {})
{
    Incident i;
    i.dbId = id;
    i.occurred = occurred;
    i.country = QStringLiteral("FR");
    i.region = region;
    if (!attacks.isEmpty())
        i.attackTypes = attacks;
    i.victimKind = kind;
    i.threatActor = actor;
    if (!data.isEmpty())
        i.dataCompromised = data;
    return i;
}

// Six incidents: two in March 2023, one in May 2023, one known only to
// 2024, one undated, one in January 2024.
filter::Snapshot fixture()
{
    using A = AttackType;
    using K = VictimKind;
    using D = DataCategory;
    filter::Snapshot s;
    const QList<Incident> incidents = {
        incident(1, PartialDate::ofDay(2023, 3, 10), "32", {A::Ransomware}, K::Hospital, "LockBit",
                 {D::Medical}),
        incident(2, PartialDate::ofMonth(2023, 3), "32", {A::DataTheft}, K::UniversityHospital,
                 "LockBit"),
        incident(3, PartialDate::ofDay(2023, 5, 2), "11", {A::Ransomware, A::DataTheft},
                 K::Hospital, "Qilin", {D::Identity, D::Medical}),
        incident(4, PartialDate::ofYear(2024), "11", {A::Ddos}, K::PrivateClinic, ""),
        incident(5, PartialDate(), "", {A::Phishing}, std::nullopt, ""),
        incident(6, PartialDate::ofDay(2024, 1, 15), "84", {}, K::Hospital, "LockBit"),
    };
    for (const Incident &i : incidents)
        s.upsert(filter::SnapshotRecord::fromIncident(i));
    return s;
}

filter::FilterSpec spec(const QString &text)
{
    auto parsed = filter::FilterSpec::parse(text);
    if (!parsed)
        qFatal("bad filter in the test: %s", qPrintable(parsed.error()));
    return parsed.value();
}

QString svgText(const QByteArray &bytes, QString *error = nullptr)
{
    QXmlStreamReader xml(bytes);
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            text += xml.text();
    }
    if (error)
        *error = xml.hasError() ? xml.errorString() : QString();
    return text;
}

} // namespace

class TestCharts : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir, QStringLiteral("tst_charts"));
        installTranslators(*qApp, QLocale(QLocale::English));
    }

    void names()
    {
        QCOMPARE(chartNames(),
                 (QStringList{"time", "attack", "region", "kind", "data", "cumulative", "actors"}));
        for (const QString &name : chartNames()) {
            QVERIFY(ChartData::kindOf(name));
            QCOMPARE(ChartData::name(*ChartData::kindOf(name)), name);
            QVERIFY(!chartTitle(name).isEmpty());
        }
        QVERIFY(!ChartData::kindOf(QStringLiteral("pie")));
        QVERIFY(chartTitle(QStringLiteral("pie")).isEmpty());
    }

    // Keys, totals per category, the selected keys and what is not placed.
    void tables_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("step");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QList<int>>("totals");
        QTest::addColumn<QStringList>("selected");
        QTest::addColumn<int>("notShown");
        const int month = int(TimeStep::Month), quarter = int(TimeStep::Quarter),
                  year = int(TimeStep::Year);
        const QStringList months{"2023-03", "2023-04", "2023-05", "2023-06", "2023-07", "2023-08",
                                 "2023-09", "2023-10", "2023-11", "2023-12", "2024-01"};

        QTest::newRow("time by month")
            << "time"
            << "" << month << months << QList<int>{2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1} << QStringList{}
            << 2; // the 2024-only and the undated incidents
        QTest::newRow("time by quarter")
            << "time"
            << "" << quarter << QStringList{"2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1"}
            << QList<int>{2, 1, 0, 0, 1} << QStringList{} << 2;
        QTest::newRow("time by year")
            << "time"
            << "" << year << QStringList{"2023", "2024"} << QList<int>{3, 2} << QStringList{} << 1;
        // The time chart ignores the date filter, marks the period selected...
        QTest::newRow("time ignores its own date range")
            << "time"
            << "from=2023-03;to=2023-03" << month << months
            << QList<int>{2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1} << QStringList{"2023-03"} << 2;
        // ...and honours the others.
        QTest::newRow("time honours the region") << "time"
                                                 << "region=11" << month << QStringList{"2023-05"}
                                                 << QList<int>{1} << QStringList{} << 1;
        QTest::newRow("cumulative")
            << "cumulative"
            << "" << quarter << QStringList{"2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1"}
            << QList<int>{2, 3, 3, 3, 4} << QStringList{} << 2;

        QTest::newRow("attack types")
            << "attack"
            << "" << month << QStringList{"ransomware", "data_theft", "ddos", "phishing"}
            << QList<int>{2, 2, 1, 1} << QStringList{} << 0;
        QTest::newRow("attack types ignore the attack filter")
            << "attack"
            << "attack=ransomware" << month
            << QStringList{"ransomware", "data_theft", "ddos", "phishing"} << QList<int>{2, 2, 1, 1}
            << QStringList{"ransomware"} << 0;
        QTest::newRow("attack types honour the region")
            << "attack"
            << "region=32" << month << QStringList{"ransomware", "data_theft"} << QList<int>{1, 1}
            << QStringList{} << 0;

        // Sorted by count, ties by name, "not stated" last (no key).
        QTest::newRow("regions") << "region"
                                 << "" << month << QStringList{"32", "11", "84", ""}
                                 << QList<int>{2, 2, 1, 1} << QStringList{} << 0;
        QTest::newRow("regions honour the attack type")
            << "region"
            << "attack=ransomware" << month << QStringList{"32", "11"} << QList<int>{1, 1}
            << QStringList{} << 0;
        QTest::newRow("regions ignore their own filter")
            << "region"
            << "region=84" << month << QStringList{"32", "11", "84", ""} << QList<int>{2, 2, 1, 1}
            << QStringList{"84"} << 0;
        QTest::newRow("regions honour the date range")
            << "region"
            << "from=2023-03;to=2023-03" << month << QStringList{"32"} << QList<int>{2}
            << QStringList{} << 0;

        QTest::newRow("victim kinds")
            << "kind"
            << "" << month << QStringList{"hospital", "private_clinic", "university_hospital", ""}
            << QList<int>{3, 1, 1, 1} << QStringList{} << 0;
        QTest::newRow("data compromised") << "data"
                                          << "" << month << QStringList{"medical", "identity"}
                                          << QList<int>{2, 1} << QStringList{} << 0;
        QTest::newRow("data ignores its own filter")
            << "data"
            << "data=identity" << month << QStringList{"medical", "identity"} << QList<int>{2, 1}
            << QStringList{"identity"} << 0;
        QTest::newRow("threat actors") << "actors"
                                       << "" << month << QStringList{"LockBit", "Qilin"}
                                       << QList<int>{3, 1} << QStringList{} << 0;
        // A selected actor stays on the chart even with no incident left.
        QTest::newRow("a selected actor stays")
            << "actors"
            << "actor=Qilin;region=32" << month << QStringList{"LockBit", "Qilin"}
            << QList<int>{2, 0} << QStringList{"Qilin"} << 0;
    }

    void tables()
    {
        QFETCH(QString, chart);
        QFETCH(QString, filter);
        QFETCH(int, step);
        QFETCH(QStringList, keys);
        QFETCH(QList<int>, totals);
        QFETCH(QStringList, selected);
        QFETCH(int, notShown);
        const filter::Snapshot snapshot = fixture();
        filter::FilterEngine engine(snapshot, spec(filter));
        ChartOptions options;
        options.step = TimeStep(step);
        const ChartTable t = ChartData::build(*ChartData::kindOf(chart), engine, snapshot, options);
        QStringList gotKeys, gotSelected;
        QList<int> gotTotals;
        for (qsizetype i = 0; i < t.categories.size(); ++i) {
            gotKeys.append(t.categories[i].key);
            gotTotals.append(t.total(i));
            if (t.categories[i].selected)
                gotSelected.append(t.categories[i].key);
            for (const ChartSeries &s : t.series)
                QCOMPARE(qsizetype(s.values.size()), t.categories.size());
        }
        QCOMPARE(gotKeys, keys);
        QCOMPARE(gotTotals, totals);
        QCOMPARE(gotSelected, selected);
        QCOMPARE(t.hasSelection, !selected.isEmpty());
        QCOMPARE(t.notShown, notShown);
        QVERIFY(!t.title.isEmpty());
        if (notShown > 0 && chart != u"actors")
            QVERIFY(!t.note.isEmpty());
    }

    // The timeline's playback cursor: only what has begun by that day.
    void cursorLimitsEveryChart_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QList<int>>("totals");
        QTest::addColumn<int>("counted");
        // 2023-04-01: the two March incidents only.
        QTest::newRow("region") << "region" << QStringList{"32"} << QList<int>{2} << 2;
        QTest::newRow("attack") << "attack" << QStringList{"ransomware", "data_theft"}
                                << QList<int>{1, 1} << 2;
        QTest::newRow("kind") << "kind" << QStringList{"hospital", "university_hospital"}
                              << QList<int>{1, 1} << 2;
        QTest::newRow("actors") << "actors" << QStringList{"LockBit"} << QList<int>{2} << 2;
        // The axis keeps the whole range; later months are empty.
        QTest::newRow("time") << "time" << QStringList{"2023-03", "2023-04", "2023-05", "2023-06",
                                                       "2023-07", "2023-08", "2023-09", "2023-10",
                                                       "2023-11", "2023-12", "2024-01"}
                              << QList<int>{2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0} << 2;
    }

    void cursorLimitsEveryChart()
    {
        QFETCH(QString, chart);
        QFETCH(QStringList, keys);
        QFETCH(QList<int>, totals);
        QFETCH(int, counted);
        const filter::Snapshot snapshot = fixture();
        filter::FilterEngine engine(snapshot);
        ChartOptions options;
        options.untilDay = qint32(QDate(2023, 4, 1).toJulianDay());
        const ChartTable t = ChartData::build(*ChartData::kindOf(chart), engine, snapshot, options);
        QStringList gotKeys;
        QList<int> gotTotals;
        for (qsizetype i = 0; i < t.categories.size(); ++i) {
            gotKeys.append(t.categories[i].key);
            gotTotals.append(t.total(i));
        }
        QCOMPARE(gotKeys, keys);
        QCOMPARE(gotTotals, totals);
        QCOMPARE(t.counted, counted);
    }

    void timeStacksByFirstAttackType()
    {
        const filter::Snapshot snapshot = fixture();
        filter::FilterEngine engine(snapshot);
        const ChartTable t = ChartData::build(ChartKind::Timeline, engine, snapshot);
        QStringList names;
        for (const ChartSeries &s : t.series)
            names.append(s.name);
        // Incident 3 (ransomware + data theft) counts once, as ransomware.
        QCOMPARE(names, (QStringList{"Ransomware", "Data theft", "Type not stated"}));
        QCOMPARE(t.series[0].values[0], 1);
        QCOMPARE(t.series[0].values[2], 1);
        QCOMPARE(t.series[1].values[0], 1);
        QCOMPARE(t.series[2].values[10], 1);
        // The legend colours are the timeline's.
        QCOMPARE(t.series[0].colour, QColor(0xd6, 0x27, 0x28));
        QVERIFY(t.ticks == (QList<std::pair<int, QString>>{{10, QStringLiteral("2024")}}));
        QCOMPARE(t.categories.first().label, QStringLiteral("Mar 2023"));
        QCOMPARE(t.counted, 6);
    }

    void regionsAreNamed()
    {
        const filter::Snapshot snapshot = fixture();
        filter::FilterEngine engine(snapshot);
        const ChartTable t = ChartData::build(ChartKind::Regions, engine, snapshot);
        QCOMPARE(t.categories[0].label, QStringLiteral("Hauts-de-France"));
        QCOMPARE(t.categories[1].label, QStringLiteral("Île-de-France"));
        QCOMPARE(t.categories[2].label, QStringLiteral("Auvergne-Rhône-Alpes"));
        QCOMPARE(t.categories[3].label, QStringLiteral("Not stated"));
    }

    // A click: only this; Ctrl: add; on a selected one: remove.
    void clicksMakeSpecs_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("add");
        QTest::addColumn<QString>("after");
        QTest::newRow("region click") << "region"
                                      << ""
                                      << "11" << false << "region=11";
        QTest::newRow("region click replaces") << "region"
                                               << "region=32"
                                               << "11" << false << "region=11";
        QTest::newRow("region ctrl adds") << "region"
                                          << "region=32"
                                          << "11" << true << "region=32,11";
        QTest::newRow("region selected removed") << "region"
                                                 << "region=32,11"
                                                 << "32" << false << "region=11";
        QTest::newRow("not stated is not clickable") << "region"
                                                     << ""
                                                     << "" << false << "";
        QTest::newRow("attack click") << "attack"
                                      << ""
                                      << "ddos" << false << "attack=ddos";
        QTest::newRow("attack click again clears") << "attack"
                                                   << "attack=ddos"
                                                   << "ddos" << false << "";
        QTest::newRow("kind ctrl adds")
            << "kind"
            << "kind=hospital"
            << "private_clinic" << true << "kind=hospital,private_clinic";
        QTest::newRow("data click") << "data"
                                    << "region=32"
                                    << "medical" << false << "region=32;data=medical";
        QTest::newRow("actor click") << "actors"
                                     << ""
                                     << "Qilin" << false << "actor=Qilin";
        QTest::newRow("month click") << "time"
                                     << ""
                                     << "2023-05" << false << "from=2023-05;to=2023-05";
        QTest::newRow("month click again clears") << "time"
                                                  << "from=2023-05;to=2023-05"
                                                  << "2023-05" << false << "";
        QTest::newRow("month ctrl extends") << "time"
                                            << "from=2023-03;to=2023-03"
                                            << "2023-05" << true << "from=2023-03;to=2023-05";
        QTest::newRow("month click in a range narrows")
            << "time"
            << "from=2023-03;to=2023-05"
            << "2023-04" << false << "from=2023-04;to=2023-04";
    }

    void clicksMakeSpecs()
    {
        QFETCH(QString, chart);
        QFETCH(QString, before);
        QFETCH(QString, key);
        QFETCH(bool, add);
        QFETCH(QString, after);
        const filter::Snapshot snapshot = fixture();
        filter::FilterEngine engine(snapshot, spec(before));
        const ChartTable t =
            ChartData::build(*ChartData::kindOf(chart), engine, snapshot, ChartOptions{});
        const qsizetype index = t.indexOf(key);
        QVERIFY2(index >= 0, qPrintable(key));
        const filter::FilterSpec got = ChartData::specFor(t, index, engine.spec(), add);
        QCOMPARE(got.toText(), spec(after).toText());
    }

    void figureWriterFormats()
    {
        const FigureDraw draw = [](QPainter &p, const QRectF &r) {
            FigureFrame frame;
            frame.title = QStringLiteral("A title");
            frame.legend = {{Qt::red, QStringLiteral("Red things")}};
            frame.filterLine = QStringLiteral("Filters: none");
            frame.sourceLine = QStringLiteral("Vigie — 3 incidents — today");
            const QRectF content = frame.draw(p, r);
            QVERIFY(content.height() > r.height() / 2);
            QVERIFY(r.contains(content));
            p.fillRect(content, Qt::blue);
        };
        FigureSettings s;
        s.size = QSize(400, 300);
        s.dpi = 192;
        const QString png = m_dir.filePath(QStringLiteral("f.png"));
        QVERIFY(writeFigure(draw, png, s).ok());
        const QImage image(png);
        QCOMPARE(image.size(), QSize(800, 600)); // same layout, twice the pixels
        QCOMPARE(image.dotsPerMeterX(), qRound(192 / 0.0254));

        const QString svg = m_dir.filePath(QStringLiteral("f.svg"));
        QVERIFY(writeFigure(draw, svg, s).ok());
        QString error;
        const QString text = svgText(test_readFile(svg), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const char *expected : {"A title", "Red things", "Filters: none", "Vigie — 3"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);

        const QString pdf = m_dir.filePath(QStringLiteral("f.pdf"));
        QVERIFY(writeFigure(draw, pdf, s).ok());
        QVERIFY(test_readFile(pdf).startsWith("%PDF"));

        QVERIFY(!writeFigure(draw, m_dir.filePath(QStringLiteral("f.jpg")), s).ok());
        s.size = QSize(50, 50);
        const Status small = writeFigure(draw, m_dir.filePath(QStringLiteral("g.png")), s);
        QVERIFY(!small.ok());
        QVERIFY(small.error().contains(QStringLiteral("out of range")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("g.png"))));
        s.size = QSize(8000, 8000);
        s.dpi = 600;
        QVERIFY(!checkFigureSettings(s).ok()); // 50,000 px a side
        // Unwritable: nothing left behind, a message naming the file.
        s.size = QSize(400, 300);
        s.dpi = 96;
        const Status bad = writeFigure(draw, m_dir.filePath(QStringLiteral("no/dir/f.png")), s);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().contains(QStringLiteral("f.png")));
    }

    void clipboardHoldsImageAndSvg()
    {
        FigureSettings s;
        s.size = QSize(300, 200);
        std::unique_ptr<QMimeData> mime(figureMimeData(
            [](QPainter &p, const QRectF &r) {
                p.drawText(r, Qt::AlignCenter, QStringLiteral("Clipboard figure"));
            },
            s));
        QVERIFY(mime);
        QVERIFY(mime->hasImage());
        QCOMPARE(qvariant_cast<QImage>(mime->imageData()).size(), QSize(300, 200));
        QVERIFY(mime->hasFormat(QStringLiteral("image/svg+xml")));
        QVERIFY(svgText(mime->data(QStringLiteral("image/svg+xml")))
                    .contains(QStringLiteral("Clipboard figure")));
    }

    // The SVG of a chart is well-formed and carries title, legend and filter.
    void chartSvgExport_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("time") << "time"
                              << QStringList{"Incidents over time, by attack type", "Ransomware",
                                             "Filters: Île-de-France", "Vigie — 2 incidents"};
        QTest::newRow("attack") << "attack"
                                << QStringList{"Attack types", "Ransomware (1)", "Ddos"};
        QTest::newRow("region") << "region"
                                << QStringList{"Incidents by region", "Hauts-de-France",
                                               "Île-de-France", "Filters: Île-de-France"};
        QTest::newRow("dashboard")
            << ""
            << QStringList{"Cyberattacks on health organisations", "Attack types",
                           "Most active threat actors", "Filters: Île-de-France"};
    }

    void chartSvgExport()
    {
        QFETCH(QString, chart);
        QFETCH(QStringList, expected);
        const filter::Snapshot snapshot = fixture();
        filter::FilterEngine engine(snapshot, spec(QStringLiteral("region=11")));
        const QString path =
            m_dir.filePath(QStringLiteral("chart-%1.svg").arg(QTest::currentDataTag()));
        FigureSettings settings;
        settings.size = QSize(1000, 700);
        ChartPaintOptions options;
        options.locale = QLocale(QLocale::English);
        const Status s = renderChartsToFile(chart, engine, snapshot, path, settings, options);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QString error;
        const QString text = svgText(test_readFile(path), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString &e : expected)
            QVERIFY2(text.contains(e, Qt::CaseInsensitive),
                     qPrintable(e + QStringLiteral(" in ") + text.left(400)));
        QVERIFY(!renderChartsToFile(QStringLiteral("pie"), engine, snapshot, path, settings).ok());
    }

    void paintChartIsHeadlessAndNotBlank()
    {
        const filter::Snapshot snapshot = fixture();
        filter::FilterEngine engine(snapshot);
        for (const QString &name : chartNames()) {
            QImage image(600, 400, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            {
                QPainter p(&image);
                QVERIFY(paintChart(name, engine, snapshot, p, QRectF(0, 0, 600, 400)));
            }
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 3)
                for (int x = 0; x < image.width(); x += 3)
                    colours.insert(image.pixel(x, y));
            QVERIFY2(colours.size() > 10, qPrintable(name));
        }
        QImage image(100, 100, QImage::Format_ARGB32_Premultiplied);
        QPainter p(&image);
        QVERIFY(!paintChart(QStringLiteral("pie"), engine, snapshot, p, QRectF(0, 0, 100, 100)));
    }

    // The real window: the charts dock, a click on a region bar filters
    // every view, Ctrl+click adds, a click on a selected bar removes it.
    void clickFiltersTheWindow()
    {
        auto db = db::openDatabase(m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_counter)));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        MainWindow w(std::move(db).value());
        w.resize(1500, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *dock = w.findChild<QDockWidget *>(QStringLiteral("chartsDock"));
        QVERIFY(dock);
        QVERIFY(w.findChild<QAction *>(QStringLiteral("actionToggleCharts")));
        dock->raise();
        QTRY_VERIFY(dock->isVisible());
        auto *panel = w.findChild<ChartsPanel *>(QStringLiteral("chartsPanel"));
        QVERIFY(panel);
        panel->setCurrentChart(ChartKind::Regions);
        auto *view = w.findChild<ChartView *>(QStringLiteral("chartView_region"));
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible() && view->width() > 200);
        const filter::FilterController &fc = w.filterController();
        // Once laid out: the number of bars depends on the chart's height.
        QTest::qWait(150);
        panel->refresh();
        const ChartTable before = view->table();
        QVERIFY(before.categories.size() >= 3);
        QCOMPARE(before.counted, fc.snapshot().liveCount());

        // Click the second bar (categories top-down; bars bottom-up).
        const auto clickBar = [&](qsizetype category, Qt::KeyboardModifiers modifiers) {
            QChart *chart = view->chart();
            auto *series = qobject_cast<QHorizontalBarSeries *>(chart->series().value(0));
            QVERIFY(series);
            const qsizetype n = view->table().categories.size();
            const double value = view->table().total(category);
            const QPointF scene =
                chart->mapToPosition(QPointF(value / 2, double(n - 1 - category)), series);
            const QPoint pos = view->mapFromScene(chart->mapToScene(scene));
            QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, pos);
        };
        const QString second = before.categories[1].key;
        const QString first = before.categories[0].key;
        clickBar(1, Qt::NoModifier);
        QTRY_COMPARE(fc.spec().regions, QStringList{second});
        // Every view follows: the table shows the selected incidents.
        QTRY_COMPARE(w.incidentModel().rowCount(), fc.engine().counts().selected);
        QVERIFY(fc.engine().counts().selected < fc.snapshot().liveCount());
        // The region chart ignores its own filter: its bars stay, one selected.
        QTRY_VERIFY(view->table().hasSelection);
        QCOMPARE(view->table().categories.size(), before.categories.size());
        QVERIFY(view->table().categories[1].selected);
        QVERIFY(!view->table().categories[0].selected);
        // The other charts honour it.
        auto *kinds = w.findChild<ChartView *>(QStringLiteral("chartView_kind"));
        QVERIFY(kinds);
        panel->setCurrentChart(std::nullopt);
        QTRY_COMPARE(kinds->table().counted, fc.engine().counts().selected);

        panel->setCurrentChart(ChartKind::Regions);
        QTRY_VERIFY(view->isVisible());
        clickBar(0, Qt::ControlModifier);
        QTRY_COMPARE(fc.spec().regions.size(), 2);
        QVERIFY(fc.spec().regions.contains(first));
        clickBar(1, Qt::NoModifier); // selected: removed
        QTRY_COMPARE(fc.spec().regions, QStringList{first});

        // The time chart's granularity switch.
        panel->setCurrentChart(ChartKind::Timeline);
        auto *time = w.findChild<ChartView *>(QStringLiteral("chartView_time"));
        QVERIFY(time);
        panel->stepBox()->setCurrentIndex(panel->stepBox()->findData(int(TimeStep::Year)));
        QTRY_COMPARE(time->table().step, TimeStep::Year);
        QVERIFY(time->table().categories.first().key.size() == 4);

        // Export and copy what is shown.
        const QString path = m_dir.filePath(QStringLiteral("panel.svg"));
        FigureSettings settings;
        settings.size = QSize(900, 600);
        QVERIFY(panel->exportTo(path, settings).ok());
        const QString text = svgText(test_readFile(path));
        QVERIFY(text.contains(QStringLiteral("Incidents over time")));
        QVERIFY(text.contains(QStringLiteral("Filters: ")));
        QVERIFY(panel->copyToClipboard().ok());
        QVERIFY(
            QGuiApplication::clipboard()->mimeData()->hasFormat(QStringLiteral("image/svg+xml")));

        // The timeline's playback cursor: the charts count up to it.
        const qint32 all = time->table().counted;
        Q_EMIT w.notifier().timeCursorChanged(QDate(2021, 1, 1));
        QTRY_VERIFY(time->table().counted < all);
        QVERIFY(time->table().counted > 0);
        QCOMPARE(panel->cursor(), std::optional(QDate(2021, 1, 1)));
        Q_EMIT w.notifier().timeCursorChanged(QDate());
        QTRY_COMPARE(time->table().counted, all);

        // A dark desktop theme: the charts follow the palette.
        QPalette dark = panel->palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x21, 0x24));
        dark.setColor(QPalette::Base, QColor(0x18, 0x19, 0x1c));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        panel->setPalette(dark);
        QTRY_COMPARE(time->chart()->backgroundBrush().color(), QColor(0x18, 0x19, 0x1c));
        QCOMPARE(time->chart()->theme(), QChart::ChartThemeDark);
        // The stacks keep the shared attack colours.
        auto *stacks = qobject_cast<QAbstractBarSeries *>(time->chart()->series().value(0));
        QVERIFY(stacks);
        QCOMPARE(stacks->barSets().value(0)->label(), QStringLiteral("Ransomware"));
        // No date range selected: nothing dimmed.
        QCOMPARE(stacks->barSets().value(0)->color(), QColor(0xd6, 0x27, 0x28));
        if (qEnvironmentVariableIsSet("VIGIE_CHARTS_GRAB")) { // a look at the dock, by hand
            panel->setCurrentChart(std::nullopt);
            QTest::qWait(100);
            panel->grab().save(qEnvironmentVariable("VIGIE_CHARTS_GRAB"));
        }
    }

    // The timeline's and the map's Copy actions go through the same writer.
    void copyActionsOfTheViews_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("text");
        QTest::newRow("timeline") << "timelineCopy"
                                  << "Filters";
        // The map draws its labels as paths: its title names it.
        QTest::newRow("map") << "mapCopy"
                             << "<title>Vigie map</title>";
        QTest::newRow("charts") << "chartsCopy"
                                << "Filters: ";
    }

    void copyActionsOfTheViews()
    {
        QFETCH(QString, action);
        QFETCH(QString, text);
        auto db = db::openDatabase(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_counter)));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        MainWindow w(std::move(db).value());
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // The view must be on top (a hidden map has not loaded its geometry).
        const QString dock = action.left(action.size() - 4) + QStringLiteral("Dock");
        auto *d = w.findChild<QDockWidget *>(dock);
        QVERIFY2(d, qPrintable(dock));
        d->raise();
        QTRY_VERIFY(d->isVisible());
        QGuiApplication::clipboard()->clear();
        auto *copy = w.findChild<QAction *>(action);
        QVERIFY(copy);
        copy->trigger();
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime && mime->hasImage());
        QVERIFY(!qvariant_cast<QImage>(mime->imageData()).isNull());
        const QByteArray svg = mime->data(QStringLiteral("image/svg+xml"));
        QVERIFY(svg.startsWith("<?xml"));
        QVERIFY2(svg.contains(text.toUtf8()), svg.left(600).constData());
    }

    void exportDialog()
    {
        FigureExportDialog dialog(QStringLiteral("Export"), m_dir.filePath(QStringLiteral("a.png")),
                                  QSize(1000, 600));
        auto *dpi = dialog.findChild<QComboBox *>(QStringLiteral("figureDpi"));
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("figureSummary"));
        QVERIFY(dpi && summary);
        dpi->setCurrentIndex(dpi->findData(300));
        QCOMPARE(dialog.choice().settings.dpi, 300);
        QCOMPARE(dialog.choice().settings.size, QSize(1000, 600));
        QVERIFY2(summary->text().contains(QStringLiteral("3125×1875")),
                 qPrintable(summary->text()));
        auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("figurePath"));
        QVERIFY(path);
        path->setText(m_dir.filePath(QStringLiteral("a.svg")));
        QVERIFY(!dpi->isEnabled()); // vectors have no resolution
        QVERIFY(summary->text().contains(QStringLiteral("cm")));
    }

private:
    static QByteArray test_readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
