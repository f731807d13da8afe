// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ArticleReader.h"

namespace vigie::import {

// Saved web pages and HTML fragments, parsed with gumbo (a full HTML5
// parser). Finds the main content (article / articleBody / main, else the
// block with the densest running text), drops navigation and other page
// furniture, and reads the page's metadata.
class HtmlReader final : public ArticleReader {
public:
    ArticleFormat format() const override { return ArticleFormat::Html; }
    int canRead(QByteArrayView head, const QString &fileName) const override;
    Result<Article> read(const ReadInput &input, const ReadOptions &options) const override;

    // The charset a page declares in its first bytes (<meta charset>,
    // http-equiv Content-Type, XML prologue), as the HTML5 prescan does.
    static QString declaredCharset(QByteArrayView head);
};

} // namespace vigie::import
