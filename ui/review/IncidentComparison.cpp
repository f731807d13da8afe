// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentComparison.h"

#include "ReviewFields.h"
#include "geo/FrenchAreas.h"
#include "models/DisplayText.h"

#include <QHeaderView>
#include <QLocale>

namespace vigie::ui::review {

namespace {

template<typename E>
QString namesOf(const std::optional<FlagSet<E>> &set)
{
    return set ? set->displayNames().join(QStringLiteral(", ")) : QString();
}

QString dateText(const PartialDate &d)
{
    return d.isNull() ? QString() : displayDateLong(d);
}

} // namespace

IncidentComparison::IncidentComparison(QWidget *parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("incidentComparison"));
    setColumnCount(2);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setWordWrap(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

QStringList IncidentComparison::rowKeys()
{
    return {QStringLiteral("title"),           QStringLiteral("occurred"),
            QStringLiteral("published"),       QStringLiteral("victims"),
            QStringLiteral("victim_kind"),     QStringLiteral("commune"),
            QStringLiteral("department"),      QStringLiteral("region"),
            QStringLiteral("country"),         QStringLiteral("attack_types"),
            QStringLiteral("threat_actor"),    QStringLiteral("data_compromised"),
            QStringLiteral("data_spared"),     QStringLiteral("impacts"),
            QStringLiteral("ransom_demanded"), QStringLiteral("records_affected"),
            QStringLiteral("summary"),         QStringLiteral("sources")};
}

QString IncidentComparison::fieldText(const Incident &i, const QString &key)
{
    const QLocale locale;
    if (key == u"title")
        return i.title;
    if (key == u"occurred")
        return dateText(i.occurred);
    if (key == u"published")
        return dateText(i.published);
    if (key == u"disclosed")
        return dateText(i.disclosed);
    if (key == u"victims")
        return i.victims.join(QStringLiteral("; "));
    if (key == u"victim_kind")
        return i.victimKind ? displayName(*i.victimKind) : QString();
    if (key == u"commune")
        return i.commune;
    if (key == u"department")
        return departmentDisplayName(i.department);
    if (key == u"region")
        return geo::regionDisplayName(i.country, i.region);
    if (key == u"country")
        return countryDisplayName(i.country);
    if (key == u"attack_types")
        return namesOf(i.attackTypes);
    if (key == u"threat_actor")
        return i.threatActor;
    if (key == u"data_compromised")
        return namesOf(i.dataCompromised);
    if (key == u"data_spared")
        return namesOf(i.dataSpared);
    if (key == u"impacts")
        return namesOf(i.impacts);
    if (key == u"ransom_demanded") {
        if (!i.ransom)
            return {};
        if (!i.ransom->amount)
            return tr("yes, amount not stated");
        return QStringLiteral("%1 %2")
            .arg(locale.toString(*i.ransom->amount, 'f', 0), i.ransom->currency)
            .trimmed();
    }
    if (key == u"records_affected")
        return i.recordsAffected ? locale.toString(*i.recordsAffected) : QString();
    if (key == u"summary")
        return i.summary;
    if (key == u"sources") {
        QStringList out;
        for (const Source &s : i.sources)
            out.append(!s.outlet.isEmpty() ? s.outlet : !s.url.isEmpty() ? s.url : s.title);
        out.removeAll(QString());
        return tr("%n source(s)", nullptr, int(i.sources.size())) +
               (out.isEmpty() ? QString() : QStringLiteral(": ") + out.join(QStringLiteral(", ")));
    }
    return {};
}

void IncidentComparison::setIncidents(const Incident &left, const QString &leftTitle,
                                      const Incident &right, const QString &rightTitle)
{
    const QStringList keys = rowKeys();
    clearContents();
    setRowCount(int(keys.size()));
    setHorizontalHeaderLabels({leftTitle, rightTitle});
    QStringList labels;
    for (const QString &key : keys)
        labels.append(key == u"sources" ? tr("Sources") : fieldLabel(key));
    setVerticalHeaderLabels(labels);
    for (int row = 0; row < keys.size(); ++row) {
        const QString a = fieldText(left, keys.at(row));
        const QString b = fieldText(right, keys.at(row));
        const bool differ = a != b;
        for (int column = 0; column < 2; ++column) {
            const QString &text = column == 0 ? a : b;
            auto *item = new QTableWidgetItem(text.isEmpty() ? tr("not stated") : text);
            item->setToolTip(text);
            if (text.isEmpty())
                item->setForeground(palette().brush(QPalette::PlaceholderText));
            if (differ) {
                QFont f = item->font();
                f.setBold(!text.isEmpty());
                item->setFont(f);
            }
            setItem(row, column, item);
        }
    }
}

QString incidentSketch(const Incident &i)
{
    QStringList parts;
    if (!i.victims.isEmpty())
        parts.append(i.victims.first());
    else if (!i.title.isEmpty())
        parts.append(i.title);
    const PartialDate &date = i.occurred.isNull() ? i.published : i.occurred;
    if (!date.isNull())
        parts.append(displayDate(date));
    if (!i.commune.isEmpty())
        parts.append(i.commune);
    else if (!i.department.isEmpty())
        parts.append(departmentDisplayName(i.department));
    else if (!i.country.isEmpty())
        parts.append(countryDisplayName(i.country));
    return parts.join(QStringLiteral(", "));
}

} // namespace vigie::ui::review
