// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ReaderSupport.h"

#include "import/BoilerplateStripper.h"
#include "import/LanguageGuesser.h"
#include "import/TextDecoder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>

namespace vigie::import {

QString formatName(ArticleFormat format)
{
    switch (format) {
    case ArticleFormat::PlainText:
        return QStringLiteral("text");
    case ArticleFormat::Html:
        return QStringLiteral("html");
    case ArticleFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QString ReadOptions::cancelledMessage()
{
    return QCoreApplication::translate("vigie::import", "reading cancelled");
}

QString fileExtension(const QString &fileName)
{
    return QFileInfo(fileName).suffix().toLower();
}

QString isoDate(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return {};
    static const QRegularExpression isoLike(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}"));
    if (v.contains(isoLike)) {
        if (v.size() == 10) {
            const QDate d = QDate::fromString(v, Qt::ISODate);
            return d.isValid() ? d.toString(Qt::ISODate) : QString();
        }
        QDateTime dt = QDateTime::fromString(v, Qt::ISODateWithMs);
        if (!dt.isValid())
            dt = QDateTime::fromString(v, Qt::ISODate);
        if (dt.isValid()) {
            // Keep the writer's own offset: the local date is what the article says.
            const bool hasZone =
                v.size() > 19 &&
                (v.endsWith(QLatin1Char('Z')) ||
                 v.mid(19).contains(QRegularExpression(QStringLiteral("[+-]\\d{2}:?\\d{2}$"))));
            return hasZone ? dt.toString(Qt::ISODate)
                           : dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        }
        const QDate d = QDate::fromString(v.left(10), Qt::ISODate);
        return d.isValid() ? d.toString(Qt::ISODate) : QString();
    }
    const QDateTime rfc = QDateTime::fromString(v, Qt::RFC2822Date);
    if (rfc.isValid())
        return rfc.toString(Qt::ISODate);
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    if (const auto m = compact.match(v); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? d.toString(Qt::ISODate) : QString();
    }
    return {};
}

Result<Article> finishArticle(Article article, const QString &rawText, const ReadOptions &options)
{
    if (options.isCancelled())
        return Result<Article>::failure(ReadOptions::cancelledMessage());
    QString text = normalizeText(rawText);
    if (text.isEmpty())
        return Result<Article>::failure(
            QCoreApplication::translate("vigie::import", "no text in the file"));
    if (options.stripBoilerplate) {
        const BoilerplateStripper::Result stripped =
            BoilerplateStripper().strip(text, article.title);
        if (!stripped.text.isEmpty())
            text = stripped.text;
        if (article.title.isEmpty())
            article.title = stripped.headline;
        article.dateline = stripped.dateline;
    }
    article.text = text;
    if (article.language.isEmpty())
        article.language = guessLanguage(text);
    if (article.publishedIso.isEmpty() && !article.publishedText.isEmpty())
        article.publishedIso = isoDate(article.publishedText);
    return article;
}

} // namespace vigie::import
