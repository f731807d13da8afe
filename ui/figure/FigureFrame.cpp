// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureFrame.h"

#include "render/FilterText.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace vigie::ui {

namespace {

QFont fontOf(double pixelSize, bool bold = false)
{
    QFont font;
    font.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    font.setBold(bold);
    return font;
}

} // namespace

QString FigureFrame::filterLineFor(const filter::FilterSpec &spec, const QLocale &locale)
{
    const QString text = describeFilter(spec, locale);
    return QCoreApplication::translate("vigie::ui::FigureFrame", "Filters: %1")
        .arg(text.isEmpty() ? QCoreApplication::translate("vigie::ui::FigureFrame", "none") : text);
}

QRectF FigureFrame::contentRect(const QRectF &rect) const
{
    return layout(nullptr, rect);
}

QRectF FigureFrame::draw(QPainter &painter, const QRectF &rect) const
{
    painter.save();
    painter.fillRect(rect, background);
    const QRectF content = layout(&painter, rect);
    painter.restore();
    return content;
}

// One routine both measures and draws, so contentRect() and draw() agree.
QRectF FigureFrame::layout(QPainter *p, const QRectF &rect) const
{
    const double margin = 14 * scale;
    const double gap = 6 * scale;
    const QRectF inner = rect.adjusted(margin, margin, -margin, -margin);
    double top = inner.top();
    double bottom = inner.bottom();

    if (!title.isEmpty()) {
        const QFont font = fontOf(18 * scale, true);
        const QFontMetricsF fm(font);
        const QRectF box(inner.left(), top, inner.width(), fm.height());
        if (p) {
            p->setFont(font);
            p->setPen(ink);
            p->drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                        fm.elidedText(title, Qt::ElideRight, box.width()));
        }
        top = box.bottom() + gap;
    }

    if (!legend.isEmpty()) {
        // Swatch and label per entry, wrapping onto as many rows as needed.
        const QFont font = fontOf(12 * scale);
        const QFontMetricsF fm(font);
        const double swatch = 10 * scale, rowHeight = std::max(fm.height(), swatch) + 2 * scale;
        double x = inner.left(), y = top;
        if (p)
            p->setFont(font);
        for (const LegendEntry &e : legend) {
            const double w = swatch + 4 * scale + fm.horizontalAdvance(e.label) + 14 * scale;
            if (x > inner.left() && x + w > inner.right()) {
                x = inner.left();
                y += rowHeight;
            }
            if (p) {
                const QRectF sw(x, y + (rowHeight - swatch) / 2, swatch, swatch);
                p->fillRect(sw, e.colour);
                p->setPen(ink);
                p->drawText(QRectF(sw.right() + 4 * scale, y, w, rowHeight),
                            Qt::AlignLeft | Qt::AlignVCenter, e.label);
            }
            x += w;
        }
        top = y + rowHeight + gap;
    }

    // Bottom up: the source line, then the filters above it.
    const QFont small = fontOf(11 * scale);
    const QFontMetricsF fmSmall(small);
    if (!sourceLine.isEmpty()) {
        const QRectF box(inner.left(), bottom - fmSmall.height(), inner.width(), fmSmall.height());
        if (p) {
            p->setFont(small);
            p->setPen(muted);
            p->drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                        fmSmall.elidedText(sourceLine, Qt::ElideRight, box.width()));
        }
        bottom = box.top() - 2 * scale;
    }
    if (!filterLine.isEmpty()) {
        const QFont font = fontOf(12 * scale);
        const QFontMetricsF fm(font);
        const QRectF box(inner.left(), bottom - fm.height(), inner.width(), fm.height());
        if (p) {
            p->setFont(font);
            p->setPen(ink);
            p->drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                        fm.elidedText(filterLine, Qt::ElideRight, box.width()));
        }
        bottom = box.top();
    }
    if (!filterLine.isEmpty() || !sourceLine.isEmpty())
        bottom -= gap;
    return QRectF(inner.left(), top, inner.width(), std::max(0.0, bottom - top));
}

} // namespace vigie::ui
