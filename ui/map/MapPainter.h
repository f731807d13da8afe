// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapLayout.h"

class QPainter;

namespace vigie::ui {

// Draws a MapLayout: one pass per layer (areas, shared hatching, selection,
// hover, point layer, labels, insets, legend, title and footer). The widget and every
// export (PNG, SVG, PDF) go through here, so an export is what was on screen.
class MapPainter {
public:
    // `exposed`: only what intersects it is drawn (the widget's update
    // region); `hoverCode`: the area under the mouse, outlined;
    // `hoverCluster`: the point cluster under the mouse (index into
    // layout.clusters()), outlined instead.
    static void draw(QPainter &painter, const MapLayout &layout, const QRectF &exposed,
                     const QString &hoverCode = {}, int hoverCluster = -1);
    static QColor pointColor();
};

} // namespace vigie::ui
