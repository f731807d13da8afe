// SPDX-License-Identifier: GPL-3.0-or-later
// The article import core: staging, dedup, matching against stored
// incidents, one all-or-nothing commit, cancel.
#include "TestSupport.h"
#include "commands/ImportBatch.h"
#include "db/DatabaseSetup.h"
#include "db/IncidentRepository.h"
#include "extract/Extractor.h"
#include "filter/TextSearch.h"
#include "import/ReaderRegistry.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;
using namespace vigie::commands;

namespace {

QString article(const QString &name)
{
    return test::dataPath(QStringLiteral("articleimport/") + name);
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256);
}

// A short French article about a made-up attack, different for each n.
QByteArray smallArticle(int n)
{
    return QStringLiteral("Cyberattaque contre le centre hospitalier de Testville-%1\n\n"
                          "Publié le %2/05/2024 à 10h00\n\n"
                          "Le centre hospitalier de Testville-%1 a été frappé le %2 mai 2024 par "
                          "une attaque au rançongiciel. Les serveurs sont chiffrés et les "
                          "équipes travaillent sur papier, selon la direction.\n")
        .arg(n)
        .arg(1 + n % 27)
        .toUtf8();
}

const QByteArray pngHead("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 33);

} // namespace

class TestImportBatch : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    import::ReaderRegistry m_readers;
    extract::Extractor m_extractor;

    // A database seeded with the bundled dataset (138 incidents).
    db::Database bundled(const QString &name)
    {
        auto d = db::openDatabase(m_dir.filePath(name));
        if (!d)
            qFatal("%s", qPrintable(d.error()));
        return std::move(d).value();
    }

    struct Run {
        StagedBatch batch;
        CommitSummary summary;
    };
    Run importPaths(const db::Database &d, const QStringList &paths, const ImportOptions &o = {})
    {
        ImportBatch importer(m_readers, m_extractor);
        auto staged = importer.stage(inputsFromPaths(paths), ImportBatch::matcherFor(d), o);
        if (!staged)
            qFatal("stage: %s", qPrintable(staged.error()));
        auto summary = ImportBatch::commit(d, *staged, o);
        if (!summary)
            qFatal("commit: %s", qPrintable(summary.error()));
        return {std::move(staged).value(), std::move(summary).value()};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sameArticleTwiceIsADuplicate()
    {
        const db::Database d = bundled(QStringLiteral("twice.sqlite"));
        const QString a = article(QStringLiteral("vierzon-clinique.txt"));
        // The same text with other line breaks, spacing and case: same hash.
        QString variant = QString::fromUtf8(test::readFile(a));
        variant.replace(u'\n', QStringLiteral("\n\n"))
            .replace(QStringLiteral(" la "), QStringLiteral("  LA "));
        const QString b =
            writeFile(m_dir.filePath(QStringLiteral("twice/copy.txt")), variant.toUtf8());
        Run r = importPaths(d, {a, b});
        QCOMPARE(r.batch.items.size(), 2);
        QCOMPARE(r.batch.items[0].outcome, ImportOutcome::NewIncident);
        QCOMPARE(r.batch.items[1].outcome, ImportOutcome::Duplicate);
        QCOMPARE(r.batch.items[1].duplicateOf, a);
        QCOMPARE(r.summary.added.size(), 1);
        QCOMPARE(db::IncidentRepository(d).count(), 139);

        // Again later: a duplicate of the stored article, nothing written.
        Run again = importPaths(d, {a});
        QCOMPARE(again.batch.items[0].outcome, ImportOutcome::Duplicate);
        QCOMPARE(again.batch.items[0].duplicateOf, r.batch.items[0].incidentSlug);
        QVERIFY(again.summary.added.isEmpty() && again.summary.changed.isEmpty());
        QCOMPARE(db::IncidentRepository(d).count(), 139);
    }

    void articleAboutKnownIncidentBecomesASource()
    {
        const db::Database d = bundled(QStringLiteral("known.sqlite"));
        db::IncidentRepository repo(d);
        const auto chsf = repo.findBySlug(QStringLiteral("2022-08-chsf-corbeil-essonnes"));
        QVERIFY(chsf);
        const qsizetype sourcesBefore = repo.load(*chsf)->sources.size();

        Run r = importPaths(d, {article(QStringLiteral("chsf-corbeil.txt"))});
        const StagedArticle &item = r.batch.items.first();
        QVERIFY2(item.outcome == ImportOutcome::AddedSource,
                 qPrintable(item.error + item.extraction.incident.victims.join(u'|')));
        QCOMPARE(item.match->dbId, *chsf);
        QCOMPARE(item.incidentSlug, QStringLiteral("2022-08-chsf-corbeil-essonnes"));
        QVERIFY(r.summary.added.isEmpty());
        QCOMPARE(r.summary.changed, QList<qint64>{*chsf});
        QCOMPARE(repo.count(), 138);
        const Incident stored = *repo.load(*chsf);
        QCOMPARE(stored.sources.size(), sourcesBefore + 1);
        QVERIFY(stored.sources.last().text.contains(QStringLiteral("plan blanc")));
        QCOMPARE(stored.sources.last().textHash, articleTextHash(stored.sources.last().text));
        QCOMPARE(item.sourceDbId, stored.sources.last().dbId);
    }

    void newArticleIsStoredAndSearchable()
    {
        const db::Database d = bundled(QStringLiteral("new.sqlite"));
        Run r = importPaths(d, {article(QStringLiteral("vierzon-clinique.txt"))});
        const StagedArticle &item = r.batch.items.first();
        QCOMPARE(item.outcome, ImportOutcome::NewIncident);
        QCOMPARE(r.summary.added.size(), 1);
        QVERIFY(!item.incidentSlug.isEmpty());
        const Incident stored = *db::IncidentRepository(d).load(r.summary.added.first());
        QCOMPARE(stored.id, item.incidentSlug);
        QCOMPARE(stored.sources.size(), 1);
        QVERIFY(stored.sources.first().text.contains(QStringLiteral("courriels frauduleux")));
        QCOMPARE(stored.sources.first().textHash.size(), 32);
        // Words only in the article body are found by the full-text search.
        auto hits = filter::TextSearch::run(d, u"courriels frauduleux");
        QVERIFY2(hits, qPrintable(hits.error()));
        QCOMPARE(*hits, std::vector<qint64>{r.summary.added.first()});
    }

    void twoArticlesAboutOneNewIncidentMakeOne()
    {
        const db::Database d = bundled(QStringLiteral("pair.sqlite"));
        const QString a = writeFile(m_dir.filePath(QStringLiteral("pair/a.txt")), smallArticle(5));
        QByteArray other = smallArticle(5);
        other.replace("selon la direction", "a indiqué la direction à la presse");
        const QString b = writeFile(m_dir.filePath(QStringLiteral("pair/b.txt")), other);
        Run r = importPaths(d, {a, b});
        QCOMPARE(r.batch.items[0].outcome, ImportOutcome::NewIncident);
        QCOMPARE(r.batch.items[1].outcome, ImportOutcome::AddedSource);
        QCOMPARE(r.summary.added.size(), 1);
        QCOMPARE(r.batch.items[1].incidentDbId, r.batch.items[0].incidentDbId);
        const Incident stored = *db::IncidentRepository(d).load(r.summary.added.first());
        QCOMPARE(stored.sources.size(), 2);
        QCOMPARE(r.batch.items[0].sourceDbId, stored.sources[0].dbId);
        QCOMPARE(r.batch.items[1].sourceDbId, stored.sources[1].dbId);
    }

    // Three articles about one new attack: the first is new, the others
    // join it. The review may skip or redirect items; commit() follows.
    Result<StagedBatch> stageTriple(const QString &dirName, int n)
    {
        const QString dir = m_dir.filePath(dirName);
        QByteArray b = smallArticle(n), c = smallArticle(n);
        b.replace("selon la direction", "a indiqué la direction à la presse");
        c.replace("selon la direction", "selon un communiqué de l'hôpital");
        const QStringList paths{writeFile(dir + QStringLiteral("/a.txt"), smallArticle(n)),
                                writeFile(dir + QStringLiteral("/b.txt"), b),
                                writeFile(dir + QStringLiteral("/c.txt"), c)};
        ImportBatch importer(m_readers, m_extractor);
        return importer.stage(inputsFromPaths(paths), IncidentMatcher());
    }

    void skippedItemsAreNotStored()
    {
        const db::Database d = bundled(QStringLiteral("skip.sqlite"));
        const QString a = writeFile(m_dir.filePath(QStringLiteral("skip/a.txt")), smallArticle(11));
        const QString b = writeFile(m_dir.filePath(QStringLiteral("skip/b.txt")), smallArticle(12));
        ImportBatch importer(m_readers, m_extractor);
        auto staged = importer.stage(inputsFromPaths({a, b}), ImportBatch::matcherFor(d));
        QVERIFY(staged);
        QCOMPARE(staged->count(ImportOutcome::NewIncident), 2);
        staged->items[0].outcome = ImportOutcome::Skipped;
        const qint64 before = db::IncidentRepository(d).count();
        auto summary = ImportBatch::commit(d, *staged);
        QVERIFY2(summary, qPrintable(summary.error()));
        QCOMPARE(summary->added.size(), 1);
        QCOMPARE(db::IncidentRepository(d).count(), before + 1);
        QCOMPARE(staged->items[0].outcome, ImportOutcome::Skipped);
        QCOMPARE(staged->items[0].incidentDbId, 0);
        QCOMPARE(summary->added.first(), staged->items[1].incidentDbId);
        QVERIFY(!db::IncidentRepository(d).findSourceByHash(staged->items[0].source().textHash));

        // All skipped: nothing to write, no transaction.
        auto lone = importer.stage(inputsFromPaths({a}), ImportBatch::matcherFor(d));
        QVERIFY(lone);
        lone->items[0].outcome = ImportOutcome::Skipped;
        auto none = ImportBatch::commit(d, *lone);
        QVERIFY(none);
        QVERIFY(none->added.isEmpty() && none->changed.isEmpty());
        QCOMPARE(db::IncidentRepository(d).count(), before + 1);
    }

    // The item others joined is skipped: the first joiner becomes the new
    // incident and the next one joins it.
    void skippedTargetPromotesTheFirstJoiner()
    {
        const db::Database d = bundled(QStringLiteral("promote.sqlite"));
        auto staged = stageTriple(QStringLiteral("promote"), 14);
        QVERIFY(staged);
        QCOMPARE(staged->items[0].outcome, ImportOutcome::NewIncident);
        QCOMPARE(staged->items[1].outcome, ImportOutcome::AddedSource);
        QCOMPARE(staged->items[1].target, 0);
        QCOMPARE(staged->items[2].outcome, ImportOutcome::AddedSource);
        QCOMPARE(staged->items[2].target, 0);
        staged->items[0].outcome = ImportOutcome::Skipped;
        auto summary = ImportBatch::commit(d, *staged);
        QVERIFY2(summary, qPrintable(summary.error()));
        QCOMPARE(staged->items[1].outcome, ImportOutcome::NewIncident);
        QVERIFY(!staged->items[1].match);
        QCOMPARE(staged->items[2].outcome, ImportOutcome::AddedSource);
        QCOMPARE(staged->items[2].target, 1);
        QCOMPARE(summary->added, QList<qint64>{staged->items[1].incidentDbId});
        QCOMPARE(staged->items[2].incidentDbId, staged->items[1].incidentDbId);
        const Incident stored = *db::IncidentRepository(d).load(summary->added.first());
        QCOMPARE(stored.sources.size(), 2);
        QCOMPARE(stored.sources[0].textHash, staged->items[1].source().textHash);
        QCOMPARE(stored.sources[1].textHash, staged->items[2].source().textHash);
        QCOMPARE(staged->items[2].sourceDbId, stored.sources[1].dbId);
    }

    // The item others joined was sent to a stored incident in review: they
    // follow it there.
    void redirectedTargetTakesItsJoinersAlong()
    {
        const db::Database d = bundled(QStringLiteral("redirect.sqlite"));
        db::IncidentRepository repo(d);
        const auto chsf = repo.findBySlug(QStringLiteral("2022-08-chsf-corbeil-essonnes"));
        QVERIFY(chsf);
        const qsizetype sourcesBefore = repo.load(*chsf)->sources.size();
        auto staged = stageTriple(QStringLiteral("redirect"), 15);
        QVERIFY(staged);
        IncidentMatch match;
        match.dbId = *chsf;
        match.slug = QStringLiteral("2022-08-chsf-corbeil-essonnes");
        staged->items[0].outcome = ImportOutcome::AddedSource;
        staged->items[0].match = match;
        staged->items[2].outcome = ImportOutcome::Skipped;
        const qint64 before = repo.count();
        auto summary = ImportBatch::commit(d, *staged);
        QVERIFY2(summary, qPrintable(summary.error()));
        QVERIFY(summary->added.isEmpty());
        QCOMPARE(summary->changed, QList<qint64>{*chsf});
        QCOMPARE(repo.count(), before);
        QCOMPARE(staged->items[1].target, -1);
        QCOMPARE(staged->items[1].incidentDbId, *chsf);
        QCOMPARE(repo.load(*chsf)->sources.size(), sourcesBefore + 2);
    }

    // Another import stored an article between this batch's staging and
    // its commit: a lone article becomes a duplicate; one that others had
    // joined makes the commit fail, writing nothing.
    void storedSinceStaging()
    {
        const db::Database d = bundled(QStringLiteral("race.sqlite"));
        const QString dir = m_dir.filePath(QStringLiteral("race"));
        const QString a = writeFile(dir + QStringLiteral("/a.txt"), smallArticle(7));
        QByteArray other = smallArticle(7);
        other.replace("selon la direction", "selon un communiqué");
        const QString b = writeFile(dir + QStringLiteral("/b.txt"), other);
        const QString c = writeFile(dir + QStringLiteral("/c.txt"), smallArticle(8));
        ImportBatch importer(m_readers, m_extractor);
        auto joined = importer.stage(inputsFromPaths({a, b}), ImportBatch::matcherFor(d));
        auto lone = importer.stage(inputsFromPaths({c}), ImportBatch::matcherFor(d));
        QVERIFY(joined && lone);
        QCOMPARE(joined->items[1].outcome, ImportOutcome::AddedSource);
        importPaths(d, {a, c});
        const qint64 count = db::IncidentRepository(d).count();

        auto failed = ImportBatch::commit(d, *joined);
        QVERIFY(!failed);
        QVERIFY2(failed.error().contains(QStringLiteral("import the batch again")),
                 qPrintable(failed.error()));
        auto skipped = ImportBatch::commit(d, *lone);
        QVERIFY(skipped);
        QCOMPARE(lone->items[0].outcome, ImportOutcome::Duplicate);
        QCOMPARE(db::IncidentRepository(d).count(), count);
    }

    void mixedFolderGivesPerFileResults()
    {
        const db::Database d = bundled(QStringLiteral("mixed.sqlite"));
        const QString dir = m_dir.filePath(QStringLiteral("mixed"));
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/sub")));
        QFile::copy(article(QStringLiteral("vierzon-clinique.txt")), dir + "/a-good.txt");
        QFile::copy(article(QStringLiteral("chsf-corbeil.txt")), dir + "/sub/b-known.txt");
        writeFile(dir + QStringLiteral("/c-picture.txt"), pngHead + QByteArray(200, '\1'));
        writeFile(dir + QStringLiteral("/d-empty.txt"), {});
        writeFile(dir + QStringLiteral("/e-invalid.txt"), QByteArray(300, '\xff'));
        Run r = importPaths(d, {dir});
        QCOMPARE(r.batch.items.size(), 5);
        QHash<QString, const StagedArticle *> byName;
        for (const StagedArticle &item : r.batch.items)
            byName.insert(QFileInfo(item.name).fileName(), &item);
        QCOMPARE(byName[QStringLiteral("a-good.txt")]->outcome, ImportOutcome::NewIncident);
        QCOMPARE(byName[QStringLiteral("b-known.txt")]->outcome, ImportOutcome::AddedSource);
        for (const char *bad : {"c-picture.txt", "d-empty.txt", "e-invalid.txt"}) {
            const StagedArticle *item = byName[QLatin1String(bad)];
            QCOMPARE(item->outcome, ImportOutcome::Error);
            QVERIFY2(!item->error.isEmpty(), bad);
        }
        QVERIFY2(byName[QStringLiteral("c-picture.txt")]->error.contains(QStringLiteral("PNG")),
                 qPrintable(byName[QStringLiteral("c-picture.txt")]->error));
        QVERIFY(byName[QStringLiteral("d-empty.txt")]->error.contains(QStringLiteral("empty")));
        QCOMPARE(db::IncidentRepository(d).count(), 139);
    }

    void failureInTheMiddleOfTheCommitWritesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("fail.sqlite"));
        {
            const db::Database seed = bundled(QStringLiteral("fail.sqlite"));
        }
        const QByteArray before = fileHash(path);
        const db::Database d = bundled(QStringLiteral("fail.sqlite"));
        const QString dir = m_dir.filePath(QStringLiteral("failing"));
        for (int i = 0; i < 5; ++i)
            writeFile(dir + QStringLiteral("/%1.txt").arg(i), smallArticle(100 + i));
        QFile::copy(article(QStringLiteral("chsf-corbeil.txt")), dir + "/known.txt");
        db::IncidentRepository repo(d);
        const auto chsf = repo.findBySlug(QStringLiteral("2022-08-chsf-corbeil-essonnes"));
        QVERIFY(chsf);
        const qsizetype chsfSources = repo.load(*chsf)->sources.size();
        ImportBatch importer(m_readers, m_extractor);
        auto staged = importer.stage(inputsFromPaths({dir}), ImportBatch::matcherFor(d));
        QVERIFY(staged);
        QCOMPARE(staged->count(ImportOutcome::NewIncident), 5);
        QCOMPARE(staged->count(ImportOutcome::AddedSource), 1);
        ImportOptions o;
        int calls = 0;
        o.beforeWrite = [&calls](int write) {
            ++calls;
            return write == 4 ? Status::failure(QStringLiteral("disk full (test)")) : Status{};
        };
        auto summary = ImportBatch::commit(d, *staged, o);
        QVERIFY(!summary);
        QVERIFY(summary.error().contains(QStringLiteral("disk full")));
        QCOMPARE(calls, 4); // three writes went through before the failure
        QCOMPARE(repo.count(), 138);
        for (const StagedArticle &item : staged->items)
            QVERIFY(!repo.findSourceByHash(item.source().textHash));
        QCOMPARE(repo.load(*chsf)->sources.size(), chsfSources);
        QCOMPARE(fileHash(path), before);
    }

    void readOnlyDatabaseWritesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("ro.sqlite"));
        {
            const db::Database seed = bundled(QStringLiteral("ro.sqlite"));
        }
        const QByteArray before = fileHash(path);
        auto d = db::Database::open(path, db::Database::OpenMode::ReadOnly);
        QVERIFY(d);
        ImportBatch importer(m_readers, m_extractor);
        auto staged =
            importer.stage({ImportInput::file(article(QStringLiteral("vierzon-clinique.txt")))},
                           ImportBatch::matcherFor(*d));
        QVERIFY(staged);
        auto summary = ImportBatch::commit(*d, *staged);
        QVERIFY(!summary);
        QVERIFY(!summary.error().isEmpty());
        QCOMPARE(db::IncidentRepository(*d).count(), 138);
        QCOMPARE(fileHash(path), before);
    }

    void cancelMidBatchWritesNothing()
    {
        const db::Database d = bundled(QStringLiteral("cancel.sqlite"));
        const QString dir = m_dir.filePath(QStringLiteral("cancel"));
        for (int i = 0; i < 20; ++i)
            writeFile(dir + QStringLiteral("/%1.txt").arg(i, 2, 10, QLatin1Char('0')),
                      smallArticle(200 + i));
        std::atomic_bool cancel = false;
        ImportOptions o;
        o.cancel = &cancel;
        int progressed = 0;
        o.progress = [&](int done, int total) {
            progressed = done;
            QCOMPARE(total, 20);
            if (done == 7)
                cancel = true;
        };
        ImportBatch importer(m_readers, m_extractor);
        auto staged = importer.stage(inputsFromPaths({dir}), ImportBatch::matcherFor(d), o);
        QVERIFY(!staged);
        QCOMPARE(staged.error(), import::ReadOptions::cancelledMessage());
        QCOMPARE(progressed, 7);
        QCOMPARE(db::IncidentRepository(d).count(), 138);

        // Cancelled between staging and commit (the user pressed cancel while
        // the commit was queued): still nothing.
        cancel = false;
        o.progress = {};
        staged = importer.stage(inputsFromPaths({dir}), ImportBatch::matcherFor(d), o);
        QVERIFY(staged);
        cancel = true;
        QVERIFY(!ImportBatch::commit(d, *staged, o));
        QCOMPARE(db::IncidentRepository(d).count(), 138);
    }

    void inMemoryArticle()
    {
        const db::Database d = bundled(QStringLiteral("memory.sqlite"));
        auto a = m_readers.readText(QString::fromUtf8(smallArticle(300)));
        QVERIFY(a);
        ImportBatch importer(m_readers, m_extractor);
        auto staged = importer.stage({ImportInput::fromArticle(*a, QStringLiteral("dropped text"))},
                                     ImportBatch::matcherFor(d));
        QVERIFY(staged);
        QCOMPARE(staged->items.first().name, QStringLiteral("dropped text"));
        QCOMPARE(staged->items.first().outcome, ImportOutcome::NewIncident);
        QVERIFY(ImportBatch::commit(d, *staged));
        QCOMPARE(db::IncidentRepository(d).count(), 139);
    }

    // 10,000 small files: mostly notes without an incident (errors), one in
    // a hundred an article. Every file gets a result; no crash.
    void tenThousandFiles()
    {
        const db::Database d = bundled(QStringLiteral("many.sqlite"));
        const QString dir = m_dir.filePath(QStringLiteral("many"));
        QDir().mkpath(dir);
        for (int i = 0; i < 10000; ++i) {
            const QString path = dir + QStringLiteral("/f%1.txt").arg(i, 5, 10, QLatin1Char('0'));
            writeFile(path, i % 100 == 0 ? smallArticle(1000 + i)
                                         : QByteArray("Note ") + QByteArray::number(i) + '\n');
        }
        Run r = importPaths(d, {dir});
        QCOMPARE(r.batch.items.size(), 10000);
        QCOMPARE(r.batch.count(ImportOutcome::Error), 9900);
        QCOMPARE(r.summary.added.size() + r.batch.count(ImportOutcome::AddedSource), 100);
        QCOMPARE(db::IncidentRepository(d).count(), 138 + r.summary.added.size());
    }
};

QTEST_GUILESS_MAIN(TestImportBatch)
#include "tst_importbatch.moc"
