// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaceNormalizer.h"

#include "Gazetteer.h"

#include <QChar>
#include <QString>

namespace vigie::geo {

namespace detail {

// Letters that Unicode does not decompose into a base letter and a mark.
static const char *specialLetter(char32_t c)
{
    switch (c) {
    case U'œ':
        return "oe";
    case U'æ':
        return "ae";
    case U'ß':
        return "ss";
    case U'ø':
        return "o";
    case U'ł':
        return "l";
    case U'đ':
    case U'ð':
        return "d";
    case U'þ':
        return "th";
    case U'ı':
        return "i";
    case U'ħ':
        return "h";
    case U'ŧ':
        return "t";
    case U'ŀ':
        return "l";
    case U'ĸ':
        return "k";
    default:
        return nullptr;
    }
}

bool isWordChar(char32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

static void appendUtf8(char32_t c, std::string &out)
{
    if (c < 0x80) {
        out.push_back(char(c));
    } else if (c < 0x800) {
        out.push_back(char(0xC0 | (c >> 6)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(char(0xE0 | (c >> 12)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (c >> 18)));
        out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    }
}

// Ends the token that starts at out[tokenStart]: "saint" and "sainte"
// become "st" and "ste", as in the generator's TOKEN_MAP.
static void finishToken(std::string &out, size_t tokenStart)
{
    const std::string_view token(out.data() + tokenStart, out.size() - tokenStart);
    if (token == "saint" || token == "sainte") {
        const bool feminine = token.size() == 6;
        out.resize(tokenStart);
        out += feminine ? "ste" : "st";
    }
}

int appendNormalized(QStringView name, std::string &out)
{
    // The common case, plain ASCII, needs no Unicode decomposition.
    bool ascii = true;
    for (QChar ch : name)
        if (ch.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    QString decomposed;
    QStringView text = name;
    if (!ascii) {
        decomposed = name.toString().normalized(QString::NormalizationForm_KD);
        text = decomposed;
    }

    int tokens = 0;
    bool inToken = false;
    size_t tokenStart = 0;
    auto put = [&](char32_t c) {
        const bool word = c < 0x80 ? ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                                   : QChar::isLetterOrNumber(c);
        if (!word) {
            if (inToken) {
                finishToken(out, tokenStart);
                inToken = false;
            }
            return;
        }
        if (!inToken) {
            if (tokens > 0)
                out.push_back(' ');
            tokenStart = out.size();
            inToken = true;
            ++tokens;
        }
        appendUtf8(c, out);
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            ++i;
        }
        if (c >= 0x80 && QChar::category(c) == QChar::Mark_NonSpacing)
            continue;
        if (c >= 'A' && c <= 'Z')
            c += 'a' - 'A';
        else if (c >= 0x80)
            c = QChar::toLower(c);
        if (const char *special = c >= 0x80 ? specialLetter(c) : nullptr) {
            for (const char *p = special; *p; ++p)
                put(char32_t(*p));
            continue;
        }
        put(c);
    }
    if (inToken)
        finishToken(out, tokenStart);
    return tokens;
}

} // namespace detail

QString normalizePlaceName(QStringView name)
{
    std::string out;
    detail::appendNormalized(name, out);
    return QString::fromUtf8(out.data(), qsizetype(out.size()));
}

} // namespace vigie::geo
