// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateFinder.h"

#include <QRegularExpression>

#include <algorithm>

namespace vigie::extract {

namespace {

// Month and weekday names, folded (lower case, no accents).
struct Name {
    const char *text;
    int value;
};

constexpr Name kMonths[] = {
    {"janvier", 1},   {"janv", 1},      {"january", 1},  {"jan", 1},       {"fevrier", 2},
    {"fevr", 2},      {"fev", 2},       {"february", 2}, {"feb", 2},       {"mars", 3},
    {"march", 3},     {"mar", 3},       {"avril", 4},    {"avr", 4},       {"april", 4},
    {"apr", 4},       {"mai", 5},       {"may", 5},      {"juin", 6},      {"june", 6},
    {"jun", 6},       {"juillet", 7},   {"juil", 7},     {"july", 7},      {"jul", 7},
    {"aout", 8},      {"august", 8},    {"aug", 8},      {"septembre", 9}, {"september", 9},
    {"sept", 9},      {"sep", 9},       {"octobre", 10}, {"october", 10},  {"oct", 10},
    {"novembre", 11}, {"november", 11}, {"nov", 11},     {"decembre", 12}, {"december", 12},
    {"dec", 12},
};

constexpr Name kWeekdays[] = {
    {"lundi", 1},    {"mardi", 2},    {"mercredi", 3}, {"jeudi", 4},   {"vendredi", 5},
    {"samedi", 6},   {"dimanche", 7}, {"monday", 1},   {"tuesday", 2}, {"wednesday", 3},
    {"thursday", 4}, {"friday", 5},   {"saturday", 6}, {"sunday", 7},  {"mon", 1},
    {"tue", 2},      {"tues", 2},     {"wed", 3},      {"thu", 4},     {"thurs", 4},
    {"fri", 5},      {"sat", 6},      {"sun", 7},
};

template<std::size_t N>
QString alternation(const Name (&names)[N])
{
    QStringList list;
    for (const Name &n : names)
        list.append(QString::fromLatin1(n.text));
    // longest first so "septembre" wins over "sept"
    std::sort(list.begin(), list.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return list.join(u'|');
}

template<std::size_t N>
int lookup(const Name (&names)[N], QStringView text)
{
    for (const Name &n : names)
        if (text == QLatin1StringView(n.text))
            return n.value;
    return 0;
}

int monthOf(QStringView s)
{
    return lookup(kMonths, s);
}
int weekdayOf(QStringView s)
{
    return lookup(kWeekdays, s);
}

const QString &monthRe()
{
    static const QString re = QStringLiteral("(?:%1)").arg(alternation(kMonths));
    return re;
}
const QString &weekdayRe()
{
    static const QString re = QStringLiteral("(?:%1)").arg(alternation(kWeekdays));
    return re;
}

QRegularExpression compile(const QString &pattern)
{
    QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption);
    re.optimize();
    return re;
}

// Day month year: "9 sep. 2025", "lundi 22 aout 2022", "1er janvier 2017".
const QRegularExpression &dayMonthYear()
{
    static const auto re = compile(QStringLiteral("\\b(?:%1\\.?,?\\s+)?(?:le\\s+)?(\\d{1,2})(?:er|"
                                                  "st|nd|rd|th)?\\s+(%2)\\.?,?\\s+(\\d{4})\\b")
                                       .arg(weekdayRe(), monthRe()));
    return re;
}
// Month day year: "august 22, 2022", "tue, november 28, 2023", "may 18 2021".
const QRegularExpression &monthDayYear()
{
    static const auto re =
        compile(QStringLiteral(
                    "\\b(?:%1\\.?,?\\s+)?(%2)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b")
                    .arg(weekdayRe(), monthRe()));
    return re;
}
// "22/08/2022", "23/06/23", "10.12.2025"; "2021-07-17".
const QRegularExpression &numericDate()
{
    static const auto re = compile(
        QStringLiteral("(?<![\\d/.])(?:(\\d{1,2})([/"
                       ".])(\\d{1,2})\\2(\\d{4}|\\d{2})|(\\d{4})-(\\d{2})-(\\d{2}))(?![\\d/])"));
    return re;
}
// "du 10 au 11 avril", "nuit du 6 au 7 janvier": the first day.
const QRegularExpression &dayRange()
{
    static const auto re =
        compile(QStringLiteral("\\bdu\\s+(\\d{1,2})(?:er)?\\s+au\\s+\\d{1,2}(?:er)?\\s+(%1)\\b")
                    .arg(monthRe()));
    return re;
}
// "9 mars", "jeudi 9 mars", "le 31 aout"; "june 3", "on june 3".
const QRegularExpression &dayMonth()
{
    static const auto re = compile(
        QStringLiteral(
            "\\b(?:%1\\s+)?(?:le\\s+)?(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(%2)\\b(?!\\.?\\s*\\d)"
            "|\\b(%2)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*[,:]?\\s*\\d{4})(?![\\d.,])")
            .arg(weekdayRe(), monthRe()));
    return re;
}
// "decembre 2022", "august 2022".
const QRegularExpression &monthYear()
{
    static const auto re = compile(QStringLiteral("\\b(%1)\\.?\\s+(\\d{4})\\b").arg(monthRe()));
    return re;
}
// "en avril", "mi-avril", "fin juin", "au debut du mois d'aout", "mars dernier",
// "in april", "mid-april", "early june".
const QRegularExpression &monthOnly()
{
    static const auto re = compile(QStringLiteral(
        "\\b(?:(?:en|in|mi-|mi |mid-|mid |debut|fin|courant|early|late|since|depuis|"
        "(?:au |a la |vers la )?(?:debut|fin|mi|milieu) du mois (?:de |d')|au mois (?:de |d'))\\s*"
        "(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|"
        "january|february|march|april|june|july|august|september|october|november|december)"
        "|(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)"
        "\\s+dernier)\\b"));
    return re;
}
// "dans la nuit de lundi a mardi": the first night.
const QRegularExpression &nightRange()
{
    static const auto re = compile(
        QStringLiteral("\\bnuit\\s+(?:de|du)\\s+(%1)\\s+(?:a|au)\\s+%1\\b").arg(weekdayRe()));
    return re;
}
const QRegularExpression &weekday()
{
    static const auto re = compile(QStringLiteral(
        "\\b(?:(last|ce|cette|this|past)\\s+)?(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
        "monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b(?!\\s+(?:prochain|next|\\d)"
        ")"));
    return re;
}
const QRegularExpression &relative()
{
    static const auto re = compile(QStringLiteral(
        "\\b(?:(avant-hier|day before yesterday)|(hier|yesterday|la nuit derniere|last night)|"
        "(aujourd'hui|today|this morning|ce matin|cette nuit|tonight|ce jour|"
        "(?:last|past) 24 hours|(?:dernieres|past) 24 heures|past day)|"
        "((?:en |a la )?fin de (?:la )?semaine derniere|(?:le |ce |du )?week-?end "
        "(?:dernier|passe)|"
        "(?:last|past|over the) ?weekend|ce week-?end|this weekend)|"
        "((?:la |the )?semaine (?:derniere|passee)|last week|earlier this week|cette semaine|this "
        "week|"
        "en debut de semaine)|"
        "((?:le |au cours du )?mois (?:dernier|passe)|last month|the previous month)|"
        "(earlier this month|this month|ce mois-ci|(?:au )?debut du mois(?! d)|courant du mois|"
        "plus tot (?:dans le|ce) mois)|"
        "(?:il y a|voici) (deux|trois|quatre|cinq|six|sept|huit|dix|quinze|\\d{1,2}) "
        "(jours|semaines)|"
        "(two|three|four|five|six|seven|eight|ten|\\d{1,2}) (days|weeks) ago|"
        "((?:depuis )?le debut de (?:la|cette) semaine))\\b"));
    return re;
}

int year2(int y)
{
    return y < 100 ? 2000 + y : y;
}

struct Collector {
    QDate reference;
    QList<DateMention> out;
    QList<Span> taken;

    bool overlaps(qsizetype s, qsizetype e) const
    {
        for (const Span &t : taken)
            if (s < t.end && e > t.start)
                return true;
        return false;
    }
    void add(qsizetype s, qsizetype e, PartialDate value, DateMention::Kind kind)
    {
        if (value.isNull() || overlaps(s, e))
            return;
        DateMention m;
        m.span = Span{s, e};
        m.value = value;
        m.kind = kind;
        if (reference.isValid())
            m.future = value.firstDate() > reference;
        taken.append(m.span);
        out.append(m);
    }
    // A day and month with no year: the occurrence nearest before the
    // reference, unless it lies shortly after it (a deadline).
    PartialDate inferYear(int month, int day) const
    {
        if (!reference.isValid())
            return {};
        QDate d(reference.year(), month, day);
        if (!d.isValid())
            return {};
        if (d > reference.addDays(1) && d.daysTo(reference) < -100)
            d = QDate(reference.year() - 1, month, day);
        return d.isValid() ? PartialDate::ofDay(d) : PartialDate{};
    }
    PartialDate inferMonth(int month) const
    {
        if (!reference.isValid())
            return {};
        int y = reference.year();
        if (month > reference.month())
            --y;
        return PartialDate::ofMonth(y, month);
    }
};

PartialDate dayDate(int y, int m, int d)
{
    const QDate date(y, m, d);
    return date.isValid() ? PartialDate::ofDay(date) : PartialDate{};
}

} // namespace

QDate previousWeekday(QDate reference, int weekday, bool strict)
{
    if (!reference.isValid() || weekday < 1 || weekday > 7)
        return {};
    int back = (reference.dayOfWeek() - weekday + 7) % 7;
    if (back == 0 && strict)
        back = 7;
    return reference.addDays(-back);
}

QList<DateMention> findDates(QStringView folded, QDate reference)
{
    Collector c;
    c.reference = reference;
    const QString text = folded.toString();
    using K = DateMention::Kind;

    for (auto it = dayMonthYear().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        c.add(m.capturedStart(), m.capturedEnd(),
              dayDate(m.captured(3).toInt(), monthOf(m.capturedView(2)), m.captured(1).toInt()),
              K::Full);
    }
    for (auto it = monthDayYear().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        c.add(m.capturedStart(), m.capturedEnd(),
              dayDate(m.captured(3).toInt(), monthOf(m.capturedView(1)), m.captured(2).toInt()),
              K::Full);
    }
    for (auto it = numericDate().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        PartialDate v = m.hasCaptured(5) ? dayDate(m.captured(5).toInt(), m.captured(6).toInt(),
                                                   m.captured(7).toInt())
                                         : dayDate(year2(m.captured(4).toInt()),
                                                   m.captured(3).toInt(), m.captured(1).toInt());
        c.add(m.capturedStart(), m.capturedEnd(), v, K::Full);
    }
    for (auto it = dayRange().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        c.add(m.capturedStart(), m.capturedEnd(),
              c.inferYear(monthOf(m.capturedView(2)), m.captured(1).toInt()), K::DayMonth);
    }
    for (auto it = monthYear().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int month = monthOf(m.capturedView(1));
        const int year = m.captured(2).toInt();
        if (month && year > 1900 && year < 2200)
            c.add(m.capturedStart(), m.capturedEnd(), PartialDate::ofMonth(year, month), K::Month);
    }
    for (auto it = dayMonth().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const bool dayFirst = m.hasCaptured(2);
        const QStringView monthName = dayFirst ? m.capturedView(2) : m.capturedView(3);
        // "may" and "mar" are words too: only with a day next to them
        const int day = (dayFirst ? m.captured(1) : m.captured(4)).toInt();
        if (day < 1 || day > 31)
            continue;
        c.add(m.capturedStart(), m.capturedEnd(), c.inferYear(monthOf(monthName), day),
              K::DayMonth);
    }
    for (auto it = monthOnly().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QStringView name = m.hasCaptured(1) ? m.capturedView(1) : m.capturedView(2);
        c.add(m.capturedStart(), m.capturedEnd(), c.inferMonth(monthOf(name)), K::Month);
    }
    if (reference.isValid()) {
        for (auto it = nightRange().globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            // the night before today's "nuit de lundi a mardi" started on a
            // Monday at least one day back
            QDate d = previousWeekday(reference.addDays(-1), weekdayOf(m.capturedView(1)));
            c.add(m.capturedStart(), m.capturedEnd(), PartialDate::ofDay(d), K::Weekday);
        }
        for (auto it = weekday().globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const QStringView mod = m.capturedView(1);
            const bool strict = mod == u"last" || mod == u"past";
            QDate d = previousWeekday(reference, weekdayOf(m.capturedView(2)), strict);
            c.add(m.capturedStart(), m.capturedEnd(), PartialDate::ofDay(d), K::Weekday);
        }
        for (auto it = relative().globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            PartialDate v;
            if (m.hasCaptured(1)) {
                v = PartialDate::ofDay(reference.addDays(-2));
            } else if (m.hasCaptured(2)) {
                v = PartialDate::ofDay(reference.addDays(-1));
            } else if (m.hasCaptured(3)) {
                v = PartialDate::ofDay(reference);
            } else if (m.hasCaptured(4)) {
                // the last weekend: its Saturday, strictly before a Saturday
                // or Sunday reference when the text says "dernier"/"last"
                const bool thisWeekend =
                    m.capturedView(4).startsWith(u"ce ") || m.capturedView(4).startsWith(u"this");
                QDate sat = previousWeekday(reference, 6, !thisWeekend);
                if (!thisWeekend && reference.dayOfWeek() == 7 && sat.daysTo(reference) == 1)
                    sat = sat.addDays(-7);
                v = PartialDate::ofDay(sat);
            } else if (m.hasCaptured(5)) {
                const QStringView w = m.capturedView(5);
                const bool current =
                    w.contains(u"cette") || w.contains(u"this") || w.contains(u"debut de semaine");
                QDate monday = previousWeekday(reference, 1).addDays(current ? 0 : -7);
                v = PartialDate::ofDay(monday.addDays(current ? 0 : 3))
                        .truncated(PartialDate::Precision::Month);
            } else if (m.hasCaptured(6)) {
                const QDate prev = reference.addMonths(-1);
                v = PartialDate::ofMonth(prev.year(), prev.month());
            } else if (m.hasCaptured(7)) {
                v = PartialDate::ofMonth(reference.year(), reference.month());
            } else if (m.hasCaptured(8) || m.hasCaptured(10)) {
                // "il y a trois jours" (day), "two weeks ago" (month of that week)
                const QString n = m.hasCaptured(8) ? m.captured(8) : m.captured(10);
                const bool weeks =
                    (m.hasCaptured(8) ? m.capturedView(9) : m.capturedView(11)).startsWith(u'w') ||
                    (m.hasCaptured(8) ? m.capturedView(9) : m.capturedView(11)).startsWith(u's');
                static const QHash<QString, int> words = {
                    {QStringLiteral("two"), 2},   {QStringLiteral("deux"), 2},
                    {QStringLiteral("three"), 3}, {QStringLiteral("trois"), 3},
                    {QStringLiteral("four"), 4},  {QStringLiteral("quatre"), 4},
                    {QStringLiteral("five"), 5},  {QStringLiteral("cinq"), 5},
                    {QStringLiteral("six"), 6},   {QStringLiteral("seven"), 7},
                    {QStringLiteral("sept"), 7},  {QStringLiteral("eight"), 8},
                    {QStringLiteral("huit"), 8},  {QStringLiteral("ten"), 10},
                    {QStringLiteral("dix"), 10},  {QStringLiteral("quinze"), 15}};
                const int count = words.value(n, n.toInt());
                if (count > 0) {
                    const QDate d = reference.addDays(-(weeks ? 7 : 1) * count);
                    v = PartialDate::ofDay(d);
                    if (weeks)
                        v = v.truncated(PartialDate::Precision::Month);
                }
            } else if (m.hasCaptured(12)) {
                v = PartialDate::ofDay(previousWeekday(reference, 1))
                        .truncated(PartialDate::Precision::Month);
            }
            c.add(m.capturedStart(), m.capturedEnd(), v, K::Relative);
        }
    }
    std::sort(c.out.begin(), c.out.end(), [](const DateMention &a, const DateMention &b) {
        return a.span.start < b.span.start;
    });
    return c.out;
}

PublicationDate findPublicationDate(const TextIndex &index)
{
    static const auto published =
        compile(QStringLiteral("\\b(?:publie|publiee|publication|published|posted|article "
                               "publie|date de publication)\\b"));
    static const auto updated = compile(QStringLiteral("\\b(?:mis a jour|modifie|updated|maj)\\b"));
    PublicationDate best;
    int bestRank = 0;
    const auto &sentences = index.sentences();
    const qsizetype headLimit = std::min<qsizetype>(index.text().size(), 2000);
    for (int i = 0; i < sentences.size(); ++i) {
        const Span &s = sentences.at(i);
        if (s.start > headLimit)
            break;
        const QStringView line = index.foldedSentence(i);
        const QList<DateMention> dates = findDates(line, {});
        for (const DateMention &d : dates) {
            if (d.kind != DateMention::Kind::Full ||
                d.value.precision() != PartialDate::Precision::Day)
                continue;
            // rank: a "Publié le" line, then a short dateline, then any early
            // full date; an update date only when nothing else is there
            const QStringView before = line.left(d.span.start);
            int rank = 1;
            if (published.match(before).hasMatch())
                rank = 5;
            else if (updated.match(before).hasMatch())
                rank = 2;
            else if (line.size() <= 120)
                rank = 4;
            if (rank > bestRank) {
                bestRank = rank;
                best.date = d.value;
                best.span = Span{s.start + d.span.start, s.start + d.span.end};
                best.confidence = rank >= 4 ? 0.9 : 0.6;
            }
            if (bestRank == 5)
                return best;
        }
        // the first dateline wins over later ones; only a "Publié le" on
        // the following lines can still beat it
        if (bestRank == 4 && i + 3 < sentences.size()) {
            bool publishedNext = false;
            for (int j = i + 1; j <= i + 3; ++j)
                if (published.match(index.foldedSentence(j)).hasMatch())
                    publishedNext = true;
            if (!publishedNext)
                return best;
        }
    }
    return best;
}

} // namespace vigie::extract
