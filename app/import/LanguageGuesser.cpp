// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/LanguageGuesser.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <array>

namespace vigie::import {

namespace {

struct Language {
    const char *code;
    QStringList words; // frequent words, mostly unique to the language
};

// Words shared by several languages ("a", "de", "la", "in") are left out
// on purpose: each list keeps words that tell its language apart.
const QList<Language> &languages()
{
    static const QList<Language> list{
        {"fr", {"le",  "les", "des", "est",  "une",  "dans",  "pour", "qui",  "du",
                "et",  "au",  "sur", "pas",  "avec", "ont",   "été",  "sont", "cette",
                "aux", "ne",  "il",  "elle", "mais", "selon", "leur", "où",   "plus"}},
        {"en", {"the",  "and",  "of",    "to",   "is", "that", "was",   "for",
                "with", "on",   "are",   "this", "by", "have", "has",   "from",
                "were", "been", "which", "its",  "it", "at",   "their", "said"}},
        {"de",
         {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "sich", "auf", "wurde",
          "ein", "eine", "dem", "auch", "zu", "im"}},
        {"es",
         {"el", "los", "que", "y", "las", "por", "con", "para", "una", "fue", "su", "del", "como",
          "más", "pero", "sus", "ha"}},
        {"it",
         {"il", "che", "di", "della", "per", "sono", "con", "non", "gli", "una", "è", "del", "alla",
          "nel", "stato", "anche"}},
        {"nl",
         {"het", "een", "van", "en", "niet", "zijn", "op", "voor", "met", "dat", "wordt", "ook",
          "door", "bij", "naar"}},
        {"pt",
         {"os", "não", "uma", "para", "com", "foi", "mais", "pelo", "pela", "dos", "das", "ao",
          "são", "também", "em"}},
    };
    return list;
}

const QHash<QString, QList<int>> &wordIndex()
{
    static const QHash<QString, QList<int>> index = [] {
        QHash<QString, QList<int>> h;
        const auto &langs = languages();
        for (int i = 0; i < langs.size(); ++i)
            for (const QString &w : langs[i].words)
                h[w].append(i);
        return h;
    }();
    return index;
}

} // namespace

QString guessLanguage(const QString &text)
{
    const auto &index = wordIndex();
    const auto &langs = languages();
    std::array<int, 8> scores{};
    int words = 0;
    const qsizetype n = std::min<qsizetype>(text.size(), 20000);
    QString word;
    for (qsizetype i = 0; i <= n; ++i) {
        const QChar c = i < n ? text.at(i) : QChar(u' ');
        if (c.isLetter()) {
            word += c.toLower();
            continue;
        }
        if (word.isEmpty())
            continue;
        ++words;
        if (const auto it = index.constFind(word); it != index.cend())
            for (const int lang : *it)
                ++scores[size_t(lang)];
        word.clear();
    }
    if (words < 5)
        return {};
    int best = -1, second = -1;
    for (int i = 0; i < langs.size(); ++i) {
        if (best < 0 || scores[size_t(i)] > scores[size_t(best)]) {
            second = best;
            best = i;
        } else if (second < 0 || scores[size_t(i)] > scores[size_t(second)]) {
            second = i;
        }
    }
    const int top = scores[size_t(best)];
    const int next = second >= 0 ? scores[size_t(second)] : 0;
    // At least two hits, and a clear lead over the runner-up.
    if (top < 2 || top * 2 < next * 3)
        return {};
    return QString::fromLatin1(langs[best].code);
}

QString primaryLanguage(const QString &tag)
{
    QString t = tag.trimmed().toLower();
    const qsizetype cut = t.indexOf(QRegularExpression(QStringLiteral("[-_]")));
    if (cut >= 0)
        t.truncate(cut);
    for (const QChar c : t)
        if (c < u'a' || c > u'z')
            return {};
    return t.size() >= 2 && t.size() <= 3 ? t : QString();
}

} // namespace vigie::import
