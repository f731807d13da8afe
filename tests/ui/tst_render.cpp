// SPDX-License-Identifier: GPL-3.0-or-later
// `vigie render` as the real binary: every view in every format, the
// options, and the usage errors (exit 2).
#include "TestSupport.h"

#include <QFile>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace vigie;

class TestRender : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("render.sqlite")); }
    test::RunResult render(QStringList args)
    {
        args.prepend(QStringLiteral("render"));
        args << QStringLiteral("--db") << db();
        return test::runVigie(args);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void writesEachViewInEachFormat_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("title");
        const QString t = QStringLiteral("Cyberattacks on health organisations");
        for (const char *format : {"png", "svg", "pdf"}) {
            QTest::addRow("timeline-%s", format)
                << "timeline" << format << QStringList{} << QSize(1600, 600) << t;
            QTest::addRow("map-%s", format)
                << "map" << format << QStringList{} << QSize(1200, 1000) << t + " by region";
            QTest::addRow("charts-%s", format)
                << "charts" << format << QStringList{} << QSize(1600, 1200) << t;
        }
        QTest::addRow("charts-region-svg")
            << "charts"
            << "svg" << QStringList{"--chart", "region", "--filter", "attack=ransomware"}
            << QSize(1200, 750) << "Incidents by region";
        QTest::addRow("charts-time-quarter-pdf")
            << "charts"
            << "pdf" << QStringList{"--chart", "time", "--step", "quarter"} << QSize(1200, 750)
            << "";
        // Print resolution: the same layout with twice the pixels.
        QTest::addRow("charts-kind-png-192dpi")
            << "charts"
            << "png" << QStringList{"--chart", "kind", "--size", "800x500", "--dpi", "192"}
            << QSize(1600, 1000) << "";
        QTest::addRow("map-department-sized")
            << "map"
            << "png" << QStringList{"--level", "department", "--size", "900x800"} << QSize(900, 800)
            << t + " by department";
        QTest::addRow("map-world-svg")
            << "map"
            << "svg" << QStringList{"--level", "world"} << QSize(1200, 1000) << t + " by country";
        QTest::addRow("timeline-lanes-sized")
            << "timeline"
            << "svg" << QStringList{"--lanes", "region", "--size", "1000x500"} << QSize(1000, 500)
            << t;
    }

    void writesEachViewInEachFormat()
    {
        QFETCH(QString, view);
        QFETCH(QString, format);
        QFETCH(QStringList, extra);
        QFETCH(QSize, size);
        QFETCH(QString, title);
        const QString out =
            m_dir.filePath(QStringLiteral("%1.%2").arg(QTest::currentDataTag(), format));
        const auto run = render(QStringList{"--view", view, "--out", out} + extra);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(QFile::exists(out));
        const QByteArray bytes = test::readFile(out);
        if (format == u"png") {
            const QImage image(out);
            QCOMPARE(image.size(), size);
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 5)
                for (int x = 0; x < image.width(); x += 5)
                    colours.insert(image.pixel(x, y));
            QVERIFY2(colours.size() > 20, "the picture is nearly blank");
        } else if (format == u"svg") {
            QXmlStreamReader xml(bytes);
            QString text;
            int paths = 0;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                if (xml.isStartElement() &&
                    (xml.name() == u"path" || xml.name() == u"ellipse" || xml.name() == u"rect" ||
                     xml.name() == u"polyline" || xml.name() == u"circle"))
                    ++paths;
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QVERIFY2(text.contains(title), qPrintable(text.left(300)));
            QVERIFY(text.contains(QStringLiteral("Vigie — ")));
            QVERIFY(paths > 10); // areas, or dots and bands
        } else {
            QVERIFY(bytes.startsWith("%PDF"));
            QVERIFY(bytes.size() > 2000);
        }
    }

    void theFilterIsAppliedAndNamed()
    {
        const QString all = m_dir.filePath(QStringLiteral("all.svg"));
        const QString one = m_dir.filePath(QStringLiteral("one.svg"));
        QCOMPARE(render({"--view", "map", "--out", all}).exitCode, 0);
        const auto run =
            render({"--view", "map", "--out", one, "--filter", "attack=ransomware;from=2022"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString a = QString::fromUtf8(test::readFile(all));
        const QString b = QString::fromUtf8(test::readFile(one));
        QVERIFY(a.contains(QStringLiteral("Filters: none")));
        QVERIFY(b.contains(QStringLiteral("Ransomware")));
        QVERIFY(b.contains(QStringLiteral("since 2022")));
        // Fewer incidents in the source line.
        static const QRegularExpression count(QStringLiteral("Vigie — (\\d+) incident"));
        const auto ma = count.match(a), mb = count.match(b);
        QVERIFY(ma.hasMatch() && mb.hasMatch());
        QVERIFY(mb.captured(1).toInt() < ma.captured(1).toInt());
    }

    void thePointLayerIsOptional()
    {
        // On by default: its key in the legend; --points off drops it.
        const QString on = m_dir.filePath(QStringLiteral("points-on.svg"));
        const QString off = m_dir.filePath(QStringLiteral("points-off.svg"));
        QCOMPARE(render({"--view", "map", "--out", on, "--level", "department"}).exitCode, 0);
        const auto run =
            render({"--view", "map", "--out", off, "--level", "department", "--points", "off"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString a = QString::fromUtf8(test::readFile(on));
        const QString b = QString::fromUtf8(test::readFile(off));
        // The key's title (word-wrapped into several <text> runs).
        QVERIFY(a.contains(QStringLiteral("Towns (circle area:")));
        QVERIFY(!b.contains(QStringLiteral("Towns (circle area:")));
        QVERIFY(a.size() > b.size());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("no view") << QStringList{"--out", "x.png"} << "--view is required";
        QTest::addRow("bad view") << QStringList{"--view", "chart", "--out", "x.png"}
                                  << "unknown view 'chart'";
        QTest::addRow("no out") << QStringList{"--view", "map"} << "--out FILE is required";
        QTest::addRow("bad points")
            << QStringList{"--view", "map", "--out", "x.png", "--points", "maybe"}
            << "--points takes on or off";
        QTest::addRow("bad extension")
            << QStringList{"--view", "map", "--out", "x.jpg"} << "use a .png, .svg or .pdf";
        QTest::addRow("bad filter")
            << QStringList{"--view", "timeline", "--out", "x.png", "--filter", "attack=ransom"}
            << "bad --filter: 'attack=ransom'";
        QTest::addRow("bad size") << QStringList{"--view", "map", "--out", "x.png", "--size", "big"}
                                  << "--size takes";
        QTest::addRow("bad level")
            << QStringList{"--view", "map", "--out", "x.png", "--level", "commune"}
            << "unknown level 'commune'";
        QTest::addRow("report as png") << QStringList{"--view", "report", "--out", "x.png"}
                                       << "the report is a multi-page PDF: use a .pdf file name";
        QTest::addRow("report as svg") << QStringList{"--view", "report", "--out", "x.svg"}
                                       << "the report is a multi-page PDF: use a .pdf file name";
        QTest::addRow("report sized")
            << QStringList{"--view", "report", "--out", "x.pdf", "--size", "800x600"}
            << "--size does not apply to the report";
        QTest::addRow("bad chart")
            << QStringList{"--view", "charts", "--out", "x.png", "--chart", "pie"}
            << "unknown chart 'pie'";
        QTest::addRow("chart without charts")
            << QStringList{"--view", "map", "--out", "x.png", "--chart", "region"}
            << "--chart goes with --view charts";
        QTest::addRow("bad step") << QStringList{"--view", "charts", "--out",
                                                 "x.png",  "--step", "week"}
                                  << "unknown step 'week'";
        QTest::addRow("bad dpi") << QStringList{"--view", "charts", "--out",
                                                "x.png",  "--dpi",  "5000"}
                                 << "--dpi takes";
        QTest::addRow("bad lanes")
            << QStringList{"--view", "timeline", "--out", "x.png", "--lanes", "actor"}
            << "unknown lanes 'actor'";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        for (QString &a : args)
            if (a.startsWith(u"x."))
                a = m_dir.filePath(a);
        const auto run = render(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
        // One line of ours (Qt may add its own warnings about the session).
        const QList<QByteArray> ours = [&] {
            QList<QByteArray> lines;
            for (const QByteArray &line : run.err.split('\n'))
                if (line.startsWith("vigie render: "))
                    lines.append(line);
            return lines;
        }();
        QCOMPARE(ours.size(), 1);
        QVERIFY(ours.first().contains(message.toUtf8()));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.png"))));
    }

    void writesTheReport()
    {
        // The report itself is checked page by page in tst_report (Poppler).
        const QString all = m_dir.filePath(QStringLiteral("report.pdf"));
        const QString some = m_dir.filePath(QStringLiteral("report-filtered.pdf"));
        auto run = render({"--view", "report", "--out", all});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = render({"--view", "report", "--out", some, "--filter", "region=11"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QByteArray a = test::readFile(all), b = test::readFile(some);
        QVERIFY(a.startsWith("%PDF") && b.startsWith("%PDF"));
        QVERIFY(a.contains("/Subtype /Link"));
        QVERIFY(b.size() < a.size()); // fewer incidents, fewer table pages
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
    }

    void unwritableOutputFails()
    {
        const auto run = render({"--view", "map", "--out", m_dir.filePath("no/such/dir/m.png")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRender)
#include "tst_render.moc"
