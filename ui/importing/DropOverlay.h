// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace vigie::ui {

// The drop cue: a translucent sheet over the whole window with a frame and
// "Drop to import", shown while something importable is dragged over it.
// It lets every mouse event through and follows its parent's size.
class DropOverlay : public QWidget {
    Q_OBJECT
public:
    explicit DropOverlay(QWidget *parent);
    void setMessage(const QString &message);
    QString message() const { return m_message; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_message;
};

} // namespace vigie::ui
