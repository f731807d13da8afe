// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>

#include <functional>

namespace vigie::ui {

// Opens a source's address in the system browser. Vigie itself never loads
// remote content: only http, https and mailto addresses are handed on, and
// nothing else is fetched. False when refused or the desktop failed.
bool openExternalUrl(const QUrl &url);

// Whether openExternalUrl would hand the address on.
bool isOpenableExternalUrl(const QUrl &url);

// Tests: replace the desktop call (an empty function restores it).
void setExternalUrlOpenerForTests(std::function<bool(const QUrl &)> opener);

} // namespace vigie::ui
