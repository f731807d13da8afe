// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DateFinder.h"
#include "Extraction.h"
#include "TextIndex.h"
#include "Victims.h"

#include <QDate>

namespace vigie::extract {

// occurred and disclosed, from every date expression of the article
// resolved against the publication date:
// - candidates are dates in sentences about the attack, not after the
//   publication, not about another incident (see distractorSentences), a
//   claim ("revendiqué") or a complaint;
// - occurred is the earliest of them (the attack comes before everything
//   the article reports), refined to a finer date inside it ("au mois
//   d'août" ... "le 31 août");
// - disclosed is a later date in a sentence about an announcement;
// - with no candidate, an article reporting an attack under way gives the
//   publication month.
// `dates` are findDates() over the whole folded text.
void extractIncidentDates(const TextIndex &index, QDate published, const QList<DateMention> &dates,
                          const Distractors &distractors, Extraction &out);

} // namespace vigie::extract
