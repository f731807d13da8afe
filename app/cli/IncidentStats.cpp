// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentStats.h"

#include "geo/FrenchAreas.h"
#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QLocale>
#include <QMap>

#include <algorithm>

namespace vigie::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stats", text);
}

QString countryName(const QString &code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}

// Most incidents first; ties keep their order (names, vocabulary order).
void sortByCount(QList<StatsRow> &rows)
{
    std::stable_sort(rows.begin(), rows.end(),
                     [](const StatsRow &a, const StatsRow &b) { return a.count > b.count; });
}

QJsonValue keyOrNull(const QString &key)
{
    return key.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(key);
}

QJsonArray rowsToJson(const QList<StatsRow> &rows, const QString &keyName, bool numericKey)
{
    QJsonArray out;
    for (const StatsRow &row : rows) {
        QJsonObject o;
        if (numericKey && !row.key.isEmpty())
            o.insert(keyName, row.key.toInt());
        else
            o.insert(keyName, keyOrNull(row.key));
        if (!numericKey)
            o.insert(QStringLiteral("name"), keyOrNull(row.label));
        o.insert(QStringLiteral("count"), row.count);
        out.append(o);
    }
    return out;
}

} // namespace

Result<IncidentStats> computeStats(const db::Database &database, const QList<qint64> *ids)
{
    using R = Result<IncidentStats>;
    IncidentStats stats;

    // The filtered ids go into a temporary table (writable even on a
    // read-only connection) that every query below restricts to.
    QByteArray from = "incident";
    if (ids) {
        if (Status s = database.exec("CREATE TEMP TABLE IF NOT EXISTS stats_ids("
                                     "id INTEGER PRIMARY KEY) WITHOUT ROWID;"
                                     "DELETE FROM temp.stats_ids");
            !s)
            return R::failure(s.error());
        auto insert = database.prepare("INSERT OR IGNORE INTO temp.stats_ids(id) VALUES (?1)");
        if (!insert)
            return R::failure(insert.error());
        for (qint64 id : *ids) {
            insert->bind(1, id);
            if (Status s = insert->exec(); !s)
                return R::failure(s.error());
        }
        from = "incident WHERE id IN (SELECT id FROM temp.stats_ids)";
    }

    auto years = database.prepare(
        QByteArray("SELECT occurred_prec, occurred_day, count(*) FROM " + from + " GROUP BY 1, 2")
            .constData());
    if (!years)
        return R::failure(years.error());
    QMap<int, qint64> perYear;
    qint64 noDate = 0;
    while (years->step()) {
        const qint64 n = years->int64(2);
        stats.total += n;
        if (years->integer(0) == 0 || years->isNull(1))
            noDate += n;
        else
            perYear[QDate::fromJulianDay(years->int64(1)).year()] += n;
    }
    if (!years->ok())
        return R::failure(years->error());
    if (!perYear.isEmpty())
        for (int y = perYear.firstKey(); y <= perYear.lastKey(); ++y)
            stats.perYear.append({QString::number(y), QString::number(y), perYear.value(y)});
    stats.perYear.append({QString(), tr("no date"), noDate});

    auto places = database.prepare(
        QByteArray("SELECT country, region, count(*) FROM " + from + " GROUP BY 1, 2").constData());
    if (!places)
        return R::failure(places.error());
    QMap<QString, qint64> perRegion;
    QMap<QString, qint64> perCountry;
    qint64 frenchNoRegion = 0;
    qint64 noCountry = 0;
    while (places->step()) {
        const QString country = places->text(0);
        const QString region = places->text(1);
        const qint64 n = places->int64(2);
        if (country == QLatin1String("FR")) {
            stats.france += n;
            if (region.isEmpty())
                frenchNoRegion += n;
            else
                perRegion[region] += n;
        } else if (country.isEmpty()) {
            noCountry += n;
        } else {
            perCountry[country] += n;
        }
    }
    if (!places->ok())
        return R::failure(places->error());
    QList<StatsRow> regions;
    for (const geo::Region &r : geo::regions())
        regions.append({r.code, r.name, perRegion.take(r.code)});
    // Codes outside INSEE's list cannot be stored through the validated
    // paths, but a hand-edited database may hold some: count them anyway.
    for (auto it = perRegion.cbegin(); it != perRegion.cend(); ++it)
        regions.append({it.key(), it.key(), it.value()});
    std::stable_sort(regions.begin(), regions.end(), [](const StatsRow &a, const StatsRow &b) {
        return QString::localeAwareCompare(a.label, b.label) < 0;
    });
    sortByCount(regions);
    regions.append({QString(), tr("no region"), frenchNoRegion});
    stats.perFrenchRegion = regions;

    QList<StatsRow> countries;
    for (auto it = perCountry.cbegin(); it != perCountry.cend(); ++it)
        countries.append({it.key(), countryName(it.key()), it.value()});
    std::stable_sort(countries.begin(), countries.end(), [](const StatsRow &a, const StatsRow &b) {
        return QString::localeAwareCompare(a.label, b.label) < 0;
    });
    sortByCount(countries);
    if (noCountry > 0)
        countries.append({QString(), tr("no country"), noCountry});
    stats.perOtherCountry = countries;

    auto types = database.prepare(
        QByteArray("SELECT attack_types, count(*) FROM " + from + " GROUP BY 1").constData());
    if (!types)
        return R::failure(types.error());
    QList<qint64> perType(vocabularySize<AttackType>(), 0);
    qint64 notStated = 0;
    while (types->step()) {
        const qint64 n = types->int64(1);
        const AttackTypes set(quint32(types->int64(0)));
        if (types->isNull(0) || set.isEmpty())
            notStated += n;
        for (AttackType t : set.values())
            perType[int(t)] += n;
    }
    if (!types->ok())
        return R::failure(types->error());
    for (AttackType t : vocabularyValues<AttackType>())
        stats.perAttackType.append({schemaName(t), displayName(t), perType.at(int(t))});
    sortByCount(stats.perAttackType);
    stats.perAttackType.append({QString(), tr("not stated"), notStated});
    return stats;
}

QJsonObject IncidentStats::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("total"), total);
    o.insert(QStringLiteral("per_year"), rowsToJson(perYear, QStringLiteral("year"), true));
    o.insert(QStringLiteral("france"), france);
    o.insert(QStringLiteral("per_french_region"),
             rowsToJson(perFrenchRegion, QStringLiteral("region"), false));
    o.insert(QStringLiteral("per_other_country"),
             rowsToJson(perOtherCountry, QStringLiteral("country"), false));
    o.insert(QStringLiteral("per_attack_type"),
             rowsToJson(perAttackType, QStringLiteral("attack_type"), false));
    return o;
}

QString IncidentStats::toText() const
{
    struct Line {
        QString label;
        qint64 count = -1; // -1: a heading; an empty heading is a blank line
        int indent = 0;
    };
    QList<Line> lines;
    lines.append({tr("Per year (of occurred)"), -1, 0});
    for (const StatsRow &r : perYear)
        lines.append({r.label, r.count, 1});
    lines.append(Line{});
    lines.append({tr("Per region"), -1, 0});
    lines.append({tr("France"), france, 1});
    for (const StatsRow &r : perFrenchRegion)
        lines.append({r.label, r.count, 2});
    if (!perOtherCountry.isEmpty()) {
        lines.append({tr("Other countries"), -1, 1});
        for (const StatsRow &r : perOtherCountry) {
            const bool named = !r.key.isEmpty() && r.label != r.key;
            lines.append(
                {named ? QStringLiteral("%1 (%2)").arg(r.label, r.key) : r.label, r.count, 2});
        }
    }
    lines.append(Line{});
    lines.append({tr("Per attack type (an incident may have several)"), -1, 0});
    for (const StatsRow &r : perAttackType)
        lines.append({r.label, r.count, 1});

    qsizetype width = 0;
    for (const Line &l : lines)
        if (l.count >= 0)
            width = std::max(width, l.label.size() + 2 * l.indent);
    const int countWidth = std::max(5, int(QString::number(total).size()));

    QString out = tr("Incidents: %1").arg(total) + QStringLiteral("\n\n");
    for (const Line &l : lines) {
        const QString label = QString(2 * l.indent, u' ') + l.label;
        if (l.count < 0) {
            out += label + u'\n';
            continue;
        }
        const double share = total > 0 ? 100.0 * double(l.count) / double(total) : 0.0;
        out += QStringLiteral("%1  %2  %3 %\n")
                   .arg(label, -int(width))
                   .arg(l.count, countWidth)
                   .arg(share, 5, 'f', 1);
    }
    return out;
}

} // namespace vigie::cli
