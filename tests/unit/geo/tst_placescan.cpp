// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/Gazetteer.h"

#include <QFile>
#include <QTest>

using namespace vigie::geo;

Q_DECLARE_METATYPE(vigie::geo::PlaceKinds)

namespace {

// "text of the mention|kinds|flags" per mention, flags: a = ambiguous word,
// l = lowercase word, C = capitalised.
QStringList describe(QStringView text, const QList<PlaceMention> &mentions)
{
    QStringList out;
    for (const PlaceMention &m : mentions) {
        QString kinds;
        if (m.kinds & PlaceKind::Commune)
            kinds += u'c';
        if (m.kinds & PlaceKind::Department)
            kinds += u'd';
        if (m.kinds & PlaceKind::Region)
            kinds += u'r';
        if (m.kinds & PlaceKind::Country)
            kinds += u'n';
        if (m.kinds & PlaceKind::Town)
            kinds += u't';
        QString flags;
        if (m.ambiguousWord)
            flags += u'a';
        if (m.lowercaseWord)
            flags += u'l';
        if (m.capitalized)
            flags += u'C';
        out << text.mid(m.start, m.length).toString() + u'|' + kinds + u'|' + flags;
    }
    return out;
}

} // namespace

class TestPlaceScan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(Gazetteer::shared().isValid()); }

    void scan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kinds");
        QTest::addColumn<QStringList>("expected");
        const int french = int(PlaceKind::Commune | PlaceKind::Department | PlaceKind::Region);
        QTest::newRow("commune and department hint")
            << "Le CHU de Saint-Étienne (Loire) a été visé." << french
            << QStringList{"Saint-Étienne|c|C", "Loire|cd|C"}; // Loire is a commune too
        QTest::newRow("longest match wins")
            << "L’hôpital de Saint-Jean-d’Angély." << french
            << QStringList{"L’hôpital|c|aC", "Saint-Jean-d’Angély|c|C"}; // L'Hôpital (57)
        QTest::newRow("abbreviation with dot")
            << "à St. Étienne hier" << french << QStringList{"St. Étienne|c|C"};
        QTest::newRow("former region") << "en ex-Nord-Pas-de-Calais, à Lille" << french
                                       << QStringList{"Nord-Pas-de-Calais|r|C", "Lille|c|C"};
        QTest::newRow("no match across a line break")
            << "Saint\nDenis" << int(PlaceKind::Commune) << QStringList{};
        QTest::newRow("no match across a comma")
            << "Bar, Plan" << int(PlaceKind::Commune) << QStringList{"Bar|c|alC", "Plan|c|alC"};
        QTest::newRow("ordinary words are flagged")
            << "un plan de continuité" << int(PlaceKind::Commune) << QStringList{"plan|c|al"};
        QTest::newRow("lowercase word") << "Tours et tours" << int(PlaceKind::Commune)
                                        << QStringList{"Tours|c|lC", "tours|c|l"};
        QTest::newRow("kinds filter")
            << "Rennes, Allemagne" << int(PlaceKind::Country) << QStringList{"Allemagne|n|C"};
        QTest::newRow("country variants")
            << "aux États-Unis et au Royaume-Uni" << int(PlaceKind::Country)
            << QStringList{"États-Unis|n|C", "Royaume-Uni|n|C"};
        QTest::newRow("towns abroad")
            << "a hospital in Düsseldorf, Germany" << int(PlaceKind::Town | PlaceKind::Country)
            << QStringList{"Düsseldorf|t|C", "Germany|n|C"};
        QTest::newRow("arrondissement")
            << "dans le 12e arrondissement de Paris" << int(PlaceKind::Commune)
            << QStringList{"12e arrondissement de Paris|c|"};
        QTest::newRow("empty") << "" << french << QStringList{};
    }
    void scan()
    {
        QFETCH(QString, text);
        QFETCH(int, kinds);
        QFETCH(QStringList, expected);
        const auto mentions = Gazetteer::shared().scan(text, PlaceKinds(kinds));
        QCOMPARE(describe(text, mentions), expected);
    }

    // Every key of the generated tables is found by the scanner: checks the
    // hash index (communes, names) and the towns' Bloom filter and search.
    void everyKeyIsFound_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        QTest::newRow("communes") << ":/gazetteer/communes.tsv" << int(PlaceKind::Commune);
        QTest::newRow("names") << ":/gazetteer/names.tsv"
                               << int(PlaceKind::Department | PlaceKind::Region |
                                      PlaceKind::Country);
        QTest::newRow("towns") << ":/gazetteer/towns.tsv" << int(PlaceKind::Town);
    }
    void everyKeyIsFound()
    {
        QFETCH(QString, path);
        QFETCH(int, kind);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QString previous;
        int checked = 0;
        for (const QByteArray &line : lines) {
            const QString key = QString::fromUtf8(line.left(line.indexOf('\t')));
            if (key.isEmpty() || key == previous || line.contains("\tA\t"))
                continue; // (adjectives of nationality are not scanned)
            previous = key;
            const auto mentions = Gazetteer::shared().scan(key, PlaceKinds(kind));
            QVERIFY2(mentions.size() == 1, qPrintable(key));
            QCOMPARE(mentions.first().key, key);
            QCOMPARE(mentions.first().length, key.size());
            QVERIFY(mentions.first().kinds & PlaceKinds(kind));
            ++checked;
        }
        QVERIFY(checked > 500);
    }

    void mentionKeyFeedsLookups()
    {
        const QString text = QStringLiteral("à ST-ETIENNE-DU-ROUVRAY");
        const auto mentions = Gazetteer::shared().scan(text, PlaceKind::Commune);
        QCOMPARE(mentions.size(), 1);
        QCOMPARE(mentions.first().key, QStringLiteral("st etienne du rouvray"));
        QCOMPARE(mentions.first().words, 4);
        const auto communes = Gazetteer::shared().communesByName(mentions.first().key);
        QCOMPARE(communes.size(), 1);
        QCOMPARE(communes.first().code, QStringLiteral("76575"));
    }
};

QTEST_GUILESS_MAIN(TestPlaceScan)
#include "tst_placescan.moc"
