// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataCommand.h"

#include <QUndoStack>

namespace vigie::commands {

void DataCommand::report(Status status)
{
    if (!status.ok()) {
        qWarning("vigie: %s: %s", qPrintable(text()), qPrintable(status.error()));
        if (!m_done)
            setObsolete(true);
    } else {
        m_done = true;
    }
    *m_status = std::move(status);
}

Status pushCommand(QUndoStack &stack, std::unique_ptr<DataCommand> command)
{
    // The stack owns (and may delete) the command from push() on: keep its
    // outcome alive beside it.
    const std::shared_ptr<Status> outcome = command->m_status;
    stack.push(command.release());
    return *outcome;
}

} // namespace vigie::commands
