// SPDX-License-Identifier: GPL-3.0-or-later
// The real MainWindow on a temporary database, driven by objectName.
#include "WindowTestSupport.h"
#include "db/DatabaseSetup.h"
#include "db/IncidentRepository.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Translations.h"
#include "models/IncidentTableModel.h"
#include "table/IncidentTableView.h"
#include "widgets/ExternalLinks.h"
#include "widgets/IncidentDetailPane.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

#include <memory>

using namespace vigie;
using namespace vigie::ui;

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_counter)); }

    std::unique_ptr<MainWindow> openWindow(const QString &path = {}, bool empty = false)
    {
        db::OpenOptions options;
        options.empty = empty;
        return test::showWindow(path.isEmpty() ? freshPath() : path, {}, options);
    }

    static QTableView *table(MainWindow &w)
    {
        return w.findChild<QTableView *>(QStringLiteral("incidentTable"));
    }

    static QString label(MainWindow &w, const QString &name)
    {
        auto *l = w.findChild<QLabel *>(name);
        return l ? l->text() : QStringLiteral("<no %1>").arg(name);
    }

    static void clickRow(QTableView *view, int row)
    {
        const QModelIndex index = view->model()->index(row, IncidentTableModel::Victim);
        view->scrollTo(index);
        const QPoint at = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        if (view->indexAt(at).row() != row || view->currentIndex().row() != row)
            qWarning("clicked row %d at %d,%d: indexAt %d current %d", row, at.x(), at.y(),
                     view->indexAt(at).row(), view->currentIndex().row());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Settings go to the temporary folder, never the user's.
        test::isolateSettings(m_dir, QStringLiteral("tst_mainwindow"));
        // As main.cpp does: English, with its plural forms.
        QVERIFY(installTranslators(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom)));
    }

    void init()
    {
        QSettings().clear();
        MessageBox::setAutoAnswer(std::nullopt);
    }

    void opensWithEveryIncident()
    {
        auto w = openWindow();
        QTableView *view = table(*w);
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), 138);
        QCOMPARE(label(*w, QStringLiteral("incidentCount")), QStringLiteral("138 incidents"));
        QVERIFY(w->windowTitle().contains(QStringLiteral(".sqlite")));
        // Nothing selected yet: the detail pane shows its empty state.
        auto *empty = w->findChild<QLabel *>(QStringLiteral("detailEmpty"));
        QVERIFY(empty && empty->isVisible());
        // Columns a first-time user does not need are hidden, the rest shown.
        QVERIFY(view->horizontalHeader()->isSectionHidden(IncidentTableModel::Title));
        QVERIFY(!view->horizontalHeader()->isSectionHidden(IncidentTableModel::Sources));
    }

    void menusHaveStandardShortcuts()
    {
        auto w = openWindow();
        auto action = [&](const char *name) {
            return w->findChild<QAction *>(QString::fromLatin1(name));
        };
        QCOMPARE(action("actionOpenDatabase")->shortcut(), QKeySequence(QKeySequence::Open));
        QCOMPARE(action("actionQuit")->shortcut(), QKeySequence(QKeySequence::Quit));
        QCOMPARE(action("actionNewDatabase")->shortcut(), QKeySequence(QKeySequence::New));
        QVERIFY(action("actionFullScreen")->shortcuts().contains(QKeySequence(Qt::Key_F11)));
        QVERIFY(action("actionAbout"));
        QVERIFY(action("actionAboutQt"));
        // The View menu toggles the detail dock.
        auto *view = w->findChild<QMenu *>(QStringLiteral("menuView"));
        QVERIFY(view);
        QAction *toggle = action("actionToggleDetail");
        QVERIFY(view->actions().contains(toggle));
        QVERIFY(w->detailDock()->isVisible());
        toggle->trigger();
        QVERIFY(!w->detailDock()->isVisible());
        toggle->trigger();
        QVERIFY(w->detailDock()->isVisible());
    }

    void sortsByOccurred()
    {
        auto w = openWindow();
        QTableView *view = table(*w);
        QHeaderView *header = view->horizontalHeader();
        // A click on the header sorts; two clicks reverse.
        const int x = header->sectionViewportPosition(IncidentTableModel::Occurred) +
                      header->sectionSize(IncidentTableModel::Occurred) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        for (int pass = 0; pass < 2; ++pass) {
            const Qt::SortOrder order = header->sortIndicatorOrder();
            QCOMPARE(header->sortIndicatorSection(), int(IncidentTableModel::Occurred));
            qint64 previous = order == Qt::AscendingOrder ? 0 : std::numeric_limits<qint64>::max();
            for (int r = 0; r < view->model()->rowCount(); ++r) {
                const qint64 key = view->model()
                                       ->index(r, IncidentTableModel::Occurred)
                                       .data(IncidentTableModel::SortRole)
                                       .toLongLong();
                QVERIFY2(order == Qt::AscendingOrder ? key >= previous : key <= previous,
                         qPrintable(QStringLiteral("row %1").arg(r)));
                previous = key;
            }
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(x, header->height() / 2));
        }
    }

    void selectingARowFillsTheDetailPane()
    {
        auto w = openWindow();
        QTableView *view = table(*w);
        QSignalSpy selection(&w->notifier(), &Notifier::selectionChanged);
        clickRow(view, 5);
        QCOMPARE(selection.count(), 1);
        const qint64 id = view->model()->index(5, 0).data(IncidentTableModel::IdRole).toLongLong();
        QCOMPARE(selection.first().first().value<QList<qint64>>(), QList<qint64>{id});

        const auto incident = db::IncidentRepository(w->database()).load(id);
        QVERIFY(incident);
        QCOMPARE(w->detailPane()->currentId(), id);
        QVERIFY(!w->findChild<QLabel *>(QStringLiteral("detailEmpty"))->isVisible());
        QCOMPARE(label(*w, QStringLiteral("detailTitle")), incident->title);
        QCOMPARE(label(*w, QStringLiteral("detail_id")), incident->id);
        QCOMPARE(label(*w, QStringLiteral("detailSummary")), incident->summary);
        QCOMPARE(label(*w, QStringLiteral("detail_victims")), incident->victims.join(u'\n'));
        QVERIFY(!label(*w, QStringLiteral("detail_occurred")).isEmpty());
        // Every schema field has its label.
        for (const QString &key : IncidentDetailPane::fieldKeys())
            QVERIFY2(w->findChild<QLabel *>(QStringLiteral("detail_") + key), qPrintable(key));
        const auto sources = w->findChildren<QLabel *>(QStringLiteral("detailSource"));
        QCOMPARE(sources.size(), incident->sources.size());
        QVERIFY(sources.first()->text().contains(incident->sources.first().url.toHtmlEscaped()));
    }

    void sourceLinksOpenInTheBrowser()
    {
        auto w = openWindow();
        QList<QUrl> opened;
        setExternalUrlOpenerForTests([&](const QUrl &url) {
            opened.append(url);
            return true;
        });
        clickRow(table(*w), 0);
        const auto sources = w->findChildren<QLabel *>(QStringLiteral("detailSource"));
        QVERIFY(!sources.isEmpty());
        const auto incident =
            db::IncidentRepository(w->database()).load(w->detailPane()->currentId());
        Q_EMIT sources.first()->linkActivated(incident->sources.first().url);
        QCOMPARE(opened, QList<QUrl>{QUrl(incident->sources.first().url)});
        // Anything but a web or mail address is refused, never fetched.
        QVERIFY(!openExternalUrl(QUrl(QStringLiteral("file:///etc/passwd"))));
        QVERIFY(!openExternalUrl(QUrl(QStringLiteral("javascript:alert(1)"))));
        QCOMPARE(opened.size(), 1);
        setExternalUrlOpenerForTests({});
    }

    void followsSelectionFromTheNotifier()
    {
        auto w = openWindow();
        QTableView *view = table(*w);
        const qint64 id = view->model()->index(42, 0).data(IncidentTableModel::IdRole).toLongLong();
        Q_EMIT w->notifier().selectionChanged({id});
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(view->selectionModel()->selectedRows().first().row(), 42);
        QCOMPARE(w->detailPane()->currentId(), id);
        Q_EMIT w->notifier().selectionChanged({});
        QVERIFY(!view->selectionModel()->hasSelection());
        QVERIFY(w->findChild<QLabel *>(QStringLiteral("detailEmpty"))->isVisible());
    }

    void addsAndRemovesRowsThroughTheNotifier()
    {
        auto w = openWindow();
        QList<Incident> incidents(1);
        incidents[0].title = QStringLiteral("Added by a test");
        incidents[0].victims = {QStringLiteral("Test hospital")};
        QVERIFY(db::IncidentRepository(w->database()).insertAll(incidents).ok());
        Q_EMIT w->notifier().incidentsAdded({incidents[0].dbId});
        QCOMPARE(table(*w)->model()->rowCount(), 139);
        QCOMPARE(label(*w, QStringLiteral("incidentCount")), QStringLiteral("139 incidents"));
        Q_EMIT w->notifier().selectionChanged({incidents[0].dbId});
        QCOMPARE(label(*w, QStringLiteral("detailTitle")), QStringLiteral("Added by a test"));
        QVERIFY(db::IncidentRepository(w->database()).remove({incidents[0].dbId}).ok());
        Q_EMIT w->notifier().incidentsRemoved({incidents[0].dbId});
        QCOMPARE(table(*w)->model()->rowCount(), 138);
        QVERIFY(w->findChild<QLabel *>(QStringLiteral("detailEmpty"))->isVisible());
    }

    void opensAnotherDatabase()
    {
        auto w = openWindow();
        const QString emptyPath = freshPath();
        QVERIFY(db::openDatabase(emptyPath, db::OpenOptions{true, false}).ok());
        clickRow(table(*w), 0);
        QSignalSpy reset(&w->notifier(), &Notifier::dataReset);
        QVERIFY(w->openDatabaseFile(emptyPath));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(table(*w)->model()->rowCount(), 0);
        QCOMPARE(label(*w, QStringLiteral("incidentCount")), QStringLiteral("0 incidents"));
        QVERIFY(w->findChild<QLabel *>(QStringLiteral("detailEmpty"))->isVisible());
        QCOMPARE(w->database().path(), emptyPath);
    }

    void openErrorsAreShownAndKeepTheData()
    {
        auto w = openWindow();
        const QString junk = m_dir.filePath(QStringLiteral("junk.sqlite"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database, just some text long enough to fail the header check\n");
        f.close();
        const int before = MessageBox::count();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!w->openDatabaseFile(junk));
        QCOMPARE(MessageBox::count(), before + 1);
        QCOMPARE(MessageBox::last().icon, QMessageBox::Critical);
        QVERIFY2(MessageBox::last().text.contains(QStringLiteral("junk.sqlite")),
                 qPrintable(MessageBox::last().text));
        QCOMPARE(table(*w)->model()->rowCount(), 138);

        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!w->openDatabaseFile(m_dir.filePath(QStringLiteral("missing.sqlite"))));
        QVERIFY(MessageBox::last().text.contains(QStringLiteral("missing.sqlite")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.sqlite"))));
        QCOMPARE(table(*w)->model()->rowCount(), 138);
    }

    void createsNewDatabases()
    {
        auto w = openWindow(QString(), true);
        QCOMPARE(table(*w)->model()->rowCount(), 0);
        const QString path = freshPath();
        QVERIFY(w->createDatabaseFile(path, true));
        QCOMPARE(table(*w)->model()->rowCount(), 138);
        // An existing file is never overwritten.
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!w->createDatabaseFile(path, false));
        QCOMPARE(MessageBox::last().icon, QMessageBox::Critical);
        QCOMPARE(table(*w)->model()->rowCount(), 138);
        QVERIFY(w->createDatabaseFile(freshPath(), false));
        QCOMPARE(table(*w)->model()->rowCount(), 0);
    }

    void remembersRecentDatabases()
    {
        auto w = openWindow();
        const QString first = w->database().path();
        const QString second = freshPath();
        QVERIFY(db::openDatabase(second, db::OpenOptions{true, false}).ok());
        QVERIFY(w->openDatabaseFile(second));
        QCOMPARE(MainWindow::recentDatabases().value(0), QFileInfo(second).absoluteFilePath());
        QCOMPARE(MainWindow::recentDatabases().value(1), QFileInfo(first).absoluteFilePath());
        // The menu offers the other one (not the open one) and opens it.
        auto *recent = w->findChild<QMenu *>(QStringLiteral("menuRecent"));
        QVERIFY(recent);
        Q_EMIT recent->aboutToShow();
        QCOMPARE(recent->actions().size(), 1);
        QCOMPARE(recent->actions().first()->data().toString(), QFileInfo(first).absoluteFilePath());
        recent->actions().first()->trigger();
        QCOMPARE(table(*w)->model()->rowCount(), 138);
        // A database that is gone: an error, and it leaves the list.
        QVERIFY(QFile::remove(second));
        Q_EMIT recent->aboutToShow();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        recent->actions().first()->trigger();
        QCOMPARE(MessageBox::last().icon, QMessageBox::Critical);
        QVERIFY(!MainWindow::recentDatabases().contains(QFileInfo(second).absoluteFilePath()));
    }

    void remembersGeometryAndLayout()
    {
        const QString path = freshPath();
        {
            auto w = openWindow(path);
            w->resize(1111, 777);
            QTest::qWait(20);
            QTableView *view = table(*w);
            view->horizontalHeader()->setSectionHidden(IncidentTableModel::Country, true);
            view->horizontalHeader()->setSectionHidden(IncidentTableModel::Title, false);
            view->horizontalHeader()->resizeSection(IncidentTableModel::Victim, 333);
            view->sortByColumn(IncidentTableModel::Victim, Qt::AscendingOrder);
            w->detailDock()->hide();
            QVERIFY(w->close());
        }
        {
            auto w = openWindow(path);
            QCOMPARE(w->size(), QSize(1111, 777));
            QVERIFY(!w->detailDock()->isVisible());
            QHeaderView *header = table(*w)->horizontalHeader();
            QVERIFY(header->isSectionHidden(IncidentTableModel::Country));
            QVERIFY(!header->isSectionHidden(IncidentTableModel::Title));
            QCOMPARE(header->sectionSize(IncidentTableModel::Victim), 333);
            QCOMPARE(header->sortIndicatorSection(), int(IncidentTableModel::Victim));
            QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
            // Reset Layout brings the defaults back.
            w->findChild<QAction *>(QStringLiteral("actionResetLayout"))->trigger();
            QVERIFY(w->detailDock()->isVisible());
            QVERIFY(!header->isSectionHidden(IncidentTableModel::Country));
            QVERIFY(header->isSectionHidden(IncidentTableModel::Title));
        }
    }

    void addViewDockRestoresItsPlace()
    {
        const QString path = freshPath();
        {
            auto w = openWindow(path);
            auto *dock =
                w->addViewDock(new QLabel(QStringLiteral("a view")), QStringLiteral("View"),
                               Qt::BottomDockWidgetArea, QStringLiteral("testViewDock"));
            QCOMPARE(w->dockWidgetArea(dock), Qt::BottomDockWidgetArea);
            w->addDockWidget(Qt::LeftDockWidgetArea, dock);
            auto *menu = w->findChild<QMenu *>(QStringLiteral("menuView"));
            QVERIFY(menu->actions().contains(dock->toggleViewAction()));
            QVERIFY(w->close());
        }
        {
            auto w = openWindow(path);
            auto *dock =
                w->addViewDock(new QLabel(QStringLiteral("a view")), QStringLiteral("View"),
                               Qt::BottomDockWidgetArea, QStringLiteral("testViewDock"));
            QCOMPARE(w->dockWidgetArea(dock), Qt::LeftDockWidgetArea);
        }
    }

    void keyboardMovesTheSelection()
    {
        auto w = openWindow();
        QTableView *view = table(*w);
        clickRow(view, 3);
        QTest::keyClick(view, Qt::Key_Down);
        const qint64 id = view->model()->index(4, 0).data(IncidentTableModel::IdRole).toLongLong();
        QCOMPARE(w->detailPane()->currentId(), id);
        // Shift+Down extends: two selected, the detail pane says so.
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 2);
        auto *note = w->findChild<QLabel *>(QStringLiteral("detailSelectionNote"));
        QVERIFY(note && note->isVisible());
        QVERIFY(note->text().startsWith(QStringLiteral("2 incidents selected")));
    }

    void elidedCellsShowTheirTextInATooltip()
    {
        auto w = openWindow();
        QTableView *view = table(*w);
        view->horizontalHeader()->resizeSection(IncidentTableModel::Commune, 30);
        int row = 0;
        while (view->model()->index(row, IncidentTableModel::Commune).data().toString().size() < 6)
            ++row;
        const QModelIndex index = view->model()->index(row, IncidentTableModel::Commune);
        view->scrollTo(index);
        const QPoint at = view->visualRect(index).center();
        QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), index.data().toString());
        QToolTip::hideText();
    }

    void copiesTheSelectionAsText()
    {
        auto w = openWindow();
        QTableView *view = table(*w);
        clickRow(view, 0);
        const QString text = static_cast<IncidentTableView *>(view)->selectionAsText();
        const QStringList lines = text.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.first().startsWith(QStringLiteral("Occurred\tVictim")));
        QVERIFY(w->findChild<QAction *>(QStringLiteral("actionCopy"))->isEnabled());
    }
    // Last: it installs the French catalogue.
    void speaksFrench()
    {
        QVERIFY(installTranslators(*qApp, QLocale(QLocale::French, QLocale::France)));
        auto w = openWindow();
        auto *file = w->findChild<QMenu *>(QStringLiteral("menuFile"));
        QCOMPARE(file->title(), QStringLiteral("&Fichier"));
        QCOMPARE(label(*w, QStringLiteral("incidentCount")), QStringLiteral("138 incidents"));
        QCOMPARE(table(*w)->model()->headerData(IncidentTableModel::Occurred, Qt::Horizontal),
                 QVariant(QStringLiteral("Survenu")));
        clickRow(table(*w), 0);
        QCOMPARE(w->findChild<QLabel *>(QStringLiteral("detailSelectionNote"))->isVisible(), false);
        // Unknown fields say so in French.
        const QStringList fields = {QStringLiteral("detail_disclosed"),
                                    QStringLiteral("detail_threat_actor"),
                                    QStringLiteral("detail_records_affected")};
        bool sawNotStated = false;
        for (const QString &name : fields)
            sawNotStated |= label(*w, name) == QStringLiteral("non précisé");
        QVERIFY(sawNotStated);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
