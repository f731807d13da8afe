// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FilterSpec.h"

#include "model/Result.h"

#include <QList>

namespace vigie::db {
class Database;
}

namespace vigie::filter {

// The filtered set without a window, for `vigie export --filter` and
// `vigie stats --filter`: exactly the incidents the GUI would show.
class FilterQuery {
public:
    // Database ids passing `spec`, ascending.
    static Result<QList<qint64>> incidentIds(const db::Database &db, const FilterSpec &spec);
    // The same from the text form (errors name the bad clause).
    static Result<QList<qint64>> incidentIds(const db::Database &db, QStringView filterText);
};

} // namespace vigie::filter
