// SPDX-License-Identifier: GPL-3.0-or-later
#include "DropOverlay.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace vigie::ui {

DropOverlay::DropOverlay(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dropOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    m_message = tr("Drop to import articles");
    parent->installEventFilter(this);
    setGeometry(parent->rect());
    hide();
}

void DropOverlay::setMessage(const QString &message)
{
    m_message = message;
    update();
}

bool DropOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void DropOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor accent = palette().color(QPalette::Highlight);
    QColor sheet = palette().color(QPalette::Window);
    sheet.setAlpha(200);
    p.fillRect(rect(), sheet);
    const QRectF frame = QRectF(rect()).adjusted(12, 12, -12, -12);
    QPen pen(accent, 3, Qt::DashLine);
    p.setPen(pen);
    QColor tint = accent;
    tint.setAlpha(40);
    p.setBrush(tint);
    p.drawRoundedRect(frame, 16, 16);

    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    p.setFont(font);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(frame, Qt::AlignCenter | Qt::TextWordWrap, m_message);
}

} // namespace vigie::ui
