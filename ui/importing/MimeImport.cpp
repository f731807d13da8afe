// SPDX-License-Identifier: GPL-3.0-or-later
#include "MimeImport.h"

#include <QCoreApplication>
#include <QMimeData>
#include <QRegularExpression>

namespace vigie::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vigie::ui::MimeImport", text);
}

const QString mozUrlType = QStringLiteral("text/x-moz-url");

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https");
}

// "https://example.org/page" alone (what a dragged link carries as text).
bool isBareAddress(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.contains(QRegularExpression(QStringLiteral("\\s"))))
        return false;
    if (t.startsWith(QLatin1String("www."), Qt::CaseInsensitive))
        return true;
    return isWebUrl(QUrl(t, QUrl::StrictMode));
}

// The visible words of an HTML fragment, roughly: enough to tell a link
// (<a href=...>title</a>) from a selection of an article.
QString roughText(const QString &html)
{
    static const QRegularExpression invisible(
        QStringLiteral("<(script|style|head)\\b.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.remove(invisible).replace(tags, QStringLiteral(" "));
    return text.simplified();
}

} // namespace

QString MimeImport::offlineMessage()
{
    return tr("Vigie works offline: it does not download web pages. Save the page in your "
              "browser (Save Page As…) and drop the saved file, or select the article's text "
              "and drop the selection.");
}

QUrl MimeImport::pageUrl(const QMimeData *mime)
{
    if (!mime)
        return {};
    // Firefox: UTF-16 "URL\ntitle".
    if (mime->hasFormat(mozUrlType)) {
        const QByteArray raw = mime->data(mozUrlType);
        QString text = raw.size() % 2 == 0 && raw.size() > 1 && raw.at(1) == '\0'
                           ? QString::fromUtf16(reinterpret_cast<const char16_t *>(raw.constData()),
                                                raw.size() / 2)
                           : QString::fromUtf8(raw);
        const QUrl url(text.section(u'\n', 0, 0).trimmed());
        if (isWebUrl(url))
            return url;
    }
    for (const QUrl &url : mime->urls())
        if (isWebUrl(url))
            return url;
    return {};
}

bool MimeImport::canImport(const QMimeData *mime)
{
    if (!mime)
        return false;
    return mime->hasUrls() || mime->hasText() || mime->hasHtml() || mime->hasFormat(mozUrlType);
}

ImportRequest MimeImport::read(const QMimeData *mime, Origin origin)
{
    ImportRequest request;
    if (!mime)
        return request;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() && !url.toLocalFile().isEmpty())
            request.paths.append(url.toLocalFile());
    if (!request.paths.isEmpty())
        return request;

    const QUrl page = pageUrl(mime);
    // Not hasText(): it is also true for a bare URL list, and text() then
    // returns the addresses.
    const QString text = mime->hasFormat(QStringLiteral("text/plain")) ? mime->text() : QString();
    const QString html = mime->hasHtml() ? mime->html() : QString();
    const QString htmlText = html.isEmpty() ? QString() : roughText(html);
    const bool onlyAddress =
        isBareAddress(text) || (text.trimmed().isEmpty() && isBareAddress(htmlText));
    // A link: its text is the address, its HTML at most the link's title.
    if (onlyAddress || (text.trimmed().isEmpty() && htmlText.isEmpty())) {
        if (onlyAddress || page.isValid() || mime->hasUrls())
            request.message = offlineMessage();
        return request;
    }
    const QString where = page.isValid() ? page.host() : QString();
    if (!htmlText.isEmpty()) {
        const QString name =
            origin == Origin::Paste
                ? (where.isEmpty() ? tr("pasted HTML") : tr("HTML pasted from %1").arg(where))
                : (where.isEmpty() ? tr("dropped HTML") : tr("HTML dropped from %1").arg(where));
        request.inputs.append(commands::ImportInput::fromData(
            html.toUtf8(), QStringLiteral("text/html; charset=utf-8"), page, name));
        return request;
    }
    const QString name =
        origin == Origin::Paste
            ? (where.isEmpty() ? tr("pasted text") : tr("text pasted from %1").arg(where))
            : (where.isEmpty() ? tr("dropped text") : tr("text dropped from %1").arg(where));
    request.inputs.append(commands::ImportInput::fromData(
        text.toUtf8(), QStringLiteral("text/plain; charset=utf-8"), page, name));
    return request;
}

} // namespace vigie::ui
