// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "DataTransfer.h"

#include "charts/ChartsPanel.h"
#include "commands/EditIncidentCommand.h"
#include "commands/MergeIncidentsCommand.h"
#include "db/DatabaseSetup.h"
#include "db/IncidentRepository.h"
#include "filter/FilterPanel.h"
#include "filter/SavedViewsMenu.h"
#include "importing/WindowImport.h"
#include "map/MapFeed.h"
#include "map/MapPanel.h"
#include "models/IncidentTableModel.h"
#include "report/ReportData.h"
#include "report/ReportWriter.h"
#include "review/EditIncidentDialog.h"
#include "review/MergeIncidentsDialog.h"
#include "table/IncidentTableView.h"
#include "timeline/TimelineFeed.h"
#include "timeline/TimelinePanel.h"
#include "timeline/TimelineView.h"
#include "widgets/IncidentDetailPane.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

namespace vigie::ui {

namespace {

// Bump when the dock layout changes so much that an old saved state would
// misplace the docks; QMainWindow then ignores the old one.
constexpr int windowStateVersion = 1;

const QString settingsGroup = QStringLiteral("MainWindow");
const QString recentKey = QStringLiteral("recentDatabases");
constexpr int recentMax = 8;

} // namespace

MainWindow::MainWindow(db::Database database, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(database))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_notifier.setObjectName(QStringLiteral("notifier"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks |
                   QMainWindow::AllowTabbedDocks | QMainWindow::GroupedDragging);
    // The filter panel (left) and the detail pane, map and charts (right)
    // take the full height; the timeline spans the table's width.
    setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    m_filter = std::make_unique<filter::FilterController>(m_db, m_notifier);
    if (Status s = m_filter->reload(); !s)
        statusBar()->showMessage(tr("Filtering is unavailable: %1").arg(s.error()));
    m_model = new IncidentTableModel(m_db, m_notifier, this);
    m_model->setFilterController(m_filter.get());
    m_table = new IncidentTableView(*m_model, m_notifier, this);
    setCentralWidget(m_table);

    m_undoStack = new QUndoStack(this);
    m_undoStack->setObjectName(QStringLiteral("undoStack"));
    createActions();
    createMenus();
    createDocks();
    createFilterViews();
    new DataTransfer(*this); // File ▸ Export Data…, Import Dataset…
    m_import = new WindowImport(*this, m_db, m_notifier, *m_undoStack);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("incidentCount"));
    m_countLabel->setContentsMargins(6, 0, 6, 0);
    statusBar()->addPermanentWidget(m_countLabel);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    connect(&m_notifier, &Notifier::filterChanged, this, &MainWindow::updateCount);
    connect(&m_notifier, &Notifier::selectionChanged, this, [this](const QList<qint64> &ids) {
        m_copyAction->setEnabled(!ids.isEmpty());
        m_editIncidentAction->setEnabled(!ids.isEmpty());
        m_mergeAction->setEnabled(ids.size() == 2);
    });
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        editIncident(index.data(IncidentTableModel::IdRole).toLongLong());
    });
    connect(m_detail, &IncidentDetailPane::editRequested, this,
            [this](qint64 id) { editIncident(id); });
    updateCount();
    updateTitle();
    rememberDatabase(m_db.path());

    m_defaultState = saveState(windowStateVersion);
    restoreSettings();
}

MainWindow::~MainWindow()
{
    // The views hold references to m_db and m_notifier, which die before
    // QWidget's destructor deletes the children: delete the views first, so
    // none can emit on a dead notifier or read a closed database (a view
    // publishes an empty selection when its model goes away).
    // The import first: it stops its worker thread.
    delete m_import;
    m_import = nullptr;
    qDeleteAll(findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly));
    delete takeCentralWidget();
    m_table = nullptr;
    m_detail = nullptr;
    m_detailDock = nullptr;
    m_filterPanel = nullptr;
    delete m_viewsMenu;
    m_viewsMenu = nullptr;
    delete m_model;
    m_model = nullptr;
    m_filter.reset();
}

void MainWindow::createActions()
{
    m_openAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Database…"), this);
    m_openAction->setObjectName(QStringLiteral("actionOpenDatabase"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open another Vigie database"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseDatabaseToOpen);

    m_newAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Database…"), this);
    m_newAction->setObjectName(QStringLiteral("actionNewDatabase"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Create a new database, empty or with the bundled dataset"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::chooseDatabaseToCreate);

    m_reportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-export")),
                                 tr("Export &Report…"), this);
    m_reportAction->setObjectName(QStringLiteral("actionExportReport"));
    m_reportAction->setStatusTip(
        tr("Write a PDF report of the filtered incidents: figures, timeline, map and sources"));
    connect(m_reportAction, &QAction::triggered, this, &MainWindow::chooseReportFile);

    m_quitAction =
        new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    // Ctrl+Shift+Z everywhere, and Ctrl+Y where the platform also uses it.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.prepend(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_redoAction->setShortcuts(redoKeys);

    m_editIncidentAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit Incident…"), this);
    m_editIncidentAction->setObjectName(QStringLiteral("actionEditIncident"));
    m_editIncidentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editIncidentAction->setStatusTip(tr("Edit every field of the current incident"));
    m_editIncidentAction->setEnabled(false);
    connect(m_editIncidentAction, &QAction::triggered, this, [this] { editIncident(); });
    // The shortcut works while the menu is closed.
    addAction(m_editIncidentAction);

    m_mergeAction = new QAction(tr("&Merge Incidents…"), this);
    m_mergeAction->setObjectName(QStringLiteral("actionMergeIncidents"));
    m_mergeAction->setStatusTip(tr("Make the two selected incidents one"));
    m_mergeAction->setEnabled(false);
    connect(m_mergeAction, &QAction::triggered, this, &MainWindow::mergeSelectedIncidents);

    m_copyAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), this);
    m_copyAction->setObjectName(QStringLiteral("actionCopy"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setStatusTip(tr("Copy the selected incidents as tab-separated text"));
    m_copyAction->setEnabled(false);
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copySelection);

    m_selectAllAction = new QAction(tr("Select &All"), this);
    m_selectAllAction->setObjectName(QStringLiteral("actionSelectAll"));
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    connect(m_selectAllAction, &QAction::triggered, m_table, &QTableView::selectAll);

    m_fullScreenAction =
        new QAction(QIcon::fromTheme(QStringLiteral("view-fullscreen")), tr("&Full Screen"), this);
    m_fullScreenAction->setObjectName(QStringLiteral("actionFullScreen"));
    m_fullScreenAction->setCheckable(true);
    QList<QKeySequence> fullScreenKeys = QKeySequence::keyBindings(QKeySequence::FullScreen);
    if (!fullScreenKeys.contains(QKeySequence(Qt::Key_F11)))
        fullScreenKeys.prepend(QKeySequence(Qt::Key_F11));
    m_fullScreenAction->setShortcuts(fullScreenKeys);
    connect(m_fullScreenAction, &QAction::toggled, this, &MainWindow::toggleFullScreen);

    m_resetLayoutAction = new QAction(tr("&Reset Layout"), this);
    m_resetLayoutAction->setObjectName(QStringLiteral("actionResetLayout"));
    m_resetLayoutAction->setStatusTip(tr("Put every panel and table column back in its place"));
    connect(m_resetLayoutAction, &QAction::triggered, this, &MainWindow::resetLayout);

    m_aboutAction =
        new QAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Vigie"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(QStringLiteral("actionAboutQt"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    file->addSeparator();
    file->addAction(m_reportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_editIncidentAction);
    edit->addAction(m_mergeAction);
    edit->addSeparator();
    edit->addAction(m_copyAction);
    edit->addAction(m_selectAllAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    m_dockSeparator = m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_resetLayoutAction);
    m_viewMenu->addAction(m_fullScreenAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createDocks()
{
    m_detail = new IncidentDetailPane(m_db, m_notifier, this);
    m_detailDock = addViewDock(m_detail, tr("Incident"), Qt::RightDockWidgetArea,
                               QStringLiteral("detailDock"));
    m_detailDock->toggleViewAction()->setObjectName(QStringLiteral("actionToggleDetail"));
    m_detailDock->toggleViewAction()->setStatusTip(tr("Show or hide the incident's details"));
    createMapDock();
    createChartsDock();
    createTimelineDock();
}

void MainWindow::createTimelineDock()
{
    // Bottom, under the table: brush = date filter, click = selection,
    // playback cursor -> Notifier::timeCursorChanged (the map follows).
    auto *panel = new TimelinePanel(this);
    new TimelineFeed(m_db, *m_filter, m_notifier, panel->view(), panel);
    QDockWidget *dock = addViewDock(panel, tr("Timeline"), Qt::BottomDockWidgetArea,
                                    QStringLiteral("timelineDock"));
    dock->toggleViewAction()->setObjectName(QStringLiteral("actionToggleTimeline"));
    dock->toggleViewAction()->setStatusTip(tr("Show or hide the timeline"));
    resizeDocks({dock}, {300}, Qt::Vertical);
}

void MainWindow::createMapDock()
{
    // Right, under the detail pane: counts under every filter but the
    // map's own; a click filters to the area.
    auto *panel = new MapPanel(this);
    auto *feed = new MapFeed(*m_filter, m_notifier, panel->view(), panel);
    feed->setDatabase(&m_db); // the point layer: incidents at their town
    QDockWidget *dock =
        addViewDock(panel, tr("Map"), Qt::RightDockWidgetArea, QStringLiteral("mapDock"));
    dock->toggleViewAction()->setObjectName(QStringLiteral("actionToggleMap"));
    dock->toggleViewAction()->setStatusTip(tr("Show or hide the map"));
}

void MainWindow::createChartsDock()
{
    // Right, a tab beside the map: each chart under every filter but its
    // own; a click on a bar or slice filters every view.
    auto *panel = new ChartsPanel(*m_filter, m_notifier, this);
    auto *mapDock = findChild<QDockWidget *>(QStringLiteral("mapDock"));
    QDockWidget *dock = addViewDock(panel, tr("Charts"), Qt::RightDockWidgetArea,
                                    QStringLiteral("chartsDock"), mapDock);
    if (mapDock && !m_stateRestored)
        mapDock->raise(); // the map stays the tab on top on a first start
    dock->toggleViewAction()->setObjectName(QStringLiteral("actionToggleCharts"));
    dock->toggleViewAction()->setStatusTip(tr("Show or hide the charts"));
}

// The filter panel (left dock) and the Views menu of saved filters.
void MainWindow::createFilterViews()
{
    m_filterPanel = new FilterPanel(*m_filter, m_notifier, this);
    QDockWidget *dock = addViewDock(m_filterPanel, tr("Filters"), Qt::LeftDockWidgetArea,
                                    QStringLiteral("filterDock"));
    dock->toggleViewAction()->setObjectName(QStringLiteral("actionToggleFilters"));
    dock->toggleViewAction()->setStatusTip(tr("Show or hide the filter panel"));

    m_viewsMenu = new SavedViewsMenu(m_db, *m_filter, m_notifier, this);
    m_viewsMenu->addAction(m_filterPanel->resetAllAction());
    // The shortcuts work while the menu is closed.
    addAction(m_viewsMenu->saveAction());
    addAction(m_filterPanel->resetAllAction());
    QMenu *help = menuBar()->findChild<QMenu *>(QStringLiteral("menuHelp"));
    menuBar()->insertMenu(help ? help->menuAction() : nullptr, m_viewsMenu);
}

QDockWidget *MainWindow::addViewDock(QWidget *view, const QString &title, Qt::DockWidgetArea area,
                                     const QString &objectName, QDockWidget *tabWith)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                      QDockWidget::DockWidgetFloatable);
    dock->setWidget(view);
    // A dock created after restoreSettings() goes back to its remembered
    // place when it has one; otherwise to the asked one.
    if (!m_stateRestored || !restoreDockWidget(dock)) {
        if (tabWith)
            tabifyDockWidget(tabWith, dock);
        else
            addDockWidget(area, dock);
    }
    QAction *toggle = dock->toggleViewAction();
    toggle->setText(title);
    m_viewMenu->insertAction(m_dockSeparator, toggle);
    return dock;
}

void MainWindow::updateCount()
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    if (m_filter->spec().isEmpty() && shown == total)
        m_countLabel->setText(tr("%n incident(s)", nullptr, total));
    else
        m_countLabel->setText(tr("%1 of %n incident(s)", nullptr, total).arg(shown));
}

void MainWindow::updateTitle()
{
    const QString name = QFileInfo(m_db.path()).fileName();
    setWindowFilePath(m_db.path());
    setWindowTitle(name.isEmpty() ? tr("Vigie") : tr("%1 — Vigie").arg(name));
}

void MainWindow::swapDatabase(db::Database database)
{
    // Commands hold row ids of the database they changed.
    m_undoStack->clear();
    m_db = std::move(database);
    Q_EMIT m_notifier.dataReset();
    updateTitle();
    rememberDatabase(m_db.path());
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_db.path())), 5000);
}

bool MainWindow::openDatabaseFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo(path).isFile()) {
        MessageBox::critical(this, tr("Open Database"),
                             tr("There is no database file at %1.").arg(shown));
        return false;
    }
    auto database = db::openDatabase(path);
    if (!database) {
        MessageBox::critical(this, tr("Open Database"),
                             tr("Vigie cannot open %1.\n\n%2").arg(shown, database.error()));
        return false;
    }
    swapDatabase(std::move(database).value());
    return true;
}

bool MainWindow::createDatabaseFile(const QString &path, bool withBundledDataset)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path)) {
        MessageBox::critical(this, tr("New Database"),
                             tr("%1 already exists. Vigie does not overwrite a file; use "
                                "Open Database… to open it, or choose another name.")
                                 .arg(shown));
        return false;
    }
    db::OpenOptions options;
    options.empty = !withBundledDataset;
    auto database = db::openDatabase(path, options);
    if (!database) {
        MessageBox::critical(this, tr("New Database"),
                             tr("Vigie cannot create %1.\n\n%2").arg(shown, database.error()));
        return false;
    }
    swapDatabase(std::move(database).value());
    return true;
}

void MainWindow::chooseDatabaseToOpen()
{
    const QString dir = QFileInfo(m_db.path()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), dir, tr("Vigie databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabaseFile(path);
}

void MainWindow::chooseDatabaseToCreate()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Database"), QDir(dir).filePath(tr("incidents.sqlite")),
        tr("Vigie databases (*.sqlite *.db)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    const auto answer = MessageBox::question(
        this, tr("New Database"),
        tr("Start the new database with the bundled dataset of documented incidents?\n\n"
           "Choose No for an empty database."),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer == QMessageBox::Cancel)
        return;
    createDatabaseFile(path, answer == QMessageBox::Yes);
}

void MainWindow::chooseReportFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("vigie-report-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate));
    QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), QDir(dir).filePath(name),
                                                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    exportReport(path);
}

bool MainWindow::exportReport(const QString &path)
{
    auto data = ReportData::collect(m_db, *m_filter);
    if (!data) {
        MessageBox::critical(this, tr("Export Report"),
                             tr("Vigie cannot prepare the report.\n\n%1").arg(data.error()));
        return false;
    }
    // Pages are painted on this thread (the window is blocked by the modal
    // dialog meanwhile, so the data cannot change under the report); the
    // dialog appears only when the report takes more than half a second.
    QProgressDialog progress(tr("Writing the report…"), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("reportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const Status status = writeReport(*data, path, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!status) {
        if (status.error() != reportCancelledMessage())
            MessageBox::critical(this, tr("Export Report"),
                                 tr("Vigie could not write the report.\n\n%1").arg(status.error()));
        return false;
    }
    statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

QStringList MainWindow::recentDatabases()
{
    return QSettings().value(recentKey).toStringList();
}

void MainWindow::rememberDatabase(const QString &path)
{
    if (path.isEmpty() || path == u":memory:")
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentDatabases();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > recentMax)
        recent.removeLast();
    QSettings().setValue(recentKey, recent);
    fillRecentMenu();
}

void MainWindow::fillRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QString current = QFileInfo(m_db.path()).absoluteFilePath();
    int number = 0;
    for (const QString &path : recentDatabases()) {
        if (path == current)
            continue;
        ++number;
        // "&1 incidents.sqlite": a keyboard accelerator, and the folder in
        // the tooltip and status bar.
        QString name = QFileInfo(path).fileName();
        name.replace(u'&', QStringLiteral("&&"));
        QAction *action = m_recentMenu->addAction(
            number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(name) : name);
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (!openDatabaseFile(path) && !QFileInfo::exists(path)) {
                QStringList recent = recentDatabases();
                recent.removeAll(path);
                QSettings().setValue(recentKey, recent);
            }
        });
    }
    m_recentMenu->setEnabled(number > 0);
}

void MainWindow::copySelection()
{
    if (!m_table->selectionModel()->hasSelection())
        return;
    QGuiApplication::clipboard()->setText(m_table->selectionAsText());
}

void MainWindow::toggleFullScreen(bool on)
{
    setWindowState(on ? windowState() | Qt::WindowFullScreen
                      : windowState() & ~Qt::WindowFullScreen);
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState, windowStateVersion);
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        if (dock->parent() == this && !dock->isFloating())
            dock->show();
    m_table->resetColumns();
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Vigie"),
        tr("<h3>Vigie %1</h3>"
           "<p>Follows cyberattacks on hospitals: a table, a timeline, a map and charts of "
           "documented incidents, and the articles that report them.</p>"
           "<p>Vigie works offline: it never loads remote content. Sources open in your web "
           "browser.</p>"
           "<p>Free software under the GNU General Public License, version 3 or later.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::selectFirstIncident()
{
    m_table->selectFirstRow();
}

void MainWindow::editIncident(qint64 id)
{
    if (id == 0) {
        const QList<qint64> selected = m_table->selectedIds();
        if (selected.isEmpty())
            return;
        id = selected.first();
    }
    const auto incident = db::IncidentRepository(m_db).load(id);
    if (!incident)
        return;
    auto *dialog = new review::EditIncidentDialog(*incident, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Status s = commands::pushCommand(
            *m_undoStack,
            std::make_unique<commands::EditIncidentCommand>(m_db, m_notifier, dialog->incident()));
        if (!s)
            MessageBox::critical(this, tr("Edit Incident"),
                                 tr("The incident could not be saved.\n\n%1").arg(s.error()));
    });
    dialog->open();
}

void MainWindow::mergeSelectedIncidents()
{
    const QList<qint64> selected = m_table->selectedIds();
    if (selected.size() != 2)
        return;
    db::IncidentRepository repo(m_db);
    const auto first = repo.load(selected.at(0));
    const auto second = repo.load(selected.at(1));
    if (!first || !second)
        return;
    auto *dialog = new review::MergeIncidentsDialog(*first, *second, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 kept = dialog->keptId();
        const Status s =
            commands::pushCommand(*m_undoStack, std::make_unique<commands::MergeIncidentsCommand>(
                                                    m_db, m_notifier, kept, dialog->mergedId()));
        if (!s) {
            MessageBox::critical(this, tr("Merge Incidents"),
                                 tr("The incidents could not be merged.\n\n%1").arg(s.error()));
            return;
        }
        Q_EMIT m_notifier.selectionChanged({kept});
    });
    dialog->open();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState(windowStateVersion));
    settings.setValue(QStringLiteral("tableHeader"), m_table->saveHeaderState());
    settings.endGroup();
    settings.sync();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray())) {
        QSize size(1400, 900);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.9);
        resize(size);
    }
    restoreState(settings.value(QStringLiteral("state")).toByteArray(), windowStateVersion);
    m_table->restoreHeaderState(settings.value(QStringLiteral("tableHeader")).toByteArray());
    settings.endGroup();
    m_stateRestored = true;
    m_fullScreenAction->setChecked(windowState() & Qt::WindowFullScreen);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace vigie::ui
