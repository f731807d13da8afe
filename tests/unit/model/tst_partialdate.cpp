// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/PartialDate.h"

#include <QTest>

using vigie::PartialDate;
using Precision = vigie::PartialDate::Precision;

class TestPartialDate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("precision");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::newRow("year") << "2022" << true << 1 << "2022-01-01"
                              << "2022-12-31";
        QTest::newRow("month") << "2022-08" << true << 2 << "2022-08-01"
                               << "2022-08-31";
        QTest::newRow("february leap") << "2024-02" << true << 2 << "2024-02-01"
                                       << "2024-02-29";
        QTest::newRow("february") << "2025-02" << true << 2 << "2025-02-01"
                                  << "2025-02-28";
        QTest::newRow("day") << "2022-08-20" << true << 3 << "2022-08-20"
                             << "2022-08-20";
        QTest::newRow("empty") << "" << true << 0 << ""
                               << "";
        QTest::newRow("impossible day") << "2025-02-30" << false << 0 << ""
                                        << "";
        QTest::newRow("month 13") << "2025-13" << false << 0 << ""
                                  << "";
        QTest::newRow("month 0") << "2025-00" << false << 0 << ""
                                 << "";
        QTest::newRow("slashes") << "2025/02/01" << false << 0 << ""
                                 << "";
        QTest::newRow("short") << "25" << false << 0 << ""
                               << "";
        QTest::newRow("letters") << "20x5" << false << 0 << ""
                                 << "";
        QTest::newRow("time") << "2025-02-01T10:00" << false << 0 << ""
                              << "";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, precision);
        QFETCH(QString, first);
        QFETCH(QString, last);
        const auto d = PartialDate::fromIso(text);
        QCOMPARE(d.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(int(d->precision()), precision);
        QCOMPARE(d->toIso(), text);
        QCOMPARE(d->firstDate().toString(Qt::ISODate), first);
        QCOMPARE(d->lastDate().toString(Qt::ISODate), last);
    }

    void storageRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("year") << "1999";
        QTest::newRow("month") << "2000-12";
        QTest::newRow("day") << "2031-01-31";
        QTest::newRow("null") << "";
    }
    void storageRoundTrip()
    {
        QFETCH(QString, text);
        const PartialDate d = *PartialDate::fromIso(text);
        const PartialDate back = PartialDate::fromStorage(d.firstJulianDay(), int(d.precision()));
        QCOMPARE(back, d);
        QCOMPARE(back.toIso(), text);
    }

    void ordering()
    {
        const auto year = *PartialDate::fromIso(u"2022");
        const auto jan = *PartialDate::fromIso(u"2022-01");
        const auto jan1 = *PartialDate::fromIso(u"2022-01-01");
        const auto feb = *PartialDate::fromIso(u"2022-02");
        QVERIFY(PartialDate() < year);
        QVERIFY(year < jan);
        QVERIFY(jan < jan1);
        QVERIFY(jan1 < feb);
        QVERIFY(!(feb < jan));
    }

    void truncation()
    {
        const auto day = *PartialDate::fromIso(u"2022-08-20");
        QCOMPARE(day.truncated(Precision::Month).toIso(), QStringLiteral("2022-08"));
        QCOMPARE(day.truncated(Precision::Year).toIso(), QStringLiteral("2022"));
        const auto year = *PartialDate::fromIso(u"2022");
        QCOMPARE(year.truncated(Precision::Day), year);
    }
};

QTEST_GUILESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
