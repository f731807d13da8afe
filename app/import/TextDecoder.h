// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace vigie::import {

struct DecodedText {
    QString text;     // decoded, BOM removed (not yet normalised)
    QString encoding; // "UTF-8", "UTF-16LE", "windows-1252", ...
    bool hadInvalidBytes = false;
};

// Decodes bytes of unknown charset: BOM first, then a declared charset if it
// is usable, then valid UTF-8 wins, then libuchardet's guess, then
// windows-1252 (a superset of printable ISO-8859-1). Never fails: invalid
// sequences become U+FFFD and hadInvalidBytes is set.
DecodedText decodeText(QByteArrayView data, const QString &declaredCharset = {});

// NFC, '\n' line ends, control characters removed, spaces collapsed and
// trimmed per line, blank-line runs collapsed to one blank line.
QString normalizeText(const QString &text);

} // namespace vigie::import
