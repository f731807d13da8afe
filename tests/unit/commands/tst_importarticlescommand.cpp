// SPDX-License-Identifier: GPL-3.0-or-later
// An import batch as one undo step: commit, undo, redo with the same ids,
// failures that leave the database consistent. Also the repository calls
// behind it (detach, restore).
#include "TestSupport.h"
#include "commands/ImportArticlesCommand.h"
#include "db/DatabaseSetup.h"
#include "db/IncidentRepository.h"
#include "extract/Extractor.h"
#include "filter/TextSearch.h"
#include "import/ReaderRegistry.h"
#include "model/IncidentJson.h"
#include "notify/Notifier.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace vigie;
using namespace vigie::commands;

namespace {

QString article(const QString &name)
{
    return test::dataPath(QStringLiteral("articleimport/") + name);
}

QByteArray json(const Incident &incident)
{
    return QJsonDocument(incidentToJson(incident)).toJson(QJsonDocument::Compact);
}

// Every incident as JSON with its row id and source ids: "exactly the same".
QStringList dump(const db::Database &d)
{
    QStringList out;
    for (const Incident &i : db::IncidentRepository(d).loadAll()) {
        QStringList sources;
        for (const Source &s : i.sources)
            sources << QString::number(s.dbId) + u':' + QString::fromLatin1(s.textHash.toHex());
        out << QString::number(i.dbId) + u' ' + QString::fromUtf8(json(i)) + u' ' +
                   sources.join(u',');
    }
    return out;
}

} // namespace

class TestImportArticlesCommand : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    import::ReaderRegistry m_readers;
    extract::Extractor m_extractor;

    db::Database bundled(const QString &name)
    {
        auto d = db::openDatabase(m_dir.filePath(name));
        if (!d)
            qFatal("%s", qPrintable(d.error()));
        return std::move(d).value();
    }

    StagedBatch stage(const db::Database &d, const QStringList &paths)
    {
        ImportBatch importer(m_readers, m_extractor);
        auto staged = importer.stage(inputsFromPaths(paths), ImportBatch::matcherFor(d));
        if (!staged)
            qFatal("stage: %s", qPrintable(staged.error()));
        return std::move(staged).value();
    }

    // The CHSF article naming LockBit and 11,000 patients, about the stored
    // CHSF incident made to lack those (and to state other things otherwise).
    struct GapCase {
        qint64 chsf = 0;
        Incident before;
        db::IncidentRepository::RowTimes times;
        QString path;
    };
    GapCase prepareGaps(const db::Database &d, const QString &name)
    {
        GapCase c;
        db::IncidentRepository repo(d);
        c.chsf = *repo.findBySlug(QStringLiteral("2022-08-chsf-corbeil-essonnes"));
        Incident stored = *repo.load(c.chsf);
        stored.threatActor.clear();
        stored.recordsAffected.reset();
        stored.occurred = PartialDate::ofMonth(2022, 8); // refined by the article
        stored.victimKind = VictimKind::HospitalGroup;   // stated: the article says hospital
        stored.attackTypes =
            AttackTypes{AttackType::Ransomware}; // stated: no union with data theft
        if (!repo.update(stored).ok())
            qFatal("update failed");
        c.times = {QStringLiteral("2020-01-01T00:00:00Z"), QStringLiteral("2021-02-03T04:05:06Z")};
        if (!repo.setRowTimes(c.chsf, c.times).ok())
            qFatal("setRowTimes failed");
        c.before = *repo.load(c.chsf);
        c.path = m_dir.filePath(name);
        QFile in(article(QStringLiteral("chsf-corbeil.txt")));
        QFile out(c.path);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(c.path));
        out.write(in.readAll());
        out.write("\nLe groupe LockBit a revendiqué l'attaque et affirme avoir dérobé les données "
                  "de 11 000 patients.\n");
        return c;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void undoRemovesAndRedoRestoresExactly()
    {
        const db::Database d = bundled(QStringLiteral("undo.sqlite"));
        Notifier notifier;
        QUndoStack stack;
        const QStringList before = dump(d);
        db::IncidentRepository repo(d);
        const qint64 chsf = *repo.findBySlug(QStringLiteral("2022-08-chsf-corbeil-essonnes"));

        StagedBatch batch = stage(d, {article(QStringLiteral("chsf-corbeil.txt")),
                                      article(QStringLiteral("vierzon-clinique.txt"))});
        QCOMPARE(batch.items[0].outcome, ImportOutcome::AddedSource);
        QCOMPARE(batch.items[1].outcome, ImportOutcome::NewIncident);
        QSignalSpy added(&notifier, &Notifier::incidentsAdded);
        QSignalSpy removed(&notifier, &Notifier::incidentsRemoved);
        QSignalSpy changed(&notifier, &Notifier::incidentsChanged);
        auto *command = new ImportArticlesCommand(d, notifier, std::move(batch));
        // (Plural forms come from the translator, installed by the GUI tests.)
        QVERIFY(command->text().startsWith(QStringLiteral("Import 2 Article")));
        stack.push(command);
        QCOMPARE(stack.count(), 1);
        QVERIFY(command->lastStatus().ok());
        QCOMPARE(repo.count(), 139);
        const qint64 newId = command->summary().added.value(0);
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().first().value<QList<qint64>>(), QList<qint64>{newId});
        QCOMPARE(changed.first().first().value<QList<qint64>>(), QList<qint64>{chsf});
        const QStringList afterImport = dump(d);
        QVERIFY(filter::TextSearch::run(d, u"courriels frauduleux")->size() == 1);

        stack.undo();
        QCOMPARE(dump(d), before);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().value<QList<qint64>>(), QList<qint64>{newId});
        QCOMPARE(changed.count(), 2);
        QVERIFY(filter::TextSearch::run(d, u"courriels frauduleux")->empty());
        // No article of the batch is left behind.
        for (const StagedArticle &item : command->batch().items)
            QVERIFY(!repo.findSourceByHash(item.source().textHash));

        stack.redo();
        QVERIFY(command->lastStatus().ok());
        QCOMPARE(dump(d), afterImport);
        QCOMPARE(added.count(), 2);
        QCOMPARE(added.last().first().value<QList<qint64>>(), QList<qint64>{newId});
        QCOMPARE(*filter::TextSearch::run(d, u"courriels frauduleux"), std::vector<qint64>{newId});

        // And round again.
        stack.undo();
        QCOMPARE(dump(d), before);
        stack.redo();
        QCOMPARE(dump(d), afterImport);
    }

    void failedCommitIsNotPushed()
    {
        const db::Database d = bundled(QStringLiteral("fail.sqlite"));
        Notifier notifier;
        QSignalSpy added(&notifier, &Notifier::incidentsAdded);
        QUndoStack stack;
        ImportOptions options;
        options.beforeWrite = [](int write) {
            return write == 2 ? Status::failure(QStringLiteral("disk full")) : Status{};
        };
        auto *command =
            new ImportArticlesCommand(d, notifier,
                                      stage(d, {article(QStringLiteral("chsf-corbeil.txt")),
                                                article(QStringLiteral("vierzon-clinique.txt"))}),
                                      options);
        QString error;
        command->setErrorHandler([&](const QString &e) { error = e; });
        stack.push(command); // obsolete after a failed redo: deleted, not kept
        QCOMPARE(stack.count(), 0);
        QCOMPARE(error, QStringLiteral("disk full"));
        QCOMPARE(added.count(), 0);
        QCOMPARE(db::IncidentRepository(d).count(), 138);
    }

    // Someone removed an incident of the batch behind the stack's back: the
    // undo fails, changes nothing, and the step leaves the stack.
    void undoThatCannotApplyIsDropped()
    {
        const db::Database d = bundled(QStringLiteral("gone.sqlite"));
        Notifier notifier;
        QUndoStack stack;
        auto *command =
            new ImportArticlesCommand(d, notifier,
                                      stage(d, {article(QStringLiteral("chsf-corbeil.txt")),
                                                article(QStringLiteral("vierzon-clinique.txt"))}));
        QString error;
        command->setErrorHandler([&](const QString &e) { error = e; });
        stack.push(command);
        const qint64 newId = command->summary().added.first();
        db::IncidentRepository repo(d);
        QVERIFY(repo.remove({newId}).ok());
        const QStringList before = dump(d);
        stack.undo();
        QVERIFY2(error.contains(QStringLiteral("no longer in the database")), qPrintable(error));
        QCOMPARE(stack.count(), 0);
        QVERIFY(!stack.canUndo());
        // Rolled back: the CHSF article the batch added is still attached.
        QCOMPARE(dump(d), before);
    }

    // Undone, then the same article imported again: the redo cannot put the
    // old rows back, fails cleanly and leaves the new import alone.
    void redoThatCannotApplyIsDropped()
    {
        const db::Database d = bundled(QStringLiteral("again.sqlite"));
        Notifier notifier;
        QUndoStack stack;
        const QStringList paths = {article(QStringLiteral("vierzon-clinique.txt"))};
        auto *command = new ImportArticlesCommand(d, notifier, stage(d, paths));
        QString error;
        command->setErrorHandler([&](const QString &e) { error = e; });
        stack.push(command);
        stack.undo();
        StagedBatch again = stage(d, paths);
        QVERIFY(ImportBatch::commit(d, again).ok());
        const QStringList before = dump(d);
        stack.redo();
        QVERIFY(!error.isEmpty());
        QVERIFY(!stack.canRedo());
        QCOMPARE(dump(d), before);
    }

    // An article joining a stored incident fills its empty fields in the
    // same step; undo puts back the fields (and row times) exactly and
    // detaches the article; redo fills them again.
    void addedSourceFillsGapsAndUndoRestoresThem()
    {
        const db::Database d = bundled(QStringLiteral("gaps.sqlite"));
        const GapCase c = prepareGaps(d, QStringLiteral("chsf-lockbit.txt"));
        db::IncidentRepository repo(d);
        const QStringList before = dump(d);
        Notifier notifier;
        QSignalSpy changed(&notifier, &Notifier::incidentsChanged);
        QUndoStack stack;
        StagedBatch batch = stage(d, {c.path});
        QCOMPARE(batch.items[0].outcome, ImportOutcome::AddedSource);
        QCOMPARE(batch.items[0].match->dbId, c.chsf);
        QVERIFY(batch.items[0].fillGaps); // the default
        auto *command = new ImportArticlesCommand(d, notifier, std::move(batch));
        stack.push(command);
        QVERIFY(command->lastStatus().ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<QList<qint64>>(), QList<qint64>{c.chsf});
        QCOMPARE(command->batch().items[0].filledFields,
                 (QStringList{"occurred", "threat_actor", "records_affected"}));
        QCOMPARE(command->summary().filled.size(), 1);

        const Incident filled = *repo.load(c.chsf);
        QCOMPARE(filled.threatActor, QStringLiteral("LockBit"));
        QCOMPARE(filled.recordsAffected, std::optional<qint64>(11000));
        QCOMPARE(filled.occurred, PartialDate::ofDay(2022, 8, 20));
        QCOMPARE(filled.sources.size(), c.before.sources.size() + 1);
        // What was stated stays as reviewed.
        Incident expected = c.before;
        expected.threatActor = QStringLiteral("LockBit");
        expected.recordsAffected = 11000;
        expected.occurred = PartialDate::ofDay(2022, 8, 20);
        expected.sources = filled.sources;
        QCOMPARE(json(filled), json(expected));
        QCOMPARE(filled.victimKind, std::optional(VictimKind::HospitalGroup));
        QCOMPARE(filled.attackTypes, std::optional(AttackTypes{AttackType::Ransomware}));
        const QStringList afterImport = dump(d);
        const auto afterTimes = repo.rowTimes(c.chsf);
        QVERIFY(afterTimes && afterTimes->modified != c.times.modified);

        stack.undo();
        QCOMPARE(dump(d), before);
        QCOMPARE(json(*repo.load(c.chsf)), json(c.before));
        QVERIFY(repo.load(c.chsf)->threatActor.isEmpty());
        QCOMPARE(repo.rowTimes(c.chsf), std::optional(c.times));
        QVERIFY(!repo.findSourceByHash(command->batch().items[0].source().textHash));

        stack.redo();
        QVERIFY(command->lastStatus().ok());
        QCOMPARE(dump(d), afterImport);
        QCOMPARE(repo.load(c.chsf)->threatActor, QStringLiteral("LockBit"));
        QCOMPARE(repo.rowTimes(c.chsf), afterTimes);

        stack.undo();
        QCOMPARE(dump(d), before);
        QCOMPARE(repo.rowTimes(c.chsf), std::optional(c.times));
    }

    // Turned off in the review: the article is only attached.
    void addedSourceWithoutFillingGaps()
    {
        const db::Database d = bundled(QStringLiteral("nogaps.sqlite"));
        const GapCase c = prepareGaps(d, QStringLiteral("chsf-lockbit-off.txt"));
        db::IncidentRepository repo(d);
        StagedBatch batch = stage(d, {c.path});
        QCOMPARE(batch.items[0].outcome, ImportOutcome::AddedSource);
        batch.items[0].fillGaps = false;
        auto summary = ImportBatch::commit(d, batch);
        QVERIFY(summary.ok());
        QVERIFY(summary->filled.isEmpty());
        QCOMPARE(summary->changed, QList<qint64>{c.chsf});
        QVERIFY(batch.items[0].filledFields.isEmpty());
        Incident after = *repo.load(c.chsf);
        QCOMPARE(after.sources.size(), c.before.sources.size() + 1);
        after.sources = c.before.sources;
        QCOMPARE(json(after), json(c.before));
        QCOMPARE(repo.rowTimes(c.chsf), std::optional(c.times));
    }

    // Two articles of one batch fill the same incident in turn: the undo
    // ends where it started.
    void twoArticlesFillOneIncident()
    {
        const db::Database d = bundled(QStringLiteral("twogaps.sqlite"));
        const GapCase c = prepareGaps(d, QStringLiteral("chsf-lockbit-2.txt"));
        db::IncidentRepository repo(d);
        const QStringList before = dump(d);
        Notifier notifier;
        QUndoStack stack;
        StagedBatch batch = stage(d, {article(QStringLiteral("chsf-corbeil.txt")), c.path});
        QCOMPARE(batch.items[0].outcome, ImportOutcome::AddedSource);
        QCOMPARE(batch.items[1].outcome, ImportOutcome::AddedSource);
        auto *command = new ImportArticlesCommand(d, notifier, std::move(batch));
        stack.push(command);
        QVERIFY(command->lastStatus().ok());
        // The first article refines the date; the second has only the rest left.
        QCOMPARE(command->batch().items[0].filledFields, QStringList{"occurred"});
        QCOMPARE(command->batch().items[1].filledFields,
                 (QStringList{"threat_actor", "records_affected"}));
        QCOMPARE(command->summary().changed, QList<qint64>{c.chsf});
        const QStringList afterImport = dump(d);
        stack.undo();
        QCOMPARE(dump(d), before);
        QCOMPARE(repo.rowTimes(c.chsf), std::optional(c.times));
        stack.redo();
        QCOMPARE(dump(d), afterImport);
    }

    void repositoryDetachAndRestore()
    {
        const db::Database d = bundled(QStringLiteral("repo.sqlite"));
        db::IncidentRepository repo(d);
        const qint64 chsf = *repo.findBySlug(QStringLiteral("2022-08-chsf-corbeil-essonnes"));
        const Incident original = *repo.load(chsf);
        Source extra;
        extra.url = QStringLiteral("https://example.org/a");
        extra.text = QStringLiteral("Un article de plus sur l'attaque.");
        extra.textHash = articleTextHash(extra.text);
        {
            db::Transaction tx(d);
            QVERIFY(repo.attachSourceInTransaction(chsf, extra).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(repo.load(chsf)->sources.size(), original.sources.size() + 1);
        {
            db::Transaction tx(d);
            QVERIFY(repo.detachSourceInTransaction(chsf, extra.dbId).ok());
            // Not attached any more: a second detach fails.
            QVERIFY(!repo.detachSourceInTransaction(chsf, extra.dbId).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(repo.load(chsf)->sources.size(), original.sources.size());
        QVERIFY(!repo.findSourceByHash(extra.textHash)); // deleted with its last link
        {
            db::Transaction tx(d);
            QVERIFY(repo.restoreSourceInTransaction(chsf, extra).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(repo.load(chsf)->sources.last().dbId, extra.dbId);

        // Remove and restore a whole incident: the same row, slug, sources.
        const Incident withExtra = *repo.load(chsf);
        QVERIFY(repo.remove({chsf}).ok());
        QVERIFY(!repo.exists(chsf));
        {
            db::Transaction tx(d);
            QVERIFY(repo.restoreExactInTransaction(withExtra).ok());
            // Twice: the id is taken.
            QVERIFY(!repo.restoreExactInTransaction(withExtra).ok());
            QVERIFY(tx.commit().ok());
        }
        const Incident back = *repo.load(chsf);
        QCOMPARE(json(back), json(withExtra));
        QCOMPARE(back.sources.size(), withExtra.sources.size());
        for (qsizetype i = 0; i < back.sources.size(); ++i)
            QCOMPARE(back.sources[i].dbId, withExtra.sources[i].dbId);
        auto hits = filter::TextSearch::run(d, u"article de plus");
        QVERIFY(hits && *hits == std::vector<qint64>{chsf});
    }
};

QTEST_GUILESS_MAIN(TestImportArticlesCommand)
#include "tst_importarticlescommand.moc"
