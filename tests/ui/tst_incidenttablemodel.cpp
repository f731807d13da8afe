// SPDX-License-Identifier: GPL-3.0-or-later
// The incident table model and its sorting proxy, under
// QAbstractItemModelTester, fed through the Notifier as the window is.
#include "db/DatabaseSetup.h"
#include "db/IncidentRepository.h"
#include "models/DisplayText.h"
#include "models/IncidentSortProxy.h"
#include "models/IncidentTableModel.h"
#include "notify/Notifier.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace vigie;
using namespace vigie::ui;

namespace {

Incident makeIncident(const QString &victim, const QString &occurred, int sourceCount)
{
    Incident i;
    i.title = QStringLiteral("Test incident at %1").arg(victim);
    if (!occurred.isEmpty())
        i.occurred = *PartialDate::fromIso(occurred);
    i.country = QStringLiteral("FR");
    i.region = QStringLiteral("94");
    i.department = QStringLiteral("2A");
    i.commune = QStringLiteral("Ajaccio");
    i.victims = {victim};
    i.attackTypes = AttackTypes{AttackType::Ransomware};
    for (int s = 0; s < sourceCount; ++s) {
        Source src;
        src.url = QStringLiteral("https://example.org/%1/%2").arg(victim).arg(s);
        src.outlet = QStringLiteral("Example");
        i.sources.append(src);
    }
    return i;
}

} // namespace

class TestIncidentTableModel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<db::Database> m_db;
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<IncidentTableModel> m_model;
    std::unique_ptr<IncidentSortProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    int m_dbCounter = 0;

    QList<qint64> store(QList<Incident> incidents)
    {
        db::IncidentRepository repo(*m_db);
        if (Status s = repo.insertAll(incidents); !s)
            qFatal("insert failed: %s", qPrintable(s.error()));
        QList<qint64> ids;
        for (const Incident &i : incidents)
            ids.append(i.dbId);
        return ids;
    }

    void checkIndexConsistent()
    {
        for (int r = 0; r < m_model->rowCount(); ++r)
            QCOMPARE(m_model->rowOf(m_model->idAt(r)), r);
    }

    // The proxy's column, top to bottom, as SortRole values.
    QVariantList sortedKeys(int column)
    {
        QVariantList keys;
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            keys.append(m_proxy->index(r, column).data(IncidentTableModel::SortRole));
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void init()
    {
        auto db = db::openDatabase(m_dir.filePath(QStringLiteral("t%1.sqlite").arg(++m_dbCounter)));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        m_db.emplace(std::move(db).value());
        m_notifier = std::make_unique<Notifier>();
        m_model = std::make_unique<IncidentTableModel>(*m_db, *m_notifier);
        m_proxy = std::make_unique<IncidentSortProxy>();
        m_proxy->setSourceModel(m_model.get());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_proxy.reset();
        m_model.reset();
        m_notifier.reset();
        m_db.reset();
    }

    void loadsEveryIncident()
    {
        QCOMPARE(m_model->rowCount(), 138);
        QCOMPARE(m_model->rowCount(), int(db::IncidentRepository(*m_db).count()));
        QCOMPARE(m_model->columnCount(), int(IncidentTableModel::ColumnCount));
        checkIndexConsistent();
        // Every row shows its incident: compare a few against the repository.
        db::IncidentRepository repo(*m_db);
        for (int r : {0, 57, 137}) {
            const qint64 id = m_model->idAt(r);
            const auto incident = repo.load(id);
            QVERIFY(incident);
            QCOMPARE(m_model->index(r, IncidentTableModel::Sources).data().toInt(),
                     int(incident->sources.size()));
            QCOMPARE(m_model->index(r, IncidentTableModel::Occurred).data().toString(),
                     ui::displayDate(incident->occurred));
            QCOMPARE(m_model->index(r, IncidentTableModel::ThreatActor).data().toString(),
                     incident->threatActor);
            QCOMPARE(m_model->index(r, 3).data(IncidentTableModel::IdRole).toLongLong(), id);
        }
    }

    void displaysFields()
    {
        const QList<qint64> ids = store(
            {makeIncident(QStringLiteral("CH de Castelluccio"), QStringLiteral("2023-11"), 2)});
        Q_EMIT m_notifier->incidentsAdded(ids);
        const int r = m_model->rowOf(ids.first());
        QVERIFY(r >= 0);
        auto cell = [&](int column) { return m_model->index(r, column).data().toString(); };
        QCOMPARE(cell(IncidentTableModel::Occurred), QStringLiteral("Nov 2023"));
        QCOMPARE(cell(IncidentTableModel::Victim), QStringLiteral("CH de Castelluccio"));
        QCOMPARE(cell(IncidentTableModel::Department), QStringLiteral("2A Corse-du-Sud"));
        QCOMPARE(cell(IncidentTableModel::Region), QStringLiteral("Corse"));
        QCOMPARE(cell(IncidentTableModel::Country), QStringLiteral("France"));
        QCOMPARE(cell(IncidentTableModel::AttackTypes), QStringLiteral("Ransomware"));
        QCOMPARE(cell(IncidentTableModel::DataCompromised), QString());
        QVERIFY(!m_model->index(r, IncidentTableModel::DataCompromised)
                     .data(IncidentTableModel::SortRole)
                     .isValid());
        QCOMPARE(m_model->index(r, IncidentTableModel::Sources).data().toInt(), 2);
        QCOMPARE(m_model->index(r, IncidentTableModel::Occurred).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("November 2023 (month known, day not stated)"));
    }

    void incrementalAdd()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        const QList<qint64> ids =
            store({makeIncident(QStringLiteral("Alpha"), QStringLiteral("2024-03-05"), 1),
                   makeIncident(QStringLiteral("Beta"), QString(), 3)});
        Q_EMIT m_notifier->incidentsAdded(ids);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 138);
        QCOMPARE(inserted.first().at(2).toInt(), 139);
        QCOMPARE(m_model->rowCount(), 140);
        QCOMPARE(m_proxy->rowCount(), 140);
        QCOMPARE(
            m_model->index(m_model->rowOf(ids[1]), IncidentTableModel::Victim).data().toString(),
            QStringLiteral("Beta"));
        // The same ids again (a repeated notification) add nothing.
        Q_EMIT m_notifier->incidentsAdded(ids);
        QCOMPARE(m_model->rowCount(), 140);
        checkIndexConsistent();
    }

    void incrementalChange()
    {
        const qint64 id = m_model->idAt(10);
        db::IncidentRepository repo(*m_db);
        auto incident = repo.load(id);
        QVERIFY(incident);
        incident->threatActor = QStringLiteral("Changed Actor");
        QVERIFY(repo.update(*incident).ok());
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        Q_EMIT m_notifier->incidentsChanged({id});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 10);
        QCOMPARE(m_model->index(10, IncidentTableModel::ThreatActor).data().toString(),
                 QStringLiteral("Changed Actor"));
    }

    void incrementalRemove()
    {
        // Rows 3, 4 and 90: two runs, removed without a reset.
        const QList<qint64> ids{m_model->idAt(3), m_model->idAt(90), m_model->idAt(4)};
        QVERIFY(db::IncidentRepository(*m_db).remove(ids).ok());
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        Q_EMIT m_notifier->incidentsRemoved(ids);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 2);
        QCOMPARE(m_model->rowCount(), 135);
        QCOMPARE(m_proxy->rowCount(), 135);
        for (qint64 id : ids)
            QCOMPARE(m_model->rowOf(id), -1);
        checkIndexConsistent();
        // Unknown ids are ignored.
        Q_EMIT m_notifier->incidentsRemoved({999999});
        QCOMPARE(m_model->rowCount(), 135);
    }

    void changeOfDeletedIncidentRemovesRow()
    {
        const qint64 id = m_model->idAt(0);
        QVERIFY(db::IncidentRepository(*m_db).remove({id}).ok());
        Q_EMIT m_notifier->incidentsChanged({id});
        QCOMPARE(m_model->rowCount(), 137);
        QCOMPARE(m_model->rowOf(id), -1);
    }

    void dataResetReloads()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        auto empty = db::openDatabase(m_dir.filePath(QStringLiteral("empty.sqlite")),
                                      db::OpenOptions{true, false});
        QVERIFY(empty.ok());
        *m_db = std::move(empty).value();
        Q_EMIT m_notifier->dataReset();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_proxy->rowCount(), 0);
    }

    void sortsDatesWithNullsLast_data()
    {
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::newRow("ascending") << Qt::AscendingOrder;
        QTest::newRow("descending") << Qt::DescendingOrder;
    }

    void sortsDatesWithNullsLast()
    {
        QFETCH(Qt::SortOrder, order);
        Q_EMIT m_notifier->incidentsAdded(
            store({makeIncident(QStringLiteral("Undated"), QString(), 1),
                   makeIncident(QStringLiteral("Month"), QStringLiteral("2022-08"), 1),
                   makeIncident(QStringLiteral("Day"), QStringLiteral("2022-08-01"), 1)}));
        m_proxy->sort(IncidentTableModel::Occurred, order);
        const QVariantList keys = sortedKeys(IncidentTableModel::Occurred);
        QVERIFY(!keys.last().isValid());
        for (int r = 0; r + 2 < keys.size(); ++r) {
            QVERIFY(keys[r].isValid());
            const qint64 a = keys[r].toLongLong();
            const qint64 b = keys[r + 1].toLongLong();
            QVERIFY2(order == Qt::AscendingOrder ? a <= b : a >= b,
                     qPrintable(QStringLiteral("row %1").arg(r)));
        }
        // A month-only date sorts before the days in it (ascending).
        auto rowOfVictim = [&](const QString &victim) {
            for (int r = 0; r < m_proxy->rowCount(); ++r)
                if (m_proxy->index(r, IncidentTableModel::Victim).data().toString() == victim)
                    return r;
            return -1;
        };
        if (order == Qt::AscendingOrder)
            QVERIFY(rowOfVictim(QStringLiteral("Month")) < rowOfVictim(QStringLiteral("Day")));
        else
            QVERIFY(rowOfVictim(QStringLiteral("Month")) > rowOfVictim(QStringLiteral("Day")));
    }

    void staysSortedThroughIncrementalChanges()
    {
        m_proxy->sort(IncidentTableModel::Occurred, Qt::DescendingOrder);
        auto checkOrder = [&] {
            const QVariantList keys = sortedKeys(IncidentTableModel::Occurred);
            for (int r = 0; r + 1 < keys.size(); ++r)
                if (keys[r + 1].isValid() && keys[r].toLongLong() < keys[r + 1].toLongLong())
                    return false;
            return true;
        };
        const QList<qint64> added =
            store({makeIncident(QStringLiteral("Newest"), QStringLiteral("2099-01-01"), 1)});
        Q_EMIT m_notifier->incidentsAdded(added);
        QCOMPARE(m_proxy->index(0, IncidentTableModel::Victim).data().toString(),
                 QStringLiteral("Newest"));
        QVERIFY(checkOrder());

        // The newest becomes the oldest: it moves to the bottom.
        db::IncidentRepository repo(*m_db);
        auto incident = repo.load(added.first());
        incident->occurred = PartialDate::ofYear(1990);
        QVERIFY(repo.update(*incident).ok());
        Q_EMIT m_notifier->incidentsChanged(added);
        QCOMPARE(
            m_proxy->index(m_proxy->rowCount() - 1, IncidentTableModel::Victim).data().toString(),
            QStringLiteral("Newest"));
        QVERIFY(checkOrder());

        // Removing rows keeps the rest in order and the keys in step.
        const QList<qint64> gone{m_model->idAt(0), m_model->idAt(77)};
        QVERIFY(repo.remove(gone).ok());
        Q_EMIT m_notifier->incidentsRemoved(gone);
        QVERIFY(checkOrder());
        Q_EMIT m_notifier->incidentsAdded(
            store({makeIncident(QStringLiteral("Middle"), QStringLiteral("2020-06"), 1)}));
        QVERIFY(checkOrder());
    }

    void sortsNumbersNumerically()
    {
        // 10 and 11 sources must come after 9, not between 1 and 2.
        m_proxy->sort(IncidentTableModel::Sources, Qt::AscendingOrder);
        int previous = -1;
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            const int n = m_proxy->index(r, IncidentTableModel::Sources).data().toInt();
            QVERIFY(n >= previous);
            previous = n;
        }
        QCOMPARE(previous, 11);
    }

    void sortsTextWithCollation()
    {
        Q_EMIT m_notifier->incidentsAdded(
            store({makeIncident(QStringLiteral("Ézzzz Zeta"), QStringLiteral("2020"), 1),
                   makeIncident(QStringLiteral("Ezzzz Alpha"), QStringLiteral("2020"), 1)}));
        m_proxy->sort(IncidentTableModel::ThreatActor, Qt::AscendingOrder);
        // Empty threat actors go last, named ones first in order.
        const QVariantList keys = sortedKeys(IncidentTableModel::ThreatActor);
        QVERIFY(keys.first().isValid());
        QVERIFY(!keys.last().isValid());
        m_proxy->sort(IncidentTableModel::Victim, Qt::AscendingOrder);
        int alpha = -1;
        int zeta = -1;
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            const QString v = m_proxy->index(r, IncidentTableModel::Victim).data().toString();
            if (v == u"Ezzzz Alpha")
                alpha = r;
            if (v == u"Ézzzz Zeta")
                zeta = r;
        }
        // Accent and case do not send "Ézzzz" after every plain letter.
        QVERIFY(alpha >= 0 && zeta == alpha + 1);
    }

    void departmentSortKey_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("1 < 2") << "01"
                               << "02";
        QTest::newRow("19 < 2A") << "19"
                                 << "2A";
        QTest::newRow("2A < 2B") << "2A"
                                 << "2B";
        QTest::newRow("2B < 21") << "2B"
                                 << "21";
        QTest::newRow("95 < 971") << "95"
                                  << "971";
        QTest::newRow("9 < 10") << "09"
                                << "10";
    }

    void departmentSortKey()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QVERIFY(ui::departmentSortKey(before) < ui::departmentSortKey(after));
    }

    void displayDate_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QString>("shown");
        QTest::newRow("day") << "2022-08-20"
                             << "20 Aug 2022";
        QTest::newRow("month") << "2022-08"
                               << "Aug 2022";
        QTest::newRow("year") << "2022"
                              << "2022";
        QTest::newRow("none") << ""
                              << "";
    }

    void displayDate()
    {
        QFETCH(QString, iso);
        QFETCH(QString, shown);
        QCOMPARE(ui::displayDate(*PartialDate::fromIso(iso)), shown);
    }
};

QTEST_GUILESS_MAIN(TestIncidentTableModel)
#include "tst_incidenttablemodel.moc"
