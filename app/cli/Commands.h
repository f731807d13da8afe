// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace vigie::cli {

// A command that needs no display (`vigie stats`, `vigie export`, ...). It
// parses its own arguments (args[0] is the program, args[1] the command
// name), prints results on `out` and errors on `err`, and returns the exit
// code. Commands that draw (render) live in ui/.
struct Command {
    QString name;
    QString summary;
    int (*run)(const QStringList &args, QTextStream &out, QTextStream &err);
};

const QList<Command> &coreCommands();
const Command *findCoreCommand(const QString &name);

} // namespace vigie::cli
