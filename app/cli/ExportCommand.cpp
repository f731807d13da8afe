// SPDX-License-Identifier: GPL-3.0-or-later
// vigie export --format csv|json|geojson|stix [--out FILE] [--db PATH] [--bom] [--separator C]
//              [--areas [--area-level L]] [--filter F]
#include "CommandLine.h"
#include "db/IncidentRepository.h"
#include "export/ExportFormats.h"
#include "filter/FilterQuery.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileDevice>
#include <QFileInfo>

namespace vigie::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExportCommand", text);
}

QString formatList()
{
    QString list;
    for (const exporting::ExportFormat &f : exporting::exportFormats())
        list += QStringLiteral("\n  %1  %2").arg(f.name, -5).arg(f.description);
    return list;
}

} // namespace

int runExport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CommandLine cl(QStringLiteral("export"),
                   tr("Writes every incident of the database, with every field, to a file or to "
                      "standard output.\n\nFormats:") +
                       formatList());
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("The format: csv, json, geojson or stix (required)."),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        tr("Write to FILE (replaced atomically) instead of standard output."),
        QStringLiteral("FILE"));
    const QCommandLineOption bomOption(QStringLiteral("bom"),
                                       tr("CSV: start with a UTF-8 byte order mark (for Excel)."));
    const QCommandLineOption separatorOption(
        QStringLiteral("separator"),
        tr("CSV: the field separator, ',' (default), ';' (French spreadsheets) or 'tab' (also "
           "'comma', 'semicolon')."),
        QStringLiteral("C"), QStringLiteral(","));
    const QCommandLineOption filterOption(
        QStringLiteral("filter"),
        tr("Export only the incidents that pass FILTER, in the text form of saved views, e.g. "
           "\"region=32,11;attack=ransomware;from=2022-01;q=rançongiciel\"."),
        QStringLiteral("FILTER"));
    const QCommandLineOption areasOption(
        QStringLiteral("areas"),
        tr("GeoJSON: one polygon per area with its counts instead of one point per incident."));
    const QCommandLineOption areaLevelOption(
        QStringLiteral("area-level"),
        tr("GeoJSON with --areas: region, department (default) or country."),
        QStringLiteral("LEVEL"), QStringLiteral("department"));
    cl.parser().addOptions({formatOption, outOption, bomOption, separatorOption, filterOption,
                            areasOption, areaLevelOption});
    if (auto code = cl.parse(args, out, err))
        return *code;
    const QCommandLineParser &p = cl.parser();
    if (!p.positionalArguments().isEmpty())
        return cl.fail(err, tr("unexpected argument %1").arg(p.positionalArguments().first()),
                       ExitUsage);
    if (!p.isSet(formatOption))
        return cl.fail(err, tr("--format is required:") + formatList(), ExitUsage);
    const exporting::ExportFormat *format = exporting::findExportFormat(p.value(formatOption));
    if (!format)
        return cl.fail(err,
                       tr("unknown format \"%1\"; known formats:").arg(p.value(formatOption)) +
                           formatList(),
                       ExitUsage);
    exporting::ExportOptions options;
    options.byteOrderMark = p.isSet(bomOption);
    const QString separator = p.value(separatorOption);
    // Words as well as characters: an unquoted ';' ends a shell command.
    if (separator == QLatin1String(",") || separator == QLatin1String("comma"))
        options.separator = u',';
    else if (separator == QLatin1String(";") || separator == QLatin1String("semicolon"))
        options.separator = u';';
    else if (separator == QLatin1String("tab") || separator == QLatin1String("\t"))
        options.separator = u'\t';
    else
        return cl.fail(err,
                       tr("--separator takes ',', ';', 'tab', 'comma' or 'semicolon', not \"%1\"")
                           .arg(separator),
                       ExitUsage);
    if (format->name != QLatin1String("csv") && (p.isSet(bomOption) || p.isSet(separatorOption)))
        return cl.fail(err, tr("--bom and --separator apply to the csv format only"), ExitUsage);
    if (p.isSet(areasOption) || p.isSet(areaLevelOption)) {
        if (format->name != QLatin1String("geojson"))
            return cl.fail(err, tr("--areas and --area-level apply to the geojson format only"),
                           ExitUsage);
        if (!p.isSet(areasOption))
            return cl.fail(err, tr("--area-level needs --areas"), ExitUsage);
        const QString level = p.value(areaLevelOption);
        if (level == QLatin1String("region"))
            options.areas = exporting::AreaLevel::Region;
        else if (level == QLatin1String("department"))
            options.areas = exporting::AreaLevel::Department;
        else if (level == QLatin1String("country"))
            options.areas = exporting::AreaLevel::Country;
        else
            return cl.fail(
                err, tr("--area-level takes region, department or country, not \"%1\"").arg(level),
                ExitUsage);
    }

    std::optional<filter::FilterSpec> spec;
    if (p.isSet(filterOption)) {
        auto parsed = filter::FilterSpec::parse(p.value(filterOption));
        if (!parsed)
            return cl.fail(err, tr("bad --filter: %1").arg(parsed.error()), ExitUsage);
        spec = *parsed;
    }

    if (p.isSet(outOption)) {
        // QSaveFile would happily replace the database with the export.
        const QString target = QFileInfo(p.value(outOption)).canonicalFilePath();
        if (!target.isEmpty() && target == QFileInfo(cl.databasePath()).canonicalFilePath())
            return cl.fail(err, tr("--out names the database itself: %1").arg(p.value(outOption)),
                           ExitUsage);
    }

    auto database = cl.openForReading();
    if (!database)
        return cl.fail(err, database.error());
    QList<Incident> incidents;
    const db::IncidentRepository repository(*database);
    if (spec) {
        // Exactly the set the window shows for this filter, in database order.
        auto ids = filter::FilterQuery::incidentIds(*database, *spec);
        if (!ids)
            return cl.fail(err, ids.error());
        incidents.reserve(ids->size());
        for (qint64 id : std::as_const(*ids))
            if (auto incident = repository.load(id))
                incidents.append(std::move(*incident));
    } else {
        incidents = repository.loadAll();
    }

    if (p.isSet(outOption)) {
        if (Status s = exporting::exportToFile(p.value(outOption), *format, options, incidents); !s)
            return cl.fail(err, s.error());
        return ExitOk;
    }
    // Standard output: straight to its device when the stream has one (the
    // real stdout), through the text stream otherwise (tests, pipes in-process).
    out.flush();
    QIODevice *device = out.device();
    QBuffer buffer;
    if (!device) {
        buffer.open(QIODevice::WriteOnly);
        device = &buffer;
    }
    if (Status s = exporting::exportToDevice(*device, *format, options, incidents); !s)
        return cl.fail(err, s.error());
    if (device == &buffer)
        out << QString::fromUtf8(buffer.data());
    else if (auto *file = qobject_cast<QFileDevice *>(device); file && !file->flush())
        return cl.fail(err, tr("Writing failed: %1").arg(file->errorString()));
    out.flush();
    return ExitOk;
}

} // namespace vigie::cli
