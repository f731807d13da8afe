// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Extraction.h"

namespace vigie::geo {
class Gazetteer;
}

namespace vigie::extract {

// Article in, incident out: deterministic, rule- and lexicon-based (see
// README.md). Reads the article alone: no database, no dataset. Stateless
// and thread-safe; the patterns are compiled once per process.
class Extractor {
public:
    // Uses the embedded gazetteer (geo::Gazetteer::shared()).
    Extractor();
    explicit Extractor(const geo::Gazetteer &gazetteer);

    Extraction extract(const ArticleInput &article) const;

private:
    const geo::Gazetteer *m_gazetteer;
};

// "fr", "en", "de", "es", "it", "nl", "pt" from function words; "und" when
// the text is too short or none dominates.
QString detectLanguage(QStringView folded);

// A date in a URL: "/2023/06/23/", "-20230623", "AD-202509250737". Null when none.
PartialDate dateFromUrl(const QString &url);

} // namespace vigie::extract
