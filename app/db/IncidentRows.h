// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "model/Incident.h"

#include <optional>

// How an incident and its sources map to the columns of the incident and
// source tables (app/db/README.md), shared by IncidentRepository's writes,
// reads and restores.
namespace vigie::db::rows {

inline constexpr const char *incidentColumns =
    "id, slug, title, published_day, published_prec, occurred_day, occurred_prec, "
    "disclosed_day, disclosed_prec, country, region, department, commune, victims, "
    "victim_kind, attack_types, threat_actor, data_compromised, data_spared, impacts, "
    "ransom_stated, ransom_amount, ransom_currency, records_affected, summary";

// A NULL day for an undated field, and the precision in the next column.
void bindDate(Statement &s, int index, const PartialDate &d);
// Binds every incident column after `id` and `slug`, from index 3.
void bindIncident(Statement &s, const Incident &i);
// A row of `SELECT incidentColumns`.
Incident readIncident(const Statement &s);
// The sources of an incident, in their order.
QList<Source> loadSources(const Database &db, qint64 incidentId);
QString victimsToJson(const QStringList &victims);
// The victims column (a JSON array of strings, UTF-8) as a list.
QStringList victimsFromJson(QByteArrayView json);

template<typename E>
void bindSet(Statement &s, int index, const std::optional<FlagSet<E>> &set)
{
    if (set)
        s.bind(index, qint64(set->bits()));
    else
        s.bindNull(index);
}

template<typename E>
std::optional<FlagSet<E>> readSet(const Statement &s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return FlagSet<E>(quint32(s.int64(column)));
}

} // namespace vigie::db::rows
