// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Extraction.h"
#include "TextIndex.h"

namespace vigie::extract {

// threat_actor: the first group of the maintained list (data/threat_actors.txt,
// compiled in as :/extract/threat_actors.txt) that the article names, with
// the most mentions winning; aliases give the canonical name.
void extractThreatActor(const TextIndex &index, Extraction &out);

// The canonical name for a group name or alias, empty when unknown.
QString canonicalThreatActor(const QString &name);

} // namespace vigie::extract
