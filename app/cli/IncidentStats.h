// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Database.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace vigie::cli {

// The counts `vigie stats` prints. A "key" is the schema value (year, INSEE
// region code, ISO country code, attack type name); an empty key is the
// explicit "not stated" line of each table.
struct StatsRow {
    QString key;
    QString label; // for people: region or country name, translated type name
    qint64 count = 0;
};

struct IncidentStats {
    qint64 total = 0;
    // Years of `occurred`, every year from the first to the last (zeros
    // included), then the incidents without a date.
    QList<StatsRow> perYear;
    qint64 france = 0;
    // Every French region (zeros included), most incidents first, then the
    // French incidents with no region.
    QList<StatsRow> perFrenchRegion;
    // The other countries, most incidents first, then those with no country.
    QList<StatsRow> perOtherCountry;
    // Every attack type, most incidents first, then "not stated". An
    // incident with several types counts once under each.
    QList<StatsRow> perAttackType;

    QJsonObject toJson() const;
    QString toText() const;
};

// Counts straight from the incident table (GROUP BY), without loading the
// incidents, so it stays fast on large databases. With `ids`, counts only
// those incidents (the filtered set of `vigie stats --filter`).
Result<IncidentStats> computeStats(const db::Database &database,
                                   const QList<qint64> *ids = nullptr);

} // namespace vigie::cli
