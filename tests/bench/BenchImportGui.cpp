// SPDX-License-Identifier: GPL-3.0-or-later
// `vigie-bench import-gui [DIR]`: the drag-and-drop import as the user
// lives it. A real MainWindow (offscreen) on a fresh database with the
// bundled dataset; the folder goes through ui::ImportController (staging on
// its worker, no review: every batch accepted, then the commit as one undo
// step, the notification, the table and views updating, the outcome list).
// A 5 ms QTimer on the GUI thread records the longest gap between its ticks:
// the longest time the event loop was blocked (a stall). Without DIR, 1,000
// generated articles (as `vigie-bench import`). Then the undo and the redo of
// the batch, which run on the GUI thread, are timed too.
// Targets: 1,000 articles in at most 10 s, longest stall at most 50 ms.
#include "Bench.h"
#include "BenchArticles.h"
#include "db/DatabaseSetup.h"
#include "db/IncidentRepository.h"
#include "importing/ImportController.h"
#include "importing/WindowImport.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace vigie::bench {

namespace {

// The longest gap between two ticks of a fast timer, while it runs.
class StallMeter {
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    void start()
    {
        m_longest = 0;
        m_over50 = 0;
        m_clock.start();
        m_timer.start();
    }
    void stop()
    {
        tick();
        m_timer.stop();
    }
    double longestMs() const { return m_longest; }
    int over50() const { return m_over50; }

private:
    void tick()
    {
        const double gap = double(m_clock.nsecsElapsed()) / 1e6;
        m_clock.restart();
        m_longest = std::max(m_longest, gap);
        if (gap > 50)
            ++m_over50;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_longest = 0;
    int m_over50 = 0;
};

int benchImportGui(const QStringList &args, QTextStream &out)
{
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        out << "cannot create a temporary folder\n";
        return 1;
    }
    QString folder = args.value(0);
    if (folder.isEmpty() || !QDir(folder).exists()) {
        if (folder.isEmpty())
            folder = scratch.filePath(QStringLiteral("articles"));
        if (!writeGeneratedArticles(folder, 1000)) {
            out << "cannot write the articles in " << folder << "\n";
            return 1;
        }
        out << "generated 1000 articles in " << folder << "\n";
    }
    auto database = db::openDatabase(scratch.filePath(QStringLiteral("bench.sqlite")));
    if (!database) {
        out << database.error() << "\n";
        return 1;
    }
    ui::MainWindow window(std::move(database).value());
    window.resize(1400, 900);
    window.show();
    QApplication::processEvents();
    ui::ImportController &controller = window.importer()->controller();
    controller.setReviewer({}); // no review dialog: every batch accepted as staged

    StallMeter meter;
    QEventLoop loop;
    Stopwatch total;
    double stagedAt = 0;
    QObject::connect(&controller, &ui::ImportController::staged, &loop,
                     [&] { stagedAt = total.elapsedMs(); });
    QObject::connect(&controller, &ui::ImportController::finished, &loop, &QEventLoop::quit);
    meter.start();
    total.restart();
    controller.importPaths({folder});
    loop.exec();
    const double totalMs = total.elapsedMs();
    // Let the views and the outcome list catch up, still measured.
    Stopwatch settle;
    while (settle.elapsedMs() < 300)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    meter.stop();

    const ui::ImportReport &report = controller.lastReport();
    if (report.end != ui::ImportReport::End::Committed) {
        out << "the batch was not committed: " << report.error << "\n";
        return 1;
    }
    using commands::ImportOutcome;
    out << "files: " << report.batch.items.size() << " (new incidents "
        << report.batch.count(ImportOutcome::NewIncident) << ", added sources "
        << report.batch.count(ImportOutcome::AddedSource) << ", duplicates "
        << report.batch.count(ImportOutcome::Duplicate) << ", errors "
        << report.batch.count(ImportOutcome::Error) << ")\n";
    out << "  staging on the worker (walk, read, extract, classify; first batch builds the "
           "extractor): "
        << stagedAt << " ms\n";
    out << "  commit + notification + views (GUI thread): " << totalMs - stagedAt << " ms\n";
    out << "total: " << totalMs << " ms; target for 1,000 articles <= 10000 ms\n";
    out << "longest event-loop stall: " << meter.longestMs() << " ms (" << meter.over50()
        << " stalls over 50 ms); target <= 50 ms\n";

    Stopwatch step;
    meter.start();
    window.undoStack()->undo();
    const double undoMs = step.elapsedMs();
    QApplication::processEvents();
    meter.stop();
    out << "undo of the batch (GUI thread, one transaction): " << undoMs << " ms, longest stall "
        << meter.longestMs() << " ms\n";
    step.restart();
    meter.start();
    window.undoStack()->redo();
    const double redoMs = step.elapsedMs();
    QApplication::processEvents();
    meter.stop();
    out << "redo of the batch: " << redoMs << " ms, longest stall " << meter.longestMs() << " ms\n";
    out << "incidents in the database: " << db::IncidentRepository(window.database()).count()
        << "\n";
    out << "peak memory: " << peakRssBytes() / (1024 * 1024) << " MB\n";
    return 0;
}

const Registration registration("import-gui",
                                "[DIR]  drag-and-drop import through the window's controller, "
                                "with the longest event-loop stall (generates 1,000 without DIR)",
                                benchImportGui);

} // namespace

} // namespace vigie::bench
