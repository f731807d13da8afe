// SPDX-License-Identifier: GPL-3.0-or-later
// Matching an extracted incident against known ones, and the text hash.
#include "commands/IncidentMatcher.h"

#include <QTest>

using namespace vigie;
using namespace vigie::commands;

namespace {

Incident make(const QString &victim, const QString &occurred, const QString &department = {},
              const QString &commune = {}, std::initializer_list<AttackType> types = {})
{
    Incident i;
    if (!victim.isEmpty())
        i.victims = {victim};
    i.occurred = PartialDate::fromIso(occurred).value_or(PartialDate());
    i.country = QStringLiteral("FR");
    i.department = department;
    i.commune = commune;
    if (types.size() > 0) {
        AttackTypes t;
        for (AttackType a : types)
            t.insert(a);
        i.attackTypes = t;
    }
    return i;
}

} // namespace

class TestIncidentMatcher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hash()
    {
        const QByteArray h = articleTextHash(QStringLiteral("Un  Hôpital\nattaqué "));
        QCOMPARE(h.size(), 32);
        QCOMPARE(articleTextHash(QStringLiteral("un hôpital attaqué")), h);
        // NFD input: the same after NFC.
        QCOMPARE(articleTextHash(QStringLiteral("un ho\u0302pital attaque\u0301")), h);
        QVERIFY(articleTextHash(QStringLiteral("un hôpital attaqué !")) != h);
        QVERIFY(articleTextHash(QStringLiteral(" \n ")).isEmpty());
    }

    void victims_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("short form") << "CH Sud Francilien"
                                    << "Centre hospitalier Sud Francilien" << true;
        QTest::newRow("accents, case, hyphens") << "Hôpital André-Mignot"
                                                << "hopital andre mignot" << true;
        QTest::newRow("acronym added") << "Centre hospitalier Sud Francilien (CHSF)"
                                       << "Centre hospitalier Sud Francilien" << true;
        QTest::newRow("other town") << "CHU de Rennes"
                                    << "CHU de Brest" << false;
        QTest::newRow("generic only") << "Centre hospitalier"
                                      << "centre hospitalier" << false;
        QTest::newRow("one word short") << "CHU de Rennes"
                                        << "CHU Rennes Sud" << true;
        QTest::newRow("different") << "Clinique Saint-Victor"
                                   << "Clinique Saint-Jean" << false;
    }
    void victims()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(sameVictim(a, b), same);
        QCOMPARE(sameVictim(b, a), same);
    }

    void days_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("days");
        QTest::newRow("same day") << "2022-08-20"
                                  << "2022-08-20" << 0;
        QTest::newRow("two days") << "2022-08-20"
                                  << "2022-08-22" << 2;
        QTest::newRow("month contains day") << "2022-08"
                                            << "2022-08-31" << 0;
        QTest::newRow("month to next month's day") << "2022-08"
                                                   << "2022-09-05" << 5;
        QTest::newRow("year end") << "2022-12-30"
                                  << "2023-01-02" << 3;
        QTest::newRow("null") << ""
                              << "2023-01-02" << -1;
    }
    void days()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, days);
        const auto d = daysApart(PartialDate::fromIso(a).value_or(PartialDate()),
                                 PartialDate::fromIso(b).value_or(PartialDate()));
        QCOMPARE(d ? int(*d) : -1, days);
    }

    void attacks()
    {
        using A = AttackType;
        const auto set = [](std::initializer_list<A> l) {
            AttackTypes t;
            for (A a : l)
                t.insert(a);
            return std::optional<AttackTypes>(t);
        };
        QVERIFY(similarAttack(set({A::Ransomware}), set({A::Ransomware, A::DataTheft})));
        QVERIFY(similarAttack(set({A::Ransomware}), set({A::DataTheft})));
        QVERIFY(similarAttack(set({A::Phishing}), set({A::CredentialAbuse})));
        QVERIFY(!similarAttack(set({A::Ddos}), set({A::Ransomware})));
        QVERIFY(!similarAttack(set({A::Unknown}), set({A::Unknown})));
        QVERIFY(!similarAttack(std::nullopt, set({A::Ransomware})));
    }

    void matching_data()
    {
        QTest::addColumn<int>("expected"); // index in the known list, -1 for none
        QTest::addColumn<QString>("victim");
        QTest::addColumn<QString>("occurred");
        QTest::addColumn<QString>("department");
        QTest::addColumn<QString>("commune");
        QTest::addColumn<bool>("ransomware");
        QTest::newRow("same victim, 2 days") << 0 << "CH Sud Francilien"
                                             << "2022-08-22"
                                             << ""
                                             << "" << false;
        QTest::newRow("same victim, 3 weeks") << -1 << "CH Sud Francilien"
                                              << "2022-09-12"
                                              << ""
                                              << "" << false;
        QTest::newRow("same victim, month only") << 0 << "CH Sud Francilien"
                                                 << "2022-08"
                                                 << ""
                                                 << "" << false;
        QTest::newRow("same commune, similar attack") << 1 << ""
                                                      << "2023-03-05"
                                                      << ""
                                                      << "Saint-Étienne" << true;
        QTest::newRow("same commune, St- spelling") << 1 << ""
                                                    << "2023-03-05"
                                                    << ""
                                                    << "St-Etienne" << true;
        QTest::newRow("same commune, no attack stated") << -1 << ""
                                                        << "2023-03-05"
                                                        << ""
                                                        << "Saint-Étienne" << false;
        QTest::newRow("same department") << 1 << ""
                                         << "2023-03-09"
                                         << "42"
                                         << "" << true;
        QTest::newRow("other department") << -1 << ""
                                          << "2023-03-09"
                                          << "69"
                                          << "" << true;
        QTest::newRow("other victim same day") << -1 << "CHU de Rennes"
                                               << "2022-08-20"
                                               << ""
                                               << "" << false;
    }
    void matching()
    {
        QFETCH(int, expected);
        QFETCH(QString, victim);
        QFETCH(QString, occurred);
        QFETCH(QString, department);
        QFETCH(QString, commune);
        QFETCH(bool, ransomware);
        Incident chsf = make(QStringLiteral("Centre hospitalier Sud Francilien"),
                             QStringLiteral("2022-08-20"), QStringLiteral("91"),
                             QStringLiteral("Corbeil-Essonnes"), {AttackType::Ransomware});
        chsf.id = QStringLiteral("2022-08-chsf");
        chsf.dbId = 7;
        Incident stEtienne =
            make(QStringLiteral("CHU de Saint-Étienne"), QStringLiteral("2023-03-03"),
                 QStringLiteral("42"), QStringLiteral("Saint-Étienne"), {AttackType::DataTheft});
        const IncidentMatcher matcher({chsf, stEtienne});
        Incident candidate =
            ransomware ? make(victim, occurred, department, commune, {AttackType::Ransomware})
                       : make(victim, occurred, department, commune);
        const auto m = matcher.bestMatch(candidate);
        QCOMPARE(m ? m->index : -1, expected);
        if (m && expected == 0) {
            QCOMPARE(m->dbId, qint64(7));
            QCOMPARE(m->slug, QStringLiteral("2022-08-chsf"));
            QVERIFY(m->description().contains(QStringLiteral("same victim")));
        }
    }

    void publishedDateWhenNoOccurred()
    {
        Incident known = make(QStringLiteral("CHU de Brest"), QStringLiteral("2023-06-01"));
        const IncidentMatcher matcher({known});
        Incident candidate = make(QStringLiteral("CHU Brest"), QString());
        candidate.published = *PartialDate::fromIso(QStringLiteral("2023-06-04"));
        QVERIFY(matcher.bestMatch(candidate));
        candidate.published = *PartialDate::fromIso(QStringLiteral("2023-07-04"));
        QVERIFY(!matcher.bestMatch(candidate));
    }
};

QTEST_GUILESS_MAIN(TestIncidentMatcher)
#include "tst_incidentmatcher.moc"
