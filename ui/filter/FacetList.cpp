// SPDX-License-Identifier: GPL-3.0-or-later
#include "FacetList.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace vigie::ui {

namespace {

constexpr int keyRole = Qt::UserRole + 1;
constexpr int countRole = Qt::UserRole + 2;
constexpr int visibleRows = 8;

} // namespace

FacetList::FacetList(const QString &title, const QString &objectName, bool searchable,
                     QWidget *parent)
    : QWidget(parent)
    , m_title(title)
{
    setObjectName(objectName);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto *headerRow = new QHBoxLayout;
    m_header = new QToolButton(this);
    m_header->setObjectName(objectName + QStringLiteral("Header"));
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setAutoRaise(true);
    m_header->setArrowType(Qt::DownArrow);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_header->setToolTip(tr("Show or hide this list"));
    connect(m_header, &QToolButton::clicked, this, [this] { setExpanded(!m_expanded); });
    // The header takes the row's free width and may be cut short, so a
    // long title never widens the panel.
    m_header->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    headerRow->addWidget(m_header, 1);
    m_reset = new QToolButton(this);
    m_reset->setObjectName(objectName + QStringLiteral("Reset"));
    m_reset->setText(tr("Reset"));
    m_reset->setAutoRaise(true);
    m_reset->setToolTip(tr("Clear this filter"));
    m_reset->setEnabled(false);
    connect(m_reset, &QToolButton::clicked, this, [this] {
        if (checkedKeys().isEmpty())
            return;
        {
            const QSignalBlocker block(m_list);
            for (int i = 0; i < m_list->count(); ++i)
                m_list->item(i)->setCheckState(Qt::Unchecked);
        }
        updateHeader();
        Q_EMIT checkedChanged({});
    });
    headerRow->addWidget(m_reset);
    layout->addLayout(headerRow);

    if (searchable) {
        m_search = new QLineEdit(this);
        m_search->setObjectName(objectName + QStringLiteral("Search"));
        m_search->setPlaceholderText(tr("Find in the list…"));
        m_search->setClearButtonEnabled(true);
        connect(m_search, &QLineEdit::textChanged, this, &FacetList::applySearch);
        layout->addWidget(m_search);
    }

    m_list = new QListWidget(this);
    m_list->setObjectName(objectName + QStringLiteral("List"));
    m_list->setAccessibleName(title);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *) {
        if (m_updating)
            return;
        updateHeader();
        m_emitting = true;
        Q_EMIT checkedChanged(checkedKeys());
        m_emitting = false;
    });
    // Enter on the current item toggles it, like Space.
    connect(m_list, &QListWidget::itemActivated, this, [](QListWidgetItem *item) {
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    layout->addWidget(m_list);
    updateHeader();
}

void FacetList::setEntries(const QList<Entry> &entries, const QStringList &checked)
{
    QList<Entry> all = entries;
    for (const QString &key : checked)
        if (std::none_of(all.begin(), all.end(), [&key](const Entry &e) { return e.key == key; }))
            all.append({key, key, 0});

    m_updating = true;
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    // Same keys in the same order: update the texts in place.
    bool same = m_list->count() == all.size();
    for (int i = 0; same && i < all.size(); ++i)
        same = m_list->item(i)->data(keyRole).toString() == all.at(i).key;
    if (!same && m_emitting) {
        // The user's click is still on the stack: rebuild once it returns.
        m_pendingEntries = entries;
        m_pendingChecked = checked;
        m_updating = false;
        if (!m_rebuildPending) {
            m_rebuildPending = true;
            QTimer::singleShot(0, this, [this] {
                if (!m_rebuildPending)
                    return; // a later update came first
                m_rebuildPending = false;
                setEntries(m_pendingEntries, m_pendingChecked);
            });
        }
        return;
    }
    m_rebuildPending = false;
    if (!same) {
        const QString current =
            m_list->currentItem() ? m_list->currentItem()->data(keyRole).toString() : QString();
        m_list->clear();
        for (const Entry &e : all) {
            auto *item = new QListWidgetItem(m_list);
            item->setData(keyRole, e.key);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            if (e.key == current)
                m_list->setCurrentItem(item, QItemSelectionModel::NoUpdate);
        }
    }
    for (int i = 0; i < all.size(); ++i) {
        const Entry &e = all.at(i);
        QListWidgetItem *item = m_list->item(i);
        const QString text = QStringLiteral("%1 (%2)").arg(e.label).arg(e.count);
        if (item->text() != text)
            item->setText(text);
        item->setData(countRole, e.count);
        item->setToolTip(
            e.count == 0
                ? tr("%1: no incident under the other filters").arg(e.label)
                : tr("%1: %n incident(s) under the other filters", nullptr, e.count).arg(e.label));
        if (e.count == 0)
            item->setForeground(grey);
        else
            item->setData(Qt::ForegroundRole, QVariant());
        const Qt::CheckState state = checked.contains(e.key) ? Qt::Checked : Qt::Unchecked;
        if (item->checkState() != state || !item->data(Qt::CheckStateRole).isValid())
            item->setCheckState(state);
    }
    m_updating = false;
    applySearch();
    updateHeader();
}

QStringList FacetList::checkedKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            keys.append(m_list->item(i)->data(keyRole).toString());
    return keys;
}

void FacetList::setExpanded(bool expanded)
{
    m_expanded = expanded;
    m_header->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_list->setVisible(expanded);
    if (m_search)
        m_search->setVisible(expanded);
}

bool FacetList::isExpanded() const
{
    return m_expanded;
}

void FacetList::applySearch()
{
    const QString needle = m_search ? m_search->text().trimmed() : QString();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        // A ticked value stays visible: the user must see what filters.
        item->setHidden(!needle.isEmpty() && item->checkState() != Qt::Checked &&
                        !item->text().contains(needle, Qt::CaseInsensitive));
    }
    fitHeight();
}

void FacetList::updateHeader()
{
    const int n = int(checkedKeys().size());
    m_header->setText(n == 0 ? m_title : tr("%1 (%n selected)", nullptr, n).arg(m_title));
    m_reset->setEnabled(n > 0);
}

void FacetList::fitHeight()
{
    int shown = 0;
    for (int i = 0; i < m_list->count(); ++i)
        shown += m_list->item(i)->isHidden() ? 0 : 1;
    const int hinted = m_list->sizeHintForRow(0);
    const int rowHeight = hinted > 0 ? hinted : fontMetrics().height() + 4;
    const int rows = qBound(1, shown, visibleRows);
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth() + 2);
}

} // namespace vigie::ui
