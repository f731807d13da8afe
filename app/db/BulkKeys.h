// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace vigie {
struct Source;
}

namespace vigie::db {

class Database;

// In-memory look-ups that replace, during a bulk insert, the per-row SQL
// queries that keep slugs unique and share sources (by text hash, or by every
// field for pages without text). Each map holds a 64-bit hash of the key and
// the id of the first row with that key: a miss is certain (the maps hold every
// key of the database), a hit is confirmed by a primary-key read of that row,
// and a hit that is not confirmed (two keys with one hash: practically never)
// is answered Unsure, for the caller to run the SQL query.
class BulkKeys {
public:
    explicit BulkKeys(const Database &db)
        : m_db(db)
    {
    }
    // Reads every key already stored (including this transaction's rows).
    Status load();

    enum class Lookup { Absent, Found, Unsure };
    Lookup slug(const QString &slug) const;
    Lookup sourceByHash(const QByteArray &textHash, qint64 *id) const;
    // `key` receives the page's key, for addSource().
    Lookup page(const Source &source, qint64 *id, size_t *key) const;

    void addSlug(const QString &slug, qint64 incidentId);
    // The suffix to try first for a slug made from `base` (0: `base` itself),
    // and the one after the suffix just used: a thousand incidents of one
    // hospital in one month take one look-up each, not a thousand.
    int nextSuffix(const QString &base) const { return m_suffixes.value(qHash(base), 0); }
    void setNextSuffix(const QString &base, int n) { m_suffixes.insert(qHash(base), n); }
    // Registers a source just stored, under the keys its row answers to.
    // `pageKey`: from page(), when it was asked about this source.
    void addSource(const Source &source, qint64 sourceId, std::optional<size_t> pageKey = {});

private:
    const Database &m_db;
    QHash<size_t, qint64> m_slugs, m_hashes, m_pages;
    QHash<size_t, int> m_suffixes;
};

} // namespace vigie::db
