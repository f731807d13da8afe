// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArticleLoader.h"

#include "import/Article.h"
#include "import/ReaderRegistry.h"

namespace vigie::extract {

ArticleInput toArticleInput(const import::Article &article)
{
    ArticleInput in;
    in.text = article.text;
    in.title = article.title;
    in.outlet = article.siteName;
    in.url = article.canonicalUrl;
    in.language = article.language;
    if (!article.publishedIso.isEmpty()) {
        if (const auto d = PartialDate::fromIso(QStringView(article.publishedIso).left(10)))
            in.metadataPublished = *d;
    }
    return in;
}

Result<ArticleInput> loadArticle(const import::ReaderRegistry &readers, const QString &path)
{
    Result<import::Article> read = readers.readFile(path);
    if (!read)
        return Result<ArticleInput>::failure(read.error());
    return toArticleInput(read.value());
}

} // namespace vigie::extract
