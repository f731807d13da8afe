// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace vigie::ui {

// One facet of the filter panel: a collapsible header with a "Reset"
// button, an optional search field, and a checkable list of values shown
// as "Name (count)". Values with no incident under the other filters are
// greyed but stay checkable (the user may want them anyway). The list is
// updated in place, so focus, scroll position and the current item survive
// every filter change.
class FacetList : public QWidget {
    Q_OBJECT
public:
    struct Entry {
        QString key;   // what the filter stores (code, schema name)
        QString label; // what the user reads
        int count = 0;
    };

    FacetList(const QString &title, const QString &objectName, bool searchable,
              QWidget *parent = nullptr);

    // Shows `entries` (in this order) with `checked` keys ticked; a checked
    // key missing from `entries` is added with a zero count, so a filter is
    // never hidden. Emits nothing.
    void setEntries(const QList<Entry> &entries, const QStringList &checked);
    QStringList checkedKeys() const;
    QListWidget *list() const { return m_list; }
    QToolButton *resetButton() const { return m_reset; }
    QLineEdit *searchField() const { return m_search; }
    void setExpanded(bool expanded);
    bool isExpanded() const;

Q_SIGNALS:
    // The user ticked or unticked a value, or reset the facet.
    void checkedChanged(const QStringList &keys);

private:
    void applySearch();
    void updateHeader();
    void fitHeight();

    QString m_title;
    QToolButton *m_header = nullptr;
    QToolButton *m_reset = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    bool m_expanded = true;
    bool m_updating = false;
    bool m_emitting = false; // inside checkedChanged: items must not be deleted
    bool m_rebuildPending = false;
    QList<Entry> m_pendingEntries;
    QStringList m_pendingChecked;
};

} // namespace vigie::ui
