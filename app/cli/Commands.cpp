// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include "ExtractCommand.h"

#include <QCoreApplication>

namespace vigie::cli {

// Defined in StatsCommand.cpp, ExportCommand.cpp, ImportCommand.cpp.
int runStats(const QStringList &args, QTextStream &out, QTextStream &err);
int runExport(const QStringList &args, QTextStream &out, QTextStream &err);
int runImport(const QStringList &args, QTextStream &out, QTextStream &err);

const QList<Command> &coreCommands()
{
    // One line per command; each lives in its own file of app/cli/.
    static const QList<Command> commands = {
        {QStringLiteral("stats"),
         QCoreApplication::translate("Commands", "Incidents per year, region and attack type"),
         runStats},
        {QStringLiteral("export"),
         QCoreApplication::translate("Commands", "Write every incident as CSV or JSON"), runExport},
        {QStringLiteral("import"),
         QCoreApplication::translate("Commands", "Add incidents from dataset files (JSON)"),
         runImport},
        {QStringLiteral("extract"),
         QCoreApplication::translate("Commands",
                                     "Print the incident each article reports, as JSON"),
         runExtract},
    };
    return commands;
}

const Command *findCoreCommand(const QString &name)
{
    for (const Command &c : coreCommands())
        if (c.name == name)
            return &c;
    return nullptr;
}

} // namespace vigie::cli
