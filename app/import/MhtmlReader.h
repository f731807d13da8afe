// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ArticleReader.h"

namespace vigie::import {

// Pages saved by Chrome, Edge or Opera as "Webpage, single file" (.mhtml,
// .mht): a MIME multipart/related message. The first text/html part is
// decoded (quoted-printable or base64, its charset) and read as HTML; its
// Content-Location becomes the canonical URL when the page gives none.
class MhtmlReader final : public ArticleReader {
public:
    ArticleFormat format() const override { return ArticleFormat::Html; }
    int canRead(QByteArrayView head, const QString &fileName) const override;
    Result<Article> read(const ReadInput &input, const ReadOptions &options) const override;

    static QByteArray decodeQuotedPrintable(QByteArrayView data);
};

} // namespace vigie::import
