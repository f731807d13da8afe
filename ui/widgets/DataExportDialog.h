// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/IncidentWriter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

namespace vigie::ui {

// File ▸ Export Data…: the format and its options, and how many incidents
// (the filtered set) will be written. The save dialog comes after.
class DataExportDialog : public QDialog {
    Q_OBJECT
public:
    DataExportDialog(int incidentCount, QWidget *parent = nullptr);

    QString formatName() const; // "csv", "json", "geojson", "stix"
    void setFormatName(const QString &name);
    exporting::ExportOptions options() const;
    // The file name filter for the save dialog ("CSV files (*.csv)").
    QString fileFilter() const;
    QString suffix() const;

private:
    void updateOptions();

    QComboBox *m_format = nullptr;
    QCheckBox *m_bom = nullptr;
    QComboBox *m_separator = nullptr;
    QCheckBox *m_areas = nullptr;
    QComboBox *m_areaLevel = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace vigie::ui
