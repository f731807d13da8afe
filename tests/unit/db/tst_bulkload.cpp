// SPDX-License-Identifier: GPL-3.0-or-later
// The bulk load into an empty database file: no WAL, the full-text index
// built in the same transaction, all or nothing, and a load cut short by a
// crash discarded at the next open (LoadMarker).
#include "db/Database.h"
#include "db/DatabaseSetup.h"
#include "db/IncidentRepository.h"
#include "db/LoadMarker.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;
using namespace vigie::db;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

int countOf(const Database &db, const char *sql)
{
    auto s = db.prepare(sql);
    return s && s->step() ? s->integer(0) : -1;
}

// Varied words, accents and shared sources, so that the index has work.
QList<Incident> sample(int n)
{
    static const char *const words[] = {"hôpital",    "Clinique", "rançongiciel", "données",
                                        "sécurité",   "LockBit",  "urgences",     "fuite",
                                        "messagerie", "imagerie", "SAMU",         "plan blanc"};
    QList<Incident> out;
    for (int k = 0; k < n; ++k) {
        Incident i;
        i.title = QStringLiteral("Attaque %1 %2").arg(QString::fromUtf8(words[k % 12])).arg(k);
        i.summary = QStringLiteral("%1 et %2 touchés")
                        .arg(QString::fromUtf8(words[(k * 7) % 12]),
                             QString::fromUtf8(words[(k * 5 + 3) % 12]));
        i.victims = {QStringLiteral("Centre hospitalier %1").arg(k % 17)};
        i.occurred = PartialDate::ofMonth(2020 + k % 5, 1 + k % 12);
        Source page;
        page.url = QStringLiteral("https://example.org/%1").arg(k % 40); // shared pages
        page.title = QString::fromUtf8(words[(k * 3) % 12]);
        i.sources.append(page);
        if (k % 3 == 0) {
            Source article;
            article.url = QStringLiteral("https://example.org/a/%1").arg(k);
            article.text =
                QStringLiteral("Texte %1 sur la %2").arg(k).arg(QString::fromUtf8(words[k % 12]));
            article.textHash =
                QCryptographicHash::hash(article.text.toUtf8(), QCryptographicHash::Sha256);
            i.sources.append(article);
        }
        out.append(i);
    }
    return out;
}

QList<qint64> search(const Database &db, const QString &query)
{
    QList<qint64> ids;
    auto s = db.prepare("SELECT rowid FROM incident_fts WHERE incident_fts MATCH ? ORDER BY rowid");
    if (!s)
        return {-1};
    s->bind(1, query);
    while (s->step())
        ids.append(s->int64(0));
    return ids;
}

} // namespace

class TestBulkLoad : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void newFileLoadsWithoutWal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        IncidentRepository repo(*db);
        {
            auto bulk = repo.beginBulkInsert();
            QVERIFY2(bulk.ok(), qPrintable(bulk.error()));
            QCOMPARE(db->journalMode(), QStringLiteral("memory"));
            QVERIFY(QFile::exists(LoadMarker::markerPath(path)));
            for (Incident &i : sample(50))
                QVERIFY(bulk->insert(i).ok());
            QVERIFY(bulk->commit().ok());
            QCOMPARE(db->journalMode(), QStringLiteral("wal"));
            QVERIFY(!QFile::exists(LoadMarker::markerPath(path)));
        }
        QCOMPARE(repo.count(), 50);
        QVERIFY(!repo.hasPendingIndex()); // indexed in the same transaction
        QVERIFY(search(*db, QStringLiteral("hopital")).contains(1));
        QVERIFY(db->exec("INSERT INTO incident_fts(incident_fts) VALUES ('integrity-check')").ok());
        // A second bulk, into a populated file, takes the WAL path.
        auto more = repo.beginBulkInsert();
        QVERIFY(more.ok());
        QCOMPARE(db->journalMode(), QStringLiteral("wal"));
    }

    // A load that fails half-way leaves the new file empty, in WAL mode,
    // with its indexes, and without a marker.
    void failedLoadLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            IncidentRepository repo(*db);
            QList<Incident> list = sample(200);
            list[150].id = QStringLiteral("dup");
            list[180].id = QStringLiteral("dup"); // refused: the whole import goes
            const Status s = repo.insertAll(list);
            QVERIFY(!s.ok());
            QVERIFY2(s.error().contains(QStringLiteral("already exists")), qPrintable(s.error()));
            QCOMPARE(repo.count(), 0);
            QCOMPARE(countOf(*db, "SELECT count(*) FROM source"), 0);
            QCOMPARE(countOf(*db, "SELECT count(*) FROM incident_fts"), 0);
            QCOMPARE(countOf(*db,
                             "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                             "name IN ('incident_by_slug', 'source_by_hash', 'source_by_url')"),
                     3);
            QCOMPARE(db->journalMode(), QStringLiteral("wal"));
            QVERIFY(!QFile::exists(LoadMarker::markerPath(path)));
            // The file still takes a load.
            QList<Incident> again = sample(20);
            QVERIFY(repo.insertAll(again).ok());
        }
        auto db =
            Database::open(path, Database::OpenMode::ReadWrite, Database::IntegrityCheck::Always);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(IncidentRepository(*db).count(), 20);
    }

    // The index built inside the load answers exactly as the one built by
    // the WAL path (pending range, then indexPending).
    void fullTextSameOnBothPaths()
    {
        QTemporaryDir dir;
        auto fast = Database::open(dir.filePath(QStringLiteral("fast.sqlite")));
        auto wal = Database::open(QStringLiteral(":memory:"));
        QVERIFY(fast.ok() && wal.ok());
        QList<Incident> a = sample(300);
        QList<Incident> b = a;
        QVERIFY(IncidentRepository(*fast).insertAll(a).ok());
        QVERIFY(IncidentRepository(*wal).insertAll(b).ok());
        for (const char *q : {"hopital", "rancongiciel", "securite", "\"plan blanc\"", "lock*",
                              "centre hospitalier", "texte", "imagerie OR messagerie", "samu"}) {
            const QList<qint64> want = search(*wal, QString::fromUtf8(q));
            QVERIFY2(!want.isEmpty(), q);
            QCOMPARE(search(*fast, QString::fromUtf8(q)), want);
        }
        QCOMPARE(countOf(*fast, "SELECT count(*) FROM incident_fts"), 300);
    }

    // A marker nobody holds is a dead load's: the file is deleted and
    // created again (seeded, as any new database); a read-only open refuses
    // and changes nothing.
    void interruptedLoadIsRebuilt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("i.sqlite"));
        {
            QFile half(path);
            QVERIFY(half.open(QIODevice::WriteOnly));
            half.write(QByteArray("SQLite format 3\0", 16) + QByteArray(5000, '\x42'));
        }
        {
            QFile marker(LoadMarker::markerPath(path));
            QVERIFY(marker.open(QIODevice::WriteOnly));
        }
        const QByteArray before = fileHash(path);
        auto ro = Database::open(path, Database::OpenMode::ReadOnly);
        QVERIFY(!ro.ok());
        QVERIFY2(ro.error().contains(QStringLiteral("incomplete")), qPrintable(ro.error()));
        QCOMPARE(fileHash(path), before);

        auto db = openDatabase(path, {});
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QVERIFY(db->isNew());
        QCOMPARE(IncidentRepository(*db).count(), 138);
        QVERIFY(!QFile::exists(LoadMarker::markerPath(path)));
    }

    // While a load holds its marker, no other connection touches the file.
    void runningLoadIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
        }
        LoadMarker held;
        QVERIFY(held.acquire(path).ok());
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QStringLiteral("loading")), qPrintable(db.error()));
        QCOMPARE(fileHash(path), before);
        held.release();
        QVERIFY(Database::open(path).ok());
    }

    // Another connection on the file: the load keeps the WAL (and the
    // pending full-text range), as before.
    void sharedFileKeepsWal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        auto db = Database::open(path);
        auto other = Database::open(path, Database::OpenMode::ReadOnly);
        QVERIFY(db.ok() && other.ok());
        QVERIFY(other->prepare("SELECT count(*) FROM incident")->step());
        IncidentRepository repo(*db);
        QList<Incident> list = sample(10);
        {
            auto bulk = repo.beginBulkInsert();
            QVERIFY2(bulk.ok(), qPrintable(bulk.error()));
            QCOMPARE(db->journalMode(), QStringLiteral("wal"));
            QVERIFY(!QFile::exists(LoadMarker::markerPath(path)));
            for (Incident &i : list)
                QVERIFY(bulk->insert(i).ok());
            QVERIFY(bulk->commit().ok());
        }
        QVERIFY(repo.hasPendingIndex());
        QVERIFY(repo.indexPending().ok());
        QCOMPARE(search(*db, QStringLiteral("attaque")).size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestBulkLoad)
#include "tst_bulkload.moc"
