// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineFeed.h"

#include "TimelineView.h"

#include "geo/FrenchAreas.h"
#include "models/IncidentRowReader.h"
#include "notify/Notifier.h"

#include <QCollator>

#include <algorithm>
#include <limits>
#include <numeric>

namespace vigie::ui {

namespace {

// Past this many incidents the tooltip goes without victim names rather
// than keep every name in memory a second time (the table has them).
constexpr qint32 maxVictimNames = 200000;

QString placeOf(const filter::Snapshot &s, qint32 row)
{
    const quint16 dept = s.department(row);
    const quint16 region = s.region(row);
    const QString country = s.countries().value(s.country(row));
    if (dept != 0) {
        const QString code = s.departments().value(dept);
        if (const auto *d = geo::findDepartment(code))
            return QStringLiteral("%1 (%2)").arg(d->name, code);
        return code;
    }
    if (region != 0)
        return geo::regionDisplayName(country, s.regions().value(region));
    return country;
}

} // namespace

TimelineFeed::TimelineFeed(const db::Database &db, filter::FilterController &filter,
                           Notifier &notifier, TimelineView *view, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_filter(filter)
    , m_notifier(notifier)
    , m_view(view)
{
    m_brushTimer.setSingleShot(true);
    m_brushTimer.setInterval(40);
    connect(&m_brushTimer, &QTimer::timeout, this, &TimelineFeed::applyPendingBrush);

    connect(&notifier, &Notifier::filterChanged, this, &TimelineFeed::onFilterChanged);
    connect(&notifier, &Notifier::dataReset, this, [this] {
        m_victims.clear();
        reload();
    });
    connect(&notifier, &Notifier::incidentsAdded, this, &TimelineFeed::onIncidents);
    connect(&notifier, &Notifier::incidentsChanged, this, &TimelineFeed::onIncidents);
    connect(&notifier, &Notifier::selectionChanged, view,
            [view](const QList<qint64> &ids) { view->setSelectedId(ids.value(0, -1)); });

    connect(view, &TimelineView::incidentSelected, this, [this](qint64 id) {
        Q_EMIT m_notifier.selectionChanged(id < 0 ? QList<qint64>{} : QList<qint64>{id});
    });
    connect(view, &TimelineView::dateRangeBrushed, this, &TimelineFeed::onBrushed);
    connect(view, &TimelineView::brushCleared, this, &TimelineFeed::onBrushCleared);
    connect(view, &TimelineView::cursorDateChanged, &notifier, &Notifier::timeCursorChanged);
    reload();
}

TimelineData TimelineFeed::buildData(const filter::Snapshot &s, filter::DateField field,
                                     const QHash<qint64, QString> &victims)
{
    TimelineData d;
    // Lane codes in the collation order of the regions' display names.
    const QStringList &codes = s.regions().values();
    std::vector<quint16> laneOf(size_t(codes.size()), TimelineData::NoRegion);
    {
        QStringList names;
        for (const QString &code : codes)
            names.append(geo::regionDisplayName(QStringLiteral("FR"), code));
        std::vector<int> order(size_t(std::max<qsizetype>(codes.size() - 1, 0)));
        std::iota(order.begin(), order.end(), 1); // code 0 is "not stated"
        QCollator collator{QLocale()};
        std::sort(order.begin(), order.end(),
                  [&](int a, int b) { return collator.compare(names[a], names[b]) < 0; });
        for (int code : order) {
            laneOf[size_t(code)] = quint16(d.regionNames.size());
            d.regionNames.append(names[code]);
        }
    }
    const qint32 n = s.size();
    d.reserve(n);
    const bool withText = n <= maxVictimNames;
    if (withText) {
        d.victim.reserve(n);
        d.place.reserve(n);
    }
    for (qint32 row = 0; row < n; ++row) {
        const PartialDate date = s.date(field, row);
        const auto p = TimelineData::Precision(quint8(date.precision()));
        const quint8 kind = s.victimKindCode(row);
        d.append(s.dbId(row), p, qint32(date.firstJulianDay()), qint32(date.lastJulianDay()),
                 s.attackTypes(row), s.impacts(row), laneOf[s.region(row)],
                 kind == 0 ? TimelineData::NoCode : quint8(kind - 1), !s.isRemoved(row));
        if (withText) {
            d.victim.append(victims.value(s.dbId(row)));
            d.place.append(placeOf(s, row));
        }
    }
    return d;
}

std::vector<quint8> TimelineFeed::shownFlags(const filter::FilterEngine &engine)
{
    std::vector<quint8> flags = engine.groupMembers(filter::Group::Date);
    for (quint8 &f : flags)
        f = f ? TimelineData::Shown : 0;
    return flags;
}

std::optional<std::pair<qint32, qint32>> TimelineFeed::brushOf(const filter::FilterSpec &spec,
                                                               const TimelineData &data)
{
    if (!spec.hasDateRange())
        return std::nullopt;
    qint32 lo = std::numeric_limits<qint32>::max(), hi = std::numeric_limits<qint32>::min();
    for (qsizetype i = 0; i < data.size(); ++i)
        if (data.isDated(i)) {
            lo = std::min(lo, data.firstDay[size_t(i)]);
            hi = std::max(hi, data.lastDay[size_t(i)]);
        }
    const qint32 from = spec.from.isNull() ? lo : qint32(spec.firstDay());
    const qint32 to = spec.to.isNull() ? hi : qint32(spec.lastDay());
    if (from > to)
        return std::nullopt;
    return std::pair(from, to);
}

TimelineViewState TimelineFeed::fullView(const TimelineData &data, const filter::FilterSpec &spec)
{
    TimelineViewState state;
    qint32 lo = std::numeric_limits<qint32>::max(), hi = std::numeric_limits<qint32>::min();
    for (qsizetype i = 0; i < data.size(); ++i)
        if (data.isDated(i) && data.isShown(i)) {
            lo = std::min(lo, data.firstDay[size_t(i)]);
            hi = std::max(hi, data.lastDay[size_t(i)]);
        }
    if (lo > hi) { // nothing dated: a recent decade
        lo = qint32(QDate(2016, 1, 1).toJulianDay());
        hi = qint32(QDate(2025, 12, 31).toJulianDay());
    }
    state.startDay = double(QDate(QDate::fromJulianDay(lo).year(), 1, 1).toJulianDay());
    state.endDay = double(QDate(QDate::fromJulianDay(hi).year() + 1, 1, 1).toJulianDay());
    if (const auto b = brushOf(spec, data)) {
        state.brushFrom = b->first;
        state.brushTo = b->second;
    }
    return state;
}

void TimelineFeed::reload()
{
    const filter::Snapshot &s = m_filter.snapshot();
    if (m_victims.isEmpty() && s.liveCount() > 0 && s.size() <= maxVictimNames) {
        const QList<IncidentRow> rows = IncidentRowReader(m_db).readAll();
        for (const IncidentRow &r : rows)
            m_victims.insert(r.id, r.victims.isEmpty() ? r.title : r.victims.join(u", "));
    }
    m_field = m_filter.spec().dateField;
    TimelineData data = buildData(s, m_field, m_victims);
    data.flags = shownFlags(m_filter.engine());
    const bool first = m_rows < 0;
    m_revision = s.revision();
    m_rows = s.size();
    m_view->setData(std::move(data));
    if (first) // the data's years, not the view's default decades
        m_view->fitAll();
    followSpecDate();
}

void TimelineFeed::onIncidents(const QList<qint64> &ids)
{
    // The controller has already updated the snapshot and emitted
    // filterChanged; refresh the tooltip names, then the data.
    if (m_filter.snapshot().size() > maxVictimNames)
        return;
    for (const IncidentRow &r : IncidentRowReader(m_db).read(ids))
        m_victims.insert(r.id, r.victims.isEmpty() ? r.title : r.victims.join(u", "));
    reload();
}

void TimelineFeed::onFilterChanged()
{
    const filter::Snapshot &s = m_filter.snapshot();
    if (s.revision() != m_revision || s.size() != m_rows || m_filter.spec().dateField != m_field) {
        reload();
        return;
    }
    m_view->setShownFlags(shownFlags(m_filter.engine()));
    followSpecDate();
}

void TimelineFeed::followSpecDate()
{
    // While a drag is being applied the spec lags behind the brush.
    if (m_applying || m_brushTimer.isActive())
        return;
    const auto b = brushOf(m_filter.spec(), m_view->data());
    m_applying = true;
    if (b)
        m_view->setBrush(QDate::fromJulianDay(b->first), QDate::fromJulianDay(b->second));
    else
        m_view->clearBrush();
    m_applying = false;
}

void TimelineFeed::onBrushed(QDate from, QDate to)
{
    if (m_applying)
        return;
    m_pendingBrush = std::pair(from, to);
    m_pendingClear = false;
    if (!m_brushTimer.isActive())
        m_brushTimer.start();
}

void TimelineFeed::onBrushCleared()
{
    if (m_applying)
        return;
    m_pendingBrush.reset();
    m_pendingClear = true;
    m_brushTimer.stop();
    applyPendingBrush();
}

void TimelineFeed::applyPendingBrush()
{
    filter::FilterSpec spec = m_filter.spec();
    if (m_pendingBrush) {
        spec.from = PartialDate::ofDay(m_pendingBrush->first);
        spec.to = PartialDate::ofDay(m_pendingBrush->second);
    } else if (m_pendingClear) {
        spec.from = PartialDate();
        spec.to = PartialDate();
    }
    m_pendingBrush.reset();
    m_pendingClear = false;
    if (spec == m_filter.spec())
        return;
    m_applying = true;
    m_filter.setSpec(spec);
    m_applying = false;
}

} // namespace vigie::ui
