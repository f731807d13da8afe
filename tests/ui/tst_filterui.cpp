// SPDX-License-Identifier: GPL-3.0-or-later
// The filter panel, the filtered table, the "N of M" count and saved views,
// on the real MainWindow with the bundled dataset (138 incidents).
#include "WindowTestSupport.h"
#include "db/DatabaseSetup.h"
#include "db/IncidentRepository.h"
#include "filter/FacetList.h"
#include "filter/FilterPanel.h"
#include "filter/SavedViewsMenu.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Translations.h"
#include "models/IncidentTableModel.h"
#include "widgets/MessageBox.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace vigie;
using namespace vigie::ui;

namespace {

constexpr int keyRole = Qt::UserRole + 1; // FacetList's key role
constexpr int bundled = 138;

filter::FilterSpec spec(const QString &text)
{
    auto s = filter::FilterSpec::parse(text);
    if (!s)
        qFatal("bad spec %s: %s", qPrintable(text), qPrintable(s.error()));
    return *s;
}

// Counts every structural signal of a model.
struct ModelSignals {
    explicit ModelSignals(QAbstractItemModel *m)
        : reset(m, &QAbstractItemModel::modelReset)
        , inserted(m, &QAbstractItemModel::rowsInserted)
        , removed(m, &QAbstractItemModel::rowsRemoved)
        , layout(m, &QAbstractItemModel::layoutChanged)
    {
    }
    QSignalSpy reset, inserted, removed, layout;
};

} // namespace

class TestFilterUi : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("f%1.sqlite").arg(++m_counter)); }

    std::unique_ptr<MainWindow> openWindow(const QString &path = {})
    {
        return test::showWindow(path.isEmpty() ? freshPath() : path);
    }

    static FacetList *facet(MainWindow &w, const char *name)
    {
        return w.findChild<FacetList *>(QString::fromLatin1(name));
    }

    static QListWidgetItem *item(FacetList *f, const QString &key)
    {
        for (int i = 0; i < f->list()->count(); ++i)
            if (f->list()->item(i)->data(keyRole).toString() == key)
                return f->list()->item(i);
        return nullptr;
    }

    // The number in "Name (count)".
    static int countOf(QListWidgetItem *i)
    {
        const QString t = i ? i->text() : QString();
        const qsizetype open = t.lastIndexOf(u'(');
        return open < 0 ? -1 : t.mid(open + 1, t.size() - open - 2).toInt();
    }

    static QString countLabel(MainWindow &w)
    {
        auto *l = w.findChild<QLabel *>(QStringLiteral("incidentCount"));
        return l ? l->text() : QString();
    }

    static QList<qint64> modelIds(const IncidentTableModel &m)
    {
        QList<qint64> ids;
        for (int r = 0; r < m.rowCount(); ++r)
            ids.append(m.idAt(r));
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("VigieTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_filterui"));
        MessageBox::setAutoAnswer(QMessageBox::Yes);
        QVERIFY(installTranslators(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom)));
    }

    void dockAndMenu()
    {
        auto w = openWindow();
        QVERIFY(w->findChild<QDockWidget *>(QStringLiteral("filterDock")));
        QVERIFY(w->findChild<FilterPanel *>(QStringLiteral("filterPanel")));
        QVERIFY(w->findChild<QMenu *>(QStringLiteral("menuViews")));
        QCOMPARE(countLabel(*w), QStringLiteral("138 incidents"));

        // Departments start folded; the header opens them; the find field
        // narrows the list (a ticked value stays shown).
        FacetList *departments = facet(*w, "facetDepartments");
        QVERIFY(!departments->isExpanded());
        QVERIFY(!departments->list()->isVisibleTo(w.get()));
        w->findChild<QToolButton *>(QStringLiteral("facetDepartmentsHeader"))->click();
        QVERIFY(departments->list()->isVisibleTo(w.get()));
        QListWidgetItem *nord = item(departments, QStringLiteral("59"));
        QVERIFY(nord);
        QVERIFY2(nord->text().startsWith(QStringLiteral("59 Nord (")), qPrintable(nord->text()));
        item(departments, QStringLiteral("34"))->setCheckState(Qt::Checked);
        QTest::keyClicks(departments->searchField(), QStringLiteral("nord"));
        int shown = 0;
        for (int i = 0; i < departments->list()->count(); ++i)
            shown += departments->list()->item(i)->isHidden() ? 0 : 1;
        QCOMPARE(shown, 2);
        QVERIFY(!nord->isHidden());
        QVERIFY(!item(departments, QStringLiteral("34"))->isHidden());
        QCOMPARE(w->filterController().spec().departments, QStringList{QStringLiteral("34")});
    }

    // The table shows exactly the filtered set, through inserts and
    // removals only (138 -> fewer -> 138), and the count says "N of M".
    void tableFollowsFilter()
    {
        auto w = openWindow();
        IncidentTableModel &model = w->incidentModel();
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelSignals spy(&model);
        filter::FilterController &c = w->filterController();
        QCOMPARE(model.rowCount(), bundled);

        QVERIFY(c.setSpec(spec(QStringLiteral("region=11"))).ok());
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(modelIds(model), c.engine().selectedIds());
        QCOMPARE(countLabel(*w), QStringLiteral("8 of 138 incidents"));
        QVERIFY(spy.removed.count() > 0);

        QVERIFY(c.setSpec(spec(QStringLiteral("region=11,84"))).ok());
        QCOMPARE(model.rowCount(), 16);
        QCOMPARE(modelIds(model), c.engine().selectedIds());

        QVERIFY(c.setSpec({}).ok());
        QCOMPARE(model.rowCount(), bundled);
        QCOMPARE(countLabel(*w), QStringLiteral("138 incidents"));
        QVERIFY(spy.inserted.count() > 0);
        QCOMPARE(spy.reset.count(), 0);
        QCOMPARE(spy.layout.count(), 0);

        // Nothing passes: "0 of 138".
        QVERIFY(c.setSpec(spec(QStringLiteral("region=11;country=DE"))).ok());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(countLabel(*w), QStringLiteral("0 of 138 incidents"));
        QCOMPARE(spy.reset.count(), 0);
    }

    // Random specs in a row: after each, the rows are the engine's
    // selection in database order, never through a reset; the tester checks
    // every insert and removal.
    void tableFollowsRandomFilters()
    {
        auto w = openWindow();
        IncidentTableModel &model = w->incidentModel();
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelSignals spy(&model);
        filter::FilterController &c = w->filterController();
        const QStringList clauses = {
            QStringLiteral("region=11"),         QStringLiteral("region=84,76"),
            QStringLiteral("attack=ransomware"), QStringLiteral("attack=phishing,ddos"),
            QStringLiteral("from=2021"),         QStringLiteral("to=2022-06"),
            QStringLiteral("ransom=yes"),        QStringLiteral("ransom=no"),
            QStringLiteral("country=FR"),        QStringLiteral("q=hopital"),
            QStringLiteral("kind=hospital"),     QStringLiteral("impact=care_disrupted"),
        };
        QRandomGenerator rng(4);
        for (int round = 0; round < 60; ++round) {
            QStringList chosen;
            QSet<QString> keys;
            for (int n = int(rng.bounded(4)); n > 0; --n) {
                const QString clause = clauses.at(int(rng.bounded(clauses.size())));
                const QString key = clause.section(u'=', 0, 0);
                if (!keys.contains(key)) {
                    keys.insert(key);
                    chosen.append(clause);
                }
            }
            auto s = filter::FilterSpec::parse(chosen.join(u';'));
            QVERIFY2(s.ok(), qPrintable(s.error()));
            QVERIFY(c.setSpec(*s).ok());
            QCOMPARE(modelIds(model), c.engine().selectedIds());
        }
        QCOMPARE(spy.reset.count(), 0);
    }

    // Ticking a value in the panel sets the spec; each facet's counts honour
    // every filter but its own.
    void panelSetsSpecAndLinkedCounts()
    {
        auto w = openWindow();
        filter::FilterController &c = w->filterController();
        FacetList *regions = facet(*w, "facetRegions");
        FacetList *attacks = facet(*w, "facetAttackTypes");
        QVERIFY(regions && attacks);
        QListWidgetItem *idf = item(regions, QStringLiteral("11"));
        QVERIFY(idf);
        QVERIFY2(idf->text().startsWith(QStringLiteral("Île-de-France (8)")),
                 qPrintable(idf->text()));
        QCOMPARE(countOf(item(attacks, QStringLiteral("ransomware"))), 69);

        idf->setCheckState(Qt::Checked);
        QCOMPARE(c.spec().regions, QStringList{QStringLiteral("11")});
        QCOMPARE(w->incidentModel().rowCount(), 8);
        QCOMPARE(countLabel(*w), QStringLiteral("8 of 138 incidents"));
        // Other facets follow the region filter...
        QCOMPARE(countOf(item(attacks, QStringLiteral("ransomware"))), 3);
        // ...the region facet ignores its own: other regions keep their counts.
        QCOMPARE(countOf(item(regions, QStringLiteral("84"))), 8);
        QCOMPARE(countOf(item(regions, QStringLiteral("11"))), 8);

        // An attack type filter restricts the region counts, not its own.
        item(attacks, QStringLiteral("ransomware"))->setCheckState(Qt::Checked);
        QCOMPARE(c.spec().attackTypes, AttackTypes{AttackType::Ransomware});
        QCOMPARE(w->incidentModel().rowCount(), 3);
        QCOMPARE(countOf(item(regions, QStringLiteral("11"))), 3);
        QVERIFY(countOf(item(attacks, QStringLiteral("phishing"))) >= 0);

        // Zero counts stay listed and checkable, greyed.
        QListWidgetItem *zero = nullptr;
        for (int i = 0; i < attacks->list()->count() && !zero; ++i)
            if (countOf(attacks->list()->item(i)) == 0)
                zero = attacks->list()->item(i);
        QVERIFY(zero);
        QVERIFY(zero->flags() & Qt::ItemIsUserCheckable);
        QVERIFY(zero->flags() & Qt::ItemIsEnabled);
        QVERIFY(zero->data(Qt::ForegroundRole).isValid());
    }

    // Keyboard: Space on the current item ticks it.
    void keyboardTicks()
    {
        auto w = openWindow();
        FacetList *attacks = facet(*w, "facetAttackTypes");
        QListWidget *list = attacks->list();
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(list->item(0)->checkState(), Qt::Checked);
        QVERIFY(!w->filterController().spec().attackTypes.isEmpty());
        QTest::keyClick(list, Qt::Key_Space);
        QVERIFY(w->filterController().spec().attackTypes.isEmpty());
    }

    // The search box applies after a pause, folds accents, shows errors
    // inline, and the clear button clears. An incident added while the
    // search is active appears when it matches.
    void searchBox()
    {
        auto w = openWindow();
        filter::FilterController &c = w->filterController();
        auto *search = w->findChild<QLineEdit *>(QStringLiteral("filterSearch"));
        auto *error = w->findChild<QLabel *>(QStringLiteral("filterSearchError"));
        QVERIFY(search && error);
        QVERIFY(search->isClearButtonEnabled());
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("securite"));
        QCOMPARE(c.spec().text, QString()); // debounced
        QTRY_COMPARE_WITH_TIMEOUT(c.spec().text, QStringLiteral("securite"), 3000);
        // The bundled incidents never say "sécurité" in their indexed text.
        QCOMPARE(w->incidentModel().rowCount(), 0);
        QCOMPARE(countLabel(*w), QStringLiteral("0 of 138 incidents"));
        QList<Incident> added(2);
        added[0].title = QStringLiteral("Faille de sécurité au centre hospitalier de Test");
        added[1].title = QStringLiteral("Panne sans rapport");
        QVERIFY(db::IncidentRepository(w->database()).insertAll(added).ok());
        Q_EMIT w->notifier().incidentsAdded({added[0].dbId, added[1].dbId});
        QCOMPARE(w->incidentModel().rowCount(), 1);
        QCOMPARE(w->incidentModel().idAt(0), added[0].dbId);
        QCOMPARE(countLabel(*w), QStringLiteral("1 of 140 incidents"));

        // "Hôpital" and "hopital" find the same incidents.
        search->clear();
        QCOMPARE(c.spec().text, QString());
        QCOMPARE(w->incidentModel().rowCount(), bundled + 2);
        QTest::keyClicks(search, QStringLiteral("hopital"));
        w->filterPanel()->commitSearch();
        const QList<qint64> plain = modelIds(w->incidentModel());
        QVERIFY(plain.size() > 0 && plain.size() < bundled);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("HÔPITAL"));
        w->filterPanel()->commitSearch();
        QCOMPARE(modelIds(w->incidentModel()), plain);

        // An unterminated phrase: the error shows, the filter stays.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("\"plan blanc"));
        w->filterPanel()->commitSearch();
        QVERIFY(error->isVisibleTo(w.get()));
        QVERIFY2(error->text().contains(QStringLiteral("plan blanc")), qPrintable(error->text()));
        QCOMPARE(c.spec().text, QString());
        // Another filter change keeps what the user typed.
        QVERIFY(c.setSpec(spec(QStringLiteral("region=11"))).ok());
        QCOMPARE(search->text(), QStringLiteral("\"plan blanc"));
        QTest::keyClick(search, Qt::Key_QuoteDbl);
        w->filterPanel()->commitSearch();
        QVERIFY(!error->isVisibleTo(w.get()));
        QCOMPARE(c.spec().text, QStringLiteral("\"plan blanc\""));
        // Escape clears the box.
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QCOMPARE(c.spec().text, QString());
    }

    void dateRange()
    {
        auto w = openWindow();
        filter::FilterController &c = w->filterController();
        auto *from = w->findChild<QLineEdit *>(QStringLiteral("filterFrom"));
        auto *to = w->findChild<QLineEdit *>(QStringLiteral("filterTo"));
        auto *error = w->findChild<QLabel *>(QStringLiteral("filterDateError"));
        QVERIFY(from && to && error);
        from->setFocus();
        QTest::keyClicks(from, QStringLiteral("2022"));
        QTest::keyClick(from, Qt::Key_Return);
        QCOMPARE(c.spec().from, PartialDate::ofYear(2022));
        const int since2022 = w->incidentModel().rowCount();
        QVERIFY(since2022 > 0 && since2022 < bundled);
        to->setFocus();
        QTest::keyClicks(to, QStringLiteral("2022-13"));
        QTest::keyClick(to, Qt::Key_Return);
        QVERIFY(error->isVisibleTo(w.get()));
        QVERIFY2(error->text().contains(QStringLiteral("to=2022-13")), qPrintable(error->text()));
        QVERIFY(c.spec().to.isNull());
        to->clear();
        QTest::keyClicks(to, QStringLiteral("2022-12"));
        QTest::keyClick(to, Qt::Key_Return);
        QVERIFY(!error->isVisibleTo(w.get()));
        QCOMPARE(c.spec().to, PartialDate::ofMonth(2022, 12));
        QVERIFY(w->incidentModel().rowCount() <= since2022);

        // The date switch.
        auto *field = w->findChild<QComboBox *>(QStringLiteral("filterDateField"));
        QVERIFY(field);
        field->setFocus();
        field->setCurrentIndex(field->findData(int(filter::DateField::Published)));
        Q_EMIT field->activated(field->currentIndex());
        QCOMPARE(c.spec().dateField, filter::DateField::Published);

        // Set elsewhere (a timeline brush): the fields follow.
        filter::FilterSpec s = c.spec();
        s.from = PartialDate::ofMonth(2020, 3);
        s.to = {};
        QVERIFY(c.setSpec(s).ok());
        QCOMPARE(from->text(), QStringLiteral("2020-03"));
        QCOMPARE(to->text(), QString());
        w->findChild<QToolButton *>(QStringLiteral("filterDatesReset"))->click();
        QVERIFY(!c.spec().hasDateRange());
        QCOMPARE(from->text(), QString());
    }

    // Reset per facet clears that facet only; Reset all (button and
    // Ctrl+Shift+R) clears everything; a spec set by another view shows.
    void resets()
    {
        auto w = openWindow();
        filter::FilterController &c = w->filterController();
        QVERIFY(c.setSpec(spec(QStringLiteral("region=11;attack=ransomware;q=hopital"))).ok());
        FacetList *regions = facet(*w, "facetRegions");
        // The panel reflects a spec it did not set.
        QCOMPARE(item(regions, QStringLiteral("11"))->checkState(), Qt::Checked);
        QCOMPARE(w->findChild<QLineEdit *>(QStringLiteral("filterSearch"))->text(),
                 QStringLiteral("hopital"));
        QVERIFY(regions->resetButton()->isEnabled());
        regions->resetButton()->click();
        QVERIFY(c.spec().regions.isEmpty());
        QCOMPARE(c.spec().attackTypes, AttackTypes{AttackType::Ransomware});
        QCOMPARE(c.spec().text, QStringLiteral("hopital"));
        QVERIFY(!regions->resetButton()->isEnabled());

        auto *resetAll = w->findChild<QPushButton *>(QStringLiteral("filterResetAll"));
        QVERIFY(resetAll->isEnabled());
        resetAll->click();
        QVERIFY(c.spec().isEmpty());
        QCOMPARE(w->incidentModel().rowCount(), bundled);
        QVERIFY(!resetAll->isEnabled());
        QCOMPARE(w->findChild<QLineEdit *>(QStringLiteral("filterSearch"))->text(), QString());

        QVERIFY(c.setSpec(spec(QStringLiteral("ransom=yes;kind=hospital"))).ok());
        QVERIFY(w->incidentModel().rowCount() < bundled);
        w->activateWindow();
        QTest::keySequence(w.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        QVERIFY(c.spec().isEmpty());
        QCOMPARE(w->incidentModel().rowCount(), bundled);
    }

    // Save, reopen, persist across reopening the database, delete.
    void savedViews()
    {
        const QString path = freshPath();
        const QString text = QStringLiteral("region=11;attack=ransomware");
        {
            auto w = openWindow(path);
            SavedViewsMenu *menu = w->savedViewsMenu();
            QVERIFY(menu);
            QVERIFY(w->filterController().setSpec(spec(text)).ok());
            QVERIFY(menu->saveCurrentView(QStringLiteral("IDF ransomware")));
            QVERIFY(w->filterController().setSpec(spec(QStringLiteral("ransom=yes"))).ok());
            QVERIFY(menu->saveCurrentView(QStringLiteral("Ransoms")));
            QCOMPARE(menu->views().size(), 2);
            QVERIFY(w->filterController().setSpec({}).ok());
            QVERIFY(menu->openView(QStringLiteral("idf RANSOMWARE")));
            QCOMPARE(w->filterController().spec(), spec(text));
            QCOMPARE(w->incidentModel().rowCount(), 3);
            // The menu lists them, the current one ticked.
            Q_EMIT menu->aboutToShow();
            QStringList names;
            for (QAction *a : menu->actions())
                if (a->objectName().startsWith(QStringLiteral("savedView_"))) {
                    names.append(a->text());
                    if (a->text().contains(QStringLiteral("IDF")))
                        QVERIFY(a->isChecked());
                }
            QCOMPARE(names, (QStringList{QStringLiteral("&1 IDF ransomware"),
                                         QStringLiteral("&2 Ransoms")}));
            // Triggering a menu entry opens the view.
            QVERIFY(w->filterController().setSpec({}).ok());
            for (QAction *a : menu->actions())
                if (a->text() == QStringLiteral("&2 Ransoms"))
                    a->trigger();
            QCOMPARE(w->filterController().spec().toText(), QStringLiteral("ransom=yes"));
        }
        {
            auto w = openWindow(path);
            SavedViewsMenu *menu = w->savedViewsMenu();
            QCOMPARE(menu->views().size(), 2);
            QCOMPARE(menu->views().first().filter, spec(text).toText());
            // The Manage dialog deletes (after a confirmation).
            QDialog *dialog = menu->createManageDialog();
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("savedViewList"));
            QCOMPARE(list->count(), 2);
            list->setCurrentRow(0);
            MessageBox::setNextAnswer(QMessageBox::Yes);
            dialog->findChild<QPushButton *>(QStringLiteral("savedViewDelete"))->click();
            QCOMPARE(list->count(), 1);
            QCOMPARE(menu->views().size(), 1);
            QCOMPARE(menu->views().first().name, QStringLiteral("Ransoms"));
            dialog->close();
            QVERIFY(menu->deleteView(QStringLiteral("Ransoms")));
            QVERIFY(menu->views().isEmpty());
        }
        auto w = openWindow(path);
        QVERIFY(w->savedViewsMenu()->views().isEmpty());
    }

    // A database opened later (File > Open) brings its own views; the
    // table and count follow the new data under the current filter.
    void openOtherDatabase()
    {
        auto w = openWindow();
        QVERIFY(w->filterController().setSpec(spec(QStringLiteral("region=11"))).ok());
        const QString other = freshPath();
        QVERIFY(db::openDatabase(other, {.empty = true}).ok());
        QVERIFY(w->openDatabaseFile(other));
        QCOMPARE(w->incidentModel().rowCount(), 0);
        QCOMPARE(countLabel(*w), QStringLiteral("0 of 0 incidents"));
        QVERIFY(w->filterController().setSpec({}).ok());
        QCOMPARE(countLabel(*w), QStringLiteral("0 incidents"));
    }
};

QTEST_MAIN(TestFilterUi)
#include "tst_filterui.moc"
