// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace vigie::ui {

// `vigie render --view timeline|map|charts --out FILE.(png|svg|pdf)
// [--size WxH] [--filter F] [--db PATH] [--level region|department|world]
// [--lanes none|region|attack|kind|impact] [--chart NAME]
// [--step month|quarter|year] [--dpi N]`: draws a view headless with the
// screen's draw routine (renderTimelineToFile, renderMapToFile,
// renderChartsToFile), with title,
// legend, the active filter and a source line. `--view report --out FILE.pdf`
// writes the multi-page report (ui/report) instead. Needs a QApplication (the
// offscreen platform will do). Exit 0 done, 1 failed, 2 wrong usage.
int runRender(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace vigie::ui
