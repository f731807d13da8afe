// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QTextLayout>

#include <memory>

class QPaintDevice;
class QPainter;

namespace vigie::ui {

// The report's fonts, colours and the few drawing helpers every section
// shares, so the pages look like one document. Sizes are in points.
namespace ReportStyle {

constexpr qreal margin = 40;       // page margins
constexpr qreal footerHeight = 22; // the footer band inside the bottom margin's edge
constexpr qreal gap = 10;

QFont titleFont();      // cover title, 22 pt
QFont headingFont();    // section headings, 15 pt bold
QFont subheadingFont(); // 10 pt bold
QFont textFont();       // 9 pt
QFont smallFont();      // 7.5 pt (table, footers)

QColor ink();
QColor muted();  // secondary text (filters, footers)
QColor rule();   // thin lines
QColor accent(); // bars of the summary
QColor link();

// Draws a section heading at the top of `body` (with "Filters: …" under it
// when `filterLine` is not empty); returns the y where the content starts.
qreal drawHeading(QPainter &painter, const QRectF &body, const QString &heading,
                  const QString &filterLine = {});
// The height drawHeading() takes.
qreal headingHeight(const QPaintDevice &device, qreal width, const QString &filterLine = {});

} // namespace ReportStyle

// A paragraph laid out once for a width on a device's metrics (wrapping at
// words, or anywhere in long URLs), then drawn; format ranges carry links
// (QTextCharFormat::setAnchorHref), which QPdfWriter turns into clickable
// link annotations.
class TextBox {
public:
    TextBox() = default;
    TextBox(const QString &text, const QFont &font, const QPaintDevice *device, qreal width,
            const QList<QTextLayout::FormatRange> &formats = {},
            Qt::Alignment alignment = Qt::AlignLeft);
    qreal height() const { return m_height; }
    void draw(QPainter &painter, QPointF topLeft) const;

private:
    std::shared_ptr<QTextLayout> m_layout;
    qreal m_height = 0;
};

} // namespace vigie::ui
