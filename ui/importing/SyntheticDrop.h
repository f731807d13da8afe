// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPoint>
#include <QStringList>

class QMimeData;
class QWidget;

namespace vigie::ui {

// Drags `mime` over `window` at `pos` (window coordinates) and drops it,
// through the window's QWindow like a drag from the system: DragEnter,
// DragMove, Drop, each routed by Qt to the widget under `pos` that accepts
// drops. With `drop` false it stops after the move (to see the drop cue)
// and the caller may send leave(). Returns whether the last event was
// accepted. Used by `vigie --screenshot --drop` and the GUI tests.
bool sendDrag(QWidget &window, const QMimeData &mime, QPoint pos, bool drop = true);
void sendDragLeave(QWidget &window);

// File URLs for local paths (made absolute), as a file manager drags them.
QMimeData *mimeForPaths(const QStringList &paths);

} // namespace vigie::ui
