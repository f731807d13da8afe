// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportSection.h"

#include "model/Result.h"

#include <QByteArray>

#include <functional>
#include <memory>
#include <vector>

namespace vigie::ui {

struct ReportData;

// Called after each page: (pages done, pages in all). Return false to cancel.
using ReportProgress = std::function<bool(int done, int total)>;

using ReportSections = std::vector<std::unique_ptr<ReportSection>>;

// The report's sections in order: summary, timeline, map, the charts (when
// the charts module is built in) and the table of incidents.
ReportSections defaultReportSections(const ReportData &data);

// Lays out every section, then paints them into an A4 PDF (portrait or
// landscape per section) with a footer on every page: the source line
// ("Vigie — N incidents — date") and "page i / n".
Result<QByteArray> renderReport(const ReportData &data, ReportSections &sections,
                                const ReportProgress &progress = {});

// renderReport() with the default sections, written atomically to `path`
// (QSaveFile): a failed or cancelled report leaves an existing file as it
// was.
Status writeReport(const ReportData &data, const QString &path,
                   const ReportProgress &progress = {});

// The error text of a report cancelled through ReportProgress.
QString reportCancelledMessage();

} // namespace vigie::ui
