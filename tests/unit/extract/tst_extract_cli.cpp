// SPDX-License-Identifier: GPL-3.0-or-later
// `vigie extract --json FILE...` as a user runs it: one line per file in
// order, every schema key, errors per file with exit code 1, no database.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

class TestExtractCli : public QObject {
    Q_OBJECT
private slots:
    void linesInOrderWithEveryKey();
    void unreadableFileIsAnErrorLine();
    void usage();
};

namespace {

QList<QJsonObject> lines(const QByteArray &out)
{
    QList<QJsonObject> result;
    for (const QByteArray &line : out.split('\n'))
        if (!line.trimmed().isEmpty())
            result.append(QJsonDocument::fromJson(line).object());
    return result;
}

} // namespace

void TestExtractCli::linesInOrderWithEveryKey()
{
    const QString a = test::sourcePath(QStringLiteral("tests/data/articles/fr_chu_lockbit.txt"));
    const QString b = test::sourcePath(QStringLiteral("tests/data/articles/en_uk_trust.txt"));
    const QString home = qEnvironmentVariable("XDG_DATA_HOME");
    const auto before = QDir(home).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size();
    const test::RunResult r =
        test::runVigie({QStringLiteral("extract"), QStringLiteral("--json"), a, b});
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> out = lines(r.out);
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0).value(QStringLiteral("file")).toString(), a);
    QCOMPARE(out.at(1).value(QStringLiteral("file")).toString(), b);
    for (const char *key :
         {"title",           "published",        "occurred",         "disclosed",   "country",
          "region",          "department",       "commune",          "victims",     "victim_kind",
          "attack_types",    "threat_actor",     "data_compromised", "data_spared", "impacts",
          "ransom_demanded", "records_affected", "sources",          "summary",     "evidence"})
        QVERIFY2(out.at(0).contains(QLatin1StringView(key)), key);
    QCOMPARE(out.at(0).value(QStringLiteral("commune")).toString(), QStringLiteral("Angers"));
    QCOMPARE(out.at(1).value(QStringLiteral("country")).toString(), QStringLiteral("GB"));
    // nothing written: no database appeared under the data directory
    QCOMPARE(QDir(home).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), before);
}

void TestExtractCli::unreadableFileIsAnErrorLine()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.txt"));
    const QString empty = dir.filePath(QStringLiteral("empty.txt"));
    QFile f(empty);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const QString good = test::sourcePath(QStringLiteral("tests/data/articles/fr_insider.txt"));
    const test::RunResult r =
        test::runVigie({QStringLiteral("extract"), QStringLiteral("--json"), missing, good, empty});
    QCOMPARE(r.exitCode, 1);
    const QList<QJsonObject> out = lines(r.out);
    QCOMPARE(out.size(), 3);
    QCOMPARE(out.at(0).value(QStringLiteral("file")).toString(), missing);
    QVERIFY(!out.at(0).value(QStringLiteral("error")).toString().isEmpty());
    QVERIFY(!out.at(1).contains(QStringLiteral("error")));
    QCOMPARE(out.at(1).value(QStringLiteral("victim_kind")).toString(), QStringLiteral("hospital"));
    QVERIFY(!out.at(2).value(QStringLiteral("error")).toString().isEmpty());
}

void TestExtractCli::usage()
{
    const test::RunResult r = test::runVigie({QStringLiteral("extract")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("usage"));
}

QTEST_GUILESS_MAIN(TestExtractCli)
#include "tst_extract_cli.moc"
