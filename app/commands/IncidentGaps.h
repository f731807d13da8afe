// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Incident.h"

#include <QStringList>

namespace vigie::commands {

// A stored incident with the gaps an article can fill, filled.
struct GapFill {
    Incident incident;  // the stored incident, its empty fields taken from the article
    QStringList fields; // the schema keys filled ("threat_actor", "occurred"...), form order
    bool isEmpty() const { return fields.isEmpty(); }
};

// What a newly imported article adds to an incident already stored, when it
// joins it as a source. The stored record was reviewed, so only what it does
// not state is taken from the extraction, never a stated value replaced:
//
// - texts (title, threat actor, summary...), the victim kind, records
//   affected: taken when the stored one is empty or unset;
// - victims: the extracted ones when the stored list is empty (no union);
// - sets (attack types, data compromised, data spared, impacts): the
//   extracted set when the stored one is unset or empty (the schema's "not
//   stated"); a stated set is kept as it is (no union);
// - a ransom: taken when none is stated; a stated one with no amount takes
//   the extracted amount and currency;
// - dates (occurred, disclosed): taken when unset, or refined when the
//   extracted date lies within the stored period and is more precise
//   (stored 2024-03, extracted 2024-03-12); `published` only when unset;
// - place: only in the stored country (or when it has none); a region only
//   when the stored department (in France) belongs to it; a department only
//   when it belongs to the stored region (France: by INSEE code; abroad:
//   same region name); a commune only with the same department, or with no
//   department stated on either side and the same or no region.
//
// The sources and the identity (dbId, slug) are the stored one's. Pure.
GapFill fillGaps(const Incident &stored, const Incident &extracted);

} // namespace vigie::commands
