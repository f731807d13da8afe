// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapView.h"

class QActionGroup;
class QToolBar;

namespace vigie::ui {

// The map as the main window docks it: a tool bar (regions, departments,
// world; count or per 100,000; reset view; export) over a MapView.
class MapPanel : public QWidget {
    Q_OBJECT
public:
    explicit MapPanel(QWidget *parent = nullptr);

    MapView *view() const { return m_view; }
    QToolBar *toolBar() const { return m_toolBar; }

    // Asks for a file name, then writes it; errors are shown in a message box.
    void exportWithDialog();

private:
    void syncActions();

    QToolBar *m_toolBar = nullptr;
    MapView *m_view = nullptr;
    QActionGroup *m_levels = nullptr;
    QActionGroup *m_measures = nullptr;
};

} // namespace vigie::ui
