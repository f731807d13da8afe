// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Incident.h"

#include <random>

namespace vigie::bench {

// Deterministic incidents with realistic field sizes (title ~80 chars,
// summary ~300 chars, 1-3 victims, 1-3 sources with URLs), French words with
// accents so that the full-text index does real work.
class SyntheticIncidents {
public:
    explicit SyntheticIncidents(quint64 seed = 20250909)
        : m_rng(seed)
    {
    }
    Incident next(qint64 serial);
    // An article text of about `words` words.
    QString articleText(int words);

private:
    QString words(int count);
    int pick(int n) { return int(m_rng() % quint64(n)); }
    std::mt19937_64 m_rng;
};

} // namespace vigie::bench
