// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/Article.h"
#include "model/Result.h"

#include <memory>

namespace vigie::import {

// A parsed HTML page (gumbo) and what the article readers need from it.
// Every walk of the tree is iterative, so any nesting depth is safe, and the
// tree is freed in one sweep (gumbo's own destructor recurses).
class HtmlDocument {
public:
    struct Metadata {
        QString title;        // og:title, JSON-LD headline, <h1>, <title> without the site suffix
        QString siteName;     // og:site_name, JSON-LD publisher, application-name
        QString published;    // article:published_time, JSON-LD datePublished, <time datetime>...
        QString canonicalUrl; // <link rel=canonical>, og:url
        QString language;     // <html lang>, Content-Language, og:locale
    };

    HtmlDocument();
    ~HtmlDocument();
    HtmlDocument(const HtmlDocument &) = delete;
    HtmlDocument &operator=(const HtmlDocument &) = delete;

    // Fails without parsing when the markup nests deeper than maxDepth:
    // gumbo's tree building is quadratic in the depth (10,000 nested divs
    // take seconds, 100,000 take minutes), and no real page nests that deep.
    Status parse(const QString &html, const ReadOptions &options = {});
    static constexpr int maxDepth = 5000;

    // An upper bound of the element nesting depth from a light scan of the
    // tags (void elements, self-closing tags, elements whose end tag is
    // optional, comments and raw-text elements are accounted for).
    static int estimatedDepth(QByteArrayView html);
    const Metadata &metadata() const;

    // The main content as paragraphs separated by blank lines (not yet
    // normalised): headings, paragraphs, list items and cells each on their
    // own, navigation, scripts, forms, asides and other furniture left out.
    Result<QString> mainText(const ReadOptions &options = {}) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace vigie::import
