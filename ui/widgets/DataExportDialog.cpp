// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataExportDialog.h"

#include "export/ExportFormats.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigie::ui {

DataExportDialog::DataExportDialog(int incidentCount, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("dataExportDialog"));
    setWindowTitle(tr("Export Data"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("CSV (spreadsheets)"), QStringLiteral("csv"));
    m_format->addItem(tr("JSON (Vigie dataset)"), QStringLiteral("json"));
    m_format->addItem(tr("GeoJSON (maps)"), QStringLiteral("geojson"));
    m_format->addItem(tr("STIX 2.1 (threat intelligence)"), QStringLiteral("stix"));

    m_bom = new QCheckBox(tr("Start with a byte order mark (for Excel)"), this);
    m_bom->setObjectName(QStringLiteral("exportBom"));
    m_separator = new QComboBox(this);
    m_separator->setObjectName(QStringLiteral("exportSeparator"));
    m_separator->addItem(tr("Comma ( , )"), QChar(u','));
    m_separator->addItem(tr("Semicolon ( ; ), for French spreadsheets"), QChar(u';'));
    m_separator->addItem(tr("Tab"), QChar(u'\t'));

    m_areas = new QCheckBox(tr("One shape per area with its counts, instead of one point per "
                               "incident"),
                            this);
    m_areas->setObjectName(QStringLiteral("exportAreas"));
    m_areaLevel = new QComboBox(this);
    m_areaLevel->setObjectName(QStringLiteral("exportAreaLevel"));
    m_areaLevel->addItem(tr("Departments"), int(exporting::AreaLevel::Department));
    m_areaLevel->addItem(tr("Regions"), int(exporting::AreaLevel::Region));
    m_areaLevel->addItem(tr("Countries"), int(exporting::AreaLevel::Country));

    m_count = new QLabel(
        tr("%n incident(s): the filtered set, as the table shows it.", nullptr, incidentCount),
        this);
    m_count->setObjectName(QStringLiteral("exportCount"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("CSV:"), m_bom);
    form->addRow(tr("&Separator:"), m_separator);
    form->addRow(tr("GeoJSON:"), m_areas);
    form->addRow(tr("&Areas:"), m_areaLevel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_count);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &DataExportDialog::updateOptions);
    connect(m_areas, &QCheckBox::toggled, this, &DataExportDialog::updateOptions);
    updateOptions();
}

void DataExportDialog::updateOptions()
{
    const QString format = formatName();
    m_bom->setEnabled(format == QLatin1String("csv"));
    m_separator->setEnabled(format == QLatin1String("csv"));
    m_areas->setEnabled(format == QLatin1String("geojson"));
    m_areaLevel->setEnabled(format == QLatin1String("geojson") && m_areas->isChecked());
}

QString DataExportDialog::formatName() const
{
    return m_format->currentData().toString();
}

void DataExportDialog::setFormatName(const QString &name)
{
    const int index = m_format->findData(name);
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

exporting::ExportOptions DataExportDialog::options() const
{
    exporting::ExportOptions o;
    const QString format = formatName();
    if (format == QLatin1String("csv")) {
        o.byteOrderMark = m_bom->isChecked();
        o.separator = m_separator->currentData().toChar();
    }
    if (format == QLatin1String("geojson") && m_areas->isChecked())
        o.areas = exporting::AreaLevel(m_areaLevel->currentData().toInt());
    return o;
}

QString DataExportDialog::suffix() const
{
    const QString format = formatName();
    if (format == QLatin1String("stix"))
        return QStringLiteral("json");
    return format;
}

QString DataExportDialog::fileFilter() const
{
    const QString format = formatName();
    if (format == QLatin1String("csv"))
        return tr("CSV files (*.csv)");
    if (format == QLatin1String("geojson"))
        return tr("GeoJSON files (*.geojson *.json)");
    if (format == QLatin1String("stix"))
        return tr("STIX bundles (*.json)");
    return tr("JSON files (*.json)");
}

} // namespace vigie::ui
