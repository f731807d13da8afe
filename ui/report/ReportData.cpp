// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportData.h"

#include "db/IncidentRepository.h"
#include "filter/FilterController.h"
#include "map/MapFeed.h"
#include "render/FilterText.h"
#include "timeline/TimelineFeed.h"

#include <QCoreApplication>

#include <algorithm>

namespace vigie::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vigie::ui::Report", text);
}

QString firstVictim(const Incident &incident)
{
    return incident.victims.isEmpty() ? incident.title : incident.victims.first();
}

} // namespace

TimeStep ReportData::chartStep(int years)
{
    return years <= 2 ? TimeStep::Month : years <= 8 ? TimeStep::Quarter : TimeStep::Year;
}

Result<ReportData> ReportData::collect(const db::Database &db,
                                       const filter::FilterController &controller, QDate generated,
                                       const QLocale &locale)
{
    ReportData data;
    data.locale = locale;
    data.generated = generated;
    data.spec = controller.spec();
    data.filterLine = describeFilter(data.spec, locale);
    const filter::FilterEngine &engine = controller.engine();
    data.totalIncidents = controller.snapshot().liveCount();
    data.sourceLine = ui::sourceLine(engine.counts().selected, generated, locale);

    const db::IncidentRepository repository(db);
    const QList<qint64> ids = engine.selectedIds();
    data.incidents.reserve(ids.size());
    for (qint64 id : ids) {
        auto incident = repository.load(id);
        if (!incident)
            return Result<ReportData>::failure(
                tr("Incident %1 could not be read from the database.").arg(id));
        // The article texts are not printed; do not hold them.
        for (Source &source : incident->sources)
            source.text.clear();
        data.incidents.append(std::move(*incident));
    }
    std::stable_sort(data.incidents.begin(), data.incidents.end(),
                     [](const Incident &a, const Incident &b) {
                         const PartialDate da = reportDate(a), dbDate = reportDate(b);
                         if (da.isNull() != dbDate.isNull())
                             return dbDate.isNull();
                         if (da.firstJulianDay() != dbDate.firstJulianDay())
                             return da.firstJulianDay() < dbDate.firstJulianDay();
                         return QString::localeAwareCompare(firstVictim(a), firstVictim(b)) < 0;
                     });
    data.figures = ReportFigures::compute(data.incidents);

    data.timeline = TimelineFeed::buildData(controller.snapshot(), data.spec.dateField);
    data.timeline.flags = TimelineFeed::shownFlags(engine);
    data.timelineState = TimelineFeed::fullView(data.timeline, data.spec);

    data.map = MapFeed::buildInput(engine, controller.snapshot());

    ChartOptions chartOptions;
    chartOptions.locale = locale;
    chartOptions.step =
        chartStep(data.figures.perYear.isEmpty()
                      ? 1
                      : data.figures.perYear.lastKey() - data.figures.perYear.firstKey() + 1);
    for (const QString &name : ChartData::names())
        if (const auto kind = ChartData::kindOf(name))
            data.charts.append(
                ChartData::build(*kind, engine, controller.snapshot(), chartOptions));
    return data;
}

} // namespace vigie::ui
