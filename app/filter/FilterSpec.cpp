// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilterSpec.h"

#include <QCoreApplication>

namespace vigie::filter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FilterSpec", text);
}

constexpr qint32 farPast = -(1 << 30);
constexpr qint32 farFuture = 1 << 30;

const char *dateFieldName(DateField f)
{
    switch (f) {
    case DateField::Occurred:
        return "occurred";
    case DateField::Disclosed:
        return "disclosed";
    case DateField::Published:
        return "published";
    }
    return "occurred";
}

// Splits on `separator` outside double quotes; unquotes values when asked.
// Returns nullopt (with `error` set) on an unterminated quote.
std::optional<QStringList> split(QStringView text, QChar separator, bool unquote, QString &error)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'\\' && i + 1 < text.size()) {
                if (!unquote)
                    current += c;
                current += text[++i];
            } else if (c == u'"') {
                quoted = false;
                if (!unquote)
                    current += c;
            } else {
                current += c;
            }
        } else if (c == u'"') {
            quoted = true;
            wasQuoted = true;
            if (!unquote)
                current += c;
        } else if (c == separator) {
            parts.append(wasQuoted && unquote ? current : current.trimmed());
            current.clear();
            wasQuoted = false;
        } else if (!(unquote && wasQuoted && c.isSpace())) {
            current += c;
        }
    }
    if (quoted) {
        error = tr("unterminated quote in '%1'").arg(text.toString());
        return std::nullopt;
    }
    parts.append(wasQuoted && unquote ? current : current.trimmed());
    return parts;
}

QString quoted(const QString &value)
{
    const bool needs = value.isEmpty() || value.contains(u';') || value.contains(u',') ||
                       value.contains(u'"') || value.contains(u'=') || value.front().isSpace() ||
                       value.back().isSpace();
    if (!needs)
        return value;
    QString out = QStringLiteral("\"");
    for (QChar c : value) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out + u'"';
}

template<typename E>
QString namesOf()
{
    QStringList names;
    for (E v : vocabularyValues<E>())
        names.append(schemaName(v));
    return names.join(QStringLiteral(", "));
}

template<typename E>
bool parseSet(const QString &clause, const QStringList &values, const QString &what,
              FlagSet<E> &out, QString &error)
{
    for (const QString &v : values) {
        const auto value = fromSchemaName<E>(v);
        if (!value) {
            error = tr("'%1': unknown %2 '%3' (one of: %4)").arg(clause, what, v, namesOf<E>());
            return false;
        }
        out.insert(*value);
    }
    return true;
}

} // namespace

bool FilterSpec::isEmpty() const
{
    FilterSpec empty;
    empty.dateField = dateField;
    return *this == empty;
}

qint32 FilterSpec::firstDay() const
{
    return from.isNull() ? farPast : qint32(from.firstJulianDay());
}

qint32 FilterSpec::lastDay() const
{
    return to.isNull() ? farFuture : qint32(to.lastJulianDay());
}

Result<FilterSpec> FilterSpec::parse(QStringView text)
{
    using R = Result<FilterSpec>;
    FilterSpec spec;
    QString error;
    const auto clauses = split(text, u';', false, error);
    if (!clauses)
        return R::failure(error);
    QStringList seen;
    for (const QString &clause : *clauses) {
        if (clause.isEmpty())
            continue;
        const qsizetype eq = clause.indexOf(u'=');
        if (eq <= 0)
            return R::failure(tr("'%1': expected key=value").arg(clause));
        const QString key = clause.left(eq).trimmed().toLower();
        if (seen.contains(key))
            return R::failure(tr("'%1' appears twice").arg(key));
        seen.append(key);
        const auto values = split(QStringView(clause).mid(eq + 1), u',', true, error);
        if (!values)
            return R::failure(error);
        if (values->size() == 1 && values->first().isEmpty())
            return R::failure(tr("'%1': empty value").arg(clause));
        for (const QString &v : *values)
            if (v.isEmpty())
                return R::failure(tr("'%1': empty value in the list").arg(clause));
        auto single = [&]() -> std::optional<QString> {
            if (values->size() != 1) {
                error = tr("'%1': takes one value").arg(clause);
                return std::nullopt;
            }
            return values->first();
        };
        if (key == u"date") {
            auto v = single();
            if (!v)
                return R::failure(error);
            if (*v == u"occurred")
                spec.dateField = DateField::Occurred;
            else if (*v == u"disclosed")
                spec.dateField = DateField::Disclosed;
            else if (*v == u"published")
                spec.dateField = DateField::Published;
            else
                return R::failure(
                    tr("'%1': expected occurred, disclosed or published").arg(clause));
        } else if (key == u"from" || key == u"to") {
            auto v = single();
            if (!v)
                return R::failure(error);
            const auto date = PartialDate::fromIso(*v);
            if (!date || date->isNull())
                return R::failure(
                    tr("'%1': not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)").arg(clause));
            (key == u"from" ? spec.from : spec.to) = *date;
        } else if (key == u"country") {
            spec.countries = *values;
        } else if (key == u"region") {
            spec.regions = *values;
        } else if (key == u"department" || key == u"dept") {
            spec.departments = *values;
        } else if (key == u"actor") {
            spec.threatActors = *values;
        } else if (key == u"attack") {
            if (!parseSet(clause, *values, tr("attack type"), spec.attackTypes, error))
                return R::failure(error);
        } else if (key == u"kind") {
            if (!parseSet(clause, *values, tr("victim kind"), spec.victimKinds, error))
                return R::failure(error);
        } else if (key == u"data") {
            if (!parseSet(clause, *values, tr("data category"), spec.dataCompromised, error))
                return R::failure(error);
        } else if (key == u"impact") {
            if (!parseSet(clause, *values, tr("impact"), spec.impacts, error))
                return R::failure(error);
        } else if (key == u"ransom") {
            auto v = single();
            if (!v)
                return R::failure(error);
            if (*v == u"yes")
                spec.ransomDemanded = true;
            else if (*v == u"no")
                spec.ransomDemanded = false;
            else
                return R::failure(tr("'%1': expected yes or no").arg(clause));
        } else if (key == u"q") {
            // A query is one value: commas belong to it.
            const auto whole = split(QStringView(clause).mid(eq + 1), u';', true, error);
            spec.text = whole ? whole->join(QString()) : QString();
        } else {
            return R::failure(tr("'%1': unknown filter '%2' (known: date, from, to, country, "
                                 "region, department, attack, kind, data, impact, actor, "
                                 "ransom, q)")
                                  .arg(clause, key));
        }
    }
    if (!spec.from.isNull() && !spec.to.isNull() && spec.firstDay() > spec.lastDay())
        return R::failure(tr("'from=%1' is after 'to=%2'").arg(spec.from.toIso(), spec.to.toIso()));
    return spec;
}

QString FilterSpec::toText() const
{
    QStringList clauses;
    auto add = [&](const char *key, const QStringList &values) {
        if (values.isEmpty())
            return;
        QStringList q;
        for (const QString &v : values)
            q.append(quoted(v));
        clauses.append(QLatin1String(key) + u'=' + q.join(u','));
    };
    if (dateField != DateField::Occurred)
        add("date", {QLatin1String(dateFieldName(dateField))});
    if (!from.isNull())
        add("from", {from.toIso()});
    if (!to.isNull())
        add("to", {to.toIso()});
    add("country", countries);
    add("region", regions);
    add("department", departments);
    add("attack", attackTypes.schemaNames());
    add("kind", victimKinds.schemaNames());
    add("data", dataCompromised.schemaNames());
    add("impact", impacts.schemaNames());
    add("actor", threatActors);
    if (ransomDemanded)
        add("ransom", {*ransomDemanded ? QStringLiteral("yes") : QStringLiteral("no")});
    if (!text.isEmpty())
        add("q", {text});
    return clauses.join(u';');
}

} // namespace vigie::filter
