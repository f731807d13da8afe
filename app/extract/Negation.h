// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace vigie::extract {

// Negation and hedging in folded text (see foldText). A clause runs from the
// sentence start or the last contrast word ("mais", "but", "en revanche",
// ";") to the next one: negation never crosses a contrast.
struct Clause {
    qsizetype start = 0;
    qsizetype end = 0;
};
Clause clauseAround(QStringView sentence, qsizetype pos);

// True when a negation cue governs [start, end) of `sentence`: a cue inside
// the span, in the clause up to `window` characters before it, or a verbal
// negation right after it ("aucune fuite ... n'a été constatée", "n'a pas été
// affectée", "were not", "ne serait concernée").
bool isNegated(QStringView sentence, qsizetype start, qsizetype end, qsizetype window = 40);

// True when a negative determiner directly precedes `pos`: "aucune donnée
// médicale", "ni aucun mot de passe", "no patient data".
bool hasNegativeDeterminer(QStringView sentence, qsizetype pos);

// Hedges that make a statement no fact: conditions ("si besoin", "if
// needed"), ignorance ("nous ne savons pas si", "not yet clear"),
// possibilities and warnings ("may include", "pourraient exploiter"),
// generalities ("c'est-à-dire", "généralement").
bool isHedged(QStringView clause);

} // namespace vigie::extract
