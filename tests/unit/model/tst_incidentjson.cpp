// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/IncidentJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace vigie;

class TestIncidentJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fullRecordRoundTrip()
    {
        const QByteArray json =
            "[{"
            "            \"id\": \"2022-08-chsf-corbeil-essonnes\", \"title\": \"Ransomware at "
            "CHSF\","
            "            \"published\": \"2022-08-22\", \"occurred\": \"2022-08-20\", "
            "\"disclosed\": \"2022-08\","
            "            \"country\": \"FR\", \"region\": \"11\", \"department\": \"91\", "
            "\"commune\": \"Corbeil-Essonnes\","
            "            \"victims\": [\"Centre hospitalier Sud Francilien\"], \"victim_kind\": "
            "\"hospital\","
            "            \"attack_types\": [\"ransomware\", \"data_theft\"], \"threat_actor\": "
            "\"LockBit\","
            "            \"data_compromised\": [\"identity\", \"medical\"], \"data_spared\": [],"
            "            \"impacts\": [\"care_disrupted\", \"patients_diverted\"],"
            "            \"ransom_demanded\": {\"amount\": 10000000, \"currency\": \"USD\"},"
            "            \"records_affected\": 1400000,"
            "            \"sources\": [{\"url\": \"https://example.org/a\", \"outlet\": "
            "\"Example\", \"published\": \"2022-08\", \"language\": \"fr\"}],"
            "            \"summary\": \"A summary.\""
            "        }]";
        auto list = incidentsFromJson(json);
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QCOMPARE(list->size(), 1);
        const Incident &i = list->first();
        QCOMPARE(i.occurred.toIso(), QStringLiteral("2022-08-20"));
        QCOMPARE(i.disclosed.precision(), PartialDate::Precision::Month);
        QVERIFY(i.dataSpared.has_value());
        QVERIFY(i.dataSpared->isEmpty());
        QVERIFY(i.attackTypes->contains(AttackType::DataTheft));
        QCOMPARE(*i.ransom->amount, 10000000.0);
        QCOMPARE(i.sources.first().published.toIso(), QStringLiteral("2022-08"));

        // Writing and reading again gives the same record.
        const QJsonObject written = incidentToJson(i);
        auto back = incidentFromJson(written);
        QVERIFY(back.ok());
        QCOMPARE(*back, i);
        QCOMPARE(written.value(QStringLiteral("data_spared")).toArray().size(), 0);
    }

    void nullsStayNull()
    {
        auto i = incidentFromJson(QJsonObject{{QStringLiteral("country"), QStringLiteral("BE")}});
        QVERIFY(i.ok());
        QVERIFY(!i->attackTypes);
        QVERIFY(!i->ransom);
        const QJsonObject o = incidentToJson(*i);
        QVERIFY(o.value(QStringLiteral("impacts")).isNull());
        QVERIFY(o.value(QStringLiteral("ransom_demanded")).isNull());
        QVERIFY(o.contains(QStringLiteral("records_affected")));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{oops") << "not valid JSON";
        QTest::newRow("not array") << QByteArray("{}") << "expected a JSON array";
        QTest::newRow("impossible date")
            << QByteArray("[{\"id\":\"a\",\"occurred\":\"2025-02-30\"}]")
            << "record 1 (a), field occurred";
        QTest::newRow("wrong type")
            << QByteArray("[{\"id\":\"a\"},{\"id\":\"b\",\"victims\":\"CHU\"}]")
            << "record 2 (b), field victims";
        QTest::newRow("unknown vocabulary")
            << QByteArray("[{\"id\":\"a\",\"attack_types\":[\"ransomware\",\"zombies\"]}]")
            << "unknown value \"zombies\"";
        QTest::newRow("unknown kind")
            << QByteArray("[{\"id\":\"a\",\"victim_kind\":\"castle\"}]") << "field victim_kind";
        QTest::newRow("duplicate id")
            << QByteArray("[{\"id\":\"a\"},{\"id\":\"a\"}]") << "duplicate id";
        QTest::newRow("bad region")
            << QByteArray("[{\"id\":\"a\",\"country\":\"FR\",\"region\":\"99\"}]")
            << "field region";
        QTest::newRow("department outside region")
            << QByteArray(
                   "[{\"id\":\"a\",\"country\":\"FR\",\"region\":\"11\",\"department\":\"59\"}]")
            << "not in region 11";
        QTest::newRow("negative records")
            << QByteArray("[{\"id\":\"a\",\"records_affected\":-3}]") << "field records_affected";
        QTest::newRow("disclosed before")
            << QByteArray("[{\"id\":\"a\",\"occurred\":\"2022-08\",\"disclosed\":\"2022-07-01\"}]")
            << "field disclosed";
    }
    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto list = incidentsFromJson(json);
        QVERIFY(!list.ok());
        QVERIFY2(list.error().contains(expected), qPrintable(list.error()));
    }
};

QTEST_GUILESS_MAIN(TestIncidentJson)
#include "tst_incidentjson.moc"
