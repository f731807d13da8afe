// SPDX-License-Identifier: GPL-3.0-or-later
// Golden test: our own articles (tests/data/articles/*.txt, written for the
// project, French, English and one German) through the readers and the
// extractor, compared with tests/data/articles/*.json.
//
// To regenerate after an intended change, run
//     VIGIE_REGENERATE_GOLDEN=1 build/ci/tests/tst_extract_golden
// then review `git diff tests/data/articles` line by line: every changed
// value must be right for the article.
#include "TestSupport.h"
#include "extract/ArticleLoader.h"
#include "extract/ExtractionJson.h"
#include "extract/Extractor.h"
#include "import/ReaderRegistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vigie;

class TestExtractGolden : public QObject {
    Q_OBJECT
private slots:
    void articles_data();
    void articles();
};

void TestExtractGolden::articles_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(test::sourcePath(QStringLiteral("tests/data/articles")));
    const QStringList files =
        dir.entryList({QStringLiteral("*.txt"), QStringLiteral("*.html")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 10);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestExtractGolden::articles()
{
    QFETCH(QString, path);
    const import::ReaderRegistry readers;
    const Result<extract::ArticleInput> article = extract::loadArticle(readers, path);
    QVERIFY2(article.ok(), qPrintable(article.error()));
    const extract::Extraction extraction = extract::Extractor().extract(article.value());
    QJsonObject got = extract::extractionToJson(extraction, article.value().text);

    // every evidence span lies in the text and quotes it
    const QJsonObject evidence = got.value(QStringLiteral("evidence")).toObject();
    for (auto it = evidence.begin(); it != evidence.end(); ++it) {
        for (const QJsonValue &v : it.value().toArray()) {
            const QJsonObject e = v.toObject();
            const qint64 start = e.value(QStringLiteral("start")).toInteger();
            const qint64 length = e.value(QStringLiteral("length")).toInteger();
            QVERIFY(start >= 0 && length > 0 && start + length <= article.value().text.size());
            QCOMPARE(e.value(QStringLiteral("text")).toString(),
                     article.value().text.mid(start, length));
        }
    }
    // the golden keeps the fields, not the offsets (readers may reflow text)
    got.remove(QStringLiteral("evidence"));
    got.insert(QStringLiteral("evidence_fields"), QJsonArray::fromStringList(evidence.keys()));

    const QString goldenPath = path.left(path.lastIndexOf(u'.')) + QStringLiteral(".json");
    if (qEnvironmentVariableIsSet("VIGIE_REGENERATE_GOLDEN")) {
        QFile out(goldenPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(got).toJson(QJsonDocument::Indented));
        return;
    }
    const QJsonObject expected = QJsonDocument::fromJson(test::readFile(goldenPath)).object();
    QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("missing golden %1").arg(goldenPath)));
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QJsonValue g = got.value(it.key());
        QVERIFY2(g == it.value(),
                 qPrintable(
                     QStringLiteral("%1: expected %2, got %3")
                         .arg(it.key(),
                              QString::fromUtf8(
                                  QJsonDocument(QJsonObject{{QStringLiteral("v"), it.value()}})
                                      .toJson(QJsonDocument::Compact)),
                              QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("v"), g}})
                                                    .toJson(QJsonDocument::Compact)))));
    }
    QCOMPARE(got.keys(), expected.keys());
}

QTEST_GUILESS_MAIN(TestExtractGolden)
#include "tst_extract_golden.moc"
