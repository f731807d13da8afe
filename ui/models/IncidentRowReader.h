// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/PartialDate.h"
#include "model/Vocabulary.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigie::db {
class Database;
}

namespace vigie::ui {

// What the incident table shows of one incident: the short fields only.
// Summaries, sources and article texts stay in SQLite and are read for the
// one incident the detail pane shows.
struct IncidentRow {
    qint64 id = 0;
    QString title;
    PartialDate occurred;
    QString country;
    QString region;
    QString department;
    QString commune;
    QStringList victims;
    std::optional<VictimKind> victimKind;
    std::optional<AttackTypes> attackTypes;
    QString threatActor;
    std::optional<DataCategories> dataCompromised;
    std::optional<Impacts> impacts;
    int sourceCount = 0;
};

// Reads IncidentRows in one query (the repository's loadAll() would also
// read every source and article text). A read helper of the UI side: it only
// SELECTs, and it is the one UI file that names schema columns.
class IncidentRowReader {
public:
    explicit IncidentRowReader(const db::Database &db)
        : m_db(db)
    {
    }

    // Every stored incident, by database id.
    QList<IncidentRow> readAll() const;
    // The given incidents, in the given order; ids not stored are skipped.
    QList<IncidentRow> read(const QList<qint64> &ids) const;

private:
    const db::Database &m_db;
};

} // namespace vigie::ui
