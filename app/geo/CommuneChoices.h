// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Gazetteer.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <string_view>
#include <vector>

namespace vigie::geo {

// A commune offered to the user for the incident's `commune` field.
struct CommuneChoice {
    QString name;           // the official name, what the field stores: "Saint-Denis"
    QString code;           // INSEE code: "93066"
    QString departmentCode; // "93"
    QString regionCode;     // "11"
    qint64 population = 0;
    CommuneKind kind = CommuneKind::Commune;
    // Another commune has the same name: the label names the department.
    bool homonym = false;
    // "Saint-Denis (93)" for a homonym, else the name.
    QString label() const;
};

// The official communes (current communes and the municipal arrondissements
// of Paris, Lyon and Marseille) a commune field can complete to: the
// gazetteer's table without its alias rows and former communes, in
// normalised-name order so that a prefix is a binary search. Immutable once
// built, so one list can be shared; building it reads ~37,000 rows
// (see `vigie-bench commune-choices`).
class CommuneChoices {
public:
    // Reads `gazetteer`'s table in place: the gazetteer must outlive the list.
    explicit CommuneChoices(const Gazetteer &gazetteer = Gazetteer::shared());

    // Built on first call (thread-safe), from Gazetteer::shared().
    static const CommuneChoices &shared();

    qsizetype size() const { return qsizetype(m_entries.size()); }

    // The communes whose name starts with what the user typed, ignoring case,
    // accents and punctuation ("corbeil", "Évry", "evry courc", "saint-den",
    // "St Denis" all match), in the department `departmentCode` when one is
    // given (all of France otherwise). Towns of 5,000 inhabitants or more
    // first, then the name typed exactly, then the others, by population
    // within each; at most `limit`. A typed "Sain…" also finds the
    // "Saint-…"/"Sainte-…" names the gazetteer keys as "st"/"ste".
    QList<CommuneChoice> candidates(QStringView typed, QStringView departmentCode = {},
                                    int limit = 50) const;

    // The communes whose name is exactly what the user typed, compared as
    // candidates() compares ("saint denis", "St-Denis", "SAINT-DENIS" are
    // "Saint-Denis"), in the department `departmentCode` when one is given:
    // one commune, several homonyms, or none. Alias rows ("Châlons") and
    // former communes are not names of a commune here.
    QList<CommuneChoice> exactMatches(QStringView typed, QStringView departmentCode = {}) const;

private:
    // A row of the gazetteer's communes table, read in place: the choice
    // itself is made only for the few rows a look-up returns.
    struct Entry {
        std::string_view key; // normalizePlaceName() of the name
        std::string_view departmentCode;
        qsizetype row = 0; // where the line starts in communes.tsv
        qint64 population = 0;
        bool homonym = false;
    };
    CommuneChoice choiceAt(const Entry &entry) const;

    const Gazetteer *m_gazetteer = nullptr; // must outlive this list
    std::vector<Entry> m_entries;           // sorted by key
};

// What the commune field holds, checked against the official list in the
// scope of the department chosen, else of the region chosen (all of France
// when neither). It is advice
// for the user, never a refusal: an article may name a hamlet or a commune
// that has since merged.
struct CommuneCheck {
    enum Status {
        Empty,           // nothing typed
        Official,        // an official name (in the department, if one is chosen)
        OtherSpelling,   // a commune of that name, spelt otherwise: `commune.name`
        FormerCommune,   // a former commune, now part of `parentName`
        OtherDepartment, // no such commune in the department; there are in `departments`
        OtherRegion,     // no department chosen, none in the region; there are in `departments`
        Unknown,         // in no official list
    };
    Status status = Empty;
    Commune commune;         // the match (Official, OtherSpelling, FormerCommune)
    QString parentName;      // FormerCommune: the commune it belongs to now
    QStringList departments; // OtherDepartment, OtherRegion: codes of departments that have one
};

CommuneCheck checkCommune(QStringView name, QStringView departmentCode,
                          const Gazetteer &gazetteer = Gazetteer::shared());
// The region counts only when no department is given (a department is in
// one region, and the editor keeps the two consistent).
CommuneCheck checkCommune(QStringView name, QStringView departmentCode, QStringView regionCode,
                          const Gazetteer &gazetteer = Gazetteer::shared());

} // namespace vigie::geo
