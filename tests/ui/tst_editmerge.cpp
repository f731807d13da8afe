// SPDX-License-Identifier: GPL-3.0-or-later
// Edit Incident… and Merge Incidents… through the real MainWindow: the
// shortcut, the double-click and the detail pane's button open the editor;
// an edit or a merge is one undo step that Ctrl+Z takes back exactly.
#include "WindowTestSupport.h"
#include "db/DatabaseSetup.h"
#include "db/IncidentRepository.h"
#include "mainwindow/MainWindow.h"
#include "models/IncidentTableModel.h"
#include "review/EditIncidentDialog.h"
#include "review/IncidentEditor.h"
#include "review/MergeIncidentsDialog.h"
#include "table/IncidentTableView.h"
#include "widgets/IncidentDetailPane.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace vigie;
using namespace vigie::ui;

class TestEditMerge : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<MainWindow> openWindow()
    {
        auto db = db::openDatabase(m_dir.filePath(QStringLiteral("m%1.sqlite").arg(++m_counter)));
        if (!db)
            qFatal("cannot open the test database: %s", qPrintable(db.error()));
        auto window = std::make_unique<MainWindow>(std::move(db).value());
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("window not active");
        return window;
    }

    static review::EditIncidentDialog *editDialog(MainWindow &w)
    {
        return w.findChild<review::EditIncidentDialog *>(QStringLiteral("editIncidentDialog"));
    }

    static void closeDialogs(MainWindow &w)
    {
        for (QDialog *d : w.findChildren<QDialog *>())
            d->reject();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir, QStringLiteral("tst_editmerge"));
    }

    void ctrlEEditsAndCtrlZRestores()
    {
        auto w = openWindow();
        db::IncidentRepository repo(w->database());
        QAction *edit = w->findChild<QAction *>(QStringLiteral("actionEditIncident"));
        QVERIFY(edit && !edit->isEnabled());
        w->selectFirstIncident();
        QVERIFY(edit->isEnabled());
        QCOMPARE(edit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        const qint64 id = w->incidentTable()->selectedIds().first();
        const Incident before = *repo.load(id);

        QTest::keyClick(w.get(), Qt::Key_E, Qt::ControlModifier);
        review::EditIncidentDialog *dialog = editDialog(*w);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->incident(), before);
        auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("editButtons"))
                       ->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // nothing changed yet
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("edit_title"));
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Edited by hand"));
        auto *actor = dialog->findChild<QLineEdit *>(QStringLiteral("edit_threat_actor"));
        actor->selectAll();
        QTest::keyClicks(actor, QStringLiteral("Qilin"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(w->undoStack()->count(), 1);
        Incident after = *repo.load(id);
        QCOMPARE(after.title, QStringLiteral("Edited by hand"));
        QCOMPARE(after.threatActor, QStringLiteral("Qilin"));
        Incident expected = before;
        expected.title = after.title;
        expected.threatActor = after.threatActor;
        QCOMPARE(after, expected); // nothing else changed
        QTRY_COMPARE(w->findChild<QLabel *>(QStringLiteral("detailTitle"))->text(),
                     QStringLiteral("Edited by hand"));

        QTRY_VERIFY(!editDialog(*w));
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(*repo.load(id), before);
        QCOMPARE(w->undoStack()->index(), 0);
        QVERIFY(w->findChild<QLabel *>(QStringLiteral("detailTitle"))->text() !=
                QStringLiteral("Edited by hand"));
        QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(*repo.load(id), after);
    }

    void doubleClickAndDetailButtonOpenTheEditor()
    {
        auto w = openWindow();
        IncidentTableView *view = w->incidentTable();
        const QModelIndex index = view->model()->index(2, IncidentTableModel::Victim);
        const qint64 id = index.data(IncidentTableModel::IdRole).toLongLong();
        view->scrollTo(index);
        const QPoint at = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        review::EditIncidentDialog *dialog = editDialog(*w);
        QVERIFY(dialog);
        QCOMPARE(dialog->incident().dbId, id);
        closeDialogs(*w);
        QTRY_VERIFY(!editDialog(*w));

        auto *button = w->detailPane()->findChild<QPushButton *>(QStringLiteral("detailEdit"));
        QVERIFY(button);
        QTRY_VERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        dialog = editDialog(*w);
        QVERIFY(dialog);
        QCOMPARE(dialog->incident().dbId, w->detailPane()->currentId());
        closeDialogs(*w);
        QCOMPARE(w->undoStack()->count(), 0); // cancelled: no step
    }

    void mergeAndUndo()
    {
        auto w = openWindow();
        db::IncidentRepository repo(w->database());
        QAction *merge = w->findChild<QAction *>(QStringLiteral("actionMergeIncidents"));
        QVERIFY(merge && !merge->isEnabled());
        const QList<Incident> all = repo.loadAll();
        const Incident a = all.at(0);
        const Incident b = all.at(1);
        const qint64 total = repo.count();
        Q_EMIT w->notifier().selectionChanged({a.dbId, b.dbId}); // as any view selects
        QTRY_VERIFY(merge->isEnabled());
        merge->trigger();
        auto *dialog =
            w->findChild<review::MergeIncidentsDialog *>(QStringLiteral("mergeIncidentsDialog"));
        QVERIFY(dialog);
        const QList<qint64> selected = w->incidentTable()->selectedIds();
        dialog->findChild<QRadioButton *>(QStringLiteral("keepSecond"))->click();
        QCOMPARE(dialog->keptId(), selected.at(1));
        QCOMPARE(dialog->mergedId(), selected.at(0));
        const Incident kept = *repo.load(dialog->keptId());
        const Incident gone = *repo.load(dialog->mergedId());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("mergeButton")),
                          Qt::LeftButton);
        QCOMPARE(repo.count(), total - 1);
        QVERIFY(!repo.load(gone.dbId));
        QCOMPARE(repo.load(kept.dbId)->sources.size(), kept.sources.size() + gone.sources.size());
        QCOMPARE(w->incidentModel().totalCount(), int(total - 1));
        QCOMPARE(w->undoStack()->count(), 1);

        w->undoStack()->undo();
        QCOMPARE(repo.count(), total);
        QCOMPARE(*repo.load(kept.dbId), kept);
        QCOMPARE(*repo.load(gone.dbId), gone);
        QCOMPARE(w->incidentModel().totalCount(), int(total));
    }
};

QTEST_MAIN(TestEditMerge)
#include "tst_editmerge.moc"
