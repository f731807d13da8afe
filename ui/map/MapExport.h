// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapLayout.h"
#include "model/Result.h"

#include <QSize>

namespace vigie::ui {

// Writes the map as PNG, SVG or PDF, chosen by the file's suffix, through
// MapPainter (what the widget draws). `view` supplies level, input, zoom
// and centre; its viewport is replaced by the output's size.
// `dpi` is for PNG (the image is size × dpi / 96 pixels, same layout).
Status exportMap(const MapLayout &view, QSize size, const QString &path, int dpi = 96);

// Headless rendering for `vigie render --view map`: loads the bundled
// geometry when `data` is null.
Status renderMapToFile(const MapInput &input, MapLevel level, QSize size, const QString &path,
                       std::shared_ptr<const geo::MapData> data = {});

} // namespace vigie::ui
