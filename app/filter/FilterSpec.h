// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Snapshot.h"

#include "model/PartialDate.h"
#include "model/Result.h"
#include "model/Vocabulary.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace vigie::filter {

using VictimKinds = FlagSet<VictimKind>;

// What the user filters on; every view shows the incidents that pass all of
// it. An empty list or set means "no filter on this dimension"; a non-empty
// set of attack types, data categories or impacts keeps incidents that have
// any of them.
//
// The text form, for the command line and saved views, is one parser and one
// printer: clauses `key=value[,value...]` separated by `;`, values quoted with
// "..." when they hold `;`, `,`, `"` or spaces at the ends, e.g.
//   region=32,11;attack=ransomware;from=2022-01;to=2024-12;q="données de santé"
struct FilterSpec {
    DateField dateField = DateField::Occurred;
    // Keeps incidents whose date (a day, month or year) overlaps
    // [from's first day, to's last day]; an undated incident never passes an
    // active date range. A null end is open.
    PartialDate from, to;
    QStringList countries;   // ISO codes
    QStringList regions;     // INSEE codes (or subdivision names abroad)
    QStringList departments; // INSEE codes
    QStringList threatActors;
    AttackTypes attackTypes;
    VictimKinds victimKinds;
    DataCategories dataCompromised;
    Impacts impacts;
    std::optional<bool> ransomDemanded; // yes: a ransom was demanded; no: none is mentioned
    QString text;                       // full-text query (see TextSearch)

    bool hasDateRange() const { return !from.isNull() || !to.isNull(); }
    bool isEmpty() const;
    // Inclusive Julian day bounds of the date range (open ends are far away).
    qint32 firstDay() const;
    qint32 lastDay() const;

    static Result<FilterSpec> parse(QStringView text);
    QString toText() const;

    friend bool operator==(const FilterSpec &, const FilterSpec &) = default;
};

} // namespace vigie::filter
