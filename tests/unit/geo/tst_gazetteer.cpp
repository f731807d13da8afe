// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/FrenchAreas.h"
#include "geo/Gazetteer.h"

#include <QFile>
#include <QResource>
#include <QTest>

using namespace vigie::geo;

namespace {

const Gazetteer &gaz()
{
    return Gazetteer::shared();
}

QStringList codes(const QList<Commune> &communes)
{
    QStringList list;
    for (const Commune &c : communes)
        list << c.code;
    return list;
}

QByteArray resourceText(const QString &path, bool qCompressed)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = f.readAll();
    return qCompressed ? qUncompress(data) : data;
}

} // namespace

class TestGazetteer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(gaz().isValid(), qPrintable(gaz().errorString())); }

    void normalize_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::newRow("accents, hyphens") << "Saint-Étienne"
                                          << "st etienne";
        QTest::newRow("abbreviation") << "St Etienne"
                                      << "st etienne";
        QTest::newRow("abbreviation with dot") << "St.-Étienne"
                                               << "st etienne";
        QTest::newRow("lowercase") << "saint etienne"
                                   << "st etienne";
        QTest::newRow("uppercase") << "SAINT-ÉTIENNE"
                                   << "st etienne";
        QTest::newRow("sainte") << "Sainte-Foy-lès-Lyon"
                                << "ste foy les lyon";
        QTest::newRow("ste") << "Ste Foy les Lyon"
                             << "ste foy les lyon";
        QTest::newRow("typographic apostrophe") << "L’Haÿ-les-Roses"
                                                << "l hay les roses";
        QTest::newRow("straight apostrophe") << "L'Hay les Roses"
                                             << "l hay les roses";
        QTest::newRow("ligature oe") << "Œuilly"
                                     << "oeuilly";
        QTest::newRow("ligature ae") << "Læs"
                                     << "laes";
        QTest::newRow("eszett") << "Großenhain"
                                << "grossenhain";
        QTest::newRow("umlaut") << "Düsseldorf"
                                << "dusseldorf";
        QTest::newRow("spaces and dashes") << "  Bar – sur — Aube  "
                                           << "bar sur aube";
        QTest::newRow("sur without hyphens") << "Boulogne sur Mer"
                                             << "boulogne sur mer";
        QTest::newRow("digits") << "Paris 12e"
                                << "paris 12e";
        QTest::newRow("decomposed accent") << QString::fromUtf8("Ve\xcc\x81lizy") << "velizy";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("punctuation only") << " - ' "
                                          << "";
        QTest::newRow("saint inside a word") << "Saintes"
                                             << "saintes";
    }
    void normalize()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(normalizePlaceName(name), key);
    }

    // The keys written by generate.py must be what the C++ side computes.
    void generatedKeysMatchNormalizer_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("nameColumn");
        QTest::addColumn<int>("flagsColumn");
        QTest::addColumn<bool>("compressed");
        QTest::newRow("communes") << ":/gazetteer/communes.tsv" << 2 << 10 << false;
        QTest::newRow("names") << ":/gazetteer/names.tsv" << 4 << 3 << false;
        QTest::newRow("towns") << ":/gazetteer/towns.tsv" << 1 << 7 << false;
    }
    void generatedKeysMatchNormalizer()
    {
        QFETCH(QString, path);
        QFETCH(int, nameColumn);
        QFETCH(int, flagsColumn);
        QFETCH(bool, compressed);
        const QByteArray text = resourceText(path, compressed);
        QVERIFY(!text.isEmpty());
        int rows = 0;
        QByteArray previous;
        for (const QByteArray &line : text.split('\n')) {
            if (line.isEmpty())
                continue;
            const QList<QByteArray> f = line.split('\t');
            QVERIFY2(f.size() > nameColumn, line.constData());
            // Sorted by the bytes of the key: the look-ups binary-search.
            QVERIFY2(previous <= f[0], line.constData());
            previous = f[0];
            ++rows;
            if (flagsColumn >= 0 && f[flagsColumn].contains('x'))
                continue; // an alias (arrondissements): the key is not the name's
            QCOMPARE(normalizePlaceName(QString::fromUtf8(f[nameColumn])), QString::fromUtf8(f[0]));
        }
        QVERIFY(rows > 100);
    }

    void communes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("hint");
        QTest::addColumn<QString>("firstCode");
        QTest::addColumn<QStringList>("mustContain");
        QTest::addColumn<int>("count"); // -1: at least mustContain
        QTest::newRow("Saint-Étienne") << "Saint-Étienne"
                                       << ""
                                       << "42218" << QStringList{} << -1;
        QTest::newRow("St Etienne") << "St Etienne"
                                    << ""
                                    << "42218" << QStringList{} << -1;
        QTest::newRow("saint etienne") << "saint etienne"
                                       << ""
                                       << "42218" << QStringList{} << -1;
        QTest::newRow("ST-ETIENNE") << "ST-ETIENNE"
                                    << ""
                                    << "42218" << QStringList{} << -1;
        QTest::newRow("Saint-Denis all") << "Saint-Denis"
                                         << ""
                                         << "97411" << QStringList{"93066", "97411", "11339"} << -1;
        QTest::newRow("Saint-Denis (93)") << "Saint-Denis (93)"
                                          << ""
                                          << "93066" << QStringList{} << 1;
        QTest::newRow("Saint-Denis (Seine-Saint-Denis)") << "Saint-Denis (Seine-Saint-Denis)"
                                                         << ""
                                                         << "93066" << QStringList{} << 1;
        QTest::newRow("Saint-Denis hint 974") << "Saint-Denis"
                                              << "974"
                                              << "97411" << QStringList{} << 1;
        QTest::newRow("Saint-Denis (La Réunion)") << "Saint-Denis (La Réunion)"
                                                  << ""
                                                  << "97411" << QStringList{} << 1;
        QTest::newRow("known hint, no such commune") << "Rennes"
                                                     << "13"
                                                     << "" << QStringList{} << 0;
        QTest::newRow("unknown hint ignored") << "Rennes"
                                              << "Atlantis"
                                              << "35238" << QStringList{} << 1;
        QTest::newRow("Valence, most populous first")
            << "Valence"
            << ""
            << "26362" << QStringList{"82186", "16392"} << -1;
        QTest::newRow("Châlons-en-Champagne") << "Chalons en Champagne"
                                              << ""
                                              << "51108" << QStringList{} << 1;
        QTest::newRow("L'Haÿ-les-Roses") << "L’Hay-les-Roses"
                                         << ""
                                         << "94038" << QStringList{} << 1;
        QTest::newRow("Corsica") << "Ajaccio"
                                 << ""
                                 << "2A004" << QStringList{} << 1;
        QTest::newRow("Paris") << "Paris"
                               << ""
                               << "75056" << QStringList{} << 1;
        QTest::newRow("Paris 12e") << "Paris 12e"
                                   << ""
                                   << "75112" << QStringList{} << 1;
        QTest::newRow("12e arrondissement de Paris") << "12e arrondissement de Paris"
                                                     << ""
                                                     << "75112" << QStringList{} << 1;
        QTest::newRow("Marseille 1er") << "Marseille 1er"
                                       << ""
                                       << "13201" << QStringList{} << 1;
        QTest::newRow("Lyon 3e Arrondissement") << "Lyon 3e Arrondissement"
                                                << ""
                                                << "69383" << QStringList{} << 1;
        QTest::newRow("former commune") << "Bellegarde-sur-Valserine"
                                        << ""
                                        << "01033" << QStringList{} << 1;
        QTest::newRow("department name hint") << "Saint-Priest (Rhône)"
                                              << ""
                                              << "69290" << QStringList{} << 1;
        QTest::newRow("department name hint with hyphens") << "Valence (Tarn-et-Garonne)"
                                                           << ""
                                                           << "82186" << QStringList{} << 1;
        QTest::newRow("hint in a separate argument") << "Valence"
                                                     << "Charente"
                                                     << "16392" << QStringList{} << 1;
        QTest::newRow("short form") << "Châlons"
                                    << ""
                                    << "51108" << QStringList{} << 1;
        QTest::newRow("short form before a tiny namesake")
            << "Aix"
            << ""
            << "13001" << QStringList{"73008", "19002"} << 3;
        QTest::newRow("short forms of two towns") << "Boulogne"
                                                  << ""
                                                  << "92012" << QStringList{"62160"} << -1;
        QTest::newRow("exact name of a town first") << "Clermont"
                                                    << ""
                                                    << "60157" << QStringList{"63113"} << -1;
        QTest::newRow("short form with a hint") << "Clermont (63)"
                                                << ""
                                                << "63113" << QStringList{} << 1;
        QTest::newRow("unknown") << "Atlantis"
                                 << ""
                                 << "" << QStringList{} << 0;
    }
    void communes()
    {
        QFETCH(QString, name);
        QFETCH(QString, hint);
        QFETCH(QString, firstCode);
        QFETCH(QStringList, mustContain);
        QFETCH(int, count);
        const QList<Commune> found = gaz().communesByName(name, hint);
        const QStringList got = codes(found);
        if (count >= 0)
            QCOMPARE(got.size(), count);
        if (!firstCode.isEmpty()) {
            QVERIFY(!got.isEmpty());
            QCOMPARE(got.first(), firstCode);
        }
        for (const QString &code : mustContain)
            QVERIFY2(got.contains(code),
                     qPrintable(code + QStringLiteral(" not in ") + got.join(u',')));
        // Communes that bear exactly the name come by population.
        const QString key = normalizePlaceName(name.left(name.indexOf(u'(')));
        qint64 previous = -1;
        for (const Commune &c : found) {
            if (c.kind != CommuneKind::Commune || normalizePlaceName(c.name) != key)
                continue;
            if (previous >= 0)
                QVERIFY(previous >= c.population);
            previous = c.population;
        }
    }

    void communeDetails()
    {
        const auto rennes = gaz().communeByCode(u"35238");
        QVERIFY(rennes);
        QCOMPARE(rennes->name, QStringLiteral("Rennes"));
        QCOMPARE(rennes->departmentCode, QStringLiteral("35"));
        QCOMPARE(rennes->regionCode, QStringLiteral("53"));
        QVERIFY(rennes->population > 200000);
        QCOMPARE(rennes->kind, CommuneKind::Commune);
        QVERIFY(rennes->location.isValid());
        QVERIFY(qAbs(rennes->location.latitude - 48.11) < 0.05);
        QVERIFY(qAbs(rennes->location.longitude + 1.68) < 0.05);

        const auto paris12 = gaz().communeByCode(u"75112");
        QVERIFY(paris12);
        QCOMPARE(paris12->kind, CommuneKind::MunicipalArrondissement);
        QCOMPARE(paris12->parentCode, QStringLiteral("75056"));
        QVERIFY(paris12->location.isValid());

        const auto former = gaz().communesByName(u"Bellegarde-sur-Valserine");
        QCOMPARE(former.size(), 1);
        QCOMPARE(former.first().kind, CommuneKind::FormerCommune);
        QCOMPARE(former.first().parentCode, QStringLiteral("01033"));
        // The current commune wins its code over the former one.
        QCOMPARE(gaz().communeByCode(u"01033")->kind, CommuneKind::Commune);

        QVERIFY(gaz().communeByCode(u"2a004")); // case-insensitive code
        QVERIFY(!gaz().communeByCode(u"00000"));
        QVERIFY(!gaz().communeLocation(u"00000").isValid());
        QVERIFY(gaz().communeLocation(u"2A004").isValid());
        QCOMPARE(gaz().departmentOfCommune(u"2A004")->name, QStringLiteral("Corse-du-Sud"));
        QVERIFY(gaz().communeCount() > 35000);
    }

    void departments_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("code");
        QTest::newRow("code") << "35"
                              << "35";
        QTest::newRow("one digit") << "1"
                                   << "01";
        QTest::newRow("2A") << "2A"
                            << "2A";
        QTest::newRow("2b lowercase") << "2b"
                                      << "2B";
        QTest::newRow("971") << "971"
                             << "971";
        QTest::newRow("976") << "976"
                             << "976";
        QTest::newRow("name") << "Ille-et-Vilaine"
                              << "35";
        QTest::newRow("no hyphens") << "ille et vilaine"
                                    << "35";
        QTest::newRow("Corse-du-Sud") << "Corse-du-Sud"
                                      << "2A";
        QTest::newRow("Haute Corse") << "Haute Corse"
                                     << "2B";
        QTest::newRow("Côtes-d’Armor") << "Côtes-d’Armor"
                                       << "22";
        QTest::newRow("Cotes d Armor") << "Cotes d Armor"
                                       << "22";
        QTest::newRow("La Réunion") << "La Réunion"
                                    << "974";
        QTest::newRow("Réunion") << "Réunion"
                                 << "974";
        QTest::newRow("Seine-St-Denis") << "Seine-St-Denis"
                                        << "93";
        QTest::newRow("Nord") << "Nord"
                              << "59";
        QTest::newRow("Rhône") << "Rhone"
                               << "69";
        QTest::newRow("Guadeloupe") << "Guadeloupe"
                                    << "971";
        QTest::newRow("unknown code") << "20"
                                      << "";
        QTest::newRow("unknown name") << "Atlantis"
                                      << "";
    }
    void departments()
    {
        QFETCH(QString, query);
        QFETCH(QString, code);
        const auto dep = gaz().department(query);
        if (code.isEmpty()) {
            QVERIFY(!dep);
            return;
        }
        QVERIFY(dep);
        QCOMPARE(dep->code, code);
    }

    // Every department of FrenchAreas (the schema's keys) has data, and its
    // prefecture is a current commune of that department.
    void everyDepartmentHasData()
    {
        for (const vigie::geo::Department &area : vigie::geo::departments()) {
            const auto dep = gaz().department(area.code);
            QVERIFY2(dep, qPrintable(area.code));
            QCOMPARE(dep->name, area.name);
            QCOMPARE(dep->regionCode, area.regionCode);
            QVERIFY2(dep->population > 50000, qPrintable(area.code));
            const auto prefecture = gaz().communeByCode(dep->prefectureCode);
            QVERIFY2(prefecture, qPrintable(area.code));
            QCOMPARE(prefecture->kind, CommuneKind::Commune);
            QCOMPARE(prefecture->departmentCode, dep->code);
            QVERIFY2(prefecture->location.isValid(), qPrintable(prefecture->name));
        }
        QCOMPARE(gaz().department(u"35")->prefectureCode, QStringLiteral("35238"));
        QCOMPARE(gaz().department(u"59")->prefectureCode, QStringLiteral("59350"));
    }

    void everyRegionHasData()
    {
        qint64 total = 0;
        for (const vigie::geo::Region &area : vigie::geo::regions()) {
            const auto region = gaz().region(area.code);
            QVERIFY2(region, qPrintable(area.code));
            QCOMPARE(region->name, area.name);
            QVERIFY(region->population > 200000);
            QCOMPARE(gaz().communeByCode(region->prefectureCode)->regionCode, area.code);
            qint64 departments = 0;
            for (const auto &dep : gaz().departments())
                if (dep.regionCode == area.code)
                    departments += dep.population;
            QCOMPARE(departments, region->population);
            total += region->population;
        }
        // INSEE's municipal population of France: about 68 million.
        QVERIFY(total > 65000000 && total < 72000000);
    }

    void regions_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("former");
        QTest::newRow("current") << "Hauts-de-France"
                                 << "32" << false;
        QTest::newRow("current, no hyphens") << "hauts de france"
                                             << "32" << false;
        QTest::newRow("Ile de France") << "Ile de France"
                                       << "11" << false;
        QTest::newRow("Grand Est") << "Grand-Est"
                                   << "44" << false;
        QTest::newRow("PACA") << "PACA"
                              << "93" << false;
        QTest::newRow("Nord-Pas-de-Calais") << "Nord-Pas-de-Calais"
                                            << "32" << true;
        QTest::newRow("Picardie") << "Picardie"
                                  << "32" << true;
        QTest::newRow("Rhône-Alpes") << "Rhône-Alpes"
                                     << "84" << true;
        QTest::newRow("Aquitaine") << "Aquitaine"
                                   << "75" << true;
        QTest::newRow("Alsace") << "Alsace"
                                << "44" << true;
        QTest::newRow("Midi-Pyrénées") << "Midi Pyrenees"
                                       << "76" << true;
        QTest::newRow("Basse-Normandie") << "Basse-Normandie"
                                         << "28" << true;
        QTest::newRow("code") << "53"
                              << "53" << false;
        QTest::newRow("unknown") << "Atlantis"
                                 << "" << false;
    }
    void regions()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        QFETCH(bool, former);
        const auto match = gaz().regionByName(name);
        if (code.isEmpty()) {
            QVERIFY(!match);
            return;
        }
        QVERIFY(match);
        QCOMPARE(match->region.code, code);
        QCOMPARE(match->former, former);
    }

    void countries_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("Allemagne") << "Allemagne"
                                   << "DE";
        QTest::newRow("Germany") << "Germany"
                                 << "DE";
        QTest::newRow("ISO code") << "DE"
                                  << "DE";
        QTest::newRow("États-Unis") << "États-Unis"
                                    << "US";
        QTest::newRow("Etats Unis") << "Etats Unis"
                                    << "US";
        QTest::newRow("USA") << "USA"
                             << "US";
        QTest::newRow("United States") << "United States"
                                       << "US";
        QTest::newRow("Royaume-Uni") << "Royaume-Uni"
                                     << "GB";
        QTest::newRow("UK") << "UK"
                            << "GB";
        QTest::newRow("Angleterre") << "Angleterre"
                                    << "GB";
        QTest::newRow("Belgique") << "Belgique"
                                  << "BE";
        QTest::newRow("Suisse") << "Suisse"
                                << "CH";
        QTest::newRow("Pays-Bas") << "Pays-Bas"
                                  << "NL";
        QTest::newRow("Espagne") << "Espagne"
                                 << "ES";
        QTest::newRow("Italie") << "Italie"
                                << "IT";
        QTest::newRow("Canada") << "Canada"
                                << "CA";
        QTest::newRow("Corée du Sud") << "Corée du Sud"
                                      << "KR";
        QTest::newRow("France") << "France"
                                << "FR";
        QTest::newRow("overseas region is not a country") << "Martinique"
                                                          << "";
        QTest::newRow("unknown") << "Atlantis"
                                 << "";
    }
    void countries()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        const auto country = gaz().country(name);
        if (code.isEmpty()) {
            QVERIFY(!country);
            return;
        }
        QVERIFY(country);
        QCOMPARE(country->code, code);
        QVERIFY(!country->nameEn.isEmpty());
        QVERIFY(!country->nameFr.isEmpty());
    }

    void countryAdjectives_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("code");
        QTest::newRow("allemand") << "allemand"
                                  << "DE";
        QTest::newRow("allemandes") << "allemandes"
                                    << "DE";
        QTest::newRow("britannique") << "britannique"
                                     << "GB";
        QTest::newRow("italienne") << "italienne"
                                   << "IT";
        QTest::newRow("grecque") << "grecque"
                                 << "GR";
        QTest::newRow("néerlandais") << "Néerlandais"
                                     << "NL";
        QTest::newRow("américaines") << "américaines"
                                     << "US";
        QTest::newRow("German") << "German"
                                << "DE";
        QTest::newRow("British") << "British"
                                 << "GB";
        QTest::newRow("South Korean") << "South Korean"
                                      << "KR";
        QTest::newRow("not an adjective") << "hôpital"
                                          << "";
        QTest::newRow("a country is not an adjective") << "Allemagne"
                                                       << "";
    }
    void countryAdjectives()
    {
        QFETCH(QString, word);
        QFETCH(QString, code);
        const auto country = gaz().countryByAdjective(word);
        QCOMPARE(country ? country->code : QString(), code);
    }

    void countryNames()
    {
        QCOMPARE(gaz().country(u"DE")->nameFr, QStringLiteral("Allemagne"));
        QCOMPARE(gaz().country(u"DE")->nameEn, QStringLiteral("Germany"));
        QVERIFY(gaz().countries().size() > 240);
    }

    void towns_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("expectedCountry");
        QTest::addColumn<QString>("admin1");
        QTest::newRow("Düsseldorf") << "Düsseldorf"
                                    << ""
                                    << "DE"
                                    << "North Rhine-Westphalia";
        QTest::newRow("Dusseldorf") << "Dusseldorf"
                                    << ""
                                    << "DE"
                                    << "North Rhine-Westphalia";
        QTest::newRow("Barcelona, most populous") << "Barcelona"
                                                  << ""
                                                  << "ES"
                                                  << "Catalonia";
        QTest::newRow("London") << "London"
                                << ""
                                << "GB"
                                << "England";
        QTest::newRow("London, Canada") << "London"
                                        << "ca"
                                        << "CA"
                                        << "Ontario";
        QTest::newRow("Los Angeles in the US") << "Los Angeles"
                                               << "US"
                                               << "US"
                                               << "California";
        QTest::newRow("Genève, French name") << "Genève"
                                             << ""
                                             << "CH"
                                             << "Geneva";
        QTest::newRow("Londres, French name") << "Londres"
                                              << ""
                                              << "GB"
                                              << "England";
        QTest::newRow("Munich") << "Munich"
                                << ""
                                << "DE"
                                << "Bavaria";
        QTest::newRow("no French towns") << "Rennes"
                                         << "FR"
                                         << ""
                                         << "";
    }
    void towns()
    {
        QFETCH(QString, name);
        QFETCH(QString, country);
        QFETCH(QString, expectedCountry);
        QFETCH(QString, admin1);
        const QList<Town> found = gaz().townsByName(name, country);
        if (expectedCountry.isEmpty()) {
            QVERIFY(found.isEmpty());
            return;
        }
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().countryCode, expectedCountry);
        QCOMPARE(found.first().admin1Name, admin1);
        QVERIFY(found.first().location.isValid());
        for (qsizetype i = 1; i < found.size(); ++i)
            QVERIFY(found[i - 1].population >= found[i].population);
    }

    void ambiguousWords_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ambiguous");
        QTest::newRow("Vitré") << "Vitré" << false;
        QTest::newRow("Rennes") << "Rennes" << false;
        QTest::newRow("Saint-Denis") << "Saint-Denis" << false;
        QTest::newRow("Dax (short but a town)") << "Dax" << false;
        QTest::newRow("Bar") << "Bar" << true;
        QTest::newRow("Plan") << "Plan" << true;
        QTest::newRow("Ham") << "Ham" << true;
        QTest::newRow("Aast") << "Aast" << true;
        QTest::newRow("Y") << "Y" << true;
        QTest::newRow("Orange") << "Orange" << true;
        QTest::newRow("L'Hôpital") << "L'Hôpital" << true;
        QTest::newRow("Nord") << "Nord" << true;
        QTest::newRow("Lot") << "Lot" << true;
        QTest::newRow("not a place") << "ransomware" << true;
    }
    void ambiguousWords()
    {
        QFETCH(QString, name);
        QFETCH(bool, ambiguous);
        QCOMPARE(gaz().isAmbiguousWord(name), ambiguous);
    }

    void lowercaseWords()
    {
        QVERIFY(gaz().communesByName(u"Tours").first().lowercaseWord);
        QVERIFY(!gaz().communesByName(u"Tours").first().ambiguousWord);
        QVERIFY(!gaz().communesByName(u"Lille").first().lowercaseWord);
    }
};

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
