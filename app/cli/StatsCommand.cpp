// SPDX-License-Identifier: GPL-3.0-or-later
// vigie stats [--db PATH] [--json] [--filter F]
#include "CommandLine.h"
#include "IncidentStats.h"
#include "filter/FilterQuery.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace vigie::cli {

int runStats(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CommandLine cl(QStringLiteral("stats"),
                   QCoreApplication::translate("Stats",
                                               "Counts the incidents of the database per year (of "
                                               "occurred), per region (France) or country, and per "
                                               "attack type."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QCoreApplication::translate("Stats", "Print the counts as JSON."));
    const QCommandLineOption filterOption(
        QStringLiteral("filter"),
        QCoreApplication::translate("Stats",
                                    "Count only the incidents that pass FILTER, in the text form "
                                    "of saved views, e.g. \"region=32;from=2022\"."),
        QStringLiteral("FILTER"));
    cl.parser().addOptions({jsonOption, filterOption});
    if (auto code = cl.parse(args, out, err))
        return *code;
    if (!cl.parser().positionalArguments().isEmpty())
        return cl.fail(err,
                       QCoreApplication::translate("Stats", "unexpected argument %1")
                           .arg(cl.parser().positionalArguments().first()),
                       ExitUsage);

    std::optional<filter::FilterSpec> spec;
    if (cl.parser().isSet(filterOption)) {
        auto parsed = filter::FilterSpec::parse(cl.parser().value(filterOption));
        if (!parsed)
            return cl.fail(
                err, QCoreApplication::translate("Stats", "bad --filter: %1").arg(parsed.error()),
                ExitUsage);
        spec = *parsed;
    }

    auto database = cl.openForReading();
    if (!database)
        return cl.fail(err, database.error());
    std::optional<QList<qint64>> ids;
    if (spec) {
        auto filtered = filter::FilterQuery::incidentIds(*database, *spec);
        if (!filtered)
            return cl.fail(err, filtered.error());
        ids = std::move(*filtered);
    }
    auto stats = computeStats(*database, ids ? &*ids : nullptr);
    if (!stats)
        return cl.fail(err, stats.error());
    if (cl.parser().isSet(jsonOption))
        out << QString::fromUtf8(QJsonDocument(stats->toJson()).toJson(QJsonDocument::Indented));
    else
        out << stats->toText();
    out.flush();
    return ExitOk;
}

} // namespace vigie::cli
