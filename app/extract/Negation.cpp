// SPDX-License-Identifier: GPL-3.0-or-later
#include "Negation.h"

#include "Patterns.h"

#include <QRegularExpression>

namespace vigie::extract {

namespace {

const QRegularExpression &contrast()
{
    static const auto re = compilePattern(
        "(?:;|\\bmais\\b|\\bbut\\b|\\ben revanche\\b|\\bhowever\\b|\\bcependant\\b|\\btoutefois\\b|"
        "\\bet "
        "(?=(?:\\d|deux|trois|quatre|cinq|six|sept|huit|dix|plusieurs|certains|certaines)\\b)|"
        "\\btandis que\\b|\\bwhereas\\b|\\balors "
        "que\\b|\\bwhile\\b|\\bneanmoins\\b|\\bnevertheless\\b)");
    return re;
}

const QRegularExpression &negationCue()
{
    static const auto re =
        compilePattern("\\b(?:aucun|aucune|aucuns|aucunes|ni|pas|jamais|sans|nullement|"
                       "no|not|none|nor|never|without|"
                       "cannot|nobody|personne n')\\b|\\bn'|\\bne\\b|n't\\b");
    return re;
}

const QRegularExpression &negationAfter()
{
    static const auto re =
        compilePattern("^[\\s\",]*(?:(?:n'|ne )\\S*|(?:has|have|had|was|were|is|are|did|does|do) "
                       "not\\b|(?:hasn|haven|wasn|weren|isn|aren|didn)'t\\b|"
                       "(?:ont|a|est|sont|serait|seraient|aurait|auraient) "
                       "(?:pas|jamais)\\b|(?:est|sont|a|ont) (?:ete )?epargn)");
    return re;
}

const QRegularExpression &determiner()
{
    static const auto re = compilePattern(
        "(?:\\b(?:aucune?|aucuns|aucune? des|ni(?: aucune?)?|no|none of(?: the| their| its)?|pas "
        "de|pas d'|sans|nor any|without any|without|not any)\\s+(?:\\S+\\s+){0,4}|"
        "\\bpas d')$");
    return re;
}

const QRegularExpression &hedge()
{
    static const auto re = compilePattern(
        "\\b(?:si besoin|si necessaire|en cas de besoin|if needed|if necessary|"
        "ne (?:savons|sait|savent|savait) pas|ignor\\w*|do(?:es)? not (?:yet )?know|don't know|"
        "not (?:yet )?(?:clear|known|confirmed)|unclear|unknown whether|"
        "may (?:have )?includ\\w*|might includ\\w*|may have been|might have been|"
        "pourrai(?:en)?t (?:exploiter|utiliser|servir)|pour se faire passer|could (?:be )?use\\w*|"
        "mettre? en garde|met en garde|warn\\w*|risque\\w*|"
        "c'est-a-dire|generalement|en general|bien souvent|typically|usually|in general|"
        "have ranged|ont varie|interdit)\\b");
    return re;
}

} // namespace

Clause clauseAround(QStringView sentence, qsizetype pos)
{
    Clause c{0, sentence.size()};
    for (auto it = contrast().globalMatch(sentence); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedEnd() <= pos)
            c.start = m.capturedEnd();
        else if (m.capturedStart() >= pos) {
            c.end = m.capturedStart();
            break;
        }
    }
    return c;
}

bool isNegated(QStringView sentence, qsizetype start, qsizetype end, qsizetype window)
{
    const Clause clause = clauseAround(sentence, start);
    const qsizetype from = std::max(clause.start, start - window);
    if (negationCue().match(sentence.mid(from, end - from)).hasMatch())
        return true;
    const qsizetype afterEnd = std::min(clause.end, end + 40);
    return end < afterEnd && negationAfter().match(sentence.mid(end, afterEnd - end)).hasMatch();
}

bool hasNegativeDeterminer(QStringView sentence, qsizetype pos)
{
    const Clause clause = clauseAround(sentence, pos);
    const qsizetype from = std::max(clause.start, pos - 30);
    return determiner().match(sentence.mid(from, pos - from)).hasMatch();
}

bool isHedged(QStringView clause)
{
    return hedge().match(clause).hasMatch();
}

} // namespace vigie::extract
