// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilterController.h"

#include "TextSearch.h"

#include "notify/Notifier.h"

namespace vigie::filter {

FilterController::FilterController(const db::Database &db, Notifier &notifier, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_notifier(notifier)
    , m_snapshot(std::make_unique<Snapshot>())
    , m_engine(std::make_unique<FilterEngine>(*m_snapshot))
{
    connect(&notifier, &Notifier::incidentsAdded, this, &FilterController::onIncidents);
    connect(&notifier, &Notifier::incidentsChanged, this, &FilterController::onIncidents);
    connect(&notifier, &Notifier::incidentsRemoved, this, &FilterController::onIncidents);
    connect(&notifier, &Notifier::dataReset, this, [this] { reload(); });
}

Status FilterController::reload()
{
    auto loaded = Snapshot::load(m_db);
    if (!loaded)
        return Status::failure(loaded.error());
    const FilterSpec spec = m_engine->spec();
    // The engine refers to the snapshot: replace both together.
    m_engine.reset();
    *m_snapshot = std::move(*loaded);
    m_engine = std::make_unique<FilterEngine>(*m_snapshot, spec);
    Status s = refreshText();
    Q_EMIT m_notifier.filterChanged();
    return s;
}

Status FilterController::refreshText()
{
    const QString text = m_engine->spec().text.trimmed();
    if (text.isEmpty()) {
        m_engine->setTextMatches(std::nullopt);
        return {};
    }
    auto matches = TextSearch::run(m_db, text);
    if (!matches)
        return Status::failure(matches.error());
    m_engine->setTextMatches(std::move(*matches));
    return {};
}

Status FilterController::setSpec(const FilterSpec &spec)
{
    const bool textChanged = spec.text.trimmed() != m_engine->spec().text.trimmed();
    if (textChanged && !spec.text.trimmed().isEmpty()) {
        // Check the query before touching anything.
        if (auto fts = TextSearch::toFtsQuery(spec.text); !fts)
            return Status::failure(fts.error());
    }
    m_engine->setSpec(spec);
    Status s;
    if (textChanged)
        s = refreshText();
    Q_EMIT m_notifier.filterChanged();
    return s;
}

void FilterController::onIncidents(const QList<qint64> &ids)
{
    bool moved = false;
    for (qint64 id : ids) {
        const auto record = Snapshot::loadRecord(m_db, id);
        const qint32 before = m_snapshot->size();
        qint32 row = -1;
        if (record)
            row = m_snapshot->upsert(*record);
        else
            row = m_snapshot->remove(id);
        if (row < 0)
            continue;
        // An insert below the highest id shifts rows: the engine rebuilds.
        if (m_snapshot->size() > before && row != m_snapshot->size() - 1)
            moved = true;
        else if (!moved)
            m_engine->rowChanged(row);
    }
    if (moved)
        m_engine->rebuild();
    if (!m_engine->spec().text.trimmed().isEmpty())
        refreshText(); // new or edited texts may match now
    Q_EMIT m_notifier.filterChanged();
}

} // namespace vigie::filter
