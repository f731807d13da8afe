// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace vigie::ui {

class ImportController;

// The status bar's import indicator: "Reading articles: 12 of 40", a
// progress bar and a cancel button; hidden when no batch runs.
class ImportStatus : public QWidget {
    Q_OBJECT
public:
    ImportStatus(ImportController &controller, QWidget *parent = nullptr);

private:
    void showProgress(int done, int total);

    ImportController &m_controller;
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QToolButton *m_cancel = nullptr;
};

} // namespace vigie::ui
