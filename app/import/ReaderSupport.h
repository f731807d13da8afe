// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/Article.h"
#include "model/Result.h"

namespace vigie::import {

// The last steps every reader shares: normalise the text, strip page
// furniture, fill the title and dateline from the stripper when metadata had
// none, guess the language when no tag said it. Fails when no text is left.
Result<Article> finishArticle(Article article, const QString &rawText, const ReadOptions &options);

// Lower-case extension of a file name without the dot ("txt"), or empty.
QString fileExtension(const QString &fileName);

// ISO 8601 form of a date or date-time written in an ISO-like or RFC 2822
// form (metadata values), or empty when it does not parse.
QString isoDate(const QString &value);

} // namespace vigie::import
