// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/HtmlReader.h"

#include "import/ContentSniffer.h"
#include "import/HtmlDocument.h"
#include "import/LanguageGuesser.h"
#include "import/ReaderSupport.h"
#include "import/TextDecoder.h"

#include <QCoreApplication>

namespace vigie::import {

int HtmlReader::canRead(QByteArrayView head, const QString &fileName) const
{
    const Sniffed s = sniffContent(head);
    if (s.kind == Sniffed::Kind::Html)
        return 80;
    const QString ext = fileExtension(fileName);
    if (s.kind == Sniffed::Kind::Text &&
        (ext == u"html" || ext == u"htm" || ext == u"xhtml" || ext == u"shtml"))
        return 70;
    return 0;
}

QString HtmlReader::declaredCharset(QByteArrayView head)
{
    // The HTML5 prescan looks at the first 1024 bytes; pages with long
    // comments or scripts first push it further, so look at 4 KB.
    const QByteArray lower =
        head.first(std::min<qsizetype>(head.size(), 4096)).toByteArray().toLower();
    qsizetype at = lower.indexOf("charset");
    while (at >= 0) {
        qsizetype i = at + 7;
        while (i < lower.size() && (lower[i] == ' ' || lower[i] == '\t'))
            ++i;
        if (i < lower.size() && lower[i] == '=') {
            ++i;
            while (i < lower.size() && (lower[i] == ' ' || lower[i] == '"' || lower[i] == '\''))
                ++i;
            qsizetype end = i;
            while (end < lower.size() &&
                   (QChar::isLetterOrNumber(uchar(lower[end])) || lower[end] == '-' ||
                    lower[end] == '_' || lower[end] == ':' || lower[end] == '.'))
                ++end;
            if (end > i)
                return QString::fromLatin1(lower.mid(i, end - i));
        }
        at = lower.indexOf("charset", at + 7);
    }
    // <?xml version="1.0" encoding="...">
    if (lower.startsWith("<?xml")) {
        const qsizetype e = lower.indexOf("encoding=");
        if (e > 0 && e < 100) {
            const qsizetype q = e + 10;
            const qsizetype close = lower.indexOf(lower[e + 9], q);
            if (close > q)
                return QString::fromLatin1(lower.mid(q, close - q));
        }
    }
    return {};
}

Result<Article> HtmlReader::read(const ReadInput &input, const ReadOptions &options) const
{
    QString charset = input.charset;
    if (charset.isEmpty())
        charset = declaredCharset(input.data);
    const DecodedText decoded = decodeText(input.data, charset);

    Article article;
    article.format = ArticleFormat::Html;
    article.encoding = decoded.encoding;
    if (decoded.hadInvalidBytes)
        article.warnings.append(
            QCoreApplication::translate("vigie::import",
                                        "invalid %1 byte sequences were replaced by \uFFFD")
                .arg(decoded.encoding));

    HtmlDocument doc;
    if (Status parsed = doc.parse(decoded.text, options); !parsed)
        return Result<Article>::failure(parsed.error());
    const HtmlDocument::Metadata &meta = doc.metadata();
    article.title = meta.title;
    article.siteName = meta.siteName;
    article.publishedText = meta.published;
    article.publishedIso = isoDate(meta.published);
    article.canonicalUrl = meta.canonicalUrl.isEmpty() ? input.url.toString() : meta.canonicalUrl;
    article.language = primaryLanguage(meta.language);

    Result<QString> body = doc.mainText(options);
    if (!body)
        return Result<Article>::failure(body.error());
    return finishArticle(std::move(article), *body, options);
}

} // namespace vigie::import
