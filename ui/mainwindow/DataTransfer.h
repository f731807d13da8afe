// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/IncidentWriter.h"
#include "model/Result.h"

#include <QObject>

class QAction;

namespace vigie::ui {

class MainWindow;

// File ▸ Export Data… and File ▸ Import Dataset…: the window's side of
// app/export and app/import. Export writes exactly the filtered set (the
// FilterController's selection) through the same writers as `vigie export`,
// atomically; import reads JSON, CSV or STIX (import::DatasetReader) and
// stores it in one transaction (commands::importDataset). Owned by the
// window; its actions sit in the File menu.
class DataTransfer : public QObject {
    Q_OBJECT
public:
    explicit DataTransfer(MainWindow &window);

    QAction *exportAction() const { return m_exportAction; }
    QAction *importAction() const { return m_importAction; }

    // The work behind the dialogs, for tests: errors as values. The export
    // reads the database through its own read-only connection; in the
    // background, on a worker thread under a progress dialog that can cancel
    // (nothing is written then).
    Status exportFiltered(const QString &path, const QString &format,
                          const exporting::ExportOptions &options, bool inBackground = false);
    // A summary for the user on success. In the background, the file is
    // read and checked on a worker thread under a busy dialog that cancels;
    // storing it (one transaction) stays on this thread.
    Result<QString> importDataset(const QString &path, bool inBackground = false);

    // Tests: answers the file dialogs instead of showing them (the path to
    // save to, or to open; empty for Cancel). Null restores the dialogs.
    using FileChooser = QString (*)(bool save);
    static void setFileChooserForTests(FileChooser chooser);

private:
    void chooseExport();
    void chooseImport();

    MainWindow &m_window;
    QAction *m_exportAction = nullptr;
    QAction *m_importAction = nullptr;
};

} // namespace vigie::ui
