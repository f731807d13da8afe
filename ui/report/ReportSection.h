// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPageLayout>
#include <QRectF>
#include <QString>

class QPaintDevice;
class QPainter;

namespace vigie::ui {

// One part of the report (summary, timeline, map, charts, table). The
// writer asks every section for its page count first (so the footers can say
// "page i / n"), then has each paint its pages in order. Coordinates are
// points (the PDF is written at 72 dpi); `body` is the page minus margins
// and footer. A new section is one more class and one line in
// defaultReportSections().
class ReportSection {
public:
    virtual ~ReportSection() = default;

    // The heading on the section's first page, also the PDF's progress label.
    virtual QString title() const = 0;
    virtual QPageLayout::Orientation orientation() const { return QPageLayout::Portrait; }
    // Lays the section out for pages whose body is `body`, measuring text
    // on `device`; returns its page count (0 = the section has nothing to
    // show and is left out).
    virtual int paginate(const QPaintDevice &device, const QRectF &body) = 0;
    // Paints page `page` (0-based, < paginate()'s count) into `body`.
    virtual void paintPage(QPainter &painter, const QRectF &body, int page) = 0;
};

} // namespace vigie::ui
