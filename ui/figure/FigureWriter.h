// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QColor>
#include <QRectF>
#include <QSize>
#include <QString>

#include <functional>
#include <optional>

class QMimeData;
class QPainter;

namespace vigie::ui {

// What a view hands the writer: draw yourself into this painter and
// rectangle (in CSS pixels, 1/96 inch). The same callable serves PNG, SVG,
// PDF and the clipboard, so every output is what the screen's code draws.
using FigureDraw = std::function<void(QPainter &, const QRectF &)>;

enum class FigureFormat { Png, Svg, Pdf };

struct FigureSettings {
    QSize size{1200, 800}; // the drawing's size in CSS pixels
    // PNG only: pixels per inch. The image is size × dpi / 96 pixels and
    // carries the resolution in its metadata, so 1200×800 at 300 dpi is a
    // 3750×2500 image that prints 12.5 inches wide with the same layout.
    int dpi = 96;
    // PDF only: page units. Pixels: the page is size × 72 / 96 points (the
    // drawing's physical size at 96 dpi); Points: the page is `size` points.
    enum class PdfUnit { Pixels, Points } pdfUnit = PdfUnit::Pixels;
    QString title;                 // SVG <title>, PDF title
    QString description;           // SVG <desc>
    QColor background = Qt::white; // PNG and clipboard image; transparent = none
    QSize minimum{100, 100};       // the smallest accepted size
};

// The format a file name asks for (its suffix), if any.
std::optional<FigureFormat> figureFormatOf(const QString &path);
// Checks size and resolution; the message names the limits.
Status checkFigureSettings(const FigureSettings &settings);

// Renders to bytes in memory (the file's content).
Result<QByteArray> renderFigure(const FigureDraw &draw, FigureFormat format,
                                const FigureSettings &settings);
// Renders by the suffix of `path` and saves atomically (QSaveFile): a failed
// export never leaves half a file.
Status writeFigure(const FigureDraw &draw, const QString &path, const FigureSettings &settings);
// The clipboard payload: the image (at settings.dpi) and the SVG drawing
// as image/svg+xml, for applications that paste vectors.
QMimeData *figureMimeData(const FigureDraw &draw, const FigureSettings &settings);
// Puts figureMimeData() on the system clipboard.
Status copyFigure(const FigureDraw &draw, const FigureSettings &settings);

} // namespace vigie::ui
