// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace vigie {
class Notifier;
}

namespace vigie::ui {

class IncidentSortProxy;
class IncidentTableModel;

// The incident table: sorted through an IncidentSortProxy, row selection
// published on the notifier and followed from it (a click on the timeline
// or the map selects here too). The header's context menu shows and hides
// columns; saveHeaderState()/restoreHeaderState() keep widths, order,
// hidden columns and the sort.
class IncidentTableView : public QTableView {
    Q_OBJECT
public:
    IncidentTableView(IncidentTableModel &model, Notifier &notifier, QWidget *parent = nullptr);

    IncidentTableModel &incidentModel() const { return m_model; }
    IncidentSortProxy *sortProxy() const { return m_proxy; }

    // Database ids of the selected rows, the current row first.
    QList<qint64> selectedIds() const;
    void selectIds(const QList<qint64> &ids);
    // Selects the top row as sorted (for screenshots and first use).
    void selectFirstRow();

    QByteArray saveHeaderState() const;
    bool restoreHeaderState(const QByteArray &state);
    // Default widths, order, visibility and sort; the widths then fit the
    // view's width until the user resizes a column.
    void resetColumns();
    // Shares the view's width among the visible columns: text columns
    // shrink (never below their title) or the victim column takes the rest.
    void fitColumnsToWidth();

    // The selected rows as tab-separated text with a header line.
    QString selectionAsText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    // A cell whose text is elided shows it whole in a tooltip.
    bool viewportEvent(QEvent *event) override;

private:
    int defaultColumnWidth(int column) const;
    void publishSelection();
    void followSelection(const QList<qint64> &ids);
    void showHeaderMenu(const QPoint &pos);

    IncidentTableModel &m_model;
    Notifier &m_notifier;
    IncidentSortProxy *m_proxy = nullptr;
    QList<qint64> m_published;
    bool m_following = false;
    bool m_autoFit = true;  // until the user or a saved state sizes the columns
    bool m_fitting = false; // our own resizes are not the user's
};

} // namespace vigie::ui
