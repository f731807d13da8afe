// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Extraction.h"
#include "model/Result.h"

namespace vigie::import {
struct Article;
class ReaderRegistry;
} // namespace vigie::import

namespace vigie::extract {

// The extractor's view of an article read by app/import (the readers own
// decoding, HTML parsing and page-furniture removal).
ArticleInput toArticleInput(const import::Article &article);

// Reads a file with the import readers (text, HTML, PDF) and converts it.
// Fails with the reader's message ("empty file", "not an article: PNG image").
Result<ArticleInput> loadArticle(const import::ReaderRegistry &readers, const QString &path);

} // namespace vigie::extract
