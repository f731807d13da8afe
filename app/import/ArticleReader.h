// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/Article.h"
#include "model/Result.h"

#include <QByteArrayView>

namespace vigie::import {

// One file format. Readers are stateless and their methods const, so one
// instance may serve several threads at once (drag-and-drop reads in a
// worker). A failed read returns Result::failure with a message for the user
// (the reader's "errorString").
class ArticleReader {
public:
    virtual ~ArticleReader() = default;

    virtual ArticleFormat format() const = 0;

    // How sure this reader is that it can read these bytes: 0 (no) to 100
    // (certain, e.g. magic bytes). `head` is the first few KB of the content;
    // `fileName` may be empty and only breaks ties.
    virtual int canRead(QByteArrayView head, const QString &fileName) const = 0;

    virtual Result<Article> read(const ReadInput &input, const ReadOptions &options) const = 0;
};

} // namespace vigie::import
