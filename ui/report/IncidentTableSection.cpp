// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentTableSection.h"

#include "ReportData.h"

#include "geo/FrenchAreas.h"
#include "models/DisplayText.h"

#include <QCoreApplication>
#include <QPainter>

namespace vigie::ui {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("vigie::ui::Report", text, nullptr, n);
}

constexpr qreal cellPad = 3;
constexpr qreal rowPad = 3;

QStringList headers()
{
    return {tr("Date"),         tr("Victim"),           tr("Place"),
            tr("Attack types"), tr("Data compromised"), tr("Threat actor")};
}

QString placeText(const Incident &incident)
{
    QStringList parts;
    if (!incident.commune.isEmpty())
        parts.append(incident.commune);
    if (incident.country == u"FR" || incident.country.isEmpty()) {
        if (!incident.department.isEmpty())
            parts.append(departmentDisplayName(incident.department));
        if (!incident.region.isEmpty())
            parts.append(geo::regionDisplayName(QStringLiteral("FR"), incident.region));
    } else {
        if (!incident.region.isEmpty())
            parts.append(incident.region);
        parts.append(countryDisplayName(incident.country));
    }
    return parts.join(QStringLiteral(", "));
}

QString notStated()
{
    return tr("not stated");
}

} // namespace

QString IncidentTableSection::title() const
{
    return tr("Incidents and their sources");
}

std::array<QString, IncidentTableSection::columnCount>
IncidentTableSection::cells(const Incident &incident)
{
    const PartialDate date = reportDate(incident);
    QString victims = incident.victims.join(QStringLiteral("; "));
    if (victims.isEmpty())
        victims = incident.title;
    QString place = placeText(incident);
    return {date.isNull() ? tr("undated") : displayDate(date),
            victims,
            place.isEmpty() ? notStated() : place,
            incident.attackTypes && !incident.attackTypes->isEmpty()
                ? incident.attackTypes->displayNames().join(QStringLiteral(", "))
                : notStated(),
            incident.dataCompromised && !incident.dataCompromised->isEmpty()
                ? incident.dataCompromised->displayNames().join(QStringLiteral(", "))
                : notStated(),
            incident.threatActor.isEmpty() ? notStated() : incident.threatActor};
}

std::pair<QString, qsizetype> IncidentTableSection::sourceText(const Incident &incident, int source)
{
    const Source &s = incident.sources.at(source);
    QStringList parts;
    if (!s.outlet.isEmpty())
        parts.append(s.outlet);
    if (!s.published.isNull())
        parts.append(displayDate(s.published));
    if (!s.title.isEmpty())
        parts.append(s.title);
    QString text = QStringLiteral("▸ ") + parts.join(QStringLiteral(" · "));
    if (s.url.isEmpty())
        return {text, -1};
    text += parts.isEmpty() ? QString() : QStringLiteral("  ");
    const qsizetype at = text.size();
    return {text + s.url, at};
}

std::array<qreal, IncidentTableSection::columnCount>
IncidentTableSection::columnWidths(qreal width) const
{
    std::array<qreal, columnCount> widths{};
    for (int c = 0; c < columnCount; ++c)
        widths[size_t(c)] = width * columnShares[size_t(c)];
    return widths;
}

qreal IncidentTableSection::headerRowHeight(const QPaintDevice &device, qreal width) const
{
    QFont bold = ReportStyle::smallFont();
    bold.setBold(true);
    const auto widths = columnWidths(width);
    const QStringList names = headers();
    qreal h = 0;
    for (int c = 0; c < columnCount; ++c)
        h = std::max(h, TextBox(names[c], bold, &device, widths[size_t(c)] - 2 * cellPad).height());
    return h + 2 * rowPad;
}

IncidentTableSection::RowLayout IncidentTableSection::layoutRow(const QPaintDevice &device, int row,
                                                                qreal width) const
{
    const Incident &incident = m_data.incidents.at(row);
    const auto widths = columnWidths(width);
    const auto texts = cells(incident);
    const QFont font = ReportStyle::smallFont();
    RowLayout layout;
    qreal cellsHeight = 0;
    for (int c = 0; c < columnCount; ++c) {
        QFont cellFont = font;
        cellFont.setBold(c == 1); // the victim
        layout.cells[size_t(c)] =
            TextBox(texts[size_t(c)], cellFont, &device, widths[size_t(c)] - 2 * cellPad);
        cellsHeight = std::max(cellsHeight, layout.cells[size_t(c)].height());
    }
    layout.height = cellsHeight + 2 * rowPad;
    const qreal sourceWidth = width - widths[0] - 2 * cellPad;
    for (int s = 0; s < incident.sources.size(); ++s) {
        const auto [text, urlAt] = sourceText(incident, s);
        QList<QTextLayout::FormatRange> formats;
        if (urlAt >= 0) {
            QTextLayout::FormatRange range;
            range.start = int(urlAt);
            range.length = int(text.size() - urlAt);
            range.format.setForeground(ReportStyle::link());
            range.format.setAnchor(true);
            range.format.setAnchorHref(incident.sources.at(s).url);
            formats.append(range);
        }
        layout.sources.append(TextBox(text, font, &device, sourceWidth, formats));
        layout.height += layout.sources.last().height();
    }
    if (!incident.sources.isEmpty())
        layout.height += rowPad;
    return layout;
}

int IncidentTableSection::paginate(const QPaintDevice &device, const QRectF &body)
{
    m_pages.clear();
    const qreal header = headerRowHeight(device, body.width());
    const qreal firstSpace = body.height() -
                             ReportStyle::headingHeight(device, body.width(), m_data.filterLine) -
                             header;
    const qreal nextSpace =
        body.height() - ReportStyle::headingHeight(device, body.width()) - header;
    const int rows = int(m_data.incidents.size());
    int first = 0;
    qreal used = 0;
    for (int row = 0; row < rows; ++row) {
        const qreal h = layoutRow(device, row, body.width()).height;
        const qreal space = m_pages.empty() ? firstSpace : nextSpace;
        if (row > first && used + h > space) {
            m_pages.emplace_back(first, row);
            first = row;
            used = 0;
        }
        used += h;
    }
    m_pages.emplace_back(first, rows); // an empty set still gets its page, saying so
    return int(m_pages.size());
}

void IncidentTableSection::paintPage(QPainter &painter, const QRectF &body, int page)
{
    const QPaintDevice &device = *painter.device();
    const qreal top =
        page == 0 ? ReportStyle::drawHeading(painter, body, title(), m_data.filterLine)
                  : ReportStyle::drawHeading(painter, body, tr("%1 (continued)").arg(title()));
    const auto widths = columnWidths(body.width());
    painter.save();
    painter.setClipRect(body.adjusted(-1, -1, 1, 1));

    // Header row.
    const qreal headerHeight = headerRowHeight(device, body.width());
    painter.fillRect(QRectF(body.left(), top, body.width(), headerHeight),
                     QColor(0xe6, 0xe8, 0xec));
    QFont bold = ReportStyle::smallFont();
    bold.setBold(true);
    painter.setPen(ReportStyle::ink());
    const QStringList names = headers();
    qreal x = body.left();
    for (int c = 0; c < columnCount; ++c) {
        TextBox(names[c], bold, &device, widths[size_t(c)] - 2 * cellPad)
            .draw(painter, QPointF(x + cellPad, top + rowPad));
        x += widths[size_t(c)];
    }
    qreal y = top + headerHeight;

    const auto [first, end] = m_pages.at(size_t(page));
    if (first == end) {
        painter.setPen(ReportStyle::muted());
        painter.setFont(ReportStyle::textFont());
        painter.drawText(QRectF(body.left(), y + 10, body.width(), 20), Qt::AlignLeft,
                         tr("No incident passes the current filters."));
    }
    for (int row = first; row < end; ++row) {
        const RowLayout layout = layoutRow(device, row, body.width());
        if (row % 2)
            painter.fillRect(QRectF(body.left(), y, body.width(), layout.height),
                             QColor(0xf7, 0xf8, 0xfa));
        painter.setPen(ReportStyle::ink());
        x = body.left();
        for (int c = 0; c < columnCount; ++c) {
            layout.cells[size_t(c)].draw(painter, QPointF(x + cellPad, y + rowPad));
            x += widths[size_t(c)];
        }
        qreal sy = y + rowPad +
                   std::max_element(
                       layout.cells.begin(), layout.cells.end(),
                       [](const TextBox &a, const TextBox &b) { return a.height() < b.height(); })
                       ->height();
        painter.setPen(ReportStyle::muted());
        for (const TextBox &source : layout.sources) {
            source.draw(painter, QPointF(body.left() + widths[0] + cellPad, sy));
            sy += source.height();
        }
        y += layout.height;
        painter.setPen(QPen(ReportStyle::rule(), 0.5));
        painter.drawLine(QPointF(body.left(), y), QPointF(body.right(), y));
    }
    painter.restore();
}

} // namespace vigie::ui
