// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/TextDecoder.h"

#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <algorithm>
#include <array>
#include <memory>

namespace vigie::import {

namespace {

// windows-1252 0x80..0x9F; Qt 6.4 without ICU has no codec for it, and
// French text from Windows is mostly in it. Undefined slots map to U+FFFD.
constexpr std::array<char16_t, 32> cp1252High{
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

// ISO-8859-15 differs from Latin-1 in eight slots (euro, Œ, Š...).
QString decodeSingleByte(QByteArrayView data, bool cp1252, bool latin9, bool *invalid)
{
    QString out(data.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (const char c : data) {
        const uchar u = uchar(c);
        char16_t ch = u;
        if (cp1252 && u >= 0x80 && u <= 0x9f) {
            ch = cp1252High[u - 0x80];
            if (ch == 0xFFFD)
                *invalid = true;
        } else if (latin9) {
            switch (u) {
            case 0xa4:
                ch = 0x20AC;
                break;
            case 0xa6:
                ch = 0x0160;
                break;
            case 0xa8:
                ch = 0x0161;
                break;
            case 0xb4:
                ch = 0x017D;
                break;
            case 0xb8:
                ch = 0x017E;
                break;
            case 0xbc:
                ch = 0x0152;
                break;
            case 0xbd:
                ch = 0x0153;
                break;
            case 0xbe:
                ch = 0x0178;
                break;
            default:
                break;
            }
        }
        *dst++ = QChar(ch);
    }
    return out;
}

bool isValidUtf8(QByteArrayView data)
{
    const auto *p = reinterpret_cast<const uchar *>(data.data());
    const auto *end = p + data.size();
    while (p < end) {
        // Fast path over ASCII.
        if (*p < 0x80) {
            ++p;
            continue;
        }
        int extra;
        char32_t cp;
        if ((*p & 0xe0) == 0xc0) {
            extra = 1;
            cp = *p & 0x1f;
        } else if ((*p & 0xf0) == 0xe0) {
            extra = 2;
            cp = *p & 0x0f;
        } else if ((*p & 0xf8) == 0xf0) {
            extra = 3;
            cp = *p & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3f);
        }
        // Overlong forms, surrogates, beyond U+10FFFF.
        if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) ||
            (extra == 3 && cp < 0x10000) || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        p += extra + 1;
    }
    return true;
}

QString decodeUtf(QByteArrayView data, QStringConverter::Encoding encoding, bool *invalid)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString out = decoder.decode(data);
    if (decoder.hasError())
        *invalid = true;
    return out;
}

// Canonical name for the charsets we decode ourselves, or empty.
QString canonicalCharset(QString name)
{
    name = name.trimmed().toLower();
    name.remove(QLatin1Char('"'));
    if (name == u"utf-8" || name == u"utf8")
        return QStringLiteral("UTF-8");
    if (name == u"windows-1252" || name == u"cp1252" || name == u"x-cp1252")
        return QStringLiteral("windows-1252");
    // Browsers treat a declared Latin-1 as windows-1252 (WHATWG Encoding).
    if (name == u"iso-8859-1" || name == u"iso8859-1" || name == u"latin1" || name == u"latin-1" ||
        name == u"us-ascii" || name == u"ascii")
        return QStringLiteral("ISO-8859-1");
    if (name == u"iso-8859-15" || name == u"iso8859-15" || name == u"latin-9")
        return QStringLiteral("ISO-8859-15");
    if (name == u"utf-16le")
        return QStringLiteral("UTF-16LE");
    if (name == u"utf-16be")
        return QStringLiteral("UTF-16BE");
    if (name == u"utf-16")
        return QStringLiteral("UTF-16");
    return {};
}

DecodedText decodeAs(QByteArrayView data, const QString &charset)
{
    DecodedText out;
    out.encoding = charset;
    if (charset == u"UTF-8")
        out.text = decodeUtf(data, QStringConverter::Utf8, &out.hadInvalidBytes);
    else if (charset == u"UTF-16LE")
        out.text = decodeUtf(data, QStringConverter::Utf16LE, &out.hadInvalidBytes);
    else if (charset == u"UTF-16BE")
        out.text = decodeUtf(data, QStringConverter::Utf16BE, &out.hadInvalidBytes);
    else if (charset == u"UTF-16")
        out.text = decodeUtf(data, QStringConverter::Utf16, &out.hadInvalidBytes);
    else if (charset == u"ISO-8859-15")
        out.text = decodeSingleByte(data, false, true, &out.hadInvalidBytes);
    else { // windows-1252 and ISO-8859-1: the first is a superset of the printable second
        out.text = decodeSingleByte(data, true, false, &out.hadInvalidBytes);
        // C1 bytes are controls in Latin-1 and letters or quotes in 1252.
        if (charset == u"ISO-8859-1" && std::any_of(data.begin(), data.end(), [](char c) {
                return uchar(c) >= 0x80 && uchar(c) <= 0x9f;
            }))
            out.encoding = QStringLiteral("windows-1252");
    }
    return out;
}

QString guessWithUchardet(QByteArrayView data)
{
    const std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> ud(
        uchardet_new(), uchardet_delete);
    if (!ud)
        return {};
    // 64 KB is plenty for a guess and keeps big files cheap.
    const qsizetype n = std::min<qsizetype>(data.size(), 64 * 1024);
    if (uchardet_handle_data(ud.get(), data.data(), size_t(n)) != 0)
        return {};
    uchardet_data_end(ud.get());
    return QString::fromLatin1(uchardet_get_charset(ud.get()));
}

// Most non-ASCII bytes form well-formed UTF-8 sequences. In windows-1252
// text an accented letter is followed by ASCII, which is never well formed.
bool mostlyUtf8(QByteArrayView data)
{
    const auto *p = reinterpret_cast<const uchar *>(data.data());
    const qsizetype n = data.size();
    qsizetype good = 0, bad = 0; // well-formed sequences, stray bytes
    for (qsizetype i = 0; i < n;) {
        const uchar u = p[i];
        if (u < 0x80) {
            ++i;
            continue;
        }
        const int extra = u >= 0xc2 && u <= 0xdf   ? 1
                          : u >= 0xe0 && u <= 0xef ? 2
                          : u >= 0xf0 && u <= 0xf4 ? 3
                                                   : -1;
        bool ok = extra > 0;
        for (int k = 1; ok && k <= extra; ++k)
            ok = i + k < n && (p[i + k] & 0xc0) == 0x80;
        if (ok) {
            ++good;
            i += extra + 1;
        } else {
            ++bad;
            ++i;
        }
    }
    return good >= 2 && good >= bad * 2;
}

// uchardet confuses short French or English text in windows-1252 with other
// Latin charsets (ISO-8859-2, windows-1250, Mac...).
bool isOtherLatinCharset(const QString &name)
{
    const QString n = name.toUpper();
    return n.startsWith(u"ISO-8859-") || n == u"WINDOWS-1250" || n == u"WINDOWS-1257" ||
           n == u"WINDOWS-1254" || n == u"WINDOWS-1258" || n.startsWith(u"MAC-") ||
           n.startsWith(u"IBM") || n.startsWith(u"CP");
}

// Whether the non-ASCII bytes, read as windows-1252, are mostly the accents
// and punctuation of Western European text.
bool plausibleWestern(QByteArrayView data)
{
    static const QString common =
        QStringLiteral("àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŒÆ’‘“”«»–—…€°\u00a0áíóúñÁÍÓÚÑãõßåø");
    qsizetype high = 0, plausible = 0;
    bool dummy = false;
    for (const char c : data.first(std::min<qsizetype>(data.size(), 64 * 1024))) {
        if (uchar(c) < 0x80)
            continue;
        ++high;
        const QString ch = decodeSingleByte(QByteArrayView(&c, 1), true, false, &dummy);
        plausible += common.contains(ch);
    }
    return high == 0 || plausible * 10 >= high * 9;
}

// Code units alternate with NUL bytes: UTF-16 without a BOM.
QString utf16WithoutBom(QByteArrayView data)
{
    const qsizetype n = std::min<qsizetype>(data.size() & ~qsizetype(1), 4096);
    if (n < 8)
        return {};
    qsizetype evenZero = 0, oddZero = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZero += data[i] == 0;
        oddZero += data[i + 1] == 0;
    }
    const qsizetype units = n / 2;
    if (oddZero * 10 > units * 7 && evenZero * 10 < units)
        return QStringLiteral("UTF-16LE");
    if (evenZero * 10 > units * 7 && oddZero * 10 < units)
        return QStringLiteral("UTF-16BE");
    return {};
}

} // namespace

DecodedText decodeText(QByteArrayView data, const QString &declaredCharset)
{
    if (data.startsWith("\xef\xbb\xbf"))
        return decodeAs(data.sliced(3), QStringLiteral("UTF-8"));
    if (data.startsWith("\xff\xfe"))
        return decodeAs(data.sliced(2), QStringLiteral("UTF-16LE"));
    if (data.startsWith("\xfe\xff"))
        return decodeAs(data.sliced(2), QStringLiteral("UTF-16BE"));

    if (const QString utf16 = utf16WithoutBom(data); !utf16.isEmpty())
        return decodeAs(data, utf16);

    // Valid UTF-8 wins over any declaration: pages are often re-saved as
    // UTF-8 while keeping their old <meta charset>.
    if (isValidUtf8(data))
        return decodeAs(data, QStringLiteral("UTF-8"));

    // UTF-8 with a few broken bytes: decode as UTF-8 with replacement rather
    // than turning every accent of the file into mojibake.
    if (mostlyUtf8(data))
        return decodeAs(data, QStringLiteral("UTF-8"));

    if (const QString declared = canonicalCharset(declaredCharset);
        !declared.isEmpty() && declared != u"UTF-8" && !declared.startsWith(u"UTF-16"))
        return decodeAs(data, declared);

    const QString guess = guessWithUchardet(data);
    if (const QString known = canonicalCharset(guess);
        !known.isEmpty() && !known.startsWith(u"UTF"))
        return decodeAs(data, known);
    if (!guess.isEmpty() && !guess.startsWith(u"UTF", Qt::CaseInsensitive) &&
        guess.compare(u"ASCII", Qt::CaseInsensitive) != 0 &&
        !(isOtherLatinCharset(guess) && plausibleWestern(data))) {
        // Other charsets (ISO-8859-2, KOI8-R...) if this Qt build knows them.
        QStringDecoder decoder(guess.toLatin1().constData());
        if (decoder.isValid()) {
            DecodedText out;
            out.text = decoder.decode(data);
            out.hadInvalidBytes = decoder.hasError();
            out.encoding = guess;
            return out;
        }
    }
    return decodeAs(data, QStringLiteral("windows-1252"));
}

QString normalizeText(const QString &input)
{
    const QString nfc = input.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(nfc.size());
    const qsizetype n = nfc.size();
    int newlines = 0; // line breaks since the last visible character
    QChar space;      // the pending run of spaces, as one character
    bool lineHasText = false;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = nfc.at(i).unicode();
        int breaks = 0;
        if (u == '\r') {
            if (i + 1 < n && nfc.at(i + 1) == u'\n')
                ++i;
            breaks = 1;
        } else if (u == '\n' || u == 0x2028 || u == 0x0b || u == 0x0c || u == 0x85) {
            breaks = 1;
        } else if (u == 0x2029) {
            breaks = 2;
        }
        if (breaks) {
            newlines += breaks;
            space = QChar();
            lineHasText = false;
            continue;
        }
        // A run of spaces becomes one; a no-break space in the run is kept
        // (French typography puts one before ":" and inside numbers).
        if (u == ' ' || u == '\t' || u == 0x3000 || (u >= 0x2000 && u <= 0x200a)) {
            if (space.isNull())
                space = QLatin1Char(' ');
            continue;
        }
        if (u == 0xa0 || u == 0x202f) {
            if (space.isNull() || space == QLatin1Char(' '))
                space = QChar(u);
            continue;
        }
        // Zero-width characters, soft hyphens and controls carry nothing.
        if (u == 0x200b || u == 0x200c || u == 0x200d || u == 0x2060 || u == 0xfeff || u == 0xad ||
            u < 0x20 || (u >= 0x7f && u < 0xa0))
            continue;
        if (newlines > 0 && !out.isEmpty())
            out += newlines >= 2 ? QStringLiteral("\n\n") : QStringLiteral("\n");
        newlines = 0;
        if (!space.isNull() && lineHasText)
            out += space;
        space = QChar();
        out += QChar(u);
        lineHasText = true;
    }
    return out;
}

} // namespace vigie::import
