// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DateFinder.h"
#include "Extraction.h"
#include "TextIndex.h"

#include <QDate>

namespace vigie::extract {

// One organisation the article names, with all its mentions merged ("CHU de
// Brest", "centre hospitalier de Brest", "CHRU de Brest").
struct VictimCandidate {
    QString name;      // the fullest form, as written
    QString placePart; // what follows the institution word: "Brest", "La Réunion"
    VictimKind kind = VictimKind::Other;
    bool kindFromHead = false; // the kind comes from an institution word
    bool reporter = false;     // an ARS or ministry: reports, rarely the victim
    double score = 0;
    QList<Span> mentions;
    QStringList placeParts; // every place part seen in its mentions
};

// Parts of sentences about other incidents than the article's own: from a
// cue on ("déjà vécu par", "un mois après celle qui", "similar to",
// "dirigés vers l'hôpital de Pau"), or whole sentences dated well before
// publication. One entry per sentence: the text offset where the
// distraction starts, -1 for none.
using Distractors = QList<qsizetype>;
// `dates` are findDates() over the whole folded text.
Distractors distractorSentences(const TextIndex &index, QDate published,
                                const QList<DateMention> &dates);
// True when `pos` lies in the distracting part of its sentence.
bool isDistractor(const Distractors &distractors, const TextIndex &index, qsizetype pos);

// Named organisations, the article's main victim first. Weighted by
// position (headline and lead count more), frequency, and whether the
// sentence is about another incident.
QList<VictimCandidate> findVictims(const TextIndex &index, const Distractors &distractors,
                                   const QString &threatActor);

// Fills victims and victim_kind from the candidates.
void applyVictims(const QList<VictimCandidate> &candidates, const TextIndex &index,
                  Extraction &out);

} // namespace vigie::extract
