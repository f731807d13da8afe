// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiLauncher.h"

#include "MainWindow.h"
#include "cli/Commands.h"
#include "db/DatabaseSetup.h"
#include "importing/ImportController.h"
#include "importing/SyntheticDrop.h"
#include "importing/WindowImport.h"
#include "render/RenderCommand.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QLayout>
#include <QMimeData>
#include <QPainter>
#include <QScreen>
#include <QTimer>

#include <memory>

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

// The dialog a drop leads to, once it is on screen: the review dialog when
// there is one, else the import's outcome list.
QDialog *shownDialog(QWidget &window)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        auto *dialog = qobject_cast<QDialog *>(w);
        if (dialog && dialog->isVisible() && dialog->parentWidget() == &window)
            return dialog;
    }
    return nullptr;
}

// The window with its dialog drawn where it sits (centred when it lies
// outside the window, as a window manager would place it).
QImage grabWithDialog(QWidget &window, QDialog *dialog)
{
    QImage image = window.grab().toImage();
    if (!dialog)
        return image;
    const QImage top = dialog->grab().toImage();
    QPoint at = dialog->geometry().topLeft() - window.geometry().topLeft();
    if (!image.rect().contains(QRect(at, top.size())))
        at = QPoint((image.width() - top.width()) / 2, (image.height() - top.height()) / 2);
    QPainter painter(&image);
    painter.fillRect(QRect(at, top.size()).translated(4, 4), QColor(0, 0, 0, 60)); // a shadow
    painter.drawImage(at, top);
    painter.setPen(QColor(0, 0, 0, 120)); // the frame a window manager would draw
    painter.drawRect(QRect(at, top.size()).adjusted(0, 0, -1, -1));
    return image;
}

// Drops `paths` on the window as a file manager would (a real QDropEvent
// through the window's QWindow), waits (at most two minutes) until a dialog
// shows the result (the review dialog, modal, or the outcome list) and
// grabs the window with it. The review dialog is then closed unanswered:
// the batch is dropped, the screenshot stores nothing. A null image and
// `error` when it fails.
QImage dropAndGrab(MainWindow &window, const QStringList &paths, QString *error)
{
    QImage image;
    QEventLoop wait;
    QTimer poll;
    poll.setInterval(50);
    // The check runs from the timer, so it also runs inside the modal
    // review dialog's own event loop.
    QObject::connect(&poll, &QTimer::timeout, &wait, [&] {
        QDialog *dialog = shownDialog(window);
        if (!dialog)
            return;
        poll.stop();
        settle(*dialog);
        image = grabWithDialog(window, dialog);
        dialog->reject();
        wait.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &wait, [&] {
        *error = QApplication::translate("GuiLauncher", "No dialog appeared after the drop");
        poll.stop();
        wait.quit();
    });
    std::unique_ptr<QMimeData> mime(mimeForPaths(paths));
    poll.start();
    timeout.start(120000);
    if (!sendDrag(window, *mime, window.rect().center())) {
        *error = QApplication::translate("GuiLauncher", "The window refused the drop");
        return {};
    }
    wait.exec();
    return image;
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
    const QCommandLineOption dropOption(
        QStringLiteral("drop"),
        QApplication::translate("GuiLauncher",
                                "With --screenshot: drop PATH (a file or folder; repeat the "
                                "option for several) on the window as a file manager would, "
                                "wait for the import's dialog and include it in the picture."),
        QStringLiteral("PATH"));
    parser.addOptions({dbOption, emptyOption, screenshotOption, sizeOption, dropOption});
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
    // Paths after the options are dropped too: --drop a.html b.pdf.
    QStringList dropPaths = parser.values(dropOption);
    if (!dropPaths.isEmpty())
        dropPaths += parser.positionalArguments();
    if (!dropPaths.isEmpty() && !screenshot) {
        printError(QApplication::translate("GuiLauncher", "--drop needs --screenshot FILE.png"));
        return 2;
    }
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
        QImage image;
        if (dropPaths.isEmpty()) {
            image = window.grab().toImage();
        } else {
            QString error;
            image = dropAndGrab(window, dropPaths, &error);
            if (image.isNull()) {
                printError(error);
                return 1;
            }
        }
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
