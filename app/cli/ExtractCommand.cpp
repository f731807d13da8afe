// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExtractCommand.h"

#include "extract/ArticleLoader.h"
#include "extract/ExtractionJson.h"
#include "extract/Extractor.h"
#include "import/ReaderRegistry.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace vigie::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vigie::cli::ExtractCommand", text);
}

} // namespace

int runExtract(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QStringList files;
    bool json = false;
    bool endOfOptions = false;
    for (qsizetype i = 2; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!endOfOptions && a == u"--json") {
            json = true;
        } else if (!endOfOptions && a == u"--") {
            endOfOptions = true;
        } else if (!endOfOptions && (a == u"--help" || a == u"-h")) {
            out << tr(
                "usage: vigie extract [--json] FILE...\n"
                "Reads each article (text, HTML or PDF) and prints the incident it reports as one\n"
                "JSON object per line, with the evidence for every field. Writes nothing.\n");
            return 0;
        } else if (!endOfOptions && a.startsWith(u"--")) {
            err << tr("vigie extract: unknown option %1").arg(a) << '\n';
            return 2;
        } else {
            files.append(a);
        }
    }
    // JSON lines are the only output; --json says so explicitly (and keeps
    // the command line stable if another format is added).
    Q_UNUSED(json);
    if (files.isEmpty()) {
        err << tr("usage: vigie extract [--json] FILE...") << '\n';
        return 2;
    }
    const import::ReaderRegistry readers;
    const extract::Extractor extractor;
    int status = 0;
    for (const QString &file : files) {
        QJsonObject o;
        const Result<extract::ArticleInput> article = extract::loadArticle(readers, file);
        if (!article) {
            o.insert(QStringLiteral("file"), file);
            o.insert(QStringLiteral("error"), article.error());
            status = 1;
        } else {
            const extract::Extraction extraction = extractor.extract(article.value());
            o = extract::extractionToJson(extraction, article.value().text);
            o.insert(QStringLiteral("file"), file);
        }
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
        out.flush();
    }
    return status;
}

} // namespace vigie::cli
