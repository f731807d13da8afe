// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowImport.h"

#include "DropOverlay.h"
#include "ImportOutcomeDialog.h"
#include "ImportStatus.h"
#include "MimeImport.h"
#include "notify/Notifier.h"
#include "review/ReviewDialog.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace vigie::ui {

namespace {

const QString lastFolderKey = QStringLiteral("import/lastFolder");

QString startFolder()
{
    const QString saved = QSettings().value(lastFolderKey).toString();
    return saved.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
                           : saved;
}

} // namespace

WindowImport::WindowImport(QMainWindow &window, db::Database &db, Notifier &notifier,
                           QUndoStack &undoStack)
    : QObject(&window)
    , m_window(window)
    , m_db(db)
    , m_notifier(notifier)
{
    setObjectName(QStringLiteral("windowImport"));
    m_controller = new ImportController(db, notifier, undoStack, this);
    m_controller->setObjectName(QStringLiteral("importController"));
    m_controller->setReviewer([this](commands::StagedBatch &batch) { return reviewBatch(batch); });
    m_overlay = new DropOverlay(&window);
    m_status = new ImportStatus(*m_controller, &window);
    window.statusBar()->addPermanentWidget(m_status);
    m_outcomes = new ImportOutcomeDialog(&window);
    connect(m_outcomes, &ImportOutcomeDialog::incidentActivated, this,
            [this](qint64 id) { Q_EMIT m_notifier.selectionChanged({id}); });
    connect(m_controller, &ImportController::finished, this, &WindowImport::showReport);
    connect(m_controller, &ImportController::commandFailed, this,
            [this](const QString &error) { MessageBox::critical(&m_window, tr("Undo"), error); });
    createActions();
    window.setAcceptDrops(true);
    window.installEventFilter(this);
}

void WindowImport::createActions()
{
    m_importAction = new QAction(QIcon::fromTheme(QStringLiteral("document-import")),
                                 tr("&Import Articles…"), this);
    m_importAction->setObjectName(QStringLiteral("actionImportArticles"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(
        tr("Read saved web pages, PDF or text articles and add the incidents they report"));
    connect(m_importAction, &QAction::triggered, this, &WindowImport::chooseFiles);

    m_importFolderAction = new QAction(tr("Import &Folder…"), this);
    m_importFolderAction->setObjectName(QStringLiteral("actionImportFolder"));
    m_importFolderAction->setStatusTip(tr("Import every article in a folder and its subfolders"));
    connect(m_importFolderAction, &QAction::triggered, this, &WindowImport::chooseFolder);

    m_pasteAction =
        new QAction(QIcon::fromTheme(QStringLiteral("edit-paste")), tr("&Paste Articles"), this);
    m_pasteAction->setObjectName(QStringLiteral("actionPaste"));
    // A focused text field takes Ctrl+V first (it accepts the shortcut
    // override), so this only fires elsewhere in the window.
    m_pasteAction->setShortcut(QKeySequence::Paste);
    m_pasteAction->setStatusTip(tr("Import the article text, page or files on the clipboard"));
    connect(m_pasteAction, &QAction::triggered, this, &WindowImport::paste);

    QMenuBar *bar = m_window.menuBar();
    if (auto *file = bar->findChild<QMenu *>(QStringLiteral("menuFile"))) {
        QAction *quit = m_window.findChild<QAction *>(QStringLiteral("actionQuit"));
        // Before the separator that precedes Quit.
        const QList<QAction *> actions = file->actions();
        const qsizetype at = actions.indexOf(quit);
        QAction *before = at > 0 && actions.at(at - 1)->isSeparator() ? actions.at(at - 1) : quit;
        file->insertAction(before, m_importAction);
        file->insertAction(before, m_importFolderAction);
        file->insertSeparator(m_importAction);
    } else {
        m_window.addAction(m_importAction);
    }
    if (auto *edit = bar->findChild<QMenu *>(QStringLiteral("menuEdit"))) {
        QAction *selectAll = m_window.findChild<QAction *>(QStringLiteral("actionSelectAll"));
        edit->insertAction(edit->actions().contains(selectAll) ? selectAll : nullptr,
                           m_pasteAction);
    } else {
        m_window.addAction(m_pasteAction);
    }
}

bool WindowImport::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != &m_window)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter: {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        if (!MimeImport::canImport(drag->mimeData()))
            return false;
        drag->setDropAction(Qt::CopyAction);
        drag->accept();
        m_overlay->setGeometry(m_window.rect());
        m_overlay->raise();
        m_overlay->show();
        return true;
    }
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!MimeImport::canImport(drag->mimeData()))
            return false;
        drag->setDropAction(Qt::CopyAction);
        drag->accept();
        return true;
    }
    case QEvent::DragLeave:
        m_overlay->hide();
        return true;
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        m_overlay->hide();
        if (!MimeImport::canImport(drop->mimeData()))
            return false;
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        importMime(drop->mimeData(), false);
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

void WindowImport::importMime(const QMimeData *mime, bool pasted)
{
    ImportRequest request =
        MimeImport::read(mime, pasted ? MimeImport::Origin::Paste : MimeImport::Origin::Drop);
    if (request.isEmpty()) {
        const QString message =
            !request.message.isEmpty()
                ? request.message
                : (pasted ? tr("The clipboard holds no article: copy the text of an article, "
                               "or article files, then paste again.")
                          : tr("Nothing to import in what was dropped."));
        MessageBox::information(&m_window, tr("Import Articles"), message);
        return;
    }
    if (m_controller->isBusy())
        m_window.statusBar()->showMessage(tr("Another import is running; this one will follow."),
                                          5000);
    m_controller->start(std::move(request));
}

bool WindowImport::reviewBatch(commands::StagedBatch &batch)
{
    if (!review::ReviewDialog::hasItemsToReview(batch))
        return true;
    review::ReviewDialog dialog(batch, m_db, &m_window);
    // Skipped items are marked in the batch (ImportOutcome::Skipped) and
    // left out by the commit.
    return dialog.exec() == QDialog::Accepted;
}

void WindowImport::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        &m_window, tr("Import Articles"), startFolder(),
        tr("Articles (*.html *.htm *.mhtml *.mht *.pdf *.txt);;All files (*)"));
    if (paths.isEmpty())
        return;
    QSettings().setValue(lastFolderKey, QFileInfo(paths.first()).absolutePath());
    m_controller->importPaths(paths);
}

void WindowImport::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(&m_window, tr("Import Folder"), startFolder());
    if (folder.isEmpty())
        return;
    QSettings().setValue(lastFolderKey, folder);
    m_controller->importPaths({folder});
}

void WindowImport::paste()
{
    importMime(QGuiApplication::clipboard()->mimeData(), true);
}

void WindowImport::showReport(const ImportReport &report)
{
    m_window.statusBar()->showMessage(ImportOutcomeDialog::statusLine(report), 15000);
    switch (report.end) {
    case ImportReport::End::Committed:
    case ImportReport::End::Nothing:
    case ImportReport::End::Failed:
        m_outcomes->showReport(report);
        break;
    case ImportReport::End::Declined:
    case ImportReport::End::Cancelled:
        break;
    }
}

} // namespace vigie::ui
