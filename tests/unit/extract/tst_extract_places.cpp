// SPDX-License-Identifier: GPL-3.0-or-later
// Place resolution through the extractor and the embedded gazetteer:
// institution names, department hints, explicit locations, communes that
// are ordinary words, incidents mentioned in passing, towns abroad.
#include "extract/Extractor.h"

#include <QTest>

using namespace vigie;
using namespace vigie::extract;

class TestExtractPlaces : public QObject {
    Q_OBJECT
private slots:
    void places_data();
    void places();
    void degenerateInputs_data();
    void degenerateInputs();
};

void TestExtractPlaces::places_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // country|region|department|commune|first victim|kind

    QTest::newRow("chu name") << "Le CHU de Rennes visé par une cyberattaque\n\n23 juin 2023\n\n"
                                 "Le CHU de Rennes a subi une cyberattaque mercredi."
                              << "FR|53|35|Rennes|CHU de Rennes|university_hospital";
    QTest::newRow("ch acronym and hint")
        << "Cyberattaque au CH de Dax (Landes)\n\n10 février 2021\n\n"
           "Le CH de Dax a été frappé dans la nuit de lundi à mardi."
        << "FR|75|40|Dax|CH de Dax|hospital";
    QTest::newRow("explicit location wins")
        << "Le centre hospitalier de Versailles attaqué\n\n5 décembre 2022\n\n"
           "Le centre hospitalier de Versailles, installé au Chesnay-Rocquencourt "
           "(Yvelines), subit une cyberattaque depuis samedi."
        << "FR|11|78|Le Chesnay-Rocquencourt|centre hospitalier de Versailles|hospital";
    QTest::newRow("department named like the region")
        << "Le CHU de La Réunion visé par une cyberattaque\n\n8 février 2023\n\nLe CHU de La "
           "Réunion est la cible "
           "d'une cyberattaque."
        << "FR|04|974||CHU de La Réunion|university_hospital";
    QTest::newRow("region only")
        << "Piratage des hôpitaux\n\n9 septembre 2025\n\nUne cyberattaque a frappé les "
           "serveurs partagés par les centres hospitaliers des Hauts-de-France, selon l'ARS."
        << "FR|32|||centres hospitaliers des Hauts-de-France|hospital_group";
    QTest::newRow("passing mention loses")
        << "L'hôpital d'Oloron-Sainte-Marie paralysé\n\n9 mars 2021\n\nL'hôpital "
           "d'Oloron-Sainte-Marie "
           "(Pyrénées-Atlantiques) a été frappé par une cyberattaque ce lundi. Un scénario déjà "
           "vécu en février "
           "par les hôpitaux de Dax et de Villefranche-sur-Saône."
        << "FR|75|64|Oloron-Sainte-Marie|hôpital d'Oloron-Sainte-Marie|hospital";
    QTest::newRow("headline department hint")
        << "Loire : trois cliniques touchées par une cyberattaque\n\n15 août 2019\n\nLe groupe "
           "Ramsay Santé fait face "
           "depuis samedi à une cyberattaque qui frappe ses établissements."
        << "FR|84|42||groupe Ramsay Santé|hospital_group";
    QTest::newRow("abroad town in name")
        << "Cybercriminals demand ransom from Barcelona hospital\n\n10 Mar, 2023\n\nThe criminals "
           "behind the "
           "ransomware attack on the Clinic Hospital in Barcelona, Spain, are asking for money."
        << "ES|Catalonia||Barcelona|Clinic Hospital in Barcelona|hospital";
    QTest::newRow("abroad town and state")
        << "Hospital hit\n\nOctober 3, 2023\n\nRiverside Memorial Hospital in Toledo, Ohio, was "
           "hit by a "
           "ransomware attack on Tuesday."
        << "US|Ohio||Toledo|Riverside Memorial Hospital in Toledo|hospital";
    QTest::newRow("foreign town over a small namesake commune")
        << "Montréal : cyberattaque contre un hôpital\n\n12 mars 2024\n\nLe Centre hospitalier de "
           "Montréal a subi "
           "une cyberattaque ce mardi, selon les autorités du Québec et du Canada."
        << "CA|Quebec||Montréal|Centre hospitalier de Montréal|hospital";
    QTest::newRow("country only")
        << "Synlab Italia attack claimed by Black Basta\n\nMay 6, 2024\n\nSynlab Italia, "
           "one of the major providers of medical diagnosis services in Italy, was named "
           "as a victim by the Black Basta ransomware operation."
        << "IT||||Synlab Italia|laboratory";
}

void TestExtractPlaces::places()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    ArticleInput article;
    article.text = text;
    const Extraction out = Extractor().extract(article);
    const Incident &i = out.incident;
    const QString got =
        QStringList{i.country,          i.region,
                    i.department,       i.commune,
                    i.victims.value(0), i.victimKind ? schemaName(*i.victimKind) : QString()}
            .join(u'|');
    QCOMPARE(got, expected);
}

void TestExtractPlaces::degenerateInputs_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank lines") << QStringLiteral("\n\n   \n\t\n");
    QTest::newRow("headline only") << QStringLiteral("Cyberattaque au CHU de Rennes");
    QTest::newRow("punctuation") << QStringLiteral(
        ". . ; : ( ) ( (( )) « » — – ' ' \" 12/13/99 31 février");
    QTest::newRow("symbols") << QString(500, QChar(0xFFFD)) +
                                    QStringLiteral(" \U0001F525 \u00A0\u202F");
    QString longText;
    for (int i = 0; i < 2000; ++i)
        longText += QStringLiteral(
            "Le CHU de Brest (Finistère) a subi une cyberattaque le 9 mars 2023 ; aucune donnée "
            "médicale n'a été volée, mais 1,2 million de patients sont concernés.\n");
    QTest::newRow("long repetitive") << longText;
}

void TestExtractPlaces::degenerateInputs()
{
    // never a crash, evidence always inside the text
    QFETCH(QString, text);
    ArticleInput article;
    article.text = text;
    const Extraction out = Extractor().extract(article);
    for (auto it = out.evidence.cbegin(); it != out.evidence.cend(); ++it)
        for (const Evidence &e : it.value())
            QVERIFY(e.start >= 0 && e.length > 0 && e.start + e.length <= text.size());
}

QTEST_GUILESS_MAIN(TestExtractPlaces)
#include "tst_extract_places.moc"
