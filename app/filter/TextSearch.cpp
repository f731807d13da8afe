// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextSearch.h"

#include "db/Database.h"
#include "db/IncidentRepository.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace vigie::filter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TextSearch", text);
}

QString ftsString(QStringView text)
{
    QString out = QStringLiteral("\"");
    for (QChar c : text) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    return out + u'"';
}

bool hasWord(QStringView text)
{
    for (QChar c : text)
        if (c.isLetterOrNumber())
            return true;
    return false;
}

} // namespace

Result<QString> TextSearch::toFtsQuery(QStringView query)
{
    QStringList terms;
    qsizetype i = 0;
    while (i < query.size()) {
        if (query[i].isSpace()) {
            ++i;
            continue;
        }
        if (query[i] == u'"') {
            const qsizetype close = query.indexOf(u'"', i + 1);
            if (close < 0)
                return Result<QString>::failure(
                    tr("The search \"%1\" has an unterminated quote.").arg(query.toString()));
            const QStringView phrase = query.mid(i + 1, close - i - 1);
            if (hasWord(phrase))
                terms.append(ftsString(phrase));
            i = close + 1;
            continue;
        }
        qsizetype end = i;
        while (end < query.size() && !query[end].isSpace() && query[end] != u'"')
            ++end;
        QStringView word = query.mid(i, end - i);
        const bool prefix = word.endsWith(u'*');
        while (word.endsWith(u'*'))
            word.chop(1);
        if (hasWord(word))
            terms.append(ftsString(word) + (prefix ? QStringLiteral("*") : QString()));
        i = end;
    }
    return terms.join(u' ');
}

Result<std::vector<qint64>> TextSearch::run(const db::Database &db, QStringView query)
{
    using R = Result<std::vector<qint64>>;
    const auto fts = toFtsQuery(query);
    if (!fts)
        return R::failure(fts.error());
    std::vector<qint64> ids;
    if (fts->isEmpty())
        return ids;
    db::IncidentRepository repo(db);
    if (repo.hasPendingIndex())
        if (Status s = repo.indexPending(); !s)
            return R::failure(
                tr("The full-text index could not be brought up to date: %1").arg(s.error()));
    db::Statement *s =
        db.cached("SELECT rowid FROM incident_fts WHERE incident_fts MATCH ? ORDER BY rowid");
    if (!s)
        return R::failure(db.lastError());
    s->bind(1, *fts);
    while (s->step())
        ids.push_back(s->int64(0));
    const QString error = s->error();
    s->reset();
    if (!error.isEmpty())
        return R::failure(tr("The search \"%1\" failed: %2").arg(query.toString(), error));
    return ids;
}

} // namespace vigie::filter
