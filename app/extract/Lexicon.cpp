// SPDX-License-Identifier: GPL-3.0-or-later
#include "Lexicon.h"

#include "Negation.h"

#include "Patterns.h"

#include <QRegularExpression>

#include <cmath>

namespace vigie::extract {

namespace {

struct Rule {
    int value;
    QRegularExpression re;
    bool checkNegation = true;
};

// Runs every rule over every sentence; a match counts unless negated or
// hedged. Returns the set of values seen, with evidence under `field`.
template<typename Set, typename E>
Set runRules(const TextIndex &index, const QList<Rule> &rules, Extraction &out,
             const QString &field, double confidence)
{
    // One pass of each pattern over the whole text (many small matches cost
    // more than a few long ones); each hit is judged inside its sentence.
    Set set;
    const auto &sentences = index.sentences();
    for (const Rule &rule : rules) {
        int lastSentence = -1;
        for (auto it = rule.re.globalMatch(index.folded()); it.hasNext();) {
            const auto m = it.next();
            const int si = index.sentenceAt(m.capturedStart());
            if (si < 0 || si == lastSentence)
                continue;
            const QStringView s = index.foldedSentence(si);
            const qsizetype start = m.capturedStart() - sentences.at(si).start;
            const qsizetype end =
                std::min<qsizetype>(m.capturedEnd() - sentences.at(si).start, s.size());
            if (rule.checkNegation && isNegated(s, start, end))
                continue;
            const Clause c = clauseAround(s, start);
            if (isHedged(s.mid(c.start, c.end - c.start)))
                continue;
            set.insert(E(rule.value));
            out.addEvidence(field, m.capturedStart(), m.capturedLength(), confidence);
            lastSentence = si;
        }
    }
    return set;
}

} // namespace

void extractAttackTypes(const TextIndex &index, Extraction &out)
{
    using A = AttackType;
    static const QList<Rule> rules = {
        {int(A::Ransomware),
         compilePattern(
             "\\b(?:rancongiciels?|ransomwares?|logiciels? (?:de "
             ")?rancon|crypto-?virus|cryptolocker|"
             "rancon-?logiciel|ranconlogiciel|chiffr\\w+ (?:[a-z']+ ){0,3}(?:rancon|bitcoin)|"
             "(?:cryptes|chiffres|encrypted)\\b[^.]{0,80}\\b(?:rancon|ransom|instructions|payer|"
             "pay)|"
             "(?:rancon|ransom)[^.]{0,80}\\b(?:chiffr\\w*|cryptes|encrypt\\w*|debloquer|unlock)|"
             "(?:dero|vol)\\w* et (?:cryptes|chiffres))"),
         false},
        {int(A::DataTheft),
         compilePattern(
             "\\b(?:vol (?:de|des) donnees|donnees (?:[a-z']+ "
             "){0,3}(?:volees|derobees|exfiltrees|subtilisees|"
             "piratees|publiees|diffusees|fuite)|fuites? (?:de|des) donnees|donnees "
             "(?:ont|avaient) fuite|"
             "exfiltr\\w+|a fuite|ont fuite|derob\\w+|subtilis\\w+|"
             "(?:copier|copie|emporte|voler|vole|derober|aspire)\\w* (?:[a-z']+ ){0,4}(?:donnees|"
             "fichiers|go|to|gigaoctets|informations)|"
             "(?:recuperes|recuperees|exposees?|exposes) par (?:un|des) tiers|exposition sur "
             "internet|"
             "data "
             "(?:theft|breach|leak)|(?:stole|stolen|steal\\w*|exfiltrat\\w*|leak\\w*|seized|taken) "
             "(?:[a-z0-9.']+ ){0,4}(?:data|files|records|information|tb|gb|terabytes)|"
             "(?:data|files|records|information) (?:[a-z']+ "
             "){0,4}(?:stolen|exfiltrated|leaked|seized)|"
             "leak site|taken control of [^.]{0,30}data|mises? en vente|en vente sur|"
             "(?:publiees?|diffusees?|divulguees?) sur (?:le )?(?:dark ?web|darknet|un forum)|"
             "(?:leaked|posted|published) (?:on|in) (?:the |a )?(?:dark ?web|darknet|forum|leak "
             "site)|"
             "for sale)")},
        {int(A::Ddos), compilePattern("\\b(?:ddos|d?dos attack|deni de service|denial[- ]of[- "
                                      "]service|attaque par saturation)")},
        {int(A::Phishing),
         compilePattern(
             "\\b(?:(?:via|par|suite a|a la suite d'|after|through|by|following) (?:un |une |a |an "
             ")?"
             "(?:(?:e-?mail|courriel|campagne|message|mail)s? (?:de "
             "|d')?)?(?:phishing|hameconnage|spear-?phishing)|"
             "(?:phishing|hameconnage) (?:e-?mail|attack|campaign|attaque|campagne|ciblee?|reussi)|"
             "(?:clique|clicked|ouvert|opened) [^.]{0,40}(?:piece jointe|lien|link|attachment) "
             "(?:malveillant|piege|malicious))")},
        {int(A::CredentialAbuse),
         compilePattern(
             "\\b(?:usurp\\w+ (?:de )?l'identite (?:d'un|d'une|de)|identifiants? (?:[a-z']+ "
             "){0,2}(?:voles|derobes|"
             "compromis|usurpes|pirates)|(?:stolen|compromised|leaked) (?:login |user "
             ")?(?:credentials|passwords?|accounts?)|"
             "credential stuffing|compte (?:d'un|d'une) "
             "(?:professionnel|agent|utilisateur|salarie|medecin)|"
             "(?:donne|transmis|prete|partage)\\w* (?:[a-z']+ ){0,3}(?:acces|identifiants|mot "
             "de passe|code)|"
             "(?:shared|gave|lent) (?:[a-z']+ ){0,3}(?:access|credentials|password)|changer "
             "son mot de passe)")},
        {int(A::Insider),
         compilePattern(
             "\\b(?:acces illegal|acceder illegalement|illegalement acces|consult\\w+ illegalement|"
             "malveillance interne|employe malveillant|menace de licenciement|insider|rogue "
             "employee|"
             "(?:snoop|snooping)|unauthori[sz]ed access by (?:an? )?(?:employee|staff|doctor))")},
        {int(A::Malware),
         compilePattern(
             "\\b(?:virus|malwares?|logiciels? malveillants?|programmes? malveillants?|cheval "
             "de troie|trojan|"
             "spyware|logiciel espion|botnet|emotet|trickbot|qakbot|infostealer|scripts? "
             "malveillants?)")},
        {int(A::Intrusion),
         compilePattern("\\b(?:intrusions?|piratage|pirate\\w*|acces non autorise|unauthori[sz]ed "
                        "access|s'introduire|"
                        "hacked|hackers? (?:gained|accessed)|breach(?:ed)?|compromission|faille de "
                        "securite|security breach)")},
    };
    static const auto attackWord =
        compilePattern("\\b(?:cyber-?attaques?|attaques? (?:informatiques?|au "
                       "rancongiciel)|cyber-?attacks?|attacks?|attaque|"
                       "incident de (?:cyber)?securite|security incident|piratage|hack)");

    AttackTypes set =
        runRules<AttackTypes, AttackType>(index, rules, out, QStringLiteral("attack_types"), 0.8);
    // Files encrypted in one sentence and a ransom or payment demanded in
    // another: ransomware, even when the word is never written.
    static const auto encrypted = compilePattern(
        "\\b(?:chiffr(?:e|es|ee|ees|ement|ant|er)|cryptes|cryptees?|encrypt\\w*)\\b");
    static const auto payment =
        compilePattern("\\b(?:rancons?|ransoms?|bitcoins?|versement de|payer pour "
                       "(?:recuperer|retrouver|debloquer)|pay to (?:recover|unlock))\\b");
    if (!set.contains(A::Ransomware)) {
        const auto em = encrypted.match(index.folded());
        const auto pm = payment.match(index.folded());
        if (em.hasMatch() && pm.hasMatch()) {
            set.insert(A::Ransomware);
            out.addEvidence(QStringLiteral("attack_types"), em.capturedStart(), em.capturedLength(),
                            0.6);
            out.addEvidence(QStringLiteral("attack_types"), pm.capturedStart(), pm.capturedLength(),
                            0.6);
        }
    }
    // Anything more specific makes "intrusion" redundant; ransomware's own
    // encryption is malware.
    if (set.contains(A::Ransomware))
        set.remove(A::Malware);
    const AttackTypes specific = [&] {
        AttackTypes s = set;
        s.remove(A::Intrusion);
        return s;
    }();
    if (!specific.isEmpty())
        set.remove(A::Intrusion);
    if (set.isEmpty() && attackWord.match(index.folded()).hasMatch())
        set.insert(A::Unknown);
    if (!set.isEmpty())
        out.incident.attackTypes = set;
}

void extractDataCategories(const TextIndex &index, Extraction &out)
{
    using D = DataCategory;
    static const QList<Rule> categories = {
        {int(D::Identity),
         compilePattern("\\b(?:noms?(?! d'emprunt| de code| de domaine)|prenoms?|dates? de "
                        "naissance|ages?|identite|etat civil|donnees personnelles|"
                        "donnees d'identite|informations d'identite|pieces? d'identite|sexe|"
                        "personal (?:details|information|data)|names|dates? of birth|identity "
                        "(?:documents|data|information)|"
                        "passports?|birth dates?)\\b")},
        {int(D::Contact), compilePattern("\\b(?:(?:numeros? de )?telephones?|adresses? "
                                         "(?:e-?mail|mail|electroniques?|postales?|de courriel)|"
                                         "coordonnees?(?! bancaires?)|e-?mail address\\w*|phone "
                                         "numbers?|contact (?:details|information)|"
                                         "(?:home|postal) address\\w*|addresses)\\b")},
        {int(D::Medical),
         compilePattern(
             "\\b(?:dossiers? (?:medicaux|medical|patients?|des patients|de patients|de sante)|"
             "donnees? (?:medicales?|de sante)|informations? medicales?|resultats? "
             "(?:d'analyses?|des examens|"
             "d'examens|de tests?|du test|des tests|medicaux)|analyses? "
             "medicales?|examens?|antecedents|pathologies|traitements|"
             "documents medicaux|etat de sante|medical "
             "(?:records?|data|information|analyses|files|history|reports)|"
             "health (?:data|records|information)|diagnos\\w+|test results|lab "
             "results|radiologie|imageries?)\\b")},
        {int(D::Financial),
         compilePattern("\\b(?:coordonnees? bancaires?|rib|iban|cartes? "
                        "bancaires?|donnees? (?:bancaires?|comptables?)|comptab\\w+|"
                        "factures?|bank (?:details|accounts?)|credit cards?|payment "
                        "(?:cards?|data|information)|"
                        "financial (?:data|information|details))\\b")},
        {int(D::SocialSecurityNumber),
         compilePattern(
             "\\b(?:securite sociale|nir|social security numbers?|ssns?|national insurance "
             "numbers?|carte vitale)\\b")},
        {int(D::Credentials), compilePattern("\\b(?:mots? de passe|identifiants? de "
                                             "connexion|passwords?|credentials|login details)\\b")},
        {int(D::Employee),
         compilePattern("\\b(?:donnees (?:du|de notre|des) "
                        "personnel|personnel|salaries|employes|ressources humaines|rh|"
                        "employees|staff (?:data|records|details))\\b")},
    };
    static const auto predicate = compilePattern(
        "\\b(?:vol(?:e|ee|es|ees)|derob\\w*|exfiltr\\w*|fuit\\w*|fuite|compromis\\w*|"
        "consultee?s?|touchee?s?|"
        "exposee?s?|exposition|recuper\\w*|subtilis\\w*|piratee?s?|accede\\w*|(?:eu|obtenu|"
        "avoir|aurait eu|a eu) acces|"
        "acces (?:illegal|non "
        "autorise)|copiee?s?|emportee?s?|diffusee?s?|publiee?s?|perdu\\w*|concernee?s?|"
        "intrusion|comprennent|comprend|limiterait|epargn\\w*|"
        "stolen|stole|steal\\w*|leak\\w*|exposed|accessed|compromised|posted|published|"
        "includ\\w*|breach\\w*|"
        "taken|seized|affected|involved|lost|spared|safe)\\b");
    static const auto spared = compilePattern("^(?:epargn\\w*|spared|safe)$");
    static const auto usurpation = compilePattern("usurp\\w*\\s+(?:de\\s+)?l'$");

    static const QRegularExpression anyCategory = [] {
        QStringList alts;
        for (const Rule &r : categories)
            alts.append(r.re.pattern());
        return compilePattern(alts.join(u'|').toUtf8().constData());
    }();

    DataCategories compromised;
    DataCategories sparedSet;
    const auto &sentences = index.sentences();
    for (const int i : index.sentencesMatching(anyCategory)) {
        const QStringView s = index.foldedSentence(i);
        for (const Rule &rule : categories) {
            for (auto it = rule.re.globalMatch(s); it.hasNext();) {
                const auto m = it.next();
                const qsizetype pos = m.capturedStart();
                if (rule.value == int(D::Identity) &&
                    usurpation
                        .match(
                            s.mid(std::max<qsizetype>(0, pos - 20), std::min<qsizetype>(pos, 20)))
                        .hasMatch())
                    continue;
                const Clause c = clauseAround(s, pos);
                const QStringView clause = s.mid(c.start, c.end - c.start);
                if (isHedged(clause))
                    continue;
                bool negative = hasNegativeDeterminer(s, pos);
                bool positive = false;
                if (!negative) {
                    // the nearest predicate in the clause decides
                    qsizetype best = -1, bestDistance = 1 << 30;
                    QStringView bestText;
                    for (auto p = predicate.globalMatch(clause); p.hasNext();) {
                        const auto pm = p.next();
                        const qsizetype at = c.start + pm.capturedStart();
                        const qsizetype distance =
                            at >= pos ? at - m.capturedEnd() : pos - (at + pm.capturedLength());
                        if (distance >= 0 && distance < bestDistance) {
                            bestDistance = distance;
                            best = at;
                            bestText = pm.capturedView();
                        }
                    }
                    if (best < 0)
                        continue;
                    if (spared.match(bestText).hasMatch())
                        negative = !isNegated(s, best, best + bestText.size(), 25);
                    else if (isNegated(s, best, best + bestText.size(), 30))
                        negative = true;
                    else
                        positive = true;
                }
                const qsizetype at = sentences.at(i).start + pos;
                if (negative) {
                    sparedSet.insert(D(rule.value));
                    out.addEvidence(QStringLiteral("data_spared"), at, m.capturedLength(), 0.7);
                } else if (positive) {
                    compromised.insert(D(rule.value));
                    out.addEvidence(QStringLiteral("data_compromised"), at, m.capturedLength(),
                                    0.7);
                }
            }
        }
        // "aucune de ces données n'a été volée": the categories of the
        // previous clause of the sentence are spared
        static const auto anaphora = compilePattern(
            "\\b(?:aucune de ces donnees|aucune d'entre elles|none of (?:these|this|the) "
            "data|ces donnees n'ont pas)\\b[^.]*");
        const auto am = anaphora.match(s);
        if (am.hasMatch() && isNegated(s, am.capturedStart(), am.capturedEnd())) {
            const QStringView before = s.left(am.capturedStart());
            for (const Rule &rule : categories) {
                const auto cm = rule.re.match(before);
                if (cm.hasMatch() && !compromised.contains(D(rule.value))) {
                    sparedSet.insert(D(rule.value));
                    out.addEvidence(QStringLiteral("data_spared"),
                                    sentences.at(i).start + cm.capturedStart(), cm.capturedLength(),
                                    0.6);
                }
            }
        }
    }
    // A category both stolen and spared (different records) stays stolen.
    for (D d : compromised.values())
        sparedSet.remove(d);
    if (!compromised.isEmpty())
        out.incident.dataCompromised = compromised;
    if (!sparedSet.isEmpty())
        out.incident.dataSpared = sparedSet;
}

void extractImpacts(const TextIndex &index, Extraction &out)
{
    using I = Impact;
    static const QList<Rule> rules = {
        {int(I::CareDisrupted),
         compilePattern(
             "\\b(?:prise en charge (?:des (?:patients|malades) )?(?:[a-z'\"]+ "
             "){0,4}(?:ralenti\\w*|perturb\\w*|"
             "degrad\\w*|affect\\w*|limit\\w*|impact\\w*)|(?:nous |on |qui )?tourn\\w* au ralenti|"
             "accueil des patients[^.]{0,20}limite|desorganis\\w*|"
             "(?:consultations?|rendez-vous|examens?|scanners?|imagerie|chimiotherapies?|soins|"
             "activites programmees)"
             "[a-z "
             ",'\"-]{0,60}?(?:annul|report|suspend|perturb|deprogramm|impossible|interromp)\\w*|"
             "(?:annul|report(?:e|er|es|ee|ees)\\b|suspend|deprogramm)\\w*[a-z "
             ",'-]{0,30}?(?:consultations|rendez-vous|"
             "chimiotherapies|examens|soins)|perturbations? (?:aux|des|dans les) "
             "(?:urgences|services|soins)|"
             "impossible de realiser|urgences (?:ont |sont )?(?:ete )?fermees?|fermer son service "
             "des urgences|"
             "disrupt\\w* (?:[a-z'\"]+ "
             "){0,4}(?:care|services|operations|patients)|(?:care|services) "
             "(?:[a-z']+ ){0,4}(?:badly |severely |seriously )?disrupt\\w*|"
             "(?:appointments|tests|outpatient)[a-z "
             ",']{0,40}(?:cancel\\w*|postpon\\w*|reschedul\\w*|put back|rearrang\\w*)|"
             "(?:cancel\\w*|postpon\\w*|reschedul\\w*) (?:[a-z0-9,' ]+ ){0,6}appointments|"
             "unable to carry out|only patients who need urgent care)")},
        {int(I::PatientsDiverted),
         compilePattern("\\b(?:(?:patients?|malades|ambulances?|parturientes)[a-z "
                        ",'-]{0,40}?(?:transfer\\w*|evacu\\w*|reorient\\w*|"
                        "redirig\\w*|dirig\\w* vers|orient\\w* "
                        "vers|divert\\w*|moved)|(?:transfer\\w*|evacu\\w*|reorient\\w*|redirig\\w*|"
                        "divert\\w*|moved)[a-z ,'-]{0,40}?(?:patients?|malades|ambulances)|on "
                        "divert|divert status|delestage|"
                        "fermer son service des urgences|urgences (?:ont |sont )?(?:ete "
                        ")?fermees?|patients doivent[^.]{0,60}se rendre|urgences (?:ont ete |sont "
                        ")?delestees)")},
        {int(I::SurgeryPostponed),
         compilePattern(
             "\\b(?:(?:operations?|interventions?|chirurgi\\w*|procedures?|surger(?:y|ies)|"
             "bloc operatoire)"
             "[a-z0-9 "
             ",'-]{0,50}?(?:deprogramm\\w*|report(?:e|es|ee|ees|er|ait)\\b|annul\\w*|"
             "suspend\\w*|cancel\\w*|"
             "postpon\\w*|reschedul\\w*|put "
             "back|rearrang\\w*|repouss\\w*)|(?:deprogramm|report(?:e|er|es|ee|ees)\\b|"
             "annul|suspend|cancel|postpon|reschedul|repouss)\\w*[a-z0-9 "
             ",'-]{0,40}?(?:operations?|interventions? "
             "chirurgicales|chirurgi\\w*|procedures|surger\\w*)|deprogrammation|unable to "
             "carry out[^.]{0,60}operations)")},
        {int(I::CrisisPlan),
         compilePattern("\\b(?:plan blanc|cellule de crise|plan de (?:gestion de "
                        ")?crise|gestion de crise|crisis (?:cell|unit|team)|"
                        "major incident|critical incident|incident majeur)")},
        {int(I::PaperMode),
         compilePattern(
             "\\b(?:papier|stylo|crayon|mode degrade|fonctionnement degrade|a la main|pen and "
             "paper|paper[- ]based|"
             "paper records|on paper|manual (?:processes|procedures|systems)|downtime procedures)"),
         false},
        {int(I::SystemsShutDown),
         compilePattern(
             "\\b(?:(?:coup\\w*|isol\\w*|deconnect\\w*|debranch\\w*|arret\\w*|eteint\\w*|"
             "confin\\w*|interromp\\w*|"
             "suspend\\w*|mis\\w* hors (?:ligne|service|reseau)|mis\\w* a l'arret|mettre a "
             "l'arret|hors ligne)"
             "[^.;!?]{0,50}?(?:systemes?|reseaux?|internet|serveurs?|connexions?|telephon\\w*|"
             "postes?|ordinateurs?|"
             "informatique|messagerie|acces|standard)|(?:systemes?|reseaux?|internet|serveurs?|"
             "connexions?|"
             "telephon\\w*|postes?|ordinateurs?|informatique|messagerie|acces|standard)[^.;!?]{"
             "0,50}?"
             "(?:coupee?s?|isolee?s?|deconnectee?s?|debranchee?s?|arretee?s?|eteinte?s?|"
             "confinee?s?|interrompue?s?|"
             "suspendue?s?|hors (?:ligne|service)|a l'arret|inaccessibles?)\\b|"
             "(?:took|take|taken|taking|shut|shutting|shuts|pulled|bring|brought) (?:[a-z'\"]+ "
             "){0,5}(?:offline|down)\\b|"
             "(?:systems?|network|phone lines|servers|computers)[a-z "
             "',]{0,30}(?:are|were|is|was|went|remain|been) "
             "(?:down|offline)|(?:disconnected|isolated) (?:[a-z' ]+ "
             "){0,3}(?:systems?|network|servers))"),
         true},
    };
    static const auto noneReported = compilePattern(
        "\\b(?:reste inchange|aucune perturbation|toute perturbation|aucun impact|pas "
        "d'impact|aucune consequence|"
        "no impact|not (?:been )?affected|no disruption|sans impact|aucune incidence|pas "
        "de consequence|"
        "fonctionnement normal)");

    Impacts set = runRules<Impacts, Impact>(index, rules, out, QStringLiteral("impacts"), 0.7);
    if (set.isEmpty()) {
        const auto m = noneReported.match(index.folded());
        if (m.hasMatch()) {
            set.insert(I::NoneReported);
            out.addEvidence(QStringLiteral("impacts"), m.capturedStart(), m.capturedLength(), 0.6);
        }
    }
    if (!set.isEmpty())
        out.incident.impacts = set;
}

double parseAmount(QStringView number, QStringView multiplier)
{
    QString digits;
    digits.reserve(number.size());
    // "1,4" and "4.2" are decimals; "50 000", "25,000" and "1.300.000" group
    // thousands: a separator followed by exactly three digits groups.
    const qsizetype n = number.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = number.at(i);
        if (c.isDigit()) {
            digits.append(c);
        } else if (c == u',' || c == u'.') {
            qsizetype k = i + 1;
            while (k < n && number.at(k).isDigit())
                ++k;
            const bool grouping = (k - i - 1) == 3 && multiplier.isEmpty();
            if (!grouping)
                digits.append(u'.');
        }
    }
    bool ok = false;
    double v = digits.toDouble(&ok);
    if (!ok)
        return -1;
    if (multiplier.startsWith(u"milliard") || multiplier.startsWith(u"billion") ||
        multiplier == u"bn")
        v *= 1e9;
    else if (multiplier.startsWith(u"million") || multiplier == u"m" || multiplier == u"mn")
        v *= 1e6;
    else if (multiplier.startsWith(u"mille") || multiplier == u"k" || multiplier == u"thousand")
        v *= 1e3;
    return std::round(v * 100.0) / 100.0;
}

namespace {

// "10 millions de dollars", "50 000 dollars", "$4.2 million", "€4.2m",
// "1,3 million d'euros", "4.2 million euros".
const QRegularExpression &money()
{
    static const auto re = compilePattern(
        "(?:(\\$|€|£|usd|eur|gbp|chf)\\s?(\\d[\\d  "
        ".,]*\\d|\\d)\\s*(millions?|milliards?|billions?|bn|mn|m|k|mille|thousand)?\\b"
        "|(\\d[\\d  .,]*\\d|\\d)\\s*(millions?|milliards?|billions?|bn|mn|m|k|mille|thousand)?\\s*"
        "(?:de |d')?(\\$|€|£|dollars?(?: americains| us)?|euros?|livres? sterling|pounds?|francs? "
        "suisses|usd|eur|gbp|chf|bitcoins?|btc)\\b)");
    return re;
}

QString currencyCode(QStringView s)
{
    if (s.startsWith(u"$") || s.startsWith(u"dollar") || s == u"usd")
        return QStringLiteral("USD");
    if (s.startsWith(u"€") || s.startsWith(u"euro") || s == u"eur")
        return QStringLiteral("EUR");
    if (s.startsWith(u"£") || s.startsWith(u"livre") || s.startsWith(u"pound") || s == u"gbp")
        return QStringLiteral("GBP");
    if (s.startsWith(u"franc") || s == u"chf")
        return QStringLiteral("CHF");
    if (s.startsWith(u"bitcoin") || s == u"btc")
        return QStringLiteral("BTC");
    return {};
}

} // namespace

void extractRansom(const TextIndex &index, Extraction &out)
{
    static const auto ransomWord =
        compilePattern("\\b(?:rancons?|ransoms?|extorsion|extortion|exig\\w*|reclam\\w*|demand\\w*|"
                       "revendre|payer|paiement|versement|"
                       "pay|payment|asking for)\\b");
    static const auto ransomNoun = compilePattern("\\b(?:rancons?|ransoms?)\\b");
    static const auto demandContext = compilePattern(
        "\\b(?:exig\\w*|reclam\\w*|demand\\w*|revendre|pay\\w*|versement|paiement|ask\\w*|"
        "requested|"
        "ne paierons pas|ne paiera pas|will not pay|won't pay|refus\\w* de payer|refused "
        "to pay|note|message)\\b");
    static const auto denial = compilePattern(
        "\\b(?:aucune? (?:demande de )?rancon|no ransom|n'a (?:pas )?(?:ete "
        ")?(?:confirme|reclame|demande)|"
        "has not (?:been )?(?:demanded|requested|received)|pas de (?:demande de )?rancon)");

    const auto &sentences = index.sentences();
    const qsizetype lead = index.leadEnd();
    bool demanded = false;
    qsizetype demandAt = -1, demandLength = 0;
    double bestAmount = -1;
    QString bestCurrency;
    qsizetype bestAt = 0, bestLength = 0;
    bool bestInBody = false;
    for (const int i : index.sentencesMatching(ransomWord)) {
        const QStringView s = index.foldedSentence(i);
        if (isHedged(s))
            continue;
        const bool noun = ransomNoun.match(s).hasMatch();
        const bool isDenial = denial.match(s).hasMatch();
        // amounts: only in sentences about a demand
        for (auto it = money().globalMatch(s); it.hasNext();) {
            const auto m = it.next();
            const bool symbolFirst = m.hasCaptured(1);
            const double amount = symbolFirst ? parseAmount(m.capturedView(2), m.capturedView(3))
                                              : parseAmount(m.capturedView(4), m.capturedView(5));
            const QString currency =
                currencyCode(symbolFirst ? m.capturedView(1) : m.capturedView(6));
            if (amount <= 0 || currency.isEmpty() || currency == u"BTC" || isDenial)
                continue;
            if (!noun && !demandContext.match(s).hasMatch())
                continue;
            // a headline often converts the currency: the body's figure wins,
            // and the first figure of a sentence ("1,3 million de dollars,
            // soit environ 1,2 million d'euros")
            const bool inBody = sentences.at(i).start >= lead / 3;
            if (bestAmount < 0 || (inBody && !bestInBody)) {
                bestAmount = amount;
                bestCurrency = currency;
                bestAt = sentences.at(i).start + m.capturedStart();
                bestLength = m.capturedLength();
                bestInBody = inBody;
            }
            break;
        }
        if (noun && !isDenial && demandContext.match(s).hasMatch() && !demanded) {
            const auto nm = ransomNoun.match(s);
            if (!isNegated(s, nm.capturedStart(), nm.capturedEnd(), 25) ||
                s.contains(u"paierons") || s.contains(u"not pay") || s.contains(u"refus")) {
                demanded = true;
                demandAt = sentences.at(i).start + nm.capturedStart();
                demandLength = nm.capturedLength();
            }
        }
    }
    if (bestAmount > 0) {
        out.incident.ransom = Ransom{bestAmount, bestCurrency};
        out.addEvidence(QStringLiteral("ransom_demanded"), bestAt, bestLength, 0.8);
    } else if (demanded) {
        out.incident.ransom = Ransom{};
        out.addEvidence(QStringLiteral("ransom_demanded"), demandAt, demandLength, 0.6);
    }
}

void extractRecords(const TextIndex &index, Extraction &out)
{
    static const auto count = compilePattern(
        "(?<![\\d.,])(\\d[\\d  "
        ".,]*\\d|\\d)\\s*(millions?|milliards?|billions?|m|mille|thousand)?\\s*"
        "(?:le nombre |the number )?(?:de |d'|of )?(?:[a-z]+ ){0,1}"
        "(patients?|personnes|people|individuals|clients|customers|usagers|assures|"
        "dossiers|records|comptes|"
        "accounts|victimes|victims|residents|beneficiaires|utilisateurs|users|donneurs|"
        "members|membres)\\b");
    static const auto affected =
        compilePattern("\\b(?:concern\\w*|touch\\w*|affect\\w*|impact\\w*|"
                       "expos\\w*|vol\\w*|derob\\w*|fuit\\w*|fuite|compromi\\w*|"
                       "exfiltr\\w*|leak\\w*|stolen|breach\\w*|notif\\w*|"
                       "victimes?|victims?|pirat\\w*|donnees|data)\\b");
    static const auto served = compilePattern(
        "\\b(?:dessert|desservant|serves?|serving|accueill\\w*|soign\\w*|emploie|employs|"
        "compte plus|compte \\d|"
        "traite chaque|treats|habitants|population|chaque (?:jour|annee)|each "
        "(?:day|year)|per (?:day|year)|par an)\\b");
    const auto &sentences = index.sentences();
    for (const int i : index.sentencesMatching(count)) {
        const QStringView s = index.foldedSentence(i);
        if (!affected.match(s).hasMatch() || isHedged(s))
            continue;
        for (auto it = count.globalMatch(s); it.hasNext();) {
            const auto m = it.next();
            const QStringView before = s.mid(std::max<qsizetype>(0, m.capturedStart() - 50),
                                             std::min<qsizetype>(m.capturedStart(), 50));
            const QStringView after = s.mid(m.capturedEnd(), 40);
            if (served.match(before).hasMatch() || served.match(after).hasMatch())
                continue;
            const double v = parseAmount(m.capturedView(1), m.capturedView(2));
            if (v < 10 || v > 5e9)
                continue;
            out.incident.recordsAffected = qint64(v);
            out.addEvidence(QStringLiteral("records_affected"),
                            sentences.at(i).start + m.capturedStart(), m.capturedLength(), 0.6);
            return;
        }
    }
}

} // namespace vigie::extract
