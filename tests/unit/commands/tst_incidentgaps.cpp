// SPDX-License-Identifier: GPL-3.0-or-later
// fillGaps: what an article joining a stored incident fills in it, and what
// it must leave alone.
#include "commands/IncidentGaps.h"
#include "model/IncidentJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace vigie;
using namespace vigie::commands;

namespace {

// The rows are written with single quotes (moc reads no raw literals).
Incident fromJson(const QString &text)
{
    QString json = text;
    json.replace(u'\'', u'"');
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!doc.isObject())
        qFatal("bad row %s: %s", qPrintable(json), qPrintable(error.errorString()));
    auto incident = incidentFromJson(doc.object());
    if (!incident)
        qFatal("bad row %s: %s", qPrintable(json), qPrintable(incident.error()));
    return *incident;
}

QByteArray json(const Incident &incident)
{
    return QJsonDocument(incidentToJson(incident)).toJson(QJsonDocument::Compact);
}

} // namespace

class TestIncidentGaps : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fill_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("extracted");
        QTest::addColumn<QString>("expected"); // empty: the stored one unchanged
        QTest::addColumn<QStringList>("fields");
        const QStringList none;

        // Texts and single values: taken when unset, never replaced.
        QTest::newRow("threat actor filled")
            << "{'victims': ['CH Sud Francilien'], 'threat_actor': null}"
            << "{'victims': ['Centre hospitalier Sud Francilien'], 'threat_actor': 'LockBit'}"
            << "{'victims': ['CH Sud Francilien'], 'threat_actor': 'LockBit'}"
            << QStringList{"threat_actor"};
        QTest::newRow("threat actor stated kept") << "{'threat_actor': 'LockBit'}"
                                                  << "{'threat_actor': 'Rhysida'}"
                                                  << "" << none;
        QTest::newRow("records affected filled")
            << "{}"
            << "{'records_affected': 120000}"
            << "{'records_affected': 120000}" << QStringList{"records_affected"};
        QTest::newRow("records affected stated kept") << "{'records_affected': 5}"
                                                      << "{'records_affected': 7}"
                                                      << "" << none;
        QTest::newRow("victim kind filled")
            << "{}"
            << "{'victim_kind': 'hospital'}"
            << "{'victim_kind': 'hospital'}" << QStringList{"victim_kind"};
        QTest::newRow("victim kind stated kept") << "{'victim_kind': 'hospital_group'}"
                                                 << "{'victim_kind': 'hospital'}"
                                                 << "" << none;
        QTest::newRow("summary and title filled")
            << "{}"
            << "{'title': 'Attack', 'summary': 'An attack.'}"
            << "{'title': 'Attack', 'summary': 'An attack.'}" << QStringList{"title", "summary"};
        QTest::newRow("nothing extracted") << "{'threat_actor': 'LockBit'}"
                                           << "{}"
                                           << "" << none;

        // Victims: only into an empty list, never a union.
        QTest::newRow("victims into an empty list")
            << "{'victims': []}"
            << "{'victims': ['CHU de Rennes', 'CH de Vitré']}"
            << "{'victims': ['CHU de Rennes', 'CH de Vitré']}" << QStringList{"victims"};
        QTest::newRow("victims stated kept") << "{'victims': ['CHU de Rennes']}"
                                             << "{'victims': ['CH de Vitré']}"
                                             << "" << none;

        // Sets: the extracted set when unstated (null or empty), else kept whole.
        QTest::newRow("set unstated takes the extracted one")
            << "{'data_compromised': null}"
            << "{'data_compromised': ['identity', 'medical']}"
            << "{'data_compromised': ['identity', 'medical']}" << QStringList{"data_compromised"};
        QTest::newRow("empty set is unstated")
            << "{'impacts': []}"
            << "{'impacts': ['crisis_plan']}"
            << "{'impacts': ['crisis_plan']}" << QStringList{"impacts"};
        QTest::newRow("set stated kept, no union")
            << "{'attack_types': ['ransomware']}"
            << "{'attack_types': ['ransomware', 'data_theft']}"
            << "" << none;
        QTest::newRow("spared set stated kept") << "{'data_spared': ['medical']}"
                                                << "{'data_spared': ['financial']}"
                                                << "" << none;
        QTest::newRow("extracted empty set fills nothing") << "{'impacts': null}"
                                                           << "{'impacts': []}"
                                                           << "" << none;

        // Ransom.
        QTest::newRow("ransom filled")
            << "{}"
            << "{'ransom_demanded': {'amount': 10000000, 'currency': 'USD'}}"
            << "{'ransom_demanded': {'amount': 10000000, 'currency': 'USD'}}"
            << QStringList{"ransom_demanded"};
        QTest::newRow("ransom amount filled")
            << "{'ransom_demanded': {'amount': null, 'currency': null}}"
            << "{'ransom_demanded': {'amount': 10000000, 'currency': 'USD'}}"
            << "{'ransom_demanded': {'amount': 10000000, 'currency': 'USD'}}"
            << QStringList{"ransom_demanded"};
        QTest::newRow("ransom stated kept")
            << "{'ransom_demanded': {'amount': 5, 'currency': 'EUR'}}"
            << "{'ransom_demanded': {'amount': 10, 'currency': 'USD'}}"
            << "" << none;
        QTest::newRow("ransom without amount does not replace one")
            << "{'ransom_demanded': {'amount': 5, 'currency': 'EUR'}}"
            << "{'ransom_demanded': {'amount': null, 'currency': null}}"
            << "" << none;

        // Dates: filled when unset, refined within the stored period.
        QTest::newRow("date filled") << "{}"
                                     << "{'occurred': '2024-03-12'}"
                                     << "{'occurred': '2024-03-12'}" << QStringList{"occurred"};
        QTest::newRow("month refined to day")
            << "{'occurred': '2024-03'}"
            << "{'occurred': '2024-03-12'}"
            << "{'occurred': '2024-03-12'}" << QStringList{"occurred"};
        QTest::newRow("year refined to month")
            << "{'occurred': '2024'}"
            << "{'occurred': '2024-03'}"
            << "{'occurred': '2024-03'}" << QStringList{"occurred"};
        QTest::newRow("disclosed refined")
            << "{'occurred': '2024-03-01', 'disclosed': '2024-03'}"
            << "{'disclosed': '2024-03-20'}"
            << "{'occurred': '2024-03-01', 'disclosed': '2024-03-20'}" << QStringList{"disclosed"};
        QTest::newRow("day outside the stored month kept") << "{'occurred': '2024-03'}"
                                                           << "{'occurred': '2024-04-02'}"
                                                           << "" << none;
        QTest::newRow("coarser date kept") << "{'occurred': '2024-03-12'}"
                                           << "{'occurred': '2024-03'}"
                                           << "" << none;
        QTest::newRow("other day kept") << "{'occurred': '2024-03-12'}"
                                        << "{'occurred': '2024-03-13'}"
                                        << "" << none;
        QTest::newRow("published filled")
            << "{}"
            << "{'published': '2024-03-14'}"
            << "{'published': '2024-03-14'}" << QStringList{"published"};
        QTest::newRow("published not refined") << "{'published': '2024-03'}"
                                               << "{'published': '2024-03-14'}"
                                               << "" << none;

        // Place: consistent with what is stored, or not at all.
        QTest::newRow("whole place into an empty one")
            << "{}"
            << "{'country': 'FR', 'region': '11', 'department': '91', 'commune': "
               "'Corbeil-Essonnes'}"
            << "{'country': 'FR', 'region': '11', 'department': '91', 'commune': "
               "'Corbeil-Essonnes'}"
            << QStringList{"country", "region", "department", "commune"};
        QTest::newRow("department and commune within the stored region")
            << "{'country': 'FR', 'region': '11'}"
            << "{'country': 'FR', 'region': '11', 'department': '91', 'commune': "
               "'Corbeil-Essonnes'}"
            << "{'country': 'FR', 'region': '11', 'department': '91', 'commune': "
               "'Corbeil-Essonnes'}"
            << QStringList{"department", "commune"};
        QTest::newRow("department of another region")
            << "{'country': 'FR', 'region': '11'}"
            << "{'country': 'FR', 'region': '32', 'department': '59', 'commune': 'Lille'}"
            << "" << none;
        QTest::newRow("department of the stored region, region not extracted")
            << "{'country': 'FR', 'region': '53'}"
            << "{'country': 'FR', 'department': '35'}"
            << "{'country': 'FR', 'region': '53', 'department': '35'}" << QStringList{"department"};
        QTest::newRow("department of another region, region not extracted")
            << "{'country': 'FR', 'region': '53'}"
            << "{'country': 'FR', 'department': '59'}"
            << "" << none;
        QTest::newRow("region of the stored department")
            << "{'country': 'FR', 'department': '91'}"
            << "{'country': 'FR', 'region': '11'}"
            << "{'country': 'FR', 'region': '11', 'department': '91'}" << QStringList{"region"};
        QTest::newRow("region contradicting the stored department")
            << "{'country': 'FR', 'department': '91'}"
            << "{'country': 'FR', 'region': '32'}"
            << "" << none;
        QTest::newRow("commune of another department")
            << "{'country': 'FR', 'region': '11', 'department': '91'}"
            << "{'country': 'FR', 'region': '11', 'department': '92', 'commune': 'Nanterre'}"
            << "" << none;
        QTest::newRow("commune without a department to check it")
            << "{'country': 'FR', 'region': '11', 'department': '91'}"
            << "{'country': 'FR', 'region': '11', 'commune': 'Nanterre'}"
            << "" << none;
        QTest::newRow("place of another country")
            << "{'country': 'BE'}"
            << "{'country': 'FR', 'region': '11', 'department': '91', 'commune': "
               "'Corbeil-Essonnes'}"
            << "" << none;
        QTest::newRow("abroad: commune in the same region")
            << "{'country': 'US', 'region': 'California'}"
            << "{'country': 'US', 'region': 'California', 'commune': 'Los Angeles'}"
            << "{'country': 'US', 'region': 'California', 'commune': 'Los Angeles'}"
            << QStringList{"commune"};
        QTest::newRow("abroad: commune of another region")
            << "{'country': 'US', 'region': 'California'}"
            << "{'country': 'US', 'region': 'Texas', 'commune': 'Austin'}"
            << "" << none;

        // Several at once, in form order.
        QTest::newRow("several fields")
            << "{'victims': ['CH de Cannes'], 'occurred': '2024-04', 'threat_actor': null}"
            << "{'victims': ['CH Simone Veil'], 'occurred': '2024-04-16', 'threat_actor': "
               "'LockBit', 'records_affected': 61000, 'attack_types': ['ransomware']}"
            << "{'victims': ['CH de Cannes'], 'occurred': '2024-04-16', 'threat_actor': "
               "'LockBit', 'records_affected': 61000, 'attack_types': ['ransomware']}"
            << QStringList{"occurred", "attack_types", "threat_actor", "records_affected"};
    }

    void fill()
    {
        QFETCH(QString, stored);
        QFETCH(QString, extracted);
        QFETCH(QString, expected);
        QFETCH(QStringList, fields);
        const Incident before = fromJson(stored);
        const GapFill result = fillGaps(before, fromJson(extracted));
        QCOMPARE(result.fields, fields);
        QCOMPARE(result.isEmpty(), fields.isEmpty());
        QCOMPARE(json(result.incident), json(expected.isEmpty() ? before : fromJson(expected)));
    }

    // The record stays the stored one: its row, slug and articles.
    void identityAndSourcesKept()
    {
        Incident stored;
        stored.dbId = 42;
        stored.id = QStringLiteral("2024-04-ch-cannes");
        stored.sources = {
            Source{7, QStringLiteral("https://example.org/a"), {}, {}, {}, {}, {}, {}}};
        Incident extracted;
        extracted.id = QStringLiteral("other");
        extracted.threatActor = QStringLiteral("LockBit");
        extracted.sources = {
            Source{0, QStringLiteral("https://example.org/b"), {}, {}, {}, {}, {}, {}}};
        const GapFill result = fillGaps(stored, extracted);
        QCOMPARE(result.fields, QStringList{QStringLiteral("threat_actor")});
        QCOMPARE(result.incident.dbId, 42);
        QCOMPARE(result.incident.id, stored.id);
        QCOMPARE(result.incident.sources, stored.sources);
        Incident expected = stored;
        expected.threatActor = QStringLiteral("LockBit");
        QCOMPARE(result.incident, expected);
    }
};

QTEST_APPLESS_MAIN(TestIncidentGaps)
#include "tst_incidentgaps.moc"
