// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentSortProxy.h"

#include "IncidentTableModel.h"

namespace vigie::ui {

IncidentSortProxy::IncidentSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setObjectName(QStringLiteral("incidentSortProxy"));
    setSortRole(IncidentTableModel::SortRole);
    setDynamicSortFilter(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

bool IncidentSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    const bool aNull = !a.isValid();
    const bool bNull = !b.isValid();
    if (aNull || bNull) {
        if (aNull && bNull)
            return left.row() < right.row();
        // The proxy reverses lessThan for a descending sort; answer so that
        // the empty cell still lands at the bottom.
        return sortOrder() == Qt::AscendingOrder ? bNull : aNull;
    }
    int c = 0;
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        c = m_collator.compare(a.toString(), b.toString());
    else if (const QPartialOrdering o = QVariant::compare(a, b); o == QPartialOrdering::Less)
        c = -1;
    else if (o == QPartialOrdering::Greater)
        c = 1;
    if (c != 0)
        return c < 0;
    // Ties fall back to the source order (database ids), so a sort is stable.
    return left.row() < right.row();
}

} // namespace vigie::ui
