// SPDX-License-Identifier: GPL-3.0-or-later
// The incident editor's place fields on their own (ui/review/IncidentEditor,
// CommuneField): the commune completes to the official list of the chosen
// department, a choice fills the department and region, a name that is not
// an official commune there gets a warning but is kept. Driven by objectName
// and the keyboard, offscreen.
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

namespace {

template<typename T>
T *child(QWidget &parent, const QString &name)
{
    T *w = parent.findChild<T *>(name);
    if (!w)
        qFatal("no %s", qPrintable(name));
    return w;
}

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
