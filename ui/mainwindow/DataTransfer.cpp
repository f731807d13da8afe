// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataTransfer.h"

#include "MainWindow.h"
#include "commands/DatasetImport.h"
#include "db/IncidentRepository.h"
#include "export/ExportFormats.h"
#include "filter/FilterController.h"
#include "filter/FilterEngine.h"
#include "import/DatasetReader.h"
#include "notify/Notifier.h"
#include "widgets/DataExportDialog.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>

namespace vigie::ui {

namespace {

const char *kLastFolderKey = "dataTransfer/lastFolder";

QString lastFolder()
{
    return QSettings()
        .value(QLatin1String(kLastFolderKey),
               QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void rememberFolder(const QString &path)
{
    QSettings().setValue(QLatin1String(kLastFolderKey), QFileInfo(path).absolutePath());
}

// A wait cursor for the work done on the GUI thread (see the README: large
// exports would move to a worker).
struct WaitCursor {
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

} // namespace

DataTransfer::DataTransfer(MainWindow &window)
    : QObject(&window)
    , m_window(window)
{
    setObjectName(QStringLiteral("dataTransfer"));
    m_exportAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export Data…"), this);
    m_exportAction->setObjectName(QStringLiteral("actionExportData"));
    m_exportAction->setStatusTip(
        tr("Write the filtered incidents as CSV, JSON, GeoJSON or STIX 2.1"));
    connect(m_exportAction, &QAction::triggered, this, &DataTransfer::chooseExport);

    m_importAction = new QAction(QIcon::fromTheme(QStringLiteral("document-import")),
                                 tr("&Import Dataset…"), this);
    m_importAction->setObjectName(QStringLiteral("actionImportDataset"));
    m_importAction->setStatusTip(
        tr("Add the incidents of a Vigie JSON or CSV export or of a STIX 2.1 bundle"));
    connect(m_importAction, &QAction::triggered, this, &DataTransfer::chooseImport);

    // Above the separator that precedes Quit.
    if (auto *file = window.menuBar()->findChild<QMenu *>(QStringLiteral("menuFile"))) {
        QAction *before = nullptr;
        const QList<QAction *> actions = file->actions();
        for (qsizetype i = 0; i < actions.size(); ++i)
            if (actions.at(i)->objectName() == QLatin1String("actionQuit"))
                before =
                    i > 0 && actions.at(i - 1)->isSeparator() ? actions.at(i - 1) : actions.at(i);
        file->insertSeparator(before);
        file->insertAction(before, m_importAction);
        file->insertAction(before, m_exportAction);
    }
}

Status DataTransfer::exportFiltered(const QString &path, const QString &format,
                                    const exporting::ExportOptions &options)
{
    const exporting::ExportFormat *f = exporting::findExportFormat(format);
    if (!f)
        return Status::failure(tr("Unknown export format %1.").arg(format));
    if (QFileInfo(path).canonicalFilePath() ==
            QFileInfo(m_window.database().path()).canonicalFilePath() &&
        QFileInfo::exists(path))
        return Status::failure(tr("%1 is the database itself.").arg(path));
    const WaitCursor wait;
    const db::IncidentRepository repository(m_window.database());
    QList<Incident> incidents;
    const QList<qint64> ids = m_window.filterController().engine().selectedIds();
    incidents.reserve(ids.size());
    for (qint64 id : ids) {
        auto incident = repository.load(id);
        if (!incident)
            return Status::failure(tr("Incident %1 could not be read.").arg(id));
        incidents.append(std::move(*incident));
    }
    return exporting::exportToFile(path, *f, options, incidents);
}

Result<QString> DataTransfer::importDataset(const QString &path)
{
    using R = Result<QString>;
    const WaitCursor wait;
    auto dataset = import::DatasetReader().readDatasetFile(path);
    if (!dataset)
        return R::failure(dataset.error());
    const qsizetype total = dataset->incidents.size();
    auto report =
        commands::importDataset(m_window.database(), std::move(dataset->incidents), false, false);
    if (!report)
        return R::failure(tr("Nothing was imported: %1").arg(report.error()));
    if (!report->added.isEmpty())
        Q_EMIT m_window.notifier().incidentsAdded(report->added);
    QString summary =
        tr("%1 (%2): %n incident(s) read", nullptr, int(total))
            .arg(QFileInfo(path).fileName(), import::DatasetReader::formatName(dataset->format));
    summary += u'\n' + tr("%n added", nullptr, int(report->added.size()));
    summary += u'\n' +
               tr("%n already present", nullptr, report->identical + int(report->different.size()));
    if (!report->different.isEmpty())
        summary += u'\n' + tr("%n stored incident(s) differ from the file and were kept as they "
                              "are (use 'vigie import --replace' to take the file's): %1",
                              nullptr, int(report->different.size()))
                               .arg(report->different.mid(0, 10).join(QStringLiteral(", ")));
    for (const QString &note : std::as_const(dataset->notes))
        summary += u'\n' + note;
    return summary;
}

void DataTransfer::chooseExport()
{
    const int count = int(m_window.filterController().engine().selectedIds().size());
    DataExportDialog dialog(count, &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = tr("incidents") + u'.' + dialog.suffix();
    QString path = QFileDialog::getSaveFileName(
        &m_window, tr("Export Data"), QDir(lastFolder()).filePath(name), dialog.fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + dialog.suffix();
    rememberFolder(path);
    if (Status s = exportFiltered(path, dialog.formatName(), dialog.options()); !s)
        MessageBox::critical(&m_window, tr("Export Data"), s.error());
}

void DataTransfer::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(&m_window, tr("Import Dataset"), lastFolder(),
                                                      tr("Datasets (*.json *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    auto summary = importDataset(path);
    if (!summary) {
        MessageBox::critical(&m_window, tr("Import Dataset"), summary.error());
        return;
    }
    MessageBox::information(&m_window, tr("Import Dataset"), *summary);
}

} // namespace vigie::ui
