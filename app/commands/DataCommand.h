// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Result.h"

#include <QUndoCommand>

#include <memory>

class QUndoStack;

namespace vigie::commands {

// An undo step that changes the database. redo() and undo() each run in one
// transaction: on a failure nothing changes and status() says why. A
// command whose first redo() fails marks itself obsolete, so QUndoStack
// drops it instead of keeping a step that did nothing (pushCommand()).
class DataCommand : public QUndoCommand {
public:
    using QUndoCommand::QUndoCommand;

    // The outcome of the last redo() or undo().
    const Status &status() const { return *m_status; }

protected:
    // Records the outcome; a failed first redo makes the command obsolete.
    void report(Status status);
    bool m_done = false; // redo() has succeeded at least once

private:
    friend Status pushCommand(QUndoStack &stack, std::unique_ptr<DataCommand> command);
    std::shared_ptr<Status> m_status = std::make_shared<Status>();
};

// Pushes `command` (which runs its redo()) and returns its outcome. On a
// failure the stack is left as it was and the command is deleted.
Status pushCommand(QUndoStack &stack, std::unique_ptr<DataCommand> command);

} // namespace vigie::commands
