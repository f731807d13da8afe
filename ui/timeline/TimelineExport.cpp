// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineRenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace vigie::ui {

namespace {

QString tl(const char *text) {
    return QCoreApplication::translate("vigie::ui::Timeline", text);
}

} // namespace

Status renderTimelineToFile(const TimelineData &data, const TimelineViewState &state,
                            const QSize &size, const QString &path,
                            const TimelineDrawOptions &options) {
    if (size.width() < 200 || size.height() < 150 || size.width() > 20000 || size.height() > 20000)
        return Status::failure(tl("The export size %1×%2 is out of range (200×150 to 20000×20000).")
                                   .arg(size.width())
                                   .arg(size.height()));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"png" && suffix != u"svg" && suffix != u"pdf")
        return Status::failure(
            tl("Cannot export the timeline to \"%1\": use a .png, .svg or .pdf file name.")
                .arg(path));

    TimelineIndex index;
    index.build(data, state.lanes);
    const QRectF rect(QPointF(0, 0), QSizeF(size));

    // Rendered in memory, then written atomically.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (suffix == u"png") {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            TimelineRenderer::draw(p, rect, data, index, state, options);
        }
        if (!image.save(&buffer, "PNG"))
            return Status::failure(tl("Could not encode the timeline as PNG."));
    } else if (suffix == u"svg") {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setResolution(96); // CSS pixels: the document is `size` px wide, not mm at 72 dpi
        svg.setViewBox(rect);
        svg.setTitle(options.title.isEmpty() ? tl("Timeline") : options.title);
        svg.setDescription(options.filterLine);
        QPainter p;
        if (!p.begin(&svg))
            return Status::failure(tl("Could not start the SVG export."));
        TimelineRenderer::draw(p, rect, data, index, state, options);
        p.end();
    } else {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(72); // one painter unit = one point = the requested size
        pdf.setTitle(options.title.isEmpty() ? tl("Timeline") : options.title);
        pdf.setCreator(QStringLiteral("Vigie"));
        QPainter p;
        if (!p.begin(&pdf))
            return Status::failure(tl("Could not start the PDF export."));
        TimelineRenderer::draw(p, rect, data, index, state, options);
        p.end();
    }
    buffer.close();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tl("Cannot write \"%1\": %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(tl("Cannot write \"%1\": %2").arg(path, file.errorString()));
    return {};
}

} // namespace vigie::ui
