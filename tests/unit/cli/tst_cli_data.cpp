// SPDX-License-Identifier: GPL-3.0-or-later
// `vigie export --format geojson|stix` and `vigie import` of our CSV, JSON
// and STIX through the real binary: golden files, round trips into a fresh
// database, and bad files that must leave the database untouched.
#include "CliTestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie::test;

namespace {

const QString fixture = QStringLiteral("export/small/incidents.json");

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out << QString::fromUtf8(a);
    return out;
}

QString importInto(const QString &db, const QString &file, const QStringList &extra = {})
{
    const CliRun r = runCli(QStringList{QStringLiteral("import"), QStringLiteral("--db"), db} +
                            extra + QStringList{file});
    if (r.exitCode != 0)
        return QString::fromUtf8(r.err);
    return {};
}

QByteArray exportOf(const QString &db, const QStringList &options)
{
    const CliRun r =
        runCli(QStringList{QStringLiteral("export"), QStringLiteral("--db"), db} + options);
    if (r.exitCode != 0)
        qWarning("export failed: %s", r.err.constData());
    return r.out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestCliData : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The same golden files as tests/unit/export/tst_exportformats, through
    // the database and the binary.
    void exportGolden_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("geojson") << "geojson"
                                 << "expected.geojson";
        QTest::newRow("stix") << "stix"
                              << "expected.stix.json";
    }
    void exportGolden()
    {
        QFETCH(QString, format);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("f.sqlite"));
        QCOMPARE(importInto(db, testData(fixture), {QStringLiteral("--empty")}), QString());
        QCOMPARE(exportOf(db, {QStringLiteral("--format"), format}),
                 readFile(testData(QStringLiteral("export/small/") + expected)));
    }

    // Export, import into a new database, export again: the same records.
    void roundTripThroughDatabase_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("file");
        QTest::newRow("json") << args({"--format", "json"}) << "x.json";
        QTest::newRow("csv") << args({"--format", "csv"}) << "x.csv";
        QTest::newRow("csv ; bom")
            << args({"--format", "csv", "--separator", ";", "--bom"}) << "x.csv";
        QTest::newRow("csv tab, no extension")
            << args({"--format", "csv", "--separator", "tab"}) << "export";
        QTest::newRow("stix") << args({"--format", "stix"}) << "bundle.json";
    }
    void roundTripThroughDatabase()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first.sqlite"));
        QCOMPARE(importInto(first, testData(fixture), {QStringLiteral("--empty")}), QString());
        const QString path = dir.filePath(file);
        QVERIFY(writeFile(path, exportOf(first, options)));
        const QString second = dir.filePath(QStringLiteral("second.sqlite"));
        QCOMPARE(importInto(second, path, {QStringLiteral("--empty")}), QString());
        const QByteArray before =
            exportOf(first, {QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(before.startsWith("[\n"));
        QCOMPARE(exportOf(second, {QStringLiteral("--format"), QStringLiteral("json")}), before);
        // Importing the same file again changes nothing.
        const CliRun again =
            runCli({QStringLiteral("import"), QStringLiteral("--db"), second, path});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("0 added, 4 already present"), again.out.constData());
    }

    // A bad file: a clear message, exit 1, the database as it was.
    void badFileWritesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated bundle")
            << "b.json" << QByteArray("{\n    \"id\": \"bundle--1\",\n    \"objects\": [\n {")
            << "not valid JSON at byte";
        QTest::newRow("csv incomplete header")
            << "x.csv" << QByteArray("id,title,published,occurred\r\na,b,,\r\n")
            << "column \"disclosed\" is missing";
        QTest::newRow("csv in Latin-1")
            << "x.csv" << QByteArray("id,title,published,\r\n\xe9,\r\n") << "not UTF-8 text";
    }
    void badFileWritesNothing()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("f.sqlite"));
        QCOMPARE(importInto(db, testData(fixture), {QStringLiteral("--empty")}), QString());
        const QByteArray before =
            exportOf(db, {QStringLiteral("--format"), QStringLiteral("json")});
        const QString path = dir.filePath(name);
        QVERIFY(writeFile(path, content));
        const CliRun r = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QCOMPARE(exportOf(db, {QStringLiteral("--format"), QStringLiteral("json")}), before);
    }

    // A full CSV with one record one field short fails as a whole.
    void csvShortRecordWritesNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("f.sqlite"));
        QCOMPARE(importInto(db, testData(fixture), {QStringLiteral("--empty")}), QString());
        QByteArray csv = exportOf(db, {QStringLiteral("--format"), QStringLiteral("csv")});
        csv.replace("2021-05-uniklinik-beispiel", "2021-05-other");
        csv.replace(",Freiburg im Breisgau,", ",");
        const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
        const QString path = dir.filePath(QStringLiteral("short.csv"));
        QVERIFY(writeFile(path, csv));
        const CliRun r = runCli({QStringLiteral("import"), QStringLiteral("--empty"),
                                 QStringLiteral("--db"), empty, path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("line 5: expected 28 fields, found 27"), r.err.constData());
        QCOMPARE(exportOf(empty, {QStringLiteral("--format"), QStringLiteral("json")}),
                 QByteArray("[\n]\n"));
    }

    void foreignStixReportsWhatItSkipped()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("f.sqlite"));
        const CliRun r =
            runCli({QStringLiteral("import"), QStringLiteral("--empty"), QStringLiteral("--db"), db,
                    testData(QStringLiteral("import/stix-foreign/bundle.json"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("1 incident: 1 added"), r.out.constData());
        QVERIFY2(r.err.contains("of type course-of-action"), r.err.constData());
    }

    void geojsonAreasAndFilter()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("f.sqlite"));
        QCOMPARE(importInto(db, testData(fixture), {QStringLiteral("--empty")}), QString());
        const QByteArray regions =
            exportOf(db, args({"--format", "geojson", "--areas", "--area-level", "region",
                               "--filter", "attack=ransomware"}));
        QVERIFY2(regions.contains("\"level\":\"region\",\"type\":\"FeatureCollection\","
                                  "\"unlocated_incidents\":0"),
                 regions.left(200).constData());
        QVERIFY(regions.contains("\"code\":\"11\",\"incidents\":1,"));
        const QByteArray points =
            exportOf(db, args({"--format", "geojson", "--filter", "country=DE"}));
        QCOMPARE(points.count("\"type\":\"Feature\""), 1);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("areas with csv")
            << args({"--format", "csv", "--areas"}) << "apply to the geojson format only";
        QTest::newRow("level without areas")
            << args({"--format", "geojson", "--area-level", "region"})
            << "--area-level needs --areas";
        QTest::newRow("bad level")
            << args({"--format", "geojson", "--areas", "--area-level", "canton"})
            << "--area-level takes region, department or country";
    }
    void usageErrors()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("f.sqlite"));
        QCOMPARE(importInto(db, testData(fixture), {QStringLiteral("--empty")}), QString());
        const CliRun r =
            runCli(QStringList{QStringLiteral("export"), QStringLiteral("--db"), db} + options);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliData)
#include "tst_cli_data.moc"
