// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartsPanel.h"

#include "ChartView.h"

#include "figure/FigureExportDialog.h"
#include "filter/FilterController.h"
#include "notify/Notifier.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStandardPaths>
#include <QToolBar>
#include <QVBoxLayout>

namespace vigie::ui {

namespace {

// Where each chart sits in the dashboard (row, column, column span).
struct Cell {
    ChartKind kind;
    int row, column, span;
};
constexpr std::array<Cell, chartKindCount> dashboard = {{
    {ChartKind::Timeline, 0, 0, 2},
    {ChartKind::AttackTypes, 1, 0, 1},
    {ChartKind::Regions, 1, 1, 1},
    {ChartKind::VictimKinds, 2, 0, 1},
    {ChartKind::DataCompromised, 2, 1, 1},
    {ChartKind::Cumulative, 3, 0, 1},
    {ChartKind::ThreatActors, 3, 1, 1},
}};

} // namespace

ChartsPanel::ChartsPanel(filter::FilterController &filter, Notifier &notifier, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
{
    setObjectName(QStringLiteral("chartsPanel"));
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("chartsToolBar"));

    m_chartBox = new QComboBox(this);
    m_chartBox->setObjectName(QStringLiteral("chartsChooser"));
    m_chartBox->setToolTip(tr("Show every chart, or one chart large"));
    m_chartBox->addItem(tr("All charts"), -1);
    for (int i = 0; i < chartKindCount; ++i)
        m_chartBox->addItem(ChartData::title(ChartKind(i)), i);
    // Long chart titles must not widen the dock (and the window).
    m_chartBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chartBox->setMinimumContentsLength(14);
    m_toolBar->addWidget(m_chartBox);

    m_stepBox = new QComboBox(this);
    m_stepBox->setObjectName(QStringLiteral("chartsStep"));
    m_stepBox->setToolTip(tr("Periods of the charts over time"));
    m_stepBox->addItem(tr("By month"), int(TimeStep::Month));
    m_stepBox->addItem(tr("By quarter"), int(TimeStep::Quarter));
    m_stepBox->addItem(tr("By year"), int(TimeStep::Year));
    m_toolBar->addWidget(m_stepBox);
    m_toolBar->addSeparator();

    QAction *exportAction = m_toolBar->addAction(tr("Export…"));
    exportAction->setObjectName(QStringLiteral("chartsExport"));
    exportAction->setToolTip(tr("Save the charts as shown as PNG, SVG or PDF, with title, "
                                "legend, filters and source"));
    connect(exportAction, &QAction::triggered, this, &ChartsPanel::exportWithDialog);
    QAction *copyAction = m_toolBar->addAction(tr("Copy"));
    copyAction->setObjectName(QStringLiteral("chartsCopy"));
    copyAction->setToolTip(tr("Copy the charts as shown to the clipboard (image and SVG)"));
    connect(copyAction, &QAction::triggered, this, [this] {
        if (Status s = copyToClipboard(); !s)
            MessageBox::warning(this, tr("Copy charts"), s.error());
    });

    m_grid = new QWidget;
    m_layout = new QGridLayout(m_grid);
    m_layout->setContentsMargins(4, 4, 4, 4);
    m_layout->setSpacing(6);
    for (const Cell &cell : dashboard) {
        auto *view = new ChartView(cell.kind, m_grid);
        m_views[size_t(cell.kind)] = view;
        m_layout->addWidget(view, cell.row, cell.column, 1, cell.span);
        view->installEventFilter(this);
        // Queued: the click handler runs inside the chart being replaced.
        connect(view, &ChartView::categoryClicked, this, &ChartsPanel::onCategoryClicked,
                Qt::QueuedConnection);
    }
    m_layout->setColumnStretch(0, 1);
    m_layout->setColumnStretch(1, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("chartsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_grid);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(scroll, 1);

    connect(m_chartBox, &QComboBox::currentIndexChanged, this, [this] {
        applyMode();
        refresh();
    });
    connect(m_stepBox, &QComboBox::currentIndexChanged, this, &ChartsPanel::refresh);
    // A brush dragged on the timeline changes the filter every 40 ms: the
    // charts follow at most every 60 ms.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(60);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ChartsPanel::refresh);
    connect(&notifier, &Notifier::filterChanged, this, [this] {
        if (!m_refreshTimer.isActive())
            m_refreshTimer.start();
    });
    connect(&notifier, &Notifier::dataReset, this, &ChartsPanel::refresh);
    // The timeline's playback: the charts show what happened up to the
    // cursor, as the map does; a null date goes back to the whole range.
    connect(&notifier, &Notifier::timeCursorChanged, this, [this](QDate date) {
        m_untilDay = date.isValid() ? std::optional(qint32(date.toJulianDay())) : std::nullopt;
        if (!m_refreshTimer.isActive())
            m_refreshTimer.start();
    });
    applyMode();
    refresh();
}

std::optional<ChartKind> ChartsPanel::currentChart() const
{
    const int k = m_chartBox->currentData().toInt();
    return k < 0 ? std::nullopt : std::optional(ChartKind(k));
}

void ChartsPanel::setCurrentChart(std::optional<ChartKind> kind)
{
    m_chartBox->setCurrentIndex(m_chartBox->findData(kind ? int(*kind) : -1));
}

TimeStep ChartsPanel::step() const
{
    return TimeStep(m_stepBox->currentData().toInt());
}

std::optional<QDate> ChartsPanel::cursor() const
{
    return m_untilDay ? std::optional(QDate::fromJulianDay(*m_untilDay)) : std::nullopt;
}

void ChartsPanel::applyMode()
{
    const auto only = currentChart();
    for (const Cell &cell : dashboard) {
        ChartView *view = m_views[size_t(cell.kind)];
        view->setVisible(!only || *only == cell.kind);
        // A dashboard scrolls; one chart fills the dock.
        view->setMinimumHeight(only ? 180 : cell.kind == ChartKind::Timeline ? 260 : 230);
    }
    const bool timeShown = !only || *only == ChartKind::Timeline || *only == ChartKind::Cumulative;
    m_stepBox->setEnabled(timeShown);
}

void ChartsPanel::refresh()
{
    // Building charts nobody sees would tax every filter change.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_refreshTimer.stop();
    ChartOptions options;
    options.step = step();
    options.untilDay = m_untilDay;
    const ChartStyle style = ChartStyle::fromPalette(palette());
    for (ChartView *view : m_views) {
        if (view->isHidden())
            continue;
        options.maxBars = maxBarsFor(view->height());
        m_builtHeight[size_t(view->kind())] = view->height();
        view->setTable(
            ChartData::build(view->kind(), m_filter.engine(), m_filter.snapshot(), options), style);
    }
}

bool ChartsPanel::eventFilter(QObject *watched, QEvent *event)
{
    // A taller chart has room for more bars: rebuild once the resize settles.
    if (event->type() == QEvent::Resize)
        if (auto *view = qobject_cast<ChartView *>(watched);
            view && !view->isHidden() &&
            maxBarsFor(view->height()) != maxBarsFor(m_builtHeight[size_t(view->kind())]) &&
            !m_refreshTimer.isActive())
            m_refreshTimer.start();
    return QWidget::eventFilter(watched, event);
}

void ChartsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ChartsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A light/dark switch of the desktop theme.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        refresh();
}

void ChartsPanel::onCategoryClicked(ChartKind kind, qsizetype category, bool add)
{
    const ChartTable &table = m_views[size_t(kind)]->table();
    const filter::FilterSpec spec = ChartData::specFor(table, category, m_filter.spec(), add);
    if (spec == m_filter.spec())
        return;
    if (Status s = m_filter.setSpec(spec); !s)
        MessageBox::warning(this, tr("Filter"), s.error());
}

void ChartsPanel::draw(QPainter &painter, const QRectF &rect) const
{
    ChartPaintOptions options;
    options.step = step();
    options.untilDay = m_untilDay;
    if (const auto only = currentChart())
        paintChart(ChartData::name(*only), m_filter.engine(), m_filter.snapshot(), painter, rect,
                   options);
    else
        paintDashboard(m_filter.engine(), m_filter.snapshot(), painter, rect, options);
}

Status ChartsPanel::exportTo(const QString &path, const FigureSettings &settings) const
{
    const auto only = currentChart();
    ChartPaintOptions options;
    options.step = step();
    options.untilDay = m_untilDay;
    return renderChartsToFile(only ? ChartData::name(*only) : QString(), m_filter.engine(),
                              m_filter.snapshot(), path, settings, options);
}

void ChartsPanel::exportWithDialog()
{
    const auto only = currentChart();
    const QString name = only ? ChartData::name(*only) : QStringLiteral("dashboard");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QSize size = only ? QSize(1200, 750) : QSize(1600, 1200);
    const auto choice = FigureExportDialog::ask(
        this, tr("Export charts"), dir + QStringLiteral("/vigie-%1.png").arg(name), size);
    if (!choice)
        return;
    if (Status s = exportTo(choice->path, choice->settings); !s)
        MessageBox::warning(this, tr("Export charts"), s.error());
}

Status ChartsPanel::copyToClipboard() const
{
    FigureSettings settings;
    const auto only = currentChart();
    settings.size = only ? QSize(1200, 750) : QSize(1600, 1200);
    settings.dpi = 144;
    settings.title = only ? ChartData::title(*only) : tr("Cyberattacks on health organisations");
    return copyFigure([this](QPainter &p, const QRectF &r) { draw(p, r); }, settings);
}

} // namespace vigie::ui
