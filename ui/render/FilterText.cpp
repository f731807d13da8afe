// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilterText.h"

#include "geo/FrenchAreas.h"

#include <QCoreApplication>

namespace vigie::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vigie::ui::FilterText", text);
}

QString dateText(const PartialDate &date, const QLocale &locale)
{
    switch (date.precision()) {
    case PartialDate::Precision::Day:
        return locale.toString(date.firstDate(), QLocale::ShortFormat);
    case PartialDate::Precision::Month:
        return locale.standaloneMonthName(date.month(), QLocale::ShortFormat) + u' ' +
               QString::number(date.year());
    case PartialDate::Precision::Year:
        return QString::number(date.year());
    case PartialDate::Precision::None:
        break;
    }
    return {};
}

} // namespace

QString describeFilter(const filter::FilterSpec &spec, const QLocale &locale)
{
    QStringList parts;
    if (spec.hasDateRange()) {
        if (spec.from.isNull())
            parts.append(tr("until %1").arg(dateText(spec.to, locale)));
        else if (spec.to.isNull())
            parts.append(tr("since %1").arg(dateText(spec.from, locale)));
        else
            parts.append(dateText(spec.from, locale) + QStringLiteral(" – ") +
                         dateText(spec.to, locale));
    }
    if (!spec.countries.isEmpty())
        parts.append(spec.countries.join(u", "));
    if (!spec.regions.isEmpty()) {
        QStringList names;
        for (const QString &code : spec.regions)
            names.append(geo::regionDisplayName(QStringLiteral("FR"), code));
        parts.append(names.join(u", "));
    }
    if (!spec.departments.isEmpty()) {
        QStringList names;
        for (const QString &code : spec.departments) {
            const auto *d = geo::findDepartment(code);
            names.append(d ? QStringLiteral("%1 (%2)").arg(d->name, code) : code);
        }
        parts.append(names.join(u", "));
    }
    if (!spec.attackTypes.isEmpty())
        parts.append(spec.attackTypes.displayNames().join(u", "));
    if (!spec.victimKinds.isEmpty())
        parts.append(spec.victimKinds.displayNames().join(u", "));
    if (!spec.dataCompromised.isEmpty())
        parts.append(tr("data: %1").arg(spec.dataCompromised.displayNames().join(u", ")));
    if (!spec.impacts.isEmpty())
        parts.append(spec.impacts.displayNames().join(u", "));
    if (!spec.threatActors.isEmpty())
        parts.append(spec.threatActors.join(u", "));
    if (spec.ransomDemanded)
        parts.append(*spec.ransomDemanded ? tr("ransom demanded") : tr("no ransom mentioned"));
    if (!spec.text.trimmed().isEmpty())
        parts.append(tr("“%1”").arg(spec.text.trimmed()));
    return parts.join(QStringLiteral(" · "));
}

QString sourceLine(qint64 incidents, QDate date, const QLocale &locale)
{
    return QCoreApplication::translate("vigie::ui::FilterText", "Vigie — %n incident(s) — %1",
                                       nullptr, int(incidents))
        .arg(locale.toString(date, QStringLiteral("d MMMM yyyy")));
}

} // namespace vigie::ui
