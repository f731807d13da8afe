// SPDX-License-Identifier: GPL-3.0-or-later
// The real binary: --screenshot writes the window as a PNG of the requested
// size, and without a display Vigie says so in one line and fails.
#include "TestSupport.h"

#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

class TestScreenshot : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void writesAPngOfTheRequestedSize_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("default") << QString() << QSize(1400, 900);
        QTest::newRow("1200x800") << "1200x800" << QSize(1200, 800);
        QTest::newRow("small") << "800x600" << QSize(800, 600);
    }

    void writesAPngOfTheRequestedSize()
    {
        QFETCH(QString, size);
        QFETCH(QSize, expected);
        const QString png =
            m_dir.filePath(QStringLiteral("shot-%1.png").arg(QTest::currentDataTag()));
        QStringList args{QStringLiteral("--screenshot"), png, QStringLiteral("--db"),
                         m_dir.filePath(QStringLiteral("shot.sqlite"))};
        if (!size.isEmpty())
            args << QStringLiteral("--size") << size;
        const auto run = test::runVigie(args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), expected);
        // Not a blank picture: a table of text has many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 20);
    }

    // --drop: a real drop on the window, the review dialog in the picture,
    // and nothing stored (the dialog is closed unanswered).
    void dropShowsTheReviewDialog()
    {
        const QString dbPath = m_dir.filePath(QStringLiteral("drop.sqlite"));
        const QString plain = m_dir.filePath(QStringLiteral("plain.png"));
        const QString dropped = m_dir.filePath(QStringLiteral("dropped.png"));
        auto run =
            test::runVigie({QStringLiteral("--screenshot"), plain, QStringLiteral("--db"), dbPath});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QByteArray before = test::readFile(dbPath);
        run = test::runVigie({QStringLiteral("--screenshot"), dropped, QStringLiteral("--db"),
                              dbPath, QStringLiteral("--drop"),
                              test::dataPath(QStringLiteral("articleimport/vierzon-clinique.txt"))},
                             {}, 120000);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QImage a(plain);
        const QImage b(dropped);
        QCOMPARE(b.size(), QSize(1400, 900));
        // The dialog covers the middle of the window.
        int differing = 0;
        for (int y = 300; y < 600; y += 10)
            for (int x = 400; x < 1000; x += 10)
                differing += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
        QVERIFY2(differing > 900, qPrintable(QString::number(differing)));
        QCOMPARE(test::readFile(dbPath), before);

        const auto usage = test::runVigie({QStringLiteral("--drop"), plain});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY(usage.err.contains("--screenshot"));
    }

    void rejectsABadSize()
    {
        const auto run = test::runVigie({QStringLiteral("--screenshot"),
                                         m_dir.filePath(QStringLiteral("bad.png")),
                                         QStringLiteral("--size"), QStringLiteral("huge")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--size"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.png"))));
    }

    void withoutADisplayItSaysSoInOneLine()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("VIGIE_BINARY"),
                {QStringLiteral("--db"), m_dir.filePath(QStringLiteral("nodisplay.sqlite"))});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY(p.exitCode() != 0);
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(err.count('\n'), 1);
        QVERIFY(err.contains("no display"));
        QVERIFY(err.contains("--screenshot"));
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
