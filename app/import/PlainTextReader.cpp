// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/PlainTextReader.h"

#include "import/ContentSniffer.h"
#include "import/ReaderSupport.h"
#include "import/TextDecoder.h"

#include <QCoreApplication>

namespace vigie::import {

int PlainTextReader::canRead(QByteArrayView head, const QString &fileName) const
{
    const Sniffed s = sniffContent(head);
    if (s.kind != Sniffed::Kind::Text)
        return s.kind == Sniffed::Kind::Html ? 10 : 0;
    const QString ext = fileExtension(fileName);
    return ext == u"txt" || ext == u"text" || ext == u"md" ? 60 : 50;
}

Result<Article> PlainTextReader::read(const ReadInput &input, const ReadOptions &options) const
{
    const DecodedText decoded = decodeText(input.data, input.charset);
    Article article;
    article.format = ArticleFormat::PlainText;
    article.encoding = decoded.encoding;
    article.canonicalUrl = input.url.toString();
    if (decoded.hadInvalidBytes)
        article.warnings.append(
            QCoreApplication::translate("vigie::import",
                                        "invalid %1 byte sequences were replaced by \uFFFD")
                .arg(decoded.encoding));
    return finishArticle(std::move(article), decoded.text, options);
}

} // namespace vigie::import
