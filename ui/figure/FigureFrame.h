// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filter/FilterSpec.h"

#include <QColor>
#include <QList>
#include <QLocale>
#include <QRectF>
#include <QString>

class QPainter;

namespace vigie::ui {

// The frame every exported figure shares: a title, a legend row, the view's
// own drawing, then a line naming the active filters and the source line
// ("Vigie — 142 incidents — 29 November 2026"). Sizes are in painter units
// (CSS pixels in the figure writer), so one frame reads the same at any
// export resolution.
struct FigureFrame {
    struct LegendEntry {
        QColor colour;
        QString label;
    };

    QString title;
    QList<LegendEntry> legend;
    QString filterLine; // "Filters: …" (see filterLineFor)
    QString sourceLine;
    QColor background = Qt::white;
    QColor ink = QColor(0x20, 0x24, 0x2a);
    QColor muted = QColor(0x5f, 0x66, 0x73);
    double scale = 1.0; // multiplies every font size and margin

    // Draws the frame in `rect` (background included) and returns the
    // rectangle left for the view's content.
    QRectF draw(QPainter &painter, const QRectF &rect) const;
    // The content rectangle draw() would leave, without drawing.
    QRectF contentRect(const QRectF &rect) const;

    // "Filters: Hauts-de-France · ransomware" or "Filters: none".
    static QString filterLineFor(const filter::FilterSpec &spec, const QLocale &locale = QLocale());

private:
    QRectF layout(QPainter *painter, const QRectF &rect) const;
};

} // namespace vigie::ui
