// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Extraction.h"
#include "TextIndex.h"
#include "Victims.h"

namespace vigie::geo {
class Gazetteer;
}

namespace vigie::extract {

// country, region, department and commune of the main victim, from (in
// order) an explicit location next to it ("à Chambray-lès-Tours
// (Indre-et-Loire)", "installé au Chesnay-Rocquencourt (Yvelines)"), the
// place in its name ("CHU de Rennes", "Clinic Hospital in Barcelona"),
// department hints in the headline and lead ("Loire :", "(59)", "dans la
// Marne") and region names ("des Hauts-de-France"). Abroad: the country most
// mentioned, the town in the victim's name or the headline, and the town's
// first-level subdivision. Sentences about other incidents are ignored.
void extractPlace(const TextIndex &index, const QList<VictimCandidate> &victims,
                  const Distractors &distractors, const QString &language,
                  const geo::Gazetteer &gazetteer, Extraction &out);

} // namespace vigie::extract
