// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilterQuery.h"

#include "FilterEngine.h"
#include "Snapshot.h"
#include "TextSearch.h"

namespace vigie::filter {

Result<QList<qint64>> FilterQuery::incidentIds(const db::Database &db, const FilterSpec &spec)
{
    using R = Result<QList<qint64>>;
    auto snapshot = Snapshot::load(db);
    if (!snapshot)
        return R::failure(snapshot.error());
    FilterEngine engine(*snapshot, spec);
    if (!spec.text.trimmed().isEmpty()) {
        auto matches = TextSearch::run(db, spec.text);
        if (!matches)
            return R::failure(matches.error());
        engine.setTextMatches(std::move(*matches));
    }
    return engine.selectedIds();
}

Result<QList<qint64>> FilterQuery::incidentIds(const db::Database &db, QStringView filterText)
{
    auto spec = FilterSpec::parse(filterText);
    if (!spec)
        return Result<QList<qint64>>::failure(spec.error());
    return incidentIds(db, *spec);
}

} // namespace vigie::filter
