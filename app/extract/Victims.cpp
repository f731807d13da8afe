// SPDX-License-Identifier: GPL-3.0-or-later
#include "Victims.h"

#include "DateFinder.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace vigie::extract {

namespace {

QRegularExpression compile(const QString &pattern, bool caseInsensitive = false)
{
    QRegularExpression re(pattern, caseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                                   : QRegularExpression::NoPatternOption);
    re.optimize();
    return re;
}

struct Head {
    const char *pattern; // folded
    VictimKind kind;
};

// Institution words, most specific first (folded text).
constexpr Head kHeads[] = {
    {"chru|chu|centre hospitalier (?:regional )?universitaire|centres hospitaliers universitaires|"
     "hopitaux universitaires|hopital universitaire|university hospitals?|ap-hp|ap-hm|aphp|"
     "assistance publique-hopitaux de (?:paris|marseille)|hospices civils",
     VictimKind::UniversityHospital},
    {"centres hospitaliers|groupement hospitalier(?: de territoire)?|groupe hospitalier|ght|ghu|"
     "groupe (?:de sante|de cliniques|medical|hospitalier prive)|groupe|fondation|"
     "health system|healthcare system|health services|health network|hospital group|hospital chain",
     VictimKind::HospitalGroup},
    {"laboratoires?(?: (?:de biologie medicale|d'analyses(?: medicales)?))?|groupe de biologie "
     "medicale|"
     "biologie medicale|laboratory|laboratories|labs?|pathology (?:services? "
     ")?(?:provider|company)",
     VictimKind::Laboratory},
    {"ehpad|maison de retraite|residence (?:pour personnes agees|senior)|nursing home|care home",
     VictimKind::NursingHome},
    {"clinique|polyclinique|pole (?:de )?sante|hopital prive|private hospital|clinic(?! hospital)",
     VictimKind::PrivateClinic},
    {"agence regionale de sante|ars|district health board|health board|health authority|ministere "
     "de la sante",
     VictimKind::HealthAgency},
    {"editeur(?: de logiciels?)?|software (?:vendor|provider|company)", VictimKind::SoftwareVendor},
    {"centre hospitalier(?: (?:regional|intercommunal|departemental|general|de "
     "territoire|specialise))?|"
     "chr|chi|chic|chs|ch|epsm|etablissement public de sante mentale|institut|"
     "centre de lutte contre le cancer|hopital|hopitaux|hospital|medical center|medical centre|nhs "
     "(?:foundation )?trust",
     VictimKind::Hospital},
};

// Words of a proper name: capitalised words, linked by particles.
const QString &nameWord()
{
    static const QString re =
        QStringLiteral("(?:\\p{Lu}[\\p{L}\\p{M}0-9'’+&-]*(?:\\.(?=\\p{L}))?[\\p{L}0-9-]*|[0-9]+)");
    return re;
}

const QRegularExpression &frenchName()
{
    // after the institution word: "de Rennes", "d'Oloron-Sainte-Marie",
    // "Sud Francilien", "de la Loire", "des Monts du Forez", "(GHT) Cœur Grand Est"
    static const auto re = compile(
        QStringLiteral("^[ \\t]*(?:\\([A-Z]{2,8}\\)[ \\t]*)?(?:(?:de la|de "
                       "l['’]|du|des|de|d['’]|à|au|in|of)[ \\t]*)?"
                       "(%1(?:(?:[ \\t]+|[ \\t]*(?:de la|de "
                       "l['’]|du|des|de|d['’]|sur|sous|lès|les|en|et|and|of)[ \\t]*)%1){0,6})")
            .arg(nameWord()));
    return re;
}

const QRegularExpression &englishNameBefore()
{
    // "Ardent Health Services", "King's College Hospital NHS Foundation Trust"
    static const auto re =
        compile(QStringLiteral("(%1(?:[ \\t]+(?:and[ \\t]+|of[ \\t]+|&[ \\t]+)?%1){0,5})[ \\t]*$")
                    .arg(nameWord()));
    return re;
}

const QRegularExpression &acronymName()
{
    static const auto re = compile(QStringLiteral(
        "(\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+[\\p{L}'’-]+){1,7})[ \\t]+\\((\\p{Lu}{2,8})\\)"));
    return re;
}

const QRegularExpression &subjectName()
{
    // "attack on Synnovis", "cyberattaque contre Cerba", "Synlab Italia attack claimed"
    static const auto re =
        compile(QStringLiteral("(?:attacks?|breach|hack|cyberattack) (?:on|against|at|of) (?:the "
                               ")?(%1(?:\\s+%1){0,3})|"
                               "(?:cyberattaque|attaque|piratage) (?:contre|chez|visant) (?:le |la "
                               "|l['’])?(%1(?:\\s+%1){0,3})|"
                               "^(%1(?:\\s+%1){0,3}) (?:attack|hack|breach|cyberattack|data "
                               "breach|victime|hit by|struck|confirms|confirmed|"
                               "discloses|disclosed|reports|suffers|suffered|says|said|annonce|"
                               "confirme|reconnait|visée?|touchée?|ciblée?)|"
                               "^(%1(?:\\s+%1){0,3}), (?:a|an|the|one of "
                               "the|un|une|le|la|l['’]|l'un des|l'une des) [^,.]{0,40}?"
                               "(?:laborator\\w*|hospital\\w*|clinic\\w*|group|provider|company|"
                               "laboratoire\\w*|hôpital|clinique|groupe|"
                               "éditeur|prestataire|société|entreprise)|"
                               "^(%1(?:\\s+%1){0,3}),? (?:a été|has been|was|est) (?:victime|la "
                               "cible|ciblée?|visée?|touchée?|frappée?|"
                               "named as a victim|hit|struck|targeted)")
                    .arg(nameWord()));
    return re;
}

// Words in a name that say what it is, not which one it is.
const QSet<QString> &genericWords()
{
    static const QSet<QString> words = {
        QStringLiteral("hopital"),
        QStringLiteral("hopitaux"),
        QStringLiteral("hospital"),
        QStringLiteral("centre"),
        QStringLiteral("center"),
        QStringLiteral("hospitalier"),
        QStringLiteral("hospitaliers"),
        QStringLiteral("centres"),
        QStringLiteral("ch"),
        QStringLiteral("chu"),
        QStringLiteral("chru"),
        QStringLiteral("chr"),
        QStringLiteral("universitaire"),
        QStringLiteral("clinique"),
        QStringLiteral("clinic"),
        QStringLiteral("groupe"),
        QStringLiteral("group"),
        QStringLiteral("de"),
        QStringLiteral("du"),
        QStringLiteral("des"),
        QStringLiteral("la"),
        QStringLiteral("le"),
        QStringLiteral("les"),
        QStringLiteral("l"),
        QStringLiteral("d"),
        QStringLiteral("the"),
        QStringLiteral("of"),
        QStringLiteral("in"),
        QStringLiteral("and"),
        QStringLiteral("et"),
        QStringLiteral("s"),
        QStringLiteral("a"),
        QStringLiteral("au"),
        QStringLiteral("laboratoire"),
        QStringLiteral("ehpad"),
        QStringLiteral("pole"),
        QStringLiteral("sante"),
        QStringLiteral("nhs"),
        QStringLiteral("trust"),
        QStringLiteral("foundation"),
        QStringLiteral("fondation"),
        QStringLiteral("ght"),
        QStringLiteral("prive"),
        QStringLiteral("medical"),
        QStringLiteral("health"),
    };
    return words;
}

QSet<QString> keyOf(const QString &name)
{
    QSet<QString> key;
    const QString folded = foldText(name);
    static const QRegularExpression split(QStringLiteral("[^a-z0-9]+"));
    for (const QString &t : folded.split(split, Qt::SkipEmptyParts))
        if (!genericWords().contains(t))
            key.insert(t);
    return key;
}

struct Mention {
    QString name;
    QString placePart;
    VictimKind kind;
    bool fromHead;
    bool reporter;
    qsizetype start;
    qsizetype length;
    double weight;
};

} // namespace

bool isDistractor(const Distractors &distractors, const TextIndex &index, qsizetype pos)
{
    const int si = index.sentenceAt(pos);
    return si >= 0 && si < distractors.size() && distractors.at(si) >= 0 &&
           pos >= distractors.at(si);
}

Distractors distractorSentences(const TextIndex &index, QDate published,
                                const QList<DateMention> &dates)
{
    static const auto cue =
        compile(QStringLiteral("\\b(?:deja|un autre|une autre|d'autres|autres hopitaux|apres "
                               "celle|apres celui|precedent\\w*|comme celle|"
                               "rappel|already|another|other hospitals|previous\\w*|similar "
                               "to|similaire a|earlier attack|as with|like the one|"
                               "comme lors de|a l'instar d|linked (?:in any way )?to|related to "
                               "the|en lien avec l'attaque|"
                               "n'ont rien d'exceptionnel|ne sont pas les premiers|not the first|"
                               "dirig\\w* vers|orient\\w* vers|transfer\\w* vers|se rendre "
                               "a|redirected to|diverted to|to other hospitals)"));
    Distractors out(index.sentences().size(), -1);
    // a sentence dated well before the publication is about an earlier incident
    if (published.isValid()) {
        for (const DateMention &m : dates) {
            if (m.kind != DateMention::Kind::Relative && m.kind != DateMention::Kind::Weekday &&
                m.value.lastDate().daysTo(published) > 75) {
                const int si = index.sentenceAt(m.span.start);
                if (si >= 0)
                    out[si] = index.sentences().at(si).start;
            }
        }
    }
    for (auto it = cue.globalMatch(index.folded()); it.hasNext();) {
        const auto m = it.next();
        const int si = index.sentenceAt(m.capturedStart());
        if (si >= 0 && out.at(si) < 0)
            out[si] = m.capturedStart();
    }
    return out;
}

QList<VictimCandidate> findVictims(const TextIndex &index, const Distractors &distractors,
                                   const QString &threatActor)
{
    static const QRegularExpression heads = [] {
        QStringList alts;
        for (const Head &h : kHeads)
            alts.append(QStringLiteral("(%1)").arg(QString::fromUtf8(h.pattern)));
        return compile(QStringLiteral("\\b(?:%1)\\b").arg(alts.join(u'|')));
    }();
    static const auto reporterRe =
        compile(QStringLiteral("^(?:agence regionale de sante|ars|ministere)"));

    const QString &text = index.text();
    const QString &folded = index.folded();
    const qsizetype lead = index.leadEnd();
    QList<Mention> mentions;
    auto weightAt = [&](qsizetype pos) {
        const int si = index.sentenceAt(pos);
        double w = si == 0 ? 3.0 : (pos < lead ? 2.0 : 1.0);
        if (isDistractor(distractors, index, pos))
            w *= 0.15;
        return w;
    };
    const QString actor = foldText(threatActor);

    qsizetype lastEnd = -1;
    for (auto it = heads.globalMatch(folded); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedStart() < lastEnd)
            continue; // inside the previous name: "... Hospital NHS Foundation Trust"
        int group = 0;
        for (int g = 1; g <= int(std::size(kHeads)); ++g)
            if (m.hasCaptured(g)) {
                group = g;
                break;
            }
        if (!group)
            continue;
        const VictimKind kind = kHeads[group - 1].kind;
        const QStringView headText = QStringView(text).mid(m.capturedStart(), m.capturedLength());
        // acronyms must be written in capitals: "CH", "ARS", not "ch", "ars"
        static const QSet<QString> acronyms = {
            QStringLiteral("ch"),   QStringLiteral("chu"), QStringLiteral("chr"),
            QStringLiteral("chru"), QStringLiteral("chi"), QStringLiteral("chic"),
            QStringLiteral("chs"),  QStringLiteral("ars"), QStringLiteral("ght"),
            QStringLiteral("ghu"),  QStringLiteral("lab"), QStringLiteral("labs")};
        if (acronyms.contains(m.captured()) && headText != headText.toString().toUpper() &&
            !m.captured().startsWith(u'l'))
            continue;
        // English institution words follow the name: "King's College Hospital"
        static const auto englishHead =
            compile(QStringLiteral("^(?:university hospitals?|hospitals?|medical cent(?:er|re)|nhs "
                                   "(?:foundation )?trust|health ?(?:care )?system|"
                                   "health services|health network|hospital group|hospital "
                                   "chain|district health board|health board|"
                                   "health authority|laborator(?:y|ies)|labs?|nursing home|care "
                                   "home|private hospital|clinic|pathology .*)$"));
        const bool english = englishHead.match(m.capturedView()).hasMatch();
        const qsizetype after = m.capturedEnd();
        QRegularExpressionMatch nm = frenchName().match(QStringView(text).mid(after, 160));
        if (english) {
            const QStringView before =
                QStringView(text).mid(std::max<qsizetype>(0, m.capturedStart() - 80),
                                      std::min<qsizetype>(m.capturedStart(), 80));
            // "Hospital in Barcelona" only with an explicit "in"/"of"
            if (englishNameBefore().match(before).hasMatch() && headText.at(0).isUpper())
                nm = QRegularExpressionMatch();
            else if (nm.hasMatch() &&
                     !QStringView(text).mid(after, 6).trimmed().startsWith(u"in ") &&
                     !QStringView(text).mid(after, 6).trimmed().startsWith(u"of "))
                nm = QRegularExpressionMatch();
        }
        Mention mention{};
        mention.kind = kind;
        mention.fromHead = true;
        mention.reporter = reporterRe.match(m.capturedView()).hasMatch();
        // names that are their own institution word: "l'AP-HP", "l'AP-HM"
        static const QHash<QString, QString> selfNamed = {
            {QStringLiteral("ap-hp"), QStringLiteral("Paris")},
            {QStringLiteral("aphp"), QStringLiteral("Paris")},
            {QStringLiteral("assistance publique-hopitaux de paris"), QStringLiteral("Paris")},
            {QStringLiteral("ap-hm"), QStringLiteral("Marseille")},
            {QStringLiteral("assistance publique-hopitaux de marseille"),
             QStringLiteral("Marseille")},
        };
        if (const auto self = selfNamed.constFind(m.captured()); self != selfNamed.cend()) {
            mention.placePart = self.value();
            mention.start = m.capturedStart();
            mention.length = m.capturedLength();
            mention.name = text.mid(mention.start, mention.length);
        } else if (nm.hasMatch()) {
            QString place = nm.captured(1);
            // trailing particles or dangling words are not part of the name
            while (place.endsWith(u'.') || place.endsWith(u','))
                place.chop(1);
            mention.placePart = place;
            mention.start = m.capturedStart();
            mention.length = after + nm.capturedEnd(1) - m.capturedStart();
            mention.name = text.mid(mention.start, mention.length);
        } else {
            // English order: "<Name> Hospital", "<Name> Health Services"
            const QStringView before =
                QStringView(text).mid(std::max<qsizetype>(0, m.capturedStart() - 80),
                                      std::min<qsizetype>(m.capturedStart(), 80));
            const auto bm = englishNameBefore().match(before);
            if (!bm.hasMatch() || !headText.at(0).isUpper())
                continue;
            qsizetype nameStart = bm.capturedStart(1);
            // another institution's name ends where its own head word is:
            // "... St Thomas' NHS Foundation Trust and King's College Hospital"
            {
                const QString foldedBefore = foldText(before.mid(nameStart));
                qsizetype cut = -1;
                static const auto joined = compile(QStringLiteral("^\\s*(?:,|and\\b|&|et\\b)"));
                for (auto hit = heads.globalMatch(foldedBefore); hit.hasNext();) {
                    const auto h = hit.next();
                    if (joined.match(QStringView(foldedBefore).mid(h.capturedEnd())).hasMatch())
                        cut = h.capturedEnd();
                }
                if (cut >= 0) {
                    static const auto joiner = compile(QStringLiteral("^[\\s,]*(?:and|&|et)?\\s*"));
                    nameStart += cut;
                    nameStart += joiner.match(before.mid(nameStart)).capturedLength();
                }
            }
            if (nameStart >= before.size() || !before.at(nameStart).isUpper())
                continue;
            const qsizetype start = m.capturedStart() - (before.size() - nameStart);
            mention.placePart = before.mid(nameStart).trimmed().toString();
            mention.start = start;
            mention.length = m.capturedEnd() - start;
            // "... Hospital NHS Foundation Trust": keep the trust
            static const auto trustRe =
                compile(QStringLiteral("^\\s+(?:NHS\\s+)?(?:Foundation\\s+)?Trust\\b"));
            const auto trust = trustRe.match(QStringView(text).mid(after, 30));
            if (trust.hasMatch())
                mention.length += trust.capturedLength();
            static const auto inTown = compile(QStringLiteral(
                "^\\s+(?:in|of)\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)"));
            const auto tm = inTown.match(QStringView(text).mid(mention.start + mention.length, 60));
            if (tm.hasMatch()) {
                mention.length += tm.capturedLength();
                mention.placePart = tm.captured(1);
            }
            mention.name = text.mid(mention.start, mention.length);
        }
        // a group's name that is the attacker ("le groupe LockBit") is no victim
        if (!actor.isEmpty() && foldText(mention.name).contains(actor))
            continue;
        if (kind == VictimKind::HospitalGroup && mention.placePart.isEmpty())
            continue;
        mention.weight = weightAt(mention.start);
        lastEnd = mention.start + mention.length;
        mentions.append(mention);
    }
    // "Fondation santé des étudiants de France (FSEF)"
    for (auto it = acronymName().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString words = m.captured(1);
        const QString acro = m.captured(2);
        // the acronym's letters are initials of the name's words, in order
        qsizetype k = 0;
        static const auto wordSplit = compile(QStringLiteral("[\\s'’-]+"));
        const QStringList parts = words.split(wordSplit, Qt::SkipEmptyParts);
        QString initials;
        for (const QString &p : parts)
            initials.append(foldText(p.left(1)).toUpper());
        for (QChar c : initials)
            if (k < acro.size() && c == acro.at(k))
                ++k;
        if (k < acro.size() || acro.size() < 2)
            continue;
        // trim leading words that are not initials of the acronym
        const QString f = foldText(words);
        VictimKind kind = VictimKind::Other;
        bool fromHead = false;
        const auto hm = heads.match(f);
        if (hm.hasMatch()) {
            for (int g = 1; g <= int(std::size(kHeads)); ++g)
                if (hm.hasCaptured(g)) {
                    kind = kHeads[g - 1].kind;
                    fromHead = true;
                    break;
                }
        }
        Mention mention{words,
                        words,
                        kind,
                        fromHead,
                        reporterRe.match(f).hasMatch(),
                        m.capturedStart(1),
                        m.capturedLength(1),
                        weightAt(m.capturedStart(1))};
        if (!actor.isEmpty() && f.contains(actor))
            continue;
        mentions.append(mention);
    }
    // "attack on Synnovis", "Synlab Italia attack claimed by ..."
    for (int si = 0; si < index.sentences().size(); ++si) {
        const QStringView s = index.sentenceText(si);
        for (auto it = subjectName().globalMatch(s); it.hasNext();) {
            const auto m = it.next();
            int g = 1;
            while (g <= 5 && !m.hasCaptured(g))
                ++g;
            if (g > 5)
                continue;
            const QString name = m.captured(g);
            const QString f = foldText(name);
            static const QSet<QString> notNames = {
                QStringLiteral("cyber"),     QStringLiteral("the"),
                QStringLiteral("this"),      QStringLiteral("that"),
                QStringLiteral("data"),      QStringLiteral("ransomware"),
                QStringLiteral("it"),        QStringLiteral("hackers"),
                QStringLiteral("la"),        QStringLiteral("le"),
                QStringLiteral("les"),       QStringLiteral("une"),
                QStringLiteral("un"),        QStringLiteral("cette"),
                QStringLiteral("ce"),        QStringLiteral("new"),
                QStringLiteral("major"),     QStringLiteral("massive"),
                QStringLiteral("nouvelle"),  QStringLiteral("nouveau"),
                QStringLiteral("monday"),    QStringLiteral("tuesday"),
                QStringLiteral("wednesday"), QStringLiteral("thursday"),
                QStringLiteral("friday"),    QStringLiteral("saturday"),
                QStringLiteral("sunday"),    QStringLiteral("lundi"),
                QStringLiteral("mardi"),     QStringLiteral("mercredi"),
                QStringLiteral("jeudi"),     QStringLiteral("vendredi"),
                QStringLiteral("samedi"),    QStringLiteral("dimanche"),
                QStringLiteral("january"),   QStringLiteral("february"),
                QStringLiteral("march"),     QStringLiteral("april"),
                QStringLiteral("may"),       QStringLiteral("june"),
                QStringLiteral("july"),      QStringLiteral("august"),
                QStringLiteral("september"), QStringLiteral("october"),
                QStringLiteral("november"),  QStringLiteral("december"),
                QStringLiteral("last"),      QStringLiteral("its"),
                QStringLiteral("their")};
            if ((!actor.isEmpty() && f.contains(actor)) || heads.match(f).hasMatch() ||
                name.size() < 3 || notNames.contains(f.section(u' ', 0, 0)))
                continue;
            const qsizetype start = index.sentences().at(si).start + m.capturedStart(g);
            // the object of the attack verb: strong evidence of the victim
            mentions.append(Mention{name, QString(), VictimKind::Other, false, false, start,
                                    name.size(), 2.0 * weightAt(start)});
        }
    }

    // Merge mentions whose distinctive words include one another.
    QList<VictimCandidate> candidates;
    QList<QSet<QString>> keys;
    for (const Mention &m : mentions) {
        const QSet<QString> key = keyOf(m.name);
        if (key.isEmpty())
            continue;
        int found = -1;
        for (int i = 0; i < keys.size(); ++i) {
            if ((keys[i].contains(key) || key.contains(keys[i])) &&
                candidates[i].reporter == m.reporter) {
                found = i;
                break;
            }
        }
        if (found < 0) {
            VictimCandidate c;
            c.name = m.name;
            c.placePart = m.placePart;
            c.kind = m.kind;
            c.kindFromHead = m.fromHead;
            c.reporter = m.reporter;
            candidates.append(c);
            keys.append(key);
            found = int(candidates.size() - 1);
        }
        VictimCandidate &c = candidates[found];
        if (key.size() > keys[found].size())
            keys[found] = key;
        c.score += m.weight;
        c.mentions.append(Span{m.start, m.start + m.length});
        if (!m.placePart.isEmpty() && !c.placeParts.contains(m.placePart))
            c.placeParts.append(m.placePart);
        // the fullest form names it; a CHU among the forms makes it one
        if (m.name.size() > c.name.size() && m.name.size() <= 90) {
            c.name = m.name;
            if (!m.placePart.isEmpty())
                c.placePart = m.placePart;
        }
        if (m.fromHead && (!c.kindFromHead || m.kind == VictimKind::UniversityHospital ||
                           (c.kind == VictimKind::Hospital && m.kind == VictimKind::PrivateClinic &&
                            !m.name.startsWith(u'h') && !m.name.startsWith(u'H')))) {
            c.kind = m.kind;
            c.kindFromHead = true;
        }
        c.reporter = c.reporter && m.reporter;
    }
    // Frequency: every further occurrence of a name counts a little.
    for (VictimCandidate &c : candidates) {
        // count the distinctive part ("Ramsay-Générale de Santé") unless it is a
        // bare place name, which the article repeats for other reasons
        QString core = c.placePart;
        static const auto article = compile(QStringLiteral("^(?:la|le|les|l['’])\\s*"), true);
        core.remove(article);
        const bool distinctive = !c.kindFromHead || core.contains(u' ') || core.contains(u'-');
        if (core.isEmpty() || !distinctive)
            core = c.name;
        if (core.size() < 3)
            continue;
        int extra = 0;
        for (qsizetype at = text.indexOf(core); at >= 0; at = text.indexOf(core, at + core.size()))
            ++extra;
        c.score += 0.3 * std::max(0, extra - int(c.mentions.size()));
        if (c.reporter)
            c.score *= 0.2;
    }
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const VictimCandidate &a, const VictimCandidate &b) { return a.score > b.score; });
    return candidates;
}

void applyVictims(const QList<VictimCandidate> &candidates, const TextIndex &index, Extraction &out)
{
    if (candidates.isEmpty())
        return;
    const VictimCandidate &main = candidates.first();
    QStringList names{main.name};
    for (int i = 1; i < candidates.size() && names.size() < 8; ++i) {
        const VictimCandidate &c = candidates.at(i);
        if (c.score >= 0.3 * main.score && c.score >= 1.0 && !c.reporter)
            names.append(c.name);
    }
    out.incident.victims = names;
    for (const Span &s : main.mentions)
        out.addEvidence(QStringLiteral("victims"), s.start, s.length(),
                        std::min(1.0, 0.4 + 0.1 * main.score));

    VictimKind kind = main.kind;
    if (!main.kindFromHead) {
        // a name with no institution word: what the article says it does
        static const auto lab =
            compile(QStringLiteral("\\b(?:laborato\\w+|labs?|pathology|diagnos\\w+|biologie|"
                                   "analyses? (?:medicales|de biologie)|sampling points)\\b"));
        static const auto group = compile(
            QStringLiteral("\\b(?:hospitals? (?:operated|owned|run) by|owns and "
                           "(?:runs|operates)|health ?care company|"
                           "groupe (?:de sante|hospitalier)|hospital "
                           "(?:chain|group|operator)|exploite \\d+ (?:cliniques|hopitaux))\\b"));
        static const auto software = compile(
            QStringLiteral("\\b(?:editeur|software (?:vendor|provider|company)|logiciel\\w* "
                           "(?:de|pour) (?:gestion|sante))\\b"));
        const QString &f = index.folded();
        const auto count = [&](const QRegularExpression &re) {
            int n = 0;
            for (auto it = re.globalMatch(f); it.hasNext(); it.next())
                ++n;
            return n;
        };
        const int nl = count(lab), ng = count(group), ns = count(software);
        if (nl > 0 && nl >= ng && nl >= ns)
            kind = VictimKind::Laboratory;
        else if (ng > 0 && ng >= ns)
            kind = VictimKind::HospitalGroup;
        else if (ns > 0)
            kind = VictimKind::SoftwareVendor;
    }
    out.incident.victimKind = kind;
    if (!main.mentions.isEmpty())
        out.addEvidence(QStringLiteral("victim_kind"), main.mentions.first().start,
                        main.mentions.first().length(), main.kindFromHead ? 0.8 : 0.5);
}

} // namespace vigie::extract
