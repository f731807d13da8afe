// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentRowReader.h"

#include "db/Database.h"
#include "db/IncidentRows.h"

namespace vigie::ui {

namespace {

using db::rows::readSet;
using db::rows::victimsFromJson;

#define VIGIE_ROW_SELECT                                                                           \
    "SELECT i.id, i.title, i.occurred_day, i.occurred_prec, i.country, i.region, "                 \
    "i.department, i.commune, i.victims, i.victim_kind, i.attack_types, i.threat_actor, "          \
    "i.data_compromised, i.impacts, "                                                              \
    "(SELECT count(*) FROM incident_source l WHERE l.incident_id = i.id) FROM incident i"

IncidentRow readRow(const db::Statement &s)
{
    IncidentRow r;
    r.id = s.int64(0);
    r.title = s.text(1);
    if (!s.isNull(2))
        r.occurred = PartialDate::fromStorage(s.int64(2), s.integer(3));
    r.country = s.text(4);
    r.region = s.text(5);
    r.department = s.text(6);
    r.commune = s.text(7);
    r.victims = victimsFromJson(s.utf8(8));
    if (!s.isNull(9)) {
        const int kind = s.integer(9);
        if (kind >= 0 && kind < vocabularySize<VictimKind>())
            r.victimKind = VictimKind(kind);
    }
    r.attackTypes = readSet<AttackType>(s, 10);
    r.threatActor = s.text(11);
    r.dataCompromised = readSet<DataCategory>(s, 12);
    r.impacts = readSet<Impact>(s, 13);
    r.sourceCount = s.integer(14);
    return r;
}

} // namespace

QList<IncidentRow> IncidentRowReader::readAll() const
{
    QList<IncidentRow> rows;
    db::Statement *s = m_db.cached(VIGIE_ROW_SELECT " ORDER BY i.id");
    if (!s)
        return rows;
    while (s->step())
        rows.append(readRow(*s));
    s->reset();
    return rows;
}

QList<IncidentRow> IncidentRowReader::read(const QList<qint64> &ids) const
{
    QList<IncidentRow> rows;
    db::Statement *s = m_db.cached(VIGIE_ROW_SELECT " WHERE i.id = ?");
    if (!s)
        return rows;
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        s->bind(1, id);
        if (s->step())
            rows.append(readRow(*s));
        s->reset();
    }
    return rows;
}

} // namespace vigie::ui
