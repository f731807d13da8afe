// SPDX-License-Identifier: GPL-3.0-or-later
// What every GUI test that drives the real MainWindow sets up: settings kept
// in a temporary folder (never the user's), and a shown window on a database.
#pragma once

#include "db/DatabaseSetup.h"
#include "mainwindow/MainWindow.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace vigie::test {

// The child widget of `parent` with that objectName; the test stops at once
// when there is none (a renamed widget must not pass as an absent one).
template<typename T>
T *child(QWidget &parent, const QString &name)
{
    T *w = parent.findChild<T *>(name);
    if (!w)
        qFatal("no %s", qPrintable(name));
    return w;
}

// QSettings go to `dir`/config under the organisation "VigieTest".
inline void isolateSettings(const QTemporaryDir &dir, const QString &applicationName)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       dir.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("VigieTest"));
    QCoreApplication::setApplicationName(applicationName);
}

// Opens (a new file: creates and seeds) the database at `path` and shows a
// MainWindow on it, resized to `size` when given, exposed when this returns.
inline std::unique_ptr<ui::MainWindow> showWindow(const QString &path, QSize size = {},
                                                  const db::OpenOptions &options = {})
{
    auto db = db::openDatabase(path, options);
    if (!db)
        qFatal("cannot open the test database: %s", qPrintable(db.error()));
    auto window = std::make_unique<ui::MainWindow>(std::move(db).value());
    if (size.isValid())
        window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

} // namespace vigie::test
