// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBox.h"

namespace vigie::ui {

namespace {

// Test seam state: only tests set it, the GUI thread alone reads it.
struct Seam {
    std::optional<MessageBox::Button> next;
    std::optional<MessageBox::Button> automatic;
    MessageBox::Shown last;
    int count = 0;
};

Seam &seam()
{
    static Seam s;
    return s;
}

} // namespace

MessageBox::Button MessageBox::show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                    const QString &text, Buttons buttons, Button defaultButton)
{
    Seam &s = seam();
    s.last = {icon, title, text};
    ++s.count;
    if (s.next) {
        const Button answer = *s.next;
        s.next.reset();
        return answer;
    }
    if (s.automatic)
        return *s.automatic;
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    box.setTextFormat(Qt::PlainText);
    return Button(box.exec());
}

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons)
{
    return show(parent, QMessageBox::Critical, title, text, buttons, QMessageBox::NoButton);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                       Buttons buttons)
{
    return show(parent, QMessageBox::Warning, title, text, buttons, QMessageBox::NoButton);
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title,
                                           const QString &text, Buttons buttons)
{
    return show(parent, QMessageBox::Information, title, text, buttons, QMessageBox::NoButton);
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(Button answer)
{
    seam().next = answer;
}

void MessageBox::setAutoAnswer(std::optional<Button> answer)
{
    seam().automatic = answer;
}

MessageBox::Shown MessageBox::last()
{
    return seam().last;
}

int MessageBox::count()
{
    return seam().count;
}

} // namespace vigie::ui
