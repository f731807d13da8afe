// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TimelineData.h"
#include "TimelineLayout.h"

#include "filter/FilterController.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <optional>

namespace vigie {
class Notifier;
}
namespace vigie::db {
class Database;
}

namespace vigie::ui {

class TimelineView;

// Feeds a TimelineView from the window's FilterController and keeps the two
// in step: the data from the snapshot (rebuilt when the snapshot changes),
// the Shown flags from the engine's date group (every filter but the date's
// own) on each filter change, the brush <-> the spec's date range, the
// selection <-> Notifier::selectionChanged and the playback cursor ->
// Notifier::timeCursorChanged. The static helpers serve `vigie render`.
class TimelineFeed : public QObject {
    Q_OBJECT
public:
    TimelineFeed(const db::Database &db, filter::FilterController &filter, Notifier &notifier,
                 TimelineView *view, QObject *parent = nullptr);

    // One entry per snapshot row (tombstones never shown), dated by `field`;
    // `victims` (by database id) feeds the tooltip.
    static TimelineData buildData(const filter::Snapshot &snapshot, filter::DateField field,
                                  const QHash<qint64, QString> &victims = {});
    // The Shown flag of every snapshot row: in the engine's date group.
    static std::vector<quint8> shownFlags(const filter::FilterEngine &engine);
    // The whole years of the shown incidents, the brush at the spec's range.
    static TimelineViewState fullView(const TimelineData &data, const filter::FilterSpec &spec);
    // The spec's date range as inclusive days, open ends closed at the data's.
    static std::optional<std::pair<qint32, qint32>> brushOf(const filter::FilterSpec &spec,
                                                            const TimelineData &data);

    // Rebuilds the data and flags now (also on dataReset).
    void reload();

private:
    void onFilterChanged();
    void onIncidents(const QList<qint64> &ids);
    void onBrushed(QDate from, QDate to);
    void onBrushCleared();
    void applyPendingBrush();
    void followSpecDate();

    const db::Database &m_db;
    filter::FilterController &m_filter;
    Notifier &m_notifier;
    TimelineView *m_view;
    QHash<qint64, QString> m_victims;
    quint64 m_revision = 0;
    qint32 m_rows = -1;
    filter::DateField m_field = filter::DateField::Occurred;
    // The brush is applied to the filter at most every 40 ms while dragging.
    QTimer m_brushTimer;
    std::optional<std::pair<QDate, QDate>> m_pendingBrush;
    bool m_pendingClear = false;
    bool m_applying = false; // our own setSpec: do not move the brush back
};

} // namespace vigie::ui
