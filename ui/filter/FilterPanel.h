// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filter/FilterSpec.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace vigie {
class Notifier;
}
namespace vigie::filter {
class FilterController;
}

namespace vigie::ui {

class FacetList;

// The filter panel (left dock): the full-text search box, the date range
// with its date switch, and one checkable list per facet with linked counts
// (each facet's counts honour every filter but its own), each with its own
// reset, plus "Reset all". Every change goes through
// FilterController::setSpec; the panel redraws itself from the controller
// on Notifier::filterChanged only, so a filter set by another view (a
// timeline brush, a map click, a saved view) shows here too.
class FilterPanel : public QWidget {
    Q_OBJECT
public:
    FilterPanel(filter::FilterController &controller, Notifier &notifier,
                QWidget *parent = nullptr);

    // Clears every filter (Ctrl+Shift+R); the date switch stays.
    QAction *resetAllAction() const { return m_resetAllAction; }

    QSize sizeHint() const override;

    // The search is applied this long after the last keystroke.
    static constexpr int searchDelayMs = 250;

public Q_SLOTS:
    // Reads the spec and the counts from the controller.
    void refresh();
    // Applies the search box now (what the debounce timer does).
    void commitSearch();

private:
    void buildSearch(QVBoxLayout *layout);
    void buildDates(QVBoxLayout *layout);
    FacetList *addFacet(QVBoxLayout *layout, const QString &title, const QString &name,
                        bool searchable, void (*assign)(filter::FilterSpec &, const QStringList &));
    void commitDates();
    void apply(const filter::FilterSpec &spec);
    void resetAll();
    void refreshDates(const filter::FilterSpec &spec);
    void refreshRansom(const filter::FilterSpec &spec);
    void refreshFacets(const filter::FilterSpec &spec);

    filter::FilterController &m_controller;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchError = nullptr;
    QTimer m_searchTimer;
    QComboBox *m_dateField = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLabel *m_dateError = nullptr;
    QToolButton *m_dateReset = nullptr;
    QComboBox *m_ransom = nullptr;
    FacetList *m_countries = nullptr;
    FacetList *m_regions = nullptr;
    FacetList *m_departments = nullptr;
    FacetList *m_attacks = nullptr;
    FacetList *m_kinds = nullptr;
    FacetList *m_data = nullptr;
    FacetList *m_impacts = nullptr;
    FacetList *m_actors = nullptr;
    QPushButton *m_resetAll = nullptr;
    QAction *m_resetAllAction = nullptr;
    QString m_seenText; // the spec's text at the last refresh
    bool m_refreshing = false;
};

} // namespace vigie::ui
