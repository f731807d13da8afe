// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportBatch.h"

#include "commands/IncidentGaps.h"
#include "db/Database.h"
#include "db/IncidentRepository.h"
#include "extract/ArticleLoader.h"
#include "extract/Extractor.h"
#include "import/FileCollector.h"
#include "import/ReaderRegistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

namespace vigie::commands {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vigie::commands", text);
}

// An extraction with nothing that identifies an incident: no victim, no
// attack, no actor. Storing it would add an empty record to the user's data.
bool namesNoIncident(const Incident &incident)
{
    const bool attack = incident.attackTypes && !incident.attackTypes->isEmpty();
    return incident.victims.isEmpty() && !attack && incident.threatActor.isEmpty();
}

// The review may skip an item that later items joined, or turn it into a
// source of another incident: make every AddedSource item point at an item
// that is still a new incident, or at a stored incident. Targets always come
// earlier in the batch, so one pass in order settles chains.
void retarget(StagedBatch &batch)
{
    QHash<int, int> promoted; // skipped target -> the item that took its place
    for (int i = 0; i < batch.items.size(); ++i) {
        StagedArticle &item = batch.items[i];
        if (item.outcome != ImportOutcome::AddedSource || item.target < 0)
            continue;
        const StagedArticle &target = batch.items.at(item.target);
        if (target.outcome == ImportOutcome::NewIncident)
            continue;
        if (target.outcome == ImportOutcome::AddedSource && target.match) {
            item.match = target.match;
            item.target = target.target;
        } else if (const auto p = promoted.constFind(item.target); p != promoted.constEnd()) {
            item.target = *p;
        } else {
            promoted.insert(item.target, i);
            item.outcome = ImportOutcome::NewIncident;
            item.match.reset();
            item.target = -1;
        }
    }
}

// Fills the empty fields of the stored incident an item joins from its
// extraction (fillGaps), through the update path so the full-text index
// follows, and notes the incident before and after for the undo.
Status fillStoredGaps(db::IncidentRepository &repo, StagedArticle &item, int index,
                      CommitSummary &summary, const std::function<Status()> &beforeWrite)
{
    const qint64 id = item.match->dbId;
    const std::optional<Incident> stored = repo.load(id);
    if (!stored)
        return Status::failure(
            tr("incident %1 is no longer in the database").arg(item.match->slug));
    GapFill fill = fillGaps(*stored, item.extraction.incident);
    item.filledFields = fill.fields;
    if (fill.isEmpty())
        return {};
    if (Status s = beforeWrite(); !s)
        return s;
    FilledIncident done;
    done.item = index;
    done.before = *stored;
    done.timesBefore = repo.rowTimes(id);
    if (Status s = repo.updateInTransaction(fill.incident); !s)
        return s;
    done.after = std::move(fill.incident);
    done.timesAfter = repo.rowTimes(id);
    summary.filled.append(std::move(done));
    return {};
}

} // namespace

ImportInput ImportInput::file(const QString &path)
{
    ImportInput in;
    in.name = path;
    in.path = path;
    return in;
}

ImportInput ImportInput::fromArticle(import::Article article, const QString &name)
{
    ImportInput in;
    in.name = name;
    in.article = std::move(article);
    return in;
}

ImportInput ImportInput::fromData(QByteArray data, const QString &mimeType, const QUrl &url,
                                  const QString &name)
{
    ImportInput in;
    in.name = name;
    in.data = std::move(data);
    in.mimeType = mimeType;
    in.url = url;
    return in;
}

QList<ImportInput> inputsFromPaths(const QStringList &paths)
{
    QList<ImportInput> out;
    for (const import::CollectedFile &f : import::collectArticleFiles(paths)) {
        ImportInput in = ImportInput::file(f.path);
        in.error = f.error;
        out.append(std::move(in));
    }
    return out;
}

int StagedBatch::count(ImportOutcome outcome) const
{
    int n = 0;
    for (const StagedArticle &item : items)
        n += item.outcome == outcome ? 1 : 0;
    return n;
}

IncidentMatcher ImportBatch::matcherFor(const db::Database &db)
{
    return IncidentMatcher(db::IncidentRepository(db).loadAll());
}

StagedArticle ImportBatch::stageOne(const ImportInput &input, const ImportOptions &options) const
{
    StagedArticle item;
    item.name = input.name;
    if (!input.error.isEmpty()) {
        item.error = input.error;
        return item;
    }
    QElapsedTimer clock;
    clock.start();
    import::Article article;
    if (input.article) {
        article = *input.article;
    } else if (input.path.isEmpty()) {
        import::ReadOptions read = options.read;
        read.cancel = options.cancel;
        auto r = m_readers.readData(input.data, input.mimeType, input.url, read);
        if (!r) {
            item.error = r.error();
            return item;
        }
        article = std::move(r).value();
    } else {
        import::ReadOptions read = options.read;
        read.cancel = options.cancel;
        auto r = m_readers.readFile(input.path, read);
        if (!r) {
            item.error = r.error();
            return item;
        }
        article = std::move(r).value();
    }
    if (options.timings)
        options.timings->readMs += double(clock.nsecsElapsed()) / 1e6;
    item.warnings = article.warnings;
    const QByteArray hash = articleTextHash(article.text);
    if (hash.isEmpty()) {
        item.error = tr("no text in the article");
        return item;
    }
    clock.restart();
    item.extraction = m_extractor.extract(extract::toArticleInput(article));
    if (options.timings)
        options.timings->extractMs += double(clock.nsecsElapsed()) / 1e6;
    Incident &incident = item.extraction.incident;
    if (incident.sources.isEmpty())
        incident.sources.append(Source{});
    Source &source = incident.sources.first();
    source.text = article.text;
    source.textHash = hash;
    if (source.url.isEmpty() && !article.canonicalUrl.isEmpty())
        source.url = article.canonicalUrl;
    // Stored texts are matched on their hash only; keep the proposal even
    // for an empty extraction so a duplicate is still reported as one.
    item.outcome = ImportOutcome::NewIncident;
    return item;
}

Result<StagedBatch> ImportBatch::stage(const QList<ImportInput> &inputs, IncidentMatcher matcher,
                                       const ImportOptions &options) const
{
    using R = Result<StagedBatch>;
    StagedBatch batch;
    batch.items.reserve(inputs.size());
    const qsizetype storedCount = matcher.size();
    QHash<int, int> itemOfMatcherIndex; // incidents new in this batch
    QHash<QByteArray, int> itemOfHash;  // every article of the batch so far
    const int total = int(inputs.size());
    for (int i = 0; i < total; ++i) {
        if (options.isCancelled())
            return R::failure(import::ReadOptions::cancelledMessage());
        StagedArticle item = stageOne(inputs.at(i), options);
        if (options.isCancelled())
            return R::failure(import::ReadOptions::cancelledMessage());
        QElapsedTimer clock;
        clock.start();
        if (item.outcome != ImportOutcome::Error) {
            const Incident &incident = item.extraction.incident;
            const QByteArray &hash = item.source().textHash;
            if (const int k = matcher.indexOfTextHash(hash); k >= 0 && k < storedCount) {
                item.outcome = ImportOutcome::Duplicate;
                item.duplicateOf = matcher.incident(k).id;
            } else if (const auto earlier = itemOfHash.constFind(hash);
                       earlier != itemOfHash.constEnd()) {
                item.outcome = ImportOutcome::Duplicate;
                item.duplicateOf = batch.items.at(*earlier).name;
            } else if (namesNoIncident(incident)) {
                item.outcome = ImportOutcome::Error;
                item.error = tr("no incident found: the article names no victim, attack or "
                                "threat actor");
            } else if (auto match = matcher.bestMatch(incident)) {
                item.outcome = ImportOutcome::AddedSource;
                if (match->index >= storedCount)
                    item.target = itemOfMatcherIndex.value(match->index, -1);
                item.match = std::move(match);
            } else {
                item.outcome = ImportOutcome::NewIncident;
                // Later articles of the batch about the same incident join it.
                Incident staged = incident;
                staged.sources = {item.source()};
                itemOfMatcherIndex.insert(matcher.add(std::move(staged)), int(batch.items.size()));
            }
            if (item.outcome != ImportOutcome::Error && !itemOfHash.contains(hash))
                itemOfHash.insert(hash, int(batch.items.size()));
        }
        if (options.timings)
            options.timings->classifyMs += double(clock.nsecsElapsed()) / 1e6;
        batch.items.append(std::move(item));
        if (options.progress)
            options.progress(i + 1, total);
    }
    return batch;
}

Result<CommitSummary> ImportBatch::commit(const db::Database &db, StagedBatch &batch,
                                          const ImportOptions &options)
{
    using R = Result<CommitSummary>;
    db::IncidentRepository repo(db);
    CommitSummary summary;
    const bool writes =
        batch.count(ImportOutcome::NewIncident) + batch.count(ImportOutcome::AddedSource) > 0;
    if (!writes)
        return summary; // only duplicates and errors: leave the database alone
    db::Transaction tx(db);
    if (!tx.isActive())
        return R::failure(tx.error());
    int written = 0;
    const auto beforeWrite = [&]() -> Status {
        if (options.isCancelled())
            return Status::failure(import::ReadOptions::cancelledMessage());
        if (options.beforeWrite)
            return options.beforeWrite(++written);
        return {};
    };

    retarget(batch);

    // Sources joining an incident that is new in this batch go in with it.
    QHash<int, QList<Source>> extraSources;
    for (const StagedArticle &item : std::as_const(batch.items))
        if (item.outcome == ImportOutcome::AddedSource && item.target >= 0)
            extraSources[item.target].append(item.source());

    for (int i = 0; i < batch.items.size(); ++i) {
        StagedArticle &item = batch.items[i];
        // Stored since staging (another import): a duplicate after all.
        if (item.outcome == ImportOutcome::NewIncident ||
            (item.outcome == ImportOutcome::AddedSource && item.target < 0)) {
            if (auto stored = repo.findSourceByHash(item.source().textHash)) {
                // Articles that joined this incident would lose their home:
                // let the caller stage again against the current database.
                if (extraSources.contains(i))
                    return R::failure(tr("%1 was stored by another import since this batch "
                                         "was read; import the batch again")
                                          .arg(item.name));
                item.outcome = ImportOutcome::Duplicate;
                item.duplicateOf = tr("an article stored since staging");
                continue;
            }
        }
        if (item.outcome == ImportOutcome::NewIncident) {
            if (Status s = beforeWrite(); !s)
                return R::failure(s.error());
            Incident incident = item.extraction.incident;
            incident.sources += extraSources.value(i);
            auto id = repo.insertInTransaction(incident);
            if (!id)
                return R::failure(tr("%1: %2").arg(item.name, id.error()));
            item.incidentDbId = *id;
            item.incidentSlug = incident.id;
            item.sourceDbId = incident.sources.first().dbId;
            // The articles that joined it, in the order they were appended.
            qsizetype next = 1;
            for (StagedArticle &other : batch.items)
                if (other.outcome == ImportOutcome::AddedSource && other.target == i &&
                    next < incident.sources.size())
                    other.sourceDbId = incident.sources.at(next++).dbId;
            summary.added.append(*id);
        } else if (item.outcome == ImportOutcome::AddedSource && item.match) {
            if (item.target >= 0) {
                item.incidentDbId = batch.items.at(item.target).incidentDbId;
                item.incidentSlug = batch.items.at(item.target).incidentSlug;
                continue;
            }
            if (item.fillGaps)
                if (Status s = fillStoredGaps(repo, item, i, summary, beforeWrite); !s)
                    return R::failure(tr("%1: %2").arg(item.name, s.error()));
            if (Status s = beforeWrite(); !s)
                return R::failure(s.error());
            Source source = item.source();
            auto id = repo.attachSourceInTransaction(item.match->dbId, source);
            if (!id)
                return R::failure(tr("%1: %2").arg(item.name, id.error()));
            item.incidentDbId = item.match->dbId;
            item.incidentSlug = item.match->slug;
            item.sourceDbId = *id;
            if (!summary.changed.contains(item.match->dbId))
                summary.changed.append(item.match->dbId);
        }
    }
    if (Status s = beforeWrite(); !s)
        return R::failure(s.error());
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return summary;
}

} // namespace vigie::commands
