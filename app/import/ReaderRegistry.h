// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ArticleReader.h"

#include <memory>
#include <vector>

namespace vigie::import {

// Picks a reader by sniffing the content (magic bytes, BOMs, markup, binary
// detection), the file name only breaking ties. Thread-safe once built:
// every method is const and the readers are stateless.
class ReaderRegistry {
public:
    ReaderRegistry(); // text, HTML and PDF readers
    ~ReaderRegistry();
    ReaderRegistry(const ReaderRegistry &) = delete;
    ReaderRegistry &operator=(const ReaderRegistry &) = delete;

    void addReader(std::unique_ptr<ArticleReader> reader);

    // The best reader for these bytes, or a failure saying why none fits
    // ("not an article: binary file (PNG image)", "empty file").
    Result<const ArticleReader *> readerFor(QByteArrayView head, const QString &fileName,
                                            const QString &mimeType = {}) const;

    // Reads a file; the size limit is checked before reading.
    Result<Article> readFile(const QString &path, const ReadOptions &options = {}) const;

    // Reads bytes from memory (dropped text or HTML, clipboard). `mimeType`
    // ("text/plain", "text/html", "application/pdf", optionally with
    // "; charset=...") and `url` are optional hints.
    Result<Article> readData(const QByteArray &data, const QString &mimeType = {},
                             const QUrl &url = {}, const ReadOptions &options = {}) const;

    // Reads a Unicode string already in memory (e.g. QMimeData::text()).
    Result<Article> readText(const QString &text, const QUrl &url = {},
                             const ReadOptions &options = {}) const;

    // Reads an HTML fragment already in memory (QMimeData::html()).
    Result<Article> readHtml(const QString &html, const QUrl &url = {},
                             const ReadOptions &options = {}) const;

private:
    Result<Article> readInput(ReadInput input, const ReadOptions &options) const;
    std::vector<std::unique_ptr<ArticleReader>> m_readers;
};

} // namespace vigie::import
