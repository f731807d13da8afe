// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <functional>

namespace vigie::import {

enum class ArticleFormat { PlainText, Html, Pdf };

// Schema-style name of a format: "text", "html", "pdf".
QString formatName(ArticleFormat format);

// A news article as read from a file or from dropped data, before extraction.
//
// `text` is the cleaned body: NFC, '\n' line ends, no trailing spaces, runs of
// spaces collapsed, paragraphs (headings included) separated by one blank
// line, page furniture removed (see BoilerplateStripper). The headline and
// the dateline stay IN the text (the extractor reads the publication date
// from it and its evidence spans point into this string); they are also
// exposed separately below for convenience.
struct Article {
    QString text;

    QString title;         // <title>/og:title/headline line; may be empty
    QString siteName;      // og:site_name, JSON-LD publisher; may be empty
    QString dateline;      // the dateline line as it appears in `text` (empty if none)
    QString publishedText; // published date as found in metadata, verbatim
    QString publishedIso;  // the same as ISO 8601 ("2025-09-09" or "2025-09-09T16:10:00+02:00")
    QString canonicalUrl;  // <link rel=canonical>, og:url, or the URL given with dropped data
    QString language;      // "fr", "en", ... (lang attribute, else guessed); empty if unknown
    QString encoding;      // charset the bytes were decoded from ("UTF-8", "windows-1252", ...)
    ArticleFormat format = ArticleFormat::PlainText;
    QString sourcePath;   // file path (empty for data read from memory)
    QStringList warnings; // non-fatal problems (invalid bytes replaced, truncated PDF...)
};

// How to read. Everything is optional; the defaults suit a batch import.
struct ReadOptions {
    // Set to true from another thread to stop a long read (PDF pages, large
    // HTML); the read then fails with ReadOptions::cancelledMessage().
    const std::atomic_bool *cancel = nullptr;
    // Called from the reading thread with (done, total) steps, e.g. PDF pages.
    std::function<void(int done, int total)> progress;
    // Files larger than this are refused before any byte is read.
    qint64 maxBytes = 20 * 1024 * 1024;
    // Remove comment forms, "related articles" lists, teasers... (BoilerplateStripper).
    bool stripBoilerplate = true;

    bool isCancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    static QString cancelledMessage();
    static constexpr qint64 defaultMaxBytes = 20 * 1024 * 1024;
};

// The bytes a reader works on, with what is known about where they came from.
struct ReadInput {
    QByteArray data;
    QString fileName; // path or display name (used for the extension hint and messages)
    QString mimeType; // optional hint, e.g. "text/html" from a drop
    QUrl url;         // optional page URL (drag from a browser)
    QString charset;  // optional declared charset (e.g. from a MIME type)
};

} // namespace vigie::import
