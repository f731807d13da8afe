// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Result.h"

#include <QString>

#include <vector>

namespace vigie::db {
class Database;
}

namespace vigie::filter {

// Full-text search over the incidents' title, summary, victims and article
// texts (the FTS5 table incident_fts, tokenizer unicode61 with
// remove_diacritics 2: case and accents folded, so "securite" finds
// "Sécurité"). The query language is deliberately small:
//   words              every word must occur (in any field)
//   secu*              a word starting with "secu"
//   "données de santé" the words in this order
class TextSearch {
public:
    // The FTS5 MATCH expression for a user query: every term quoted, so
    // FTS5 operators typed by accident are plain words. Empty for a query
    // without any word.
    static Result<QString> toFtsQuery(QStringView query);
    // Database ids of the matching incidents, ascending. Indexes the rows of
    // a recent bulk import first (IncidentRepository::indexPending).
    static Result<std::vector<qint64>> run(const db::Database &db, QStringView query);
};

} // namespace vigie::filter
