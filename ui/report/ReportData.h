// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportFigures.h"

#include "charts/ChartData.h"
#include "filter/FilterSpec.h"
#include "map/MapInput.h"
#include "model/Result.h"
#include "timeline/TimelineData.h"
#include "timeline/TimelineLayout.h"

#include <QDate>
#include <QList>
#include <QLocale>

namespace vigie::db {
class Database;
}
namespace vigie::filter {
class FilterController;
}

namespace vigie::ui {

// Everything a report shows, gathered once on the thread that owns the
// database: the incidents that pass the current filter (with their
// sources), their key figures, and the timeline's and map's inputs built by
// the same feeds as the window's docks. The sections only read it.
struct ReportData {
    QLocale locale;
    QDate generated;
    filter::FilterSpec spec;
    QString filterLine;        // the active filters in words, empty when none
    QString sourceLine;        // "Vigie — N incidents — date"
    qint32 totalIncidents = 0; // in the database, filtered or not
    QList<Incident> incidents; // the filtered set, by date (undated last), then victim
    ReportFigures figures;
    TimelineData timeline;
    TimelineViewState timelineState;
    MapInput map; // region level counts, as the map dock shows them
    // The dashboard's charts (ChartData::build, each under every filter but
    // its own, as the charts dock shows them), in chartNames() order.
    QList<ChartTable> charts;

    // The period of the time charts for incidents spanning `years`: months
    // up to 2 years, quarters up to 8, then years (about 8 to 32 bars).
    static TimeStep chartStep(int years);

    // Reads the controller's current filter (spec, engine, snapshot) and
    // loads the selected incidents from `db`.
    static Result<ReportData> collect(const db::Database &db,
                                      const filter::FilterController &controller,
                                      QDate generated = QDate::currentDate(),
                                      const QLocale &locale = QLocale());
};

} // namespace vigie::ui
