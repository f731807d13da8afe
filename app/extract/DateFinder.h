// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TextIndex.h"
#include "model/PartialDate.h"

#include <QDate>
#include <QList>

namespace vigie::extract {

// A date expression found in the (folded) text and what it resolves to.
struct DateMention {
    enum class Kind : quint8 {
        Full,     // day, month and year written out: "9 mars 2023", "2023-03-09"
        DayMonth, // "9 mars", "June 3": year inferred from the reference date
        Month,    // "en avril", "mi-avril", "décembre 2022", "last month"
        Weekday,  // "lundi", "ce samedi", "dans la nuit de jeudi à vendredi"
        Relative, // "hier", "la semaine dernière", "earlier this month"
    };
    Span span;
    PartialDate value;
    Kind kind = Kind::Full;
    bool future = false; // after the reference date: a deadline, not an event
};

// Every date expression of `folded` (see foldText) resolved against
// `reference` (the publication date; relative expressions are dropped when it
// is null). Offsets are relative to `folded`, sorted by position.
QList<DateMention> findDates(QStringView folded, QDate reference);

// The most recent `weekday` (1 = Monday) on or before `reference`;
// strictly before when `strict` ("last Thursday").
QDate previousWeekday(QDate reference, int weekday, bool strict = false);

// The publication date from the top of the article: the dateline ("9 Sep.
// 2025 • 16:10", "Publié le 22/08/2022 à 10h12", "August 22, 2022 3:04 PM ET",
// "2021-07-17"), "Publié le"/"Mis à jour le" lines first. Null when none.
struct PublicationDate {
    PartialDate date;
    Span span;
    double confidence = 0.0;
};
PublicationDate findPublicationDate(const TextIndex &index);

} // namespace vigie::extract
