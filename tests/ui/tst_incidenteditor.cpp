// SPDX-License-Identifier: GPL-3.0-or-later
// The incident editor's place fields on their own (ui/review/IncidentEditor,
// CommuneField): the commune completes to the official list of the chosen
// department, a choice fills the department and region, a name that is not
// an official commune there gets a warning but is kept. Driven by objectName
// and the keyboard, offscreen.
#include "WindowTestSupport.h"

#include "review/IncidentEditor.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace vigie;
using namespace vigie::ui::review;
using vigie::test::child;

namespace {

Incident french(const QString &department = {}, const QString &region = {})
{
    Incident i;
    i.title = QStringLiteral("Cyberattack");
    i.country = QStringLiteral("FR");
    i.department = department;
    i.region = region;
    return i;
}

} // namespace

class TestIncidentEditor : public QObject {
    Q_OBJECT

    std::unique_ptr<IncidentEditor> m_editor;

    QLineEdit *commune() { return child<QLineEdit>(*m_editor, QStringLiteral("edit_commune")); }
    QComboBox *combo(const char *name) { return child<QComboBox>(*m_editor, QLatin1String(name)); }
    QLabel *warning() { return child<QLabel>(*m_editor, QStringLiteral("edit_commune_warning")); }
    QString shownWarning() { return warning()->isVisible() ? warning()->text() : QString(); }
    QString shownHint()
    {
        QLabel *hint = child<QLabel>(*m_editor, QStringLiteral("edit_commune_hint"));
        return hint->isVisible() ? hint->text() : QString();
    }
    QCompleter *completer()
    {
        return m_editor->findChild<QCompleter *>(QStringLiteral("edit_commune_completer"));
    }
    // A top-level window of the completer, not a child of the editor.
    QAbstractItemView *popup()
    {
        QAbstractItemView *p = completer()->popup();
        if (p->objectName() != u"edit_commune_popup")
            qFatal("not the commune's popup");
        return p;
    }
    // What the popup lists, top to bottom.
    QStringList offered()
    {
        QStringList out;
        if (!popup()->isVisible())
            return out;
        const QAbstractItemModel *m = popup()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, 0).data().toString();
        return out;
    }
    void type(const QString &text)
    {
        commune()->setFocus();
        commune()->clear();
        QTest::keyClicks(commune(), text);
    }
    // Chooses a listed label with the keyboard, as a user would.
    void choose(const QString &label)
    {
        const QStringList rows = offered();
        const int row = int(rows.indexOf(label));
        QVERIFY2(row >= 0, qPrintable(rows.join(u", ")));
        for (int i = 0; i <= row; ++i)
            QTest::keyClick(popup(), Qt::Key_Down);
        QCOMPARE(popup()->currentIndex().row(), row);
        QTest::keyClick(popup(), Qt::Key_Return);
    }
    // Tab out of the commune, as a user would: to the list when it is open
    // (it hands the key to the line edit), else to the line edit.
    void leave()
    {
        QWidget *target = popup()->isVisible() ? static_cast<QWidget *>(popup()) : commune();
        QTest::keyClick(target, Qt::Key_Tab);
        QTRY_VERIFY(!commune()->hasFocus());
        QTRY_VERIFY(!popup()->isVisible());
    }

private Q_SLOTS:
    void init()
    {
        m_editor = std::make_unique<IncidentEditor>();
        m_editor->resize(600, 900);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    }
    void cleanup() { m_editor.reset(); }

    void typingOffersOfficialCommunes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("alsoOffered");
        QTest::newRow("lowercase") << "corbeil"
                                   << "Corbeil-Essonnes"
                                   << "Corbeil-Cerf";
        QTest::newRow("accented") << "Évry-C"
                                  << "Évry-Courcouronnes"
                                  << "";
        QTest::newRow("no accent") << "evry"
                                   << "Évry-Courcouronnes"
                                   << "Évry";
        QTest::newRow("homonyms") << "saint-denis"
                                  << "Saint-Denis (974)"
                                  << "Saint-Denis (93)";
    }
    void typingOffersOfficialCommunes()
    {
        QFETCH(QString, typed);
        QFETCH(QString, first);
        QFETCH(QString, alsoOffered);
        m_editor->setIncident(french());
        type(typed);
        QTRY_VERIFY(popup()->isVisible());
        const QStringList rows = offered();
        QCOMPARE(rows.value(0), first);
        if (!alsoOffered.isEmpty())
            QVERIFY2(rows.contains(alsoOffered), qPrintable(rows.join(u", ")));
        // Typing alone chooses nothing.
        QCOMPARE(commune()->text(), typed);
        QCOMPARE(combo("edit_department")->currentData().toString(), QString());
    }

    void returnWithoutAChoiceKeepsWhatWasTyped()
    {
        m_editor->setIncident(french());
        type(QStringLiteral("corbeil"));
        QTRY_VERIFY(popup()->isVisible());
        QVERIFY(!popup()->currentIndex().isValid());
        QTest::keyClick(popup(), Qt::Key_Return);
        QTRY_VERIFY(!popup()->isVisible());
        QCOMPARE(commune()->text(), QStringLiteral("corbeil"));
        QCOMPARE(combo("edit_department")->currentData().toString(), QString());
        QCOMPARE(shownWarning(), QStringLiteral("Official spelling: Corbeil"));
        // Return on the closed list, or leaving the field, takes the one
        // commune of that name.
        QTest::keyClick(commune(), Qt::Key_Return);
        QCOMPARE(commune()->text(), QStringLiteral("Corbeil"));
        leave();
        QCOMPARE(commune()->text(), QStringLiteral("Corbeil"));
        QCOMPARE(combo("edit_department")->currentData().toString(), QStringLiteral("51"));
        QCOMPARE(shownWarning(), QString());
    }

    void typingTheExactNameActsAsAChoice_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored"); // what the field holds after Tab
        QTest::addColumn<QString>("department");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("warning");
        QTest::newRow("official") << "Corbeil-Essonnes"
                                  << "Corbeil-Essonnes"
                                  << "91"
                                  << "11"
                                  << "";
        QTest::newRow("case and hyphen") << "corbeil essonnes"
                                         << "Corbeil-Essonnes"
                                         << "91"
                                         << "11"
                                         << "";
        QTest::newRow("accents") << "EVRY-COURCOURONNES"
                                 << "Évry-Courcouronnes"
                                 << "91"
                                 << "11"
                                 << "";
        // "St" is the user's way of writing it: kept (and flagged), but
        // understood.
        QTest::newRow("St for Saint") << "St-Michel-sur-Orge"
                                      << "St-Michel-sur-Orge"
                                      << "91"
                                      << "11"
                                      << "Official spelling: Saint-Michel-sur-Orge";
    }
    void typingTheExactNameActsAsAChoice()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QFETCH(QString, department);
        QFETCH(QString, region);
        QFETCH(QString, warning);
        m_editor->setIncident(Incident{});
        QSignalSpy changed(m_editor.get(), &IncidentEditor::changed);
        type(typed);
        leave();
        QCOMPARE(commune()->text(), stored);
        QCOMPARE(combo("edit_country")->currentData().toString(), QStringLiteral("FR"));
        QCOMPARE(combo("edit_department")->currentData().toString(), department);
        QCOMPARE(combo("edit_region")->currentData().toString(), region);
        QCOMPARE(shownHint(), QString());
        QCOMPARE(shownWarning(), warning);
        QVERIFY(!changed.isEmpty());
        const Incident got = m_editor->incident();
        QCOMPARE(got.commune, stored);
        QCOMPARE(got.department, department);
        QCOMPARE(got.region, region);
    }

    void typingAHomonymFillsNothing()
    {
        m_editor->setIncident(french());
        type(QStringLiteral("saint-denis"));
        leave();
        QCOMPARE(commune()->text(), QStringLiteral("saint-denis"));
        QCOMPARE(combo("edit_department")->currentData().toString(), QString());
        QCOMPARE(combo("edit_region")->currentData().toString(), QString());
        QCOMPARE(shownHint(),
                 QStringLiteral("Several communes have this name: choose one in the list"));
        QVERIFY(commune()->accessibleDescription().contains(shownHint()));
        // Typing again drops the hint; choosing from the list settles it.
        type(QStringLiteral("saint-denis"));
        QCOMPARE(shownHint(), QString());
        QTRY_VERIFY(popup()->isVisible());
        choose(QStringLiteral("Saint-Denis (93)"));
        QCOMPARE(combo("edit_department")->currentData().toString(), QStringLiteral("93"));
        leave();
        QCOMPARE(shownHint(), QString());
        QCOMPARE(m_editor->incident().commune, QStringLiteral("Saint-Denis"));
    }

    void theRegionSettlesAHomonym()
    {
        // Only one Saint-Denis is in La Réunion.
        m_editor->setIncident(french({}, QStringLiteral("04")));
        type(QStringLiteral("Saint-Denis"));
        leave();
        QCOMPARE(shownHint(), QString());
        QCOMPARE(combo("edit_department")->currentData().toString(), QStringLiteral("974"));
        QCOMPARE(combo("edit_region")->currentData().toString(), QStringLiteral("04"));
    }

    void aCommuneOfAnotherRegionIsNotFilled()
    {
        m_editor->setIncident(french({}, QStringLiteral("04")));
        type(QStringLiteral("Corbeil-Essonnes"));
        leave();
        // As a choice would: the region stays, the department is not filled.
        QCOMPARE(combo("edit_department")->currentData().toString(), QString());
        QCOMPARE(combo("edit_region")->currentData().toString(), QStringLiteral("04"));
        QCOMPARE(shownWarning(), QStringLiteral("Not a commune of La Réunion"));
    }

    void theRegionIsChecked()
    {
        Incident i = french({}, QStringLiteral("04"));
        i.commune = QStringLiteral("Corbeil-Essonnes");
        m_editor->setIncident(i);
        QCOMPARE(shownWarning(), QStringLiteral("Not a commune of La Réunion"));
        QVERIFY2(warning()->parentWidget()->toolTip().contains(QStringLiteral("(91)")),
                 qPrintable(warning()->parentWidget()->toolTip()));
        combo("edit_region")->setCurrentIndex(combo("edit_region")->findData("11"));
        QCOMPARE(shownWarning(), QString());
        combo("edit_region")->setCurrentIndex(combo("edit_region")->findData("04"));
        QCOMPARE(shownWarning(), QStringLiteral("Not a commune of La Réunion"));
        combo("edit_region")->setCurrentIndex(0);
        QCOMPARE(shownWarning(), QString());
        // A department says more than its region.
        combo("edit_department")->setCurrentIndex(combo("edit_department")->findData("93"));
        QCOMPARE(shownWarning(), QStringLiteral("Not a commune of Seine-Saint-Denis (93)"));
        // Loaded with a warning and untouched: unchanged.
        m_editor->setIncident(i);
        QCOMPARE(m_editor->incident(), i);
    }

    void anUntouchedRecordIsNotRewritten()
    {
        // A careless spelling, no department: leaving the field without
        // typing in it neither corrects the name nor fills the places.
        Incident i = french();
        i.commune = QStringLiteral("corbeil essonnes");
        // Something typed in the previous record (as in the review queue)
        // does not count for the next one.
        type(QStringLiteral("Angers"));
        QTest::keyClick(popup()->isVisible() ? static_cast<QWidget *>(popup()) : commune(),
                        Qt::Key_Escape);
        m_editor->setIncident(i);
        QVERIFY(commune()->hasFocus());
        QTest::keyClick(commune(), Qt::Key_Return);
        leave();
        QCOMPARE(commune()->text(), QStringLiteral("corbeil essonnes"));
        QCOMPARE(combo("edit_department")->currentData().toString(), QString());
        QCOMPARE(m_editor->incident(), i);
    }

    void choosingFillsDepartmentAndRegion()
    {
        m_editor->setIncident(french());
        QSignalSpy changed(m_editor.get(), &IncidentEditor::changed);
        type(QStringLiteral("saint-denis"));
        QTRY_VERIFY(popup()->isVisible());
        choose(QStringLiteral("Saint-Denis (93)"));
        // The field holds the name, as the schema says; the department and
        // region come from the official lists.
        QCOMPARE(commune()->text(), QStringLiteral("Saint-Denis"));
        QCOMPARE(combo("edit_department")->currentData().toString(), QStringLiteral("93"));
        QCOMPARE(combo("edit_region")->currentData().toString(), QStringLiteral("11"));
        QVERIFY(!popup()->isVisible());
        QVERIFY(!changed.isEmpty());
        QCOMPARE(shownWarning(), QString());
        QCOMPARE(shownHint(), QString());
        const Incident got = m_editor->incident();
        QCOMPARE(got.commune, QStringLiteral("Saint-Denis"));
        QCOMPARE(got.department, QStringLiteral("93"));
        QCOMPARE(got.region, QStringLiteral("11"));
    }

    void choosingKeepsAChosenDepartment()
    {
        // The region set, the department not: only a commune of that region
        // fills the department.
        m_editor->setIncident(french({}, QStringLiteral("04")));
        type(QStringLiteral("saint-denis"));
        QTRY_VERIFY(popup()->isVisible());
        choose(QStringLiteral("Saint-Denis (93)"));
        QCOMPARE(combo("edit_department")->currentData().toString(), QString());
        QCOMPARE(combo("edit_region")->currentData().toString(), QStringLiteral("04"));
        type(QStringLiteral("saint-denis"));
        QTRY_VERIFY(popup()->isVisible());
        choose(QStringLiteral("Saint-Denis (974)"));
        QCOMPARE(combo("edit_department")->currentData().toString(), QStringLiteral("974"));
        QCOMPARE(combo("edit_region")->currentData().toString(), QStringLiteral("04"));
    }

    void choosingWithoutCountrySetsFrance()
    {
        m_editor->setIncident(Incident{});
        type(QStringLiteral("Corbeil-E"));
        QTRY_VERIFY(popup()->isVisible());
        choose(QStringLiteral("Corbeil-Essonnes"));
        QCOMPARE(combo("edit_country")->currentData().toString(), QStringLiteral("FR"));
        QCOMPARE(combo("edit_department")->currentData().toString(), QStringLiteral("91"));
        QCOMPARE(combo("edit_region")->currentData().toString(), QStringLiteral("11"));
        QCOMPARE(m_editor->incident().commune, QStringLiteral("Corbeil-Essonnes"));
    }

    void theDepartmentRestrictsTheList()
    {
        m_editor->setIncident(french(QStringLiteral("91"), QStringLiteral("11")));
        type(QStringLiteral("saint-"));
        QTRY_VERIFY(popup()->isVisible());
        const QStringList rows = offered();
        QVERIFY(rows.size() > 5);
        QVERIFY2(!rows.contains(QStringLiteral("Saint-Denis (93)")), qPrintable(rows.join(u", ")));
        for (const QString &row : rows)
            QVERIFY2(row.startsWith(QStringLiteral("Saint-")), qPrintable(row));
        QVERIFY2(rows.contains(QStringLiteral("Saint-Michel-sur-Orge")),
                 qPrintable(rows.join(u", ")));
        // Changing the department changes the list.
        combo("edit_department")->setCurrentIndex(combo("edit_department")->findData("93"));
        type(QStringLiteral("saint-d"));
        QTRY_VERIFY(popup()->isVisible());
        QCOMPARE(offered().first(), QStringLiteral("Saint-Denis (93)"));
    }

    void warningsAreShownButTheNameIsKept_data()
    {
        QTest::addColumn<QString>("department");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("warning");
        QTest::newRow("official") << "91"
                                  << "Corbeil-Essonnes"
                                  << "";
        QTest::newRow("official, no department") << ""
                                                 << "Saint-Denis"
                                                 << "";
        QTest::newRow("other department") << "91"
                                          << "Saint-Denis"
                                          << "Not a commune of Essonne (91)";
        QTest::newRow("unknown") << ""
                                 << "Trifouilly-les-Oies"
                                 << "Not in the official list of communes";
        QTest::newRow("unknown in a department") << "91"
                                                 << "Trifouilly-les-Oies"
                                                 << "Not in the official list of communes";
        QTest::newRow("spelling") << "91"
                                  << "corbeil essonnes"
                                  << "Official spelling: Corbeil-Essonnes";
        QTest::newRow("former commune") << "49"
                                        << "Andard"
                                        << "A former commune, now part of Loire-Authion";
    }
    void warningsAreShownButTheNameIsKept()
    {
        QFETCH(QString, department);
        QFETCH(QString, typed);
        QFETCH(QString, warning);
        m_editor->setIncident(french(department));
        type(typed);
        QTest::keyClick(commune(), Qt::Key_Escape); // close the list, choose nothing
        QCOMPARE(shownWarning(), warning);
        QCOMPARE(commune()->accessibleDescription(), warning);
        QCOMPARE(m_editor->incident().commune, typed);
        QCOMPARE(m_editor->incident().department, department);
    }

    void theWarningFollowsTheDepartment()
    {
        Incident i = french(QStringLiteral("91"), QStringLiteral("11"));
        i.commune = QStringLiteral("Saint-Denis");
        m_editor->setIncident(i);
        QCOMPARE(shownWarning(), QStringLiteral("Not a commune of Essonne (91)"));
        // The tool tip says where such communes are.
        QVERIFY2(warning()->parentWidget()->toolTip().contains(QStringLiteral("(93)")),
                 qPrintable(warning()->parentWidget()->toolTip()));
        combo("edit_department")->setCurrentIndex(combo("edit_department")->findData("93"));
        QCOMPARE(shownWarning(), QString());
        combo("edit_department")->setCurrentIndex(0);
        QCOMPARE(shownWarning(), QString());
        // The record was loaded with a warning: untouched, it is unchanged.
        m_editor->setIncident(i);
        QCOMPARE(m_editor->incident(), i);
    }

    void abroadTheCompleterIsOff()
    {
        Incident i;
        i.country = QStringLiteral("BE");
        m_editor->setIncident(i);
        type(QStringLiteral("Corbeil"));
        QTest::qWait(50);
        QVERIFY(!popup()->isVisible());
        QCOMPARE(shownWarning(), QString());
        QCOMPARE(m_editor->incident().commune, QStringLiteral("Corbeil"));
        // Back to France: completion and checks again.
        combo("edit_country")->setCurrentIndex(combo("edit_country")->findData("FR"));
        QCOMPARE(shownWarning(), QString());
        type(QStringLiteral("Stuttgart"));
        QCOMPARE(shownWarning(), QStringLiteral("Not in the official list of communes"));
    }
};

QTEST_MAIN(TestIncidentEditor)
#include "tst_incidenteditor.moc"
