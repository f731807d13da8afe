// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapInput.h"

#include "filter/FilterController.h"

#include <QObject>

#include <optional>

namespace vigie {
class Notifier;
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
class MapFeed : public QObject {
    Q_OBJECT
public:
    MapFeed(filter::FilterController &filter, Notifier &notifier, MapView *view,
            QObject *parent = nullptr);

    // `cursorDay`: only incidents dated (by the spec's date field) on or
    // before this Julian day count.
    static MapInput buildInput(const filter::FilterEngine &engine, const filter::Snapshot &snapshot,
                               std::optional<qint32> cursorDay = std::nullopt);
    // The spec once the map asked for `codes` at `level`.
    static filter::FilterSpec specFor(filter::FilterSpec spec, MapLevel level,
                                      const QSet<QString> &codes);

    std::optional<QDate> cursor() const;
    void refresh();

private:
    filter::FilterController &m_filter;
    MapView *m_view;
    std::optional<qint32> m_cursorDay;
};

} // namespace vigie::ui
