// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace vigie::import {

// Finds the article body in text that still carries page furniture: site
// banners and breadcrumbs before the headline, comment forms and their
// rules, "related / latest articles" lists, newsletter boxes, teaser blocks
// that carry their own dates. Works on text with one paragraph per line
// block (as produced by the text and HTML readers). The rules are phrase
// lists in French and English plus structure (see README.md), never keyed
// to a site.
class BoilerplateStripper {
public:
    struct Result {
        QString text;     // paragraphs joined by "\n\n"; headline and dateline kept
        QString headline; // empty if none recognised
        QString dateline; // the dateline paragraph, as kept in `text`; empty if none
        int removedParagraphs = 0;
    };

    // `knownTitle` (from metadata, may be empty) helps find the headline.
    Result strip(const QString &text, const QString &knownTitle = {}) const;

    // Whether a paragraph is a dateline ("9 Sep. 2025 • 16:10", "Publié le
    // 22/08/2022 à 10h12", "August 22, 2022 3:04 PM ET", "lundi 5 décembre 2022").
    static bool isDateline(const QString &paragraph);
};

} // namespace vigie::import
