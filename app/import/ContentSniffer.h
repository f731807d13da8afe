// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace vigie::import {

// What the first bytes of a file say it is, independent of its name.
struct Sniffed {
    enum class Kind { Empty, Text, Html, Pdf, Binary };
    Kind kind = Kind::Empty;
    QString description; // for Binary: "PNG image", "ZIP archive"...; else empty
};

// Looks at the head of the content (a few KB is enough): magic numbers of
// common binary formats, BOMs, NUL bytes and control-character density,
// markup at the start of the text.
Sniffed sniffContent(QByteArrayView head);

// The number of bytes sniffContent() wants to see.
constexpr qsizetype sniffLength = 8192;

} // namespace vigie::import
