// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapInput.h"

#include "filter/FilterController.h"
#include "geo/IncidentPlaces.h"

#include <QObject>

#include <optional>

namespace vigie {
class Notifier;
}
namespace vigie::db {
class Database;
}

namespace vigie::ui {

class MapView;

// Feeds a MapView from the window's FilterController: counts per region,
// department and country from the engine's map groups (every filter but the
// map's own), the selected areas from the spec, areas touched by a shared
// regional system (an incident with a region but no department), the main
// attack type per area; up to the timeline's playback cursor when one is
// set. A click on the map sets the spec's regions, departments or
// countries. The static builder serves `vigie render --view map`.
//
// The point layer: with a database (setDatabase), every incident's town is
// resolved once per data load (geo::IncidentPlaces, updated per changed
// incident) and each refresh groups the incidents that pass every filter,
// the map's own included, by town: the circles show exactly the incidents
// the table lists. A choice in a town's menu becomes the window's selection
// (Notifier::selectionChanged).
class MapFeed : public QObject {
    Q_OBJECT
public:
    MapFeed(filter::FilterController &filter, Notifier &notifier, MapView *view,
            QObject *parent = nullptr);

    // `cursorDay`: only incidents dated (by the spec's date field) on or
    // before this Julian day count.
    // `places`: the incidents' towns, for the point layer (none without).
    static MapInput buildInput(const filter::FilterEngine &engine, const filter::Snapshot &snapshot,
                               std::optional<qint32> cursorDay = std::nullopt,
                               const geo::IncidentPlaces *places = nullptr);
    // The point layer alone: towns of the incidents passing every filter.
    static void addPoints(MapInput &input, const filter::FilterEngine &engine,
                          const filter::Snapshot &snapshot, const geo::IncidentPlaces &places,
                          std::optional<qint32> cursorDay = std::nullopt);
    // "2023-04-12  Title" for each id, from the database, in order.
    static QStringList describe(const db::Database &db, const QList<qint64> &ids);
    // The spec once the map asked for `codes` at `level`.
    static filter::FilterSpec specFor(filter::FilterSpec spec, MapLevel level,
                                      const QSet<QString> &codes);

    std::optional<QDate> cursor() const;
    void refresh();
    // Where the incidents' towns come from; they are read when the point
    // layer is first shown and then follow the data changes. The database
    // must outlive the feed (MainWindow keeps it at one address).
    void setDatabase(const db::Database *db);
    const geo::IncidentPlaces &places() const { return m_places; }

private:
    void loadPlaces();
    void updatePlaces(const QList<qint64> &ids);

    filter::FilterController &m_filter;
    Notifier &m_notifier;
    MapView *m_view;
    std::optional<qint32> m_cursorDay;
    const db::Database *m_db = nullptr;
    geo::IncidentPlaces m_places;
    bool m_placesLoaded = false;
};

} // namespace vigie::ui
