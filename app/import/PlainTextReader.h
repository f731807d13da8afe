// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ArticleReader.h"

namespace vigie::import {

// Text copied from a page or saved as .txt, in any common charset.
class PlainTextReader final : public ArticleReader {
public:
    ArticleFormat format() const override { return ArticleFormat::PlainText; }
    int canRead(QByteArrayView head, const QString &fileName) const override;
    Result<Article> read(const ReadInput &input, const ReadOptions &options) const override;
};

} // namespace vigie::import
