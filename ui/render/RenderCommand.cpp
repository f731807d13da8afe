// SPDX-License-Identifier: GPL-3.0-or-later
#include "RenderCommand.h"

#include "FilterText.h"

#include "charts/ChartFigure.h"
#include "cli/CommandLine.h"
#include "filter/FilterController.h"
#include "map/MapExport.h"
#include "map/MapFeed.h"
#include "notify/Notifier.h"
#include "report/ReportData.h"
#include "report/ReportWriter.h"
#include "timeline/TimelineFeed.h"
#include "timeline/TimelineRenderer.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>

namespace vigie::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vigie::ui::RenderCommand", text);
}

std::optional<QSize> parseSize(const QString &text)
{
    const QStringList parts = text.toLower().split(u'x');
    if (parts.size() != 2)
        return std::nullopt;
    bool okW = false, okH = false;
    const int w = parts[0].toInt(&okW), h = parts[1].toInt(&okH);
    if (!okW || !okH || w < 200 || h < 150 || w > 10000 || h > 10000)
        return std::nullopt;
    return QSize(w, h);
}

} // namespace

int runRender(const QStringList &args, QTextStream &out, QTextStream &err)
{
    cli::CommandLine cl(
        QStringLiteral("render"),
        tr("Draws the timeline, the map or the charts into a PNG, SVG or PDF file, as the window "
           "shows them, with a title, the legend, the active filter and a source line; or writes "
           "the report, a multi-page PDF of the filtered incidents. No display needed."));
    QCommandLineParser &p = cl.parser();
    const QCommandLineOption viewOption(
        QStringLiteral("view"), tr("The view to draw: timeline, map, charts or report (PDF only)."),
        QStringLiteral("VIEW"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       tr("The file to write: .png, .svg or .pdf."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        tr("Size in pixels (points for a timeline PDF); default 1600x600 (timeline), 1200x1000 "
           "(map), 1600x1200 (all charts), 1200x750 (one chart)."),
        QStringLiteral("WxH"));
    const QCommandLineOption filterOption(
        QStringLiteral("filter"),
        tr("Only the incidents passing FILTER, e.g. \"region=32;from=2023\"."),
        QStringLiteral("FILTER"));
    const QCommandLineOption levelOption(QStringLiteral("level"),
                                         tr("Map level: region (default), department or world."),
                                         QStringLiteral("LEVEL"), QStringLiteral("region"));
    const QCommandLineOption lanesOption(
        QStringLiteral("lanes"),
        tr("Timeline lanes: none (default), region, attack, kind or impact."),
        QStringLiteral("LANES"), QStringLiteral("none"));
    const QCommandLineOption pointsOption(
        QStringLiteral("points"),
        tr("Map: draw incidents at their town as circles sized by count: on (default) or off."),
        QStringLiteral("on|off"), QStringLiteral("on"));
    const QCommandLineOption chartOption(
        QStringLiteral("chart"),
        tr("Charts: only this chart (%1); without it, every chart in one figure.")
            .arg(chartNames().join(QStringLiteral(", "))),
        QStringLiteral("NAME"));
    const QCommandLineOption stepOption(QStringLiteral("step"),
                                        tr("Charts over time: month (default), quarter or year."),
                                        QStringLiteral("STEP"), QStringLiteral("month"));
    const QCommandLineOption dpiOption(
        QStringLiteral("dpi"),
        tr("Charts as PNG: resolution (default 96); the image has size × dpi / 96 pixels."),
        QStringLiteral("DPI"), QStringLiteral("96"));
    p.addOptions({viewOption, outOption, sizeOption, filterOption, levelOption, lanesOption,
                  pointsOption, chartOption, stepOption, dpiOption});
    if (auto code = cl.parse(args, out, err))
        return *code;
    if (!p.positionalArguments().isEmpty())
        return cl.fail(err, tr("unexpected argument %1").arg(p.positionalArguments().first()),
                       cli::ExitUsage);

    const QString view = p.value(viewOption).toLower();
    if (view != u"timeline" && view != u"map" && view != u"charts" && view != u"report")
        return cl.fail(err,
                       p.isSet(viewOption)
                           ? tr("unknown view '%1' (use --view timeline, map, charts or report)")
                                 .arg(p.value(viewOption))
                           : tr("--view is required (timeline, map, charts or report)"),
                       cli::ExitUsage);
    const QString chart = p.value(chartOption).toLower();
    if (p.isSet(chartOption) && (view != u"charts" || !chartNames().contains(chart)))
        return cl.fail(
            err,
            view != u"charts"
                ? tr("--chart goes with --view charts")
                : tr("unknown chart '%1' (%2)").arg(chart, chartNames().join(QStringLiteral(", "))),
            cli::ExitUsage);
    const QStringList stepNames{QStringLiteral("month"), QStringLiteral("quarter"),
                                QStringLiteral("year")};
    const QString stepText = p.value(stepOption).toLower();
    if (!stepNames.contains(stepText))
        return cl.fail(err, tr("unknown step '%1' (month, quarter or year)").arg(stepText),
                       cli::ExitUsage);
    bool dpiOk = false;
    const int dpi = p.value(dpiOption).toInt(&dpiOk);
    if (!dpiOk || dpi < 36 || dpi > 1200)
        return cl.fail(err, tr("--dpi takes a resolution from 36 to 1200"), cli::ExitUsage);
    const QString path = p.value(outOption);
    if (path.isEmpty())
        return cl.fail(err, tr("--out FILE is required (.png, .svg or .pdf)"), cli::ExitUsage);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"png" && suffix != u"svg" && suffix != u"pdf")
        return cl.fail(
            err, tr("cannot tell the format of '%1': use a .png, .svg or .pdf file name").arg(path),
            cli::ExitUsage);
    if (view == u"report" && suffix != u"pdf")
        return cl.fail(
            err, tr("the report is a multi-page PDF: use a .pdf file name, not '%1'").arg(path),
            cli::ExitUsage);
    if (view == u"report" && p.isSet(sizeOption))
        return cl.fail(err, tr("--size does not apply to the report (A4 pages)"), cli::ExitUsage);
    QSize size = view == u"map"        ? QSize(1200, 1000)
                 : view == u"timeline" ? QSize(1600, 600)
                 : chart.isEmpty()     ? QSize(1600, 1200)
                                       : QSize(1200, 750);
    if (p.isSet(sizeOption)) {
        const auto parsed = parseSize(p.value(sizeOption));
        if (!parsed)
            return cl.fail(err,
                           tr("--size takes WIDTHxHEIGHT between 200x150 and 10000x10000, "
                              "e.g. 1600x900"),
                           cli::ExitUsage);
        size = *parsed;
    }
    const QString levelText = p.value(levelOption).toLower();
    MapLevel level = MapLevel::Region;
    if (levelText == u"department" || levelText == u"departments")
        level = MapLevel::Department;
    else if (levelText == u"world")
        level = MapLevel::World;
    else if (levelText != u"region" && levelText != u"regions")
        return cl.fail(err, tr("unknown level '%1' (region, department or world)").arg(levelText),
                       cli::ExitUsage);
    const QString pointsText = p.value(pointsOption).toLower();
    if (pointsText != u"on" && pointsText != u"off")
        return cl.fail(err, tr("--points takes on or off, not '%1'").arg(pointsText),
                       cli::ExitUsage);
    const QString lanesText = p.value(lanesOption).toLower();
    const QStringList laneNames{QStringLiteral("none"), QStringLiteral("region"),
                                QStringLiteral("attack"), QStringLiteral("kind"),
                                QStringLiteral("impact")};
    if (!laneNames.contains(lanesText))
        return cl.fail(
            err, tr("unknown lanes '%1' (none, region, attack, kind or impact)").arg(lanesText),
            cli::ExitUsage);
    filter::FilterSpec spec;
    if (p.isSet(filterOption)) {
        auto parsed = filter::FilterSpec::parse(p.value(filterOption));
        if (!parsed)
            return cl.fail(err, tr("bad --filter: %1").arg(parsed.error()), cli::ExitUsage);
        spec = std::move(parsed).value();
    }

    auto database = cl.openForReading();
    if (!database)
        return cl.fail(err, database.error());
    Notifier notifier;
    filter::FilterController controller(*database, notifier);
    if (Status s = controller.reload(); !s)
        return cl.fail(err, s.error());
    if (Status s = controller.setSpec(spec); !s)
        return cl.fail(err, tr("bad --filter: %1").arg(s.error()), cli::ExitUsage);

    const QLocale locale;
    const QString filterLine = describeFilter(spec, locale);
    const QString source =
        sourceLine(controller.engine().counts().selected, QDate::currentDate(), locale);
    Status status;
    if (view == u"report") {
        auto data = ReportData::collect(*database, controller, QDate::currentDate(), locale);
        if (!data)
            return cl.fail(err, data.error());
        status = writeReport(*data, path);
    } else if (view == u"timeline") {
        TimelineData data = TimelineFeed::buildData(controller.snapshot(), spec.dateField);
        data.flags = TimelineFeed::shownFlags(controller.engine());
        TimelineViewState state = TimelineFeed::fullView(data, spec);
        state.lanes = LaneMode(laneNames.indexOf(lanesText));
        TimelineDrawOptions options;
        options.header = true;
        options.title = tr("Cyberattacks on health organisations");
        options.filterLine = filterLine;
        options.sourceLine = source;
        options.locale = locale;
        status = renderTimelineToFile(data, state, size, path, options);
    } else if (view == u"charts") {
        FigureSettings settings;
        settings.size = size;
        settings.dpi = dpi;
        ChartPaintOptions options;
        options.step = TimeStep(stepNames.indexOf(stepText));
        options.filterLine = FigureFrame::filterLineFor(spec, locale);
        options.sourceLine = source;
        options.locale = locale;
        status = renderChartsToFile(chart, controller.engine(), controller.snapshot(), path,
                                    settings, options);
    } else {
        // The point layer, as the window's "Towns" shows it.
        geo::IncidentPlaces places;
        const bool points = pointsText == u"on";
        if (points)
            if (Status s = places.load(*database); !s)
                return cl.fail(err, s.error());
        MapInput input = MapFeed::buildInput(controller.engine(), controller.snapshot(),
                                             std::nullopt, points ? &places : nullptr);
        input.showPoints = points;
        input.title = level == MapLevel::World
                          ? tr("Cyberattacks on health organisations by country")
                      : level == MapLevel::Department
                          ? tr("Cyberattacks on health organisations by department")
                          : tr("Cyberattacks on health organisations by region");
        input.filterLine = tr("Filters: %1").arg(filterLine.isEmpty() ? tr("none") : filterLine);
        input.sourceLine = source;
        status = renderMapToFile(input, level, size, path);
    }
    if (!status)
        return cl.fail(err, status.error());
    return cli::ExitOk;
}

} // namespace vigie::ui
