// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummarySection.h"

#include "ReportData.h"
#include "ReportStyle.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>

namespace vigie::ui {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("vigie::ui::Report", text, nullptr, n);
}

struct BarList {
    QString heading;
    QList<std::pair<QString, int>> rows;
    QString note; // under the list, e.g. "Not stated: 12"
};

constexpr int maxRegions = 10;
constexpr int maxActors = 6;

QList<BarList> leftColumn(const ReportData &data)
{
    const ReportFigures &f = data.figures;
    BarList years{tr("Incidents per year"), {}, {}};
    for (auto it = f.perYear.cbegin(); it != f.perYear.cend(); ++it)
        years.rows.append({QString::number(it.key()), it.value()});
    if (f.undated)
        years.note = tr("Undated: %1").arg(f.undated);
    BarList attacks{tr("Attack types"), f.attackTypes, {}};
    if (f.attackNotStated)
        attacks.note = tr("Not stated: %1").arg(f.attackNotStated);
    QList<BarList> out{years, attacks};
    if (!f.impacts.isEmpty())
        out.append(BarList{tr("Impact on care"), f.impacts, {}});
    return out;
}

QList<BarList> rightColumn(const ReportData &data)
{
    const ReportFigures &f = data.figures;
    BarList regions{tr("Regions most hit"), f.regions.mid(0, maxRegions), {}};
    if (f.regionNotStated)
        regions.note = tr("Place not stated: %1").arg(f.regionNotStated);
    BarList dataList{tr("Data compromised"), f.dataCompromised, {}};
    if (f.dataNotStated)
        dataList.note = tr("Not stated: %1").arg(f.dataNotStated);
    QList<BarList> out{regions, dataList};
    if (!f.threatActors.isEmpty())
        out.append(BarList{tr("Threat actors most named"), f.threatActors.mid(0, maxActors), {}});
    return out;
}

// Heading, rows, note and the space after, for a given row height.
qreal listHeight(const BarList &list, qreal rowHeight)
{
    return 16 + std::max<qsizetype>(list.rows.size(), 1) * rowHeight +
           (list.note.isEmpty() ? 0 : 12) + ReportStyle::gap;
}

qreal columnHeight(const QList<BarList> &lists, qreal rowHeight)
{
    qreal h = 0;
    for (const BarList &l : lists)
        h += listHeight(l, rowHeight);
    return h;
}

qreal drawList(QPainter &painter, const BarList &list, QRectF area, qreal rowHeight,
               const QLocale &locale)
{
    painter.setFont(ReportStyle::subheadingFont());
    painter.setPen(ReportStyle::ink());
    painter.drawText(QRectF(area.left(), area.top(), area.width(), 14),
                     Qt::AlignLeft | Qt::AlignVCenter, list.heading);
    qreal y = area.top() + 16;
    int largest = 1;
    for (const auto &row : list.rows)
        largest = std::max(largest, row.second);
    const qreal labelWidth = area.width() * 0.5, countWidth = 34;
    const qreal barWidth = area.width() - labelWidth - countWidth - 8;
    QFont font = ReportStyle::textFont();
    font.setPointSizeF(std::min(9.0, rowHeight * 0.65));
    painter.setFont(font);
    if (list.rows.isEmpty()) {
        painter.setPen(ReportStyle::muted());
        painter.drawText(QRectF(area.left(), y, area.width(), rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, tr("None stated"));
        y += rowHeight;
    }
    for (const auto &[label, count] : list.rows) {
        const QRectF labelRect(area.left(), y, labelWidth - 4, rowHeight);
        painter.setPen(ReportStyle::ink());
        painter.drawText(
            labelRect, Qt::AlignLeft | Qt::AlignVCenter,
            painter.fontMetrics().elidedText(label, Qt::ElideRight, int(labelRect.width())));
        const qreal w = barWidth * count / largest;
        painter.fillRect(QRectF(area.left() + labelWidth, y + rowHeight * 0.18,
                                std::max<qreal>(w, 1), rowHeight * 0.64),
                         ReportStyle::accent());
        painter.drawText(QRectF(area.left() + labelWidth + w + 4, y, countWidth, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, locale.toString(count));
        y += rowHeight;
    }
    if (!list.note.isEmpty()) {
        painter.setPen(ReportStyle::muted());
        painter.drawText(QRectF(area.left(), y, area.width(), 12), Qt::AlignLeft | Qt::AlignVCenter,
                         list.note);
        y += 12;
    }
    return y + ReportStyle::gap;
}

} // namespace

QString SummarySection::title() const
{
    return tr("Summary");
}

int SummarySection::paginate(const QPaintDevice &, const QRectF &body)
{
    // The cover takes about 240 pt above the lists; shrink rows to fit.
    const qreal available = body.height() - 250;
    const qreal tallest =
        std::max(columnHeight(leftColumn(m_data), 1), columnHeight(rightColumn(m_data), 1));
    const qreal fixed =
        std::max(columnHeight(leftColumn(m_data), 0), columnHeight(rightColumn(m_data), 0));
    const qreal rows = tallest - fixed;
    m_rowHeight = rows > 0 ? std::clamp((available - fixed) / rows, 6.0, 14.0) : 14.0;
    return 1;
}

void SummarySection::paintPage(QPainter &painter, const QRectF &body, int)
{
    const QLocale &locale = m_data.locale;
    const ReportFigures &f = m_data.figures;
    painter.save();
    qreal y = body.top();
    painter.setPen(ReportStyle::muted());
    painter.setFont(ReportStyle::subheadingFont());
    painter.drawText(QRectF(body.left(), y, body.width(), 16), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Vigie report"));
    y += 18;
    painter.setPen(ReportStyle::ink());
    const TextBox title(tr("Cyberattacks on health organisations"), ReportStyle::titleFont(),
                        painter.device(), body.width());
    title.draw(painter, QPointF(body.left(), y));
    y += title.height() + 4;
    painter.setPen(QPen(ReportStyle::accent(), 2));
    painter.drawLine(QPointF(body.left(), y), QPointF(body.right(), y));
    y += 8;

    painter.setPen(ReportStyle::muted());
    const TextBox generated(
        tr("Generated on %1").arg(locale.toString(m_data.generated, QStringLiteral("d MMMM yyyy"))),
        ReportStyle::textFont(), painter.device(), body.width());
    generated.draw(painter, QPointF(body.left(), y));
    y += generated.height() + 2;
    const TextBox filters(
        tr("Filters: %1")
            .arg(m_data.filterLine.isEmpty() ? tr("none (every incident)") : m_data.filterLine),
        ReportStyle::textFont(), painter.device(), body.width());
    filters.draw(painter, QPointF(body.left(), y));
    y += filters.height() + 18;

    // Key figures: three boxes side by side.
    struct Figure {
        QString value, label;
    };
    QList<Figure> figures;
    figures.append({tr("%n incident(s)", int(f.incidents)),
                    f.incidents == m_data.totalIncidents
                        ? tr("every incident in the database")
                        : tr("of %1 in the database").arg(locale.toString(m_data.totalIncidents))});
    if (!f.perYear.isEmpty())
        figures.append(
            {f.perYear.firstKey() == f.perYear.lastKey()
                 ? QString::number(f.perYear.firstKey())
                 : QStringLiteral("%1–%2").arg(f.perYear.firstKey()).arg(f.perYear.lastKey()),
             tr("years covered")});
    figures.append({f.recordsKnown ? locale.toString(f.recordsTotal) : QStringLiteral("—"),
                    f.recordsKnown
                        ? tr("records affected, stated for %n incident(s)", f.recordsKnown)
                        : tr("records affected: stated for no incident")});
    const qreal boxWidth =
        (body.width() - ReportStyle::gap * (figures.size() - 1)) / figures.size();
    const qreal boxHeight = 58;
    for (int i = 0; i < figures.size(); ++i) {
        const QRectF box(body.left() + i * (boxWidth + ReportStyle::gap), y, boxWidth, boxHeight);
        painter.fillRect(box, QColor(0xf3, 0xf4, 0xf6));
        painter.fillRect(QRectF(box.left(), box.top(), 3, box.height()), ReportStyle::accent());
        QFont big = ReportStyle::titleFont();
        big.setPointSizeF(18);
        painter.setFont(big);
        painter.setPen(ReportStyle::ink());
        painter.drawText(QRectF(box.left() + 10, box.top() + 4, box.width() - 14, 28),
                         Qt::AlignLeft | Qt::AlignVCenter, figures[i].value);
        painter.setPen(ReportStyle::muted());
        const TextBox label(figures[i].label, ReportStyle::smallFont(), painter.device(),
                            box.width() - 14);
        label.draw(painter, QPointF(box.left() + 10, box.top() + 32));
    }
    y += boxHeight + 8;
    if (f.recordsLargest) {
        painter.setPen(ReportStyle::muted());
        const TextBox largest(tr("Largest stated: %1 records (%2)")
                                  .arg(locale.toString(*f.recordsLargest), f.recordsLargestVictim),
                              ReportStyle::smallFont(), painter.device(), body.width());
        largest.draw(painter, QPointF(body.left(), y));
        y += largest.height();
    }
    y += 14;

    const qreal columnWidth = (body.width() - 2 * ReportStyle::gap) / 2;
    qreal left = y, right = y;
    for (const BarList &list : leftColumn(m_data))
        left = drawList(painter, list, QRectF(body.left(), left, columnWidth, body.bottom() - left),
                        m_rowHeight, locale);
    for (const BarList &list : rightColumn(m_data))
        right = drawList(painter, list,
                         QRectF(body.left() + columnWidth + 2 * ReportStyle::gap, right,
                                columnWidth, body.bottom() - right),
                         m_rowHeight, locale);
    painter.restore();
}

} // namespace vigie::ui
