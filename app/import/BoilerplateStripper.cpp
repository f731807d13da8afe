// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/BoilerplateStripper.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace vigie::import {

namespace {

// A paragraph (one line of the input) with what the rules need to know.
struct Unit {
    QString text;
    QString folded; // lower case, no accents, straight apostrophes
    bool blankBefore = false;
    bool keep = true;
    bool body = false; // running text (isBodyParagraph)
    bool date = false; // a dateline (isDatelineFolded)
};

QString fold(const QString &s)
{
    const QString nfd = s.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(nfd.size());
    for (const QChar c : nfd) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const char16_t u = c.unicode();
        if (u == 0x2019 || u == 0x2018 || u == 0x02bc)
            out += QLatin1Char('\'');
        else if (u == 0xa0 || u == 0x202f)
            out += QLatin1Char(' ');
        else
            out += c.toLower();
    }
    return out;
}

// The folded text stripped of decoration around a heading: bullets, arrows,
// counts in brackets, trailing colons ("Commentaires (3) :" -> "commentaires").
QString headingCore(const QString &folded)
{
    static const QRegularExpression edge(
        QStringLiteral("^[\\s\\p{P}\\p{S}\\d]+|[\\s\\p{P}\\p{S}]+$"));
    static const QRegularExpression count(QStringLiteral("\\s*[(\\[]\\s*\\d+\\s*[)\\]]"));
    QString core = folded;
    core.remove(count);
    core.remove(edge);
    return core;
}

// Headings that open the comment area: everything after them is dropped.
const QStringList &commentHeadings()
{
    static const QStringList list{
        QStringLiteral("laisser un commentaire"),
        QStringLiteral("laissez un commentaire"),
        QStringLiteral("ajouter un commentaire"),
        QStringLiteral("poster un commentaire"),
        QStringLiteral("publier un commentaire"),
        QStringLiteral("ecrire un commentaire"),
        QStringLiteral("commentaires"),
        QStringLiteral("commentaire"),
        QStringLiteral("vos commentaires"),
        QStringLiteral("vos reactions"),
        QStringLiteral("reactions"),
        QStringLiteral("reagir"),
        QStringLiteral("reagissez"),
        QStringLiteral("reagir a cet article"),
        QStringLiteral("donnez votre avis"),
        QStringLiteral("leave a comment"),
        QStringLiteral("leave a reply"),
        QStringLiteral("add a comment"),
        QStringLiteral("post a comment"),
        QStringLiteral("comments"),
        QStringLiteral("comment"),
        QStringLiteral("join the conversation"),
        QStringLiteral("join the discussion"),
        QStringLiteral("discussion"),
        QStringLiteral("quelques regles a respecter"),
        QStringLiteral("regles de moderation"),
    };
    return list;
}

// Phrases that only occur in comment forms and moderation notices.
const QStringList &commentPhrases()
{
    static const QStringList list{
        QStringLiteral("regles a respecter"),
        QStringLiteral("charte de moderation"),
        QStringLiteral("commentaires sont moderes"),
        QStringLiteral("pour commenter"),
        QStringLiteral("pour reagir"),
        QStringLiteral("sauvegarder mon pseudo"),
        QStringLiteral("mon adresse e-mail pour la prochaine fois"),
        QStringLiteral("votre adresse e-mail ne sera pas publiee"),
        QStringLiteral("votre adresse de messagerie ne sera pas publiee"),
        QStringLiteral("save my name, email"),
        QStringLiteral("to post a comment"),
        QStringLiteral("your email address will not be published"),
        QStringLiteral("comments are moderated"),
        QStringLiteral("log in to comment"),
        QStringLiteral("sign in to comment"),
        QStringLiteral("be the first to comment"),
        QStringLiteral("soyez le premier a commenter"),
    };
    return list;
}

// Headings of link lists (related, latest, most read...). What follows them
// is dropped unless real paragraphs resume (see bodyResumesAt).
const QStringList &relatedHeadings()
{
    static const QStringList list{
        QStringLiteral("a lire aussi"),
        QStringLiteral("lire aussi"),
        QStringLiteral("a lire egalement"),
        QStringLiteral("lire egalement"),
        QStringLiteral("a voir aussi"),
        QStringLiteral("voir aussi"),
        QStringLiteral("a decouvrir"),
        QStringLiteral("a decouvrir aussi"),
        QStringLiteral("sur le meme theme"),
        QStringLiteral("sur le meme sujet"),
        QStringLiteral("dans la meme rubrique"),
        QStringLiteral("les derniers articles"),
        QStringLiteral("derniers articles"),
        QStringLiteral("nos derniers articles"),
        QStringLiteral("dernieres actualites"),
        QStringLiteral("dernieres infos"),
        QStringLiteral("articles similaires"),
        QStringLiteral("articles recommandes"),
        QStringLiteral("articles lies"),
        QStringLiteral("articles associes"),
        QStringLiteral("vous aimerez aussi"),
        QStringLiteral("vous aimerez aussi lire"),
        QStringLiteral("vous pourriez aussi aimer"),
        QStringLiteral("les plus lus"),
        QStringLiteral("les articles les plus lus"),
        QStringLiteral("les plus partages"),
        QStringLiteral("a la une"),
        QStringLiteral("en continu"),
        QStringLiteral("en ce moment"),
        QStringLiteral("toute l'actualite"),
        QStringLiteral("dans l'actualite"),
        QStringLiteral("mots-cles"),
        QStringLiteral("mots cles"),
        QStringLiteral("tags"),
        QStringLiteral("sujets associes"),
        QStringLiteral("themes associes"),
        QStringLiteral("related articles"),
        QStringLiteral("related stories"),
        QStringLiteral("related news"),
        QStringLiteral("related posts"),
        QStringLiteral("related"),
        QStringLiteral("related content"),
        QStringLiteral("read more"),
        QStringLiteral("read next"),
        QStringLiteral("also read"),
        QStringLiteral("see also"),
        QStringLiteral("you may also like"),
        QStringLiteral("you might also like"),
        QStringLiteral("recommended"),
        QStringLiteral("recommended for you"),
        QStringLiteral("most read"),
        QStringLiteral("most popular"),
        QStringLiteral("trending"),
        QStringLiteral("latest news"),
        QStringLiteral("latest articles"),
        QStringLiteral("latest stories"),
        QStringLiteral("more stories"),
        QStringLiteral("more news"),
        QStringLiteral("top stories"),
        QStringLiteral("topics"),
        QStringLiteral("plus d'articles"),
        QStringLiteral("autres articles"),
        QStringLiteral("dans la meme categorie"),
        QStringLiteral("les dernieres actualites"),
        QStringLiteral("dernieres actualites"),
        QStringLiteral("more articles"),
        QStringLiteral("more from"),
        QStringLiteral("other articles"),
    };
    return list;
}

// Phrases that mark a whole line as furniture wherever it is.
const QStringList &furniturePhrases()
{
    static const QStringList list{
        QStringLiteral("pourraient vous interesser"),
        QStringLiteral("pourrait vous interesser"),
        QStringLiteral("might interest you"),
        QStringLiteral("may interest you"),
        QStringLiteral("abonnez-vous a notre newsletter"),
        QStringLiteral("inscrivez-vous a notre newsletter"),
        QStringLiteral("recevez l'actualite"),
        QStringLiteral("recevez notre newsletter"),
        QStringLiteral("vous desinscrire a tout moment"),
        QStringLiteral("vous desabonner a tout moment"),
        QStringLiteral("sign up for our newsletter"),
        QStringLiteral("subscribe to our newsletter"),
        QStringLiteral("unsubscribe at any time"),
        QStringLiteral("cet article vous a plu"),
        QStringLiteral("partager cet article"),
        QStringLiteral("partagez cet article"),
        QStringLiteral("share this article"),
        QStringLiteral("share this story"),
        QStringLiteral("copier le lien"),
        QStringLiteral("copy link"),
        QStringLiteral("suivez-nous sur"),
        QStringLiteral("follow us on"),
        QStringLiteral("cet article est reserve aux abonnes"),
        QStringLiteral("this article is for subscribers"),
        QStringLiteral("accepter les cookies"),
        QStringLiteral("accept cookies"),
        QStringLiteral("google news"),
        QStringLiteral("utilise des cookies"),
        QStringLiteral("utilisation de cookies"),
        QStringLiteral("uses cookies"),
        QStringLiteral("use of cookies"),
        QStringLiteral("manage preferences"),
        QStringLiteral("gerer les preferences"),
        QStringLiteral("gerer mes cookies"),
        QStringLiteral("politique de confidentialite"),
        QStringLiteral("privacy policy"),
        QStringLiteral("share this:"),
        QStringLiteral("partager :"),
        QStringLiteral("partager sur"),
        QStringLiteral("share on"),
        QStringLiteral("reserve aux abonnes"),
        QStringLiteral("subscribers only"),
        QStringLiteral("decouvrez nos offres"),
    };
    return list;
}

// Whole-line furniture once decorations are removed.
const QStringList &furnitureLines()
{
    static const QStringList list{
        QStringLiteral("publicite"),
        QStringLiteral("pub"),
        QStringLiteral("advertisement"),
        QStringLiteral("advertising"),
        QStringLiteral("sponsored"),
        QStringLiteral("partager"),
        QStringLiteral("partage"),
        QStringLiteral("share"),
        QStringLiteral("tweet"),
        QStringLiteral("imprimer"),
        QStringLiteral("print"),
        QStringLiteral("email"),
        QStringLiteral("e-mail"),
        QStringLiteral("facebook"),
        QStringLiteral("twitter"),
        QStringLiteral("linkedin"),
        QStringLiteral("whatsapp"),
        QStringLiteral("s'abonner"),
        QStringLiteral("abonnez-vous"),
        QStringLiteral("subscribe"),
        QStringLiteral("newsletter"),
        QStringLiteral("menu"),
        QStringLiteral("recherche"),
        QStringLiteral("search"),
        QStringLiteral("accueil"),
        QStringLiteral("home"),
        QStringLiteral("lire la suite"),
        QStringLiteral("lire plus"),
        QStringLiteral("en savoir plus"),
        QStringLiteral("continue reading"),
        QStringLiteral("ecouter cet article"),
        QStringLiteral("listen to this article"),
        QStringLiteral("video"),
        QStringLiteral("photo"),
        QStringLiteral("audio"),
        QStringLiteral("sommaire"),
        QStringLiteral("contents"),
    };
    return list;
}

// `core` is the phrase, or (for phrases of several words only, so that
// "comment" does not match "comment faire") the phrase plus a few characters.
bool startsWithPhrase(const QString &core, const QStringList &phrases, qsizetype maxExtra)
{
    for (const QString &p : phrases) {
        if (core == p)
            return true;
        if (maxExtra > 0 && p.contains(QLatin1Char(' ')) && core.startsWith(p) &&
            core.size() <= p.size() + maxExtra && !core.at(p.size()).isLetterOrNumber())
            return true;
    }
    return false;
}

// "À lire aussi : <another story>", "Read more » ...": a link line in the body.
bool isInlineRelated(const QString &folded)
{
    qsizetype i = 0;
    while (i < folded.size() && !folded.at(i).isLetter())
        ++i;
    const QStringView t = QStringView(folded).mid(i);
    for (const QString &p : relatedHeadings()) {
        if (!t.startsWith(p) || t.size() == p.size())
            continue;
        QStringView rest = t.mid(p.size()).trimmed();
        if (!rest.isEmpty() &&
            QStringLiteral(":\u203a\u00bb\u2192>-\u2013\u2014|").contains(rest.front()))
            return true;
    }
    return false;
}

// One alternation per phrase list: a single JIT-compiled scan of the line
// instead of one substring search per phrase.
QRegularExpression alternation(const QStringList &phrases)
{
    QStringList escaped;
    for (const QString &p : phrases)
        escaped.append(QRegularExpression::escape(p));
    return QRegularExpression(escaped.join(QLatin1Char('|')));
}

bool containsCommentPhrase(const QString &folded)
{
    static const QRegularExpression re = alternation(commentPhrases());
    return folded.contains(re);
}

bool containsFurniturePhrase(const QString &folded)
{
    static const QRegularExpression re = alternation(furniturePhrases());
    return folded.contains(re);
}

const QString &monthAlternatives()
{
    static const QString months = QStringLiteral(
        "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|"
        "janv|fevr|fev|avr|juil|sept|oct|nov|dec|"
        "january|february|march|april|may|june|july|august|september|october|november|december|"
        "jan|feb|mar|apr|jun|jul|aug|sep");
    return months;
}

const QRegularExpression &dateRe()
{
    static const QRegularExpression re(
        QStringLiteral("\\b\\d{1,2}(?:er|st|nd|rd|th)?\\.?\\s+(?:%1)\\b\\.?,?(?:\\s+\\d{4}\\b)?|"
                       "\\b(?:%1)\\b\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b,?(?:\\s+\\d{4}\\b)?|"
                       "\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b|"
                       "\\b\\d{4}-\\d{2}-\\d{2}(?:t[\\d:.+z-]+)?\\b")
            .arg(monthAlternatives()),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

bool hasYear(const QString &folded)
{
    static const QRegularExpression year(
        QStringLiteral("\\b(?:19|20)\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2}\\b"));
    return folded.contains(year);
}

bool isDatelineFolded(const QString &folded)
{
    if (folded.size() > 160)
        return false;
    if (!dateRe().match(folded).hasMatch() || !hasYear(folded))
        return false;
    static const QRegularExpression keyword(
        QStringLiteral("(?:^|[\\s\\p{P}])(?:publie|mis a jour|mise a jour|modifie|actualise|"
                       "updated|published|posted|last updated|first published)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (folded.contains(keyword))
        return true;
    // Few words besides the date and times in the part that holds the date:
    // "9 sep. 2025 • 16:10", "par la redaction — lundi 5 decembre 2022",
    // "August 22, 2022 3:04 PM ET", "jeudi 15 aout 2019 a 4:24 — par X".
    static const QRegularExpression separators(
        QStringLiteral("\\s[\\x{2014}\\x{2013}|\\x{00b7}\\x{2022}@-]\\s"));
    static const QRegularExpression listItem(
        QStringLiteral("^[\\x{2022}\\x{25b8}\\x{25b6}\\x{203a}>*-]"));
    if (folded.contains(listItem))
        return false; // "• Another story — 08/02/2021": a link list
    const QStringList parts = folded.split(separators);
    static const QRegularExpression wordRe(QStringLiteral("[\\p{L}]{2,}"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression bylineRe(
        QStringLiteral("^\\s*(?:par|by|ecrit par|written by|avec|with)\\b"));
    const auto wordsIn = [](const QString &text) {
        int count = 0;
        for (auto it = wordRe.globalMatch(text); it.hasNext(); it.next())
            ++count;
        return count;
    };
    // The other parts are a byline, a source or a place ("BFM Business",
    // "Par la rédaction", "1 min read"), not a headline.
    for (const QString &part : parts) {
        if (!dateRe().match(part).hasMatch() && wordsIn(part) > 4 && !part.contains(bylineRe))
            return false;
    }
    for (const QString &part : parts) {
        if (!dateRe().match(part).hasMatch())
            continue;
        QString rest = part;
        rest.remove(dateRe());
        static const QRegularExpression times(QStringLiteral(
            "\\b\\d{1,2}\\s*(?:[:h]\\s*\\d{2}|h)\\b|\\b(?:am|pm|a\\.m\\.|p\\.m\\.)"));
        rest.remove(times);
        static const QRegularExpression words(QStringLiteral("[\\p{L}]{2,}"),
                                              QRegularExpression::UseUnicodePropertiesOption);
        int count = 0;
        for (auto it = words.globalMatch(rest); it.hasNext(); it.next())
            ++count;
        // A sentence has more words and ends with a full stop.
        if (count <= 5 && !folded.trimmed().endsWith(QLatin1Char('.')))
            return true;
    }
    return false;
}

// Site banners and breadcrumbs: "Site › Section › Town", "Section | Topic",
// "Site — Le média des ...": short, separator-joined, no sentence.
bool isBreadcrumb(const Unit &u)
{
    if (u.text.size() > 120 || u.text.endsWith(QLatin1Char('.')))
        return false;
    const bool frenchQuotes = u.text.contains(QChar(0xab));
    const int arrows = int(u.text.count(QChar(0x203a)) + u.text.count(QStringLiteral(" > ")) +
                           u.text.count(QStringLiteral(" / ")) + u.text.count(QChar(0x25b8)) +
                           (frenchQuotes ? 0 : u.text.count(QStringLiteral(" \u00bb "))));
    const int bars = int(u.text.count(QStringLiteral(" | ")));
    const int dashes =
        int(u.text.count(QStringLiteral(" \u2014 ")) + u.text.count(QStringLiteral(" \u2013 ")) +
            u.text.count(QStringLiteral(" \u00b7 ")));
    // A headline may hold one dash ("Dax — the hospital ..."), rarely with a
    // short, colon-free head.
    bool shortHeadedDash = false;
    if (dashes == 1 && !u.text.contains(QLatin1Char(':'))) {
        static const QRegularExpression sep(QStringLiteral(" [\u2014\u2013\u00b7] "));
        const qsizetype at = u.text.indexOf(sep);
        shortHeadedDash = at > 0 && at <= 30;
    }
    return arrows >= 1 || bars >= 1 || dashes >= 2 || shortHeadedDash;
}

bool isByline(const QString &folded)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:par|by|ecrit par|written by|auteur|author|redige par)\\b"));
    return folded.size() < 120 && folded.contains(re);
}

bool endsLikeSentence(const QString &text)
{
    const QString t = text.trimmed();
    if (t.endsWith(QStringLiteral("...")) || t.endsWith(QChar(0x2026)) ||
        t.endsWith(QStringLiteral("[…]")))
        return false; // a teaser's truncated excerpt
    return !t.isEmpty() && QStringLiteral(".!?»\"”)").contains(t.back());
}

// A paragraph of running text (not a title, list item or excerpt).
bool isBodyParagraph(const Unit &u)
{
    return u.text.size() >= 160 && endsLikeSentence(u.text);
}

// Alt text of a picture left in copied text: a few capitalised words with no
// punctuation ("Hopital Couloir"). Headings have lower-case words.
bool isCaptionLike(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 4 || text.size() > 40)
        return false;
    for (const QString &w : words) {
        if (!w.at(0).isUpper())
            return false;
        for (const QChar c : w)
            if (!c.isLetter() && c != QLatin1Char('-'))
                return false;
    }
    return true;
}

// Structure-only furniture: rules, counters, credits.
bool isNoiseLine(const Unit &u)
{
    const QString t = u.text.trimmed();
    bool allPunct = true;
    for (const QChar c : t)
        if (c.isLetterOrNumber())
            allPunct = false;
    if (allPunct)
        return true; // "—", "---", "* * *"
    static const QRegularExpression counter(QStringLiteral("^\\d{1,5}$"));
    if (t.contains(counter))
        return true; // comment or share counters
    static const QRegularExpression credit(QStringLiteral(
        "^(?:©|\\(c\\)|copyright\\b|credit|photo\\s*:|photo\\s*©|image\\s*:|illustration\\s*:)"));
    if (u.folded.size() < 100 && u.folded.contains(credit))
        return true;
    // Calls to action: a newsletter box, or a line ending in button labels
    // ("... [Je m'inscris]", "[OK] [Parametrer]").
    if (u.folded.size() < 300 && u.folded.contains(QLatin1String("newsletter")) &&
        (u.folded.contains(QLatin1String("abonn")) || u.folded.contains(QLatin1String("inscri")) ||
         u.folded.contains(QLatin1String("subscribe")) ||
         u.folded.contains(QLatin1String("sign up")) ||
         u.folded.contains(QLatin1String("recevez")) ||
         u.folded.contains(QLatin1String("receive"))))
        return true;
    static const QRegularExpression button(QStringLiteral("\\[\\p{L}[^\\]]{0,24}\\]\\s*$"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    if (u.folded.size() < 300 && u.folded.contains(button))
        return true;
    return false;
}

bool sameTitle(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (a == b)
        return true;
    const QString &shorter = a.size() < b.size() ? a : b;
    const QString &longer = a.size() < b.size() ? b : a;
    return shorter.size() >= 20 && longer.contains(shorter);
}

} // namespace

bool BoilerplateStripper::isDateline(const QString &paragraph)
{
    return isDatelineFolded(fold(paragraph.trimmed()));
}

BoilerplateStripper::Result BoilerplateStripper::strip(const QString &text,
                                                       const QString &knownTitle) const
{
    QList<Unit> units;
    bool blank = false;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        const QStringView t = line.trimmed();
        if (t.isEmpty()) {
            blank = true;
            continue;
        }
        Unit u;
        u.text = t.toString();
        u.folded = fold(u.text);
        u.blankBefore = blank;
        blank = false;
        units.append(std::move(u));
    }

    Result result;
    const qsizetype n = units.size();
    for (Unit &u : units) {
        u.body = isBodyParagraph(u);
        u.date = isDatelineFolded(u.folded);
    }
    // From a link-list heading or a late dateline at `from`, the index where
    // real paragraphs resume (two running-text paragraphs in a row, no
    // dates), or -1. Precomputed from the end: one pass, however many
    // headings and dates the text has.
    std::vector<qsizetype> nextPair(size_t(n) + 1, -1);
    for (qsizetype i = n - 2; i >= 0; --i)
        nextPair[size_t(i)] =
            units[i].body && units[i + 1].body && !units[i].date && !units[i + 1].date
                ? i
                : nextPair[size_t(i) + 1];
    const auto bodyResumesAt = [&](qsizetype from) {
        return from + 1 < n ? nextPair[size_t(from) + 1] : qsizetype(-1);
    };

    // 1. The header: the first dateline near the top, the headline before it.
    const qsizetype headerZone = std::min<qsizetype>(n, 15);
    qsizetype dateline = -1;
    for (qsizetype i = 0; i < headerZone; ++i) {
        if (units[i].body && i > 0 && units[i - 1].body)
            break; // running text started: any later date is not a dateline
        if (units[i].date) {
            dateline = i;
            break;
        }
    }
    const QString foldedTitle = fold(knownTitle.trimmed());
    qsizetype headline = -1;
    const qsizetype headlineLimit = dateline >= 0 ? dateline : headerZone;
    for (qsizetype i = 0; i < headlineLimit && !foldedTitle.isEmpty(); ++i) {
        if (sameTitle(units[i].folded, foldedTitle)) {
            headline = i; // the last line matching wins: banners repeat the title
        }
    }
    // Otherwise the nearest title-like line before the dateline (no final
    // full stop: a line ending with one is the standfirst), else just after
    // it when only banners precede it ("15/12/2025 - Town" then the title).
    const auto titleLike = [&](const Unit &u, qsizetype maxLength) {
        return u.text.size() >= 15 && u.text.size() <= maxLength && !isBreadcrumb(u) &&
               !isByline(u.folded) && !isNoiseLine(u) && !u.date;
    };
    if (headline < 0 && dateline >= 0) {
        // The first title-like line wins (the standfirst comes after the
        // headline), unless it is a banner that repeats a later line.
        QList<qsizetype> candidates;
        for (qsizetype i = 0; i < dateline; ++i)
            if (titleLike(units[i], 250) && !units[i].text.endsWith(QLatin1Char('.')))
                candidates.append(i);
        // Site names are short ("Health IT Today"); headlines have four words or more.
        const auto wordCount = [&](qsizetype i) {
            return units[i].text.count(QLatin1Char(' ')) + 1;
        };
        if (std::any_of(candidates.cbegin(), candidates.cend(),
                        [&](qsizetype c) { return wordCount(c) >= 4; }))
            candidates.removeIf([&](qsizetype c) { return wordCount(c) < 4; });
        for (const qsizetype c : candidates) {
            bool repeats = false;
            for (const qsizetype other : candidates)
                repeats =
                    repeats || (other > c && units[c].folded.size() > units[other].folded.size() &&
                                units[c].folded.contains(units[other].folded));
            if (!repeats) {
                headline = c;
                break;
            }
        }
        for (qsizetype i = dateline - 1; i >= 0 && headline < 0; --i)
            if (titleLike(units[i], 300))
                headline = i;
        if (headline < 0 && dateline + 1 < n && titleLike(units[dateline + 1], 250) &&
            !units[dateline + 1].text.endsWith(QLatin1Char('.')))
            headline = dateline + 1;
    }
    // Before the headline only banners, breadcrumbs and copies of the
    // headline are dropped; anything else might be the article.
    const qsizetype start =
        headline >= 0 ? std::min(headline, dateline >= 0 ? dateline : headline) : 0;
    for (qsizetype i = 0; i < start; ++i) {
        const Unit &u = units[i];
        if (isBreadcrumb(u) || (headline >= 0 && u.folded.contains(units[headline].folded)) ||
            u.text.size() < 40)
            units[i].keep = false;
    }
    // Without a recognised headline, leading banners still go.
    for (qsizetype i = 0; i < n && headline < 0 && isBreadcrumb(units[i]); ++i)
        units[i].keep = false;

    // 2. The body: cut at comment areas, link lists and dated teasers.
    qsizetype bodyChars = 0;
    qsizetype cut = n;
    for (qsizetype i = start; i < n; ++i) {
        Unit &u = units[i];
        if (i == headline || i == dateline)
            continue;
        const QString core = headingCore(u.folded);
        const bool inBody = bodyChars >= 200;

        if (startsWithPhrase(core, commentHeadings(), 12) ||
            (u.text.size() <= 400 && containsCommentPhrase(u.folded))) {
            if (inBody) {
                cut = i;
                break;
            }
            u.keep = false;
            continue;
        }
        if (startsWithPhrase(core, relatedHeadings(), 3) && u.text.size() <= 80) {
            const qsizetype resume = bodyResumesAt(i);
            if (resume < 0 && inBody) {
                cut = i;
                break;
            }
            // Before the body is under way, or with running text after it:
            // drop the box (the heading and its short link lines) only.
            qsizetype end = resume;
            if (end < 0) {
                end = i + 1;
                while (end < n && !units[end].body)
                    ++end;
            }
            for (qsizetype k = i; k < end; ++k)
                units[k].keep = false;
            i = end - 1;
            continue;
        }
        // "À lire aussi : <another story>" inside the body.
        if (u.text.size() <= 300 && isInlineRelated(u.folded)) {
            u.keep = false;
            continue;
        }
        if (u.text.size() <= 400 && containsFurniturePhrase(u.folded)) {
            u.keep = false;
            continue;
        }
        if (startsWithPhrase(core, furnitureLines(), 0) || isNoiseLine(u)) {
            u.keep = false;
            continue;
        }
        // A teaser: a dateline of its own once the body is under way, with no
        // running text after it.
        if (inBody && u.date && bodyResumesAt(i) < 0) {
            qsizetype from = i;
            // Its title and picture caption come just before the date.
            for (int back = 0; back < 2 && from - 1 > start; ++back) {
                const Unit &prev = units[from - 1];
                if (prev.text.size() > 200 || prev.body)
                    break;
                --from;
            }
            cut = from;
            break;
        }
        if (isCaptionLike(u.text) && i > start + 1) {
            u.keep = false;
            continue;
        }
        if (u.text.size() >= 80)
            bodyChars += u.text.size();
    }
    for (qsizetype i = cut; i < n; ++i)
        units[i].keep = false;

    // 3. Reassemble, keeping the input's line/paragraph layout.
    QString out;
    out.reserve(text.size());
    bool first = true;
    for (qsizetype i = 0; i < n; ++i) {
        const Unit &u = units[i];
        if (!u.keep) {
            ++result.removedParagraphs;
            continue;
        }
        if (!first)
            out += u.blankBefore || i == headline || i == dateline ? QStringLiteral("\n\n")
                                                                   : QStringLiteral("\n");
        first = false;
        out += u.text;
    }
    result.text = out;
    if (headline >= 0)
        result.headline = units[headline].text;
    if (dateline >= 0 && units[dateline].keep)
        result.dateline = units[dateline].text;
    return result;
}

} // namespace vigie::import
