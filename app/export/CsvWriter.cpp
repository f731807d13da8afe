// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

#include "geo/FrenchAreas.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QLocale>

namespace vigie::exporting {

namespace {

QString number(double value)
{
    // Shortest exact form, never an exponent, always '.' as the decimal mark.
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

template<typename E>
QString setCell(const std::optional<FlagSet<E>> &set)
{
    return set ? CsvWriter::joinList(set->schemaNames()) : QString();
}

} // namespace

CsvWriter::CsvWriter(const ExportOptions &options)
    : m_options(options)
{
}

QStringList CsvWriter::columns()
{
    return {
        QStringLiteral("id"),
        QStringLiteral("title"),
        QStringLiteral("published"),
        QStringLiteral("occurred"),
        QStringLiteral("disclosed"),
        QStringLiteral("country"),
        QStringLiteral("region"),
        QStringLiteral("region_name"),
        QStringLiteral("department"),
        QStringLiteral("department_name"),
        QStringLiteral("commune"),
        QStringLiteral("victims"),
        QStringLiteral("victim_kind"),
        QStringLiteral("attack_types"),
        QStringLiteral("threat_actor"),
        QStringLiteral("data_compromised"),
        QStringLiteral("data_spared"),
        QStringLiteral("impacts"),
        QStringLiteral("ransom_demanded"),
        QStringLiteral("ransom_amount"),
        QStringLiteral("ransom_currency"),
        QStringLiteral("records_affected"),
        QStringLiteral("source_count"),
        QStringLiteral("source_urls"),
        QStringLiteral("source_outlets"),
        QStringLiteral("source_published"),
        QStringLiteral("source_languages"),
        QStringLiteral("summary"),
    };
}

QString CsvWriter::joinList(const QStringList &items)
{
    QString out;
    for (qsizetype n = 0; n < items.size(); ++n) {
        if (n > 0)
            out += u';';
        for (QChar c : items.at(n)) {
            if (c == u';' || c == u'\\')
                out += u'\\';
            out += c;
        }
    }
    return out;
}

QStringList CsvWriter::cells(const Incident &i)
{
    QString departmentName;
    if (i.country == QLatin1String("FR") && !i.department.isEmpty())
        if (const geo::Department *d = geo::findDepartment(i.department))
            departmentName = d->name;
    QStringList urls, outlets, published, languages;
    for (const Source &s : i.sources) {
        urls.append(s.url);
        outlets.append(s.outlet);
        published.append(s.published.toIso());
        languages.append(s.language);
    }
    return {
        i.id,
        i.title,
        i.published.toIso(),
        i.occurred.toIso(),
        i.disclosed.toIso(),
        i.country,
        i.region,
        i.region.isEmpty() ? QString() : geo::regionDisplayName(i.country, i.region),
        i.department,
        departmentName,
        i.commune,
        joinList(i.victims),
        i.victimKind ? schemaName(*i.victimKind) : QString(),
        setCell(i.attackTypes),
        i.threatActor,
        setCell(i.dataCompromised),
        setCell(i.dataSpared),
        setCell(i.impacts),
        i.ransom ? QStringLiteral("true") : QString(),
        i.ransom && i.ransom->amount ? number(*i.ransom->amount) : QString(),
        i.ransom ? i.ransom->currency : QString(),
        i.recordsAffected ? QString::number(*i.recordsAffected) : QString(),
        QString::number(i.sources.size()),
        joinList(urls),
        joinList(outlets),
        joinList(published),
        joinList(languages),
        i.summary,
    };
}

QString CsvWriter::quoted(const QString &field) const
{
    const bool needsQuotes = field.contains(m_options.separator) || field.contains(u'"') ||
                             field.contains(u'\n') || field.contains(u'\r');
    if (!needsQuotes)
        return field;
    QString out = field;
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

Status CsvWriter::writeLine(const QStringList &fields)
{
    QString line;
    for (qsizetype n = 0; n < fields.size(); ++n) {
        if (n > 0)
            line += m_options.separator;
        line += quoted(fields.at(n));
    }
    line += QStringLiteral("\r\n");
    const QByteArray bytes = line.toUtf8();
    if (m_device->write(bytes) != bytes.size())
        return Status::failure(QCoreApplication::translate("Export", "Writing failed: %1")
                                   .arg(m_device->errorString()));
    return {};
}

Status CsvWriter::begin(QIODevice &device)
{
    m_device = &device;
    if (m_options.separator != u',' && m_options.separator != u';' && m_options.separator != u'\t')
        return Status::failure(
            QCoreApplication::translate("Export", "The CSV separator must be ',', ';' or a tab."));
    if (m_options.byteOrderMark && m_device->write("\xEF\xBB\xBF", 3) != 3)
        return Status::failure(QCoreApplication::translate("Export", "Writing failed: %1")
                                   .arg(m_device->errorString()));
    return writeLine(columns());
}

Status CsvWriter::write(const Incident &incident)
{
    return writeLine(cells(incident));
}

Status CsvWriter::finish()
{
    return {};
}

} // namespace vigie::exporting
