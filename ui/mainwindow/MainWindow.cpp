// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "db/IncidentRepository.h"

#include <QLabel>
#include <QStatusBar>

namespace vigie::ui {

MainWindow::MainWindow(db::Database database, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(database))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Vigie"));
    const qint64 count = db::IncidentRepository(m_db).count();
    statusBar()->showMessage(tr("%n incident(s)", nullptr, int(count)));
}

MainWindow::~MainWindow() = default;

} // namespace vigie::ui
