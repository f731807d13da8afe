// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>

namespace vigie::geo {

// The place names the extractor recognises: every French commune, municipal
// arrondissement and former (delegated/associated) commune, department and
// region (current and pre-2016 names) from INSEE's code officiel géographique,
// the countries of the world in French and English, and GeoNames' towns of
// the world. The data is generated at development time by
// resources/gazetteer/generate.py and embedded in the binary.
//
// Every look-up goes through normalizePlaceName(), so "Saint-Étienne",
// "St Etienne" and "saint etienne" are the same key.

// Case, accents, ligatures (œ, æ, ß), apostrophes (' ’ ʼ `), hyphens and
// dashes, dots and repeated spaces are folded; "saint"/"sainte" become
// "st"/"ste". "Saint-Étienne-du-Rouvray" -> "st etienne du rouvray",
// "L’Haÿ-les-Roses" -> "l hay les roses".
QString normalizePlaceName(QStringView name);

struct GeoPoint {
    double latitude = 0;
    double longitude = 0;
    bool valid = false;
    bool isValid() const { return valid; }
};

enum class CommuneKind : quint8 {
    Commune,                 // a current commune
    MunicipalArrondissement, // Paris 12e, Lyon 3e, Marseille 8e: parentCode is the city
    FormerCommune,           // merged into parentCode (commune déléguée or associée)
};

struct Commune {
    QString code;           // INSEE code: "35238", "2A004", "97411"
    QString name;           // "Rennes"
    QString departmentCode; // "35"
    QString regionCode;     // "53"
    qint64 population = 0;  // INSEE municipal population; 0 when unknown (former communes)
    GeoPoint location;      // from GeoNames when it lists the town; invalid otherwise
    CommuneKind kind = CommuneKind::Commune;
    QString parentCode; // the current commune for arrondissements and former communes
    // The name is also an ordinary word or too short to trust on its own
    // ("Sept", "Bar", "Plan", "Ham", "Y", "Orange", "L'Hôpital"): require context.
    bool ambiguousWord = false;
    // The name, lowercased, is a dictionary word ("Tours", "Sens", "Rennes"):
    // trust it only when it is capitalised in the text.
    bool lowercaseWord = false;
};

struct DepartmentInfo {
    QString code;           // "59", "2A", "971"
    QString name;           // "Nord"
    QString regionCode;     // "32"
    QString prefectureCode; // INSEE code of the chef-lieu commune ("59350", Lille)
    qint64 population = 0;  // sum of its communes
};

struct RegionInfo {
    QString code;           // "32"
    QString name;           // "Hauts-de-France"
    QString prefectureCode; // INSEE code of the chef-lieu commune
    qint64 population = 0;  // sum of its communes
};

// A region found by name: the current region, and the former (pre-2016) or
// alternative name that matched, if any ("Picardie" -> 32, matched "Picardie").
struct RegionMatch {
    RegionInfo region;
    QString matchedName; // the name as listed in the gazetteer
    bool former = false; // a pre-2016 region merged into `region`
};

struct Country {
    QString code;   // ISO 3166-1 alpha-2: "DE"
    QString nameEn; // "Germany"
    QString nameFr; // "Allemagne"
};

// A town abroad (GeoNames: populated places over 1,000 inhabitants or seats of
// administrative divisions). French towns are communes instead.
struct Town {
    QString name;        // "Düsseldorf"
    QString countryCode; // "DE"
    QString admin1Code;  // GeoNames first-level code: "07"
    QString admin1Name;  // English name: "North Rhine-Westphalia"
    GeoPoint location;
    qint64 population = 0; // GeoNames; 0 when unknown
};

enum class PlaceKind : quint8 {
    Commune = 0x01, // includes municipal arrondissements and former communes
    Department = 0x02,
    Region = 0x04, // current or former
    Country = 0x08,
    Town = 0x10, // towns abroad
};
Q_DECLARE_FLAGS(PlaceKinds, PlaceKind)
constexpr PlaceKinds AllPlaceKinds = PlaceKinds(0x1f);

// A candidate place name found in a text by Gazetteer::scan(). It only says
// the words match a known name; the caller decides from the context.
struct PlaceMention {
    qsizetype start = 0;  // in the scanned text (UTF-16 offsets)
    qsizetype length = 0; // covers the words exactly, without surrounding punctuation
    int words = 0;        // how many words the name spans
    PlaceKinds kinds;     // what the words may name
    QString key;          // normalizePlaceName() of the words, for the look-ups
    // Every match of this key is an ambiguous word (see Commune::ambiguousWord;
    // countries and regions are never ambiguous unless their key is a stop word like "us").
    bool ambiguousWord = false;
    // Every match is a lowercase dictionary word (see Commune::lowercaseWord).
    bool lowercaseWord = false;
    bool capitalized = false; // the first word starts with an upper-case letter in the text
};

class GazetteerData;
class CommuneChoices;

// Immutable once loaded: safe to share between threads.
class Gazetteer {
public:
    // The gazetteer embedded in the binary, loaded on first use (thread-safe).
    static const Gazetteer &shared();

    Gazetteer();
    ~Gazetteer();
    Gazetteer(const Gazetteer &) = delete;
    Gazetteer &operator=(const Gazetteer &) = delete;

    // False (with errorString()) if the embedded resources are missing or damaged.
    bool isValid() const;
    QString errorString() const;

    // --- communes
    // Every commune with that name: current communes of 5,000 inhabitants or
    // more, then smaller ones together with the big towns this is a short
    // form of ("Châlons" -> Châlons-en-Champagne, "Aix" -> Aix-en-Provence,
    // Aix-les-Bains, then Aix in Corrèze), then municipal arrondissements,
    // then former communes; by population within each. A hint restricts them to a department:
    // given separately (code "93", name "Seine-Saint-Denis") or inside the
    // name: "Saint-Denis (93)", "Saint-Denis (Seine-Saint-Denis)". An unknown
    // hint is ignored; a known hint that matches nothing gives an empty list.
    QList<Commune> communesByName(QStringView name, QStringView departmentHint = {}) const;
    std::optional<Commune> communeByCode(QStringView inseeCode) const;
    GeoPoint communeLocation(QStringView inseeCode) const;

    // --- departments and regions
    // By INSEE code ("2A", "971", "01", "1") or name ("Côtes-d'Armor",
    // "Cotes d Armor", "La Réunion", "Réunion").
    std::optional<DepartmentInfo> department(QStringView codeOrName) const;
    QList<DepartmentInfo> departments() const; // sorted by code
    std::optional<DepartmentInfo> departmentOfCommune(QStringView inseeCode) const;

    std::optional<RegionInfo> region(QStringView code) const;
    // Current names, pre-2016 names ("Nord-Pas-de-Calais", "Rhône-Alpes") and
    // common short forms ("PACA", "AURA", "IDF").
    std::optional<RegionMatch> regionByName(QStringView name) const;
    QList<RegionInfo> regions() const; // sorted by code

    // --- abroad
    // English or French name, common variants ("USA", "États-Unis", "UK",
    // "Angleterre"), or an ISO alpha-2 code in upper case ("DE").
    std::optional<Country> country(QStringView nameOrCode) const;
    std::optional<Country> countryByName(QStringView name) const; // names only
    QList<Country> countries() const;                             // sorted by code
    // An adjective of nationality, any gender or number: "allemand",
    // "allemandes", "britannique", "German", "British" -> the country.
    // Not found by scan(): the caller checks the words next to a place noun.
    std::optional<Country> countryByAdjective(QStringView word) const;

    // Towns abroad with that name, optionally in one country (ISO alpha-2),
    // most populous first ("Barcelona" -> ES before VE). French exonyms of
    // big cities are listed too ("Londres", "Genève", "Bruxelles").
    QList<Town> townsByName(QStringView name, QStringView countryCode = {}) const;

    // --- text scanning
    // Candidate place names in a text: runs of words whose normalised
    // form is a known name of one of `kinds`. Longest match first at each
    // position; overlapping shorter matches inside a longer one are dropped.
    QList<PlaceMention> scan(QStringView text, PlaceKinds kinds = AllPlaceKinds) const;

    // True when every known place with this name is flagged ambiguousWord (or
    // the name is not a place at all).
    bool isAmbiguousWord(QStringView name) const;

    // Sizes, for tests and the benchmark.
    qsizetype communeCount() const;
    qsizetype townCount() const;

private:
    friend class CommuneChoices; // builds its list from the communes table in place
    std::unique_ptr<GazetteerData> d;
};

} // namespace vigie::geo

Q_DECLARE_OPERATORS_FOR_FLAGS(vigie::geo::PlaceKinds)
