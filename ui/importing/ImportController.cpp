// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportController.h"

#include "commands/ImportArticlesCommand.h"
#include "db/Database.h"
#include "extract/Extractor.h"
#include "import/ReaderRegistry.h"
#include "notify/Notifier.h"

#include <QThread>
#include <QTimer>
#include <QUndoStack>

#include <optional>

namespace vigie::ui {

// The readers and the extractor: built once, on the first worker (the
// extractor's lexicons and gazetteer take a moment), then shared by every
// batch. Both are const and thread-safe.
struct ImportController::Engine {
    import::ReaderRegistry readers;
    extract::Extractor extractor;
};

struct ImportController::Job {
    QStringList paths;
    QList<commands::ImportInput> inputs;
    commands::IncidentMatcher matcher;
    std::shared_ptr<const Engine> engine; // null: the worker builds it
    std::function<void(int)> afterEach;
    std::atomic_bool cancel{false};
    std::atomic_int done{0};
    std::atomic_int total{0};
    std::optional<Result<commands::StagedBatch>> result; // written by the worker
};

struct ImportController::CommitJob {
    QString path;
    commands::StagedBatch batch;
    std::atomic_bool cancel{false};
    std::optional<Result<commands::ImportArticlesCommand::Committed>> result;
};

ImportController::ImportController(db::Database &db, Notifier &notifier, QUndoStack &undoStack,
                                   QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_notifier(notifier)
    , m_undoStack(undoStack)
{
    qRegisterMetaType<vigie::ui::ImportReport>();
    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ImportController::pollProgress);
    // Another database: a staged batch's matches point into the old one.
    connect(&m_notifier, &Notifier::dataReset, this, &ImportController::cancel);
}

ImportController::~ImportController()
{
    m_queue.clear();
    if (m_job)
        m_job->cancel = true;
    if (m_commitJob)
        m_commitJob->cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ImportController::importPaths(const QStringList &paths)
{
    ImportRequest request;
    request.paths = paths;
    start(std::move(request));
}

void ImportController::start(ImportRequest request)
{
    if (request.isEmpty())
        return;
    m_queue.append(std::move(request));
    if (!isBusy())
        startNext();
}

void ImportController::cancel()
{
    m_queue.clear();
    if (m_job)
        m_job->cancel = true;
    if (m_commitJob)
        m_commitJob->cancel = true;
}

void ImportController::startNext()
{
    if (m_queue.isEmpty())
        return;
    ImportRequest request = m_queue.takeFirst();
    auto job = std::make_shared<Job>();
    job->paths = std::move(request.paths);
    job->inputs = std::move(request.inputs);
    // The one read of the database, on the GUI thread, before the worker starts.
    job->matcher = commands::ImportBatch::matcherFor(m_db);
    job->engine = m_engine;
    job->afterEach = m_afterEach;
    m_job = job;
    m_lastDone = m_lastTotal = -1;

    m_thread = QThread::create([job] {
        if (!job->engine)
            job->engine = std::make_shared<const Engine>();
        QList<commands::ImportInput> inputs = commands::inputsFromPaths(job->paths);
        inputs += job->inputs;
        job->total = int(inputs.size());
        commands::ImportOptions options;
        options.cancel = &job->cancel;
        options.progress = [&job = *job](int done, int total) {
            job.done = done;
            job.total = total;
            if (job.afterEach)
                job.afterEach(done);
        };
        const commands::ImportBatch importer(job->engine->readers, job->engine->extractor);
        job->result = importer.stage(inputs, std::move(job->matcher), options);
    });
    m_thread->setObjectName(QStringLiteral("vigie-import"));
    connect(m_thread, &QThread::finished, this, &ImportController::jobDone, Qt::QueuedConnection);
    Q_EMIT started(int(m_queue.size()));
    Q_EMIT progressChanged(0, 0);
    m_poll->start();
    m_thread->start(QThread::LowPriority);
}

void ImportController::pollProgress()
{
    if (!m_job)
        return;
    const int done = m_job->done;
    const int total = m_job->total;
    if (done == m_lastDone && total == m_lastTotal)
        return;
    m_lastDone = done;
    m_lastTotal = total;
    Q_EMIT progressChanged(done, total);
}

void ImportController::jobDone()
{
    m_poll->stop();
    if (m_thread) {
        m_thread->wait();
        m_thread->deleteLater();
        m_thread = nullptr;
    }
    std::shared_ptr<Job> job = std::move(m_job);
    if (!job)
        return;
    if (!m_engine)
        m_engine = job->engine;
    pollProgress();

    ImportReport report;
    if (job->cancel || !job->result || !*job->result) {
        report.end = job->cancel ? ImportReport::End::Cancelled : ImportReport::End::Failed;
        report.error = job->result && !*job->result ? job->result->error() : QString();
        finish(std::move(report));
        return;
    }
    report.batch = std::move(*job->result).value();
    job.reset();
    Q_EMIT staged();

    if (commands::ImportArticlesCommand::storedCount(report.batch) == 0) {
        report.end = ImportReport::End::Nothing;
        finish(std::move(report));
        return;
    }
    m_reviewing = true;
    const bool accepted = !m_reviewer || m_reviewer(report.batch);
    m_reviewing = false;
    if (!accepted) {
        report.end = ImportReport::End::Declined;
        finish(std::move(report));
        return;
    }
    if (commands::ImportArticlesCommand::storedCount(report.batch) == 0) {
        report.end = ImportReport::End::Nothing;
        finish(std::move(report));
        return;
    }
    commit(std::move(report));
}

void ImportController::commit(ImportReport report)
{
    Q_EMIT committing(commands::ImportArticlesCommand::storedCount(report.batch));
    const QString path = m_db.path();
    if (path.isEmpty() || path == u":memory:") {
        // No second connection to an in-memory database: commit here, in
        // the command's first redo.
        auto *command = new commands::ImportArticlesCommand(m_db, m_notifier, report.batch);
        pushCommand(command, std::move(report));
        return;
    }
    // The transaction runs on a worker with its own connection (WAL: the
    // views keep reading meanwhile); the GUI thread only pushes the step and
    // notifies once it is done.
    auto job = std::make_shared<CommitJob>();
    job->path = path;
    job->batch = std::move(report.batch);
    m_commitJob = job;
    m_thread = QThread::create([job] {
        auto connection = db::Database::open(job->path);
        if (!connection) {
            job->result =
                Result<commands::ImportArticlesCommand::Committed>::failure(connection.error());
            return;
        }
        commands::ImportOptions options;
        options.cancel = &job->cancel;
        job->result =
            commands::ImportArticlesCommand::commitAndReadBack(*connection, job->batch, options);
    });
    m_thread->setObjectName(QStringLiteral("vigie-import-commit"));
    connect(m_thread, &QThread::finished, this, &ImportController::commitDone,
            Qt::QueuedConnection);
    m_thread->start();
}

void ImportController::commitDone()
{
    if (m_thread) {
        m_thread->wait();
        m_thread->deleteLater();
        m_thread = nullptr;
    }
    std::shared_ptr<CommitJob> job = std::move(m_commitJob);
    if (!job)
        return;
    ImportReport report;
    report.batch = std::move(job->batch);
    if (!job->result || !*job->result) {
        const bool cancelled = job->cancel.load();
        report.end = cancelled ? ImportReport::End::Cancelled : ImportReport::End::Failed;
        report.error = job->result ? job->result->error() : QString();
        finish(std::move(report));
        return;
    }
    auto committed = std::move(*job->result).value();
    auto *command = commands::ImportArticlesCommand::committed(
        m_db, m_notifier, report.batch, std::move(committed.summary), std::move(committed.added));
    pushCommand(command, std::move(report));
}

void ImportController::pushCommand(commands::ImportArticlesCommand *command, ImportReport report)
{
    auto pushing = std::make_shared<QString>();
    auto firstRedo = std::make_shared<bool>(true);
    QPointer<ImportController> self(this);
    command->setErrorHandler([self, pushing, firstRedo](const QString &error) {
        if (*firstRedo)
            *pushing = error;
        else if (self)
            Q_EMIT self->commandFailed(error);
    });
    m_undoStack.push(command); // the first redo commits (or notifies); a failure deletes it
    *firstRedo = false;
    if (!pushing->isEmpty()) {
        report.end = ImportReport::End::Failed;
        report.error = *pushing;
    } else {
        report.end = ImportReport::End::Committed;
        report.batch = command->batch();
    }
    // The views have just taken the notification; the outcome list fills
    // in the next pass of the event loop, so the two never block it together.
    QTimer::singleShot(0, this,
                       [this, report = std::move(report)]() mutable { finish(std::move(report)); });
}

void ImportController::finish(ImportReport report)
{
    m_last = std::move(report);
    Q_EMIT finished(m_last);
    if (!m_queue.isEmpty())
        QTimer::singleShot(0, this, &ImportController::startNext);
}

} // namespace vigie::ui
