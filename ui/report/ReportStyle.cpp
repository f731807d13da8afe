// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportStyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QTextOption>

namespace vigie::ui {

namespace ReportStyle {

namespace {

QFont sized(qreal points, bool bold = false)
{
    QFont font;
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QString filtersText(const QString &filterLine)
{
    return QCoreApplication::translate("vigie::ui::Report", "Filters: %1").arg(filterLine);
}

} // namespace

QFont titleFont()
{
    return sized(22, true);
}
QFont headingFont()
{
    return sized(15, true);
}
QFont subheadingFont()
{
    return sized(10, true);
}
QFont textFont()
{
    return sized(9);
}
QFont smallFont()
{
    return sized(7.5);
}

QColor ink()
{
    return QColor(0x20, 0x24, 0x2a);
}
QColor muted()
{
    return QColor(0x5f, 0x66, 0x70);
}
QColor rule()
{
    return QColor(0xc8, 0xcc, 0xd2);
}
QColor accent()
{
    return QColor(0xd9, 0x48, 0x1e);
}
QColor link()
{
    return QColor(0x1a, 0x5f, 0xb4);
}

qreal headingHeight(const QPaintDevice &device, qreal width, const QString &filterLine)
{
    qreal h = TextBox(QStringLiteral("Ag"), headingFont(), &device, width).height() + 4;
    if (!filterLine.isEmpty())
        h += TextBox(filtersText(filterLine), textFont(), &device, width).height() + 2;
    return h + gap;
}

qreal drawHeading(QPainter &painter, const QRectF &body, const QString &heading,
                  const QString &filterLine)
{
    painter.save();
    painter.setPen(ink());
    const TextBox title(heading, headingFont(), painter.device(), body.width());
    title.draw(painter, body.topLeft());
    qreal y = body.top() + title.height() + 2;
    painter.setPen(QPen(accent(), 1.2));
    painter.drawLine(QPointF(body.left(), y), QPointF(body.right(), y));
    y += 2;
    if (!filterLine.isEmpty()) {
        painter.setPen(muted());
        const TextBox filters(filtersText(filterLine), textFont(), painter.device(), body.width());
        filters.draw(painter, QPointF(body.left(), y));
        y += filters.height() + 2;
    }
    painter.restore();
    return y + gap;
}

} // namespace ReportStyle

TextBox::TextBox(const QString &text, const QFont &font, const QPaintDevice *device, qreal width,
                 const QList<QTextLayout::FormatRange> &formats, Qt::Alignment alignment)
    : m_layout(std::make_shared<QTextLayout>(text, font, device))
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->setFormats(formats);
    m_layout->setCacheEnabled(true);
    m_layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    m_layout->endLayout();
    m_height = y;
}

void TextBox::draw(QPainter &painter, QPointF topLeft) const
{
    if (m_layout)
        m_layout->draw(&painter, topLeft);
}

} // namespace vigie::ui
