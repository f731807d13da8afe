// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Incident.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigie::commands {

// SHA-256 (32 raw bytes) of an article's text after normalisation: NFC, case
// folded, every run of white space collapsed to one space, trimmed. Two
// copies of an article that differ only in line breaks, spacing or case get
// the same hash. Empty for a text with no visible character.
QByteArray articleTextHash(const QString &text);

// A victim name reduced to its distinctive words: accents and case folded,
// punctuation split, articles and prepositions dropped, and the words every
// hospital shares ("centre", "hospitalier", "CHU", "hôpital"...) kept apart
// so "CHU de Rennes" and "CHU de Brest" do not match.
struct VictimTokens {
    QSet<QString> distinctive;
    QSet<QString> generic;
};
VictimTokens victimTokens(const QString &name);
// True when the distinctive words of one name are all in the other (and
// there is at least one), e.g. "CH Sud Francilien" and "Centre hospitalier
// Sud Francilien (CHSF)".
bool sameVictim(const QString &a, const QString &b);

// True when two sets of attack types overlap or belong to the same family
// (ransomware, malware, intrusion and data theft go together; phishing and
// credential abuse; DDoS alone). Unknown or unstated types never match.
bool similarAttack(const std::optional<AttackTypes> &a, const std::optional<AttackTypes> &b);

// Days between two partial dates taken as ranges (0 when they overlap);
// nullopt when either is null.
std::optional<qint64> daysApart(const PartialDate &a, const PartialDate &b);

// Why an incident was judged to be the one an article is about.
struct IncidentMatch {
    enum class Reason { SameVictim, SameCommune, SameDepartment };
    int index = -1;  // in the matcher's list
    qint64 dbId = 0; // 0 for an incident staged earlier in the same batch
    QString slug;    // Incident::id, empty when not stored yet
    Reason reason = Reason::SameVictim;
    qint64 days = 0;             // distance between the dates
    int score = 0;               // higher is surer; only for ranking
    QString description() const; // "same victim (Centre hospitalier ...), 2 days apart"
    QString victim;              // the victim name that matched, for the description
};

// Finds the known incident an extracted one is about: the same victim, or
// the same commune or department with a similar attack, with dates (occurred,
// else published) within ±7 days. Pure and cheap: the review dialog of the
// drag-and-drop import calls it too ("this looks like incident X").
class IncidentMatcher {
public:
    static constexpr qint64 maxDays = 7;

    IncidentMatcher() = default;
    explicit IncidentMatcher(QList<Incident> incidents);

    // Adds an incident (e.g. one staged earlier in the batch); returns its index.
    int add(Incident incident);
    const Incident &incident(int index) const { return m_incidents.at(index); }
    Incident &incident(int index) { return m_incidents[index]; }
    qsizetype size() const { return m_incidents.size(); }

    // The best match, or nullopt.
    std::optional<IncidentMatch> bestMatch(const Incident &candidate) const;
    // Every match, best first.
    QList<IncidentMatch> matches(const Incident &candidate) const;

    // Source hashes of the incidents given (stored articles), for dedup.
    bool hasTextHash(const QByteArray &hash) const { return m_hashes.contains(hash); }
    // The index of the incident citing an article with this hash, or -1.
    int indexOfTextHash(const QByteArray &hash) const { return m_hashes.value(hash, -1); }

private:
    std::optional<IncidentMatch> matchOne(const Incident &candidate, int index) const;
    QList<Incident> m_incidents;
    QHash<QByteArray, int> m_hashes;
};

} // namespace vigie::commands
