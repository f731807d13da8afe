// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FigureWriter.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace vigie::ui {

// Asks where to export a figure and at what size and resolution: a file
// (its suffix picks PNG, SVG or PDF), width and height in pixels, and for
// PNG the resolution, with the resulting image size spelled out.
class FigureExportDialog : public QDialog {
    Q_OBJECT
public:
    struct Choice {
        QString path;
        FigureSettings settings;
    };

    FigureExportDialog(const QString &title, const QString &path, QSize size,
                       QWidget *parent = nullptr);

    Choice choice() const;
    // Runs the dialog; nullopt when cancelled.
    static std::optional<Choice> ask(QWidget *parent, const QString &title, const QString &path,
                                     QSize size);

private:
    void browse();
    void updateSummary();

    QLineEdit *m_path = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QComboBox *m_dpi = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace vigie::ui
