// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Export Data… and File ▸ Import Dataset… on the real MainWindow.
#include "TestSupport.h"
#include "db/DatabaseSetup.h"
#include "filter/FilterController.h"
#include "filter/FilterEngine.h"
#include "filter/FilterSpec.h"
#include "import/DatasetReader.h"
#include "mainwindow/DataTransfer.h"
#include "mainwindow/MainWindow.h"
#include "widgets/DataExportDialog.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace vigie;
using namespace vigie::ui;

namespace {

QString fixture()
{
    return test::sourcePath(QStringLiteral("tests/data/export/small/incidents.json"));
}

} // namespace

class TestDataTransfer : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> emptyWindow(const QString &name)
    {
        db::OpenOptions options;
        options.empty = true;
        auto db = db::openDatabase(m_dir.filePath(name), options);
        if (!db)
            qFatal("cannot open the test database: %s", qPrintable(db.error()));
        return std::make_unique<MainWindow>(std::move(db).value());
    }

private Q_SLOTS:
    void actionsInTheFileMenu()
    {
        auto w = emptyWindow(QStringLiteral("menu.sqlite"));
        auto *file = w->menuBar()->findChild<QMenu *>(QStringLiteral("menuFile"));
        QVERIFY(file);
        QStringList names;
        for (QAction *a : file->actions())
            names << a->objectName();
        const qsizetype importAt = names.indexOf(QStringLiteral("actionImportDataset"));
        const qsizetype exportAt = names.indexOf(QStringLiteral("actionExportData"));
        QVERIFY(importAt > 0);
        QCOMPARE(exportAt, importAt + 1);
        QVERIFY(exportAt < names.indexOf(QStringLiteral("actionQuit")));
    }

    void importThenExportTheFilteredSet()
    {
        auto w = emptyWindow(QStringLiteral("roundtrip.sqlite"));
        auto *transfer = w->findChild<DataTransfer *>(QStringLiteral("dataTransfer"));
        QVERIFY(transfer);
        auto summary = transfer->importDataset(fixture());
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QVERIFY2(summary->contains(QStringLiteral("4 added")), qPrintable(*summary));
        QCOMPARE(w->filterController().engine().selectedIds().size(), 4);

        // Undo removes them, redo brings them back.
        QUndoStack *undo = w->undoStack();
        QCOMPARE(undo->count(), 1);
        undo->undo();
        QCOMPARE(w->filterController().engine().selectedIds().size(), 0);
        undo->redo();
        QCOMPARE(w->filterController().engine().selectedIds().size(), 4);

        // Again: nothing new.
        auto again = transfer->importDataset(fixture());
        QVERIFY(again.ok());
        QVERIFY2(again->contains(QStringLiteral("4 already present")), qPrintable(*again));

        auto spec = filter::FilterSpec::parse(QStringLiteral("country=FR"));
        QVERIFY(spec.ok());
        QVERIFY(w->filterController().setSpec(*spec).ok());
        QCOMPARE(w->filterController().engine().selectedIds().size(), 2);
        for (const char *format : {"csv", "json", "stix", "geojson"}) {
            const QString path =
                m_dir.filePath(QStringLiteral("filtered.") + QLatin1String(format));
            exporting::ExportOptions options;
            options.separator = u';';
            QVERIFY(transfer->exportFiltered(path, QLatin1String(format), options).ok());
            QVERIFY(QFile::exists(path));
            if (QLatin1String(format) == QLatin1String("geojson"))
                continue;
            // The window's path: a worker thread under a progress dialog.
            QVERIFY(QFile::remove(path));
            QVERIFY(transfer->exportFiltered(path, QLatin1String(format), options, true).ok());
            auto back = import::DatasetReader().readFile(path);
            QVERIFY2(back.ok(), qPrintable(back.error()));
            QCOMPARE(back->size(), 2);
            for (const Incident &i : std::as_const(*back))
                QCOMPARE(i.country, QStringLiteral("FR"));
        }
    }

    // The menu actions end to end: the options dialog (accepted by a timer,
    // as a user would), the file dialog seam, the message box seam.
    void menuActions()
    {
        auto w = emptyWindow(QStringLiteral("menus.sqlite"));
        auto *transfer = w->findChild<DataTransfer *>(QStringLiteral("dataTransfer"));
        QVERIFY(transfer);
        static QString chosen;
        DataTransfer::setFileChooserForTests([](bool) { return chosen; });
        MessageBox::setAutoAnswer(QMessageBox::Ok);

        chosen = fixture();
        const int shown = MessageBox::count();
        transfer->importAction()->trigger();
        QCOMPARE(MessageBox::count(), shown + 1);
        QCOMPARE(MessageBox::last().icon, QMessageBox::Information);
        QVERIFY2(MessageBox::last().text.contains(QStringLiteral("4 added")),
                 qPrintable(MessageBox::last().text));

        chosen = m_dir.filePath(QStringLiteral("menu-export")); // no suffix: one is added
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<DataExportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("exportCount"))
                        ->text()
                        .startsWith(QStringLiteral("4 incident")));
            dialog->setFormatName(QStringLiteral("geojson"));
            dialog->accept();
        });
        transfer->exportAction()->trigger();
        const QString written = chosen + QStringLiteral(".geojson");
        QVERIFY(QFile::exists(written));
        QCOMPARE(test::readFile(written).count("\"type\":\"Feature\""), 4);

        // A failed export says so in a box.
        chosen = m_dir.filePath(QStringLiteral("no/such/folder/x.csv"));
        QTimer::singleShot(0, this, [] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                dialog->accept();
        });
        transfer->exportAction()->trigger();
        QCOMPARE(MessageBox::last().icon, QMessageBox::Critical);
        QVERIFY(!QFile::exists(chosen));

        DataTransfer::setFileChooserForTests(nullptr);
        MessageBox::setAutoAnswer(std::nullopt);
    }

    void badFileChangesNothing()
    {
        auto w = emptyWindow(QStringLiteral("bad.sqlite"));
        auto *transfer = w->findChild<DataTransfer *>(QStringLiteral("dataTransfer"));
        QVERIFY(transfer);
        const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,town\r\nCHU,Rennes\r\n");
        f.close();
        auto summary = transfer->importDataset(path);
        QVERIFY(!summary.ok());
        QVERIFY2(summary.error().contains(QStringLiteral("not a Vigie CSV export")),
                 qPrintable(summary.error()));
        QCOMPARE(w->filterController().engine().selectedIds().size(), 0);
    }

    void exportIntoTheDatabaseIsRefused()
    {
        auto w = emptyWindow(QStringLiteral("self.sqlite"));
        auto *transfer = w->findChild<DataTransfer *>(QStringLiteral("dataTransfer"));
        const Status s = transfer->exportFiltered(m_dir.filePath(QStringLiteral("self.sqlite")),
                                                  QStringLiteral("csv"), {});
        QVERIFY(!s.ok());
        QVERIFY(QFile(m_dir.filePath(QStringLiteral("self.sqlite"))).size() > 0);
    }

    void dialogOptions()
    {
        DataExportDialog dialog(5);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("exportCount"))
                    ->text()
                    .startsWith(QStringLiteral("5 incident(s)")));
        auto *bom = dialog.findChild<QCheckBox *>(QStringLiteral("exportBom"));
        auto *separator = dialog.findChild<QComboBox *>(QStringLiteral("exportSeparator"));
        auto *areas = dialog.findChild<QCheckBox *>(QStringLiteral("exportAreas"));
        auto *level = dialog.findChild<QComboBox *>(QStringLiteral("exportAreaLevel"));
        dialog.setFormatName(QStringLiteral("csv"));
        QVERIFY(bom->isEnabled() && separator->isEnabled() && !areas->isEnabled());
        bom->setChecked(true);
        separator->setCurrentIndex(1);
        QCOMPARE(dialog.options().separator, QChar(u';'));
        QVERIFY(dialog.options().byteOrderMark);
        QCOMPARE(dialog.suffix(), QStringLiteral("csv"));
        dialog.setFormatName(QStringLiteral("geojson"));
        QVERIFY(!bom->isEnabled() && areas->isEnabled() && !level->isEnabled());
        QVERIFY(!dialog.options().byteOrderMark);
        QCOMPARE(dialog.options().areas, exporting::AreaLevel::None);
        areas->setChecked(true);
        QVERIFY(level->isEnabled());
        level->setCurrentIndex(1);
        QCOMPARE(dialog.options().areas, exporting::AreaLevel::Region);
        dialog.setFormatName(QStringLiteral("stix"));
        QCOMPARE(dialog.formatName(), QStringLiteral("stix"));
        QCOMPARE(dialog.suffix(), QStringLiteral("json"));
        QCOMPARE(dialog.options().areas, exporting::AreaLevel::None);
    }
};

QTEST_MAIN(TestDataTransfer)
#include "tst_datatransfer.moc"
