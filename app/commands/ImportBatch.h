// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/IncidentMatcher.h"
#include "db/IncidentRepository.h"
#include "extract/Extraction.h"
#include "import/Article.h"
#include "model/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <functional>
#include <optional>

namespace vigie::db {
class Database;
}
namespace vigie::extract {
class Extractor;
}
namespace vigie::import {
class ReaderRegistry;
}

namespace vigie::commands {

// One thing to import: a file to read, bytes in memory still to read
// (dropped or pasted text or HTML: read on the staging thread like a file),
// an article already read, or a path that could not be walked (`error` set).
struct ImportInput {
    QString name; // what the user knows it by: the path, or e.g. "dropped text"
    QString path; // the file to read; empty when `article` or `data` is given
    std::optional<import::Article> article;
    QByteArray data;  // in-memory content, read with ReaderRegistry::readData
    QString mimeType; // its type ("text/html; charset=utf-8"), a hint for the reader
    QUrl url;         // the page it came from (drag from a browser), kept as the source URL
    QString error;    // set when the path could not even be listed

    static ImportInput file(const QString &path);
    static ImportInput fromArticle(import::Article article, const QString &name);
    static ImportInput fromData(QByteArray data, const QString &mimeType, const QUrl &url,
                                const QString &name);
};

// Every walked file, in order, from files and folders (folders recursively,
// see import::collectArticleFiles).
QList<ImportInput> inputsFromPaths(const QStringList &paths);

enum class ImportOutcome {
    NewIncident, // a new incident with the article as its source
    AddedSource, // the article joins an incident already known (or new in this batch)
    Duplicate,   // the same text is already stored, or earlier in the batch
    Error,       // unreadable, not an article, or no incident in it
    Skipped,     // the user passed over it in the review: commit() ignores it
};

// One input after staging (and, once committed, where it landed).
struct StagedArticle {
    QString name;
    ImportOutcome outcome = ImportOutcome::Error;
    QString error;                  // Error: why, for the user
    extract::Extraction extraction; // the proposal: incident with one source (text, hash)
    QStringList warnings;           // the reader's (replaced bytes...)
    // AddedSource: the incident it joins (a stored one, dbId != 0), or for an
    // incident new in this batch, `target` is the index of that staged item.
    std::optional<IncidentMatch> match;
    int target = -1;
    // AddedSource to a stored incident: also fill the fields that incident
    // leaves empty from this article's extraction (fillGaps). The review
    // lets the user turn it off for the item.
    bool fillGaps = true;
    // Duplicate: the stored incident citing the same text (slug), or the
    // earlier input of the batch with the same text.
    QString duplicateOf;

    // Filled by commit(): the incident the article now belongs to.
    qint64 incidentDbId = 0;
    QString incidentSlug;
    qint64 sourceDbId = 0;    // the stored article (for an undo that detaches it)
    QStringList filledFields; // the schema keys this article filled in the stored incident

    const Source &source() const { return extraction.incident.sources.first(); }
};

struct StagedBatch {
    QList<StagedArticle> items;
    int count(ImportOutcome outcome) const;
};

// A stored incident whose empty fields an article filled during a commit,
// as it was before and after: what the import's undo puts back and its redo
// applies again (fields and row times; the sources are left to the attach
// and detach of the articles).
struct FilledIncident {
    int item = -1;   // the batch item whose article filled it
    Incident before; // as stored before this fill (with its sources then)
    Incident after;  // as written
    std::optional<db::IncidentRepository::RowTimes> timesBefore;
    std::optional<db::IncidentRepository::RowTimes> timesAfter;
};

// What changed, for the one Notifier signal (incidentsAdded, incidentsChanged).
struct CommitSummary {
    QList<qint64> added;
    QList<qint64> changed;
    QList<FilledIncident> filled; // in the order written
};

// Where staging spent its time (milliseconds, summed over the inputs).
struct StageTimings {
    double readMs = 0;     // reading and cleaning (import readers)
    double extractMs = 0;  // extraction
    double classifyMs = 0; // hashing, dedup, matching
};

struct ImportOptions {
    // Set from any thread: staging stops at the next article, commit rolls back.
    const std::atomic_bool *cancel = nullptr;
    // (done, total) inputs, called on the staging thread.
    std::function<void(int done, int total)> progress;
    // Size limit and the like; its cancel flag is set from `cancel`.
    import::ReadOptions read;
    // Test seam: called before each write of the commit with its number
    // (1-based); a failure aborts the commit, which then rolls back.
    std::function<Status(int write)> beforeWrite;
    // Filled by stage() when set (benchmarks).
    StageTimings *timings = nullptr;

    bool isCancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

// Article import in two steps, as the architecture's habit 4 says: staging
// (read, extract, hash, classify: no database access, so it runs on a worker
// thread against a matcher built beforehand from the stored incidents), then
// one commit (one transaction: all or nothing). The CLI runs both in a row;
// the drag-and-drop import stages in a worker, lets the user review, then
// commits on the GUI thread as one undo step with one notification.
class ImportBatch {
public:
    ImportBatch(const import::ReaderRegistry &readers, const extract::Extractor &extractor)
        : m_readers(readers)
        , m_extractor(extractor)
    {
    }

    // The matcher over every stored incident (with their article hashes).
    static IncidentMatcher matcherFor(const db::Database &db);

    // Reads, extracts and classifies every input. Fails only when cancelled
    // (with import::ReadOptions::cancelledMessage()); per-input problems are
    // Error items.
    Result<StagedBatch> stage(const QList<ImportInput> &inputs, IncidentMatcher matcher,
                              const ImportOptions &options = {}) const;

    // Writes the staged batch in one transaction. On any failure or a
    // cancel, nothing is written and the error says why. Items are updated
    // with the incident they landed in (slugs of new incidents included).
    // Skipped items are left out. An AddedSource item whose target (an item
    // new in this batch) was skipped becomes a new incident, and the other
    // items that joined that target join it instead; one whose target was
    // turned into an AddedSource in review follows it to that incident.
    // An AddedSource item joining a stored incident with `fillGaps` set first
    // fills that incident's empty fields (fillGaps() in IncidentGaps.h), noted
    // in `filledFields` and CommitSummary::filled.
    static Result<CommitSummary> commit(const db::Database &db, StagedBatch &batch,
                                        const ImportOptions &options = {});

private:
    StagedArticle stageOne(const ImportInput &input, const ImportOptions &options) const;

    const import::ReaderRegistry &m_readers;
    const extract::Extractor &m_extractor;
};

} // namespace vigie::commands
