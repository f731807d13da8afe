// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ArticleReader.h"

namespace vigie::import {

// PDF press releases and printed articles, through poppler-qt6: text page by
// page, cancellable and reporting progress between pages. No widgets, so it
// runs in any thread (one poppler Document per read).
class PdfReader final : public ArticleReader {
public:
    ArticleFormat format() const override { return ArticleFormat::Pdf; }
    int canRead(QByteArrayView head, const QString &fileName) const override;
    Result<Article> read(const ReadInput &input, const ReadOptions &options) const override;

    // Joins the lines of a page's text into paragraphs: a line ends its
    // paragraph when it is blank, or short and ends a sentence; words cut
    // by a hyphen at a line end between two lower-case letters are rejoined.
    static QString paragraphsFromLines(const QString &pageText);
};

} // namespace vigie::import
