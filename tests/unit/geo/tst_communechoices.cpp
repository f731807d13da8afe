// SPDX-License-Identifier: GPL-3.0-or-later
// CommuneChoices (the commune completer's list) and checkCommune(), on the
// real gazetteer data.
#include "geo/CommuneChoices.h"

#include <QTest>

using namespace vigie::geo;

namespace {

QStringList labels(const QList<CommuneChoice> &choices)
{
    QStringList out;
    for (const CommuneChoice &c : choices)
        out << c.label();
    return out;
}

} // namespace

class TestCommuneChoices : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theListHoldsCurrentCommunesOnly()
    {
        const CommuneChoices &choices = CommuneChoices::shared();
        // ~34,900 current communes and 45 arrondissements; no alias rows,
        // no former communes.
        QVERIFY2(choices.size() > 34000 && choices.size() < 36000,
                 qPrintable(QString::number(choices.size())));
        QVERIFY(&choices == &CommuneChoices::shared());
        // Andard (49) merged into Loire-Authion: not offered.
        QVERIFY(choices.candidates(QStringLiteral("Andard"), QStringLiteral("49")).isEmpty());
        // Arrondissements are.
        const auto paris = choices.candidates(QStringLiteral("Paris 12"));
        QCOMPARE(paris.size(), 1);
        QCOMPARE(paris.first().code, QStringLiteral("75112"));
        QCOMPARE(paris.first().kind, CommuneKind::MunicipalArrondissement);
    }

    void prefixIgnoresCaseAccentsAndPunctuation_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("department");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("alsoListed");

        QTest::newRow("lowercase") << "corbeil"
                                   << ""
                                   << "Corbeil-Essonnes"
                                   << "Corbeil-Cerf";
        QTest::newRow("upper case") << "CORBEIL-E"
                                    << ""
                                    << "Corbeil-Essonnes"
                                    << "";
        QTest::newRow("accent typed") << "Évry"
                                      << ""
                                      << "Évry-Courcouronnes"
                                      << "Évry";
        QTest::newRow("no accent") << "evry"
                                   << ""
                                   << "Évry-Courcouronnes"
                                   << "Évry";
        QTest::newRow("space for hyphen") << "evry courc"
                                          << ""
                                          << "Évry-Courcouronnes"
                                          << "";
        QTest::newRow("trailing hyphen") << "Corbeil-"
                                         << ""
                                         << "Corbeil-Essonnes"
                                         << "Corbeil-Cerf";
        QTest::newRow("saint spelt out") << "Saint-Den"
                                         << ""
                                         << "Saint-Denis (974)"
                                         << "Saint-Denis (93)";
        QTest::newRow("st abbreviated") << "St Denis"
                                        << ""
                                        << "Saint-Denis (974)"
                                        << "Saint-Denis-d'Anjou";
        QTest::newRow("on the way to saint") << "Sain"
                                             << ""
                                             << "Saint-Étienne"
                                             << "Saintes";
        QTest::newRow("saint whole word") << "saint"
                                          << ""
                                          << "Saint-Étienne"
                                          << "Sainte-Geneviève-des-Bois (91)";
        QTest::newRow("sainte") << "Sainte-Gen"
                                << "91"
                                << "Sainte-Geneviève-des-Bois (91)"
                                << "";
        QTest::newRow("ligature") << "Œuilly"
                                  << ""
                                  << "Œuilly (51)"
                                  << "Œuilly (02)";
        QTest::newRow("department filter") << "Saint-Denis"
                                           << "93"
                                           << "Saint-Denis (93)"
                                           << "";
        QTest::newRow("exact name first") << "Corbeil"
                                          << "51"
                                          << "Corbeil"
                                          << "";
    }

    void prefixIgnoresCaseAccentsAndPunctuation()
    {
        QFETCH(QString, typed);
        QFETCH(QString, department);
        QFETCH(QString, first);
        QFETCH(QString, alsoListed);
        const QStringList got = labels(CommuneChoices::shared().candidates(typed, department, 500));
        QVERIFY2(!got.isEmpty(), qPrintable(typed));
        QCOMPARE(got.first(), first);
        if (!alsoListed.isEmpty())
            QVERIFY2(got.contains(alsoListed), qPrintable(got.mid(0, 20).join(u", ")));
    }

    void bigTownsThenTheExactNameThenVillages()
    {
        // Corbeil-Essonnes (54,000) first; then the village called exactly
        // "Corbeil" (100), before bigger villages that only start so.
        const auto got = CommuneChoices::shared().candidates(QStringLiteral("Corbeil"));
        QStringList names;
        for (const CommuneChoice &c : got)
            names << c.name;
        QCOMPARE(names, (QStringList{"Corbeil-Essonnes", "Corbeil", "Corbeilles", "Corbeil-Cerf"}));
    }

    void homonymsNameTheirDepartment()
    {
        const auto got = CommuneChoices::shared().candidates(QStringLiteral("Saint-Denis"));
        QStringList denis;
        for (const CommuneChoice &c : got)
            if (c.name == u"Saint-Denis")
                denis << c.label();
        // By population: La Réunion, Seine-Saint-Denis, Aude, Gard.
        QCOMPARE(denis, (QStringList{"Saint-Denis (974)", "Saint-Denis (93)", "Saint-Denis (11)",
                                     "Saint-Denis (30)"}));
        for (const CommuneChoice &c : got)
            if (c.name == u"Saint-Denis-d'Anjou")
                QCOMPARE(c.label(), c.name); // unique: no department
    }

    void departmentFilterAndLimit()
    {
        const CommuneChoices &choices = CommuneChoices::shared();
        const auto essonne = choices.candidates(QStringLiteral("s"), QStringLiteral("91"), 1000);
        QVERIFY(essonne.size() > 10);
        for (const CommuneChoice &c : essonne) {
            QCOMPARE(c.departmentCode, QStringLiteral("91"));
            QCOMPARE(c.regionCode, QStringLiteral("11"));
        }
        // Most populous first.
        for (qsizetype i = 1; i < essonne.size(); ++i)
            QVERIFY(essonne.at(i - 1).population >= essonne.at(i).population);
        QCOMPARE(choices.candidates(QStringLiteral("s"), {}, 7).size(), 7);
        QVERIFY(choices.candidates(QStringLiteral("corbeil"), QStringLiteral("2A")).isEmpty());
        QVERIFY(choices.candidates(QString()).isEmpty());
        QVERIFY(choices.candidates(QStringLiteral(" - ")).isEmpty());
        QVERIFY(choices.candidates(QStringLiteral("zzzzq")).isEmpty());
    }

    void check_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("department");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("detail"); // official name, parent, or departments

        QTest::newRow("empty") << "  "
                               << "91" << int(CommuneCheck::Empty) << "";
        QTest::newRow("official") << "Corbeil-Essonnes"
                                  << "91" << int(CommuneCheck::Official) << "Corbeil-Essonnes";
        QTest::newRow("official, no department")
            << "Corbeil-Essonnes"
            << "" << int(CommuneCheck::Official) << "Corbeil-Essonnes";
        QTest::newRow("spelling") << "corbeil essonnes"
                                  << "91" << int(CommuneCheck::OtherSpelling) << "Corbeil-Essonnes";
        QTest::newRow("spelling of the same name")
            << "corbeil"
            << "" << int(CommuneCheck::OtherSpelling) << "Corbeil";
        QTest::newRow("short form")
            << "Chalons"
            << "51" << int(CommuneCheck::OtherSpelling) << "Châlons-en-Champagne";
        QTest::newRow("other department") << "Corbeil-Essonnes"
                                          << "93" << int(CommuneCheck::OtherDepartment) << "91";
        QTest::newRow("homonyms elsewhere")
            << "Saint-Denis"
            << "91" << int(CommuneCheck::OtherDepartment) << "974,93,11,30";
        QTest::newRow("homonym in department")
            << "Saint-Denis"
            << "93" << int(CommuneCheck::Official) << "Saint-Denis";
        QTest::newRow("former commune")
            << "Andard"
            << "49" << int(CommuneCheck::FormerCommune) << "Loire-Authion";
        QTest::newRow("unknown") << "Trifouilly-les-Oies"
                                 << "" << int(CommuneCheck::Unknown) << "";
        QTest::newRow("unknown with department") << "Trifouilly-les-Oies"
                                                 << "91" << int(CommuneCheck::Unknown) << "";
    }

    void check()
    {
        QFETCH(QString, name);
        QFETCH(QString, department);
        QFETCH(int, status);
        QFETCH(QString, detail);
        const CommuneCheck c = checkCommune(name, department);
        QCOMPARE(int(c.status), status);
        switch (c.status) {
        case CommuneCheck::Official:
        case CommuneCheck::OtherSpelling:
            QCOMPARE(c.commune.name, detail);
            break;
        case CommuneCheck::FormerCommune:
            QCOMPARE(c.parentName, detail);
            break;
        case CommuneCheck::OtherDepartment:
        case CommuneCheck::OtherRegion:
            QCOMPARE(c.departments.join(u','), detail);
            break;
        case CommuneCheck::Empty:
        case CommuneCheck::Unknown:
            QVERIFY(c.departments.isEmpty());
            break;
        }
    }

    // With no department, a region chosen is the scope of the check.
    void checkInRegion_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("department");
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("detail"); // the match's department, or where

        QTest::newRow("in the region") << "Corbeil-Essonnes"
                                       << ""
                                       << "11" << int(CommuneCheck::Official) << "91";
        QTest::newRow("other region") << "Corbeil-Essonnes"
                                      << ""
                                      << "04" << int(CommuneCheck::OtherRegion) << "91";
        QTest::newRow("homonym of the region") << "Saint-Denis"
                                               << ""
                                               << "04" << int(CommuneCheck::Official) << "974";
        QTest::newRow("spelling in the region") << "corbeil essonnes"
                                                << ""
                                                << "11" << int(CommuneCheck::OtherSpelling) << "91";
        QTest::newRow("the department wins") << "Saint-Denis"
                                             << "93"
                                             << "04" << int(CommuneCheck::Official) << "93";
        QTest::newRow("unknown") << "Trifouilly-les-Oies"
                                 << ""
                                 << "11" << int(CommuneCheck::Unknown) << "";
    }
    void checkInRegion()
    {
        QFETCH(QString, name);
        QFETCH(QString, department);
        QFETCH(QString, region);
        QFETCH(int, status);
        QFETCH(QString, detail);
        const CommuneCheck c = checkCommune(name, department, region);
        QCOMPARE(int(c.status), status);
        if (c.status == CommuneCheck::OtherRegion)
            QCOMPARE(c.departments.join(u','), detail);
        else if (c.status != CommuneCheck::Unknown)
            QCOMPARE(c.commune.departmentCode, detail);
    }

    // The name typed by hand, as the field resolves it on leaving: one
    // commune, homonyms, or none.
    void exactMatches_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("department");
        QTest::addColumn<QStringList>("found"); // "name/department", sorted

        QTest::newRow("official") << "Corbeil-Essonnes"
                                  << "" << QStringList{"Corbeil-Essonnes/91"};
        QTest::newRow("careless") << "  CORBEIL essonnes "
                                  << "" << QStringList{"Corbeil-Essonnes/91"};
        QTest::newRow("accents") << "evry courcouronnes"
                                 << "" << QStringList{"Évry-Courcouronnes/91"};
        QTest::newRow("St for Saint") << "St Denis"
                                      << "93" << QStringList{"Saint-Denis/93"};
        QTest::newRow("homonyms") << "Saint-Denis"
                                  << ""
                                  << QStringList{"Saint-Denis/11", "Saint-Denis/30",
                                                 "Saint-Denis/93", "Saint-Denis/974"};
        QTest::newRow("in another department") << "Corbeil-Essonnes"
                                               << "93" << QStringList{};
        QTest::newRow("a prefix only") << "Corbeil-Ess"
                                       << "" << QStringList{};
        QTest::newRow("former commune") << "Andard"
                                        << "" << QStringList{};
        QTest::newRow("nothing") << " - "
                                 << "" << QStringList{};
    }
    void exactMatches()
    {
        QFETCH(QString, typed);
        QFETCH(QString, department);
        QFETCH(QStringList, found);
        QStringList got;
        for (const CommuneChoice &c : CommuneChoices::shared().exactMatches(typed, department))
            got << c.name + u'/' + c.departmentCode;
        got.sort();
        QCOMPARE(got, found);
    }
};

QTEST_GUILESS_MAIN(TestCommuneChoices)
#include "tst_communechoices.moc"
