// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportWriter.h"

#include "ChartsSection.h"
#include "FigureSections.h"
#include "IncidentTableSection.h"
#include "ReportData.h"
#include "ReportStyle.h"
#include "SummarySection.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace vigie::ui {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("vigie::ui::Report", text, nullptr, n);
}

QPageLayout a4(QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(0, 0, 0, 0),
                       QPageLayout::Point);
}

QRectF pageRect(QPageLayout::Orientation orientation)
{
    return a4(orientation).fullRectPoints();
}

QRectF bodyRect(QPageLayout::Orientation orientation)
{
    const QRectF page = pageRect(orientation);
    const qreal m = ReportStyle::margin;
    return QRectF(m, m, page.width() - 2 * m, page.height() - 2 * m - ReportStyle::footerHeight);
}

void drawFooter(QPainter &painter, QPageLayout::Orientation orientation, const QString &source,
                int page, int pages)
{
    const QRectF body = bodyRect(orientation);
    const qreal y = body.bottom() + ReportStyle::footerHeight - 12;
    painter.save();
    painter.setClipping(false);
    painter.setPen(QPen(ReportStyle::rule(), 0.5));
    painter.drawLine(QPointF(body.left(), y), QPointF(body.right(), y));
    painter.setPen(ReportStyle::muted());
    painter.setFont(ReportStyle::smallFont());
    const QRectF line(body.left(), y + 2, body.width(), 12);
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, source);
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                     tr("page %1 / %2").arg(page).arg(pages));
    painter.restore();
}

} // namespace

QString reportCancelledMessage()
{
    return tr("The report was cancelled.");
}

ReportSections defaultReportSections(const ReportData &data)
{
    ReportSections sections;
    sections.push_back(std::make_unique<SummarySection>(data));
    sections.push_back(std::make_unique<TimelineSection>(data));
    sections.push_back(std::make_unique<MapSection>(data));
    sections.push_back(std::make_unique<ChartsSection>(data));
    sections.push_back(std::make_unique<IncidentTableSection>(data));
    return sections;
}

Result<QByteArray> renderReport(const ReportData &data, ReportSections &sections,
                                const ReportProgress &progress)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setResolution(72); // one painter unit = one point
    pdf.setTitle(tr("Vigie report"));
    pdf.setCreator(QStringLiteral("Vigie"));

    // Layout first, so every footer knows the page count.
    std::vector<std::pair<ReportSection *, int>> plan;
    int pages = 0;
    for (const auto &section : sections) {
        pdf.setPageLayout(a4(section->orientation()));
        const int n = section->paginate(pdf, bodyRect(section->orientation()));
        if (n > 0) {
            plan.emplace_back(section.get(), n);
            pages += n;
        }
    }
    if (plan.empty())
        return Result<QByteArray>::failure(tr("The report has no page to write."));

    pdf.setPageLayout(a4(plan.front().first->orientation()));
    QPainter painter;
    if (!painter.begin(&pdf))
        return Result<QByteArray>::failure(tr("Could not start the PDF report."));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    int done = 0;
    for (const auto &[section, count] : plan) {
        const QPageLayout::Orientation orientation = section->orientation();
        for (int page = 0; page < count; ++page) {
            if (done > 0) {
                pdf.setPageLayout(a4(orientation));
                if (!pdf.newPage())
                    return Result<QByteArray>::failure(tr("Could not add a page to the report."));
            }
            painter.save();
            section->paintPage(painter, bodyRect(orientation), page);
            painter.restore();
            drawFooter(painter, orientation, data.sourceLine, done + 1, pages);
            ++done;
            if (progress && !progress(done, pages)) {
                painter.end();
                return Result<QByteArray>::failure(reportCancelledMessage());
            }
        }
    }
    if (!painter.end())
        return Result<QByteArray>::failure(tr("Could not finish the PDF report."));
    buffer.close();
    return bytes;
}

Status writeReport(const ReportData &data, const QString &path, const ReportProgress &progress)
{
    ReportSections sections = defaultReportSections(data);
    auto bytes = renderReport(data, sections, progress);
    if (!bytes)
        return Status::failure(bytes.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Status::failure(
            tr("Could not write the report to %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace vigie::ui
