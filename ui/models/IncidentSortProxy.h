// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace vigie::ui {

// Sorts the incident table, and only sorts: filtering happens in core (the
// linked-filter engine), never in a proxy. Orders by the source model's
// SortRole: numbers numerically, text with the UI locale's collation (case
// and accents second), and cells with no value last in both directions.
class IncidentSortProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit IncidentSortProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QCollator m_collator;
};

} // namespace vigie::ui
