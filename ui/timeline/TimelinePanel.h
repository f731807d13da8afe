// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QToolBar;

namespace vigie::ui {

class TimelineView;

// The timeline as the main window docks it: a tool bar (lanes; play/pause,
// stop and speed of the playback; export) over a TimelineView.
class TimelinePanel : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePanel(QWidget *parent = nullptr);

    TimelineView *view() const { return m_view; }
    QToolBar *toolBar() const { return m_toolBar; }
    QComboBox *lanesBox() const { return m_lanes; }
    QComboBox *speedBox() const { return m_speed; }
    QAction *playAction() const { return m_play; }
    QAction *stopAction() const { return m_stop; }

    // Asks for a file name, then writes the timeline as shown (with a header).
    void exportWithDialog();

private:
    void syncPlayback(bool playing);

    QToolBar *m_toolBar = nullptr;
    TimelineView *m_view = nullptr;
    QComboBox *m_lanes = nullptr;
    QComboBox *m_speed = nullptr;
    QAction *m_play = nullptr;
    QAction *m_stop = nullptr;
};

} // namespace vigie::ui
