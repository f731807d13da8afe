// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentSortProxy.h"

#include "IncidentTableModel.h"

namespace vigie::ui {

IncidentSortProxy::IncidentSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setObjectName(QStringLiteral("incidentSortProxy"));
    setSortRole(IncidentTableModel::SortRole);
    setDynamicSortFilter(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void IncidentSortProxy::setSourceModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = sourceModel())
        disconnect(old, nullptr, this, nullptr);
    dropKeys();
    // Connected before the base class connects its own handlers, so the keys
    // are current when it re-sorts the changed rows.
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this,
                &IncidentSortProxy::sourceRowsInserted);
        connect(model, &QAbstractItemModel::rowsRemoved, this,
                &IncidentSortProxy::sourceRowsRemoved);
        connect(model, &QAbstractItemModel::dataChanged, this,
                &IncidentSortProxy::sourceDataChanged);
        connect(model, &QAbstractItemModel::modelReset, this, &IncidentSortProxy::dropKeys);
        connect(model, &QAbstractItemModel::layoutChanged, this, &IncidentSortProxy::dropKeys);
        connect(model, &QAbstractItemModel::rowsMoved, this, &IncidentSortProxy::dropKeys);
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void IncidentSortProxy::sort(int column, Qt::SortOrder order)
{
    if (column != m_keyColumn)
        dropKeys();
    QSortFilterProxyModel::sort(column, order);
}

void IncidentSortProxy::dropKeys()
{
    m_keys.clear();
    m_keyColumn = -1;
}

IncidentSortProxy::Key IncidentSortProxy::makeKey(int sourceRow, int column) const
{
    Key key;
    const QVariant value = sourceModel()->index(sourceRow, column).data(sortRole());
    if (!value.isValid())
        return key;
    key.null = false;
    if (value.typeId() == QMetaType::QString) {
        key.isText = true;
        key.text = m_collator.sortKey(value.toString());
    } else {
        key.number = value.toLongLong();
    }
    return key;
}

void IncidentSortProxy::ensureKeys(int column) const
{
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    if (m_keyColumn == column && int(m_keys.size()) == rows)
        return;
    m_keys.clear();
    m_keys.reserve(rows);
    for (int r = 0; r < rows; ++r)
        m_keys.push_back(makeKey(r, column));
    m_keyColumn = column;
}

void IncidentSortProxy::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || m_keyColumn < 0)
        return;
    if (first > int(m_keys.size())) {
        dropKeys();
        return;
    }
    std::vector<Key> fresh;
    for (int r = first; r <= last; ++r)
        fresh.push_back(makeKey(r, m_keyColumn));
    m_keys.insert(m_keys.begin() + first, std::make_move_iterator(fresh.begin()),
                  std::make_move_iterator(fresh.end()));
}

void IncidentSortProxy::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || m_keyColumn < 0)
        return;
    if (last >= int(m_keys.size())) {
        dropKeys();
        return;
    }
    m_keys.erase(m_keys.begin() + first, m_keys.begin() + last + 1);
}

void IncidentSortProxy::sourceDataChanged(const QModelIndex &topLeft,
                                          const QModelIndex &bottomRight)
{
    if (m_keyColumn < 0 || topLeft.parent().isValid())
        return;
    if (m_keyColumn < topLeft.column() || m_keyColumn > bottomRight.column())
        return;
    if (bottomRight.row() >= int(m_keys.size())) {
        dropKeys();
        return;
    }
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r)
        m_keys[std::size_t(r)] = makeKey(r, m_keyColumn);
}

bool IncidentSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    ensureKeys(left.column());
    const Key &a = m_keys[std::size_t(left.row())];
    const Key &b = m_keys[std::size_t(right.row())];
    if (a.null || b.null) {
        if (a.null && b.null)
            return left.row() < right.row();
        // The proxy reverses lessThan for a descending sort; answer so that
        // the empty cell still lands at the bottom.
        return sortOrder() == Qt::AscendingOrder ? b.null : a.null;
    }
    int c = 0;
    if (a.isText && b.isText)
        c = a.text->compare(*b.text);
    else if (a.isText != b.isText)
        c = a.isText ? 1 : -1;
    else
        c = a.number < b.number ? -1 : (a.number > b.number ? 1 : 0);
    if (c != 0)
        return c < 0;
    // Ties fall back to the source order (database ids), so a sort is stable.
    return left.row() < right.row();
}

} // namespace vigie::ui
