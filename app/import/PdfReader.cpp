// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/PdfReader.h"

#include "import/ContentSniffer.h"
#include "import/ReaderSupport.h"

#include <QCoreApplication>
#include <QRectF>

#include <poppler-qt6.h>

#include <algorithm>
#include <mutex>

namespace vigie::import {

namespace {

// poppler prints every repair it makes to stderr; the user gets our message
// instead. Set once: the hook is global to the library.
void silencePoppler()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
    });
}

bool endsSentence(QStringView line)
{
    return !line.isEmpty() && QStringView(u".!?:»\"”").contains(line.back());
}

// Document titles that are only the producing program's file name.
bool usefulTitle(const QString &title)
{
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

// Lines of a page rebuilt from poppler's words (in reading order), with a
// blank line where the gap to the previous line is clearly wider than the
// page's usual line spacing: that is where paragraphs and headings part.
QString pageLines(const Poppler::Page &page)
{
    struct Line {
        QString text;
        double top, bottom;
    };
    QList<Line> lines;
    double lastRight = 0;
    bool spaceAfterLast = false;
    for (const std::unique_ptr<Poppler::TextBox> &box : page.textList()) {
        const QRectF r = box->boundingBox();
        const QString word = box->text();
        if (word.isEmpty())
            continue;
        const bool sameLine = !lines.isEmpty() && r.left() >= lastRight - 1.0 &&
                              r.center().y() > lines.last().top &&
                              r.center().y() < lines.last().bottom;
        if (sameLine) {
            Line &l = lines.last();
            if (spaceAfterLast)
                l.text += QLatin1Char(' ');
            l.text += word;
            l.top = std::min(l.top, r.top());
            l.bottom = std::max(l.bottom, r.bottom());
        } else {
            lines.append({word, r.top(), r.bottom()});
        }
        lastRight = r.right();
        spaceAfterLast = box->hasSpaceAfter();
    }
    QList<double> steps;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const double step = lines[i].top - lines[i - 1].top;
        if (step > 0)
            steps.append(step);
    }
    std::sort(steps.begin(), steps.end());
    const double usualStep = steps.isEmpty() ? 0 : steps[steps.size() / 2];
    QString out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0) {
            const double step = lines[i].top - lines[i - 1].top;
            // Going up means a new column or a float: a new paragraph too.
            const bool gap = usualStep > 0 && (step > usualStep * 1.4 || step < 0);
            out += gap ? QStringLiteral("\n\n") : QStringLiteral("\n");
        }
        out += lines[i].text;
    }
    return out;
}

} // namespace

int PdfReader::canRead(QByteArrayView head, const QString &) const
{
    return sniffContent(head).kind == Sniffed::Kind::Pdf ? 100 : 0;
}

QString PdfReader::paragraphsFromLines(const QString &pageText)
{
    QList<QStringView> lines;
    qsizetype longest = 0;
    for (QStringView l : QStringView(pageText).split(u'\n')) {
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
            const bool hyphenated = previous.size() >= 2 && previous.back() == u'-' &&
                                    previous.at(previous.size() - 2).isLower() &&
                                    line.front().isLower();
            // A clearly short line ends its paragraph (its last line, or a
            // heading) unless the text visibly goes on.
            const bool shortLine =
                previous.size() < longest * 3 / 4 &&
                (endsSentence(previous) || line.front().isUpper() || !line.front().isLetter());
            if (hyphenated)
                out.chop(1); // "propaga-" + "tion"
            else if (shortLine)
                out += QStringLiteral("\n\n");
            else
                out += QLatin1Char(' ');
        }
        out += line;
        previous = line;
    }
    return out;
}

Result<Article> PdfReader::read(const ReadInput &input, const ReadOptions &options) const
{
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
    // A file cut short loses its end-of-file marker; poppler may still
    // rebuild some pages from what is left.
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
        const std::unique_ptr<Poppler::Page> page = doc->page(i);
        const QString paragraphs = page ? paragraphsFromLines(pageLines(*page)) : QString();
        if (paragraphs.trimmed().isEmpty()) {
            ++emptyPages;
        } else {
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
