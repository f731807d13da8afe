// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace vigie::ui {

// Parses the GUI command line (--db, --empty, --screenshot, render ...),
// opens the database and runs the main window or the headless render.
int runGui(QApplication &app);

} // namespace vigie::ui
