// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include "ExtractCommand.h"

#include <QCoreApplication>

namespace vigie::cli {

const QList<Command> &coreCommands()
{
    // One line per command; each lives in its own file of app/cli/.
    static const QList<Command> commands = {
        {QStringLiteral("extract"), QStringLiteral("print the incident each article reports, as JSON"), runExtract},
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
