// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapFeed.h"

#include "MapView.h"

#include "db/Database.h"
#include "geo/FrenchAreas.h"
#include "notify/Notifier.h"

#include <QCoreApplication>

#include <algorithm>

namespace vigie::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vigie::ui::MapFeed", text);
}

// Per dictionary code: incidents, and incidents per attack type.
struct Tally {
    std::vector<int> count;
    std::vector<std::array<int, 16>> attacks;
    explicit Tally(quint32 codes)
        : count(codes, 0)
        , attacks(codes, std::array<int, 16>{})
    {
    }
    void add(quint32 code, quint16 attackBits)
    {
        ++count[code];
        for (int t = 0; attackBits; ++t, attackBits >>= 1)
            if (attackBits & 1)
                ++attacks[code][size_t(t)];
    }
};

void fill(MapInput &input, MapLevel level, const Tally &tally, const filter::Dictionary &dict)
{
    for (quint32 code = 1; code < dict.size(); ++code) {
        if (tally.count[code] == 0)
            continue;
        const QString key = dict.value(code);
        // Abroad the region column holds subdivision names: not on the French map.
        if ((level == MapLevel::Region && !geo::findRegion(key)) ||
            (level == MapLevel::Department && !geo::findDepartment(key)))
            continue;
        input.counts[int(level)].insert(key, tally.count[code]);
        const auto &a = tally.attacks[code];
        const auto top = std::max_element(a.begin(), a.end());
        if (*top > 0 && int(top - a.begin()) < vocabularySize<AttackType>())
            input.details[int(level)].insert(key, tr("Mostly %1 (%2 of %3)")
                                                      .arg(displayName(AttackType(top - a.begin())))
                                                      .arg(*top)
                                                      .arg(tally.count[code]));
    }
}

QStringList sorted(const QSet<QString> &codes)
{
    QStringList list(codes.begin(), codes.end());
    list.sort();
    return list;
}

} // namespace

MapFeed::MapFeed(filter::FilterController &filter, Notifier &notifier, MapView *view,
                 QObject *parent)
    : QObject(parent)
    , m_filter(filter)
    , m_notifier(notifier)
    , m_view(view)
{
    connect(&notifier, &Notifier::filterChanged, this, &MapFeed::refresh);
    connect(&notifier, &Notifier::timeCursorChanged, this, [this](QDate date) {
        m_cursorDay = date.isValid() ? std::optional(qint32(date.toJulianDay())) : std::nullopt;
        refresh();
    });
    connect(view, &MapView::selectionRequested, this,
            [this](MapLevel level, const QSet<QString> &codes) {
                m_filter.setSpec(specFor(m_filter.spec(), level, codes));
            });
    connect(view, &MapView::incidentsSelected, this,
            [this](const QList<qint64> &ids) { Q_EMIT m_notifier.selectionChanged(ids); });
    // The towns follow the data; the filter controller (connected first)
    // has already updated the snapshot when these run.
    connect(&notifier, &Notifier::dataReset, this, [this] {
        m_placesLoaded = false;
        refresh();
    });
    connect(view, &MapView::showPointsChanged, this, &MapFeed::refresh);
    for (auto signal :
         {&Notifier::incidentsAdded, &Notifier::incidentsChanged, &Notifier::incidentsRemoved})
        connect(&notifier, signal, this, [this](const QList<qint64> &ids) {
            updatePlaces(ids);
            refresh();
        });
    refresh();
}

void MapFeed::setDatabase(const db::Database *db)
{
    m_db = db;
    m_view->setDescriber(
        db ? MapView::Describer([db](const QList<qint64> &ids) { return describe(*db, ids); })
           : MapView::Describer());
    m_placesLoaded = false;
    refresh();
}

void MapFeed::loadPlaces()
{
    m_places.clear();
    m_placesLoaded = true;
    if (!m_db)
        return;
    // A failure leaves the layer empty; the areas still work.
    if (Status s = m_places.load(*m_db); !s)
        qWarning("map: %s", qUtf8Printable(s.error()));
}

void MapFeed::updatePlaces(const QList<qint64> &ids)
{
    if (!m_db || !m_placesLoaded || ids.isEmpty())
        return;
    auto records = geo::IncidentPlaces::read(*m_db, ids);
    if (!records) {
        qWarning("map: %s", qUtf8Printable(records.error()));
        return;
    }
    m_places.update(ids, *records);
}

QStringList MapFeed::describe(const db::Database &db, const QList<qint64> &ids)
{
    QStringList labels;
    if (ids.isEmpty())
        return labels;
    QString list = QStringLiteral("[");
    for (qint64 id : ids)
        list += (list.size() > 1 ? QStringLiteral(",") : QString()) + QString::number(id);
    list += u']';
    auto statement = db.prepare("SELECT id, title, occurred_day, occurred_prec FROM incident "
                                "WHERE id IN (SELECT value FROM json_each(?1))");
    QHash<qint64, QString> byId;
    if (statement) {
        statement->bind(1, list);
        while (statement->step()) {
            const PartialDate date =
                PartialDate::fromStorage(statement->int64(2), statement->integer(3));
            const QString title = statement->text(1);
            byId.insert(statement->int64(0),
                        date.isNull() ? title : date.toIso() + QStringLiteral("  ") + title);
        }
    }
    for (qint64 id : ids)
        labels.append(byId.value(id));
    return labels;
}

std::optional<QDate> MapFeed::cursor() const
{
    if (!m_cursorDay)
        return std::nullopt;
    return QDate::fromJulianDay(*m_cursorDay);
}

void MapFeed::refresh()
{
    // The towns are read when the layer is first shown (about a second
    // for a million incidents), then kept up to date.
    const bool points = m_db && m_view->showsPoints();
    if (points && !m_placesLoaded)
        loadPlaces();
    MapInput input = buildInput(m_filter.engine(), m_filter.snapshot(), m_cursorDay,
                                points ? &m_places : nullptr);
    // The view's own choices are not the engine's to reset.
    input.measure = m_view->measure();
    input.showPoints = m_view->showsPoints();
    m_view->setInput(input);
}

MapInput MapFeed::buildInput(const filter::FilterEngine &engine, const filter::Snapshot &s,
                             std::optional<qint32> cursorDay, const geo::IncidentPlaces *places)
{
    MapInput input;
    const filter::FilterSpec &spec = engine.spec();
    const filter::DateField field = spec.dateField;
    auto inTime = [&](qint32 row) {
        // A period counts once it has begun.
        return !cursorDay || (s.precision(field, row) != PartialDate::Precision::None &&
                              s.day(field, row) <= *cursorDay);
    };

    // Regions and departments: the engine's region group (it ignores both
    // French dimensions, so a click keeps every area visible).
    const std::vector<quint8> french = engine.groupMembers(filter::Group::Region);
    Tally regions(s.regions().size()), departments(s.departments().size());
    QSet<QString> sharedRegions;
    for (qint32 row = 0; row < qint32(french.size()); ++row) {
        if (!french[size_t(row)] || !inTime(row))
            continue;
        const quint16 r = s.region(row), d = s.department(row);
        if (r)
            regions.add(r, s.attackTypes(row));
        if (d)
            departments.add(d, s.attackTypes(row));
        // A region but no department: a shared regional system (a GHT's
        // server, a regional platform) that touches every department.
        if (r && !d && geo::findRegion(s.regions().value(r)))
            sharedRegions.insert(s.regions().value(r));
    }
    fill(input, MapLevel::Region, regions, s.regions());
    fill(input, MapLevel::Department, departments, s.departments());
    input.shared[int(MapLevel::Region)] = sharedRegions;
    for (const geo::Department &d : geo::departments())
        if (sharedRegions.contains(d.regionCode))
            input.shared[int(MapLevel::Department)].insert(d.code);

    const std::vector<quint8> world = engine.groupMembers(filter::Group::Country);
    Tally countries(s.countries().size());
    for (qint32 row = 0; row < qint32(world.size()); ++row)
        if (world[size_t(row)] && s.country(row) && inTime(row))
            countries.add(s.country(row), s.attackTypes(row));
    fill(input, MapLevel::World, countries, s.countries());

    input.selected[int(MapLevel::Region)] = QSet<QString>(spec.regions.begin(), spec.regions.end());
    input.selected[int(MapLevel::Department)] =
        QSet<QString>(spec.departments.begin(), spec.departments.end());
    input.selected[int(MapLevel::World)] =
        QSet<QString>(spec.countries.begin(), spec.countries.end());
    if (places)
        addPoints(input, engine, s, *places, cursorDay);
    return input;
}

void MapFeed::addPoints(MapInput &input, const filter::FilterEngine &engine,
                        const filter::Snapshot &s, const geo::IncidentPlaces &places,
                        std::optional<qint32> cursorDay)
{
    const filter::DateField field = engine.spec().dateField;
    const std::vector<quint8> selected = engine.groupMembers(filter::Group::Selected);
    const qint64 france = s.countries().find(QStringLiteral("FR"));
    const auto &entries = places.entries();
    std::vector<QList<qint64>> ids(size_t(places.places().size()));
    std::array<int, geo::kMapLevelCount> unplaced{};
    // Rows and entries are both in database id order: one walk, no hashing.
    size_t e = 0;
    for (qint32 row = 0; row < qint32(selected.size()); ++row) {
        if (!selected[size_t(row)])
            continue;
        if (cursorDay && (s.precision(field, row) == PartialDate::Precision::None ||
                          s.day(field, row) > *cursorDay))
            continue;
        const qint64 id = s.dbId(row);
        while (e < entries.size() && entries[e].first < id)
            ++e;
        const bool french = france > 0 && s.country(row) == france;
        if (e < entries.size() && entries[e].first == id) {
            ids[size_t(entries[e].second)].append(id);
            continue;
        }
        ++unplaced[int(MapLevel::World)];
        if (french)
            ++unplaced[int(MapLevel::Region)];
    }
    unplaced[int(MapLevel::Department)] = unplaced[int(MapLevel::Region)];
    input.unplaced = unplaced;
    const auto &all = places.places();
    for (size_t p = 0; p < ids.size(); ++p) {
        if (ids[p].isEmpty())
            continue;
        const geo::Place &place = all[qsizetype(p)];
        input.points.append(
            {place.key, place.name, place.countryCode, place.lonLat, std::move(ids[p])});
    }
}

filter::FilterSpec MapFeed::specFor(filter::FilterSpec spec, MapLevel level,
                                    const QSet<QString> &codes)
{
    // A region and a department filter at once would intersect: the map
    // keeps one French dimension, the level's.
    switch (level) {
    case MapLevel::Region:
        spec.regions = sorted(codes);
        spec.departments.clear();
        break;
    case MapLevel::Department:
        spec.departments = sorted(codes);
        spec.regions.clear();
        break;
    case MapLevel::World:
        spec.countries = sorted(codes);
        break;
    }
    return spec;
}

} // namespace vigie::ui
