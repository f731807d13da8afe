// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/SavedViewRepository.h"

#include <QMenu>

class QAction;
class QDialog;

namespace vigie {
class Notifier;
}
namespace vigie::db {
class Database;
}
namespace vigie::filter {
class FilterController;
}

namespace vigie::ui {

// The "Views" menu: save the current filter under a name (in the database,
// table saved_view), reopen a saved view, rename or delete them (Manage
// Views…). A saved view is the filter's text form, the same text
// `vigie export --filter` takes.
class SavedViewsMenu : public QMenu {
    Q_OBJECT
public:
    SavedViewsMenu(const db::Database &db, filter::FilterController &controller, Notifier &notifier,
                   QWidget *parent = nullptr);

    QAction *saveAction() const { return m_saveAction; }
    QAction *manageAction() const { return m_manageAction; }

    // What the actions do, without dialogs (tests and scripts). Saving under
    // an existing name replaces that view's filter. Errors go to a message
    // box; each returns true on success.
    bool saveCurrentView(const QString &name);
    bool openView(const QString &name);
    bool deleteView(const QString &name);
    QList<db::SavedView> views() const;

    // The Manage Views dialog (not yet shown; deleted on close).
    QDialog *createManageDialog();

private:
    void fill();
    void askAndSave();
    bool openSaved(const db::SavedView &view);
    std::optional<db::SavedView> find(const QString &name) const;

    const db::Database &m_db;
    filter::FilterController &m_controller;
    QAction *m_saveAction = nullptr;
    QAction *m_manageAction = nullptr;
    QList<QAction *> m_viewActions;
};

} // namespace vigie::ui
