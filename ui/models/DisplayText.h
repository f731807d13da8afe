// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/PartialDate.h"

#include <QString>

namespace vigie::ui {

// How the views spell core values, in the UI language. One place, so the
// table, the detail pane and (later) tooltips of the timeline and map agree.

// "20 Aug 2022", "Aug 2022" or "2022": never a day the source did not give.
QString displayDate(const PartialDate &date);
// "20 August 2022 (day known)", "August 2022 (month known, day not stated)"...
QString displayDateLong(const PartialDate &date);

// "France" for "FR" in the UI language; the code itself when unknown.
QString countryDisplayName(const QString &isoCode);

// "59 Nord"; the code alone when it is not an INSEE department.
QString departmentDisplayName(const QString &code);

// A key that orders INSEE department codes as INSEE does (19, 2A, 2B, 21, ...
// 95, 971).
QString departmentSortKey(const QString &code);

} // namespace vigie::ui
