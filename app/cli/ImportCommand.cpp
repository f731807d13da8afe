// SPDX-License-Identifier: GPL-3.0-or-later
// vigie import FILE|DIR... [--db PATH] [--replace] [--dry-run]
#include "CommandLine.h"
#include "commands/DatasetImport.h"
#include "commands/ImportBatch.h"
#include "db/IncidentRepository.h"
#include "extract/Extractor.h"
#include "import/DatasetReader.h"
#include "import/ReaderRegistry.h"
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

// Dataset files (JSON arrays of incident records, our CSV, STIX bundles)
// are told apart from articles by their first bytes; everything else goes to
// the article import (commands::ImportBatch), whose readers sniff text,
// HTML, MHTML and PDF and refuse the rest with a reason.
bool isDataset(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false; // the article readers report why
    return import::DatasetReader::sniff(file.read(4096), QFileInfo(path).fileName()).has_value();
}

} // namespace

namespace {

// One line per dataset file, as before: each file in its own transaction.
bool importDatasetFile(const CommandLine &cl, const db::Database &database, const QString &path,
                       bool replace, bool dryRun, QTextStream &out, QTextStream &err)
{
    auto dataset = import::DatasetReader().readDatasetFile(path);
    if (!dataset) {
        cl.fail(err, dataset.error());
        return false;
    }
    const qsizetype total = dataset->incidents.size();
    for (const QString &note : std::as_const(dataset->notes))
        err << tr("vigie import: %1: note: %2").arg(path, note) << '\n';
    auto report = commands::importDataset(database, std::move(dataset->incidents), replace, dryRun);
    if (!report) {
        cl.fail(err, tr("%1: nothing imported: %2").arg(path, report.error()));
        return false;
    }
    const int added = int(report->added.size());
    const int replaced = int(report->replaced.size());
    QStringList parts;
    parts << (dryRun ? tr("%n would be added", added) : tr("%n added", added));
    if (replace)
        parts << (dryRun ? tr("%n would be replaced", replaced) : tr("%n replaced", replaced));
    parts << tr("%n already present", report->identical + int(report->different.size()));
    out << tr("%1: %n incident(s): %2", int(total)).arg(path, parts.join(QStringLiteral(", ")))
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
    return true;
}

// The line for one article; errors go to stderr. Returns false for an error.
bool printArticle(const CommandLine &cl, const commands::StagedArticle &item, bool dryRun,
                  QTextStream &out, QTextStream &err)
{
    using commands::ImportOutcome;
    switch (item.outcome) {
    case ImportOutcome::Error:
        cl.fail(err, tr("%1: %2").arg(item.name, item.error));
        return false;
    case ImportOutcome::Duplicate:
        out << tr("%1: duplicate of %2, skipped").arg(item.name, item.duplicateOf) << '\n';
        break;
    case ImportOutcome::Skipped: // only the review dialog skips; the CLI never does
        out << tr("%1: skipped").arg(item.name) << '\n';
        break;
    case ImportOutcome::NewIncident:
        if (dryRun)
            out << tr("%1: would be a new incident %2")
                       .arg(item.name, db::makeSlug(item.extraction.incident))
                << '\n';
        else
            out << tr("%1: new incident %2").arg(item.name, item.incidentSlug) << '\n';
        break;
    case ImportOutcome::AddedSource: {
        const QString why = item.match ? item.match->description() : QString();
        QString target = item.incidentSlug;
        if (dryRun)
            target = item.match && !item.match->slug.isEmpty()
                         ? item.match->slug
                         : db::makeSlug(item.extraction.incident);
        out << (dryRun ? tr("%1: would be added as a source of %2 (%3)")
                       : tr("%1: added source to %2 (%3)"))
                   .arg(item.name, target, why);
        // The empty fields of the stored incident the article filled.
        if (!item.filledFields.isEmpty())
            out << tr("; filled %1").arg(item.filledFields.join(QStringLiteral(", ")));
        out << '\n';
        break;
    }
    }
    for (const QString &warning : item.warnings)
        err << tr("vigie import: %1: warning: %2").arg(item.name, warning) << '\n';
    return true;
}

} // namespace

int runImport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CommandLine cl(
        QStringLiteral("import"),
        tr("Imports news articles (text, HTML, MHTML or PDF files, recognised by their content) "
           "and dataset files (JSON arrays of incident records, CSV files and STIX 2.1 bundles, "
           "as written by 'vigie export --format json|csv|stix', or STIX bundles of other "
           "tools) into the database; folders are walked recursively. Each article "
           "becomes a new incident, or a new source of the stored incident it reports (same "
           "victim, or same commune or department with a similar attack, within 7 days), or is "
           "skipped as a duplicate of an article already stored. The articles are stored in one "
           "transaction, each dataset file in its own: nothing is half-written. An incident of a "
           "dataset whose id is already in the database is skipped (reported when its content "
           "differs), unless --replace is given."));
    cl.parser().addPositionalArgument(QStringLiteral("paths"),
                                      tr("The files and folders to import."),
                                      QStringLiteral("FILE|DIR..."));
    const QCommandLineOption replaceOption(
        QStringLiteral("replace"),
        tr("Replace a stored incident by the dataset file's version when their ids match and "
           "their content differs."));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"),
        tr("Check the files and report what would change; write nothing."));
    cl.parser().addOptions({replaceOption, dryRunOption});
    if (auto code = cl.parse(args, out, err))
        return *code;
    const QStringList paths = cl.parser().positionalArguments();
    if (paths.isEmpty())
        return cl.fail(err, tr("no file to import; run 'vigie import --help'"), ExitUsage);

    auto database = cl.openForWriting();
    if (!database)
        return cl.fail(err, database.error());

    const bool replace = cl.parser().isSet(replaceOption);
    const bool dryRun = cl.parser().isSet(dryRunOption);
    int failed = 0;

    // Datasets first (so articles can join the incidents they bring), then
    // the articles as one batch.
    QList<commands::ImportInput> articles;
    for (commands::ImportInput &input : commands::inputsFromPaths(paths)) {
        if (input.error.isEmpty() && isDataset(input.path)) {
            if (!importDatasetFile(cl, *database, input.path, replace, dryRun, out, err))
                ++failed;
        } else {
            articles.append(std::move(input));
        }
    }
    if (articles.isEmpty())
        return failed > 0 ? ExitFailure : ExitOk;

    const import::ReaderRegistry readers;
    const extract::Extractor extractor;
    const commands::ImportBatch importer(readers, extractor);
    auto staged = importer.stage(articles, commands::ImportBatch::matcherFor(*database));
    if (!staged)
        return cl.fail(err, staged.error());
    if (!dryRun) {
        auto committed = commands::ImportBatch::commit(*database, *staged);
        if (!committed) {
            for (const commands::StagedArticle &item : std::as_const(staged->items))
                if (item.outcome == commands::ImportOutcome::Error)
                    cl.fail(err, tr("%1: %2").arg(item.name, item.error));
            return cl.fail(err, tr("no article imported: %1").arg(committed.error()));
        }
    }
    for (const commands::StagedArticle &item : std::as_const(staged->items))
        if (!printArticle(cl, item, dryRun, out, err))
            ++failed;
    out.flush();
    return failed > 0 ? ExitFailure : ExitOk;
}

} // namespace vigie::cli
