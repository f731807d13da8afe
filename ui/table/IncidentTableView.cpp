// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentTableView.h"

#include "models/DisplayText.h"
#include "models/IncidentSortProxy.h"
#include "models/IncidentTableModel.h"
#include "notify/Notifier.h"

#include <QDataStream>
#include <QHash>
#include <QHeaderView>
#include <QHelpEvent>
#include <QIODevice>
#include <QMenu>
#include <QPainter>
#include <QResizeEvent>
#include <QStyle>
#include <QToolTip>

#include <algorithm>

namespace vigie::ui {

namespace {

// Default widths, in average characters, so they follow the font and DPI.
int defaultWidthInChars(int column)
{
    switch (IncidentTableModel::Column(column)) {
    case IncidentTableModel::Occurred:
        return 11;
    case IncidentTableModel::Title:
        return 40;
    case IncidentTableModel::Victim:
        return 30;
    case IncidentTableModel::VictimKindColumn:
        return 18;
    case IncidentTableModel::Commune:
        return 14;
    case IncidentTableModel::Department:
        return 17;
    case IncidentTableModel::Region:
        return 19;
    case IncidentTableModel::Country:
        return 11;
    case IncidentTableModel::AttackTypes:
        return 20;
    case IncidentTableModel::DataCompromised:
        return 22;
    case IncidentTableModel::ImpactsColumn:
        return 24;
    case IncidentTableModel::ThreatActor:
        return 13;
    case IncidentTableModel::Sources:
        return 7;
    case IncidentTableModel::ColumnCount:
        break;
    }
    return 12;
}

constexpr quint32 headerStateMagic = 0x56494731; // "VIG1"

} // namespace

IncidentTableView::IncidentTableView(IncidentTableModel &model, Notifier &notifier, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
    , m_notifier(notifier)
{
    setObjectName(QStringLiteral("incidentTable"));
    m_proxy = new IncidentSortProxy(this);
    m_proxy->setSourceModel(&m_model);
    setModel(m_proxy);

    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setShowGrid(false);
    setCornerButtonEnabled(false);
    setTabKeyNavigation(false);

    QHeaderView *rows = verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);

    QHeaderView *columns = horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    columns->setStretchLastSection(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(columns, &QHeaderView::customContextMenuRequested, this,
            &IncidentTableView::showHeaderMenu);

    setSortingEnabled(true);
    resetColumns();
    connect(columns, &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting)
            m_autoFit = false;
    });

    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IncidentTableView::publishSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &IncidentTableView::publishSelection);
    connect(&m_notifier, &Notifier::selectionChanged, this, &IncidentTableView::followSelection);
}

int IncidentTableView::defaultColumnWidth(int column) const
{
    const QFontMetrics metrics = fontMetrics();
    int width = defaultWidthInChars(column) * metrics.averageCharWidth() + 12;
    if (column == IncidentTableModel::Occurred) {
        // The widest full date of the UI language ("28 sept. 2025"), so that
        // no date is ever elided.
        int widest = 0;
        for (int month = 1; month <= 12; ++month)
            widest = std::max(widest, metrics.horizontalAdvance(
                                          displayDate(PartialDate::ofDay(2025, month, 28))));
        width = widest + 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 14;
    }
    const QString title = m_model.headerData(column, Qt::Horizontal).toString();
    // Room for the title and the sort arrow.
    return std::max(width, metrics.horizontalAdvance(title) + 28);
}

void IncidentTableView::resetColumns()
{
    QHeaderView *columns = horizontalHeader();
    for (int c = 0; c < IncidentTableModel::ColumnCount; ++c) {
        columns->moveSection(columns->visualIndex(c), c);
        columns->setSectionHidden(c, IncidentTableModel::hiddenByDefault(c));
        m_fitting = true;
        columns->resizeSection(c, defaultColumnWidth(c));
        m_fitting = false;
    }
    sortByColumn(IncidentTableModel::Occurred, Qt::DescendingOrder);
    m_autoFit = true;
    fitColumnsToWidth();
}

void IncidentTableView::fitColumnsToWidth()
{
    QHeaderView *columns = horizontalHeader();
    const int available = viewport()->width();
    if (available < 100)
        return;
    QList<int> flexible;
    int fixedWidth = 0;
    for (int c = 0; c < IncidentTableModel::ColumnCount; ++c) {
        if (columns->isSectionHidden(c))
            continue;
        const int width = defaultColumnWidth(c);
        if (c == IncidentTableModel::Occurred || c == IncidentTableModel::Sources) {
            fixedWidth += width;
        } else {
            flexible.append(c);
        }
    }
    if (flexible.isEmpty())
        return;
    // Shrink in proportion; a column that reaches its minimum (its title)
    // stops there and the others share the rest.
    QHash<int, int> widths;
    QList<int> shrinking = flexible;
    int room = available - fixedWidth;
    for (int round = 0; round < IncidentTableModel::ColumnCount && !shrinking.isEmpty(); ++round) {
        int wanted = 0;
        for (int c : shrinking)
            wanted += defaultColumnWidth(c);
        const double scale = std::min(1.0, double(room) / std::max(1, wanted));
        QList<int> pinned;
        for (int c : shrinking) {
            const QString title = m_model.headerData(c, Qt::Horizontal).toString();
            int minimum = fontMetrics().horizontalAdvance(title) + 28;
            // The victim is what people read first: it keeps more.
            if (c == IncidentTableModel::Victim)
                minimum = std::max(minimum, 24 * fontMetrics().averageCharWidth());
            const int width = int(defaultColumnWidth(c) * scale);
            widths[c] = std::max(minimum, width);
            if (width < minimum)
                pinned.append(c);
        }
        if (pinned.isEmpty())
            break;
        for (int c : pinned) {
            shrinking.removeOne(c);
            room -= widths[c];
        }
    }
    int used = fixedWidth;
    for (int c : flexible)
        used += widths.value(c, defaultColumnWidth(c));
    // With room to spare, columns whose content is wider than their default
    // grow towards it (never past 48 characters), in proportion to their need.
    if (used < available) {
        const int cap = 48 * fontMetrics().averageCharWidth();
        QHash<int, int> need;
        int totalNeed = 0;
        for (int c : flexible) {
            const int content = std::min(cap, sizeHintForColumn(c));
            const int width = widths.value(c, defaultColumnWidth(c));
            if (content > width) {
                need[c] = content - width;
                totalNeed += content - width;
            }
        }
        const int spare = available - used;
        for (auto it = need.cbegin(); it != need.cend(); ++it) {
            const int grow =
                totalNeed <= spare ? it.value() : int(double(it.value()) * spare / totalNeed);
            widths[it.key()] = widths.value(it.key(), defaultColumnWidth(it.key())) + grow;
            used += grow;
        }
    }
    m_fitting = true;
    for (int c = 0; c < IncidentTableModel::ColumnCount; ++c)
        if (!columns->isSectionHidden(c))
            columns->resizeSection(c, widths.value(c, defaultColumnWidth(c)));
    // Room still to spare goes to the victim, the column people read first.
    if (used < available && !columns->isSectionHidden(IncidentTableModel::Victim))
        columns->resizeSection(IncidentTableModel::Victim,
                               columns->sectionSize(IncidentTableModel::Victim) + available - used);
    m_fitting = false;
}

void IncidentTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_proxy->rowCount() > 0)
        return;
    // An empty database says so, rather than showing a blank grid.
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QRect area = viewport()->rect().adjusted(24, 24, -24, -24);
    painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                     tr("No incidents in this database yet."));
}

bool IncidentTableView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = indexAt(help->pos());
        if (index.isValid()) {
            QString tip = index.data(Qt::ToolTipRole).toString();
            const QString text = index.data(Qt::DisplayRole).toString();
            const int room = visualRect(index).width() - 8;
            if (tip.isEmpty() && fontMetrics().horizontalAdvance(text) > room)
                tip = text;
            if (!tip.isEmpty()) {
                QToolTip::showText(help->globalPos(), tip, viewport(), visualRect(index));
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QTableView::viewportEvent(event);
}

void IncidentTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    if (m_autoFit)
        fitColumnsToWidth();
}

QList<qint64> IncidentTableView::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = selectionModel()->selectedRows();
    const QModelIndex current = currentIndex();
    QList<int> proxyRows;
    for (const QModelIndex &index : rows)
        proxyRows.append(index.row());
    std::sort(proxyRows.begin(), proxyRows.end());
    // The current row first: the detail pane shows it.
    if (current.isValid() && proxyRows.contains(current.row())) {
        proxyRows.removeOne(current.row());
        proxyRows.prepend(current.row());
    }
    for (int row : proxyRows)
        ids.append(m_proxy->index(row, 0).data(IncidentTableModel::IdRole).toLongLong());
    return ids;
}

void IncidentTableView::publishSelection()
{
    if (m_following)
        return;
    const QList<qint64> ids = selectedIds();
    if (ids == m_published)
        return;
    m_published = ids;
    Q_EMIT m_notifier.selectionChanged(ids);
}

void IncidentTableView::followSelection(const QList<qint64> &ids)
{
    if (ids == m_published)
        return;
    selectIds(ids);
}

void IncidentTableView::selectIds(const QList<qint64> &ids)
{
    m_following = true;
    QItemSelection selection;
    QModelIndex first;
    for (qint64 id : ids) {
        const int sourceRow = m_model.rowOf(id);
        if (sourceRow < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model.index(sourceRow, 0));
        if (!first.isValid())
            first = index;
        selection.select(index, index);
    }
    selectionModel()->select(selection,
                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid()) {
        selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        scrollTo(first);
    }
    m_following = false;
    m_published = ids;
}

void IncidentTableView::selectFirstRow()
{
    if (m_proxy->rowCount() == 0)
        return;
    const QModelIndex first = m_proxy->index(0, 0);
    selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    scrollTo(first);
}

QByteArray IncidentTableView::saveHeaderState() const
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream << headerStateMagic << qint32(IncidentTableModel::ColumnCount)
           << horizontalHeader()->saveState();
    return out;
}

bool IncidentTableView::restoreHeaderState(const QByteArray &state)
{
    QDataStream stream(state);
    quint32 magic = 0;
    qint32 count = 0;
    QByteArray header;
    stream >> magic >> count >> header;
    // A state from a build with other columns would mislabel them: ignore it.
    if (stream.status() != QDataStream::Ok || magic != headerStateMagic ||
        count != IncidentTableModel::ColumnCount)
        return false;
    QHeaderView *columns = horizontalHeader();
    m_fitting = true;
    const bool restored = columns->restoreState(header);
    m_fitting = false;
    if (!restored)
        return false;
    m_autoFit = false;
    sortByColumn(columns->sortIndicatorSection(), columns->sortIndicatorOrder());
    return true;
}

void IncidentTableView::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *columns = horizontalHeader();
    QMenu menu(this);
    for (int c = 0; c < IncidentTableModel::ColumnCount; ++c) {
        QAction *action =
            menu.addAction(m_model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!columns->isSectionHidden(c));
        connect(action, &QAction::toggled, this, [this, c](bool on) {
            horizontalHeader()->setSectionHidden(c, !on);
            if (on && horizontalHeader()->sectionSize(c) < 30)
                horizontalHeader()->resizeSection(c, defaultColumnWidth(c));
            if (m_autoFit)
                fitColumnsToWidth();
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset columns"), this, &IncidentTableView::resetColumns);
    menu.exec(columns->viewport()->mapToGlobal(pos));
}

QString IncidentTableView::selectionAsText() const
{
    const QHeaderView *columns = horizontalHeader();
    QList<int> visible;
    for (int v = 0; v < columns->count(); ++v) {
        const int c = columns->logicalIndex(v);
        if (!columns->isSectionHidden(c))
            visible.append(c);
    }
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    QStringList cells;
    for (int c : visible)
        cells.append(m_model.headerData(c, Qt::Horizontal).toString());
    lines.append(cells.join(u'\t'));
    for (int r : rows) {
        cells.clear();
        for (int c : visible) {
            QString text = m_proxy->index(r, c).data().toString();
            text.replace(u'\t', u' ').replace(u'\n', u' ');
            cells.append(text);
        }
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace vigie::ui
