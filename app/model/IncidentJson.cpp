// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentJson.h"

#include "geo/FrenchAreas.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace vigie {

namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue dateOrNull(const PartialDate &d)
{
    return d.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.toIso());
}

template<typename E>
QJsonValue setOrNull(const std::optional<FlagSet<E>> &set)
{
    if (!set)
        return QJsonValue::Null;
    return QJsonArray::fromStringList(set->schemaNames());
}

QString tr(const char *text)
{
    return QCoreApplication::translate("IncidentJson", text);
}

// Reads one record field by field; the first error wins and names the field.
class RecordReader {
public:
    RecordReader(QJsonObject object, QString where)
        : m_object(std::move(object))
        , m_where(std::move(where))
    {
    }

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    void fail(const QString &key, const QString &message)
    {
        if (m_error.isEmpty())
            m_error = m_where.isEmpty()
                          ? QStringLiteral("%1: %2").arg(key, message)
                          : QStringLiteral("%1, field %2: %3").arg(m_where, key, message);
    }

    QString string(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isNull() || v.isUndefined())
            return {};
        if (!v.isString()) {
            fail(key, tr("expected a string or null"));
            return {};
        }
        return v.toString().trimmed();
    }

    PartialDate date(const QString &key)
    {
        const QString text = string(key);
        if (text.isEmpty())
            return {};
        const auto date = PartialDate::fromIso(text);
        if (!date) {
            fail(key, tr("\"%1\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD").arg(text));
            return {};
        }
        return *date;
    }

    QStringList stringList(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isNull() || v.isUndefined())
            return {};
        if (!v.isArray()) {
            fail(key, tr("expected a list of strings"));
            return {};
        }
        QStringList out;
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString()) {
                fail(key, tr("expected a list of strings"));
                return {};
            }
            if (const QString s = item.toString().trimmed(); !s.isEmpty())
                out.append(s);
        }
        return out;
    }

    template<typename E>
    std::optional<E> vocabulary(const QString &key)
    {
        const QString name = string(key);
        if (name.isEmpty())
            return std::nullopt;
        const auto value = fromSchemaName<E>(name);
        if (!value)
            fail(key, tr("unknown value \"%1\"").arg(name));
        return value;
    }

    template<typename E>
    std::optional<FlagSet<E>> set(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        if (!v.isArray()) {
            fail(key, tr("expected a list of values"));
            return std::nullopt;
        }
        FlagSet<E> out;
        for (const QJsonValue &item : v.toArray()) {
            const auto value = fromSchemaName<E>(item.toString());
            if (!item.isString() || !value) {
                fail(key, tr("unknown value \"%1\"").arg(item.toVariant().toString()));
                return std::nullopt;
            }
            out.insert(*value);
        }
        return out;
    }

    std::optional<qint64> integer(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d != std::floor(d) || d > 9e15) {
            fail(key, tr("expected a whole non-negative number"));
            return std::nullopt;
        }
        return qint64(d);
    }

    std::optional<Ransom> ransom(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        if (!v.isObject()) {
            fail(key, tr("expected an object {amount, currency} or null"));
            return std::nullopt;
        }
        const QJsonObject o = v.toObject();
        Ransom r;
        const QJsonValue amount = o.value(QLatin1String("amount"));
        if (amount.isDouble() && amount.toDouble() >= 0)
            r.amount = amount.toDouble();
        else if (!amount.isNull() && !amount.isUndefined())
            fail(key, tr("amount must be a non-negative number or null"));
        const QJsonValue currency = o.value(QLatin1String("currency"));
        if (currency.isString())
            r.currency = currency.toString().trimmed().toUpper();
        else if (!currency.isNull() && !currency.isUndefined())
            fail(key, tr("currency must be a string or null"));
        return r;
    }

    QList<Source> sources(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isNull() || v.isUndefined())
            return {};
        if (!v.isArray()) {
            fail(key, tr("expected a list of sources"));
            return {};
        }
        QList<Source> out;
        int index = 0;
        for (const QJsonValue &item : v.toArray()) {
            ++index;
            if (!item.isObject()) {
                fail(key, tr("source %1 is not an object").arg(index));
                return {};
            }
            RecordReader sub(item.toObject(), QString());
            Source s;
            s.url = sub.string(QStringLiteral("url"));
            s.outlet = sub.string(QStringLiteral("outlet"));
            s.published = sub.date(QStringLiteral("published"));
            s.language = sub.string(QStringLiteral("language"));
            s.title = sub.string(QStringLiteral("title"));
            if (sub.failed()) {
                fail(key, tr("source %1: %2").arg(index).arg(sub.error()));
                return {};
            }
            out.append(s);
        }
        return out;
    }

private:
    QJsonObject m_object;
    QString m_where;
    QString m_error;
};

void checkPlace(RecordReader &reader, const Incident &incident)
{
    static const QRegularExpression countryRe(QStringLiteral("^[A-Z]{2}$"));
    if (!incident.country.isEmpty() && !countryRe.match(incident.country).hasMatch())
        reader.fail(QStringLiteral("country"),
                    tr("\"%1\" is not an ISO 3166-1 alpha-2 code").arg(incident.country));
    if (incident.country != QLatin1String("FR")) {
        if (!incident.department.isEmpty())
            reader.fail(QStringLiteral("department"), tr("departments exist only in France"));
        return;
    }
    if (!incident.region.isEmpty() && !geo::findRegion(incident.region))
        reader.fail(QStringLiteral("region"),
                    tr("\"%1\" is not an INSEE region code").arg(incident.region));
    if (incident.department.isEmpty())
        return;
    const geo::Department *dep = geo::findDepartment(incident.department);
    if (!dep)
        reader.fail(QStringLiteral("department"),
                    tr("\"%1\" is not an INSEE department code").arg(incident.department));
    else if (!incident.region.isEmpty() && dep->regionCode != incident.region)
        reader.fail(
            QStringLiteral("department"),
            tr("department %1 is not in region %2").arg(incident.department, incident.region));
}

} // namespace

QJsonObject sourceToJson(const Source &source)
{
    QJsonObject o;
    o.insert(QStringLiteral("url"), stringOrNull(source.url));
    o.insert(QStringLiteral("outlet"), stringOrNull(source.outlet));
    o.insert(QStringLiteral("published"), dateOrNull(source.published));
    o.insert(QStringLiteral("language"), stringOrNull(source.language));
    if (!source.title.isEmpty())
        o.insert(QStringLiteral("title"), source.title);
    return o;
}

QJsonObject incidentToJson(const Incident &incident)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), stringOrNull(incident.id));
    o.insert(QStringLiteral("title"), stringOrNull(incident.title));
    o.insert(QStringLiteral("published"), dateOrNull(incident.published));
    o.insert(QStringLiteral("occurred"), dateOrNull(incident.occurred));
    o.insert(QStringLiteral("disclosed"), dateOrNull(incident.disclosed));
    o.insert(QStringLiteral("country"), stringOrNull(incident.country));
    o.insert(QStringLiteral("region"), stringOrNull(incident.region));
    o.insert(QStringLiteral("department"), stringOrNull(incident.department));
    o.insert(QStringLiteral("commune"), stringOrNull(incident.commune));
    o.insert(QStringLiteral("victims"), QJsonArray::fromStringList(incident.victims));
    o.insert(QStringLiteral("victim_kind"), incident.victimKind
                                                ? QJsonValue(schemaName(*incident.victimKind))
                                                : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("attack_types"), setOrNull(incident.attackTypes));
    o.insert(QStringLiteral("threat_actor"), stringOrNull(incident.threatActor));
    o.insert(QStringLiteral("data_compromised"), setOrNull(incident.dataCompromised));
    o.insert(QStringLiteral("data_spared"), setOrNull(incident.dataSpared));
    o.insert(QStringLiteral("impacts"), setOrNull(incident.impacts));
    if (incident.ransom) {
        QJsonObject r;
        r.insert(QStringLiteral("amount"), incident.ransom->amount
                                               ? QJsonValue(*incident.ransom->amount)
                                               : QJsonValue(QJsonValue::Null));
        r.insert(QStringLiteral("currency"), stringOrNull(incident.ransom->currency));
        o.insert(QStringLiteral("ransom_demanded"), r);
    } else {
        o.insert(QStringLiteral("ransom_demanded"), QJsonValue::Null);
    }
    o.insert(QStringLiteral("records_affected"), incident.recordsAffected
                                                     ? QJsonValue(double(*incident.recordsAffected))
                                                     : QJsonValue(QJsonValue::Null));
    QJsonArray sources;
    for (const Source &s : incident.sources)
        sources.append(sourceToJson(s));
    o.insert(QStringLiteral("sources"), sources);
    o.insert(QStringLiteral("summary"), stringOrNull(incident.summary));
    return o;
}

Result<Incident> incidentFromJson(const QJsonObject &object, const QString &where)
{
    RecordReader r(object, where);
    Incident i;
    i.id = r.string(QStringLiteral("id"));
    i.title = r.string(QStringLiteral("title"));
    i.published = r.date(QStringLiteral("published"));
    i.occurred = r.date(QStringLiteral("occurred"));
    i.disclosed = r.date(QStringLiteral("disclosed"));
    i.country = r.string(QStringLiteral("country")).toUpper();
    i.region = r.string(QStringLiteral("region"));
    i.department = r.string(QStringLiteral("department")).toUpper();
    i.commune = r.string(QStringLiteral("commune"));
    i.victims = r.stringList(QStringLiteral("victims"));
    i.victimKind = r.vocabulary<VictimKind>(QStringLiteral("victim_kind"));
    i.attackTypes = r.set<AttackType>(QStringLiteral("attack_types"));
    i.threatActor = r.string(QStringLiteral("threat_actor"));
    i.dataCompromised = r.set<DataCategory>(QStringLiteral("data_compromised"));
    i.dataSpared = r.set<DataCategory>(QStringLiteral("data_spared"));
    i.impacts = r.set<Impact>(QStringLiteral("impacts"));
    i.ransom = r.ransom(QStringLiteral("ransom_demanded"));
    i.recordsAffected = r.integer(QStringLiteral("records_affected"));
    i.sources = r.sources(QStringLiteral("sources"));
    i.summary = r.string(QStringLiteral("summary"));
    checkPlace(r, i);
    if (!r.failed() && !i.disclosed.isNull() && !i.occurred.isNull() &&
        i.disclosed.lastJulianDay() < i.occurred.firstJulianDay())
        r.fail(QStringLiteral("disclosed"), tr("disclosure before the attack"));
    if (r.failed())
        return Result<Incident>::failure(r.error());
    return i;
}

Result<QList<Incident>> incidentsFromJson(const QByteArray &json)
{
    using R = Result<QList<Incident>>;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::failure(tr("not valid JSON at byte %1: %2")
                              .arg(parseError.offset)
                              .arg(parseError.errorString()));
    if (!doc.isArray())
        return R::failure(tr("expected a JSON array of incident records"));
    QList<Incident> out;
    QSet<QString> ids;
    const QJsonArray array = doc.array();
    out.reserve(array.size());
    for (qsizetype n = 0; n < array.size(); ++n) {
        const QJsonValue v = array.at(n);
        const QString id = v.toObject().value(QLatin1String("id")).toString();
        const QString where =
            id.isEmpty() ? tr("record %1").arg(n + 1) : tr("record %1 (%2)").arg(n + 1).arg(id);
        if (!v.isObject())
            return R::failure(tr("%1: not an object").arg(where));
        auto incident = incidentFromJson(v.toObject(), where);
        if (!incident)
            return R::failure(incident.error());
        if (!incident->id.isEmpty()) {
            if (ids.contains(incident->id))
                return R::failure(tr("%1, field id: duplicate id").arg(where));
            ids.insert(incident->id);
        }
        out.append(std::move(incident).value());
    }
    return out;
}

} // namespace vigie
