// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 2 §9 through the real binary: bad dataset files, unusable database
// files, read-only and missing locations. Each leaves the database as it was.
#include "CliTestSupport.h"
#include "db/Database.h"
#include "db/DatabaseSetup.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace vigie;
using namespace vigie::test;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

// A closed database with the bundled dataset (no -wal left beside it).
QString bundledDatabase(const QTemporaryDir &dir, const QString &name = QStringLiteral("v.sqlite"))
{
    const QString path = dir.filePath(name);
    const CliRun r = runCli({QStringLiteral("stats"), QStringLiteral("--db"), path});
    if (r.exitCode != 0)
        qWarning("creating %s failed: %s", qPrintable(path), r.err.constData());
    return path;
}

const QByteArray goodRecord = "{\"id\": \"2024-01-good\", \"title\": \"Good\", \"occurred\": "
                              "\"2024-01\", \"country\": \"FR\", "
                              "\"attack_types\": [\"ransomware\"], \"sources\": []}";

QStringList readingCommands(const QString &db)
{
    return {QStringLiteral("stats"), QStringLiteral("--db"), db};
}

} // namespace

class TestCliBadInput : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void badDatasetFile_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("not JSON") << "notes.json" << QByteArray("these are notes, not JSON {")
                                  << QByteArray("notes.json: not valid JSON at byte");
        QTest::newRow("not JSON, no suffix")
            << "notes.txt" << QByteArray("these are notes") << QByteArray("no incident found");
        QTest::newRow("an object") << "object.json" << QByteArray("{\"id\": \"a\"}")
                                   << QByteArray("expected a JSON array");
        QTest::newRow("record not an object")
            << "numbers.json" << QByteArray("[" + goodRecord + ", 42]")
            << QByteArray("record 2: not an object");
        QTest::newRow("wrong type")
            << "type.json" << QByteArray("[" + goodRecord + ", {\"id\": \"b\", \"title\": 42}]")
            << QByteArray("record 2 (b), field title: expected a string");
        QTest::newRow("wrong type, number")
            << "records.json" << QByteArray("[{\"id\": \"c\", \"records_affected\": \"many\"}]")
            << QByteArray("record 1 (c), field records_affected");
        QTest::newRow("unknown vocabulary")
            << "vocab.json"
            << QByteArray("[" + goodRecord +
                          ", {\"id\": \"d\", \"attack_types\": [\"ransomwar\"]}]")
            << QByteArray("record 2 (d), field attack_types: unknown value \"ransomwar\"");
        QTest::newRow("unknown kind")
            << "kind.json" << QByteArray("[{\"id\": \"e\", \"victim_kind\": \"clinic\"}]")
            << QByteArray("record 1 (e), field victim_kind");
        QTest::newRow("impossible date")
            << "date.json"
            << QByteArray("[" + goodRecord + ", {\"id\": \"f\", \"occurred\": \"2025-02-30\"}]")
            << QByteArray("record 2 (f), field occurred: \"2025-02-30\" is not a date");
        QTest::newRow("unknown region")
            << "region.json"
            << QByteArray("[{\"id\": \"g\", \"country\": \"FR\", \"region\": \"99\"}]")
            << QByteArray("record 1 (g), field region");
        QTest::newRow("duplicate ids")
            << "dup.json" << QByteArray("[" + goodRecord + ", " + goodRecord + "]")
            << QByteArray("record 2 (2024-01-good), field id: duplicate id");
        QTest::newRow("empty file")
            << "empty.json" << QByteArray() << QByteArray("empty.json: not valid JSON");
    }
    // A clear error naming the record and the field, exit 1, and the database
    // byte for byte as it was.
    void badDatasetFile()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, message);
        QTemporaryDir dir;
        const QString db = bundledDatabase(dir);
        const QByteArray before = fileSha256(db);
        QVERIFY(!before.isEmpty());
        const QString file = writeFile(dir, fileName, content);
        const CliRun r = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("vigie import: "), r.err.constData());
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(fileSha256(db), before);
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));
        QCOMPARE(statsOf(db).value(QLatin1String("total")).toInt(), 138);
    }

    void missingAndFolderInput()
    {
        QTemporaryDir dir;
        const QString db = bundledDatabase(dir);
        const CliRun r = runCli({QStringLiteral("import"), QStringLiteral("--db"), db,
                                 dir.filePath(QStringLiteral("nothing.json")), dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("nothing.json: no such file"), r.err.constData());
        // A folder is walked: its files are read as articles (here the database itself).
        QVERIFY2(r.err.contains("v.sqlite: not an article"), r.err.constData());
    }

    void unusableDatabase_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("message");
        for (const char *command : {"stats", "export", "import"}) {
            QTest::addRow("not sqlite, %s", command)
                << "text" << command << QByteArray("not an SQLite file");
            QTest::addRow("damaged, %s", command) << "damaged" << command << QByteArray("damaged");
            QTest::addRow("newer schema, %s", command)
                << "newer" << command << QByteArray("newer version of Vigie");
            QTest::addRow("another program's, %s", command)
                << "foreign" << command << QByteArray("not a Vigie database");
        }
    }
    // A clear message, exit 1, and the file never modified.
    void unusableDatabase()
    {
        QFETCH(QString, kind);
        QFETCH(QString, command);
        QFETCH(QByteArray, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.sqlite"));
        if (kind == QLatin1String("text")) {
            writeFile(dir, QStringLiteral("x.sqlite"), "My notes about hospitals.\n");
        } else if (kind == QLatin1String("foreign")) {
            // Another program's SQLite file, written without Vigie's layer.
            sqlite3 *raw = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
            QCOMPARE(sqlite3_exec(raw, "CREATE TABLE cats(name TEXT)", nullptr, nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(raw);
        } else {
            {
                auto db = db::openDatabase(path, {});
                QVERIFY2(db.ok(), qPrintable(db.error()));
                QVERIFY(db->exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
                QVERIFY(db->exec("PRAGMA journal_mode = DELETE").ok());
                if (kind == QLatin1String("newer"))
                    QVERIFY(db->exec("PRAGMA user_version = 999").ok());
            }
            if (kind == QLatin1String("damaged")) {
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadWrite));
                QVERIFY(f.size() > 8192);
                f.seek(f.size() / 2);
                f.write(QByteArray(4096, '\x5a'));
            }
        }
        const QByteArray before = fileSha256(path);
        QStringList arguments = {command, QStringLiteral("--db"), path};
        if (command == QLatin1String("export"))
            arguments << QStringLiteral("--format") << QStringLiteral("csv");
        if (command == QLatin1String("import"))
            arguments << writeFile(dir, QStringLiteral("good.json"), "[" + goodRecord + "]");
        const CliRun r = runCli(arguments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY2(r.err.startsWith("vigie " + command.toUtf8() + ": "), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(fileSha256(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).filter(QStringLiteral("x.sqlite")),
                 QStringList{QStringLiteral("x.sqlite")});
    }

    void missingLocation_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("stats") << "stats";
        QTest::newRow("export") << "export";
        QTest::newRow("import") << "import";
    }
    void missingLocation()
    {
        QFETCH(QString, command);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/v.sqlite"));
        QStringList arguments = {command, QStringLiteral("--db"), path};
        if (command == QLatin1String("export"))
            arguments << QStringLiteral("--format") << QStringLiteral("json");
        if (command == QLatin1String("import"))
            arguments << writeFile(dir, QStringLiteral("good.json"), "[" + goodRecord + "]");
        const CliRun r = runCli(arguments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("does not exist"), r.err.constData());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
    }

    // A database in a folder, neither of which this user may write: reading
    // commands work, import refuses with a clear message; nothing changes.
    void readOnlyDatabase()
    {
        if (const QString why = cannotRunUnprivileged(); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("cannot test permissions: ") + why));
        QTemporaryDir dir;
        const QString db = bundledDatabase(dir);
        const QString dataset = writeFile(dir, QStringLiteral("good.json"), "[" + goodRecord + "]");
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(
            QFile::setPermissions(dataset, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner |
                                                      QFile::ReadGroup | QFile::ExeGroup |
                                                      QFile::ReadOther | QFile::ExeOther));
        const QByteArray before = fileSha256(db);
        const CliOptions nobody = asNobody();

        CliRun r = runCli(readingCommands(db), nobody);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("Incidents: 138\n"), r.err.constData());

        r = runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                    QStringLiteral("--db"), db},
                   nobody);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 138);

        r = runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                    QStringLiteral("--db"), db, QStringLiteral("--out"),
                    dir.filePath(QStringLiteral("out.csv"))},
                   nobody);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Cannot write"), r.err.constData());

        r = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, dataset}, nobody);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("read-only"), r.err.constData());

        QCOMPARE(fileSha256(db), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList({QStringLiteral("good.json"), QStringLiteral("v.sqlite")}));
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    // A read-only file in a folder we may write (SQLite may put its side files
    // there): reading still works and the file is unchanged.
    void readOnlyFileWritableFolder()
    {
        if (const QString why = cannotRunUnprivileged(); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("cannot test permissions: ") + why));
        QTemporaryDir dir;
        const QString db = bundledDatabase(dir);
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777)));
        const QByteArray before = fileSha256(db);
        const CliRun r = runCli(readingCommands(db), asNobody());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("Incidents: 138\n"), r.err.constData());
        QCOMPARE(fileSha256(db), before);
    }

    // A new database in a folder this user may not write.
    void unwritableFolder()
    {
        if (const QString why = cannotRunUnprivileged(); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("cannot test permissions: ") + why));
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                      QFile::ExeOwner | QFile::ReadOther |
                                                      QFile::ExeOther));
        const QString db = dir.filePath(QStringLiteral("new.sqlite"));
        const CliRun r = runCli(readingCommands(db), asNobody());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("is not writable"), r.err.constData());
        QVERIFY(!QFile::exists(db));
    }
};

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "tst_cli_badinput.moc"
