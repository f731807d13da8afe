// SPDX-License-Identifier: GPL-3.0-or-later
#include "SavedViewRepository.h"

#include "Database.h"

#include <QCollator>
#include <QCoreApplication>

#include <algorithm>

namespace vigie::db {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SavedViewRepository", text);
}

} // namespace

Result<QList<SavedView>> SavedViewRepository::list() const
{
    using R = Result<QList<SavedView>>;
    auto q = m_db.prepare("SELECT id, name, filter FROM saved_view");
    if (!q)
        return R::failure(q.error());
    QList<SavedView> views;
    while (q->step())
        views.append({q->int64(0), q->text(1), q->text(2)});
    if (!q->ok())
        return R::failure(q->error());
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(views.begin(), views.end(), [&collator](const SavedView &a, const SavedView &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return views;
}

Result<qint64> SavedViewRepository::save(const QString &name, const QString &filter)
{
    using R = Result<qint64>;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return R::failure(tr("A saved view needs a name."));
    auto q = m_db.prepare("INSERT INTO saved_view(name, filter) VALUES (?1, ?2) "
                          "ON CONFLICT(name) DO UPDATE SET filter = excluded.filter "
                          "RETURNING id");
    if (!q)
        return R::failure(q.error());
    q->bindText(1, trimmed).bindText(2, filter);
    if (!q->step())
        return R::failure(q->ok() ? tr("The view was not saved.") : q->error());
    const qint64 id = q->int64(0);
    while (q->step()) {
    }
    if (!q->ok())
        return R::failure(q->error());
    return id;
}

Status SavedViewRepository::rename(qint64 id, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Status::failure(tr("A saved view needs a name."));
    auto q = m_db.prepare("UPDATE saved_view SET name = ?1 WHERE id = ?2");
    if (!q)
        return Status::failure(q.error());
    q->bindText(1, trimmed).bind(2, id);
    if (Status s = q->exec(); !s)
        return Status::failure(tr("Cannot rename the view to \"%1\": %2").arg(trimmed, s.error()));
    return {};
}

Status SavedViewRepository::remove(qint64 id)
{
    auto q = m_db.prepare("DELETE FROM saved_view WHERE id = ?1");
    if (!q)
        return Status::failure(q.error());
    q->bind(1, id);
    return q->exec();
}

} // namespace vigie::db
