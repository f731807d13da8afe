// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentDates.h"

#include "DateFinder.h"

#include "Patterns.h"

#include <QRegularExpression>

namespace vigie::extract {

namespace {

struct Candidate {
    DateMention mention;
    qsizetype offset; // of the mention in the text
    bool disclosure;
};

} // namespace

void extractIncidentDates(const TextIndex &index, QDate published, const QList<DateMention> &dates,
                          const Distractors &distractors, Extraction &out)
{
    if (!published.isValid())
        return;
    static const auto attack =
        compilePattern("\\b(?:cyber\\w*|attaqu\\w*|attack\\w*|pirat\\w*|hack\\w*|"
                       "intrusion|rancongiciel|ransomware|frapp\\w*|"
                       "visee?s?|touchee?s?|ciblee?s?|cible|subi\\w*|reper\\w*|"
                       "decouv\\w*|detect\\w*|fuite|breach\\w*|struck|hit|"
                       "compromi\\w*|incident|exfiltr\\w*|alerte|crypto\\w*|virus|"
                       "malware|bloqu\\w*|paralys\\w*|panne|outage|"
                       "disrupt\\w*|down|offline|acced\\w*|acces|date|remont\\w*|"
                       "survenu\\w*|produit|occurred|began|started|"
                       "depuis|since|isol\\w*|coup\\w*|affect\\w*|perturb\\w*|eu "
                       "lieu|expos\\w*|erreur|carried out|menee?)\\b");
    static const auto excluded =
        compilePattern("\\b(?:revendiqu\\w*|claim\\w*|plainte|complaint|conseil "
                       "municipal|deadline|d'ici|by next|jusqu'au|"
                       "until|prochain\\w*|next|reprise|retour a la normale|back "
                       "to|resum\\w*|restor\\w*|rétabli\\w*|retabli\\w*)\\b");
    static const auto disclosure = compilePattern(
        "\\b(?:annonc\\w*|communique|confirm\\w*|revel\\w*|a "
        "appris|twitter|disclos\\w*|announc\\w*|statement|"
        "prise de position|informee?s?|informed|notif\\w*|signal\\w*|devoil\\w*|rendu "
        "public|made public|reported|press release)\\b");

    QList<Candidate> candidates;
    const auto &sentences = index.sentences();
    // the article's dates, grouped by sentence (they are sorted by position)
    for (qsizetype di = 0; di < dates.size();) {
        const int si = index.sentenceAt(dates.at(di).span.start);
        QList<DateMention> here;
        while (di < dates.size() && index.sentenceAt(dates.at(di).span.start) == si) {
            DateMention local = dates.at(di);
            if (si >= 0) {
                local.span.start -= sentences.at(si).start;
                local.span.end -= sentences.at(si).start;
            }
            here.append(local);
            ++di;
        }
        if (si < 0)
            continue;
        const QStringView s = index.foldedSentence(si);
        if (!attack.match(s).hasMatch())
            continue;
        // distance from a span to the nearest match of `re` in the sentence
        auto nearest = [&](const QRegularExpression &re, const Span &span) {
            qsizetype best = 1 << 30;
            for (auto it = re.globalMatch(s); it.hasNext();) {
                const auto m = it.next();
                if (m.capturedEnd() > span.start && m.capturedStart() < span.end)
                    continue; // the date's own words ("date", "depuis")
                const qsizetype d = m.capturedStart() >= span.end ? m.capturedStart() - span.end
                                                                  : span.start - m.capturedEnd();
                best = std::min(best, d);
            }
            return best;
        };
        const bool isDisclosure = disclosure.match(s).hasMatch();
        for (const DateMention &d : here) {
            if (d.future || d.value.firstDate() > published)
                continue;
            if (isDistractor(distractors, index, sentences.at(si).start + d.span.start))
                continue;
            if (d.value.lastDate().daysTo(published) > 75)
                continue; // an earlier incident, or a data period
            // a claim, a complaint or a recovery is dated after the attack:
            // the date belongs to whichever word is nearer
            if (nearest(excluded, d.span) <= nearest(attack, d.span) + 3)
                continue;
            candidates.append(Candidate{d, sentences.at(si).start + d.span.start, isDisclosure});
        }
    }
    // The earliest non-announcement date; announcements only when alone.
    const Candidate *best = nullptr;
    for (const Candidate &c : candidates) {
        if (c.disclosure)
            continue;
        if (!best || c.mention.value.firstDate() < best->mention.value.firstDate() ||
            (c.mention.value.firstDate() == best->mention.value.firstDate() &&
             c.mention.value.precision() > best->mention.value.precision()))
            best = &c;
    }
    const bool onlyDisclosures = !best;
    if (!best)
        for (const Candidate &c : candidates)
            if (!best || c.mention.value.firstDate() < best->mention.value.firstDate())
                best = &c;
    if (best) {
        // a finer date inside a coarse one: "au mois d'août" ... "le 31 août"
        const Candidate *chosen = best;
        if (best->mention.value.precision() != PartialDate::Precision::Day) {
            for (const Candidate &c : candidates) {
                if (c.disclosure ||
                    c.mention.value.precision() <= chosen->mention.value.precision())
                    continue;
                if (c.mention.value.firstDate() >= best->mention.value.firstDate() &&
                    c.mention.value.lastDate() <= best->mention.value.lastDate())
                    chosen = &c;
            }
        }
        out.incident.occurred = chosen->mention.value;
        out.addEvidence(QStringLiteral("occurred"), chosen->offset, chosen->mention.span.length(),
                        onlyDisclosures ? 0.5 : 0.75);
        // disclosed: an announcement dated after the attack
        for (const Candidate &c : candidates) {
            if (!c.disclosure || onlyDisclosures)
                continue;
            if (c.mention.value.precision() == PartialDate::Precision::Day &&
                c.mention.value.firstDate() > chosen->mention.value.lastDate()) {
                if (out.incident.disclosed.isNull() || c.mention.value < out.incident.disclosed) {
                    out.incident.disclosed = c.mention.value;
                    out.evidence.remove(QStringLiteral("disclosed"));
                    out.addEvidence(QStringLiteral("disclosed"), c.offset, c.mention.span.length(),
                                    0.6);
                }
            }
        }
        if (onlyDisclosures) {
            // the announcement is the latest of them, when it is later
            const Candidate *latest = nullptr;
            for (const Candidate &c : candidates)
                if (c.mention.value.precision() == PartialDate::Precision::Day &&
                    c.mention.value.firstDate() > chosen->mention.value.lastDate() &&
                    (!latest || c.mention.value.firstDate() > latest->mention.value.firstDate()))
                    latest = &c;
            if (latest) {
                out.incident.disclosed = latest->mention.value;
                out.addEvidence(QStringLiteral("disclosed"), latest->offset,
                                latest->mention.span.length(), 0.5);
            }
        }
        return;
    }
    // An attack reported as under way, with no date: the publication month.
    static const auto ongoing = compilePattern(
        "\\b(?:actuellement|en cours|depuis|is (?:currently|still)|ongoing|under way|fait "
        "l'objet d'une)\\b");
    if (ongoing.match(QStringView(index.folded()).left(index.leadEnd() * 2)).hasMatch()) {
        out.incident.occurred = PartialDate::ofMonth(published.year(), published.month());
        out.warnings.append(QStringLiteral("no attack date in the text: publication month used"));
    }
}

} // namespace vigie::extract
