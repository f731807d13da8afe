// SPDX-License-Identifier: GPL-3.0-or-later
// The lexicon-based fields on short texts: data categories with their
// negation scope, attack types, impacts, amounts, ransom and record counts.
#include "extract/Lexicon.h"
#include "extract/TextIndex.h"
#include "extract/ThreatActors.h"

#include <QTest>

using namespace vigie;
using namespace vigie::extract;

namespace {

Extraction run(const QString &text, void (*step)(const TextIndex &, Extraction &))
{
    Extraction out;
    const TextIndex index(text);
    step(index, out);
    return out;
}

template<typename E>
QString names(const std::optional<FlagSet<E>> &set)
{
    if (!set)
        return QString();
    QStringList n = set->schemaNames();
    n.sort();
    return n.join(u',');
}

} // namespace

class TestExtractLexicon : public QObject {
    Q_OBJECT
private slots:
    void negationScope_data();
    void negationScope();
    void attackTypes_data();
    void attackTypes();
    void impacts_data();
    void impacts();
    void amounts_data();
    void amounts();
    void ransom_data();
    void ransom();
    void records_data();
    void records();
    void threatActors_data();
    void threatActors();
};

void TestExtractLexicon::negationScope_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("compromised");
    QTest::addColumn<QString>("spared");
    QTest::newRow("seed spared")
        << "À ce stade, aucune donnée contenue dans les dossiers médicaux des patients ne "
           "serait concernée par cette cyberattaque."
        << ""
        << "medical";
    QTest::newRow("seed both")
        << "Si l'intrusion a compromis des données d'identité des patients, les dossiers "
           "médicaux semblent épargnés."
        << "identity"
        << "medical";
    QTest::newRow("list after negation") << "Aucune donnée médicale n'a été touchée, pas plus que "
                                            "nos données comptables ou nos factures."
                                         << ""
                                         << "financial,medical";
    QTest::newRow("contrast ends negation")
        << "Les noms ont été volés, mais aucune coordonnée bancaire n'a été compromise."
        << "identity"
        << "financial";
    QTest::newRow("ni aucun")
        << "Aucune coordonnée bancaire ni aucun mot de passe n'a été compromis."
        << ""
        << "credentials,financial";
    QTest::newRow("stolen list")
        << "Les données dérobées comprennent des numéros de sécurité sociale et des RIB."
        << "financial,social_security_number"
        << "";
    QTest::newRow("hedged ignorance")
        << "Nous ne savons pas si des données de santé de nos patients sont sorties."
        << ""
        << "";
    QTest::newRow("hedged may") << "The data may include patients' personal information."
                                << ""
                                << "";
    QTest::newRow("english none of") << "None of the patients' bank details were affected."
                                     << ""
                                     << "financial";
    QTest::newRow("english stolen")
        << "The stolen files include names, dates of birth and medical records."
        << "identity,medical"
        << "";
    QTest::newRow("identity theft is no data")
        << "Ils sont entrés en usurpant l'identité d'un médecin."
        << ""
        << "";
    QTest::newRow("no predicate") << "Le dossier médical partagé est un outil utile."
                                  << ""
                                  << "";
    QTest::newRow("anaphora")
        << "Le rançongiciel a rendu inaccessibles les données de santé ; aucune de ces "
           "données n'a été volée."
        << ""
        << "medical";
}

void TestExtractLexicon::negationScope()
{
    QFETCH(QString, text);
    QFETCH(QString, compromised);
    QFETCH(QString, spared);
    const Extraction out = run(text, extractDataCategories);
    QCOMPARE(names(out.incident.dataCompromised), compromised);
    QCOMPARE(names(out.incident.dataSpared), spared);
}

void TestExtractLexicon::attackTypes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("rancongiciel") << "L'hôpital a été visé par un rançongiciel."
                                  << "ransomware";
    QTest::newRow("encrypted plus ransom")
        << "Les fichiers ont été chiffrés. Un message exige une rançon de 50 000 dollars."
        << "ransomware";
    QTest::newRow("plain attack") << "Le CHU a subi une cyberattaque ce samedi."
                                  << "unknown";
    QTest::newRow("intrusion") << "Une intrusion dans le système d'information a été détectée."
                               << "intrusion";
    QTest::newRow("credential abuse wins over intrusion")
        << "Les pirates se sont introduits dans les serveurs en usurpant l'identité d'un "
           "professionnel de santé."
        << "credential_abuse";
    QTest::newRow("leak") << "Une fuite de données a bien eu lieu après la cyberattaque."
                          << "data_theft";
    QTest::newRow("no leak") << "Aucune fuite de données n'a été constatée après la cyberattaque."
                             << "unknown";
    QTest::newRow("ddos") << "Le site a subi une attaque par déni de service."
                          << "ddos";
    QTest::newRow("phishing vector") << "Les pirates sont entrés via un courriel de phishing."
                                     << "phishing";
    QTest::newRow("phishing warning only")
        << "Après la cyberattaque, l'ARS met en garde contre le phishing."
        << "unknown";
    QTest::newRow("virus") << "Un virus a bloqué la messagerie de la clinique."
                           << "malware";
    QTest::newRow("english") << "Hackers stole 1.5TB of data in a ransomware attack."
                             << "data_theft,ransomware";
    QTest::newRow("insider") << "Une secrétaire a consulté illégalement des dossiers médicaux."
                             << "insider";
}

void TestExtractLexicon::attackTypes()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(names(run(text, extractAttackTypes).incident.attackTypes), expected);
}

void TestExtractLexicon::impacts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plan blanc") << "La direction a déclenché le plan blanc."
                                << "crisis_plan";
    QTest::newRow("paper") << "Les soignants sont revenus au papier et au stylo."
                           << "paper_mode";
    QTest::newRow("cut") << "Toutes les connexions à Internet ont été coupées."
                         << "systems_shut_down";
    QTest::newRow("surgery") << "Les interventions chirurgicales prévues mardi sont reportées."
                             << "surgery_postponed";
    QTest::newRow("surgery negated") << "Aucune opération n'a été déprogrammée pour l'instant."
                                     << "";
    QTest::newRow("diverted") << "Six patients ont été transférés ailleurs."
                              << "patients_diverted";
    QTest::newRow("diverted negated") << "Aucun transfert de patient n'est prévu."
                                      << "";
    QTest::newRow("diverted conditional")
        << "Les patients pourront, si besoin, être orientés vers d'autres hôpitaux."
        << "";
    QTest::newRow("care") << "La prise en charge des malades s'en trouve nettement ralentie."
                          << "care_disrupted";
    QTest::newRow("care negated") << "La prise en charge des patients n'a pas été affectée."
                                  << "";
    QTest::newRow("none reported") << "Le fonctionnement des hôpitaux reste inchangé."
                                   << "none_reported";
    QTest::newRow("english")
        << "The company took its network offline and rescheduled elective procedures."
        << "surgery_postponed,systems_shut_down";
    QTest::newRow("english divert")
        << "Hospitals are diverting patients away from their emergency rooms."
        << "patients_diverted";
}

void TestExtractLexicon::impacts()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(names(run(text, extractImpacts).incident.impacts), expected);
}

void TestExtractLexicon::amounts_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("multiplier");
    QTest::addColumn<double>("expected");
    QTest::newRow("millions fr") << "10"
                                 << "millions" << 1e7;
    QTest::newRow("decimal comma") << "1,4"
                                   << "million" << 1.4e6;
    QTest::newRow("decimal point") << "4.2"
                                   << "million" << 4.2e6;
    QTest::newRow("space groups") << "50 000"
                                  << "" << 50000.0;
    QTest::newRow("comma groups") << "25,000"
                                  << "" << 25000.0;
    QTest::newRow("dot groups") << "1.300.000"
                                << "" << 1300000.0;
    QTest::newRow("milliard") << "1,2"
                              << "milliard" << 1.2e9;
    QTest::newRow("plain") << "300"
                           << "" << 300.0;
}

void TestExtractLexicon::amounts()
{
    QFETCH(QString, number);
    QFETCH(QString, multiplier);
    QFETCH(double, expected);
    QCOMPARE(parseAmount(number, multiplier), expected);
}

void TestExtractLexicon::ransom_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("amount"); // -1: demanded, no amount; 0: none
    QTest::addColumn<QString>("currency");
    QTest::newRow("fr millions de dollars")
        << "Titre\n\nLes pirates réclament une rançon de 10 millions de dollars." << 1e7 << "USD";
    QTest::newRow("en euro sign")
        << "Headline\n\nThe criminals are asking for €4.2 million to hand back the data." << 4.2e6
        << "EUR";
    QTest::newRow("first figure of a conversion")
        << "Titre\n\nIls proposent de revendre les données pour 1,3 million de dollars, soit "
           "environ 1,2 million "
           "d'euros."
        << 1.3e6 << "USD";
    QTest::newRow("no amount")
        << "Titre\n\nLes pirates exigent une rançon pour débloquer les ordinateurs." << -1.0 << "";
    QTest::newRow("refusal implies a demand")
        << "Headline\n\nThe board said it will not pay any ransom." << -1.0 << "";
    QTest::newRow("denied") << "Titre\n\nAucune rançon n'a été réclamée à ce jour." << 0.0 << "";
    QTest::newRow("generic")
        << "Titre\n\nBien souvent, ce genre d'attaque menace de tout bloquer si une rançon n'est "
           "pas versée."
        << 0.0 << "";
    QTest::newRow("group history")
        << "Headline\n\nIts ransom demands have ranged from $25,000 to several million "
           "dollars."
        << 0.0 << "";
}

void TestExtractLexicon::ransom()
{
    QFETCH(QString, text);
    QFETCH(double, amount);
    QFETCH(QString, currency);
    const Extraction out = run(text, extractRansom);
    if (amount == 0.0) {
        QVERIFY(!out.incident.ransom.has_value());
        return;
    }
    QVERIFY(out.incident.ransom.has_value());
    if (amount < 0) {
        QVERIFY(!out.incident.ransom->amount.has_value());
        return;
    }
    QCOMPARE(out.incident.ransom->amount.value_or(0), amount);
    QCOMPARE(out.incident.ransom->currency, currency);
}

void TestExtractLexicon::records_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // 0: none
    QTest::newRow("patients") << "Les données de 1,4 million de patients ont été volées."
                              << qint64(1400000);
    QTest::newRow("le nombre de")
        << "La police évalue à 3,2 millions le nombre de clients concernés par la fuite."
        << qint64(3200000);
    QTest::newRow("english") << "About 30,000 patients were affected by the breach."
                             << qint64(30000);
    QTest::newRow("population served")
        << "Le CHU dessert un territoire de 1,2 million d'habitants touché par la crise."
        << qint64(0);
    QTest::newRow("daily patients")
        << "Les laboratoires concernés accueillent chaque jour 15 000 patients." << qint64(0);
    QTest::newRow("vague") << "Plusieurs millions de patients seraient concernés." << qint64(0);
}

void TestExtractLexicon::records()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const Extraction out = run(text, extractRecords);
    QCOMPARE(out.incident.recordsAffected.value_or(0), expected);
}

void TestExtractLexicon::threatActors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("canonical") << "L'attaque a été revendiquée par LockBit."
                               << "LockBit";
    QTest::newRow("alias") << "The ALPHV gang claimed the attack."
                           << "BlackCat";
    QTest::newRow("rebrand alias") << "The Agenda ransomware operation hit the lab."
                                   << "Qilin";
    QTest::newRow("word needs context") << "Les enfants aiment le jeu Play dans la salle."
                                        << "";
    QTest::newRow("word with context") << "Le groupe Play a revendiqué l'attaque."
                                       << "Play";
    QTest::newRow("most mentioned") << "Conti, puis Ryuk. Ryuk a chiffré les serveurs; Ryuk encore."
                                    << "Ryuk";
}

void TestExtractLexicon::threatActors()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(run(text, extractThreatActor).incident.threatActor, expected);
    QCOMPARE(canonicalThreatActor(QStringLiteral("Cl0p")), QStringLiteral("Clop"));
}

QTEST_GUILESS_MAIN(TestExtractLexicon)
#include "tst_extract_lexicon.moc"
