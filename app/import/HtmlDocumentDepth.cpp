// SPDX-License-Identifier: GPL-3.0-or-later
// HtmlDocument::estimatedDepth: the guard run before gumbo (see HtmlDocument.h).
#include "import/HtmlDocument.h"

#include <QByteArray>
#include <QChar>
#include <QSet>

#include <algorithm>

namespace vigie::import {

int HtmlDocument::estimatedDepth(QByteArrayView html)
{
    // Not a parser: only counts how many elements could be open at once.
    static const QSet<QByteArray> uncounted{
        // void elements
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr", "keygen",
        // end tag optional: closed implicitly by their siblings
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
        "rt", "rp", "colgroup", "caption", "html", "head", "body"};
    const qsizetype n = html.size();
    int depth = 0, deepest = 0;
    qsizetype i = 0;
    const auto skipPast = [&](QByteArrayView marker) {
        const qsizetype at = html.indexOf(marker, i);
        i = at < 0 ? n : at + marker.size();
    };
    while (i < n) {
        const qsizetype lt = html.indexOf('<', i);
        if (lt < 0 || lt + 1 >= n)
            break;
        i = lt + 1;
        const char c = html[i];
        if (html.sliced(i).startsWith("!--")) {
            skipPast("-->");
            continue;
        }
        if (c == '!' || c == '?') {
            skipPast(">");
            continue;
        }
        const bool closing = c == '/';
        if (closing)
            ++i;
        qsizetype nameEnd = i;
        while (nameEnd < n &&
               (QChar::isLetterOrNumber(uchar(html[nameEnd])) || html[nameEnd] == '-'))
            ++nameEnd;
        if (nameEnd == i || !QChar::isLetter(uchar(html[i])))
            continue; // "a < b", "3 <4": not a tag
        const QByteArray name = html.sliced(i, nameEnd - i).toByteArray().toLower();
        // The end of the tag, skipping quoted attribute values.
        qsizetype j = nameEnd;
        char quote = 0;
        while (j < n && (quote || html[j] != '>')) {
            if (quote && html[j] == quote)
                quote = 0;
            else if (!quote && (html[j] == '"' || html[j] == '\''))
                quote = html[j];
            ++j;
        }
        const bool selfClosing = j > nameEnd && j < n && html[j - 1] == '/';
        i = j + 1;
        if (uncounted.contains(name))
            continue;
        if (closing) {
            depth = std::max(0, depth - 1);
            continue;
        }
        if (selfClosing)
            continue;
        if (name == "script" || name == "style" || name == "textarea" || name == "title" ||
            name == "xmp" || name == "plaintext") {
            skipPast(QByteArray("</" + name)); // raw text: no tags inside
            continue;
        }
        deepest = std::max(deepest, ++depth);
    }
    return deepest;
}

} // namespace vigie::import
