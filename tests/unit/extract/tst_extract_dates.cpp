// SPDX-License-Identifier: GPL-3.0-or-later
// Date expressions: absolute forms in French and English, relative ones
// resolved against the publication date (across month and year ends), and
// the dateline reader.
#include "extract/DateFinder.h"
#include "extract/TextIndex.h"

#include <QTest>

using namespace vigie;
using namespace vigie::extract;

class TestExtractDates : public QObject {
    Q_OBJECT
private slots:
    void expressions_data();
    void expressions();
    void previousWeekday_data();
    void previousWeekday();
    void futureDatesAreFlagged();
    void publication_data();
    void publication();
};

void TestExtractDates::expressions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reference"); // the publication date
    QTest::addColumn<QString>("expected");  // first date found, ISO with its precision

    // absolute, French
    QTest::newRow("fr full") << "le lundi 22 août 2022"
                             << "2022-08-25"
                             << "2022-08-22";
    QTest::newRow("fr 1er") << "depuis le 1er janvier 2017"
                            << "2021-07-17"
                            << "2017-01-01";
    QTest::newRow("fr abbrev") << "9 Sep. 2025 • 16:10"
                               << "2025-09-09"
                               << "2025-09-09";
    QTest::newRow("fr numeric") << "Publié le 22/08/2022 à 10h12"
                                << "2022-08-22"
                                << "2022-08-22";
    QTest::newRow("fr short year") << "Publié le 23/06/23 à 18h20"
                                   << "2023-06-23"
                                   << "2023-06-23";
    QTest::newRow("dotted") << "Publié: 10.12.2025, 06:00"
                            << "2025-12-10"
                            << "2025-12-10";
    QTest::newRow("iso") << "2021-07-17"
                         << "2021-07-20"
                         << "2021-07-17";
    QTest::newRow("fr day month") << "frappé jeudi 9 mars"
                                  << "2023-03-10"
                                  << "2023-03-09";
    QTest::newRow("fr day month previous year") << "le 28 décembre"
                                                << "2024-01-05"
                                                << "2023-12-28";
    QTest::newRow("fr night range") << "dans la nuit du 10 au 11 avril"
                                    << "2023-04-12"
                                    << "2023-04-10";
    QTest::newRow("fr month year") << "en décembre 2022"
                                   << "2023-10-07"
                                   << "2022-12";
    QTest::newRow("fr mid month") << "à la mi-avril"
                                  << "2024-05-02"
                                  << "2024-04";
    QTest::newRow("fr end of month") << "fin juin"
                                     << "2021-07-17"
                                     << "2021-06";
    QTest::newRow("fr month last year") << "en novembre"
                                        << "2024-02-01"
                                        << "2023-11";
    QTest::newRow("fr month dernier") << "en mars dernier"
                                      << "2023-10-07"
                                      << "2023-03";
    QTest::newRow("fr debut du mois de") << "au début du mois d'août"
                                         << "2021-08-20"
                                         << "2021-08";
    // absolute, English
    QTest::newRow("en full") << "August 22, 2022 3:04 PM ET"
                             << "2022-08-22"
                             << "2022-08-22";
    QTest::newRow("en weekday full") << "Tue, November 28, 2023"
                                     << "2023-11-28"
                                     << "2023-11-28";
    QTest::newRow("en no comma") << "May 18 2021 02:30 PM"
                                 << "2021-05-18"
                                 << "2021-05-18";
    QTest::newRow("en day first") << "10 Mar, 2023 @ 18:45"
                                  << "2023-03-10"
                                  << "2023-03-10";
    QTest::newRow("en month day") << "The attack on June 3 shut"
                                  << "2024-06-16"
                                  << "2024-06-03";
    QTest::newRow("en may is a verb") << "the data may include names"
                                      << "2024-06-16"
                                      << "";
    // relative, resolved against the reference
    QTest::newRow("hier") << "attaqué hier"
                          << "2024-03-01"
                          << "2024-02-29";
    QTest::newRow("hier year end") << "attaqué hier"
                                   << "2025-01-01"
                                   << "2024-12-31";
    QTest::newRow("yesterday") << "hit yesterday"
                               << "2023-03-01"
                               << "2023-02-28";
    QTest::newRow("ce mardi") << "ce mardi"
                              << "2022-08-23"
                              << "2022-08-23";
    QTest::newRow("lundi from wednesday") << "repérée lundi"
                                          << "2021-02-10"
                                          << "2021-02-08";
    QTest::newRow("samedi across month") << "depuis samedi soir"
                                         << "2022-12-05"
                                         << "2022-12-03";
    QTest::newRow("dimanche across year") << "depuis dimanche"
                                          << "2025-01-02"
                                          << "2024-12-29";
    QTest::newRow("night sat-sun") << "dans la nuit de samedi à dimanche"
                                   << "2022-08-22"
                                   << "2022-08-20";
    QTest::newRow("night mon-tue") << "dans la nuit de lundi à mardi"
                                   << "2021-02-10"
                                   << "2021-02-08";
    QTest::newRow("night thu-fri") << "dans la nuit de jeudi à vendredi"
                                   << "2021-04-20"
                                   << "2021-04-15";
    QTest::newRow("last thursday strict") << "last Thursday"
                                          << "2023-11-30"
                                          << "2023-11-23";
    QTest::newRow("on thursday") << "on Thursday"
                                 << "2023-11-28"
                                 << "2023-11-23";
    QTest::newRow("sunday from friday") << "on Sunday"
                                        << "2023-03-10"
                                        << "2023-03-05";
    QTest::newRow("fin de semaine derniere") << "en fin de semaine dernière"
                                             << "2025-09-09"
                                             << "2025-09-06";
    QTest::newRow("week-end dernier on monday") << "le week-end dernier"
                                                << "2022-12-05"
                                                << "2022-12-03";
    QTest::newRow("ce week-end") << "ce week-end"
                                 << "2022-12-05"
                                 << "2022-12-03";
    QTest::newRow("semaine derniere") << "la semaine dernière"
                                      << "2025-12-10"
                                      << "2025-12";
    QTest::newRow("semaine derniere across year") << "la semaine dernière"
                                                  << "2025-01-02"
                                                  << "2024-12";
    QTest::newRow("mois dernier across year") << "le mois dernier"
                                              << "2024-01-15"
                                              << "2023-12";
    QTest::newRow("last month") << "an attack carried out last month"
                                << "2024-05-06"
                                << "2024-04";
    QTest::newRow("earlier this month") << "earlier this month"
                                        << "2024-06-21"
                                        << "2024-06";
    QTest::newRow("debut du mois") << "au début du mois"
                                   << "2021-08-20"
                                   << "2021-08";
    QTest::newRow("il y a trois jours") << "il y a trois jours"
                                        << "2024-03-02"
                                        << "2024-02-28";
    QTest::newRow("two weeks ago") << "two weeks ago"
                                   << "2024-01-05"
                                   << "2023-12";
    QTest::newRow("5 days ago") << "5 days ago"
                                << "2024-01-03"
                                << "2023-12-29";
}

void TestExtractDates::expressions()
{
    QFETCH(QString, text);
    QFETCH(QString, reference);
    QFETCH(QString, expected);
    const QDate ref = QDate::fromString(reference, Qt::ISODate);
    const QList<DateMention> dates = findDates(foldText(text), ref);
    if (expected.isEmpty()) {
        QVERIFY2(dates.isEmpty(),
                 qPrintable(dates.isEmpty() ? QString() : dates.first().value.toIso()));
        return;
    }
    QVERIFY2(!dates.isEmpty(), qPrintable(text));
    QCOMPARE(dates.first().value.toIso(), expected);
}

void TestExtractDates::previousWeekday_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<int>("weekday");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<QString>("expected");
    QTest::newRow("same day") << "2024-03-14" << 4 << false << "2024-03-14";
    QTest::newRow("same day strict") << "2024-03-14" << 4 << true << "2024-03-07";
    QTest::newRow("monday from sunday") << "2024-03-17" << 1 << false << "2024-03-11";
    QTest::newRow("sunday from monday") << "2024-03-18" << 7 << false << "2024-03-17";
    QTest::newRow("across month") << "2024-03-01" << 5 << true << "2024-02-23";
    QTest::newRow("across year") << "2025-01-01" << 6 << false << "2024-12-28";
    QTest::newRow("leap day") << "2024-03-02" << 4 << false << "2024-02-29";
}

void TestExtractDates::previousWeekday()
{
    QFETCH(QString, reference);
    QFETCH(int, weekday);
    QFETCH(bool, strict);
    QFETCH(QString, expected);
    QCOMPARE(
        vigie::extract::previousWeekday(QDate::fromString(reference, Qt::ISODate), weekday, strict)
            .toString(Qt::ISODate),
        expected);
}

void TestExtractDates::futureDatesAreFlagged()
{
    // a deadline after publication is no event date
    const QList<DateMention> dates =
        findDates(foldText(QStringLiteral("au plus tard jeudi 11 février")), QDate(2021, 2, 10));
    QCOMPARE(dates.size(), 1);
    QCOMPARE(dates.first().value.toIso(), QStringLiteral("2021-02-11"));
    QVERIFY(dates.first().future);
}

void TestExtractDates::publication_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dateline")
        << "Titre\n\n9 Sep. 2025 • 16:10\n\nUne cyberattaque le 3 septembre 2025."
        << "2025-09-09";
    QTest::newRow("publie le wins over update")
        << "Titre\n\nMis à jour le 23/06/2023 à 18h45 · Publié le 22/06/2023 à 18h20\n\nTexte."
        << "2023-06-22";
    QTest::newRow("mis a jour alone") << "Titre\n\nMis à jour le lundi 22 août 2022\n\nTexte."
                                      << "2022-08-22";
    QTest::newRow("english") << "Headline\n\nAugust 22, 2022 3:04 PM ET\n\nBody."
                             << "2022-08-22";
    QTest::newRow("headline date is no dateline")
        << "Attaque dans la nuit du 6 au 7 janvier\n\nVendredi 7 janvier 2022\n\nTexte."
        << "2022-01-07";
    QTest::newRow("none") << "Titre\n\nAucune date ici."
                          << "";
}

void TestExtractDates::publication()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const TextIndex index(text);
    QCOMPARE(findPublicationDate(index).date.toIso(), expected);
}

QTEST_GUILESS_MAIN(TestExtractDates)
#include "tst_extract_dates.moc"
