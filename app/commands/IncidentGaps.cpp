// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentGaps.h"

#include "geo/FrenchAreas.h"

namespace vigie::commands {

namespace {

// Records each filled field under its schema key.
class Filler {
public:
    explicit Filler(GapFill &out)
        : m_out(out)
    {
    }

    void text(const char *key, QString &field, const QString &from)
    {
        if (field.isEmpty() && !from.isEmpty())
            assign(key, field, from);
    }

    template<typename T>
    void optional(const char *key, std::optional<T> &field, const std::optional<T> &from)
    {
        if (!field && from)
            assign(key, field, from);
    }

    // A stated set is kept whole: the stored record was reviewed. An empty
    // set states nothing (the schema's "not discussed").
    template<typename E>
    void set(const char *key, std::optional<FlagSet<E>> &field,
             const std::optional<FlagSet<E>> &from)
    {
        if ((!field || field->isEmpty()) && from && !from->isEmpty())
            assign(key, field, from);
    }

    void date(const char *key, PartialDate &field, const PartialDate &from, bool refine)
    {
        if (from.isNull())
            return;
        if (field.isNull()) {
            assign(key, field, from);
            return;
        }
        // The same period told more precisely: 2024-03 becomes 2024-03-12.
        const bool within =
            from.firstDate() >= field.firstDate() && from.lastDate() <= field.lastDate();
        if (refine && within && from.precision() > field.precision())
            assign(key, field, from);
    }

    template<typename T>
    void assign(const char *key, T &field, const T &from)
    {
        field = from;
        const QString name = QString::fromLatin1(key);
        if (!m_out.fields.contains(name))
            m_out.fields.append(name);
    }

private:
    GapFill &m_out;
};

// The region (INSEE code) of a French department code, empty when unknown.
QString regionOfDepartment(const QString &department)
{
    const geo::Department *d = geo::findDepartment(department);
    return d ? d->regionCode : QString();
}

void fillPlace(Filler &fill, Incident &out, const Incident &from)
{
    fill.text("country", out.country, from.country);
    // A region, department or commune only means something in its country.
    if (out.country != from.country)
        return;
    const bool france = out.country == QLatin1String("FR");
    if (out.region.isEmpty() && !from.region.isEmpty()) {
        // A department stated already fixes the region (in France).
        const bool fits = out.department.isEmpty() ||
                          (france && regionOfDepartment(out.department) == from.region);
        if (fits)
            fill.text("region", out.region, from.region);
    }
    if (out.department.isEmpty() && !from.department.isEmpty()) {
        // Never a department of another region than the stored one.
        const bool fits =
            france ? !regionOfDepartment(from.department).isEmpty() &&
                         (out.region.isEmpty() || regionOfDepartment(from.department) == out.region)
                   : out.region == from.region;
        if (fits)
            fill.text("department", out.department, from.department);
    }
    // A commune is only as sure as the department and region around it.
    if (out.department == from.department && out.region == from.region)
        fill.text("commune", out.commune, from.commune);
}

} // namespace

GapFill fillGaps(const Incident &stored, const Incident &extracted)
{
    GapFill result;
    result.incident = stored;
    Incident &out = result.incident;
    const Incident &from = extracted;
    Filler fill(result);
    fill.text("title", out.title, from.title);
    fill.date("occurred", out.occurred, from.occurred, true);
    // The incident's publication date is its first article's: a later
    // article does not make it more precise.
    fill.date("published", out.published, from.published, false);
    fill.date("disclosed", out.disclosed, from.disclosed, true);
    fillPlace(fill, out, from);
    if (out.victims.isEmpty() && !from.victims.isEmpty())
        fill.assign("victims", out.victims, from.victims);
    fill.optional("victim_kind", out.victimKind, from.victimKind);
    fill.set("attack_types", out.attackTypes, from.attackTypes);
    fill.text("threat_actor", out.threatActor, from.threatActor);
    fill.set("data_compromised", out.dataCompromised, from.dataCompromised);
    fill.set("data_spared", out.dataSpared, from.dataSpared);
    fill.set("impacts", out.impacts, from.impacts);
    if (out.ransom && !out.ransom->amount && from.ransom && from.ransom->amount)
        fill.assign("ransom_demanded", out.ransom, from.ransom); // the same demand, with its amount
    fill.optional("ransom_demanded", out.ransom, from.ransom);
    fill.optional("records_affected", out.recordsAffected, from.recordsAffected);
    fill.text("summary", out.summary, from.summary);
    return result;
}

} // namespace vigie::commands
