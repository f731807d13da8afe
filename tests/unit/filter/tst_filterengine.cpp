// SPDX-License-Identifier: GPL-3.0-or-later
// The engine against a brute-force reference on random data and random specs
// (fixed seeds), plus the semantics users see: own-filter exclusion, partial
// and missing dates.
#include "filter/FilterEngine.h"

#include <QTest>

#include <random>
#include <set>

using namespace vigie;
using namespace vigie::filter;

namespace {

const QStringList countries = {QString(), QStringLiteral("FR"), QStringLiteral("BE")};
const QStringList regions = {QString(), QStringLiteral("11"), QStringLiteral("32"),
                             QStringLiteral("84"), QStringLiteral("Wallonia")};
const QStringList departments = {QString(), QStringLiteral("75"), QStringLiteral("59"),
                                 QStringLiteral("2A"), QStringLiteral("971")};
const QStringList actors = {QString(), QStringLiteral("LockBit"), QStringLiteral("Medusa"),
                            QStringLiteral("Vice Society")};

// An independent, obviously correct evaluation, straight from the records.
struct Reference {
    const Snapshot &snap;
    const FilterSpec &spec;
    const std::optional<std::set<qint64>> &text;

    bool passes(Dimension d, qint32 row) const
    {
        auto in = [](const QStringList &list, const QString &v) {
            return list.isEmpty() || (!v.isEmpty() && list.contains(v));
        };
        const SnapshotRecord r = snap.record(row);
        switch (d) {
        case Dimension::Date: {
            if (!spec.hasDateRange())
                return true;
            const PartialDate date = snap.date(spec.dateField, row);
            if (date.isNull())
                return false;
            return date.firstJulianDay() <= spec.lastDay() &&
                   date.lastJulianDay() >= spec.firstDay();
        }
        case Dimension::Country:
            return in(spec.countries, r.country);
        case Dimension::Region:
            return in(spec.regions, r.region);
        case Dimension::Department:
            return in(spec.departments, r.department);
        case Dimension::ThreatActor:
            return in(spec.threatActors, r.threatActor);
        case Dimension::AttackType:
            return spec.attackTypes.isEmpty() || (r.attackTypes & spec.attackTypes.bits());
        case Dimension::DataCompromised:
            return spec.dataCompromised.isEmpty() ||
                   (r.dataCompromised & spec.dataCompromised.bits());
        case Dimension::Impact:
            return spec.impacts.isEmpty() || (r.impacts & spec.impacts.bits());
        case Dimension::VictimKind:
            return spec.victimKinds.isEmpty() ||
                   (r.victimKind >= 0 && spec.victimKinds.contains(VictimKind(r.victimKind)));
        case Dimension::Ransom:
            return !spec.ransomDemanded || *spec.ransomDemanded == r.ransomDemanded;
        case Dimension::Text:
            return !text || text->count(r.dbId);
        }
        return true;
    }
    bool passesAllBut(qint32 row, std::initializer_list<Dimension> ignored) const
    {
        for (int d = 0; d < dimensionCount; ++d)
            if (std::find(ignored.begin(), ignored.end(), Dimension(d)) == ignored.end() &&
                !passes(Dimension(d), row))
                return false;
        return true;
    }

    // Expected counts, in the engine's date layout.
    FilterCounts counts(const DateCounts &layout) const
    {
        FilterCounts c;
        c.total = snap.liveCount();
        c.date.bins.assign(layout.bins.size(), 0);
        c.country.assign(snap.countries().size(), 0);
        c.region.assign(snap.regions().size(), 0);
        c.department.assign(snap.departments().size(), 0);
        c.threatActor.assign(snap.threatActors().size(), 0);
        const int years = layout.years;
        for (qint32 row = 0; row < snap.size(); ++row) {
            if (snap.isRemoved(row))
                continue;
            const SnapshotRecord r = snap.record(row);
            if (passesAllBut(row, {}))
                ++c.selected;
            if (passesAllBut(row, {Dimension::Date})) {
                const PartialDate d = snap.date(spec.dateField, row);
                size_t bin = layout.bins.size() - 1;
                switch (d.precision()) {
                case PartialDate::Precision::Day:
                    bin = size_t(d.firstJulianDay() - layout.firstDay);
                    break;
                case PartialDate::Precision::Month:
                    bin = size_t(layout.dayCount + (d.year() - layout.firstYear) * 12 + d.month() -
                                 1);
                    break;
                case PartialDate::Precision::Year:
                    bin = size_t(layout.dayCount + years * 12 + d.year() - layout.firstYear);
                    break;
                case PartialDate::Precision::None:
                    break;
                }
                ++c.date.bins[bin];
            }
            if (passesAllBut(row, {Dimension::Country}))
                ++c.country[snap.country(row)];
            if (passesAllBut(row, {Dimension::Region, Dimension::Department})) {
                ++c.region[snap.region(row)];
                ++c.department[snap.department(row)];
            }
            if (passesAllBut(row, {Dimension::ThreatActor}))
                ++c.threatActor[snap.threatActor(row)];
            if (passesAllBut(row, {Dimension::AttackType}))
                for (int b = 0; b < 16; ++b)
                    c.attackType[size_t(b)] += (r.attackTypes >> b) & 1;
            if (passesAllBut(row, {Dimension::DataCompromised}))
                for (int b = 0; b < 8; ++b)
                    c.dataCompromised[size_t(b)] += (r.dataCompromised >> b) & 1;
            if (passesAllBut(row, {Dimension::Impact}))
                for (int b = 0; b < 8; ++b)
                    c.impact[size_t(b)] += (r.impacts >> b) & 1;
            if (passesAllBut(row, {Dimension::VictimKind}))
                ++c.victimKind[size_t(r.victimKind + 1)];
            if (passesAllBut(row, {Dimension::Ransom}))
                ++c.ransom[r.ransomDemanded ? 1 : 0];
        }
        return c;
    }
};

class Random {
public:
    explicit Random(quint64 seed)
        : m_rng(seed)
    {
    }
    int below(int n) { return int(m_rng() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }

    PartialDate date()
    {
        const int year = 2015 + below(6);
        switch (below(8)) {
        case 0:
            return {};
        case 1:
            return PartialDate::ofYear(year);
        case 2:
        case 3:
            return PartialDate::ofMonth(year, 1 + below(12));
        default:
            return PartialDate::ofDay(year, 1 + below(12), 1 + below(28));
        }
    }
    SnapshotRecord record(qint64 dbId)
    {
        Incident i;
        i.dbId = dbId;
        i.occurred = date();
        i.disclosed = date();
        i.published = date();
        i.country = countries[below(int(countries.size()))];
        i.region = regions[below(int(regions.size()))];
        i.department = departments[below(int(departments.size()))];
        i.threatActor = actors[below(int(actors.size()))];
        if (chance(85))
            i.victimKind = VictimKind(below(vocabularySize<VictimKind>()));
        if (chance(90))
            i.attackTypes = AttackTypes(quint32(below(512)) & quint32(below(512)));
        if (chance(80))
            i.dataCompromised = DataCategories(quint32(below(128)) & quint32(below(128)));
        if (chance(70))
            i.impacts = Impacts(quint32(below(128)) & quint32(below(128)));
        if (chance(30))
            i.ransom = Ransom{};
        return SnapshotRecord::fromIncident(i);
    }
    QStringList pick(const QStringList &from)
    {
        QStringList out;
        for (const QString &v : from)
            if (!v.isEmpty() && chance(35))
                out.append(v);
        if (chance(10))
            out.append(QStringLiteral("nowhere")); // a value no incident has
        return out;
    }
    void changeOne(FilterSpec &s)
    {
        switch (below(12)) {
        case 0:
            s.from = chance(70) ? date() : PartialDate();
            s.to = chance(70) ? date() : PartialDate();
            if (!s.from.isNull() && !s.to.isNull() && s.firstDay() > s.lastDay())
                std::swap(s.from, s.to);
            break;
        case 1:
            s.countries = pick(countries);
            break;
        case 2:
            s.regions = pick(regions);
            break;
        case 3:
            s.departments = pick(departments);
            break;
        case 4:
            s.threatActors = pick(actors);
            break;
        case 5:
            s.attackTypes = AttackTypes(quint32(below(512)) & quint32(below(512)));
            break;
        case 6:
            s.dataCompromised = DataCategories(quint32(below(128)) & quint32(below(128)));
            break;
        case 7:
            s.impacts = Impacts(quint32(below(128)) & quint32(below(128)));
            break;
        case 8:
            s.victimKinds = VictimKinds(quint32(below(512)) & quint32(below(512)));
            break;
        case 9:
            s.ransomDemanded = chance(33) ? std::nullopt : std::optional<bool>(chance(50));
            break;
        case 10:
            if (chance(15))
                s.dateField = DateField(below(dateFieldCount));
            break;
        default:
            s = FilterSpec{};
        }
    }

private:
    std::mt19937_64 m_rng;
};

bool sameCounts(const FilterCounts &a, const FilterCounts &b, QString &why)
{
    auto cmp = [&why](const char *what, const auto &x, const auto &y) {
        if (std::vector<qint32>(x.begin(), x.end()) == std::vector<qint32>(y.begin(), y.end()))
            return true;
        why = QString::fromLatin1(what);
        return false;
    };
    if (a.selected != b.selected) {
        why = QStringLiteral("selected %1 vs %2").arg(a.selected).arg(b.selected);
        return false;
    }
    if (a.total != b.total) {
        why = QStringLiteral("total");
        return false;
    }
    auto prefix = [](std::vector<qint32> v, size_t n) {
        v.resize(std::max(v.size(), n));
        return v;
    };
    const size_t nc = std::max(a.country.size(), b.country.size());
    const size_t nr = std::max(a.region.size(), b.region.size());
    const size_t nd = std::max(a.department.size(), b.department.size());
    const size_t na = std::max(a.threatActor.size(), b.threatActor.size());
    return cmp("date", a.date.bins, b.date.bins) &&
           cmp("country", prefix(a.country, nc), prefix(b.country, nc)) &&
           cmp("region", prefix(a.region, nr), prefix(b.region, nr)) &&
           cmp("department", prefix(a.department, nd), prefix(b.department, nd)) &&
           cmp("actor", prefix(a.threatActor, na), prefix(b.threatActor, na)) &&
           cmp("attack", a.attackType, b.attackType) && cmp("kind", a.victimKind, b.victimKind) &&
           cmp("data", a.dataCompromised, b.dataCompromised) && cmp("impact", a.impact, b.impact) &&
           cmp("ransom", a.ransom, b.ransom);
}

SnapshotRecord dated(qint64 id, PartialDate occurred, const char *region = "11")
{
    Incident i;
    i.dbId = id;
    i.occurred = occurred;
    i.region = QString::fromLatin1(region);
    i.attackTypes = AttackTypes{AttackType::Ransomware};
    return SnapshotRecord::fromIncident(i);
}

} // namespace

class TestFilterEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesReference_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<int>("rows");
        for (quint64 seed : {1ULL, 2ULL, 3ULL, 42ULL, 20250909ULL})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed)))
                << seed << int(150 + seed % 300);
        QTest::newRow("empty") << 7ULL << 0;
        QTest::newRow("large") << 11ULL << 3000;
    }
    void matchesReference()
    {
        QFETCH(quint64, seed);
        QFETCH(int, rows);
        Random rnd(seed);
        Snapshot snap;
        qint64 nextId = 1;
        for (int i = 0; i < rows; ++i)
            snap.upsert(rnd.record(nextId += 1 + rnd.below(3)));
        FilterSpec spec;
        for (int k = 0; k < 3; ++k)
            rnd.changeOne(spec);
        FilterEngine engine(snap, spec);
        std::optional<std::set<qint64>> text;

        for (int step = 0; step < 60; ++step) {
            const int what = rnd.below(10);
            if (what < 5) {
                rnd.changeOne(spec);
                engine.setSpec(spec);
            } else if (what == 5) {
                // A text query's matches: a random subset, or none.
                if (rnd.chance(25)) {
                    text.reset();
                    engine.setTextMatches(std::nullopt);
                } else {
                    text = std::set<qint64>();
                    for (qint32 r = 0; r < snap.size(); ++r)
                        if (rnd.chance(40))
                            text->insert(snap.dbId(r));
                    engine.setTextMatches(std::vector<qint64>(text->begin(), text->end()));
                }
            } else if (what == 6) {
                // Incremental: add one incident.
                const qint32 row = snap.upsert(rnd.record(nextId += 1 + rnd.below(3)));
                engine.rowChanged(row);
            } else if (what == 7 && snap.liveCount() > 0) {
                // Update one incident in place (same id, new fields).
                const qint32 row = rnd.below(snap.size());
                if (!snap.isRemoved(row)) {
                    snap.upsert(rnd.record(snap.dbId(row)));
                    engine.rowChanged(row);
                }
            } else if (what == 8 && snap.liveCount() > 0) {
                const qint32 row = rnd.below(snap.size());
                if (snap.remove(snap.dbId(row)) >= 0)
                    engine.rowChanged(row);
            } else {
                engine.setSpec(spec); // no change: must be a no-op
            }
            const Reference ref{snap, spec, text};
            const FilterCounts expected = ref.counts(engine.counts().date);
            QString why;
            QVERIFY2(sameCounts(engine.counts(), expected, why),
                     qPrintable(QStringLiteral("step %1 (change %4), spec %2: %3")
                                    .arg(step)
                                    .arg(spec.toText(), why)
                                    .arg(what)));
            QList<qint64> ids;
            for (qint32 r = 0; r < snap.size(); ++r)
                if (!snap.isRemoved(r) && ref.passesAllBut(r, {}))
                    ids.append(snap.dbId(r));
            QCOMPARE(engine.selectedIds(), ids);
        }
        // An engine built fresh on the final state agrees with the updated one.
        FilterEngine fresh(snap, spec);
        if (text)
            fresh.setTextMatches(std::vector<qint64>(text->begin(), text->end()));
        QString why;
        QVERIFY2(sameCounts(fresh.counts(), engine.counts(), why), qPrintable(why));
    }

    void ownFilterExcluded()
    {
        Snapshot snap;
        snap.upsert(dated(1, PartialDate::ofDay(2022, 8, 20), "11"));
        snap.upsert(dated(2, PartialDate::ofDay(2023, 1, 5), "32"));
        snap.upsert(dated(3, PartialDate::ofDay(2023, 3, 7), "32"));
        FilterSpec spec;
        spec.regions = {QStringLiteral("32")};
        spec.from = PartialDate::ofYear(2023);
        FilterEngine engine(snap, spec);
        const FilterCounts &c = engine.counts();
        QCOMPARE(c.selected, 2);
        QCOMPARE(c.total, 3);
        // The map still shows region 11 (its own filter is ignored) but under
        // the date filter: incident 1 (2022) is out.
        const auto r11 = size_t(snap.regions().find(QStringLiteral("11")));
        const auto r32 = size_t(snap.regions().find(QStringLiteral("32")));
        QCOMPARE(c.region[r11], 0);
        QCOMPARE(c.region[r32], 2);
        // The timeline shows 2022 (outside its brush) only for region 32.
        spec.regions = {QStringLiteral("11")};
        engine.setSpec(spec);
        QCOMPARE(engine.counts().selected, 0);
        QCOMPARE(engine.counts().date.perYear(), (std::vector<qint32>{1, 0}));
        QCOMPARE(engine.counts().region[r32], 2);
        QCOMPARE(engine.counts().region[r11], 0);
    }

    void partialAndMissingDates()
    {
        Snapshot snap;
        snap.upsert(dated(1, PartialDate::ofDay(2022, 8, 1)));
        snap.upsert(dated(2, PartialDate::ofMonth(2022, 8)));
        snap.upsert(dated(3, PartialDate::ofYear(2022)));
        snap.upsert(dated(4, PartialDate()));
        FilterEngine engine(snap);
        const DateCounts &d = engine.counts().date;
        QCOMPARE(d.firstYear, 2022);
        QCOMPARE(d.years, 1);
        // Day resolution: only the day-precise incident is on August 1st.
        const auto aug1 = size_t(QDate(2022, 8, 1).toJulianDay() - d.firstDay);
        QCOMPARE(d.days()[aug1], 1);
        QCOMPARE(std::accumulate(d.days().begin(), d.days().end(), 0), 1);
        QCOMPARE(d.monthOnly()[7], 1); // marked month-only, in August
        QCOMPARE(d.yearOnly()[0], 1);
        QCOMPARE(d.undated(), 1); // an explicit "no date" group, never 1970
        // Month resolution: the month-only incident counts in August.
        QCOMPARE(d.months()[7], 2);
        QCOMPARE(d.perYear(), std::vector<qint32>{3});
        // Weeks hold day-precise incidents only.
        const auto weeks = d.weeks();
        QCOMPARE(std::accumulate(weeks.begin(), weeks.end(), 0), 1);
        QCOMPARE(QDate::fromJulianDay(d.firstWeekDay()).dayOfWeek(), 1);

        // A range overlapping August keeps the month- and year-only ones, but
        // never the undated one.
        FilterSpec spec;
        spec.from = PartialDate::ofDay(2022, 8, 10);
        spec.to = PartialDate::ofDay(2022, 8, 20);
        engine.setSpec(spec);
        QCOMPARE(engine.selectedIds(), (QList<qint64>{2, 3}));
        spec.from = PartialDate::ofMonth(2022, 9);
        spec.to = {};
        engine.setSpec(spec);
        QCOMPARE(engine.selectedIds(), (QList<qint64>{3}));
        // The date group ignores its own filter: every bin stays visible.
        QCOMPARE(engine.counts().date.undated(), 1);
        QCOMPARE(engine.counts().date.months()[7], 2);
    }

    void incrementalMatchesFresh()
    {
        Random rnd(99);
        Snapshot snap;
        for (int i = 1; i <= 500; ++i)
            snap.upsert(rnd.record(i));
        FilterSpec spec;
        spec.attackTypes = {AttackType::Ransomware, AttackType::DataTheft};
        spec.from = PartialDate::ofYear(2017);
        FilterEngine engine(snap, spec);
        // Out-of-range dates force a relayout; new dictionary values appear.
        Incident far;
        far.dbId = 1000;
        far.occurred = PartialDate::ofDay(2030, 1, 2);
        far.region = QStringLiteral("new region");
        far.attackTypes = AttackTypes{AttackType::Ransomware};
        engine.rowChanged(snap.upsert(SnapshotRecord::fromIncident(far)));
        for (int i = 0; i < 200; ++i)
            engine.rowChanged(snap.upsert(rnd.record(1001 + i)));
        for (int i = 0; i < 100; ++i) {
            if (const qint32 row = snap.remove(snap.dbId(rnd.below(snap.size()))); row >= 0)
                engine.rowChanged(row);
        }
        // Before compaction the updated engine already equals a fresh one.
        {
            FilterEngine fresh(snap, spec);
            QString why;
            QVERIFY2(sameCounts(fresh.counts(), engine.counts(), why), qPrintable(why));
            QCOMPARE(engine.selectedIds(), fresh.selectedIds());
        }
        snap.compact();
        engine.rebuild();
        FilterEngine fresh(snap, spec);
        QString why;
        QVERIFY2(sameCounts(fresh.counts(), engine.counts(), why), qPrintable(why));
        QCOMPARE(engine.selectedIds(), fresh.selectedIds());
    }

    void topThreatActors()
    {
        Snapshot snap;
        int id = 0;
        for (const auto &[actor, n] : {std::pair{"LockBit", 3}, {"Medusa", 1}, {"Rhysida", 2}})
            for (int k = 0; k < n; ++k) {
                Incident i;
                i.dbId = ++id;
                i.threatActor = QString::fromLatin1(actor);
                snap.upsert(SnapshotRecord::fromIncident(i));
            }
        FilterEngine engine(snap);
        const auto top = engine.topThreatActors(2);
        QCOMPARE(top.size(), 2);
        QCOMPARE(top[0].first, QStringLiteral("LockBit"));
        QCOMPARE(top[0].second, 3);
        QCOMPARE(top[1].first, QStringLiteral("Rhysida"));
    }
};

QTEST_GUILESS_MAIN(TestFilterEngine)
#include "tst_filterengine.moc"
