// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PartialDate.h"
#include "Vocabulary.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigie {

// {amount, currency}: a demand with no stated amount has both unset.
struct Ransom {
    std::optional<double> amount;
    QString currency;
    friend bool operator==(const Ransom &, const Ransom &) = default;
};

// An article (or any public page) that reports an incident.
struct Source {
    qint64 dbId = 0;
    QString url;
    QString outlet;
    PartialDate published;
    QString language;
    QString title;
    QString text;        // the cleaned article text, empty for dataset sources
    QByteArray textHash; // SHA-256 of the normalised text, empty without text

    friend bool operator==(const Source &, const Source &) = default;
};

// One incident, as in shared/incident-schema.md. An unset optional, a null
// string or an empty list means "not stated", never "false".
struct Incident {
    qint64 dbId = 0; // 0 until stored
    QString id;      // stable slug, e.g. "2022-08-chsf-corbeil-essonnes"
    QString title;
    PartialDate published;
    PartialDate occurred;
    PartialDate disclosed;
    QString country;    // ISO 3166-1 alpha-2
    QString region;     // INSEE code in France, English subdivision name elsewhere
    QString department; // INSEE code, France only
    QString commune;
    QStringList victims;
    std::optional<VictimKind> victimKind;
    std::optional<AttackTypes> attackTypes;
    QString threatActor;
    std::optional<DataCategories> dataCompromised;
    std::optional<DataCategories> dataSpared;
    std::optional<Impacts> impacts;
    std::optional<Ransom> ransom;
    std::optional<qint64> recordsAffected;
    QList<Source> sources;
    QString summary;

    friend bool operator==(const Incident &, const Incident &) = default;
};

} // namespace vigie
