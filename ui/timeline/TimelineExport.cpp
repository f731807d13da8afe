// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineRenderer.h"

#include "figure/FigureWriter.h"

#include <QCoreApplication>
#include <QPainter>

namespace vigie::ui {

namespace {

QString tl(const char *text)
{
    return QCoreApplication::translate("vigie::ui::Timeline", text);
}

} // namespace

Status renderTimelineToFile(const TimelineData &data, const TimelineViewState &state,
                            const QSize &size, const QString &path,
                            const TimelineDrawOptions &options)
{
    TimelineIndex index;
    index.build(data, state.lanes);
    // PNG and SVG in pixels, PDF in points (resolution 72), all `size` units.
    FigureSettings settings;
    settings.size = size;
    settings.minimum = QSize(200, 150);
    settings.pdfUnit = FigureSettings::PdfUnit::Points;
    settings.title = options.title.isEmpty() ? tl("Timeline") : options.title;
    settings.description = options.filterLine;
    return writeFigure(
        [&](QPainter &p, const QRectF &rect) {
            TimelineRenderer::draw(p, rect, data, index, state, options);
        },
        path, settings);
}

} // namespace vigie::ui
