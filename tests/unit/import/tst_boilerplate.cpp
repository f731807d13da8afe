// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/BoilerplateStripper.h"

#include <QTest>

using namespace vigie::import;

// Paragraphs of running text for the synthetic pages below (each over 160
// characters and ending a sentence, as the body rules expect).
static QString body(int n)
{
    static const QStringList paragraphs{
        QStringLiteral(
            "Le centre hospitalier a été frappé dans la nuit de samedi à dimanche par une "
            "attaque informatique qui a chiffré une partie de ses serveurs, a indiqué la "
            "direction dans un communiqué."),
        QStringLiteral(
            "Les urgences restent ouvertes mais les consultations programmées sont "
            "reportées, le temps que les équipes techniques vérifient chacun des postes de "
            "travail touchés par le logiciel."),
        QStringLiteral("Une plainte a été déposée et l'agence régionale de santé accompagne "
                       "l'établissement, qui assure qu'aucune rançon ne sera versée aux pirates, "
                       "quelle que soit la somme demandée."),
    };
    return paragraphs.at(n);
}

class TestBoilerplate : public QObject {
    Q_OBJECT
private slots:
    void strip_data();
    void strip();
    void dateline_data();
    void dateline();
    void knownTitleWins();
};

void TestBoilerplate::strip_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("dateline");

    const QString title = QStringLiteral("Un hôpital visé par une cyberattaque en Bretagne");
    const QString article =
        title + "\n\n4 avr. 2024 • 10:12\n\n" + body(0) + "\n\n" + body(1) + "\n\n" + body(2);

    QTest::newRow("clean text unchanged") << article << article << title << "4 avr. 2024 • 10:12";

    QTest::newRow("banner, breadcrumb, counter and comments")
        << "MonSite Santé " + title + "\nAccueil › Santé › Bretagne\n\n" + title +
               "\n\n4 avr. 2024 • 10:12\n2\n\n" + body(0) + "\n\n" + body(1) + "\n\n" + body(2) +
               "\n\nLaisser un commentaire\n\nQuelques règles à respecter :\n• Restez "
               "courtois\n\n" +
               "Un autre paragraphe assez long pour ressembler à du texte courant mais qui fait "
               "partie des commentaires des lecteurs et ne doit donc jamais arriver jusqu'à "
               "l'extracteur, quoi qu'il arrive."
        << article << title << "4 avr. 2024 • 10:12";

    QTest::newRow("teasers with their own dates and no heading")
        << article +
               "\n\nUne tablette pour les écoliers\n\n2 avr. 2024 • 08:00\n1 High-Tech\n\n"
               "Le fabricant promet une autonomie de deux jours et un écran plus...\n\n"
               "Les promos du week-end\n\n1 avr. 2024 • 19:46\n\nChaque jour nous dénichons..."
        << article << title << "4 avr. 2024 • 10:12";

    QTest::newRow("related list cut")
        << article + "\n\nÀ lire aussi\n• Rennes : un nouveau pont — 02/04/2024\n• Brest : la "
                     "fête du port — 01/04/2024"
        << article << title << "4 avr. 2024 • 10:12";

    QTest::newRow("related box in the middle, body resumes")
        << title + "\n\n4 avr. 2024 • 10:12\n\n" + body(0) +
               "\n\nSur le même sujet\n› Rennes : un nouveau pont (02/04/2024)\n\n" + body(1) +
               "\n\n" + body(2)
        << article << title << "4 avr. 2024 • 10:12";

    QTest::newRow("inline read-also line dropped")
        << title + "\n\n4 avr. 2024 • 10:12\n\n" + body(0) +
               "\n\nÀ lire aussi : Brest, la fête du port attire la foule\n\n" + body(1) + "\n\n" +
               body(2)
        << article << title << "4 avr. 2024 • 10:12";

    QTest::newRow("newsletter, share and cookie lines")
        << title + "\n\n4 avr. 2024 • 10:12\n\n" + body(0) +
               "\n\nPartager sur Facebook | Partager sur X | Copier le lien\n\n" + body(1) +
               "\n\nRecevez notre newsletter chaque matin. [Je m'inscris]\n\n" + body(2) +
               "\n\nEn poursuivant votre navigation, vous acceptez l'utilisation de cookies."
        << article << title << "4 avr. 2024 • 10:12";

    const QString en = QStringLiteral("Ransomware hits a county hospital in Ohio");
    const QString enBody = QStringLiteral(
        "The hospital said on Monday that a ransomware attack had taken its records "
        "system offline over the weekend, and that staff had switched to paper while "
        "engineers restored the network.");
    const QString enBody2 = QStringLiteral(
        "Ambulances were diverted to nearby facilities for several hours. The hospital "
        "said it had informed the FBI and that it was too early to know whether "
        "patient data had been taken.");
    const QString enArticle = en + "\n\nMarch 4, 2024 3:04 PM ET\n\n" + enBody + "\n\n" + enBody2;
    QTest::newRow("english related and comments")
        << "Daily Health | News\n\n" + enArticle +
               "\n\nShare this: Facebook · X · Email\n\nRelated articles\n\nClinic opens a new wing"
               "\n\nMarch 1, 2024\n\nThe new wing adds two scanners...\n\nLeave a comment\n\n"
               "Your email address will not be published."
        << enArticle << en << "March 4, 2024 3:04 PM ET";

    QTest::newRow("headline after the dateline")
        << "Le Média — La revue des soignants\nActualités › Hôpitaux\n\n04/04/2024 - "
           "Finistère\n\n" +
               title + "\n\n" + body(0) + "\n\n" + body(1)
        << "04/04/2024 - Finistère\n\n" + title + "\n\n" + body(0) + "\n\n" + body(1) << title
        << "04/04/2024 - Finistère";

    QTest::newRow("standfirst between headline and dateline")
        << title + "\n\nLa direction a coupé le réseau par précaution.\n\nJeudi 4 avril 2024\n\n" +
               body(0)
        << title + "\n\nLa direction a coupé le réseau par précaution.\n\nJeudi 4 avril 2024\n\n" +
               body(0)
        << title << "Jeudi 4 avril 2024";

    QTest::newRow("comment word in a body sentence is kept")
        << body(0) + "\n\nComment les pirates sont-ils entrés ? L'enquête le dira.\n\n" + body(1)
        << body(0) + "\n\nComment les pirates sont-ils entrés ? L'enquête le dira.\n\n" + body(1)
        << QString() << QString();

    QTest::newRow("late update note followed by body is kept")
        << article + "\n\nMis à jour le 05/04/2024 à 09h00\n\n" + body(0) + "\n\n" + body(1)
        << article + "\n\nMis à jour le 05/04/2024 à 09h00\n\n" + body(0) + "\n\n" + body(1)
        << title << "4 avr. 2024 • 10:12";

    QTest::newRow("single line breaks inside a paragraph kept")
        << title + "\n\n4 avr. 2024 • 10:12\n\n" + body(0) + "\nSuite de la même ligne, coupée."
        << title + "\n\n4 avr. 2024 • 10:12\n\n" + body(0) + "\nSuite de la même ligne, coupée."
        << title << "4 avr. 2024 • 10:12";

    QTest::newRow("empty") << QString() << QString() << QString() << QString();
}

void TestBoilerplate::strip()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(QString, headline);
    QFETCH(QString, dateline);
    const BoilerplateStripper::Result r = BoilerplateStripper().strip(input);
    QCOMPARE(r.text, expected);
    QCOMPARE(r.headline, headline);
    QCOMPARE(r.dateline, dateline);
}

void TestBoilerplate::dateline_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("isDateline");
    QTest::newRow("bullet time") << "9 Sep. 2025 • 16:10" << true;
    QTest::newRow("publie le") << "Publié le 22/08/2022 à 10h12" << true;
    QTest::newRow("mis a jour") << "Mis à jour le lundi 22 août 2022" << true;
    QTest::newRow("english time") << "August 22, 2022 3:04 PM ET" << true;
    QTest::newRow("byline and date") << "Par la rédaction — lundi 5 décembre 2022" << true;
    QTest::newRow("byline then published") << "Par X — Publié le 07/10/2023 à 17:31" << true;
    QTest::newRow("iso") << "2021-07-17" << true;
    QTest::newRow("day month year") << "Jeudi 4 avril 2024" << true;
    QTest::newRow("updated") << "Updated March 3, 2024 4:15 PM ET" << true;
    QTest::newRow("premier") << "1er mars 2024" << true;
    QTest::newRow("sentence with a date")
        << "Le CHU a été attaqué le 4 avril 2024 et la direction a porté plainte." << false;
    QTest::newRow("no year") << "Lundi 4 avril" << false;
    QTest::newRow("plain line") << "Des consultations reportées" << false;
    QTest::newRow("teaser list item") << "• Landes : la saison de la chasse s'achève, les "
                                         "chasseurs dressent le bilan — 08/02/2021"
                                      << false;
}

void TestBoilerplate::dateline()
{
    QFETCH(QString, line);
    QFETCH(bool, isDateline);
    QCOMPARE(BoilerplateStripper::isDateline(line), isDateline);
}

void TestBoilerplate::knownTitleWins()
{
    // Two title-like lines before the dateline: the metadata title decides.
    const QString input =
        QStringLiteral(
            "Une ligne de titre qui ressemble à un titre\n\nLe vrai titre de l'article ici\n\n"
            "4 avr. 2024\n\n") +
        body(0);
    const auto r =
        BoilerplateStripper().strip(input, QStringLiteral("Le vrai titre de l'article ici"));
    QCOMPARE(r.headline, QStringLiteral("Le vrai titre de l'article ici"));
    QVERIFY(r.text.contains(QStringLiteral("Le vrai titre")));
}

QTEST_GUILESS_MAIN(TestBoilerplate)
#include "tst_boilerplate.moc"
