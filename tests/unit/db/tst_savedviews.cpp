// SPDX-License-Identifier: GPL-3.0-or-later
// Schema 2 (saved views): the migration from a version-1 database keeps its
// data, and SavedViewRepository stores, lists, renames and deletes views.
#include "db/Database.h"
#include "db/DatabaseSetup.h"
#include "db/IncidentRepository.h"
#include "db/SavedViewRepository.h"
#include "db/Schema.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace vigie;
using namespace vigie::db;

namespace {

// Runs SQL on a file with the bare SQLite API (no migration on open).
bool rawExec(const QString &path, const char *sql)
{
    sqlite3 *handle = nullptr;
    bool ok = sqlite3_open(path.toUtf8().constData(), &handle) == SQLITE_OK &&
              sqlite3_exec(handle, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(handle);
    return ok;
}

int tableCount(const Database &db, const char *name)
{
    auto q = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    q->bindText(1, QString::fromLatin1(name));
    return q->step() ? q->integer(0) : -1;
}

} // namespace

class TestSavedViews : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void currentVersionIsThree() { QCOMPARE(Schema::currentVersion(), 3); }

    // A version-1 file (migration 1 is never edited, so a current file
    // without migration 2's table, with migration 3 undone (the full-text
    // index with its own copy of the text) and with user_version 1 is exactly
    // what Vigie 1 wrote) opens as the current version with every incident
    // and its full-text index intact.
    void migratesVersion1KeepingData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        {
            auto db = openDatabase(path, {});
            QVERIFY2(db.ok(), qPrintable(db.error()));
            QCOMPARE(IncidentRepository(*db).count(), 138);
        }
        QVERIFY(rawExec(
            path, "DROP TABLE saved_view; DROP TABLE incident_fts; DROP VIEW incident_fts_text;"
                  "CREATE VIRTUAL TABLE incident_fts USING fts5(title, summary, victims, articles,"
                  " tokenize = 'unicode61 remove_diacritics 2');"
                  "INSERT INTO incident_fts (rowid, title, summary, victims, articles) "
                  "SELECT i.id, i.title, i.summary, "
                  "(SELECT group_concat(value, ' ; ') FROM json_each(i.victims)), "
                  "(SELECT group_concat(coalesce(s.title, '') || ' ' || coalesce(s.text, ''), ' ') "
                  " FROM incident_source l JOIN source s ON s.id = l.source_id "
                  " WHERE l.incident_id = i.id) FROM incident i;"
                  "PRAGMA user_version = 1;"));
        {
            auto v1 = Database::open(path, Database::OpenMode::ReadOnly);
            // A read-only open refuses an old schema rather than misread it.
            QVERIFY(!v1.ok());
            QVERIFY2(v1.error().contains(QStringLiteral("older schema")), qPrintable(v1.error()));
        }
        auto db = openDatabase(path, {});
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db->userVersion(), Schema::currentVersion());
        QVERIFY(!db->isNew());
        QCOMPARE(tableCount(*db, "saved_view"), 1);
        QCOMPARE(IncidentRepository(*db).count(), 138);
        auto fts =
            db->prepare("SELECT count(*) FROM incident_fts WHERE incident_fts MATCH 'hopital'");
        QVERIFY(fts.ok() && fts->step());
        QVERIFY(fts->integer(0) > 0);
        SavedViewRepository views(*db);
        QVERIFY(views.save(QStringLiteral("after upgrade"), QStringLiteral("region=11")).ok());
        QCOMPARE(views.list()->size(), 1);
    }

    void repository()
    {
        auto db = Database::open(QStringLiteral(":memory:"));
        QVERIFY(db.ok());
        SavedViewRepository views(*db);
        QVERIFY(views.list()->isEmpty());
        auto a = views.save(QStringLiteral("  Île-de-France "), QStringLiteral("region=11"));
        QVERIFY2(a.ok(), qPrintable(a.error()));
        auto b = views.save(QStringLiteral("attaques"), QStringLiteral("attack=ransomware"));
        QVERIFY(b.ok());
        QVERIFY(*a != *b);
        // Same name in another case: the filter is replaced, the id kept.
        auto again = views.save(QStringLiteral("ATTAQUES"), QStringLiteral("attack=ddos"));
        QVERIFY(again.ok());
        QCOMPARE(*again, *b);
        auto list = views.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        // Ordered by name, accents and case aside.
        QCOMPARE(list->at(0).name, QStringLiteral("attaques"));
        QCOMPARE(list->at(0).filter, QStringLiteral("attack=ddos"));
        QCOMPARE(list->at(1).name, QStringLiteral("Île-de-France"));
        QVERIFY(!views.save(QStringLiteral("   "), QString()).ok());
        QVERIFY(views.rename(*a, QStringLiteral("IDF")).ok());
        QVERIFY(!views.rename(*a, QStringLiteral("Attaques")).ok()); // taken
        QVERIFY(views.remove(*b).ok());
        list = views.list();
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->at(0).name, QStringLiteral("IDF"));
    }
};

QTEST_GUILESS_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
