// SPDX-License-Identifier: GPL-3.0-or-later
// Application set-up and command-line dispatch; everything else lives in
// vigie_core (app/) and vigie_ui (ui/).
#include "cli/Commands.h"
#include "db/DatabaseSetup.h"
#include "mainwindow/GuiLauncher.h"
#include "mainwindow/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>

#include <cstdio>
#include <cstring>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Vigie"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("vigie.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("vigie"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIE_VERSION));
}

bool hasDisplay()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty() && !platform.startsWith("xcb") && !platform.startsWith("wayland"))
        return true;
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

bool wantsOffscreen(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strcmp(argv[i], "render") == 0)
            return true;
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    // Commands that need no display run under QCoreApplication.
    if (argc > 1 && argv[1][0] != '-') {
        if (const auto *command = vigie::cli::findCoreCommand(QString::fromLocal8Bit(argv[1]))) {
            QCoreApplication app(argc, argv);
            setIdentity();
            vigie::ui::installTranslators(app, vigie::ui::uiLocale());
            QTextStream out(stdout);
            QTextStream err(stderr);
            return command->run(app.arguments(), out, err);
        }
    }

    // Screenshots and renders never need a screen.
    if (wantsOffscreen(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const bool helpOrVersion =
        argc > 1 && (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0 ||
                     std::strcmp(argv[1], "--version") == 0 || std::strcmp(argv[1], "-v") == 0);
    if (helpOrVersion && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!hasDisplay()) {
        std::fputs("vigie: no display found (DISPLAY and WAYLAND_DISPLAY are unset). Run it in a "
                   "desktop session, or use 'vigie --screenshot FILE.png' or 'vigie stats' "
                   "without one.\n",
                   stderr);
        return 2;
    }

    QApplication app(argc, argv);
    setIdentity();
    vigie::ui::installTranslators(app, vigie::ui::uiLocale());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/vigie.svg")));
    return vigie::ui::runGui(app);
}
