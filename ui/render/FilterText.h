// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filter/FilterSpec.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace vigie::ui {

// The active filter in words, for the "Filters:" line of exports:
// "Hauts-de-France · ransomware · 1 Jan 2022 – 31 Dec 2024". Empty when
// nothing is filtered.
QString describeFilter(const filter::FilterSpec &spec, const QLocale &locale = QLocale());

// "Vigie — 142 incidents — 29 November 2026", the source line of exports.
QString sourceLine(qint64 incidents, QDate date, const QLocale &locale = QLocale());

} // namespace vigie::ui
