// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentTableModel.h"

#include "DisplayText.h"
#include "filter/FilterController.h"
#include "geo/FrenchAreas.h"
#include "notify/Notifier.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace vigie::ui {

namespace {

template<typename E>
QString joinedNames(const std::optional<FlagSet<E>> &set)
{
    return set ? set->displayNames().join(QStringLiteral(", ")) : QString();
}

// Text columns sort by their text (the proxy compares it with a collator);
// an empty cell is a null key, so it goes last.
QVariant textKey(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

IncidentTableModel::IncidentTableModel(const db::Database &db, Notifier &notifier, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("incidentTableModel"));
    connect(&notifier, &Notifier::incidentsAdded, this, &IncidentTableModel::addIncidents);
    connect(&notifier, &Notifier::incidentsChanged, this, &IncidentTableModel::updateIncidents);
    connect(&notifier, &Notifier::incidentsRemoved, this, &IncidentTableModel::removeIncidents);
    connect(&notifier, &Notifier::dataReset, this, &IncidentTableModel::reload);
    connect(&notifier, &Notifier::filterChanged, this, &IncidentTableModel::applyFilter);
    m_all = IncidentRowReader(m_db).readAll();
    rebuildAllIndex();
    m_rows = m_all;
    rebuildIndex();
}

void IncidentTableModel::setFilterController(const filter::FilterController *controller)
{
    m_filter = controller;
    applyFilter();
}

bool IncidentTableModel::passes(qint64 id) const
{
    if (!m_filter)
        return true;
    const qint32 row = m_filter->snapshot().rowOf(id);
    return row >= 0 && !m_filter->snapshot().isRemoved(row) && m_filter->engine().isSelected(row);
}

void IncidentTableModel::rebuildAllIndex()
{
    m_allRowOfId.clear();
    m_allRowOfId.reserve(m_all.size());
    for (int r = 0; r < m_all.size(); ++r)
        m_allRowOfId.insert(m_all.at(r).id, r);
}

void IncidentTableModel::applyFilter()
{
    std::vector<bool> pass(size_t(m_all.size()));
    for (int i = 0; i < m_all.size(); ++i)
        pass[size_t(i)] = passes(m_all.at(i).id);

    QList<int> gone;
    for (int r = 0; r < m_rows.size(); ++r) {
        const int i = m_allRowOfId.value(m_rows.at(r).id, -1);
        if (i < 0 || !pass[size_t(i)])
            gone.append(r);
    }
    removeShownRows(gone);

    // The shown rows are now a subsequence of the passing ones, both in
    // database order: walk them together and insert each run of missing rows.
    int shown = 0;
    int i = 0;
    while (i < m_all.size()) {
        if (!pass[size_t(i)]) {
            ++i;
            continue;
        }
        if (shown < m_rows.size() && m_rows.at(shown).id == m_all.at(i).id) {
            ++shown;
            ++i;
            continue;
        }
        QList<IncidentRow> run;
        for (; i < m_all.size(); ++i) {
            if (!pass[size_t(i)])
                continue;
            if (shown < m_rows.size() && m_rows.at(shown).id == m_all.at(i).id)
                break;
            run.append(m_all.at(i));
        }
        beginInsertRows({}, shown, shown + int(run.size()) - 1);
        m_rows.insert(shown, run.size(), IncidentRow());
        for (qsizetype k = 0; k < run.size(); ++k)
            m_rows[shown + k] = std::move(run[k]);
        rebuildIndex(shown);
        endInsertRows();
        shown += int(run.size());
    }
}

bool IncidentTableModel::hiddenByDefault(int column)
{
    return column == Title || column == VictimKindColumn || column == ImpactsColumn;
}

int IncidentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IncidentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IncidentRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Sources)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return sortKey(row, index.column());
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant IncidentTableModel::display(const IncidentRow &row, int column) const
{
    switch (Column(column)) {
    case Occurred:
        return displayDate(row.occurred);
    case Title:
        return row.title;
    case Victim:
        if (row.victims.size() > 1)
            return tr("%1 (+%n more)", nullptr, int(row.victims.size() - 1))
                .arg(row.victims.first());
        return row.victims.value(0);
    case VictimKindColumn:
        return row.victimKind ? displayName(*row.victimKind) : QString();
    case Commune:
        return row.commune;
    case Department:
        return departmentDisplayName(row.department);
    case Region:
        return geo::regionDisplayName(row.country, row.region);
    case Country:
        return countryDisplayName(row.country);
    case AttackTypes:
        return joinedNames(row.attackTypes);
    case DataCompromised:
        return joinedNames(row.dataCompromised);
    case ImpactsColumn:
        return joinedNames(row.impacts);
    case ThreatActor:
        return row.threatActor;
    case Sources:
        return row.sourceCount;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant IncidentTableModel::sortKey(const IncidentRow &row, int column) const
{
    switch (Column(column)) {
    case Occurred:
        // Day number, then precision: a month sorts before the days in it.
        if (row.occurred.isNull())
            return {};
        return row.occurred.firstJulianDay() * 4 + int(row.occurred.precision());
    case Department:
        return row.department.isEmpty() ? QVariant() : QVariant(departmentSortKey(row.department));
    case Sources:
        return row.sourceCount;
    case Victim:
        return textKey(row.victims.join(u' '));
    default:
        return textKey(display(row, column).toString());
    }
}

QString IncidentTableModel::toolTip(const IncidentRow &row, int column) const
{
    switch (Column(column)) {
    case Occurred:
        return row.occurred.isNull() ? QString() : displayDateLong(row.occurred);
    case Victim:
        return row.victims.size() > 1 ? row.victims.join(u'\n') : QString();
    case Sources:
        return tr("%n source(s)", nullptr, row.sourceCount);
    default:
        // The view shows the whole text of a cell it had to elide.
        return {};
    }
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Occurred:
            return tr("Occurred");
        case Title:
            return tr("Title");
        case Victim:
            return tr("Victim");
        case VictimKindColumn:
            return tr("Victim kind");
        case Commune:
            return tr("Commune");
        case Department:
            return tr("Department");
        case Region:
            return tr("Region");
        case Country:
            return tr("Country");
        case AttackTypes:
            return tr("Attack types");
        case DataCompromised:
            return tr("Data compromised");
        case ImpactsColumn:
            return tr("Impacts");
        case ThreatActor:
            return tr("Threat actor");
        case Sources:
            return tr("Sources");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Occurred:
            return tr("When the attack happened or started, to the precision the sources give");
        case Sources:
            return tr("Number of public sources");
        default:
            break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

int IncidentTableModel::rowOf(qint64 id) const
{
    if (m_indexFrom < m_rows.size()) {
        // Rows moved since the last look-up (a filter change inserts and
        // removes many runs): index them once, here, not once per run.
        for (int r = m_indexFrom; r < m_rows.size(); ++r)
            m_rowOfId.insert(m_rows.at(r).id, r);
        m_indexFrom = int(m_rows.size());
    }
    return m_rowOfId.value(id, -1);
}

qint64 IncidentTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

void IncidentTableModel::rebuildIndex(int fromRow)
{
    // Lazy: rowOf() indexes the rows from m_indexFrom on when asked. Rows
    // below fromRow kept their numbers; the ones above are re-inserted over
    // their stale entries (ids gone are removed by whoever removes them).
    if (fromRow == 0)
        m_rowOfId.clear();
    m_indexFrom = std::min(m_indexFrom, fromRow);
}

void IncidentTableModel::reload()
{
    beginResetModel();
    m_all = IncidentRowReader(m_db).readAll();
    rebuildAllIndex();
    m_rows.clear();
    for (const IncidentRow &row : std::as_const(m_all))
        if (passes(row.id))
            m_rows.append(row);
    rebuildIndex();
    endResetModel();
}

void IncidentTableModel::addIncidents(const QList<qint64> &ids)
{
    QList<qint64> fresh;
    for (qint64 id : ids)
        if (!m_allRowOfId.contains(id) && !fresh.contains(id))
            fresh.append(id);
    const QList<IncidentRow> added = IncidentRowReader(m_db).read(fresh);
    for (const IncidentRow &row : added) {
        m_allRowOfId.insert(row.id, int(m_all.size()));
        m_all.append(row);
    }
    QList<IncidentRow> rows;
    for (const IncidentRow &row : added)
        if (passes(row.id))
            rows.append(row);
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(rows);
    rebuildIndex(first);
    endInsertRows();
}

void IncidentTableModel::updateIncidents(const QList<qint64> &ids)
{
    QList<qint64> known;
    for (qint64 id : ids)
        if (m_allRowOfId.contains(id))
            known.append(id);
    const QList<IncidentRow> rows = IncidentRowReader(m_db).read(known);
    for (const IncidentRow &fresh : rows) {
        m_all[m_allRowOfId.value(fresh.id)] = fresh;
        const int r = rowOf(fresh.id);
        if (r < 0)
            continue;
        m_rows[r] = fresh;
        Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
    }
    // An id that is known but no longer stored was deleted behind our back.
    QList<qint64> gone;
    for (qint64 id : known)
        if (std::none_of(rows.begin(), rows.end(),
                         [id](const IncidentRow &r) { return r.id == id; }))
            gone.append(id);
    if (!gone.isEmpty())
        removeIncidents(gone);
}

void IncidentTableModel::removeIncidents(const QList<qint64> &ids)
{
    QList<int> rows;
    bool known = false;
    for (qint64 id : ids) {
        if (const int r = rowOf(id); r >= 0)
            rows.append(r);
        known = known || m_allRowOfId.contains(id);
    }
    if (known) {
        const QSet<qint64> doomed(ids.begin(), ids.end());
        m_all.removeIf([&doomed](const IncidentRow &row) { return doomed.contains(row.id); });
        rebuildAllIndex();
    }
    removeShownRows(rows);
}

void IncidentTableModel::removeShownRows(QList<int> rows)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Remove contiguous runs from the bottom up, so earlier rows keep their
    // numbers while we go.
    int end = int(rows.size()) - 1;
    while (end >= 0) {
        int start = end;
        while (start > 0 && rows.at(start - 1) == rows.at(start) - 1)
            --start;
        const int first = rows.at(start);
        const int last = rows.at(end);
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r)
            m_rowOfId.remove(m_rows.at(r).id);
        m_rows.remove(first, last - first + 1);
        rebuildIndex(first);
        endRemoveRows();
        end = start - 1;
    }
}

} // namespace vigie::ui
