// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataTransfer.h"

#include "MainWindow.h"
#include "commands/DatasetImport.h"
#include "db/DatabaseSetup.h"
#include "db/IncidentRepository.h"
#include "export/ExportFormats.h"
#include "filter/FilterController.h"
#include "filter/FilterEngine.h"
#include "import/DatasetReader.h"
#include "notify/Notifier.h"
#include "widgets/DataExportDialog.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

#include <atomic>
#include <memory>
#include <optional>

namespace vigie::ui {

namespace {

const char *kLastFolderKey = "dataTransfer/lastFolder";

DataTransfer::FileChooser s_fileChooser = nullptr;

QString lastFolder()
{
    return QSettings()
        .value(QLatin1String(kLastFolderKey),
               QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void rememberFolder(const QString &path)
{
    QSettings().setValue(QLatin1String(kLastFolderKey), QFileInfo(path).absolutePath());
}

// A wait cursor for the work done on the GUI thread (see the README: large
// exports would move to a worker).
struct WaitCursor {
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

// One export, run on a worker thread with its own read-only connection, so
// that the window stays responsive; cancel is checked between incidents.
struct ExportJob {
    QString databasePath;
    QList<qint64> ids;
    QString path;
    const exporting::ExportFormat *format = nullptr;
    exporting::ExportOptions options;
    std::atomic<bool> cancel{false};
    std::atomic<int> done{0};
    Status result;
};

void runExport(ExportJob &job)
{
    auto database = db::openDatabase(job.databasePath, {.empty = false, .readOnly = true});
    if (!database) {
        job.result = Status::failure(database.error());
        return;
    }
    const db::IncidentRepository repository(*database);
    QList<Incident> incidents;
    incidents.reserve(job.ids.size());
    for (qint64 id : std::as_const(job.ids)) {
        if (job.cancel)
            return; // nothing written
        auto incident = repository.load(id);
        if (!incident) {
            job.result =
                Status::failure(DataTransfer::tr("Incident %1 could not be read.").arg(id));
            return;
        }
        incidents.append(std::move(*incident));
        ++job.done;
    }
    if (!job.cancel)
        job.result = exporting::exportToFile(job.path, *job.format, job.options, incidents);
}

// Undo removes the incidents the import added; redo stores them again (same
// ids, new database rows). The import itself ran before the push, so the
// first redo does nothing. Opening another database clears the stack.
class DatasetImportCommand : public QUndoCommand {
public:
    DatasetImportCommand(MainWindow &window, QList<Incident> incidents, QList<qint64> ids,
                         const QString &text)
        : QUndoCommand(text)
        , m_window(window)
        , m_incidents(std::move(incidents))
        , m_ids(std::move(ids))
    {
    }

    void undo() override
    {
        if (Status s = db::IncidentRepository(m_window.database()).remove(m_ids); !s) {
            MessageBox::critical(&m_window, DataTransfer::tr("Undo Import"), s.error());
            return;
        }
        Q_EMIT m_window.notifier().incidentsRemoved(m_ids);
    }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        QList<Incident> copy = m_incidents;
        for (Incident &incident : copy)
            incident.dbId = 0;
        if (Status s = db::IncidentRepository(m_window.database()).insertAll(copy); !s) {
            MessageBox::critical(&m_window, DataTransfer::tr("Redo Import"), s.error());
            return;
        }
        m_ids.clear();
        for (const Incident &incident : std::as_const(copy))
            m_ids.append(incident.dbId);
        Q_EMIT m_window.notifier().incidentsAdded(m_ids);
    }

private:
    MainWindow &m_window;
    QList<Incident> m_incidents;
    QList<qint64> m_ids;
    bool m_first = true;
};

} // namespace

DataTransfer::DataTransfer(MainWindow &window)
    : QObject(&window)
    , m_window(window)
{
    setObjectName(QStringLiteral("dataTransfer"));
    m_exportAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export Data…"), this);
    m_exportAction->setObjectName(QStringLiteral("actionExportData"));
    m_exportAction->setStatusTip(
        tr("Write the filtered incidents as CSV, JSON, GeoJSON or STIX 2.1"));
    connect(m_exportAction, &QAction::triggered, this, &DataTransfer::chooseExport);

    m_importAction = new QAction(QIcon::fromTheme(QStringLiteral("document-import")),
                                 tr("&Import Dataset…"), this);
    m_importAction->setObjectName(QStringLiteral("actionImportDataset"));
    m_importAction->setStatusTip(
        tr("Add the incidents of a Vigie JSON or CSV export or of a STIX 2.1 bundle"));
    connect(m_importAction, &QAction::triggered, this, &DataTransfer::chooseImport);

    // Above the separator that precedes Quit.
    if (auto *file = window.menuBar()->findChild<QMenu *>(QStringLiteral("menuFile"))) {
        QAction *before = nullptr;
        const QList<QAction *> actions = file->actions();
        for (qsizetype i = 0; i < actions.size(); ++i)
            if (actions.at(i)->objectName() == QLatin1String("actionQuit"))
                before =
                    i > 0 && actions.at(i - 1)->isSeparator() ? actions.at(i - 1) : actions.at(i);
        file->insertSeparator(before);
        file->insertAction(before, m_importAction);
        file->insertAction(before, m_exportAction);
    }
}

Status DataTransfer::exportFiltered(const QString &path, const QString &format,
                                    const exporting::ExportOptions &options, bool inBackground)
{
    auto job = std::make_shared<ExportJob>();
    job->format = exporting::findExportFormat(format);
    if (!job->format)
        return Status::failure(tr("Unknown export format %1.").arg(format));
    job->databasePath = m_window.database().path();
    if (QFileInfo::exists(path) &&
        QFileInfo(path).canonicalFilePath() == QFileInfo(job->databasePath).canonicalFilePath())
        return Status::failure(tr("%1 is the database itself.").arg(path));
    job->ids = m_window.filterController().engine().selectedIds();
    job->path = path;
    job->options = options;
    if (!inBackground) {
        runExport(*job);
        return job->result;
    }
    const int total = int(job->ids.size());
    QProgressDialog progress(tr("Exporting %n incident(s)…", nullptr, total), tr("Cancel"), 0,
                             total, &m_window);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    connect(&progress, &QProgressDialog::canceled, this, [job] { job->cancel = true; });
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&progress, job] { progress.setValue(job->done); });
    QEventLoop loop;
    std::unique_ptr<QThread> thread(QThread::create([job] { runExport(*job); }));
    connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    timer.start(100);
    loop.exec();
    thread->wait();
    if (job->cancel)
        return {};
    return job->result;
}

Result<QString> DataTransfer::importDataset(const QString &path, bool inBackground)
{
    using R = Result<QString>;
    using Dataset = Result<import::DatasetReader::Dataset>;
    // Reading and validating touch no database: on a worker thread, under
    // a busy dialog whose Cancel drops the result.
    auto read = std::make_shared<std::optional<Dataset>>();
    if (inBackground) {
        QProgressDialog progress(tr("Reading %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                                 0, &m_window);
        progress.setObjectName(QStringLiteral("importProgress"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(500);
        bool cancelled = false;
        connect(&progress, &QProgressDialog::canceled, this, [&cancelled] { cancelled = true; });
        QEventLoop loop;
        std::unique_ptr<QThread> thread(QThread::create(
            [read, path] { *read = import::DatasetReader().readDatasetFile(path); }));
        connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
        thread->start();
        loop.exec();
        thread->wait();
        if (cancelled)
            return R::failure(tr("Cancelled: nothing was imported."));
    } else {
        *read = import::DatasetReader().readDatasetFile(path);
    }
    const WaitCursor wait;
    Dataset &dataset = **read;
    if (!dataset)
        return R::failure(dataset.error());
    const qsizetype total = dataset->incidents.size();
    auto report =
        commands::importDataset(m_window.database(), std::move(dataset->incidents), false, false);
    if (!report)
        return R::failure(tr("Nothing was imported: %1").arg(report.error()));
    if (!report->added.isEmpty()) {
        Q_EMIT m_window.notifier().incidentsAdded(report->added);
        // The stored versions (with their assigned slugs), for redo.
        const db::IncidentRepository repository(m_window.database());
        QList<Incident> stored;
        for (qint64 id : std::as_const(report->added))
            if (auto incident = repository.load(id))
                stored.append(std::move(*incident));
        m_window.undoStack()->push(
            new DatasetImportCommand(m_window, std::move(stored), report->added,
                                     tr("Import %1").arg(QFileInfo(path).fileName())));
    }
    QString summary =
        tr("%1 (%2): %n incident(s) read", nullptr, int(total))
            .arg(QFileInfo(path).fileName(), import::DatasetReader::formatName(dataset->format));
    summary += u'\n' + tr("%n added", nullptr, int(report->added.size()));
    summary += u'\n' +
               tr("%n already present", nullptr, report->identical + int(report->different.size()));
    if (!report->different.isEmpty())
        summary += u'\n' + tr("%n stored incident(s) differ from the file and were kept as they "
                              "are (use 'vigie import --replace' to take the file's): %1",
                              nullptr, int(report->different.size()))
                               .arg(report->different.mid(0, 10).join(QStringLiteral(", ")));
    for (const QString &note : std::as_const(dataset->notes))
        summary += u'\n' + note;
    return summary;
}

void DataTransfer::setFileChooserForTests(FileChooser chooser)
{
    s_fileChooser = chooser;
}

void DataTransfer::chooseExport()
{
    const int count = int(m_window.filterController().engine().selectedIds().size());
    DataExportDialog dialog(count, &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = tr("incidents") + u'.' + dialog.suffix();
    QString path = s_fileChooser ? s_fileChooser(true)
                                 : QFileDialog::getSaveFileName(&m_window, tr("Export Data"),
                                                                QDir(lastFolder()).filePath(name),
                                                                dialog.fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + dialog.suffix();
    rememberFolder(path);
    if (Status s = exportFiltered(path, dialog.formatName(), dialog.options(), true); !s)
        MessageBox::critical(&m_window, tr("Export Data"), s.error());
}

void DataTransfer::chooseImport()
{
    const QString path =
        s_fileChooser ? s_fileChooser(false)
                      : QFileDialog::getOpenFileName(&m_window, tr("Import Dataset"), lastFolder(),
                                                     tr("Datasets (*.json *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    auto summary = importDataset(path, true);
    if (!summary) {
        MessageBox::critical(&m_window, tr("Import Dataset"), summary.error());
        return;
    }
    MessageBox::information(&m_window, tr("Import Dataset"), *summary);
}

} // namespace vigie::ui
