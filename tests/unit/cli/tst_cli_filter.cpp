// SPDX-License-Identifier: GPL-3.0-or-later
// `vigie export --filter` and `vigie stats --filter`, through the real
// binary: exactly the filtered set the window shows (FilterQuery), and bad
// filter text is a usage error naming the bad clause.
#include "CliTestSupport.h"

#include "db/DatabaseSetup.h"
#include "filter/FilterQuery.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;
using namespace vigie::test;

namespace {

// The slugs of a JSON export.
QSet<QString> exportedSlugs(const QByteArray &json)
{
    QSet<QString> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array())
        out.insert(v.toObject().value(QLatin1String("id")).toString());
    return out;
}

// The slugs FilterQuery selects: what the GUI shows for the same text.
QSet<QString> expectedSlugs(const QString &dbPath, const QString &filter)
{
    QSet<QString> out;
    auto db = db::openDatabase(dbPath);
    if (!db)
        return out;
    auto ids = filter::FilterQuery::incidentIds(*db, filter);
    if (!ids)
        return out;
    auto q = db->prepare("SELECT slug FROM incident WHERE id = ?1");
    for (qint64 id : std::as_const(*ids)) {
        q->bind(1, id);
        if (q->step())
            out.insert(q->text(0));
        q->reset();
    }
    return out;
}

} // namespace

class TestCliFilter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("bundled.sqlite"));
        // Creates the database with the bundled dataset (138 incidents).
        const CliRun r = runCli({QStringLiteral("stats"), QStringLiteral("--db"), m_db});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void exportFiltered_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("expected"); // from the bundled JSON file; -1: just non-empty
        QTest::newRow("region") << QStringLiteral("region=11") << 8;
        QTest::newRow("attack") << QStringLiteral("attack=ransomware") << 69;
        QTest::newRow("region and attack") << QStringLiteral("region=11;attack=ransomware") << 3;
        QTest::newRow("dates") << QStringLiteral("from=2022-01;to=2022-12") << -1;
        // "hopital" finds the titles that say "Hôpital".
        QTest::newRow("accents folded") << QStringLiteral("q=hopital") << -1;
        QTest::newRow("accented query") << QStringLiteral("q=HÔPITAL") << -1;
        QTest::newRow("nothing") << QStringLiteral("region=11;country=DE") << 0;
        QTest::newRow("empty filter") << QString() << 138;
    }

    void exportFiltered()
    {
        QFETCH(QString, filter);
        QFETCH(int, expected);
        const CliRun r =
            runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                    QStringLiteral("--db"), m_db, QStringLiteral("--filter"), filter});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QSet<QString> slugs = exportedSlugs(r.out);
        if (expected >= 0)
            QCOMPARE(slugs.size(), expected);
        else
            QVERIFY(!slugs.isEmpty());
        QCOMPARE(slugs, expectedSlugs(m_db, filter));
        if (filter.isEmpty())
            return;

        // stats counts the same set.
        const CliRun s = runCli({QStringLiteral("stats"), QStringLiteral("--json"),
                                 QStringLiteral("--db"), m_db, QStringLiteral("--filter"), filter});
        QVERIFY2(s.exitCode == 0, s.err.constData());
        const QJsonObject stats = QJsonDocument::fromJson(s.out).object();
        QCOMPARE(stats.value(QLatin1String("total")).toInteger(), slugs.size());
    }

    // Every exported record of a region filter is in that region; the CSV
    // export honours the filter too.
    void exportRecordsMatch()
    {
        const CliRun r = runCli({QStringLiteral("export"), QStringLiteral("--format"),
                                 QStringLiteral("json"), QStringLiteral("--db"), m_db,
                                 QStringLiteral("--filter"), QStringLiteral("region=84")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray records = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(records.size(), 8);
        for (const QJsonValue &v : records)
            QCOMPARE(v.toObject().value(QLatin1String("region")).toString(), QStringLiteral("84"));
        const CliRun csv = runCli({QStringLiteral("export"), QStringLiteral("--format"),
                                   QStringLiteral("csv"), QStringLiteral("--db"), m_db,
                                   QStringLiteral("--filter"), QStringLiteral("region=84")});
        QCOMPARE(csv.exitCode, 0);
        // A header line and one line per incident (no field of this set
        // holds a line break).
        QCOMPARE(csv.out.trimmed().split('\n').size(), 1 + 8);
    }

    void statsFilteredText()
    {
        const CliRun r = runCli({QStringLiteral("stats"), QStringLiteral("--db"), m_db,
                                 QStringLiteral("--filter"), QStringLiteral("region=11")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("8"), r.out.constData());
        const CliRun j =
            runCli({QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--db"), m_db,
                    QStringLiteral("--filter"), QStringLiteral("region=11")});
        const QJsonObject stats = QJsonDocument::fromJson(j.out).object();
        QCOMPARE(stats.value(QLatin1String("total")).toInteger(), 8);
    }

    void badFilter_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("named"); // the part the message must name
        for (const QString &command : {QStringLiteral("export"), QStringLiteral("stats")}) {
            const QByteArray c = command.toUtf8();
            QTest::newRow(c + " bad month")
                << command << QStringLiteral("from=2022-13") << QStringLiteral("from=2022-13");
            QTest::newRow(c + " unknown type")
                << command << QStringLiteral("region=11;attack=ransom")
                << QStringLiteral("attack=ransom");
            QTest::newRow(c + " unknown key")
                << command << QStringLiteral("colour=red") << QStringLiteral("colour");
            QTest::newRow(c + " unterminated quote")
                << command << QStringLiteral("q=\"plan blanc") << QStringLiteral("q=");
        }
    }

    void badFilter()
    {
        QFETCH(QString, command);
        QFETCH(QString, filter);
        QFETCH(QString, named);
        QStringList args = {command, QStringLiteral("--db"), m_db, QStringLiteral("--filter"),
                            filter};
        if (command == u"export")
            args << QStringLiteral("--format") << QStringLiteral("json");
        const CliRun r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(QStringLiteral("--filter")), qPrintable(err));
        QVERIFY2(err.contains(named), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestCliFilter)
#include "tst_cli_filter.moc"
