// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IncidentWriter.h"

#include <QStringList>

namespace vigie::exporting {

// One line per incident, the columns of csvColumns() (documented in
// app/export/README.md), RFC 4180 quoting and CRLF line ends, UTF-8.
class CsvWriter : public IncidentWriter {
public:
    explicit CsvWriter(const ExportOptions &options = {});

    Status begin(QIODevice &device) override;
    Status write(const Incident &incident) override;
    Status finish() override;

    // The header, in order.
    static QStringList columns();
    // The cells of one incident, in the order of columns(), before quoting.
    static QStringList cells(const Incident &incident);
    // Items of a multi-valued cell, joined with ';' (a ';' or '\' inside an
    // item is escaped with '\').
    static QString joinList(const QStringList &items);
    // One field, quoted when it holds the separator, a quote or a line end.
    QString quoted(const QString &field) const;

private:
    Status writeLine(const QStringList &fields);

    ExportOptions m_options;
    QIODevice *m_device = nullptr;
};

} // namespace vigie::exporting
