// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QObject>

namespace vigie {

// The one change channel between core and views. Models, views and panels
// connect here; they never connect to each other. The MainWindow owns the
// instance and hands a reference to whoever needs it (the only "global").
class Notifier : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    // The stored incidents changed. Ids are database ids.
    void incidentsAdded(const QList<qint64> &ids);
    void incidentsChanged(const QList<qint64> &ids);
    void incidentsRemoved(const QList<qint64> &ids);
    // The whole data set was replaced (another database opened).
    void dataReset();

    // The active filter changed; the engine's result is ready to read.
    void filterChanged();

    // The incidents the user selected in any view (empty: none).
    void selectionChanged(const QList<qint64> &ids);

    // The timeline's playback cursor moved: views that follow it (map,
    // charts) show what happened up to this day. A null date: no cursor.
    void timeCursorChanged(QDate date);
};

} // namespace vigie
