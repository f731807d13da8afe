// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Extraction.h"
#include "TextIndex.h"

namespace vigie::extract {

// The lexicon-based fields: each reads the whole article once with
// precompiled patterns over the folded text and records its evidence.
// They fill the corresponding members of `out.incident`.

// attack_types: ransomware, data theft, DDoS, phishing, credential abuse,
// insider, malware, intrusion (only when nothing more specific), unknown
// (an attack with no stated type).
void extractAttackTypes(const TextIndex &index, Extraction &out);

// data_compromised and data_spared: categories near a compromise predicate
// ("volées", "exfiltrated", "ont été exposés") with its polarity; negated
// ones ("aucune donnée médicale n'a été touchée") are spared; hedged clauses
// ("nous ne savons pas si", "may include") count for neither.
void extractDataCategories(const TextIndex &index, Extraction &out);

// impacts, with negation ("aucune opération n'a été déprogrammée") and
// conditions ("pourront, si besoin, être orientés") excluded;
// none_reported only when no other effect is found.
void extractImpacts(const TextIndex &index, Extraction &out);

// ransom_demanded: an amount and currency in a sentence about a demand, or
// {null, null} for a demand with no amount (also implied by "nous ne
// paierons pas"); denials and generalities give nothing.
void extractRansom(const TextIndex &index, Extraction &out);

// records_affected: "3,2 millions de patients concernés", "1.4 million
// patients' records"; population served and staff counts are not records.
void extractRecords(const TextIndex &index, Extraction &out);

// Parses a French or English amount: "10 millions" -> 1e7, "1,4 million" ->
// 1.4e6, "50 000" -> 50000, "4.2" -> 4.2, "25,000" -> 25000. -1 when none.
double parseAmount(QStringView number, QStringView multiplier = {});

} // namespace vigie::extract
