// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ReaderRegistry.h"

#include "import/ContentSniffer.h"
#include "import/HtmlReader.h"
#include "import/MhtmlReader.h"
#include "import/PdfReader.h"
#include "import/PlainTextReader.h"
#include "import/ReaderSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace vigie::import {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vigie::import", text);
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// "text/html; charset=windows-1252" -> ("text/html", "windows-1252")
std::pair<QString, QString> splitMime(const QString &mime)
{
    const QStringList parts = mime.split(QLatin1Char(';'));
    QString type = parts.value(0).trimmed().toLower();
    QString charset;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString p = parts[i].trimmed();
        if (p.startsWith(QLatin1String("charset="), Qt::CaseInsensitive))
            charset = p.mid(8).remove(QLatin1Char('"')).trimmed();
    }
    return {type, charset};
}

} // namespace

ReaderRegistry::ReaderRegistry()
{
    addReader(std::make_unique<PdfReader>());
    addReader(std::make_unique<MhtmlReader>());
    addReader(std::make_unique<HtmlReader>());
    addReader(std::make_unique<PlainTextReader>());
}

ReaderRegistry::~ReaderRegistry() = default;

void ReaderRegistry::addReader(std::unique_ptr<ArticleReader> reader)
{
    m_readers.push_back(std::move(reader));
}

Result<const ArticleReader *> ReaderRegistry::readerFor(QByteArrayView head,
                                                        const QString &fileName,
                                                        const QString &mimeType) const
{
    using R = Result<const ArticleReader *>;
    const Sniffed sniffed = sniffContent(head);
    if (sniffed.kind == Sniffed::Kind::Empty)
        return R::failure(tr("empty file"));
    if (sniffed.kind == Sniffed::Kind::Binary)
        return R::failure(tr("not an article: binary file (%1)").arg(sniffed.description));

    // A MIME type from a drop settles text versus HTML (a fragment may not
    // start with a tag); the bytes still decide for PDF and binaries.
    const QString mime = splitMime(mimeType).first;
    if (sniffed.kind == Sniffed::Kind::Text && !mime.isEmpty()) {
        const ArticleFormat wanted = mime == u"text/html" || mime == u"application/xhtml+xml"
                                         ? ArticleFormat::Html
                                         : ArticleFormat::PlainText;
        // The best reader of that format; if none claims the bytes, the
        // last registered one (the generic reader comes after specialised
        // ones such as MHTML).
        const ArticleReader *chosen = nullptr;
        int chosenScore = -1;
        for (const auto &r : m_readers) {
            if (r->format() != wanted)
                continue;
            const int score = r->canRead(head, fileName);
            if (score > chosenScore || (score == 0 && chosenScore == 0)) {
                chosen = r.get();
                chosenScore = score;
            }
        }
        if (chosen)
            return R(chosen);
    }

    const ArticleReader *best = nullptr;
    int bestScore = 0;
    for (const auto &r : m_readers) {
        const int score = r->canRead(head, fileName);
        if (score > bestScore) {
            bestScore = score;
            best = r.get();
        }
    }
    if (!best)
        return R::failure(tr("unsupported file format"));
    return R(best);
}

Result<Article> ReaderRegistry::readFile(const QString &path, const ReadOptions &options) const
{
    const auto fail = [](const QString &m) { return Result<Article>::failure(m); };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("no such file"));
    if (info.isDir())
        return fail(tr("is a folder, not a file"));
    // Checked before opening: a huge file is refused without being read.
    if (info.size() > options.maxBytes)
        return fail(tr("file too large (%1 MB; articles are limited to %2 MB)")
                        .arg(megabytes(info.size()), megabytes(options.maxBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot open the file: %1").arg(file.errorString()));
    // Read at most one byte over the limit: the file may grow after stat().
    QByteArray data = file.read(options.maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(tr("cannot read the file: %1").arg(file.errorString()));
    if (data.size() > options.maxBytes)
        return fail(
            tr("file too large (articles are limited to %1 MB)").arg(megabytes(options.maxBytes)));

    ReadInput input;
    input.data = std::move(data);
    input.fileName = path;
    Result<Article> article = readInput(std::move(input), options);
    if (article)
        article->sourcePath = path;
    return article;
}

Result<Article> ReaderRegistry::readData(const QByteArray &data, const QString &mimeType,
                                         const QUrl &url, const ReadOptions &options) const
{
    if (data.size() > options.maxBytes)
        return Result<Article>::failure(
            tr("too much data (%1 MB; articles are limited to %2 MB)")
                .arg(megabytes(data.size()), megabytes(options.maxBytes)));
    ReadInput input;
    input.data = data;
    const auto [type, charset] = splitMime(mimeType);
    input.mimeType = type;
    input.charset = charset;
    input.url = url;
    input.fileName = url.isValid() ? url.fileName() : QString();
    return readInput(std::move(input), options);
}

Result<Article> ReaderRegistry::readText(const QString &text, const QUrl &url,
                                         const ReadOptions &options) const
{
    return readData(text.toUtf8(), QStringLiteral("text/plain; charset=utf-8"), url, options);
}

Result<Article> ReaderRegistry::readHtml(const QString &html, const QUrl &url,
                                         const ReadOptions &options) const
{
    return readData(html.toUtf8(), QStringLiteral("text/html; charset=utf-8"), url, options);
}

Result<Article> ReaderRegistry::readInput(ReadInput input, const ReadOptions &options) const
{
    if (options.isCancelled())
        return Result<Article>::failure(ReadOptions::cancelledMessage());
    const QByteArrayView head =
        QByteArrayView(input.data).first(std::min(input.data.size(), sniffLength));
    // A bare address (dragged from a browser's address bar) has no article:
    // Vigie never fetches pages.
    const QByteArray trimmed = input.data.trimmed();
    if (trimmed.size() < 4096 &&
        (trimmed.startsWith("http://") || trimmed.startsWith("https://")) &&
        !trimmed.contains(' ') && !trimmed.contains('\n'))
        return Result<Article>::failure(
            tr("only a web address: Vigie works offline, so drop the saved page or its text"));
    const Result<const ArticleReader *> reader = readerFor(head, input.fileName, input.mimeType);
    if (!reader)
        return Result<Article>::failure(reader.error());
    return (*reader)->read(input, options);
}

} // namespace vigie::import
