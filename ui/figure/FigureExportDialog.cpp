// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureExportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <cmath>

namespace vigie::ui {

FigureExportDialog::FigureExportDialog(const QString &title, const QString &path, QSize size,
                                       QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("figureExportDialog"));
    setWindowTitle(title);
    m_path = new QLineEdit(path, this);
    m_path->setObjectName(QStringLiteral("figurePath"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &FigureExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_width = new QSpinBox(this);
    m_width->setObjectName(QStringLiteral("figureWidth"));
    m_height = new QSpinBox(this);
    m_height->setObjectName(QStringLiteral("figureHeight"));
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(200, 10000);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(size.width());
    m_height->setValue(size.height());
    m_dpi = new QComboBox(this);
    m_dpi->setObjectName(QStringLiteral("figureDpi"));
    for (int dpi : {96, 150, 192, 300, 600})
        m_dpi->addItem(tr("%1 dpi").arg(dpi), dpi);
    m_dpi->setToolTip(tr("PNG only: the same layout with more pixels, for print"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("figureSummary"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Width:"), m_width);
    form->addRow(tr("Height:"), m_height);
    form->addRow(tr("Resolution:"), m_dpi);
    form->addRow(m_summary);
    form->addRow(buttons);

    connect(m_path, &QLineEdit::textChanged, this, &FigureExportDialog::updateSummary);
    connect(m_width, &QSpinBox::valueChanged, this, &FigureExportDialog::updateSummary);
    connect(m_height, &QSpinBox::valueChanged, this, &FigureExportDialog::updateSummary);
    connect(m_dpi, &QComboBox::currentIndexChanged, this, &FigureExportDialog::updateSummary);
    updateSummary();
}

FigureExportDialog::Choice FigureExportDialog::choice() const
{
    Choice c;
    c.path = m_path->text();
    c.settings.size = QSize(m_width->value(), m_height->value());
    c.settings.dpi = m_dpi->currentData().toInt();
    return c;
}

void FigureExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(
        this, windowTitle(), m_path->text(),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void FigureExportDialog::updateSummary()
{
    const Choice c = choice();
    const auto format = figureFormatOf(c.path);
    m_dpi->setEnabled(format == FigureFormat::Png);
    QString text;
    if (!format) {
        text = tr("Name the file .png, .svg or .pdf.");
    } else if (*format == FigureFormat::Png) {
        const double f = c.settings.dpi / 96.0;
        const int w = int(std::lround(c.settings.size.width() * f));
        const int h = int(std::lround(c.settings.size.height() * f));
        text = tr("A %1×%2 pixel image, %3×%4 cm in print.")
                   .arg(w)
                   .arg(h)
                   .arg(c.settings.size.width() * 2.54 / 96, 0, 'f', 1)
                   .arg(c.settings.size.height() * 2.54 / 96, 0, 'f', 1);
    } else {
        text = tr("A vector drawing of %1×%2 cm.")
                   .arg(c.settings.size.width() * 2.54 / 96, 0, 'f', 1)
                   .arg(c.settings.size.height() * 2.54 / 96, 0, 'f', 1);
    }
    if (Status s = checkFigureSettings(c.settings); !s)
        text = s.error();
    m_summary->setText(text);
}

std::optional<FigureExportDialog::Choice>
FigureExportDialog::ask(QWidget *parent, const QString &title, const QString &path, QSize size)
{
    FigureExportDialog dialog(title, path, size, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.choice().path.isEmpty())
        return std::nullopt;
    return dialog.choice();
}

} // namespace vigie::ui
