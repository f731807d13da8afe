// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Incident.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <utility>

namespace vigie::ui {

// The key figures of the report's summary page, computed from exactly the
// incidents the report lists. Pure, so tests check numbers.
struct ReportFigures {
    qsizetype incidents = 0;
    QMap<int, int> perYear; // by the incident's year (occurred, else disclosed, else published)
    int undated = 0;
    // Largest first; ties in name order. Names are in the UI language.
    QList<std::pair<QString, int>> regions;     // "Île-de-France", or the country abroad
    QList<std::pair<QString, int>> attackTypes; // incidents naming each type
    QList<std::pair<QString, int>> dataCompromised;
    QList<std::pair<QString, int>> threatActors;
    QList<std::pair<QString, int>> impacts; // impacts on care
    int regionNotStated = 0;
    int attackNotStated = 0;
    int dataNotStated = 0;
    // Records affected, over the incidents that state a number.
    int recordsKnown = 0;
    qint64 recordsTotal = 0;
    std::optional<qint64> recordsLargest;
    QString recordsLargestVictim;

    static ReportFigures compute(const QList<Incident> &incidents);
};

// The date the report files an incident under: occurred, else disclosed,
// else published (null when none is known).
PartialDate reportDate(const Incident &incident);

// "Île-de-France" for a French region code, the country's name abroad, empty
// when no place is known.
QString reportRegionName(const Incident &incident);

} // namespace vigie::ui
