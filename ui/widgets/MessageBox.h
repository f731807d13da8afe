// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

#include <optional>

namespace vigie::ui {

// Every message box of the window goes through here, so GUI tests never
// block on a modal dialog: a test sets the next answer, the box is not shown
// and its text is kept for the test to check (KeePassXC's MessageBox seam).
class MessageBox {
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button critical(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Ok);
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          Buttons buttons = QMessageBox::Ok);
    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = QMessageBox::Ok);
    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::NoButton);

    // Tests: the next box is answered with `answer` without being shown.
    static void setNextAnswer(Button answer);
    // Tests: every box is answered with `answer` until cleared (nullopt).
    static void setAutoAnswer(std::optional<Button> answer);

    struct Shown {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
    };
    // The last box asked for (shown or answered by a test), and a counter.
    static Shown last();
    static int count();

private:
    static Button show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                       const QString &text, Buttons buttons, Button defaultButton);
};

} // namespace vigie::ui
