// SPDX-License-Identifier: GPL-3.0-or-later
#include "filter/FilterSpec.h"

#include <QTest>

using namespace vigie;
using namespace vigie::filter;

Q_DECLARE_METATYPE(vigie::filter::FilterSpec)

class TestFilterSpec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<FilterSpec>("expected");
        QTest::addColumn<QString>("canonical");

        FilterSpec issue;
        issue.regions = {QStringLiteral("32"), QStringLiteral("11")};
        issue.attackTypes = {AttackType::Ransomware};
        issue.from = PartialDate::ofMonth(2022, 1);
        issue.to = PartialDate::ofMonth(2024, 12);
        issue.text = QStringLiteral("\"données de santé\"");
        QTest::newRow("issue example")
            << QStringLiteral("region=32,11;attack=ransomware;from=2022-01;to=2024-12;"
                              "q=\"\\\"données de santé\\\"\"")
            << issue
            << QStringLiteral("from=2022-01;to=2024-12;region=32,11;attack=ransomware;"
                              "q=\"\\\"données de santé\\\"\"");

        FilterSpec plain;
        plain.text = QStringLiteral("données de santé");
        QTest::newRow("quoted query") << QStringLiteral("q=\"données de santé\"") << plain
                                      << QStringLiteral("q=données de santé");

        FilterSpec all;
        all.dateField = DateField::Published;
        all.from = PartialDate::ofYear(2020);
        all.to = PartialDate::ofDay(2021, 3, 4);
        all.countries = {QStringLiteral("FR"), QStringLiteral("BE")};
        all.departments = {QStringLiteral("2A"), QStringLiteral("971")};
        all.threatActors = {QStringLiteral("Vice Society"), QStringLiteral("a;b,c")};
        all.attackTypes = {AttackType::Ddos, AttackType::Phishing};
        all.victimKinds = {VictimKind::Hospital, VictimKind::Laboratory};
        all.dataCompromised = {DataCategory::Medical};
        all.impacts = {Impact::PaperMode, Impact::CrisisPlan};
        all.ransomDemanded = false;
        all.text = QStringLiteral("secu*, hôpital");
        const QString allText =
            QStringLiteral("date=published;from=2020;to=2021-03-04;country=FR,BE;department=2A,971;"
                           "attack=ddos,phishing;kind=hospital,laboratory;data=medical;"
                           "impact=crisis_plan,paper_mode;actor=Vice Society,\"a;b,c\";ransom=no;"
                           "q=\"secu*, hôpital\"");
        QTest::newRow("every key") << allText << all << allText;

        FilterSpec spaced;
        spaced.ransomDemanded = true;
        spaced.departments = {QStringLiteral("75")};
        QTest::newRow("spaces and alias") << QStringLiteral(" dept = 75 ; ransom=yes ;") << spaced
                                          << QStringLiteral("department=75;ransom=yes");

        QTest::newRow("empty") << QString() << FilterSpec() << QString();
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(FilterSpec, expected);
        QFETCH(QString, canonical);
        const auto spec = FilterSpec::parse(text);
        QVERIFY2(spec.ok(), qPrintable(spec.error()));
        QCOMPARE(spec->toText(), expected.toText());
        QVERIFY(*spec == expected);
        QCOMPARE(spec->toText(), canonical);
        // Round trip: the printed form parses back to the same spec.
        const auto again = FilterSpec::parse(spec->toText());
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QVERIFY(*again == expected);
        QCOMPARE(spec->isEmpty(), text.isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown key")
            << QStringLiteral("region=11;colour=red") << QStringLiteral("'colour'");
        QTest::newRow("bad month")
            << QStringLiteral("from=2022-13") << QStringLiteral("'from=2022-13'");
        QTest::newRow("impossible day")
            << QStringLiteral("to=2025-02-30") << QStringLiteral("'to=2025-02-30'");
        QTest::newRow("unknown attack") << QStringLiteral("attack=ransomware,ransom")
                                        << QStringLiteral("unknown attack type 'ransom'");
        QTest::newRow("unknown kind")
            << QStringLiteral("kind=hopital") << QStringLiteral("'hopital'");
        QTest::newRow("bad ransom")
            << QStringLiteral("ransom=maybe") << QStringLiteral("'ransom=maybe'");
        QTest::newRow("no value") << QStringLiteral("region=") << QStringLiteral("'region='");
        QTest::newRow("empty item")
            << QStringLiteral("region=11,,32") << QStringLiteral("'region=11,,32'");
        QTest::newRow("no equals")
            << QStringLiteral("ransomware") << QStringLiteral("'ransomware'");
        QTest::newRow("twice") << QStringLiteral("region=11;region=32")
                               << QStringLiteral("'region' appears twice");
        QTest::newRow("quote") << QStringLiteral("q=\"santé")
                               << QStringLiteral("unterminated quote");
        QTest::newRow("reversed") << QStringLiteral("from=2024;to=2022")
                                  << QStringLiteral("'from=2024' is after 'to=2022'");
        QTest::newRow("two dates")
            << QStringLiteral("from=2020,2021") << QStringLiteral("one value");
        QTest::newRow("date field")
            << QStringLiteral("date=created") << QStringLiteral("'date=created'");
    }
    void errors()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const auto spec = FilterSpec::parse(text);
        QVERIFY(!spec.ok());
        QVERIFY2(spec.error().contains(mentions), qPrintable(spec.error()));
    }

    void dateBounds()
    {
        FilterSpec s;
        s.from = PartialDate::ofMonth(2022, 2);
        s.to = PartialDate::ofMonth(2022, 2);
        QCOMPARE(s.firstDay(), qint32(QDate(2022, 2, 1).toJulianDay()));
        QCOMPARE(s.lastDay(), qint32(QDate(2022, 2, 28).toJulianDay()));
        QVERIFY(s.hasDateRange());
    }
};

QTEST_GUILESS_MAIN(TestFilterSpec)
#include "tst_filterspec.moc"
