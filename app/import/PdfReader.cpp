// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/PdfReader.h"

#include "import/ContentSniffer.h"
#include "import/ReaderSupport.h"

#include <QCoreApplication>
#include <QRectF>

#include <poppler-qt6.h>

#include <mutex>

namespace vigie::import {

namespace {

// poppler prints every repair it makes to stderr; the user gets our message
// instead. Set once: the hook is global to the library.
void silencePoppler() {
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
    });
}

bool endsSentence(QStringView line) {
    return !line.isEmpty() && QStringView(u".!?:»\"”").contains(line.back());
}

// Document titles that are only the producing program's file name.
bool usefulTitle(const QString &title) {
    const QString t = title.trimmed();
    if (t.size() < 8)
        return false;
    const QString lower = t.toLower();
    for (const char *ext : {".doc", ".docx", ".odt", ".pdf", ".indd", ".rtf", ".txt"})
        if (lower.endsWith(QLatin1String(ext)))
            return false;
    return !lower.startsWith(QLatin1String("microsoft word")) && !lower.startsWith(u"untitled") &&
           !lower.startsWith(u"sans titre");
}

} // namespace

int PdfReader::canRead(QByteArrayView head, const QString &) const {
    return sniffContent(head).kind == Sniffed::Kind::Pdf ? 100 : 0;
}

QString PdfReader::paragraphsFromLines(const QString &pageText) {
    const QList<QStringView> raw = QStringView(pageText).split(u'\n');
    QList<QStringView> lines;
    qsizetype longest = 0;
    for (QStringView l : raw) {
        l = l.trimmed();
        lines.append(l);
        longest = std::max(longest, l.size());
    }
    QString out;
    QStringView previous;
    for (const QStringView line : lines) {
        if (line.isEmpty()) {
            if (!out.isEmpty() && !out.endsWith(u"\n\n"))
                out += QStringLiteral("\n\n");
            previous = {};
            continue;
        }
        if (!previous.isEmpty()) {
            // A short line ending a sentence closes its paragraph; a short
            // line without final punctuation is a heading.
            const bool shortLine = previous.size() < longest * 3 / 4;
            if (shortLine) {
                out += QStringLiteral("\n\n");
            } else if (previous.size() >= 2 && previous.back() == u'-' &&
                       previous.at(previous.size() - 2).isLower() && line.front().isLower()) {
                out.chop(1); // "hospita-" + "lier"
            } else {
                out += QLatin1Char(' ');
            }
        }
        out += line;
        previous = line;
    }
    return out;
}

Result<Article> PdfReader::read(const ReadInput &input, const ReadOptions &options) const {
    silencePoppler();
    const auto fail = [](const QString &message) { return Result<Article>::failure(message); };
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(input.data);
    if (!doc)
        return fail(QCoreApplication::translate(
            "vigie::import", "damaged PDF: the file could not be opened (corrupt or truncated)"));
    if (doc->isLocked())
        return fail(QCoreApplication::translate(
            "vigie::import", "the PDF is protected by a password: open it and save an "
                             "unprotected copy, or copy its text"));
    const int pages = doc->numPages();
    if (pages <= 0)
        return fail(
            QCoreApplication::translate("vigie::import", "damaged PDF: no pages could be read"));

    Article article;
    article.format = ArticleFormat::Pdf;
    article.encoding = QStringLiteral("PDF");
    article.canonicalUrl = input.url.toString();
    if (const QString title = doc->info(QStringLiteral("Title")); usefulTitle(title))
        article.title = title.simplified();
    // A file cut short loses its end-of-file marker; poppler may still read
    // the pages it can reconstruct.
    const QByteArrayView tail =
        QByteArrayView(input.data).last(std::min<qsizetype>(input.data.size(), 2048));
    if (!tail.contains("%%EOF"))
        article.warnings.append(QCoreApplication::translate(
            "vigie::import",
            "the PDF looks truncated (no end-of-file marker): text may be missing"));

    QString text;
    int emptyPages = 0;
    for (int i = 0; i < pages; ++i) {
        if (options.isCancelled())
            return fail(ReadOptions::cancelledMessage());
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        const QString pageText = page ? page->text(QRectF()) : QString();
        if (pageText.trimmed().isEmpty()) {
            ++emptyPages;
        } else {
            const QString paragraphs = paragraphsFromLines(pageText);
            // A paragraph running across the page break continues.
            if (!text.isEmpty())
                text += endsSentence(QStringView(text).trimmed()) ? QStringLiteral("\n\n")
                                                                  : QStringLiteral(" ");
            text += paragraphs;
        }
        if (options.progress)
            options.progress(i + 1, pages);
    }
    if (text.trimmed().isEmpty())
        return fail(QCoreApplication::translate(
            "vigie::import", "the PDF has no text layer (scanned pages?): run OCR first"));
    if (emptyPages > 0)
        article.warnings.append(QCoreApplication::translate(
            "vigie::import", "%n page(s) without text", nullptr, emptyPages));
    return finishArticle(std::move(article), text, options);
}

} // namespace vigie::import
