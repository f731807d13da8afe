// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapExport.h"

#include "MapPainter.h"

#include "figure/FigureWriter.h"

#include <QCoreApplication>
#include <QPainter>

namespace vigie::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vigie::ui::MapExport", text);
}

void paint(QPainter &painter, const MapLayout &view, QSize size)
{
    MapLayout layout(view.data());
    layout.setLevel(view.level());
    layout.setInput(view.input());
    layout.setViewport(QRectF(QPointF(0, 0), QSizeF(size)));
    if (view.hasCustomView())
        layout.setView(view.zoom(), view.viewCentre());
    MapPainter::draw(painter, layout, layout.viewport());
}

} // namespace

Status exportMap(const MapLayout &view, QSize size, const QString &path, int dpi)
{
    if (!view.data())
        return Status::failure(tr("No map geometry to export."));
    FigureSettings settings;
    settings.size = size;
    settings.dpi = dpi;
    settings.minimum = QSize(100, 100);
    settings.title = view.input().title.isEmpty() ? tr("Vigie map") : view.input().title;
    settings.description = view.input().sourceLine;
    return writeFigure([&](QPainter &painter, const QRectF &) { paint(painter, view, size); }, path,
                       settings);
}

Status renderMapToFile(const MapInput &input, MapLevel level, QSize size, const QString &path,
                       std::shared_ptr<const geo::MapData> data)
{
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
