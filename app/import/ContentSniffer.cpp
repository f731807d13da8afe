// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ContentSniffer.h"

#include <QCoreApplication>

#include <array>

namespace vigie::import {

namespace {

struct Magic {
    qsizetype offset;
    const char *bytes;
    qsizetype length;
    const char *description;
};

// Formats users plausibly drop by mistake; the description is shown to them.
const std::array magics{
    Magic{0, "\x89PNG\r\n\x1a\n", 8, QT_TRANSLATE_NOOP("vigie::import", "PNG image")},
    Magic{0, "\xff\xd8\xff", 3, QT_TRANSLATE_NOOP("vigie::import", "JPEG image")},
    Magic{0, "GIF87a", 6, QT_TRANSLATE_NOOP("vigie::import", "GIF image")},
    Magic{0, "GIF89a", 6, QT_TRANSLATE_NOOP("vigie::import", "GIF image")},
    Magic{0, "BM", 2, nullptr}, // checked further below: too short to trust alone
    Magic{8, "WEBP", 4, QT_TRANSLATE_NOOP("vigie::import", "WebP image")},
    Magic{0, "II*\0", 4, QT_TRANSLATE_NOOP("vigie::import", "TIFF image")},
    Magic{0, "MM\0*", 4, QT_TRANSLATE_NOOP("vigie::import", "TIFF image")},
    Magic{0, "PK\x03\x04", 4,
          QT_TRANSLATE_NOOP("vigie::import", "ZIP archive (or an office document)")},
    Magic{0, "PK\x05\x06", 4, QT_TRANSLATE_NOOP("vigie::import", "ZIP archive")},
    Magic{0, "\x1f\x8b", 2, QT_TRANSLATE_NOOP("vigie::import", "gzip archive")},
    Magic{0, "BZh", 3, nullptr},
    Magic{0,
          "\xfd"
          "7zXZ\0",
          6, QT_TRANSLATE_NOOP("vigie::import", "xz archive")},
    Magic{0, "7z\xbc\xaf\x27\x1c", 6, QT_TRANSLATE_NOOP("vigie::import", "7-Zip archive")},
    Magic{0, "Rar!\x1a\x07", 6, QT_TRANSLATE_NOOP("vigie::import", "RAR archive")},
    Magic{257, "ustar", 5, QT_TRANSLATE_NOOP("vigie::import", "tar archive")},
    Magic{0,
          "\x7f"
          "ELF",
          4, QT_TRANSLATE_NOOP("vigie::import", "executable program")},
    Magic{0, "MZ", 2, nullptr},
    Magic{0, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8,
          QT_TRANSLATE_NOOP("vigie::import", "old Microsoft Office document")},
    Magic{0, "{\\rtf", 5, QT_TRANSLATE_NOOP("vigie::import", "RTF document")},
    Magic{0, "SQLite format 3\0", 16, QT_TRANSLATE_NOOP("vigie::import", "SQLite database")},
    Magic{0, "ID3", 3, QT_TRANSLATE_NOOP("vigie::import", "MP3 audio")},
    Magic{4, "ftyp", 4, QT_TRANSLATE_NOOP("vigie::import", "MP4 video")},
    Magic{0, "OggS", 4, QT_TRANSLATE_NOOP("vigie::import", "Ogg media")},
    Magic{0, "\x1a\x45\xdf\xa3", 4, QT_TRANSLATE_NOOP("vigie::import", "Matroska/WebM video")},
    Magic{0, "wOFF", 4, QT_TRANSLATE_NOOP("vigie::import", "web font")},
    Magic{0, "wOF2", 4, QT_TRANSLATE_NOOP("vigie::import", "web font")},
};

bool startsWithAt(QByteArrayView data, qsizetype offset, const char *bytes, qsizetype length)
{
    return data.size() >= offset + length &&
           data.sliced(offset, length) == QByteArrayView(bytes, length);
}

bool hasUtf16Bom(QByteArrayView d)
{
    return d.size() >= 2 && ((uchar(d[0]) == 0xff && uchar(d[1]) == 0xfe) ||
                             (uchar(d[0]) == 0xfe && uchar(d[1]) == 0xff));
}

// Markup test on an ASCII-compatible view: skip a BOM and blanks, then look
// for a tag an HTML page starts with, or for <html/<body/<p anywhere near.
bool looksLikeHtml(QByteArrayView d)
{
    if (d.startsWith("\xef\xbb\xbf"))
        d = d.sliced(3);
    qsizetype i = 0;
    while (i < d.size() && (d[i] == ' ' || d[i] == '\t' || d[i] == '\r' || d[i] == '\n'))
        ++i;
    const QByteArray start =
        d.sliced(i, std::min<qsizetype>(d.size() - i, 512)).toByteArray().toLower();
    for (const char *opener :
         {"<!doctype html", "<html",    "<head", "<body", "<meta", "<article", "<!--",
          "<div",           "<p>",      "<p ",   "<h1",   "<h2",   "<title",   "<section",
          "<main",          "<table",   "<ul",   "<span", "<a ",   "<b>",      "<i>",
          "<em>",           "<strong>", "<br",   "<?xml"}) {
        if (start.startsWith(opener)) {
            // An XML prologue is HTML only if XHTML follows.
            if (qstrcmp(opener, "<?xml") == 0)
                return d.toByteArray().toLower().contains("<html");
            return true;
        }
    }
    // Text with a stray "<" is not HTML; a page saved with leading junk is.
    const QByteArray lower = d.toByteArray().toLower();
    return lower.contains("<html") && (lower.contains("<body") || lower.contains("<head"));
}

} // namespace

Sniffed sniffContent(QByteArrayView head)
{
    if (head.isEmpty())
        return {Sniffed::Kind::Empty, {}};
    const QByteArrayView d = head.first(std::min(head.size(), sniffLength));

    // PDF: the header may be preceded by up to 1 KB of junk (PDF 1.7, 7.5.2).
    const qsizetype pdfAt = d.first(std::min<qsizetype>(d.size(), 1024)).indexOf("%PDF-");
    if (pdfAt >= 0)
        return {Sniffed::Kind::Pdf, {}};

    for (const Magic &m : magics) {
        if (!m.description || !startsWithAt(d, m.offset, m.bytes, m.length))
            continue;
        if (m.offset == 8 && !d.startsWith("RIFF"))
            continue;
        return {Sniffed::Kind::Binary, QCoreApplication::translate("vigie::import", m.description)};
    }

    if (hasUtf16Bom(d)) {
        // Re-check markup on the code units' low bytes.
        QByteArray ascii;
        const bool le = uchar(d[0]) == 0xff;
        for (qsizetype i = 2; i + 1 < d.size(); i += 2)
            ascii.append(le ? d[i] : d[i + 1]);
        return {looksLikeHtml(ascii) ? Sniffed::Kind::Html : Sniffed::Kind::Text, {}};
    }

    // Binary: NUL bytes or many C0 controls (text has tabs and line ends only).
    qsizetype controls = 0;
    for (const char c : d) {
        const uchar u = uchar(c);
        if (u == 0)
            return {Sniffed::Kind::Binary,
                    QCoreApplication::translate("vigie::import", "unknown binary data")};
        if (u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f' && u != 0x1b)
            ++controls;
    }
    if (controls * 20 > d.size()) // more than 5 %
        return {Sniffed::Kind::Binary,
                QCoreApplication::translate("vigie::import", "unknown binary data")};

    return {looksLikeHtml(d) ? Sniffed::Kind::Html : Sniffed::Kind::Text, {}};
}

} // namespace vigie::import
