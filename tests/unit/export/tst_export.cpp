// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV and JSON writers, in-process.
#include "ExportTestSupport.h"
#include "TestSupport.h"
#include "export/CsvWriter.h"
#include "export/ExportFormats.h"
#include "export/JsonWriter.h"
#include "model/IncidentJson.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;
using namespace vigie::exporting;

namespace {

using test::exported;
using test::fixture;
using test::testData;

} // namespace

class TestExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void quoting_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QChar>("separator");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "CHU de Rennes" << QChar(u',') << "CHU de Rennes";
        QTest::newRow("empty") << "" << QChar(u',') << "";
        QTest::newRow("comma") << "Rennes, Brest" << QChar(u',') << "\"Rennes, Brest\"";
        QTest::newRow("quote") << "le \"CH\"" << QChar(u',') << "\"le \"\"CH\"\"\"";
        QTest::newRow("newline") << "a\nb" << QChar(u',') << "\"a\nb\"";
        QTest::newRow("carriage return") << "a\rb" << QChar(u',') << "\"a\rb\"";
        QTest::newRow("semicolon, comma mode") << "a;b" << QChar(u',') << "a;b";
        QTest::newRow("semicolon, semicolon mode") << "a;b" << QChar(u';') << "\"a;b\"";
        QTest::newRow("comma, semicolon mode") << "a,b" << QChar(u';') << "a,b";
        QTest::newRow("tab mode") << "a\tb" << QChar(u'\t') << "\"a\tb\"";
    }
    void quoting()
    {
        QFETCH(QString, field);
        QFETCH(QChar, separator);
        QFETCH(QString, expected);
        ExportOptions options;
        options.separator = separator;
        QCOMPARE(CsvWriter(options).quoted(field), expected);
    }

    void joinList_data()
    {
        QTest::addColumn<QStringList>("items");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << QStringList() << "";
        QTest::newRow("one") << QStringList{"CHU"} << "CHU";
        QTest::newRow("two") << QStringList{"CH A", "CH B"} << "CH A;CH B";
        QTest::newRow("empty item kept") << QStringList{"a", "", "b"} << "a;;b";
        QTest::newRow("semicolon escaped") << QStringList{"a;b", "c"} << "a\\;b;c";
        QTest::newRow("backslash escaped") << QStringList{"a\\b"} << "a\\\\b";
    }
    void joinList()
    {
        QFETCH(QStringList, items);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::joinList(items), expected);
    }

    // Ransom: absent, demanded without an amount, amounts never in exponent form.
    void ransomCells_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QStringList>("cells"); // demanded, amount, currency
        QTest::newRow("not mentioned") << "null" << QStringList{"", "", ""};
        QTest::newRow("no amount")
            << "{\"amount\": null, \"currency\": null}" << QStringList{"true", "", ""};
        QTest::newRow("bitcoin") << "{\"amount\": 0.5, \"currency\": \"BTC\"}"
                                 << QStringList{"true", "0.5", "BTC"};
        QTest::newRow("ten million") << "{\"amount\": 10000000, \"currency\": \"USD\"}"
                                     << QStringList{"true", "10000000", "USD"};
        QTest::newRow("cents") << "{\"amount\": 1234.25, \"currency\": \"eur\"}"
                               << QStringList{"true", "1234.25", "EUR"};
    }
    void ransomCells()
    {
        QFETCH(QString, json);
        QFETCH(QStringList, cells);
        const QByteArray record = "[{\"id\": \"r\", \"ransom_demanded\": " + json.toUtf8() + "}]";
        auto incidents = incidentsFromJson(record);
        QVERIFY2(incidents.ok(), qPrintable(incidents.error()));
        const QStringList row = CsvWriter::cells(incidents->first());
        const QStringList columns = CsvWriter::columns();
        QCOMPARE(row.size(), columns.size());
        QCOMPARE(row.at(columns.indexOf(QStringLiteral("ransom_demanded"))), cells.at(0));
        QCOMPARE(row.at(columns.indexOf(QStringLiteral("ransom_amount"))), cells.at(1));
        QCOMPARE(row.at(columns.indexOf(QStringLiteral("ransom_currency"))), cells.at(2));
    }

    // Every schema key has its column (region and department also by name,
    // ransom split, sources as parallel lists with their count).
    void columnsCoverTheSchema()
    {
        const QStringList columns = CsvWriter::columns();
        QCOMPARE(QStringList(columns).removeDuplicates(), 0);
        const QJsonObject record = incidentToJson(Incident{});
        for (const QString &key : record.keys()) {
            if (key == QLatin1String("ransom_demanded") || key == QLatin1String("sources"))
                continue;
            QVERIFY2(columns.contains(key), qPrintable(key));
        }
        for (const char *c : {"ransom_demanded", "ransom_amount", "ransom_currency", "source_count",
                              "source_urls", "source_outlets", "source_published",
                              "source_languages", "region_name", "department_name"})
            QVERIFY2(columns.contains(QLatin1String(c)), c);
    }

    // The writer alone gives the golden files that `vigie export` gives
    // through the database (tests/unit/cli), so the database loses nothing.
    void csvGolden_data()
    {
        QTest::addColumn<QChar>("separator");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<QString>("expected");
        QTest::newRow("comma") << QChar(u',') << false << "expected.csv";
        QTest::newRow("semicolon+bom") << QChar(u';') << true << "expected-semicolon-bom.csv";
    }
    void csvGolden()
    {
        QFETCH(QChar, separator);
        QFETCH(bool, bom);
        QFETCH(QString, expected);
        const QList<Incident> incidents = fixture();
        QCOMPARE(incidents.size(), 4);
        ExportOptions options;
        options.separator = separator;
        options.byteOrderMark = bom;
        QCOMPARE(exported(QStringLiteral("csv"), incidents, options),
                 test::readFile(testData(QStringLiteral("export/small/") + expected)));
    }

    void csvEmpty()
    {
        const QByteArray out = exported(QStringLiteral("csv"), {});
        QCOMPARE(out, CsvWriter::columns().join(u',').toUtf8() + "\r\n");
    }

    // Streaming one record at a time gives what QJsonDocument gives for the
    // whole array.
    void jsonStreamEqualsDocument_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("none") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("all") << 4;
    }
    void jsonStreamEqualsDocument()
    {
        QFETCH(int, count);
        const QList<Incident> incidents = fixture().mid(0, count);
        QJsonArray array;
        for (const Incident &i : incidents)
            array.append(incidentToJson(i));
        QCOMPARE(exported(QStringLiteral("json"), incidents), QJsonDocument(array).toJson());
        // And it reads back as the same incidents.
        auto back = incidentsFromJson(exported(QStringLiteral("json"), incidents));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back.value(), incidents);
    }

    void formats()
    {
        QVERIFY(findExportFormat(QStringLiteral("csv")));
        QVERIFY(findExportFormat(QStringLiteral("JSON")));
        QVERIFY(!findExportFormat(QStringLiteral("xls")));
        for (const ExportFormat &f : exportFormats())
            QVERIFY(!f.description.isEmpty());
    }

    // A failed export leaves an existing file as it was (QSaveFile).
    void fileIsReplacedAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous export\n");
        old.close();
        ExportOptions bad;
        bad.separator = u'x'; // refused by the CSV writer once writing has begun
        const Status failed =
            exportToFile(path, *findExportFormat(QStringLiteral("csv")), bad, fixture());
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().contains(path), qPrintable(failed.error()));
        QCOMPARE(test::readFile(path), QByteArray("previous export\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("out.csv")});

        QVERIFY(exportToFile(path, *findExportFormat(QStringLiteral("csv")), {}, fixture()).ok());
        QCOMPARE(test::readFile(path),
                 test::readFile(testData(QStringLiteral("export/small/expected.csv"))));
    }

    void fileInMissingFolder()
    {
        QTemporaryDir dir;
        const Status s = exportToFile(dir.filePath(QStringLiteral("none/out.json")),
                                      *findExportFormat(QStringLiteral("json")), {}, fixture());
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("none/out.json")), qPrintable(s.error()));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
