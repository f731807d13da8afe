// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelinePanel.h"

#include "TimelineView.h"
#include "figure/FigureExportDialog.h"
#include "figure/FigureWriter.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QStandardPaths>
#include <QToolBar>
#include <QVBoxLayout>

namespace vigie::ui {

TimelinePanel::TimelinePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelinePanel"));
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("timelineToolBar"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_view = new TimelineView(this);
    m_view->setObjectName(QStringLiteral("timelineView"));

    m_toolBar->addWidget(new QLabel(tr("Lanes:"), m_toolBar));
    m_lanes = new QComboBox(m_toolBar);
    m_lanes->setObjectName(QStringLiteral("timelineLanes"));
    const std::pair<LaneMode, QString> lanes[] = {{LaneMode::None, tr("None")},
                                                  {LaneMode::Region, tr("Region")},
                                                  {LaneMode::AttackType, tr("Attack type")},
                                                  {LaneMode::VictimKind, tr("Victim kind")},
                                                  {LaneMode::Impact, tr("Impact on care")}};
    for (const auto &[mode, text] : lanes)
        m_lanes->addItem(text, int(mode));
    m_lanes->setToolTip(tr("Split the timeline into lanes"));
    connect(m_lanes, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_view->setLaneMode(LaneMode(m_lanes->itemData(i).toInt())); });
    m_toolBar->addWidget(m_lanes);
    m_toolBar->addSeparator();

    m_play =
        m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Play"));
    m_play->setObjectName(QStringLiteral("timelinePlay"));
    connect(m_play, &QAction::triggered, m_view, &TimelineView::togglePlayback);
    m_stop =
        m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("media-playback-stop")), tr("Stop"));
    m_stop->setObjectName(QStringLiteral("timelineStop"));
    m_stop->setToolTip(tr("Stop the playback and show every date again"));
    connect(m_stop, &QAction::triggered, m_view, &TimelineView::stopPlayback);
    m_toolBar->addWidget(new QLabel(tr("Speed:"), m_toolBar));
    m_speed = new QComboBox(m_toolBar);
    m_speed->setObjectName(QStringLiteral("timelineSpeed"));
    m_speed->setToolTip(tr("Months per second"));
    for (double s : {0.5, 1.0, 2.0, 4.0, 8.0, 12.0})
        m_speed->addItem(tr("%1 months/s").arg(QLocale().toString(s)), s);
    m_speed->setCurrentIndex(m_speed->findData(m_view->playbackSpeed()));
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_view->setPlaybackSpeed(m_speed->itemData(i).toDouble()); });
    m_toolBar->addWidget(m_speed);
    m_toolBar->addSeparator();
    QAction *exportAction = m_toolBar->addAction(tr("Export…"));
    exportAction->setObjectName(QStringLiteral("timelineExport"));
    exportAction->setToolTip(tr("Save the timeline as PNG, SVG or PDF, as shown"));
    connect(exportAction, &QAction::triggered, this, &TimelinePanel::exportWithDialog);
    QAction *copyAction = m_toolBar->addAction(tr("Copy"));
    copyAction->setObjectName(QStringLiteral("timelineCopy"));
    copyAction->setToolTip(tr("Copy the timeline as shown to the clipboard (image and SVG)"));
    connect(copyAction, &QAction::triggered, this, [this] {
        // The export's framing at twice the widget's size, as Export… writes.
        FigureSettings settings;
        settings.size = m_view->size() * 2;
        settings.minimum = QSize(200, 150);
        settings.title = tr("Timeline");
        const Status status = copyFigure(
            [this](QPainter &p, const QRectF &r) { m_view->drawFigure(p, r); }, settings);
        if (!status)
            MessageBox::warning(this, tr("Copy timeline"), status.error());
    });
    connect(m_view, &TimelineView::playbackStateChanged, this, &TimelinePanel::syncPlayback);
    syncPlayback(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);
}

void TimelinePanel::syncPlayback(bool playing)
{
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setIcon(QIcon::fromTheme(playing ? QStringLiteral("media-playback-pause")
                                             : QStringLiteral("media-playback-start")));
    m_play->setToolTip(playing ? tr("Pause the playback (Space)")
                               : tr("Play the incidents month by month (Space)"));
}

void TimelinePanel::exportWithDialog()
{
    // Size and resolution are the user's; by default twice the widget, so
    // the export frames what is shown.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const auto choice =
        FigureExportDialog::ask(this, tr("Export timeline"),
                                dir + QStringLiteral("/vigie-timeline.png"), m_view->size() * 2);
    if (!choice)
        return;
    FigureSettings settings = choice->settings;
    settings.minimum = QSize(200, 150);
    settings.title = tr("Timeline");
    const Status status = writeFigure(
        [this](QPainter &p, const QRectF &r) { m_view->drawFigure(p, r); }, choice->path, settings);
    if (!status)
        MessageBox::warning(this, tr("Export timeline"), status.error());
}

} // namespace vigie::ui
