// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiLauncher.h"

#include "MainWindow.h"
#include "cli/Commands.h"
#include "db/DatabaseSetup.h"
#include "render/RenderCommand.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QImage>
#include <QLayout>
#include <QScreen>
#include <QTimer>

#include <cstdio>

namespace vigie::ui {

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "vigie: %s\n", qPrintable(message));
}

std::optional<QSize> parseSize(const QString &text)
{
    const QStringList parts = text.toLower().split(u'x');
    if (parts.size() != 2)
        return std::nullopt;
    bool okW = false;
    bool okH = false;
    const int w = parts[0].toInt(&okW);
    const int h = parts[1].toInt(&okH);
    if (!okW || !okH || w < 200 || h < 150 || w > 10000 || h > 10000)
        return std::nullopt;
    return QSize(w, h);
}

// Lets pending layout requests, polish events and deferred resizes run, so
// that a grab shows the final layout rather than the first pass.
void settle(QWidget &window)
{
    for (int pass = 0; pass < 3; ++pass) {
        QCoreApplication::sendPostedEvents();
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        if (window.layout())
            window.layout()->activate();
    }
    QEventLoop loop;
    QTimer::singleShot(100, &loop, &QEventLoop::quit);
    loop.exec();
    QCoreApplication::sendPostedEvents();
    QApplication::processEvents();
}

} // namespace

int runGui(QApplication &app)
{
    if (app.arguments().value(1) == u"render") {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return runRender(app.arguments(), out, err);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("GuiLauncher", "Vigie: cyberattacks on hospitals, on a timeline "
                                               "and a map.\n\nCommands (vigie COMMAND --help):\n") +
        [] {
            QString list;
            for (const auto &c : cli::coreCommands())
                list += QStringLiteral("  %1  %2\n").arg(c.name, -8).arg(c.summary);
            list += QStringLiteral("  %1  %2\n")
                        .arg(QStringLiteral("render"), -8)
                        .arg(QApplication::translate(
                            "GuiLauncher", "Draw the timeline or the map into a PNG, SVG or PDF"));
            return list;
        }());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QApplication::translate("GuiLauncher", "Open the database at PATH."),
        QStringLiteral("PATH"));
    const QCommandLineOption emptyOption(
        QStringLiteral("empty"),
        QApplication::translate("GuiLauncher",
                                "Create a new database without the bundled dataset."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("GuiLauncher",
                                "Render the main window offscreen into FILE.png and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QApplication::translate("GuiLauncher", "Window size for --screenshot (default 1400x900)."),
        QStringLiteral("WxH"), QStringLiteral("1400x900"));
    parser.addOptions({dbOption, emptyOption, screenshotOption, sizeOption});
    parser.process(app);

    const auto size = parseSize(parser.value(sizeOption));
    if (!size) {
        printError(
            QApplication::translate("GuiLauncher", "--size takes WIDTHxHEIGHT, e.g. 1400x900"));
        return 2;
    }
    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : db::defaultDatabasePath();
    db::OpenOptions options;
    options.empty = parser.isSet(emptyOption);
    auto database = db::openDatabase(path, options);
    const bool screenshot = parser.isSet(screenshotOption);
    if (!database) {
        printError(database.error());
        if (!screenshot)
            MessageBox::critical(nullptr, QApplication::translate("GuiLauncher", "Vigie"),
                                 database.error());
        return 1;
    }

    MainWindow window(std::move(database).value());
    if (screenshot) {
        // A faithful picture: the window as a user first sees it, at the
        // requested size, with a row selected so the detail pane has content.
        // The default layout, not this user's: screenshots are reproducible.
        window.resetLayout();
        window.setWindowState(Qt::WindowNoState);
        window.resize(*size);
        window.show();
        window.selectFirstIncident();
        settle(window);
        const QString file = parser.value(screenshotOption);
        const QImage image = window.grab().toImage();
        if (image.size() != *size)
            printError(QApplication::translate("GuiLauncher",
                                               "The window is %1x%2, not the requested size")
                           .arg(image.width())
                           .arg(image.height()));
        if (!image.save(file)) {
            printError(
                QApplication::translate("GuiLauncher", "Cannot write the screenshot %1").arg(file));
            return 1;
        }
        return 0;
    }
    window.show();
    return app.exec();
}

} // namespace vigie::ui
