// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/MapExport.h"
#include "map/MapPanel.h"
#include "map/MapView.h"

#include <QAction>

#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace vigie;
using namespace vigie::ui;
using geo::MapLevel;

class TestMapExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        auto loaded = geo::MapData::load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        m_data = std::make_shared<const geo::MapData>(std::move(loaded).value());
        QVERIFY(m_dir.isValid());
        m_input.counts[int(MapLevel::Region)] = {{"11", 12}, {"53", 3}, {"94", 1}};
        m_input.counts[int(MapLevel::Department)] = {{"75", 7}, {"35", 3}, {"2A", 1}, {"971", 2}};
        m_input.counts[int(MapLevel::World)] = {{"FR", 40}, {"US", 12}, {"BE", 8}};
        m_input.title = QStringLiteral("Hospital cyberattacks");
        m_input.filterLine = QStringLiteral("Filters: ransomware");
        m_input.sourceLine = QStringLiteral("Source: Vigie test");
    }

    void svgHasOnePathPerArea_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<QStringList>("legend");
        QTest::newRow("regions") << int(MapLevel::Region) << QStringList{"12", "3", "1", "0"};
        QTest::newRow("departments")
            << int(MapLevel::Department) << QStringList{"7", "3", "2", "1", "0"};
        QTest::newRow("world") << int(MapLevel::World) << QStringList{"40", "12", "8", "0"};
    }
    void svgHasOnePathPerArea()
    {
        QFETCH(int, level);
        QFETCH(QStringList, legend);
        const QString path = m_dir.filePath(QStringLiteral("map%1.svg").arg(level));
        const Status status =
            renderMapToFile(m_input, MapLevel(level), QSize(1200, 900), path, m_data);
        QVERIFY2(status.ok(), qPrintable(status.error()));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int paths = 0;
        QStringList texts;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("path"))
                ++paths;
            else if (xml.name() == QLatin1String("text"))
                texts.append(xml.readElementText().trimmed());
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        // One path per area, then the shared borders and the coasts (and the
        // region borders over the departments).
        QCOMPARE(paths, m_data->areas(MapLevel(level)).size() + 2 +
                            (level == int(MapLevel::Department) ? 1 : 0));
        QVERIFY(texts.contains(QStringLiteral("Incidents")));
        for (const QString &entry : legend)
            QVERIFY2(texts.contains(entry), qPrintable(entry));
        QVERIFY(texts.contains(m_input.title));
        QVERIFY(texts.contains(m_input.filterLine));
        QVERIFY(texts.contains(m_input.sourceLine));
        if (level != int(MapLevel::World)) // inset names
            QVERIFY(texts.contains(QStringLiteral("Guadeloupe")));
    }

    void pngAndPdf()
    {
        const QString png = m_dir.filePath(QStringLiteral("map.png"));
        QVERIFY(renderMapToFile(m_input, MapLevel::Department, QSize(800, 600), png, m_data).ok());
        QImage image(png);
        QCOMPARE(image.size(), QSize(800, 600));
        // Paris has the top class: its anchor is painted in the darkest colour.
        MapLayout layout(m_data);
        layout.setLevel(MapLevel::Department);
        layout.setInput(m_input);
        layout.setViewport(QRectF(0, 0, 800, 600));
        const QPointF gironde =
            layout.transform().map(m_data->find(MapLevel::Department, u"33")->labelAnchor);
        QCOMPARE(image.pixelColor(gironde.toPoint()).name(), Choropleth::zeroColor().name());

        const QString pdf = m_dir.filePath(QStringLiteral("map.pdf"));
        QVERIFY(renderMapToFile(m_input, MapLevel::Region, QSize(800, 600), pdf, m_data).ok());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF-"));
    }

    void errors()
    {
        Status status = renderMapToFile(m_input, MapLevel::Region, QSize(800, 600),
                                        m_dir.filePath(QStringLiteral("map.bmpx")), m_data);
        QVERIFY(!status.ok());
        QVERIFY(status.error().contains(QLatin1String("bmpx")));
        status = renderMapToFile(m_input, MapLevel::Region, QSize(800, 600),
                                 QStringLiteral("/nonexistent/dir/map.png"), m_data);
        QVERIFY(!status.ok());
        QVERIFY(!QFile::exists(QStringLiteral("/nonexistent/dir/map.png")));
    }

    // The widget: click selects, Ctrl-click adds, clicking a selected area
    // removes it; the export draws what the widget shows.
    void viewClicks()
    {
        MapView view;
        view.setMapData(m_data);
        view.setLevel(MapLevel::Department);
        view.setInput(m_input);
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &MapView::selectionRequested);
        auto at = [&](const char *code) {
            return view.layout()
                .transform()
                .map(m_data->find(MapLevel::Department, QString::fromLatin1(code))->labelAnchor)
                .toPoint();
        };
        QTest::mouseClick(&view, Qt::LeftButton, {}, at("33"));
        QTest::mouseClick(&view, Qt::LeftButton, Qt::ControlModifier, at("29"));
        QTest::mouseClick(&view, Qt::LeftButton, {}, at("33"));
        QTest::mouseClick(&view, Qt::LeftButton, {}, at("63"));
        QCOMPARE(spy.size(), 4);
        QCOMPARE(spy[0][1].value<QSet<QString>>(), QSet<QString>{"33"});
        QCOMPARE(spy[1][1].value<QSet<QString>>(), (QSet<QString>{"33", "29"}));
        QCOMPARE(spy[2][1].value<QSet<QString>>(), QSet<QString>{"29"});
        QCOMPARE(spy[3][1].value<QSet<QString>>(), QSet<QString>{"63"});

        QTest::keyClick(&view, Qt::Key_Escape);
        QCOMPARE(spy.size(), 5);
        QVERIFY(spy[4][1].value<QSet<QString>>().isEmpty());
        QTest::mouseClick(&view, Qt::LeftButton, {}, at("29"));

        QTest::mouseMove(&view, at("2A"));
        QCOMPARE(view.hoveredArea(), QStringLiteral("2A"));

        const QString svg = m_dir.filePath(QStringLiteral("view.svg"));
        QVERIFY(view.exportToFile(svg, QSize(900, 700)).ok());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        // 101 areas, 3 border paths, the selected one's outline; no hover.
        QCOMPARE(file.readAll().count("<path"), 105);

        // Export… asks for a resolution: a PNG at 192 dpi has twice the
        // pixels of the same layout at 96 dpi.
        const QString png = m_dir.filePath(QStringLiteral("view.png"));
        QVERIFY(view.exportToFile(png, QSize(450, 350), 192).ok());
        const QImage image(png);
        QCOMPARE(image.size(), QSize(900, 700));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 192);
    }

    void panelActions()
    {
        MapPanel panel;
        panel.view()->setMapData(m_data);
        panel.view()->setInput(m_input);
        auto *world = panel.findChild<QAction *>(QStringLiteral("mapLevel2"));
        auto *departments = panel.findChild<QAction *>(QStringLiteral("mapLevel1"));
        auto *rate = panel.findChild<QAction *>(QStringLiteral("mapMeasure1"));
        QVERIFY(world && departments && rate);
        departments->trigger();
        QCOMPARE(panel.view()->level(), MapLevel::Department);
        QVERIFY(departments->isChecked() && rate->isEnabled());
        rate->trigger();
        QCOMPARE(panel.view()->measure(), MapMeasure::Rate);
        world->trigger();
        QCOMPARE(panel.view()->level(), MapLevel::World);
        QVERIFY(!rate->isEnabled()); // no populations for countries
        QCOMPARE(panel.view()->layout().effectiveMeasure(), MapMeasure::Count);
    }

private:
    std::shared_ptr<const geo::MapData> m_data;
    MapInput m_input;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMapExport)
#include "tst_mapexport.moc"
