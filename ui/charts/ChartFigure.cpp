// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartFigure.h"

#include "render/FilterText.h"
#include "widgets/Palette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QDate>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>
#include <memory>

namespace vigie::ui {

namespace {

bool ctrlHeld()
{
    return QGuiApplication::keyboardModifiers() & (Qt::ControlModifier | Qt::MetaModifier);
}

// Qt Charts elides every category label to "..." once the longest one
// does not fit, so labels are cut to what the chart's width allows.
QString shortLabel(const QString &label, int maxChars)
{
    return label.size() <= maxChars ? label : label.left(maxChars - 1) + QChar(0x2026);
}

void styleAxis(QAbstractAxis *axis, const ChartStyle &style, double fontScale)
{
    axis->setLabelsBrush(style.text);
    axis->setLinePenColor(style.grid);
    axis->setGridLineColor(style.grid);
    axis->setMinorGridLineColor(style.grid);
    axis->setTitleBrush(style.muted);
    QFont font = axis->labelsFont();
    font.setPixelSize(int(std::lround(11 * fontScale)));
    axis->setLabelsFont(font);
}

// 0, then a round maximum and whole-number ticks.
QValueAxis *countAxis(qint32 maximum, const ChartStyle &style, double fontScale)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, std::max(1, maximum));
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->applyNiceNumbers();
    if (axis->max() < 5) { // never "0.5 incidents"
        axis->setRange(0, std::max(1.0, std::ceil(axis->max())));
        axis->setTickCount(int(axis->max()) + 1);
    }
    styleAxis(axis, style, fontScale);
    return axis;
}

// The period axis of the time charts: one label per year (or every few
// years) at the start of that year's first bar.
QAbstractAxis *periodAxis(const ChartTable &t, const ChartStyle &style, double fontScale)
{
    const qsizetype n = t.categories.size();
    if (t.ticks.isEmpty()) {
        auto *axis = new QBarCategoryAxis;
        for (const ChartCategory &c : t.categories)
            axis->append(c.label);
        styleAxis(axis, style, fontScale);
        return axis;
    }
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(-0.5, double(n) - 0.5);
    axis->setStartValue(-0.5);
    const qsizetype every = t.ticks.size() > 24 ? 5 : t.ticks.size() > 10 ? 2 : 1;
    for (qsizetype i = 0; i < t.ticks.size(); ++i)
        if (i % every == 0)
            axis->append(t.ticks[i].second, t.ticks[i].first - 0.5);
    if (t.ticks.isEmpty() || t.ticks.first().first > 0) // a partial first year: label it
        axis->setStartValue(-0.5);
    styleAxis(axis, style, fontScale);
    return axis;
}

QStringList labelsOf(const ChartTable &t)
{
    QStringList labels;
    for (const ChartCategory &c : t.categories)
        labels.append(c.label);
    return labels;
}

// On screen: the exact count of the bar under the mouse (labels may be cut).
void showCounts(QBarSet *set, const QStringList &labels, bool reversed)
{
    QObject::connect(set, &QBarSet::hovered, set, [set, labels, reversed](bool on, int index) {
        if (!on || index < 0 || index >= labels.size()) {
            QToolTip::hideText();
            return;
        }
        const QString label = labels[reversed ? labels.size() - 1 - index : index];
        QToolTip::showText(
            QCursor::pos(),
            QStringLiteral("%1 — %2: %3").arg(label, set->label()).arg(set->at(index)));
    });
}

QBarSet *barSet(const ChartTable &t, const ChartSeries &s, const ChartStyle &style, bool reversed)
{
    auto *set = new QBarSet(s.name);
    const qsizetype n = qsizetype(s.values.size());
    for (qsizetype i = 0; i < n; ++i)
        set->append(s.values[size_t(reversed ? n - 1 - i : i)]);
    const QColor colour = s.colour.isValid() ? s.colour : Palette::accentColour();
    set->setPen(Qt::NoPen);
    set->setLabelColor(style.text);
    if (t.hasSelection) {
        // The selection keeps the full colour; the rest fades.
        set->setColor(Palette::dimmed(colour, style.background));
        set->setSelectedColor(colour);
        for (qsizetype i = 0; i < n; ++i)
            if (t.categories[reversed ? n - 1 - i : i].selected)
                set->selectBar(int(i));
    } else {
        set->setColor(colour);
    }
    return set;
}

void addTimeChart(QChart *chart, const ChartTable &t, const ChartStyle &style,
                  const ChartFigure::ClickHandler &onClick, double fontScale)
{
    QAbstractAxis *x = periodAxis(t, style, fontScale);
    QValueAxis *y = countAxis(t.maximum(), style, fontScale);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    if (t.kind == ChartKind::Cumulative) {
        auto *line = new QLineSeries;
        line->setName(t.series.value(0).name);
        QPen pen(Palette::accentColour(), 2.5);
        line->setPen(pen);
        for (size_t i = 0; i < t.series.value(0).values.size(); ++i)
            line->append(double(i), t.series[0].values[i]);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        if (t.hasSelection) { // the selected periods, drawn over the line
            auto *selected = new QScatterSeries;
            selected->setName(
                QCoreApplication::translate("vigie::ui::ChartFigure", "Selected period"));
            selected->setMarkerSize(7);
            selected->setColor(Palette::attackColour(0));
            selected->setBorderColor(Palette::attackColour(0));
            for (qsizetype i = 0; i < t.categories.size(); ++i)
                if (t.categories[i].selected)
                    selected->append(double(i), t.series[0].values[size_t(i)]);
            chart->addSeries(selected);
            selected->attachAxis(x);
            selected->attachAxis(y);
        }
        return;
    }
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.85);
    for (const ChartSeries &s : t.series) {
        QBarSet *set = barSet(t, s, style, false);
        if (onClick) {
            QObject::connect(set, &QBarSet::clicked, set,
                             [onClick](int index) { onClick(index, ctrlHeld()); });
            showCounts(set, labelsOf(t), false);
        }
        series->append(set);
    }
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

void addPie(QChart *chart, const ChartTable &t, const ChartStyle &style,
            const ChartFigure::ClickHandler &onClick, bool decorated, double fontScale)
{
    auto *pie = new QPieSeries;
    pie->setHoleSize(0.45);
    pie->setPieSize(decorated ? 0.8 : 0.9);
    qint32 sum = 0;
    for (qsizetype i = 0; i < t.categories.size(); ++i)
        sum += t.total(i);
    sum = std::max(sum, 1);
    for (qsizetype i = 0; i < t.categories.size(); ++i) {
        const ChartCategory &c = t.categories[i];
        const qint32 n = t.total(i);
        auto *slice = pie->append(QString(), n);
        const QColor colour = c.colour.isValid() ? c.colour : Palette::categoryColour(int(i));
        const bool dim = t.hasSelection && !c.selected;
        slice->setColor(dim ? Palette::dimmed(colour, style.background) : colour);
        slice->setBorderColor(style.background);
        QFont font = slice->labelFont();
        font.setPixelSize(int(std::lround(11 * fontScale)));
        slice->setLabelFont(font);
        // The legend names the slices; the larger ones carry their share.
        slice->setLabel(QStringLiteral("%1 %").arg(std::lround(100.0 * n / sum)));
        slice->setLabelPosition(QPieSlice::LabelInsideNormal);
        slice->setLabelColor(dim ? style.text : QColor(Qt::white));
        slice->setLabelVisible(n * 100 >= 7 * sum);
        if (c.selected) {
            slice->setExploded(true);
            slice->setExplodeDistanceFactor(0.06);
        }
        if (onClick) {
            QObject::connect(slice, &QPieSlice::clicked, slice,
                             [onClick, i] { onClick(i, ctrlHeld()); });
            const QString tip = QStringLiteral("%1: %2").arg(c.label).arg(n);
            QObject::connect(slice, &QPieSlice::hovered, slice, [tip](bool on) {
                if (on)
                    QToolTip::showText(QCursor::pos(), tip);
                else
                    QToolTip::hideText();
            });
        }
    }
    chart->addSeries(pie);
    // The legend names the slices (their labels are the shares).
    const QList<QLegendMarker *> markers = chart->legend()->markers(pie);
    for (qsizetype i = 0; i < markers.size() && i < t.categories.size(); ++i)
        markers[i]->setLabel(QStringLiteral("%1 (%2)").arg(t.categories[i].label).arg(t.total(i)));
}

void addBars(QChart *chart, const ChartTable &t, const ChartStyle &style,
             const ChartFigure::ClickHandler &onClick, double fontScale, int labelChars)
{
    // Largest at the top: Qt draws the first category at the bottom.
    auto *series = new QHorizontalBarSeries;
    series->setBarWidth(0.75);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    const qsizetype n = t.categories.size();
    for (const ChartSeries &s : t.series) {
        QBarSet *set = barSet(t, s, style, true);
        QFont font = set->labelFont();
        font.setPixelSize(int(std::lround(10 * fontScale)));
        set->setLabelFont(font);
        if (onClick) {
            QObject::connect(set, &QBarSet::clicked, set,
                             [onClick, n](int index) { onClick(n - 1 - index, ctrlHeld()); });
            showCounts(set, labelsOf(t), true);
        }
        series->append(set);
    }
    auto *y = new QBarCategoryAxis;
    for (qsizetype i = n - 1; i >= 0; --i)
        y->append(shortLabel(t.categories[i].label, labelChars));
    styleAxis(y, style, fontScale);
    y->setGridLineVisible(false);
    // Room at the right for the count printed past the longest bar.
    QValueAxis *x = countAxis(qint32(std::ceil(t.maximum() * 1.12)), style, fontScale);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addSeries(series);
    series->attachAxis(y);
    series->attachAxis(x);
}

int labelCharsFor(double width)
{
    return std::clamp(int(width / 26), 8, 30);
}

void renderChart(QChart *chart, QPainter &painter, const QRectF &rect)
{
    // The scene owns the chart from here on.
    QGraphicsScene scene;
    scene.addItem(chart);
    const QRectF source(QPointF(0, 0), rect.size());
    chart->setGeometry(source);
    scene.setSceneRect(source);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, rect, source, Qt::IgnoreAspectRatio);
    painter.restore();
}

ChartPaintOptions completed(ChartPaintOptions o, const filter::FilterEngine &engine)
{
    if (o.filterLine.isEmpty())
        o.filterLine = FigureFrame::filterLineFor(engine.spec(), o.locale);
    if (o.untilDay) // the playback cursor the charts followed
        o.filterLine +=
            QStringLiteral(" · ") +
            QCoreApplication::translate("vigie::ui::ChartFigure", "up to %1")
                .arg(o.locale.toString(QDate::fromJulianDay(*o.untilDay), QLocale::LongFormat));
    if (o.sourceLine.isEmpty())
        o.sourceLine = sourceLine(engine.counts().selected, QDate::currentDate(), o.locale);
    return o;
}

FigureFrame frameOf(const ChartPaintOptions &o)
{
    FigureFrame f;
    f.title = o.title;
    f.filterLine = o.filterLine;
    f.sourceLine = o.sourceLine;
    f.background = o.style.background;
    f.ink = o.style.text;
    f.muted = o.style.muted;
    return f;
}

// An empty chart says so rather than showing bare axes.
void paintEmpty(QPainter &painter, const QRectF &rect, const ChartStyle &style)
{
    painter.save();
    painter.setPen(style.muted);
    painter.drawText(rect, Qt::AlignCenter,
                     QCoreApplication::translate("vigie::ui::ChartFigure",
                                                 "No incident to chart under this filter."));
    painter.restore();
}

} // namespace

ChartStyle ChartStyle::fromPalette(const QPalette &palette)
{
    ChartStyle s;
    s.dark = Palette::isDark(palette);
    s.background = palette.color(QPalette::Base);
    s.text = palette.color(QPalette::Text);
    s.muted = palette.color(QPalette::PlaceholderText);
    QColor grid = palette.color(QPalette::Text);
    grid.setAlphaF(0.15f);
    s.grid = grid;
    return s;
}

namespace ChartFigure {

QChart *createChart(const ChartTable &table, const ChartStyle &style, bool decorated,
                    const ClickHandler &onClick, double width)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(style.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(style.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setTitleBrush(style.text);
    const double fontScale = style.fontScale;
    if (decorated) {
        chart->setTitle(table.title);
        QFont font = chart->titleFont();
        font.setPixelSize(13);
        font.setBold(true);
        chart->setTitleFont(font);
    }
    switch (table.kind) {
    case ChartKind::Timeline:
    case ChartKind::Cumulative:
        addTimeChart(chart, table, style, onClick, fontScale);
        break;
    case ChartKind::AttackTypes:
        addPie(chart, table, style, onClick, decorated, fontScale);
        break;
    case ChartKind::Regions:
    case ChartKind::VictimKinds:
    case ChartKind::DataCompromised:
    case ChartKind::ThreatActors:
        addBars(chart, table, style, onClick, fontScale, labelCharsFor(width));
        break;
    }
    // The legend names stacked layers and slices; single series need none.
    QLegend *legend = chart->legend();
    // (A narrow donut has no room for its legend: the time chart's names the
    // same colours.)
    const bool legendWanted = decorated && (table.kind == ChartKind::Timeline ||
                                            (table.kind == ChartKind::AttackTypes && width >= 320));
    legend->setVisible(legendWanted);
    if (legendWanted) {
        // The donut's legend goes beside it when there is room for its names.
        legend->setAlignment(table.kind == ChartKind::AttackTypes && width >= 480
                                 ? Qt::AlignRight
                                 : Qt::AlignBottom);
        legend->setLabelColor(style.text);
        QFont font = legend->font();
        font.setPixelSize(11);
        legend->setFont(font);
    }
    return chart;
}

QList<FigureFrame::LegendEntry> legendOf(const ChartTable &table)
{
    QList<FigureFrame::LegendEntry> out;
    if (table.kind == ChartKind::Timeline)
        for (const ChartSeries &s : table.series)
            out.append({s.colour, s.name});
    else if (table.kind == ChartKind::AttackTypes)
        for (qsizetype i = 0; i < table.categories.size(); ++i)
            out.append(
                {table.categories[i].colour,
                 QStringLiteral("%1 (%2)").arg(table.categories[i].label).arg(table.total(i))});
    return out;
}

void paintTable(const ChartTable &table, QPainter &painter, const QRectF &rect,
                const ChartStyle &style, bool decorated)
{
    if (rect.width() < 10 || rect.height() < 10)
        return;
    if (table.categories.isEmpty()) {
        if (decorated) {
            painter.save();
            painter.setPen(style.text);
            QFont font = painter.font();
            font.setPixelSize(13);
            font.setBold(true);
            painter.setFont(font);
            painter.drawText(rect.adjusted(4, 4, -4, -4), Qt::AlignHCenter | Qt::AlignTop,
                             table.title);
            painter.restore();
        }
        paintEmpty(painter, rect, style);
        return;
    }
    renderChart(createChart(table, style, decorated, {}, rect.width()), painter, rect);
}

} // namespace ChartFigure

int maxBarsFor(double height)
{
    // Qt Charts elides every category label to "..." once they overlap, so
    // a short chart shows fewer bars (the rest in "Other").
    return std::clamp(int((height - 80) / 22) - 2, 3, 15); // "Other", "Not stated"
}

QStringList chartNames()
{
    return ChartData::names();
}

QString chartTitle(const QString &name)
{
    const auto kind = ChartData::kindOf(name);
    return kind ? ChartData::title(*kind) : QString();
}

bool paintChart(const QString &name, const filter::FilterEngine &engine,
                const filter::Snapshot &snapshot, QPainter &painter, const QRectF &rect,
                const ChartPaintOptions &options)
{
    const auto kind = ChartData::kindOf(name);
    if (!kind)
        return false;
    ChartOptions co;
    co.step = options.step;
    co.locale = options.locale;
    co.untilDay = options.untilDay;
    co.maxBars = maxBarsFor(rect.height() - (options.frame ? 90 : 0));
    const ChartTable table = ChartData::build(*kind, engine, snapshot, co);
    if (!options.frame) {
        painter.fillRect(rect, options.style.background);
        ChartFigure::paintTable(table, painter, rect, options.style, false);
        return true;
    }
    ChartPaintOptions o = completed(options, engine);
    if (o.title.isEmpty())
        o.title = table.title;
    FigureFrame frame = frameOf(o);
    frame.legend = ChartFigure::legendOf(table);
    if (!table.note.isEmpty())
        frame.sourceLine = o.sourceLine + QStringLiteral(" — ") + table.note;
    const QRectF content = frame.draw(painter, rect);
    ChartFigure::paintTable(table, painter, content, o.style, false);
    return true;
}

void paintDashboard(const filter::FilterEngine &engine, const filter::Snapshot &snapshot,
                    QPainter &painter, const QRectF &rect, const ChartPaintOptions &options)
{
    ChartPaintOptions o = completed(options, engine);
    if (o.title.isEmpty())
        o.title = QCoreApplication::translate("vigie::ui::ChartFigure",
                                              "Cyberattacks on health organisations");
    QRectF content = rect;
    if (o.frame) {
        const FigureFrame frame = frameOf(o);
        content = frame.draw(painter, rect);
    } else {
        painter.fillRect(rect, o.style.background);
    }
    ChartOptions co;
    co.step = o.step;
    co.locale = o.locale;
    co.untilDay = o.untilDay;
    co.maxBars = maxBarsFor((content.height() * 0.64) / 2);
    // The time chart across the top third, then two rows of three.
    const double topHeight = content.height() * 0.36;
    const double rowHeight = (content.height() - topHeight) / 2;
    const double colWidth = content.width() / 3;
    const ChartKind grid[] = {ChartKind::AttackTypes, ChartKind::Regions,
                              ChartKind::VictimKinds, ChartKind::DataCompromised,
                              ChartKind::Cumulative,  ChartKind::ThreatActors};
    ChartFigure::paintTable(ChartData::build(ChartKind::Timeline, engine, snapshot, co), painter,
                            QRectF(content.left(), content.top(), content.width(), topHeight),
                            o.style, true);
    for (int i = 0; i < 6; ++i) {
        const QRectF cell(content.left() + (i % 3) * colWidth,
                          content.top() + topHeight + (i / 3) * rowHeight, colWidth, rowHeight);
        ChartFigure::paintTable(ChartData::build(grid[i], engine, snapshot, co), painter,
                                cell.adjusted(2, 2, -2, -2), o.style, true);
    }
}

Status renderChartsToFile(const QString &name, const filter::FilterEngine &engine,
                          const filter::Snapshot &snapshot, const QString &path,
                          const FigureSettings &settings, const ChartPaintOptions &options)
{
    if (!name.isEmpty() && !ChartData::kindOf(name))
        return Status::failure(QCoreApplication::translate("vigie::ui::ChartFigure",
                                                           "Unknown chart \"%1\": use one of %2.")
                                   .arg(name, chartNames().join(QStringLiteral(", "))));
    FigureSettings s = settings;
    if (s.title.isEmpty())
        s.title = name.isEmpty()
                      ? QCoreApplication::translate("vigie::ui::ChartFigure",
                                                    "Cyberattacks on health organisations")
                      : chartTitle(name);
    if (s.description.isEmpty())
        s.description = completed(options, engine).filterLine;
    s.background = options.style.background;
    return writeFigure(
        [&](QPainter &painter, const QRectF &rect) {
            if (name.isEmpty())
                paintDashboard(engine, snapshot, painter, rect, options);
            else
                paintChart(name, engine, snapshot, painter, rect, options);
        },
        path, s);
}

} // namespace vigie::ui
