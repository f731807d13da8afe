// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Result.h"

#include <QList>
#include <QString>

namespace vigie::db {

class Database;

// A named filter the user can reopen ("Views" menu). The filter is kept in
// its text form (FilterSpec::toText), the one the command line takes.
struct SavedView {
    qint64 id = 0;
    QString name;
    QString filter;
};

// The saved_view table (schema 2).
class SavedViewRepository {
public:
    explicit SavedViewRepository(const Database &db)
        : m_db(db)
    {
    }

    // Every saved view, by name (case and accents ignored in the order).
    Result<QList<SavedView>> list() const;
    // Saves `filter` under `name`; an existing view of that name (any case)
    // gets the new filter. Returns the view's id.
    Result<qint64> save(const QString &name, const QString &filter);
    Status rename(qint64 id, const QString &name);
    Status remove(qint64 id);

private:
    const Database &m_db;
};

} // namespace vigie::db
