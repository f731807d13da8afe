// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Incident.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace vigie::extract {

// What the extractor reads: the cleaned article text and what the reader
// found around it (HTML metadata, URL). Readers in app/import produce it.
struct ArticleInput {
    QString text;                  // cleaned body, headline first; evidence offsets index it
    QString title;                 // from <title>/og:title when known
    QString outlet;                // og:site_name, or empty
    QString url;                   // canonical URL, or empty
    QString language;              // from lang="..", or empty (then detected)
    PartialDate metadataPublished; // article:published_time, <time datetime>, ...
};

// A piece of text a field value came from, as offsets into ArticleInput::text.
struct Evidence {
    qsizetype start = 0;
    qsizetype length = 0;
    double confidence = 0.0; // 0..1
    friend bool operator==(const Evidence &, const Evidence &) = default;
};

// The result of reading one article: the record, why each field has its
// value, and what the extractor could not do.
struct Extraction {
    Incident incident;
    // Schema key ("occurred", "victims", ...) -> spans in the text.
    QHash<QString, QList<Evidence>> evidence;
    QString language; // "fr", "en", or another ISO 639-1 code, "und" when unknown
    QStringList warnings;

    void addEvidence(const QString &field, qsizetype start, qsizetype length, double confidence)
    {
        if (length > 0)
            evidence[field].append(Evidence{start, length, confidence});
    }
};

} // namespace vigie::extract
