// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "import/DatasetReader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vigie;
using namespace vigie::import;

class TestDatasetReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void canRead_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<bool>("expected");
        QTest::newRow("array") << QByteArray("[\n  {") << "x.dat" << true;
        QTest::newRow("array after BOM and spaces")
            << QByteArray("\xEF\xBB\xBF \r\n[") << "" << true;
        QTest::newRow("json by name") << QByteArray("not even json") << "notes.JSON" << true;
        QTest::newRow("html") << QByteArray("<!DOCTYPE html>") << "page.html" << false;
        QTest::newRow("text") << QByteArray("Le CHU de Rennes") << "article.txt" << false;
        QTest::newRow("pdf") << QByteArray("%PDF-1.7") << "report.pdf" << false;
        QTest::newRow("empty") << QByteArray() << "x" << false;
    }
    void canRead()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, fileName);
        QFETCH(bool, expected);
        QCOMPARE(DatasetReader::canRead(head, fileName), expected);
    }

    void readsBundledDataset()
    {
        auto incidents = DatasetReader().readFile(
            test::sourcePath(QStringLiteral("resources/data/incidents.json")));
        QVERIFY2(incidents.ok(), qPrintable(incidents.error()));
        QCOMPARE(incidents->size(), 138);
    }

    void acceptsByteOrderMark()
    {
        auto incidents = DatasetReader().read("\xEF\xBB\xBF[{\"id\": \"a\", \"title\": \"T\"}]");
        QVERIFY2(incidents.ok(), qPrintable(incidents.error()));
        QCOMPARE(incidents->first().title, QStringLiteral("T"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("nope") << "not valid JSON at byte ";
        QTest::newRow("object") << QByteArray("{}") << "expected a JSON array of incident records";
        QTest::newRow("wrong type") << QByteArray("[{\"id\": \"a\", \"victims\": \"CHU\"}]")
                                    << "record 1 (a), field victims: expected a list of strings";
        QTest::newRow("unknown impact")
            << QByteArray("[{\"id\": \"a\"}, {\"impacts\": [\"chaos\"]}]")
            << "record 2, field impacts: unknown value \"chaos\"";
        QTest::newRow("impossible date")
            << QByteArray("[{\"id\": \"a\", \"disclosed\": \"2025-02-30\"}]")
            << "record 1 (a), field disclosed: \"2025-02-30\" is not a date";
        QTest::newRow("duplicate")
            << QByteArray("[{\"id\": \"a\"}, {\"id\": \"b\"}, {\"id\": \"a\"}]")
            << "record 3 (a), field id: duplicate id";
    }
    void errors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        auto incidents = DatasetReader().read(content);
        QVERIFY(!incidents.ok());
        QVERIFY2(incidents.error().startsWith(message), qPrintable(incidents.error()));
    }

    void fileErrorsNameTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[{\"id\": \"x\", \"country\": \"France\"}]");
        f.close();
        auto incidents = DatasetReader().readFile(path);
        QVERIFY(!incidents.ok());
        QCOMPARE(incidents.error(),
                 path + QStringLiteral(": record 1 (x), field country: \"FRANCE\" is "
                                       "not an ISO 3166-1 alpha-2 code"));
        auto missing = DatasetReader().readFile(dir.filePath(QStringLiteral("none.json")));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().startsWith(dir.filePath(QStringLiteral("none.json"))),
                 qPrintable(missing.error()));
    }
};

QTEST_GUILESS_MAIN(TestDatasetReader)
#include "tst_datasetreader.moc"
