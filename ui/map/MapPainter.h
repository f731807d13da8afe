// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapLayout.h"

class QPainter;

namespace vigie::ui {

// Draws a MapLayout: one pass per layer (areas, shared hatching, selection,
// hover, labels, insets, legend, title and footer). The widget and every
// export (PNG, SVG, PDF) go through here, so an export is what was on screen.
class MapPainter {
public:
    // `exposed`: only what intersects it is drawn (the widget's update
    // region); `hoverCode`: the area under the mouse, outlined.
    static void draw(QPainter &painter, const MapLayout &layout, const QRectF &exposed,
                     const QString &hoverCode = {});
};

} // namespace vigie::ui
