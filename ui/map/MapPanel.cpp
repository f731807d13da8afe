// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapPanel.h"

#include "figure/FigureExportDialog.h"
#include "figure/FigureWriter.h"

#include <QActionGroup>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QToolBar>
#include <QVBoxLayout>

namespace vigie::ui {

MapPanel::MapPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mapPanel"));
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("mapToolBar"));
    m_view = new MapView(this);

    m_levels = new QActionGroup(this);
    const std::pair<MapLevel, QString> levels[] = {{MapLevel::Region, tr("Regions")},
                                                   {MapLevel::Department, tr("Departments")},
                                                   {MapLevel::World, tr("World")}};
    for (const auto &[level, text] : levels) {
        QAction *action = m_toolBar->addAction(text);
        action->setCheckable(true);
        action->setData(int(level));
        action->setObjectName(QStringLiteral("mapLevel%1").arg(int(level)));
        m_levels->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, level = level] { m_view->setLevel(level); });
    }
    m_toolBar->addSeparator();
    m_measures = new QActionGroup(this);
    const std::pair<MapMeasure, QString> measures[] = {{MapMeasure::Count, tr("Count")},
                                                       {MapMeasure::Rate, tr("Per 100,000")}};
    for (const auto &[measure, text] : measures) {
        QAction *action = m_toolBar->addAction(text);
        action->setCheckable(true);
        action->setData(int(measure));
        action->setObjectName(QStringLiteral("mapMeasure%1").arg(int(measure)));
        action->setToolTip(measure == MapMeasure::Rate
                               ? tr("Incidents per 100,000 inhabitants (INSEE population)")
                               : tr("Number of incidents"));
        m_measures->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, measure = measure] { m_view->setMeasure(measure); });
    }
    m_toolBar->addSeparator();
    // The point layer, remembered between sessions.
    QAction *towns = m_toolBar->addAction(tr("Towns"));
    towns->setObjectName(QStringLiteral("mapShowTowns"));
    towns->setCheckable(true);
    towns->setToolTip(tr("Show incidents at their town, as circles sized by count"));
    towns->setChecked(QSettings().value(QStringLiteral("map/showTowns"), true).toBool());
    m_view->setShowPoints(towns->isChecked());
    connect(towns, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("map/showTowns"), on);
        m_view->setShowPoints(on);
    });
    m_toolBar->addSeparator();
    QAction *reset = m_toolBar->addAction(tr("Whole map"));
    reset->setObjectName(QStringLiteral("mapResetView"));
    connect(reset, &QAction::triggered, m_view, &MapView::resetView);
    QAction *exportAction = m_toolBar->addAction(tr("Export…"));
    exportAction->setObjectName(QStringLiteral("mapExport"));
    exportAction->setToolTip(tr("Save the map as PNG, SVG or PDF, as shown"));
    connect(exportAction, &QAction::triggered, this, &MapPanel::exportWithDialog);
    QAction *copyAction = m_toolBar->addAction(tr("Copy"));
    copyAction->setObjectName(QStringLiteral("mapCopy"));
    copyAction->setToolTip(tr("Copy the map as shown to the clipboard (image and SVG)"));
    connect(copyAction, &QAction::triggered, this, [this] {
        FigureSettings settings;
        settings.size = m_view->size() * 2; // as Export… writes it
        settings.title = tr("Vigie map");
        const Status status =
            copyFigure([this](QPainter &p, const QRectF &r) { m_view->draw(p, r); }, settings);
        if (!status)
            QMessageBox::warning(this, tr("Copy map"), status.error());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);
    connect(m_view, &MapView::levelChanged, this, &MapPanel::syncActions);
    syncActions();
}

void MapPanel::syncActions()
{
    for (QAction *action : m_levels->actions())
        action->setChecked(action->data().toInt() == int(m_view->level()));
    for (QAction *action : m_measures->actions()) {
        action->setChecked(action->data().toInt() == int(m_view->measure()));
        // The world has no population figures.
        action->setEnabled(m_view->level() != MapLevel::World);
    }
}

void MapPanel::exportWithDialog()
{
    // By default twice the widget's size: sharp enough for a report, same framing.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const auto choice = FigureExportDialog::ask(
        this, tr("Export map"), dir + QStringLiteral("/vigie-map.png"), m_view->size() * 2);
    if (!choice)
        return;
    const Status status =
        m_view->exportToFile(choice->path, choice->settings.size, choice->settings.dpi);
    if (!status)
        QMessageBox::warning(this, tr("Export map"), status.error());
}

} // namespace vigie::ui
