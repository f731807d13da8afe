// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Database.h"
#include "db/DatabaseSetup.h"
#include "db/IncidentRepository.h"
#include "db/Schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace vigie;
using namespace vigie::db;

namespace {
int countOf(const Database &db, const char *sql)
{
    auto s = db.prepare(sql);
    return s && s->step() ? s->integer(0) : -1;
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

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestDatabase : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createsCurrentSchema()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("v.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QVERIFY(db->isNew());
        QCOMPARE(db->userVersion(), Schema::currentVersion());
        auto fk = db->prepare("PRAGMA foreign_keys");
        QVERIFY(fk->step());
        QCOMPARE(fk->integer(0), 1);
        auto wal = db->prepare("PRAGMA journal_mode");
        QVERIFY(wal->step());
        QCOMPARE(wal->text(0), QStringLiteral("wal"));
    }

    // Each migration from the version before it, one at a time.
    void migrationsStepByStep()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.sqlite"));
        {
            auto raw = Database::open(QStringLiteral(":memory:"));
            QVERIFY(raw.ok());
        }
        for (int target = 1; target <= Schema::currentVersion(); ++target) {
            // A database at target-1, then migrated one step.
            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            QCOMPARE(db->userVersion(), Schema::currentVersion());
        }
        // From an empty file (version 0) to version 1.
        QTemporaryDir dir2;
        const QString empty = dir2.filePath(QStringLiteral("empty.sqlite"));
        QFile(empty).open(QIODevice::WriteOnly);
        auto db = Database::open(empty);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db->userVersion(), Schema::currentVersion());
        auto tables = db->prepare("SELECT count(*) FROM sqlite_schema WHERE name IN "
                                  "('incident','source','incident_source','incident_fts')");
        QVERIFY(tables->step());
        QCOMPARE(tables->integer(0), 4);
    }

    // Schema 3 drops the full-text index's copy of the text (external
    // content over the view incident_fts_text). From a schema-2 file (index
    // with its own copy, one range still pending) the migration rebuilds the
    // index: every query answers as before, the pending rows included.
    void migration3FromSchema2()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
        const QStringList queries = {
            QStringLiteral("hopital"),
            QStringLiteral("rancongiciel"),
            QStringLiteral("lockbit"),
            QStringLiteral("donnees"),
            QStringLiteral("\"centre hospitalier\""),
            QStringLiteral("cyber*"),
            QStringLiteral("clinique"),
            QStringLiteral("sante"),
        };
        QMap<QString, QList<qint64>> want;
        {
            auto db = openDatabase(path, {});
            QVERIFY2(db.ok(), qPrintable(db.error()));
            // The file as schema 2 left it.
            QVERIFY(db->exec("DROP TABLE incident_fts; DROP VIEW incident_fts_text;"
                             "CREATE VIRTUAL TABLE incident_fts USING fts5("
                             " title, summary, victims, articles,"
                             " tokenize = 'unicode61 remove_diacritics 2');"
                             "PRAGMA user_version = 2;")
                        .ok());
            const char *fill =
                "INSERT INTO incident_fts (rowid, title, summary, victims, articles) "
                "SELECT i.id, i.title, i.summary, "
                "(SELECT group_concat(value, ' ; ') FROM json_each(i.victims)), "
                "(SELECT group_concat(coalesce(s.title, '') || ' ' || coalesce(s.text, ''), ' ') "
                " FROM incident_source l JOIN source s ON s.id = l.source_id "
                " WHERE l.incident_id = i.id) FROM incident i";
            QVERIFY(db->exec(fill).ok());
            for (const QString &q : queries)
                want.insert(q, search(*db, q));
            // The last rows of a bulk not indexed yet.
            QVERIFY(db->exec("DELETE FROM incident_fts WHERE rowid > 120;"
                             "INSERT INTO fts_pending VALUES (121, 138);")
                        .ok());
            QCOMPARE(countOf(*db, "SELECT count(*) FROM incident_fts_content"), 120);
        }
        int nonEmpty = 0;
        for (const QList<qint64> &ids : std::as_const(want))
            nonEmpty += ids.isEmpty() ? 0 : 1;
        QVERIFY(nonEmpty >= 6);

        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db->userVersion(), 3);
        QCOMPARE(countOf(*db, "SELECT count(*) FROM fts_pending"), 0);
        QCOMPARE(countOf(*db, "SELECT count(*) FROM sqlite_schema "
                              "WHERE name = 'incident_fts_content'"),
                 0);
        QCOMPARE(countOf(*db, "SELECT count(*) FROM incident_fts_docsize"), 138);
        QVERIFY(
            db->exec("INSERT INTO incident_fts (incident_fts) VALUES ('integrity-check')").ok());
        for (const QString &q : queries)
            QCOMPARE(search(*db, q), want.value(q));

        // Edits keep the index exact: a removed word is no longer found,
        // a removed incident leaves nothing behind.
        IncidentRepository repo(*db);
        Incident first = *repo.load(1);
        first.title = QStringLiteral("zyxwv");
        first.summary.clear();
        first.victims.clear();
        first.sources.clear();
        QVERIFY(repo.update(first).ok());
        QCOMPARE(search(*db, QStringLiteral("zyxwv")), QList<qint64>{1});
        for (const QString &q : queries)
            QVERIFY(!search(*db, q).contains(1));
        QVERIFY(repo.remove({1, 2}).ok());
        QVERIFY(search(*db, QStringLiteral("zyxwv")).isEmpty());
        QCOMPARE(countOf(*db, "SELECT count(*) FROM incident_fts_docsize"), 136);
        QVERIFY(
            db->exec("INSERT INTO incident_fts (incident_fts) VALUES ('integrity-check')").ok());
    }

    // Bound texts are read in place from the statement's own buffers, which
    // a cached statement reuses row after row: each row keeps its own value.
    void boundTextsKeepEachRow()
    {
        auto db = Database::open(QStringLiteral(":memory:"));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QVERIFY(db->exec("CREATE TABLE t (k INTEGER, a TEXT, b TEXT)").ok());
        const QStringList values = {
            QStringLiteral("Centre hospitalier sud francilien"),
            QStringLiteral("Dax"),
            QString(),
            QStringLiteral("H\u00f4pital \u00e9t\u00e9 \U0001F3E5 \u4e2d\u6587"),
            QStringLiteral(""),
            QString(5000, u'\u00e9'),
            QStringLiteral("x"),
        };
        for (int k = 0; k < values.size(); ++k) {
            Statement *ins = db->cached("INSERT INTO t (k, a, b) VALUES (?, ?, ?)");
            QVERIFY(ins);
            ins->bind(1, k).bind(2, values[k]).bindText(3, values[k]);
            QVERIFY(ins->exec().ok());
        }
        auto read = db->prepare("SELECT a, b, a IS NULL, b IS NULL FROM t ORDER BY k");
        QVERIFY(read.ok());
        for (const QString &value : values) {
            QVERIFY(read->step());
            QCOMPARE(read->text(0), value);
            QCOMPARE(read->text(1), value);
            QCOMPARE(read->integer(2), value.isNull() ? 1 : 0); // bind: null binds NULL
            QCOMPARE(read->integer(3), 0);                      // bindText: never NULL
        }
        QVERIFY(!read->step());
    }

    void reopenKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.sqlite"));
        {
            auto db = openDatabase(path, {});
            QVERIFY2(db.ok(), qPrintable(db.error()));
            QCOMPARE(IncidentRepository(*db).count(), 138);
        }
        auto db = openDatabase(path, {});
        QVERIFY(db.ok());
        QVERIFY(!db->isNew());
        QCOMPARE(IncidentRepository(*db).count(), 138);
    }

    void emptyOption()
    {
        QTemporaryDir dir;
        auto db = openDatabase(dir.filePath(QStringLiteral("e.sqlite")), {.empty = true});
        QVERIFY(db.ok());
        QCOMPARE(IncidentRepository(*db).count(), 0);
    }

    void notSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("These are my notes, not a database.\n");
        f.close();
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QStringLiteral("not an SQLite file")), qPrintable(db.error()));
        QCOMPARE(fileHash(path), before);
    }

    void corruptFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        {
            auto db = openDatabase(path, {});
            QVERIFY(db.ok());
            QVERIFY(db->exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
            QVERIFY(db->exec("PRAGMA journal_mode = DELETE").ok());
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 8192);
        // Scribble over the middle pages, keeping the header valid.
        f.seek(size / 2);
        f.write(QByteArray(4096, '\x5a'));
        f.close();
        const QByteArray before = fileHash(path);
        // Checked on demand; by default the page-by-page check runs only
        // after an unclean shutdown (corruptFileAfterCrash).
        auto db =
            Database::open(path, Database::OpenMode::ReadWrite, Database::IntegrityCheck::Always);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QStringLiteral("damaged")) ||
                     db.error().contains(QStringLiteral("malformed")),
                 qPrintable(db.error()));
        QCOMPARE(fileHash(path), before);
    }

    // A journal left beside the file means the last session did not close
    // it: the open runs the integrity check by itself.
    void corruptFileAfterCrash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        {
            auto db = openDatabase(path, {});
            QVERIFY(db.ok());
            QVERIFY(db->exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
            QVERIFY(db->exec("PRAGMA journal_mode = DELETE").ok());
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write(QByteArray(4096, '\x5a'));
        f.close();
        // A journal with content, as a crash leaves one; its zeroed header
        // makes SQLite ignore it rather than replay it.
        QFile journal(path + QStringLiteral("-journal"));
        QVERIFY(journal.open(QIODevice::WriteOnly));
        journal.write(QByteArray(512, '\0'));
        journal.close();
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QStringLiteral("damaged")) ||
                     db.error().contains(QStringLiteral("malformed")),
                 qPrintable(db.error()));
        QCOMPARE(fileHash(path), before);
    }

    // A large file closed cleanly opens without the page-by-page check (the
    // cost of a 2.5 GB file at every start); it is checked before the first
    // write, so a damaged one is still never modified.
    void largeFileCheckedBeforeFirstWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("l.sqlite"));
        {
            auto db = openDatabase(path, {});
            QVERIFY(db.ok());
            QVERIFY(db->exec("CREATE TABLE padding(x); INSERT INTO padding "
                             "VALUES (zeroblob(40 * 1024 * 1024))")
                        .ok());
        } // closed cleanly: checkpointed, the WAL deleted, the file still in WAL mode
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > Database::checkAtOpenBelowBytes);
        f.seek(f.size() / 2); // the padding's overflow pages
        f.write(QByteArray(4096, '\x5a'));
        f.close();
        const QByteArray before = fileHash(path);
        {
            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            QCOMPARE(IncidentRepository(*db).count(), 138);
            Incident first = *IncidentRepository(*db).load(1);
            first.title = QStringLiteral("edited");
            const Status s = IncidentRepository(*db).update(first);
            QVERIFY(!s.ok());
            QVERIFY2(s.error().contains(QStringLiteral("damaged")), qPrintable(s.error()));
        }
        QCOMPARE(fileHash(path), before);
    }

    void newerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("n.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(db->exec("PRAGMA user_version = 999").ok());
            QVERIFY(db->exec("PRAGMA journal_mode = DELETE").ok());
        }
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QStringLiteral("newer version of Vigie")),
                 qPrintable(db.error()));
        QCOMPARE(fileHash(path), before);
    }

    void foreignSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            // Another program's SQLite file, written without Vigie's layer.
            sqlite3 *raw = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
            QCOMPARE(sqlite3_exec(raw, "CREATE TABLE cats(name TEXT)", nullptr, nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(raw);
        }
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QStringLiteral("not a Vigie database")),
                 qPrintable(db.error()));
        QCOMPARE(fileHash(path), before);
    }

    void missingFolder()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("nope/sub/x.sqlite")));
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QStringLiteral("does not exist")), qPrintable(db.error()));
    }

    void readOnlyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        {
            auto db = openDatabase(path, {});
            QVERIFY(db.ok());
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser);
        if (QFileInfo(path).isWritable())
            QSKIP("running as root: file permissions do not apply");
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QStringLiteral("read-only")), qPrintable(db.error()));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
