// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartData.h"

#include "geo/FrenchAreas.h"
#include "widgets/Palette.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDate>

#include <algorithm>
#include <bit>
#include <limits>

namespace vigie::ui {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("vigie::ui::ChartData", text, nullptr, n);
}

constexpr std::array<const char *, chartKindCount> chartNames = {
    "time", "attack", "region", "kind", "data", "cumulative", "actors"};

// A period of a time chart: its index from January of the first year.
int periodOf(int yearOffset, int month, TimeStep step)
{
    switch (step) {
    case TimeStep::Month:
        return yearOffset * 12 + month - 1;
    case TimeStep::Quarter:
        return yearOffset * 4 + (month - 1) / 3;
    case TimeStep::Year:
        return yearOffset;
    }
    return 0;
}

struct Period {
    int year = 0, firstMonth = 1, lastMonth = 12;
    PartialDate from() const
    {
        return firstMonth == 1 && lastMonth == 12 ? PartialDate::ofYear(year)
                                                  : PartialDate::ofMonth(year, firstMonth);
    }
    PartialDate to() const
    {
        return firstMonth == 1 && lastMonth == 12 ? PartialDate::ofYear(year)
                                                  : PartialDate::ofMonth(year, lastMonth);
    }
    qint64 firstDay() const { return QDate(year, firstMonth, 1).toJulianDay(); }
    qint64 lastDay() const
    {
        const QDate d(year, lastMonth, 1);
        return QDate(year, lastMonth, d.daysInMonth()).toJulianDay();
    }
};

Period periodAt(int firstYear, int index, TimeStep step)
{
    switch (step) {
    case TimeStep::Month:
        return {firstYear + index / 12, index % 12 + 1, index % 12 + 1};
    case TimeStep::Quarter:
        return {firstYear + index / 4, (index % 4) * 3 + 1, (index % 4) * 3 + 3};
    case TimeStep::Year:
        return {firstYear + index, 1, 12};
    }
    return {};
}

std::optional<Period> parsePeriod(const QString &key)
{
    bool ok = false;
    const int year = key.left(4).toInt(&ok);
    if (!ok)
        return std::nullopt;
    if (key.size() == 4)
        return Period{year, 1, 12};
    if (key.size() == 7 && key.mid(4, 2) == u"-Q") {
        const int q = key.mid(6).toInt(&ok);
        if (ok && q >= 1 && q <= 4)
            return Period{year, q * 3 - 2, q * 3};
    } else if (key.size() == 7 && key[4] == u'-') {
        const int m = key.mid(5).toInt(&ok);
        if (ok && m >= 1 && m <= 12)
            return Period{year, m, m};
    }
    return std::nullopt;
}

QString periodKey(const Period &p, TimeStep step)
{
    switch (step) {
    case TimeStep::Month:
        return QStringLiteral("%1-%2").arg(p.year).arg(p.firstMonth, 2, 10, QLatin1Char('0'));
    case TimeStep::Quarter:
        return QStringLiteral("%1-Q%2").arg(p.year).arg((p.firstMonth - 1) / 3 + 1);
    case TimeStep::Year:
        return QString::number(p.year);
    }
    return {};
}

QString periodLabel(const Period &p, TimeStep step, const QLocale &locale)
{
    switch (step) {
    case TimeStep::Month:
        return locale.toString(QDate(p.year, p.firstMonth, 1), QStringLiteral("MMM yyyy"));
    case TimeStep::Quarter:
        //: A quarter of a year on a chart axis, e.g. "Q2 2023"
        return tr("Q%1 %2").arg((p.firstMonth - 1) / 3 + 1).arg(p.year);
    case TimeStep::Year:
        return QString::number(p.year);
    }
    return {};
}

// A period counts once it has begun (as on the map); undated never.
bool inTime(const filter::Snapshot &s, filter::DateField field, qint32 row, qint32 untilDay)
{
    return s.precision(field, row) != PartialDate::Precision::None && s.day(field, row) <= untilDay;
}

// The counts of a group up to the playback cursor, row by row (the
// engine's counts know nothing of the cursor).
filter::FilterCounts countUntil(const filter::FilterEngine &engine, const filter::Snapshot &s,
                                filter::Group group, qint32 untilDay, qint32 &counted)
{
    filter::FilterCounts c;
    c.region.assign(s.regions().size(), 0);
    c.threatActor.assign(s.threatActors().size(), 0);
    const std::vector<quint8> members = engine.groupMembers(group);
    const filter::DateField field = engine.spec().dateField;
    counted = 0;
    for (qint32 row = 0; row < qint32(members.size()); ++row) {
        if (!members[size_t(row)] || s.isRemoved(row) || !inTime(s, field, row, untilDay))
            continue;
        ++counted;
        for (unsigned bits = s.attackTypes(row); bits; bits &= bits - 1)
            ++c.attackType[size_t(std::countr_zero(bits)) % c.attackType.size()];
        for (unsigned bits = s.dataCompromised(row); bits; bits &= bits - 1)
            ++c.dataCompromised[size_t(std::countr_zero(bits)) % c.dataCompromised.size()];
        ++c.victimKind[std::min<size_t>(s.victimKindCode(row), c.victimKind.size() - 1)];
        ++c.region[s.region(row)];
        ++c.threatActor[s.threatActor(row)];
    }
    return c;
}

qint32 countMembers(const std::vector<quint8> &members)
{
    return qint32(std::count(members.begin(), members.end(), quint8(1)));
}

// Incidents per period, stacked by each incident's first attack type (the
// timeline colours a dot by it), so the stacks add up to the incidents.
void buildTime(ChartTable &t, const filter::FilterEngine &engine, const filter::Snapshot &s,
               const ChartOptions &o)
{
    const std::vector<quint8> members = engine.groupMembers(filter::Group::Date);
    const filter::DateField field = engine.spec().dateField;
    int firstYear = std::numeric_limits<int>::max(), lastYear = std::numeric_limits<int>::min();
    for (qint32 row = 0; row < s.size(); ++row) {
        if (!members[size_t(row)] || s.isRemoved(row))
            continue;
        const PartialDate d = s.date(field, row);
        if (d.isNull())
            continue;
        firstYear = std::min(firstYear, d.year());
        lastYear = std::max(lastYear, d.year());
    }
    t.counted = countMembers(members);
    if (firstYear > lastYear) {
        t.notShown = t.counted;
        t.note = tr("%n incident(s) without a date.", t.notShown);
        return;
    }
    const int periods = periodOf(lastYear - firstYear, 12, o.step) + 1;
    std::array<std::vector<qint32>, 10> stacks;
    for (auto &v : stacks)
        v.assign(size_t(periods), 0);
    int lo = periods, hi = -1;
    qint32 undated = 0, yearOnly = 0;
    if (o.untilDay)
        t.counted = 0;
    for (qint32 row = 0; row < s.size(); ++row) {
        if (!members[size_t(row)] || s.isRemoved(row))
            continue;
        // Under the playback cursor the axis keeps the whole range; only
        // what has begun by then is counted.
        const bool now = !o.untilDay || inTime(s, field, row, *o.untilDay);
        if (o.untilDay && now)
            ++t.counted;
        const PartialDate d = s.date(field, row);
        if (d.isNull()) {
            undated += now ? 1 : 0;
            continue;
        }
        if (d.precision() == PartialDate::Precision::Year && o.step != TimeStep::Year) {
            yearOnly += now ? 1 : 0;
            continue;
        }
        const int p =
            periodOf(d.year() - firstYear, o.step == TimeStep::Year ? 1 : d.month(), o.step);
        lo = std::min(lo, p);
        hi = std::max(hi, p);
        if (!now)
            continue;
        const unsigned attacks = s.attackTypes(row) & AttackTypes::allBits();
        const int layer = attacks ? std::countr_zero(attacks) : Palette::notStated;
        ++stacks[size_t(layer)][size_t(p)];
    }
    t.notShown = undated + yearOnly;
    if (yearOnly && undated)
        t.note = tr("Not shown: %1 known only to the year, %2 without a date.")
                     .arg(yearOnly)
                     .arg(undated);
    else if (yearOnly)
        t.note = tr("Not shown: %n incident(s) known only to the year.", yearOnly);
    else if (undated)
        t.note = tr("Not shown: %n incident(s) without a date.", undated);
    if (hi < 0)
        return;

    const filter::FilterSpec &spec = engine.spec();
    for (int p = lo; p <= hi; ++p) {
        const Period period = periodAt(firstYear, p, o.step);
        ChartCategory c;
        c.key = periodKey(period, o.step);
        c.label = periodLabel(period, o.step, o.locale);
        c.selected = spec.hasDateRange() && period.lastDay() >= spec.firstDay() &&
                     period.firstDay() <= spec.lastDay();
        t.categories.append(c);
        if (o.step != TimeStep::Year && period.firstMonth == 1)
            t.ticks.append({p - lo, QString::number(period.year)});
    }
    t.hasSelection = spec.hasDateRange();
    for (int layer = 0; layer <= Palette::notStated; ++layer) {
        const auto &v = stacks[size_t(layer)];
        if (std::all_of(v.begin() + lo, v.begin() + hi + 1, [](qint32 n) { return n == 0; }))
            continue;
        ChartSeries series;
        series.name =
            layer == Palette::notStated ? tr("Type not stated") : displayName(AttackType(layer));
        series.colour = Palette::attackColour(layer);
        series.values.assign(v.begin() + lo, v.begin() + hi + 1);
        t.series.append(series);
    }
}

void buildCumulative(ChartTable &t, const filter::FilterEngine &engine, const filter::Snapshot &s,
                     const ChartOptions &o)
{
    buildTime(t, engine, s, o);
    ChartSeries total;
    total.name = tr("Incidents");
    total.colour = Palette::accentColour();
    total.values.assign(size_t(t.categories.size()), 0);
    qint32 running = 0;
    for (qsizetype i = 0; i < t.categories.size(); ++i) {
        running += t.total(i);
        total.values[size_t(i)] = running;
    }
    t.series = {total};
}

struct Bar {
    QString key, label;
    qint32 count = 0;
    bool selected = false;
};

// Sorted by count (then by name), the first maxBars kept plus any selected
// one, the rest in one "Other" bar; "Not stated" last.
void fillBars(ChartTable &t, QList<Bar> bars, qint32 notStated, const ChartOptions &o,
              bool withOther)
{
    QCollator collator{o.locale};
    std::stable_sort(bars.begin(), bars.end(), [&](const Bar &a, const Bar &b) {
        return a.count != b.count ? a.count > b.count : collator.compare(a.label, b.label) < 0;
    });
    ChartSeries series;
    series.name = tr("Incidents");
    series.colour = Palette::accentColour();
    qint32 other = 0;
    int otherCount = 0;
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const Bar &b = bars[i];
        if (i >= o.maxBars && !b.selected) {
            other += b.count;
            ++otherCount;
            continue;
        }
        t.categories.append({b.key, b.label, QColor(), b.selected});
        series.values.push_back(b.count);
        t.hasSelection = t.hasSelection || b.selected;
    }
    if (withOther && otherCount > 0) {
        t.categories.append({QString(), tr("Other (%n)", otherCount), QColor(), false});
        series.values.push_back(other);
    } else if (otherCount > 0) {
        t.notShown += other;
    }
    if (notStated > 0) {
        t.categories.append({QString(), tr("Not stated"), QColor(), false});
        series.values.push_back(notStated);
    }
    t.series = {series};
}

template<typename E, size_t N>
QList<Bar> vocabularyBars(const std::array<qint32, N> &counts, FlagSet<E> selected, int offset)
{
    QList<Bar> bars;
    for (int i = 0; i < vocabularySize<E>(); ++i) {
        const E value = E(i);
        const qint32 n = counts[size_t(i + offset)];
        if (n == 0 && !selected.contains(value))
            continue;
        bars.append({schemaName(value), displayName(value), n, selected.contains(value)});
    }
    return bars;
}

QList<Bar> dictionaryBars(const std::vector<qint32> &counts, const filter::Dictionary &dict,
                          const QStringList &selected, bool regionNames)
{
    QList<Bar> bars;
    QStringList missing = selected;
    for (quint32 code = 1; code < dict.size(); ++code) {
        const qint32 n = code < counts.size() ? counts[code] : 0;
        const QString &key = dict.value(code);
        const bool sel = selected.contains(key);
        missing.removeAll(key);
        if (n == 0 && !sel)
            continue;
        const QString label = regionNames ? geo::regionDisplayName(QStringLiteral("FR"), key) : key;
        bars.append({key, label, n, sel});
    }
    for (const QString &key : missing) // selected, yet no incident has it
        bars.append(
            {key, regionNames ? geo::regionDisplayName(QStringLiteral("FR"), key) : key, 0, true});
    return bars;
}

} // namespace

qint32 ChartTable::total(qsizetype category) const
{
    qint32 n = 0;
    for (const ChartSeries &s : series)
        if (category >= 0 && size_t(category) < s.values.size())
            n += s.values[size_t(category)];
    return n;
}

qint32 ChartTable::maximum() const
{
    qint32 m = 0;
    for (qsizetype i = 0; i < categories.size(); ++i)
        m = std::max(m, total(i));
    return m;
}

qsizetype ChartTable::indexOf(const QString &key) const
{
    for (qsizetype i = 0; i < categories.size(); ++i)
        if (categories[i].key == key)
            return i;
    return -1;
}

namespace ChartData {

QString name(ChartKind kind)
{
    return QString::fromLatin1(chartNames[size_t(kind)]);
}

std::optional<ChartKind> kindOf(const QString &name)
{
    for (int i = 0; i < chartKindCount; ++i)
        if (name.compare(QLatin1String(chartNames[size_t(i)]), Qt::CaseInsensitive) == 0)
            return ChartKind(i);
    return std::nullopt;
}

QStringList names()
{
    QStringList out;
    for (const char *n : chartNames)
        out.append(QString::fromLatin1(n));
    return out;
}

QString title(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Timeline:
        return tr("Incidents over time, by attack type");
    case ChartKind::AttackTypes:
        return tr("Attack types");
    case ChartKind::Regions:
        return tr("Incidents by region");
    case ChartKind::VictimKinds:
        return tr("Kinds of victim");
    case ChartKind::DataCompromised:
        return tr("Data compromised");
    case ChartKind::Cumulative:
        return tr("Incidents to date");
    case ChartKind::ThreatActors:
        return tr("Most active threat actors");
    }
    return {};
}

filter::Group group(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Timeline:
    case ChartKind::Cumulative:
        return filter::Group::Date;
    case ChartKind::AttackTypes:
        return filter::Group::AttackType;
    case ChartKind::Regions:
        return filter::Group::Region;
    case ChartKind::VictimKinds:
        return filter::Group::VictimKind;
    case ChartKind::DataCompromised:
        return filter::Group::DataCompromised;
    case ChartKind::ThreatActors:
        return filter::Group::ThreatActor;
    }
    return filter::Group::Selected;
}

std::optional<filter::Dimension> dimension(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Timeline:
        return filter::Dimension::Date;
    case ChartKind::AttackTypes:
        return filter::Dimension::AttackType;
    case ChartKind::Regions:
        return filter::Dimension::Region;
    case ChartKind::VictimKinds:
        return filter::Dimension::VictimKind;
    case ChartKind::DataCompromised:
        return filter::Dimension::DataCompromised;
    case ChartKind::ThreatActors:
        return filter::Dimension::ThreatActor;
    case ChartKind::Cumulative:
        return std::nullopt;
    }
    return std::nullopt;
}

ChartTable build(ChartKind kind, const filter::FilterEngine &engine,
                 const filter::Snapshot &snapshot, const ChartOptions &o)
{
    ChartTable t;
    t.kind = kind;
    t.step = o.step;
    t.title = title(kind);
    const filter::FilterSpec &spec = engine.spec();
    filter::FilterCounts untilCursor;
    qint32 countedUntil = 0;
    const bool timeKind = kind == ChartKind::Timeline || kind == ChartKind::Cumulative;
    if (o.untilDay && !timeKind)
        untilCursor = countUntil(engine, snapshot, group(kind), *o.untilDay, countedUntil);
    const filter::FilterCounts &counts = o.untilDay ? untilCursor : engine.counts();
    switch (kind) {
    case ChartKind::Timeline:
        buildTime(t, engine, snapshot, o);
        return t;
    case ChartKind::Cumulative:
        buildCumulative(t, engine, snapshot, o);
        return t;
    case ChartKind::AttackTypes: {
        // Vocabulary order, so the slices keep their place and colour.
        ChartSeries series;
        series.name = tr("Incidents");
        for (int i = 0; i < vocabularySize<AttackType>(); ++i) {
            const AttackType type = AttackType(i);
            const qint32 n = counts.attackType[size_t(i)];
            const bool sel = spec.attackTypes.contains(type);
            if (n == 0 && !sel)
                continue;
            t.categories.append(
                {schemaName(type), displayName(type), Palette::attackColour(i), sel});
            series.values.push_back(n);
            t.hasSelection = t.hasSelection || sel;
        }
        t.series = {series};
        break;
    }
    case ChartKind::Regions:
        fillBars(t, dictionaryBars(counts.region, snapshot.regions(), spec.regions, true),
                 counts.region.empty() ? 0 : counts.region[0], o, true);
        break;
    case ChartKind::VictimKinds:
        fillBars(t, vocabularyBars<VictimKind>(counts.victimKind, spec.victimKinds, 1),
                 counts.victimKind[0], o, true);
        for (qsizetype i = 0; i < t.categories.size(); ++i)
            if (auto k = fromSchemaName<VictimKind>(t.categories[i].key))
                t.categories[i].colour = Palette::categoryColour(int(*k));
        break;
    case ChartKind::DataCompromised:
        fillBars(t, vocabularyBars<DataCategory>(counts.dataCompromised, spec.dataCompromised, 0),
                 0, o, true);
        break;
    case ChartKind::ThreatActors: {
        fillBars(
            t,
            dictionaryBars(counts.threatActor, snapshot.threatActors(), spec.threatActors, false),
            0, o, false);
        const qint32 unnamed = counts.threatActor.empty() ? 0 : counts.threatActor[0];
        if (unnamed > 0)
            t.note = tr("%n incident(s) name no threat actor.", unnamed);
        break;
    }
    }
    t.counted = o.untilDay ? countedUntil : countMembers(engine.groupMembers(group(kind)));
    return t;
}

filter::FilterSpec specFor(const ChartTable &t, qsizetype index, filter::FilterSpec spec, bool add)
{
    if (index < 0 || index >= t.categories.size() || t.categories[index].key.isEmpty())
        return spec;
    const ChartCategory &c = t.categories[index];
    const auto toggle = [&](auto &set, auto value) {
        if (c.selected)
            set.remove(value);
        else if (add)
            set.insert(value);
        else
            set = std::remove_reference_t<decltype(set)>{value};
    };
    const auto toggleList = [&](QStringList &list) {
        if (c.selected)
            list.removeAll(c.key);
        else if (add)
            list.append(c.key);
        else
            list = QStringList{c.key};
    };
    switch (t.kind) {
    case ChartKind::Timeline:
    case ChartKind::Cumulative: {
        const auto period = parsePeriod(c.key);
        if (!period)
            return spec;
        const PartialDate from = period->from(), to = period->to();
        if (!add) {
            if (c.selected && spec.from == from && spec.to == to)
                spec.from = spec.to = PartialDate();
            else {
                spec.from = from;
                spec.to = to;
            }
        } else if (!spec.hasDateRange()) {
            spec.from = from;
            spec.to = to;
        } else {
            // The range grows to cover the period; open ends stay open.
            if (!spec.from.isNull() && from.firstJulianDay() < spec.from.firstJulianDay())
                spec.from = from;
            if (!spec.to.isNull() && to.lastJulianDay() > spec.to.lastJulianDay())
                spec.to = to;
        }
        break;
    }
    case ChartKind::AttackTypes:
        if (auto v = fromSchemaName<AttackType>(c.key))
            toggle(spec.attackTypes, *v);
        break;
    case ChartKind::VictimKinds:
        if (auto v = fromSchemaName<VictimKind>(c.key))
            toggle(spec.victimKinds, *v);
        break;
    case ChartKind::DataCompromised:
        if (auto v = fromSchemaName<DataCategory>(c.key))
            toggle(spec.dataCompromised, *v);
        break;
    case ChartKind::Regions:
        toggleList(spec.regions);
        break;
    case ChartKind::ThreatActors:
        toggleList(spec.threatActors);
        break;
    }
    return spec;
}

} // namespace ChartData

} // namespace vigie::ui
