// SPDX-License-Identifier: GPL-3.0-or-later
// Each command of `vigie` run as the real binary on temporary databases.
#include "CliTestSupport.h"
#include "cli/IncidentStats.h"
#include "db/DatabaseSetup.h"
#include "db/IncidentRepository.h"
#include "model/IncidentJson.h"

#include <QJsonArray>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;
using namespace vigie::test;

namespace {

const QString fixture = QStringLiteral("export/small/incidents.json");

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out.append(QString::fromUtf8(a));
    return out;
}

// Sets are sets in the schema: their order in a file carries no meaning.
QJsonObject normalised(QJsonObject record)
{
    for (const char *key : {"attack_types", "data_compromised", "data_spared", "impacts"}) {
        const QJsonValue v = record.value(QLatin1String(key));
        if (!v.isArray())
            continue;
        QStringList names;
        for (const QJsonValue &n : v.toArray())
            names.append(n.toString());
        names.sort();
        record.insert(QLatin1String(key), QJsonArray::fromStringList(names));
    }
    return record;
}

QMap<QString, QJsonObject> recordsById(const QByteArray &json)
{
    QMap<QString, QJsonObject> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array())
        out.insert(v.toObject().value(QLatin1String("id")).toString(), normalised(v.toObject()));
    return out;
}

// A fresh database holding the small fixture, through `vigie import`.
QString fixtureDatabase(const QTemporaryDir &dir, const QString &name = QStringLiteral("f.sqlite"))
{
    const QString db = dir.filePath(name);
    const CliRun r = runCli({QStringLiteral("import"), QStringLiteral("--empty"),
                             QStringLiteral("--db"), db, testData(fixture)});
    if (r.exitCode != 0)
        qWarning("import failed: %s", r.err.constData());
    return db;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // No display at all: --help and --version must still work.
    void helpAndVersionHeadless()
    {
        CliOptions o;
        o.environment.remove(QStringLiteral("DISPLAY"));
        o.environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        o.environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const CliRun help = runCli({QStringLiteral("--help")}, o);
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"stats", "export", "import"})
            QVERIFY2(help.out.contains(QByteArray("  ") + command), help.out.constData());
        const CliRun version = runCli({QStringLiteral("--version")}, o);
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith("vigie "), version.out.constData());
    }

    void commandHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("stats") << "stats" << QByteArray("--json");
        QTest::newRow("export") << "export" << QByteArray("--separator");
        QTest::newRow("import") << "import" << QByteArray("--replace");
    }
    void commandHelp()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, mentions);
        CliOptions o;
        o.environment.remove(QStringLiteral("DISPLAY"));
        o.environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const CliRun r = runCli({command, QStringLiteral("--help")}, o);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("vigie " + command.toUtf8()), r.out.constData());
        QVERIFY(r.out.contains("--db"));
        QVERIFY(r.out.contains(mentions));
        QVERIFY(r.err.isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown option") << args({"stats", "--bogus"}) << QByteArray("bogus");
        QTest::newRow("stats argument") << args({"stats", "extra"}) << QByteArray("extra");
        QTest::newRow("no format") << args({"export"}) << QByteArray("--format is required");
        QTest::newRow("bad format")
            << args({"export", "--format", "xls"}) << QByteArray("unknown format \"xls\"");
        QTest::newRow("bad separator")
            << args({"export", "--format", "csv", "--separator", "|"}) << QByteArray("--separator");
        QTest::newRow("bom with json")
            << args({"export", "--format", "json", "--bom"}) << QByteArray("csv format only");
        QTest::newRow("no file") << args({"import"}) << QByteArray("no file to import");
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        QTemporaryDir dir;
        const CliRun r = runCli(arguments + QStringList{QStringLiteral("--db"),
                                                        dir.filePath(QStringLiteral("u.sqlite"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
        // A usage error never creates the database.
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("u.sqlite"))));
    }

    // The default database (no --db) is created with its folder and the
    // bundled dataset.
    void defaultLocation()
    {
        QTemporaryDir dir;
        CliOptions o;
        o.environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        const CliRun r = runCli({QStringLiteral("stats")}, o);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("Incidents: 138\n"), r.out.constData());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("data/Vigie/vigie/vigie.sqlite"))));
    }

    // Counts of `vigie stats --json` on the bundled dataset against the file.
    void statsMatchBundledFile()
    {
        QTemporaryDir dir;
        const QJsonObject stats = statsOf(dir.filePath(QStringLiteral("b.sqlite")));
        const QJsonArray records =
            QJsonDocument::fromJson(
                readFile(sourcePath(QStringLiteral("resources/data/incidents.json"))))
                .array();
        QCOMPARE(stats.value(QLatin1String("total")).toInt(), records.size());
        QMap<QString, int> perRegion, perCountry, perYear, perType;
        int france = 0;
        for (const QJsonValue &v : records) {
            const QJsonObject o = v.toObject();
            const QString country = o.value(QLatin1String("country")).toString();
            if (country == QLatin1String("FR")) {
                ++france;
                ++perRegion[o.value(QLatin1String("region")).toString()];
            } else {
                ++perCountry[country];
            }
            ++perYear[o.value(QLatin1String("occurred")).toString().left(4)];
            for (const QJsonValue &t : o.value(QLatin1String("attack_types")).toArray())
                ++perType[t.toString()];
        }
        QCOMPARE(stats.value(QLatin1String("france")).toInt(), france);
        int regionSum = 0;
        for (const QJsonValue &v : stats.value(QLatin1String("per_french_region")).toArray()) {
            const QJsonObject row = v.toObject();
            QCOMPARE(row.value(QLatin1String("count")).toInt(),
                     perRegion.value(row.value(QLatin1String("region")).toString()));
            regionSum += row.value(QLatin1String("count")).toInt();
        }
        QCOMPARE(regionSum, france);
        const QJsonArray countries = stats.value(QLatin1String("per_other_country")).toArray();
        QCOMPARE(countries.size(), perCountry.size());
        for (const QJsonValue &v : countries) {
            const QJsonObject row = v.toObject();
            QCOMPARE(row.value(QLatin1String("count")).toInt(),
                     perCountry.value(row.value(QLatin1String("country")).toString()));
        }
        for (const QJsonValue &v : stats.value(QLatin1String("per_year")).toArray()) {
            const QJsonObject row = v.toObject();
            const QJsonValue year = row.value(QLatin1String("year"));
            QCOMPARE(row.value(QLatin1String("count")).toInt(),
                     perYear.value(year.isNull() ? QString() : QString::number(year.toInt())));
        }
        for (const QJsonValue &v : stats.value(QLatin1String("per_attack_type")).toArray()) {
            const QJsonObject row = v.toObject();
            if (!row.value(QLatin1String("attack_type")).isNull())
                QCOMPARE(row.value(QLatin1String("count")).toInt(),
                         perType.value(row.value(QLatin1String("attack_type")).toString()));
        }
    }

    void statsText()
    {
        QTemporaryDir dir;
        const QString db = fixtureDatabase(dir);
        const CliRun r = runCli({QStringLiteral("stats"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.startsWith(QStringLiteral("Incidents: 4\n")), r.out.constData());
        // Every count sits in the same column.
        QList<qsizetype> percentColumns;
        for (const QString &line : text.split(u'\n'))
            if (line.endsWith(u'%'))
                percentColumns.append(line.size());
        QVERIFY(percentColumns.size() > 20);
        QCOMPARE(std::count(percentColumns.cbegin(), percentColumns.cend(), percentColumns.first()),
                 percentColumns.size());
        for (const char *line : {"  no date ", "    Île-de-France ", "    no region ",
                                 "    Germany (DE) ", "    no country ", "  not stated "}) {
            QVERIFY2(text.contains(QString::fromUtf8(line)), line);
        }
    }

    // The counting itself, in-process, on the fixture: the explicit "no
    // date", "no region" and "no country" lines.
    void statsCounts()
    {
        auto database = db::openDatabase(QStringLiteral(":memory:"), {.empty = true});
        QVERIFY(database.ok());
        auto incidents = incidentsFromJson(readFile(testData(fixture)));
        QVERIFY2(incidents.ok(), qPrintable(incidents.error()));
        QVERIFY(db::IncidentRepository(*database).insertAll(*incidents).ok());
        auto stats = cli::computeStats(*database);
        QVERIFY2(stats.ok(), qPrintable(stats.error()));
        const auto count = [](const QList<cli::StatsRow> &rows, const QString &key) -> qint64 {
            for (const cli::StatsRow &r : rows)
                if (r.key == key)
                    return r.count;
            return -1;
        };
        QCOMPARE(stats->total, 4);
        QCOMPARE(count(stats->perYear, QStringLiteral("2021")), 1);
        QCOMPARE(count(stats->perYear, QStringLiteral("2022")), 1);
        QCOMPARE(count(stats->perYear, QStringLiteral("2023")), 1);
        QCOMPARE(count(stats->perYear, QString()), 1);
        QCOMPARE(stats->perYear.size(), 4);
        QCOMPARE(stats->france, 2);
        QCOMPARE(count(stats->perFrenchRegion, QStringLiteral("11")), 1);
        QCOMPARE(count(stats->perFrenchRegion, QStringLiteral("94")), 0);
        QCOMPARE(count(stats->perFrenchRegion, QString()), 1);
        QCOMPARE(stats->perFrenchRegion.last().key, QString());
        QCOMPARE(count(stats->perOtherCountry, QStringLiteral("DE")), 1);
        QCOMPARE(count(stats->perOtherCountry, QString()), 1);
        QCOMPARE(count(stats->perAttackType, QStringLiteral("ransomware")), 1);
        QCOMPARE(count(stats->perAttackType, QStringLiteral("insider")), 0);
        QCOMPARE(count(stats->perAttackType, QString()), 1);
    }

    // The JSON export of the bundled dataset is the bundled file, record for
    // record (keys and set members in any order).
    void exportJsonEqualsBundledFile()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("b.sqlite"));
        const CliRun r = runCli({QStringLiteral("export"), QStringLiteral("--format"),
                                 QStringLiteral("json"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const auto exported = recordsById(r.out);
        const auto bundled =
            recordsById(readFile(sourcePath(QStringLiteral("resources/data/incidents.json"))));
        QCOMPARE(exported.size(), 138);
        QCOMPARE(exported.keys(), bundled.keys());
        for (auto it = bundled.cbegin(); it != bundled.cend(); ++it)
            QVERIFY2(exported.value(it.key()) == it.value(), qPrintable(it.key()));
        // --out writes the same bytes.
        const QString file = dir.filePath(QStringLiteral("out.json"));
        QCOMPARE(
            runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                    QStringLiteral("--db"), db, QStringLiteral("--out"), file})
                .exitCode,
            0);
        QCOMPARE(readFile(file), r.out);
    }

    // export json, import into an empty database, export again: the same bytes.
    void jsonRoundTrip()
    {
        QTemporaryDir dir;
        const QString first = fixtureDatabase(dir);
        const QString file = dir.filePath(QStringLiteral("x.json"));
        QCOMPARE(
            runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                    QStringLiteral("--db"), first, QStringLiteral("--out"), file})
                .exitCode,
            0);
        const QString second = dir.filePath(QStringLiteral("second.sqlite"));
        const CliRun imported = runCli({QStringLiteral("import"), QStringLiteral("--empty"),
                                        QStringLiteral("--db"), second, file});
        QCOMPARE(imported.exitCode, 0);
        const CliRun again = runCli({QStringLiteral("export"), QStringLiteral("--format"),
                                     QStringLiteral("json"), QStringLiteral("--db"), second});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, readFile(file));
    }

    // Golden files: tests/data/export/small/ (see the README there).
    void exportCsvGolden_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("expected");
        QTest::newRow("comma") << QStringList() << QStringLiteral("expected.csv");
        QTest::newRow("semicolon+bom")
            << args({"--separator", ";", "--bom"}) << QStringLiteral("expected-semicolon-bom.csv");
        QTest::newRow("semicolon by name+bom") << args({"--bom", "--separator", "semicolon"})
                                               << QStringLiteral("expected-semicolon-bom.csv");
    }
    void exportCsvGolden()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString db = fixtureDatabase(dir);
        const CliRun r = runCli(QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                            QStringLiteral("csv"), QStringLiteral("--db"), db} +
                                options);
        QCOMPARE(r.exitCode, 0);
        const QString golden = testData(QStringLiteral("export/small/") + expected);
        if (qEnvironmentVariableIsSet("VIGIE_REGENERATE_GOLDEN")) {
            QFile f(golden);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(r.out);
        }
        QCOMPARE(r.out, readFile(golden));
    }

    void exportToMissingFolder()
    {
        QTemporaryDir dir;
        const QString db = fixtureDatabase(dir);
        const QString out = dir.filePath(QStringLiteral("no/such/folder/x.csv"));
        const CliRun r =
            runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                    QStringLiteral("--db"), db, QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Cannot write"), r.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    void exportNeverOverwritesTheDatabase()
    {
        QTemporaryDir dir;
        const QString db = fixtureDatabase(dir);
        const QByteArray before = fileSha256(db);
        const CliRun r =
            runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                    QStringLiteral("--db"), db, QStringLiteral("--out"),
                    dir.filePath(QStringLiteral("./f.sqlite"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("the database itself"), r.err.constData());
        QCOMPARE(fileSha256(db), before);
    }

    // Standard output that cannot take the data: a clear error, not exit 0.
    void exportToFullDevice()
    {
        if (!QFile::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full on this system");
        QTemporaryDir dir;
        const QString db = fixtureDatabase(dir);
        CliOptions o;
        o.stdoutFile = QStringLiteral("/dev/full");
        const CliRun r = runCli({QStringLiteral("export"), QStringLiteral("--format"),
                                 QStringLiteral("json"), QStringLiteral("--db"), db},
                                o);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("failed"), r.err.constData());
    }

    void importReportsEachFile()
    {
        QTemporaryDir dir;
        const QString db = fixtureDatabase(dir);
        // Again: everything is already there.
        CliRun r =
            runCli({QStringLiteral("import"), QStringLiteral("--db"), db, testData(fixture)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, testData(fixture).toUtf8() + ": 4 incidents: 0 added, 4 already present\n");
        QVERIFY(r.err.isEmpty());

        // A changed record is kept as stored and reported, unless --replace.
        QJsonArray records = QJsonDocument::fromJson(readFile(testData(fixture))).array();
        QJsonObject changed = records.at(1).toObject();
        changed.insert(QStringLiteral("threat_actor"), QStringLiteral("NoName057(16)"));
        QJsonArray sources = changed.value(QLatin1String("sources")).toArray();
        QJsonObject source = sources.at(0).toObject();
        source.insert(QStringLiteral("outlet"), QStringLiteral("Another outlet"));
        sources.replace(0, source);
        changed.insert(QStringLiteral("sources"), sources);
        records.replace(1, changed);
        QJsonObject fresh = records.at(2).toObject();
        fresh.insert(QStringLiteral("id"), QStringLiteral("2021-05-new-one"));
        records.append(fresh);
        const QString file = dir.filePath(QStringLiteral("changed.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(records).toJson());
        f.close();

        r = runCli({QStringLiteral("import"), QStringLiteral("--dry-run"), QStringLiteral("--db"),
                    db, file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("1 would be added, 4 already present"), r.out.constData());
        QCOMPARE(statsOf(db).value(QLatin1String("total")).toInt(), 4);

        r = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("5 incidents: 1 added, 4 already present"), r.out.constData());
        QVERIFY2(r.err.contains("2023-ght-multi-sites"), r.err.constData());
        QVERIFY2(r.err.contains("--replace"), r.err.constData());

        r = runCli({QStringLiteral("import"), QStringLiteral("--replace"), QStringLiteral("--db"),
                    db, file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("0 added, 1 replaced, 4 already present"), r.out.constData());
        const CliRun exported = runCli({QStringLiteral("export"), QStringLiteral("--format"),
                                        QStringLiteral("json"), QStringLiteral("--db"), db});
        const auto stored = recordsById(exported.out);
        QCOMPARE(stored.size(), 5);
        // The replaced incident's old source is not left behind.
        {
            auto database = db::Database::open(db, db::Database::OpenMode::ReadOnly);
            QVERIFY2(database.ok(), qPrintable(database.error()));
            auto orphans = database->prepare("SELECT count(*) FROM source WHERE id NOT IN (SELECT "
                                             "source_id FROM incident_source)");
            QVERIFY(orphans.ok() && orphans->step());
            QCOMPARE(orphans->int64(0), 0);
        }
        QCOMPARE(stored.value(QStringLiteral("2023-ght-multi-sites"))
                     .value(QLatin1String("threat_actor"))
                     .toString(),
                 QStringLiteral("NoName057(16)"));
    }

    // Several files: each lands or fails on its own, one line each.
    void importSeveralFiles()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("m.sqlite"));
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[{\"id\": \"x\", \"occurred\": \"2025-02-30\"}]");
        f.close();
        const CliRun r = runCli({QStringLiteral("import"), QStringLiteral("--empty"),
                                 QStringLiteral("--db"), db, bad, testData(fixture)});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, testData(fixture).toUtf8() + ": 4 incidents: 4 added, 0 already present\n");
        QVERIFY2(r.err.contains("bad.json: record 1 (x), field occurred"), r.err.constData());
        QCOMPARE(statsOf(db).value(QLatin1String("total")).toInt(), 4);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
