// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/MhtmlReader.h"

#include "import/HtmlReader.h"
#include "import/ReaderSupport.h"

#include <QCoreApplication>
#include <QHash>

namespace vigie::import {

namespace {

// Header block of a MIME entity: unfolded, names lower-cased.
QHash<QByteArray, QByteArray> parseHeaders(QByteArrayView block)
{
    QHash<QByteArray, QByteArray> headers;
    QByteArray last;
    const QList<QByteArray> lines = block.toByteArray().split('\n');
    for (QByteArrayView line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if ((line.front() == ' ' || line.front() == '\t') && !last.isEmpty()) {
            headers[last] += ' ' + line.trimmed().toByteArray();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        last = line.first(colon).trimmed().toByteArray().toLower();
        headers.insert(last, line.sliced(colon + 1).trimmed().toByteArray());
    }
    return headers;
}

// A parameter of a header value: boundary="----x", charset=utf-8.
QByteArray parameter(const QByteArray &value, const QByteArray &name)
{
    const QByteArray lower = value.toLower();
    qsizetype at = lower.indexOf(name + '=');
    while (at > 0 && QByteArrayView(" ;\t").indexOf(lower[at - 1]) < 0)
        at = lower.indexOf(name + '=', at + 1);
    if (at < 0)
        return {};
    qsizetype i = at + name.size() + 1;
    if (i < value.size() && value[i] == '"') {
        const qsizetype end = value.indexOf('"', i + 1);
        return end > i ? value.mid(i + 1, end - i - 1) : QByteArray();
    }
    qsizetype end = i;
    while (end < value.size() && value[end] != ';' && value[end] != ' ')
        ++end;
    return value.mid(i, end - i);
}

qsizetype headerEnd(QByteArrayView data, qsizetype from, qsizetype *bodyStart)
{
    const qsizetype crlf = data.indexOf("\r\n\r\n", from);
    const qsizetype lf = data.indexOf("\n\n", from);
    if (crlf >= 0 && (lf < 0 || crlf <= lf)) {
        *bodyStart = crlf + 4;
        return crlf;
    }
    if (lf >= 0) {
        *bodyStart = lf + 2;
        return lf;
    }
    return -1;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("vigie::import", text);
}

} // namespace

int MhtmlReader::canRead(QByteArrayView head, const QString &fileName) const
{
    qsizetype bodyStart = 0;
    const qsizetype end = headerEnd(head, 0, &bodyStart);
    if (end < 0)
        return 0;
    const auto headers = parseHeaders(head.first(end));
    const bool multipart =
        headers.value("content-type").toLower().startsWith("multipart/related") &&
        headers.contains("mime-version");
    if (!multipart)
        return 0;
    const QString ext = fileExtension(fileName);
    return ext == u"mht" || ext == u"mhtml" ? 95 : 90;
}

QByteArray MhtmlReader::decodeQuotedPrintable(QByteArrayView data)
{
    QByteArray out;
    out.reserve(data.size());
    const auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    };
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (c != '=') {
            out.append(c);
            continue;
        }
        if (i + 1 < data.size() && data[i + 1] == '\n') { // soft line break
            i += 1;
            continue;
        }
        if (i + 2 < data.size() && data[i + 1] == '\r' && data[i + 2] == '\n') {
            i += 2;
            continue;
        }
        const int hi = i + 1 < data.size() ? hex(data[i + 1]) : -1;
        const int lo = i + 2 < data.size() ? hex(data[i + 2]) : -1;
        if (hi >= 0 && lo >= 0) {
            out.append(char(hi * 16 + lo));
            i += 2;
        } else {
            out.append(c); // a stray '=' stays as it is
        }
    }
    return out;
}

Result<Article> MhtmlReader::read(const ReadInput &input, const ReadOptions &options) const
{
    const QByteArrayView data(input.data);
    qsizetype bodyStart = 0;
    const qsizetype end = headerEnd(data, 0, &bodyStart);
    if (end < 0)
        return Result<Article>::failure(tr("damaged web archive (MHTML): no MIME header"));
    const auto headers = parseHeaders(data.first(end));
    const QByteArray boundary = parameter(headers.value("content-type"), "boundary");
    if (boundary.isEmpty())
        return Result<Article>::failure(tr("damaged web archive (MHTML): no part boundary"));
    const QByteArray delimiter = "--" + boundary;

    // Walk the parts; the first text/html one is the page.
    qsizetype at = data.indexOf(delimiter, bodyStart);
    while (at >= 0) {
        if (options.isCancelled())
            return Result<Article>::failure(ReadOptions::cancelledMessage());
        const qsizetype partStart = at + delimiter.size();
        if (data.sliced(partStart).startsWith("--"))
            break; // closing delimiter
        const qsizetype next = data.indexOf(delimiter, partStart);
        const QByteArrayView part =
            data.sliced(partStart, (next < 0 ? data.size() : next) - partStart);
        qsizetype partBody = 0;
        const qsizetype partHeaderEnd = headerEnd(part, 0, &partBody);
        if (partHeaderEnd >= 0) {
            const auto partHeaders = parseHeaders(part.first(partHeaderEnd));
            const QByteArray type = partHeaders.value("content-type");
            if (type.toLower().startsWith("text/html")) {
                const QByteArrayView raw = part.sliced(partBody);
                const QByteArray encoding =
                    partHeaders.value("content-transfer-encoding").toLower();
                ReadInput html;
                if (encoding == "quoted-printable")
                    html.data = decodeQuotedPrintable(raw);
                else if (encoding == "base64")
                    html.data = QByteArray::fromBase64(raw.toByteArray());
                else
                    html.data = raw.toByteArray();
                html.charset = QString::fromLatin1(parameter(type, "charset"));
                html.fileName = input.fileName;
                html.url = input.url.isValid()
                               ? input.url
                               : QUrl(QString::fromUtf8(partHeaders.value("content-location")));
                Result<Article> article = HtmlReader().read(html, options);
                if (article && article->canonicalUrl.isEmpty())
                    article->canonicalUrl = html.url.toString();
                return article;
            }
        }
        at = next;
    }
    return Result<Article>::failure(tr("web archive (MHTML) without an HTML page"));
}

} // namespace vigie::import
