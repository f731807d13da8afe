// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

namespace vigie::ui {

// Sorts the incident table, and only sorts: filtering happens in core (the
// linked-filter engine), never in a proxy. Orders by the source model's
// SortRole: numbers numerically, text with the UI locale's collation (case
// and accents second), and cells with no value last in both directions.
//
// Sort keys of the sorted column are computed once per row (collation keys
// for text) and kept in step with the source's inserts, removals and
// changes, so a sort costs one data() call per row, not two per comparison.
class IncidentSortProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit IncidentSortProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    struct Key {
        bool null = true;
        bool isText = false;
        qint64 number = 0;
        std::optional<QCollatorSortKey> text;
    };
    Key makeKey(int sourceRow, int column) const;
    void ensureKeys(int column) const;
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void dropKeys();

    QCollator m_collator;
    mutable std::vector<Key> m_keys;
    mutable int m_keyColumn = -1; // -1: no valid keys
};

} // namespace vigie::ui
