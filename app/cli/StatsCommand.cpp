// SPDX-License-Identifier: GPL-3.0-or-later
// vigie stats [--db PATH] [--json]
#include "CommandLine.h"
#include "IncidentStats.h"

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
    cl.parser().addOption(jsonOption);
    if (auto code = cl.parse(args, out, err))
        return *code;
    if (!cl.parser().positionalArguments().isEmpty())
        return cl.fail(err,
                       QCoreApplication::translate("Stats", "unexpected argument %1")
                           .arg(cl.parser().positionalArguments().first()),
                       ExitUsage);

    auto database = cl.openForReading();
    if (!database)
        return cl.fail(err, database.error());
    auto stats = computeStats(*database);
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
