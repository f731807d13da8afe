// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace vigie::ui {

// The colours every view shares, so that a ransomware bar in the charts is
// the same red as a ransomware dot on the timeline and in the legends.
namespace Palette {

constexpr int notStated = 9; // attackColour(notStated): no attack type stated
// 0..8: AttackType values; 9 (or anything out of range): not stated.
QColor attackColour(int attackType);
// A qualitative colour for the i-th category of a chart that has no
// vocabulary colour of its own (victim kinds, data categories); cycles.
QColor categoryColour(int index);
// The one accent of single-series charts (regions, threat actors).
QColor accentColour();
// `colour` faded towards `background`, for what is not selected.
QColor dimmed(const QColor &colour, const QColor &background);
// True when the palette's window is dark (a dark desktop theme).
bool isDark(const QPalette &palette);

} // namespace Palette

} // namespace vigie::ui
