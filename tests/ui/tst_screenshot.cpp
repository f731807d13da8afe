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
