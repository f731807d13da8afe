// SPDX-License-Identifier: GPL-3.0-or-later
// vigie import FILE... [--db PATH] [--replace] [--dry-run]
#include "CommandLine.h"
#include "db/IncidentRepository.h"
#include "import/DatasetReader.h"
#include "model/IncidentJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace vigie::cli {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ImportCommand", text, nullptr, n);
}

// The kinds of file the command line can import, tried in order on the
// first bytes of each file. Articles (text, HTML, PDF) join this table when
// their reader and the extractor land: `read` then returns the incident
// extracted from the article, with the article as its source.
struct FileKind {
    bool (*canRead)(const QByteArray &head, const QString &fileName);
    Result<QList<Incident>> (*read)(const QString &path);
};

const QList<FileKind> &fileKinds()
{
    static const QList<FileKind> kinds = {
        {[](const QByteArray &head, const QString &fileName) {
             return import::DatasetReader::canRead(head, fileName);
         },
         [](const QString &path) { return import::DatasetReader().readFile(path); }},
    };
    return kinds;
}

Result<QList<Incident>> readAnyFile(const QString &path)
{
    using R = Result<QList<Incident>>;
    QFile file(path);
    if (!QFileInfo::exists(path))
        return R::failure(tr("%1: no such file").arg(path));
    if (QFileInfo(path).isDir())
        return R::failure(tr("%1: is a folder, not a file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("%1: cannot read: %2").arg(path, file.errorString()));
    const QByteArray head = file.read(4096);
    file.close();
    for (const FileKind &kind : fileKinds())
        if (kind.canRead(head, QFileInfo(path).fileName()))
            return kind.read(path);
    return R::failure(tr("%1: not a Vigie dataset (a JSON array of incident records); other kinds "
                         "of file cannot be imported yet")
                          .arg(path));
}

struct FileReport {
    int added = 0;
    int replaced = 0;
    int identical = 0;
    QStringList different; // ids kept as stored because the file differs
};

// One file, in one transaction: it lands whole or not at all.
Result<FileReport> importFile(const db::Database &database, QList<Incident> incidents, bool replace,
                              bool dryRun)
{
    using R = Result<FileReport>;
    db::IncidentRepository repo(database);
    db::Transaction tx(database);
    if (!tx.isActive())
        return R::failure(tx.error());
    FileReport report;
    int n = 0;
    for (Incident &incident : incidents) {
        ++n;
        const QString where = incident.id.isEmpty() ? tr("record %1").arg(n)
                                                    : tr("record %1 (%2)").arg(n).arg(incident.id);
        if (!incident.id.isEmpty()) {
            if (const auto existing = repo.findBySlug(incident.id)) {
                const auto stored = repo.load(*existing);
                if (stored && incidentToJson(*stored) == incidentToJson(incident)) {
                    ++report.identical;
                    continue;
                }
                if (!replace) {
                    report.different.append(incident.id);
                    continue;
                }
                incident.dbId = *existing;
                if (Status s = repo.updateInTransaction(incident); !s)
                    return R::failure(QStringLiteral("%1: %2").arg(where, s.error()));
                ++report.replaced;
                continue;
            }
        }
        if (auto id = repo.insertInTransaction(incident); !id)
            return R::failure(QStringLiteral("%1: %2").arg(where, id.error()));
        ++report.added;
    }
    // IncidentRepository::updateInTransaction relinks the sources but keeps
    // those no incident cites any more; drop them as removeInTransaction
    // does. (To move into the repository.)
    if (report.replaced > 0)
        if (Status s = database.exec("DELETE FROM source WHERE id NOT IN "
                                     "(SELECT source_id FROM incident_source)");
            !s)
            return R::failure(s.error());
    if (dryRun)
        return report; // the transaction rolls back
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return report;
}

} // namespace

int runImport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CommandLine cl(
        QStringLiteral("import"),
        tr("Imports dataset files (JSON arrays of incident records, as written by 'vigie export "
           "--format json') into the database. Each file is imported in one transaction: it lands "
           "whole or not at all. An incident whose id is already in the database is skipped "
           "(reported when its content differs), unless --replace is given."));
    cl.parser().addPositionalArgument(QStringLiteral("files"), tr("The files to import."),
                                      QStringLiteral("FILE..."));
    const QCommandLineOption replaceOption(
        QStringLiteral("replace"),
        tr("Replace a stored incident by the file's version when their ids match and their "
           "content differs."));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"),
        tr("Check the files and report what would change; write nothing."));
    cl.parser().addOptions({replaceOption, dryRunOption});
    if (auto code = cl.parse(args, out, err))
        return *code;
    const QStringList files = cl.parser().positionalArguments();
    if (files.isEmpty())
        return cl.fail(err, tr("no file to import; run 'vigie import --help'"), ExitUsage);

    auto database = cl.openForWriting();
    if (!database)
        return cl.fail(err, database.error());

    const bool replace = cl.parser().isSet(replaceOption);
    const bool dryRun = cl.parser().isSet(dryRunOption);
    int failed = 0;
    for (const QString &path : files) {
        auto incidents = readAnyFile(path);
        if (!incidents) {
            cl.fail(err, incidents.error());
            ++failed;
            continue;
        }
        const qsizetype total = incidents->size();
        auto report = importFile(*database, std::move(incidents).value(), replace, dryRun);
        if (!report) {
            cl.fail(err, tr("%1: nothing imported: %2").arg(path, report.error()));
            ++failed;
            continue;
        }
        QStringList parts;
        parts << (dryRun ? tr("%n would be added", report->added) : tr("%n added", report->added));
        if (replace)
            parts << (dryRun ? tr("%n would be replaced", report->replaced)
                             : tr("%n replaced", report->replaced));
        parts << tr("%n already present", report->identical + int(report->different.size()));
        out << tr("%1: %2 incidents: %3").arg(path).arg(total).arg(parts.join(QStringLiteral(", ")))
            << '\n';
        out.flush();
        if (!report->different.isEmpty()) {
            const QStringList shown = report->different.mid(0, 10);
            QString ids = shown.join(QStringLiteral(", "));
            if (report->different.size() > shown.size())
                ids += tr(" and %n more", int(report->different.size() - shown.size()));
            cl.fail(err, tr("%1: kept the stored version of %n incident(s) that differ from the "
                            "file (use --replace to take the file's): %2",
                            int(report->different.size()))
                             .arg(path, ids));
        }
    }
    return failed > 0 ? ExitFailure : ExitOk;
}

} // namespace vigie::cli
