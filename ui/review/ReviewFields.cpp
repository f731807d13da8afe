// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewFields.h"

#include <QCoreApplication>

#include <algorithm>

namespace vigie::ui::review {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vigie::ui::review::Fields", text);
}

} // namespace

QStringList editorFieldKeys()
{
    return {QStringLiteral("title"),
            QStringLiteral("occurred"),
            QStringLiteral("published"),
            QStringLiteral("disclosed"),
            QStringLiteral("country"),
            QStringLiteral("region"),
            QStringLiteral("department"),
            QStringLiteral("commune"),
            QStringLiteral("victims"),
            QStringLiteral("victim_kind"),
            QStringLiteral("attack_types"),
            QStringLiteral("threat_actor"),
            QStringLiteral("data_compromised"),
            QStringLiteral("data_spared"),
            QStringLiteral("impacts"),
            QStringLiteral("ransom_demanded"),
            QStringLiteral("records_affected"),
            QStringLiteral("summary")};
}

QStringList evidenceFieldKeys()
{
    QStringList keys = editorFieldKeys();
    keys.removeAll(QStringLiteral("title"));
    keys.removeAll(QStringLiteral("summary"));
    return keys;
}

QString fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("vigie::ui::review::Fields", "Title")},
        {QStringLiteral("occurred"), QT_TRANSLATE_NOOP("vigie::ui::review::Fields", "Occurred")},
        {QStringLiteral("published"), QT_TRANSLATE_NOOP("vigie::ui::review::Fields", "Published")},
        {QStringLiteral("disclosed"), QT_TRANSLATE_NOOP("vigie::ui::review::Fields", "Disclosed")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("vigie::ui::review::Fields", "Country")},
        {QStringLiteral("region"), QT_TRANSLATE_NOOP("vigie::ui::review::Fields", "Region")},
        {QStringLiteral("department"),
         QT_TRANSLATE_NOOP("vigie::ui::review::Fields", "Department")},
        {QStringLiteral("commune"), QT_TRANSLATE_NOOP("vigie::ui::review::Fields", "Commune")},
        {QStringLiteral("victims"), QT_TRANSLATE_NOOP("vigie::ui::review::Fields", "Victims")},
        {QStringLiteral("victim_kind"),
         QT_TRANSLATE_NOOP("vigie::ui::review::Fields", "Victim kind")},
        {QStringLiteral("attack_types"),
         QT_TRANSLATE_NOOP("vigie::ui::review::Fields", "Attack types")},
        {QStringLiteral("threat_actor"),
         QT_TRANSLATE_NOOP("vigie::ui::review::Fields", "Threat actor")},
        {QStringLiteral("data_compromised"),
         QT_TRANSLATE_NOOP("vigie::ui::review::Fields", "Data compromised")},
        {QStringLiteral("data_spared"),
         QT_TRANSLATE_NOOP("vigie::ui::review::Fields", "Data spared")},
        {QStringLiteral("impacts"), QT_TRANSLATE_NOOP("vigie::ui::review::Fields", "Impacts")},
        {QStringLiteral("ransom_demanded"),
         QT_TRANSLATE_NOOP("vigie::ui::review::Fields", "Ransom")},
        {QStringLiteral("records_affected"),
         QT_TRANSLATE_NOOP("vigie::ui::review::Fields", "Records affected")},
        {QStringLiteral("summary"), QT_TRANSLATE_NOOP("vigie::ui::review::Fields", "Summary")},
    };
    const char *label = labels.value(key);
    return label ? tr(label) : key;
}

QString fieldList(const QStringList &keys)
{
    QStringList labels;
    for (const QString &key : keys)
        labels << fieldLabel(key).toLower();
    return labels.join(QStringLiteral(", "));
}

QString legendGroup(const QString &key)
{
    if (key == u"region" || key == u"department" || key == u"commune")
        return QStringLiteral("country");
    if (key == u"victim_kind")
        return QStringLiteral("victims");
    if (key == u"records_affected")
        return QStringLiteral("ransom_demanded");
    return key;
}

QString legendLabel(const QString &group)
{
    if (group == u"country")
        return tr("Place");
    if (group == u"victims")
        return tr("Victims and kind");
    if (group == u"ransom_demanded")
        return tr("Ransom, records");
    return fieldLabel(group);
}

QColor fieldColor(const QString &key)
{
    static const QHash<QString, QColor> colors{
        {QStringLiteral("published"), QColor(0xDD, 0xDD, 0xDD)},        // pale grey
        {QStringLiteral("occurred"), QColor(0x77, 0xAA, 0xDD)},         // light blue
        {QStringLiteral("disclosed"), QColor(0x99, 0xDD, 0xFF)},        // light cyan
        {QStringLiteral("country"), QColor(0x44, 0xBB, 0x99)},          // mint
        {QStringLiteral("victims"), QColor(0xEE, 0xDD, 0x88)},          // light yellow
        {QStringLiteral("attack_types"), QColor(0xEE, 0x88, 0x66)},     // orange
        {QStringLiteral("threat_actor"), QColor(0xFF, 0xAA, 0xBB)},     // pink
        {QStringLiteral("data_compromised"), QColor(0xBB, 0xCC, 0x33)}, // pear
        {QStringLiteral("data_spared"), QColor(0xAA, 0xAA, 0x00)},      // olive
        {QStringLiteral("impacts"), QColor(0xCC, 0xBB, 0xEE)},          // pale purple
        {QStringLiteral("ransom_demanded"), QColor(0xFF, 0xDD, 0xBB)},  // pale orange
    };
    return colors.value(legendGroup(key), QColor(0xDD, 0xDD, 0xDD));
}

QHash<QString, double> fieldConfidences(const extract::Extraction &extraction)
{
    QHash<QString, double> out;
    for (auto it = extraction.evidence.cbegin(); it != extraction.evidence.cend(); ++it) {
        double best = 0;
        for (const extract::Evidence &e : it.value())
            best = std::max(best, e.confidence);
        if (!it.value().isEmpty())
            out.insert(it.key(), best);
    }
    return out;
}

double itemConfidence(const extract::Extraction &extraction)
{
    const QHash<QString, double> confidences = fieldConfidences(extraction);
    if (!confidences.contains(QStringLiteral("victims")))
        return 0;
    double lowest = 1;
    for (double c : confidences)
        lowest = std::min(lowest, c);
    return lowest;
}

} // namespace vigie::ui::review
