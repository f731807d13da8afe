// SPDX-License-Identifier: GPL-3.0-or-later
#include "SavedViewsMenu.h"

#include "filter/FilterController.h"
#include "notify/Notifier.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigie::ui {

namespace {

constexpr int maxShortcutViews = 9;

} // namespace

SavedViewsMenu::SavedViewsMenu(const db::Database &db, filter::FilterController &controller,
                               Notifier &notifier, QWidget *parent)
    : QMenu(tr("V&iews"), parent)
    , m_db(db)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("menuViews"));
    m_saveAction = new QAction(tr("&Save Current View…"), this);
    m_saveAction->setObjectName(QStringLiteral("actionSaveView"));
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveAction->setStatusTip(tr("Give the current filter a name, to reopen it later"));
    connect(m_saveAction, &QAction::triggered, this, &SavedViewsMenu::askAndSave);
    m_manageAction = new QAction(tr("&Manage Views…"), this);
    m_manageAction->setObjectName(QStringLiteral("actionManageViews"));
    m_manageAction->setStatusTip(tr("Open, rename or delete saved views"));
    connect(m_manageAction, &QAction::triggered, this, [this] {
        QDialog *dialog = createManageDialog();
        dialog->open();
    });
    connect(this, &QMenu::aboutToShow, this, &SavedViewsMenu::fill);
    connect(&notifier, &Notifier::dataReset, this, &SavedViewsMenu::fill);
    fill();
}

QList<db::SavedView> SavedViewsMenu::views() const
{
    auto list = db::SavedViewRepository(m_db).list();
    return list ? *list : QList<db::SavedView>();
}

std::optional<db::SavedView> SavedViewsMenu::find(const QString &name) const
{
    for (const db::SavedView &v : views())
        if (v.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return v;
    return std::nullopt;
}

void SavedViewsMenu::fill()
{
    // Actions added by others (e.g. Reset All Filters) stay; the list is ours.
    for (QAction *a : std::as_const(m_viewActions)) {
        removeAction(a);
        a->deleteLater();
    }
    m_viewActions.clear();
    if (!actions().contains(m_saveAction)) {
        addAction(m_saveAction);
    }
    removeAction(m_manageAction);

    auto separator = new QAction(this);
    separator->setSeparator(true);
    addAction(separator);
    m_viewActions.append(separator);
    const QList<db::SavedView> list = views();
    if (list.isEmpty()) {
        auto *none = new QAction(tr("No saved views"), this);
        none->setEnabled(false);
        addAction(none);
        m_viewActions.append(none);
    }
    int number = 0;
    const QString current = m_controller.spec().toText();
    for (const db::SavedView &v : list) {
        ++number;
        QString name = v.name;
        name.replace(u'&', QStringLiteral("&&"));
        auto *action = new QAction(
            number <= maxShortcutViews ? QStringLiteral("&%1 %2").arg(number).arg(name) : name,
            this);
        action->setObjectName(QStringLiteral("savedView_%1").arg(v.id));
        action->setToolTip(v.filter);
        action->setStatusTip(v.filter.isEmpty() ? tr("Every incident") : v.filter);
        action->setCheckable(true);
        action->setChecked(v.filter == current);
        connect(action, &QAction::triggered, this, [this, v] {
            openSaved(v);
            fill();
        });
        addAction(action);
        m_viewActions.append(action);
    }
    auto *separator2 = new QAction(this);
    separator2->setSeparator(true);
    addAction(separator2);
    m_viewActions.append(separator2);
    addAction(m_manageAction);
    m_manageAction->setEnabled(!list.isEmpty());
}

void SavedViewsMenu::askAndSave()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        parentWidget(), tr("Save Current View"),
        tr("Name of this view (filter: %1):")
            .arg(m_controller.spec().isEmpty() ? tr("none") : m_controller.spec().toText()),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    if (find(name) && MessageBox::question(
                          parentWidget(), tr("Save Current View"),
                          tr("A view named \"%1\" exists. Replace its filter?").arg(name.trimmed()),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    saveCurrentView(name);
}

bool SavedViewsMenu::saveCurrentView(const QString &name)
{
    auto saved = db::SavedViewRepository(m_db).save(name, m_controller.spec().toText());
    if (!saved) {
        MessageBox::critical(parentWidget(), tr("Save Current View"),
                             tr("The view was not saved: %1").arg(saved.error()));
        return false;
    }
    fill();
    return true;
}

bool SavedViewsMenu::openView(const QString &name)
{
    const auto view = find(name);
    if (!view) {
        MessageBox::warning(parentWidget(), tr("Open View"),
                            tr("There is no saved view named \"%1\".").arg(name));
        return false;
    }
    return openSaved(*view);
}

bool SavedViewsMenu::openSaved(const db::SavedView &view)
{
    auto spec = filter::FilterSpec::parse(view.filter);
    if (!spec) {
        MessageBox::warning(
            parentWidget(), tr("Open View"),
            tr("The view \"%1\" cannot be opened: %2").arg(view.name, spec.error()));
        return false;
    }
    if (Status s = m_controller.setSpec(*spec); !s) {
        MessageBox::warning(parentWidget(), tr("Open View"),
                            tr("The view \"%1\" cannot be opened: %2").arg(view.name, s.error()));
        return false;
    }
    return true;
}

bool SavedViewsMenu::deleteView(const QString &name)
{
    const auto view = find(name);
    if (!view)
        return false;
    if (Status s = db::SavedViewRepository(m_db).remove(view->id); !s) {
        MessageBox::critical(parentWidget(), tr("Delete View"),
                             tr("The view was not deleted: %1").arg(s.error()));
        return false;
    }
    fill();
    return true;
}

QDialog *SavedViewsMenu::createManageDialog()
{
    auto *dialog = new QDialog(parentWidget());
    dialog->setObjectName(QStringLiteral("manageViewsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Manage Views"));
    auto *layout = new QVBoxLayout(dialog);
    auto *list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("savedViewList"));
    auto *filterText = new QLabel(dialog);
    filterText->setObjectName(QStringLiteral("savedViewFilter"));
    filterText->setWordWrap(true);
    filterText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *open = buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    QPushButton *rename = buttons->addButton(tr("&Rename…"), QDialogButtonBox::ActionRole);
    QPushButton *remove = buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    open->setObjectName(QStringLiteral("savedViewOpen"));
    rename->setObjectName(QStringLiteral("savedViewRename"));
    remove->setObjectName(QStringLiteral("savedViewDelete"));
    layout->addWidget(list);
    layout->addWidget(filterText);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);

    auto reload = [this, list] {
        const QString current = list->currentItem() ? list->currentItem()->text() : QString();
        list->clear();
        for (const db::SavedView &v : views()) {
            auto *item = new QListWidgetItem(v.name, list);
            item->setData(Qt::UserRole, v.id);
            item->setData(Qt::UserRole + 1, v.filter);
            if (v.name == current)
                list->setCurrentItem(item);
        }
        if (!list->currentItem() && list->count() > 0)
            list->setCurrentRow(0);
    };
    auto update = [list, filterText, open, rename, remove] {
        QListWidgetItem *item = list->currentItem();
        open->setEnabled(item);
        rename->setEnabled(item);
        remove->setEnabled(item);
        const QString filter = item ? item->data(Qt::UserRole + 1).toString() : QString();
        filterText->setText(!item ? QString() : filter.isEmpty() ? tr("Every incident") : filter);
    };
    connect(list, &QListWidget::currentItemChanged, dialog, update);
    connect(open, &QPushButton::clicked, dialog, [this, list, dialog] {
        if (QListWidgetItem *item = list->currentItem(); item && openView(item->text()))
            dialog->accept();
    });
    connect(list, &QListWidget::itemActivated, open, &QPushButton::click);
    connect(rename, &QPushButton::clicked, dialog, [this, list, dialog, reload] {
        QListWidgetItem *item = list->currentItem();
        if (!item)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(dialog, tr("Rename View"), tr("New name:"),
                                                   QLineEdit::Normal, item->text(), &ok);
        if (!ok || name.trimmed().isEmpty())
            return;
        if (Status s =
                db::SavedViewRepository(m_db).rename(item->data(Qt::UserRole).toLongLong(), name);
            !s)
            MessageBox::warning(dialog, tr("Rename View"), s.error());
        reload();
        fill();
    });
    connect(remove, &QPushButton::clicked, dialog, [this, list, dialog, reload, update] {
        QListWidgetItem *item = list->currentItem();
        if (!item)
            return;
        if (MessageBox::question(dialog, tr("Delete View"),
                                 tr("Delete the saved view \"%1\"?").arg(item->text())) !=
            QMessageBox::Yes)
            return;
        deleteView(item->text());
        reload();
        update();
    });
    reload();
    update();
    return dialog;
}

} // namespace vigie::ui
