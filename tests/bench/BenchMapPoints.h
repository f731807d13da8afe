// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/MapInput.h"

#include <QStringList>

namespace vigie::bench {

// The point layer of `vigie-bench map` on `incidents` synthetic incidents:
// the towns with incidents passing no filter, and timing lines.
struct PointWorkload {
    QList<ui::MapPoint> points;
    std::array<int, geo::kMapLevelCount> unplaced{};
    QStringList report;
};
PointWorkload mapPointWorkload(qint32 incidents);

} // namespace vigie::bench
