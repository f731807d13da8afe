// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentRows.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <numeric>

namespace vigie::db::rows {

void bindDate(Statement &s, int index, const PartialDate &d)
{
    if (d.isNull())
        s.bindNull(index);
    else
        s.bind(index, d.firstJulianDay());
    s.bind(index + 1, int(d.precision()));
}

// A JSON array of strings, written by hand: QJsonDocument costs more than the
// rest of an incident's row in a bulk insert.
QString victimsToJson(const QStringList &victims)
{
    QString out;
    out.reserve(2 + victims.size() * 4 +
                std::accumulate(victims.cbegin(), victims.cend(), qsizetype(0),
                                [](qsizetype n, const QString &v) { return n + v.size(); }));
    out.append(u'[');
    for (qsizetype i = 0; i < victims.size(); ++i) {
        if (i)
            out.append(u',');
        out.append(u'"');
        for (QChar c : victims[i]) {
            switch (c.unicode()) {
            case u'"':
                out.append(QLatin1String("\\\""));
                break;
            case u'\\':
                out.append(QLatin1String("\\\\"));
                break;
            case u'\n':
                out.append(QLatin1String("\\n"));
                break;
            case u'\r':
                out.append(QLatin1String("\\r"));
                break;
            case u'\t':
                out.append(QLatin1String("\\t"));
                break;
            default:
                if (c.unicode() < 0x20)
                    out.append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
                else
                    out.append(c);
            }
        }
        out.append(u'"');
    }
    out.append(u']');
    return out;
}

QStringList victimsFromJson(QByteArrayView json)
{
    QStringList out;
    if (json.isEmpty())
        return out;
    const QJsonArray array = QJsonDocument::fromJson(json.toByteArray()).array();
    out.reserve(array.size());
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

void bindIncident(Statement &s, const Incident &i)
{
    s.bindText(3, i.title);
    bindDate(s, 4, i.published);
    bindDate(s, 6, i.occurred);
    bindDate(s, 8, i.disclosed);
    s.bind(10, i.country);
    s.bind(11, i.region);
    s.bind(12, i.department);
    s.bind(13, i.commune);
    s.bindText(14, victimsToJson(i.victims));
    if (i.victimKind)
        s.bind(15, int(*i.victimKind));
    else
        s.bindNull(15);
    bindSet(s, 16, i.attackTypes);
    s.bind(17, i.threatActor);
    bindSet(s, 18, i.dataCompromised);
    bindSet(s, 19, i.dataSpared);
    bindSet(s, 20, i.impacts);
    s.bind(21, i.ransom ? 1 : 0);
    if (i.ransom) {
        s.bind(22, i.ransom->amount);
        s.bind(23, i.ransom->currency);
    } else {
        s.bindNull(22).bindNull(23);
    }
    s.bind(24, i.recordsAffected);
    s.bindText(25, i.summary);
}

Incident readIncident(const Statement &s)
{
    Incident i;
    i.dbId = s.int64(0);
    i.id = s.text(1);
    i.title = s.text(2);
    i.published = PartialDate::fromStorage(s.int64(3), s.integer(4));
    i.occurred = PartialDate::fromStorage(s.int64(5), s.integer(6));
    i.disclosed = PartialDate::fromStorage(s.int64(7), s.integer(8));
    i.country = s.text(9);
    i.region = s.text(10);
    i.department = s.text(11);
    i.commune = s.text(12);
    i.victims = victimsFromJson(s.utf8(13));
    if (!s.isNull(14) && s.integer(14) >= 0 && s.integer(14) < vocabularySize<VictimKind>())
        i.victimKind = VictimKind(s.integer(14));
    i.attackTypes = readSet<AttackType>(s, 15);
    i.threatActor = s.text(16);
    i.dataCompromised = readSet<DataCategory>(s, 17);
    i.dataSpared = readSet<DataCategory>(s, 18);
    i.impacts = readSet<Impact>(s, 19);
    if (s.integer(20)) {
        Ransom r;
        r.amount = s.optionalReal(21);
        r.currency = s.text(22);
        i.ransom = r;
    }
    i.recordsAffected = s.optionalInt64(23);
    i.summary = s.text(24);
    return i;
}

QList<Source> loadSources(const Database &db, qint64 incidentId)
{
    QList<Source> out;
    auto s = db.prepare("SELECT s.id, s.url, s.outlet, s.published_day, s.published_prec, "
                        "s.language, s.title, s.text, s.text_hash FROM incident_source l "
                        "JOIN source s ON s.id = l.source_id WHERE l.incident_id = ? "
                        "ORDER BY l.position, s.id");
    if (!s)
        return out;
    s->bind(1, incidentId);
    while (s->step()) {
        Source src;
        src.dbId = s->int64(0);
        src.url = s->text(1);
        src.outlet = s->text(2);
        src.published = PartialDate::fromStorage(s->int64(3), s->integer(4));
        src.language = s->text(5);
        src.title = s->text(6);
        src.text = s->text(7);
        src.textHash = s->blob(8);
        out.append(src);
    }
    return out;
}

} // namespace vigie::db::rows
