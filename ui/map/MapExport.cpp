// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapExport.h"

#include "MapPainter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace vigie::ui {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("vigie::ui::MapExport", text);
}

void paint(QPainter &painter, const MapLayout &view, QSize size) {
    MapLayout layout(view.data());
    layout.setLevel(view.level());
    layout.setInput(view.input());
    layout.setViewport(QRectF(QPointF(0, 0), QSizeF(size)));
    if (view.hasCustomView())
        layout.setView(view.zoom(), view.viewCentre());
    MapPainter::draw(painter, layout, layout.viewport());
}

} // namespace

Status exportMap(const MapLayout &view, QSize size, const QString &path) {
    if (!view.data())
        return Status::failure(tr("No map geometry to export."));
    if (size.width() < 100 || size.height() < 100 || size.width() > 20000 || size.height() > 20000)
        return Status::failure(tr("Map size %1×%2 is out of range (100 to 20000 pixels).")
                                   .arg(size.width())
                                   .arg(size.height()));
    const QString suffix = QFileInfo(path).suffix().toLower();
    // Written to memory first and saved atomically: a failed export never
    // leaves half a file behind.
    QByteArray bytes;
    if (suffix == QLatin1String("png")) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            paint(painter, view, size);
        }
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG"))
            return Status::failure(tr("Could not encode the map as PNG."));
    } else if (suffix == QLatin1String("svg")) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(view.input().title.isEmpty() ? tr("Vigie map") : view.input().title);
        svg.setDescription(view.input().sourceLine);
        QPainter painter;
        if (!painter.begin(&svg))
            return Status::failure(tr("Could not start the SVG export."));
        paint(painter, view, size);
        painter.end();
    } else if (suffix == QLatin1String("pdf")) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(view.input().title.isEmpty() ? tr("Vigie map") : view.input().title);
        pdf.setCreator(QStringLiteral("Vigie"));
        QPainter painter;
        if (!painter.begin(&pdf))
            return Status::failure(tr("Could not start the PDF export."));
        paint(painter, view, size);
        painter.end();
    } else {
        return Status::failure(
            tr("Unknown map format \"%1\": use .png, .svg or .pdf.").arg(QFileInfo(path).suffix()));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(tr("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

Status renderMapToFile(const MapInput &input, MapLevel level, QSize size, const QString &path,
                       std::shared_ptr<const geo::MapData> data) {
    if (!data) {
        auto loaded = geo::MapData::load();
        if (!loaded)
            return Status::failure(loaded.error());
        data = std::make_shared<const geo::MapData>(std::move(loaded).value());
    }
    MapLayout layout(data);
    layout.setLevel(level);
    layout.setInput(input);
    return exportMap(layout, size, path);
}

} // namespace vigie::ui
