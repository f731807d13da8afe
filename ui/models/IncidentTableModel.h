// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IncidentRowReader.h"

#include <QAbstractTableModel>
#include <QHash>

namespace vigie {
class Notifier;
}
namespace vigie::filter {
class FilterController;
}

namespace vigie::ui {

// The incidents as table rows, in database order (sorting is the proxy's
// job). It follows the notifier: additions, changes and removals touch only
// their rows; a data reset (another database) reloads everything.
//
// With a FilterController (setFilterController), the rows are exactly the
// engine's selection: on Notifier::filterChanged the model diffs the old
// and new selections and removes and inserts only the runs of rows that
// changed, never a reset, so a keystroke in the search box keeps the view's
// scroll position, selection and sort.
class IncidentTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Occurred,
        Title,
        Victim,
        VictimKindColumn,
        Commune,
        Department,
        Region,
        Country,
        AttackTypes,
        DataCompromised,
        ImpactsColumn,
        ThreatActor,
        Sources,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // A value that orders the column: day number, number or folded text.
        // Null (an invalid QVariant) when the field is not stated.
        SortRole = Qt::UserRole + 1,
        IdRole, // the incident's database id (qint64), same for every column
    };

    // `db` is the MainWindow's connection; it outlives the model and may be
    // swapped for another database, followed by Notifier::dataReset.
    IncidentTableModel(const db::Database &db, Notifier &notifier, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Shows only the incidents the controller's engine selects (nullptr:
    // every incident). The controller outlives the model.
    void setFilterController(const filter::FilterController *controller);
    // Every incident, shown or not (the M of "N of M").
    int totalCount() const { return int(m_all.size()); }

    // -1 when the incident is not in the model (or filtered out).
    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;
    const IncidentRow &rowAt(int row) const { return m_rows.at(row); }

    // Columns a first-time user does not need; the table hides them until
    // asked (header context menu).
    static bool hiddenByDefault(int column);

public Q_SLOTS:
    void reload();
    void addIncidents(const QList<qint64> &ids);
    void updateIncidents(const QList<qint64> &ids);
    void removeIncidents(const QList<qint64> &ids);
    // Brings the rows in line with the filter (inserts and removals only).
    void applyFilter();

private:
    QVariant display(const IncidentRow &row, int column) const;
    QVariant sortKey(const IncidentRow &row, int column) const;
    QString toolTip(const IncidentRow &row, int column) const;
    void rebuildIndex(int fromRow = 0);
    void rebuildAllIndex();
    bool passes(qint64 id) const;
    void removeShownRows(QList<int> rows);

    const db::Database &m_db;
    const filter::FilterController *m_filter = nullptr;
    QList<IncidentRow> m_all;             // every incident, database order
    QHash<qint64, int> m_allRowOfId;      // id -> index in m_all
    QList<IncidentRow> m_rows;            // the shown ones, a subsequence of m_all
    mutable QHash<qint64, int> m_rowOfId; // valid below m_indexFrom
    mutable int m_indexFrom = 0;
};

} // namespace vigie::ui
