// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FilterEngine.h"
#include "Snapshot.h"

#include <QObject>

#include <memory>

namespace vigie {
class Notifier;
}
namespace vigie::db {
class Database;
}

namespace vigie::filter {

// Owns the snapshot and the engine for a window: applies filter changes
// (running the text query in SQLite when it changes), follows the data
// changes the Notifier announces, and emits Notifier::filterChanged once the
// new counts are ready.
class FilterController : public QObject {
    Q_OBJECT
public:
    FilterController(const db::Database &db, Notifier &notifier, QObject *parent = nullptr);

    // Loads the snapshot; call once the database is open (and after dataReset).
    Status reload();
    // Applies a spec; on a bad text query the previous filter stays.
    Status setSpec(const FilterSpec &spec);

    const FilterSpec &spec() const { return m_engine->spec(); }
    const FilterEngine &engine() const { return *m_engine; }
    const Snapshot &snapshot() const { return *m_snapshot; }

private:
    void onIncidents(const QList<qint64> &ids);
    Status refreshText();

    const db::Database &m_db;
    Notifier &m_notifier;
    std::unique_ptr<Snapshot> m_snapshot;
    std::unique_ptr<FilterEngine> m_engine;
};

} // namespace vigie::filter
