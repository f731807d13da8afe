// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkKeys.h"

#include "Database.h"
#include "model/Incident.h"

namespace vigie::db {

namespace {

// The fields a page without text is shared on, as the SQL query of
// IncidentRepository::storeSource compares them (NULL and '' alike: both
// hash as an empty string). Hashed from the UTF-16 strings the rows come in,
// so inserting a row converts nothing.
size_t pageKey(QStringView url, QStringView outlet, qint64 day, int precision, QStringView language,
               QStringView title)
{
    return qHashMulti(0, url, outlet, day, precision, language, title);
}

size_t pageKey(const Source &s)
{
    return pageKey(s.url, s.outlet, s.published.firstJulianDay(), int(s.published.precision()),
                   s.language, s.title);
}

// The first row with a key is the one the SQL look-ups would find too
// (lowest id), so a later duplicate never shadows it.
void insertFirst(QHash<size_t, qint64> &map, size_t key, qint64 id)
{
    if (!map.contains(key))
        map.insert(key, id);
}

bool confirmed(Statement *s)
{
    const bool found = s && s->step();
    if (s)
        s->reset();
    return found;
}

} // namespace

Status BulkKeys::load()
{
    m_slugs.clear();
    m_hashes.clear();
    m_pages.clear();
    auto slugs = m_db.prepare("SELECT id, slug FROM incident WHERE slug IS NOT NULL");
    auto hashes = m_db.prepare("SELECT id, text_hash FROM source WHERE text_hash IS NOT NULL");
    auto pages = m_db.prepare("SELECT id, url, outlet, coalesce(published_day, 0), "
                              "published_prec, language, title FROM source "
                              "WHERE text IS NULL AND url IS NOT NULL");
    if (!slugs || !hashes || !pages)
        return Status::failure(m_db.lastError());
    while (slugs->step())
        insertFirst(m_slugs, qHash(slugs->text(1)), slugs->int64(0));
    while (hashes->step())
        insertFirst(m_hashes, qHash(QByteArrayView(hashes->blob(1))), hashes->int64(0));
    while (pages->step())
        insertFirst(m_pages,
                    pageKey(pages->text(1), pages->text(2), pages->int64(3), pages->integer(4),
                            pages->text(5), pages->text(6)),
                    pages->int64(0));
    if (!slugs->ok() || !hashes->ok() || !pages->ok())
        return Status::failure(m_db.lastError());
    return {};
}

BulkKeys::Lookup BulkKeys::slug(const QString &slug) const
{
    const auto it = m_slugs.constFind(qHash(slug));
    if (it == m_slugs.cend())
        return Lookup::Absent;
    Statement *s = m_db.cached("SELECT 1 FROM incident WHERE id = ?1 AND slug = ?2");
    if (!s)
        return Lookup::Unsure;
    s->bind(1, *it).bind(2, slug);
    return confirmed(s) ? Lookup::Found : Lookup::Unsure;
}

BulkKeys::Lookup BulkKeys::sourceByHash(const QByteArray &textHash, qint64 *id) const
{
    const auto it = m_hashes.constFind(qHash(QByteArrayView(textHash)));
    if (it == m_hashes.cend())
        return Lookup::Absent;
    Statement *s = m_db.cached("SELECT 1 FROM source WHERE id = ?1 AND text_hash = ?2");
    if (!s)
        return Lookup::Unsure;
    s->bind(1, *it).bind(2, textHash);
    if (!confirmed(s))
        return Lookup::Unsure;
    *id = *it;
    return Lookup::Found;
}

BulkKeys::Lookup BulkKeys::page(const Source &source, qint64 *id, size_t *key) const
{
    *key = pageKey(source);
    const auto it = m_pages.constFind(*key);
    if (it == m_pages.cend())
        return Lookup::Absent;
    // The same conditions as the SQL look-up, on one row.
    Statement *s = m_db.cached(
        "SELECT 1 FROM source WHERE id = ?7 AND url = ?1 AND text IS NULL "
        "AND coalesce(outlet,'') = ?2 AND coalesce(published_day, 0) = ?3 "
        "AND published_prec = ?4 AND coalesce(language,'') = ?5 AND coalesce(title,'') = ?6");
    if (!s)
        return Lookup::Unsure;
    s->bind(1, source.url).bindText(2, source.outlet);
    s->bind(3, source.published.firstJulianDay()).bind(4, int(source.published.precision()));
    s->bindText(5, source.language).bindText(6, source.title).bind(7, *it);
    if (!confirmed(s))
        return Lookup::Unsure;
    *id = *it;
    return Lookup::Found;
}

void BulkKeys::addSlug(const QString &slug, qint64 incidentId)
{
    insertFirst(m_slugs, qHash(slug), incidentId);
}

void BulkKeys::addSource(const Source &source, qint64 sourceId, std::optional<size_t> key)
{
    if (!source.textHash.isEmpty())
        insertFirst(m_hashes, qHash(QByteArrayView(source.textHash)), sourceId);
    if (source.text.isEmpty() && !source.url.isNull())
        insertFirst(m_pages, key ? *key : pageKey(source), sourceId);
}

} // namespace vigie::db
