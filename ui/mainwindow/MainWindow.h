// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Database.h"
#include "filter/FilterController.h"
#include "notify/Notifier.h"

#include <QMainWindow>

class QAction;
class QUndoStack;
class QDockWidget;
class QLabel;
class QMenu;

namespace vigie::ui {

class FilterPanel;
class IncidentDetailPane;
class SavedViewsMenu;
class IncidentTableModel;
class IncidentTableView;
class WindowImport;

// The main window. It owns the database connection and the one Notifier,
// and hands both by reference to every model, view and panel.
//
// Layout: the incident table in the centre; views in docks. The left
// column (full height) is for the filter panel, the right column for the
// detail pane (and the map and charts, tabbed or stacked), the bottom or
// top area under the table for the timeline. A view is added with
// addViewDock(), which also gives it a toggle in the View menu and
// restores its remembered place.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(db::Database database, QWidget *parent = nullptr);
    ~MainWindow() override;

    db::Database &database() { return m_db; }
    Notifier &notifier() { return m_notifier; }
    // The snapshot and linked-filter engine every view reads its counts from.
    filter::FilterController &filterController() { return *m_filter; }
    IncidentTableModel &incidentModel() const { return *m_model; }
    IncidentTableView *incidentTable() const { return m_table; }
    IncidentDetailPane *detailPane() const { return m_detail; }
    QDockWidget *detailDock() const { return m_detailDock; }
    FilterPanel *filterPanel() const { return m_filterPanel; }
    SavedViewsMenu *savedViewsMenu() const { return m_viewsMenu; }
    // Every change to the database made from the window (import batch,
    // merge, edit) is one command on this stack: Edit → Undo/Redo.
    QUndoStack *undoStack() const { return m_undoStack; }
    // Drops, File → Import Articles…, paste, and the background import.
    WindowImport *importer() const { return m_import; }

    // Puts `view` in a dock (objectName `objectName`, used to remember its
    // place) in `area`, adds its toggle to the View menu, and restores its
    // saved place when there is one. With `tabWith`, the dock opens as a tab
    // beside that one.
    QDockWidget *addViewDock(QWidget *view, const QString &title, Qt::DockWidgetArea area,
                             const QString &objectName, QDockWidget *tabWith = nullptr);

    // Open an existing database / create a new one, replacing the current
    // data (Notifier::dataReset). Errors are shown in a message box and
    // leave the current database open. Return true on success.
    bool openDatabaseFile(const QString &path);
    bool createDatabaseFile(const QString &path, bool withBundledDataset);

    // Writes the PDF report of the incidents passing the current filter to
    // `path` (ui/report), with a progress dialog when it takes a moment;
    // errors go to a message box. Returns true when the file was written.
    bool exportReport(const QString &path);

    // Databases opened lately, most recent first (QSettings), for
    // File → Open Recent.
    static QStringList recentDatabases();

    // Geometry, dock layout and table columns, through QSettings.
    void saveSettings() const;
    void restoreSettings();

    // Docks and table columns as on a first start (View → Reset Layout).
    void resetLayout();

    // For screenshots and first use: select the first row (the detail pane
    // fills in).
    void selectFirstIncident();

    // Edit Incident… (Ctrl+E, a double-click on a row, the detail pane's
    // button): opens the editor on incident `id` (0: the current row) and
    // pushes an EditIncidentCommand when it is accepted. The dialog is
    // window-modal and not blocking (objectName "editIncidentDialog").
    void editIncident(qint64 id = 0);
    // Edit → Merge Incidents… with exactly two rows selected
    // ("mergeIncidentsDialog"); pushes a MergeIncidentsCommand.
    void mergeSelectedIncidents();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void createTimelineDock();
    void createMapDock();
    void createChartsDock();
    void createFilterViews();
    void updateTitle();
    void updateCount();
    void swapDatabase(db::Database database);
    void chooseDatabaseToOpen();
    void rememberDatabase(const QString &path);
    void fillRecentMenu();
    void chooseDatabaseToCreate();
    void chooseReportFile();
    void copySelection();
    void toggleFullScreen(bool on);
    void about();

    db::Database m_db;
    Notifier m_notifier;
    // Created before the models so that it reloads first on dataReset.
    std::unique_ptr<filter::FilterController> m_filter;
    IncidentTableModel *m_model = nullptr;
    IncidentTableView *m_table = nullptr;
    IncidentDetailPane *m_detail = nullptr;
    QDockWidget *m_detailDock = nullptr;
    QLabel *m_countLabel = nullptr;
    QUndoStack *m_undoStack = nullptr;
    FilterPanel *m_filterPanel = nullptr;
    SavedViewsMenu *m_viewsMenu = nullptr;
    WindowImport *m_import = nullptr;

    QMenu *m_viewMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_dockSeparator = nullptr; // dock toggles go above it
    QAction *m_openAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_editIncidentAction = nullptr;
    QAction *m_mergeAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    QByteArray m_defaultState; // the layout before any restore, for "Reset layout"
    bool m_stateRestored = false;
};

} // namespace vigie::ui
