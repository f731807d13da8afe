// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace vigie::ui {

// The UI language: the system's, or VIGIE_LANG (fr, en, ...) when set.
QLocale uiLocale();

// Makes `locale` the default and installs Qt's and Vigie's translations for
// it (Vigie's from :/i18n/vigie_<lang>.qm). A language Vigie has no
// translation for falls back to English, whose catalogue carries the plural
// forms ("1 incident", "2 incidents"). Returns false when Vigie's own
// catalogue could not be loaded at all.
bool installTranslators(QCoreApplication &app, const QLocale &locale);

} // namespace vigie::ui
