// SPDX-License-Identifier: GPL-3.0-or-later
#include "Places.h"

#include "geo/Gazetteer.h"

#include <QRegularExpression>
#include <QSet>

namespace vigie::extract {

namespace {

QRegularExpression compile(const QString &pattern)
{
    QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption);
    re.optimize();
    return re;
}

// Country names in other languages than French and English, and the US
// states (an American article often names only the state).
QString extraCountry(QStringView folded)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("italia"), QStringLiteral("IT")},
        {QStringLiteral("espana"), QStringLiteral("ES")},
        {QStringLiteral("deutschland"), QStringLiteral("DE")},
        {QStringLiteral("schweiz"), QStringLiteral("CH")},
        {QStringLiteral("svizzera"), QStringLiteral("CH")},
        {QStringLiteral("nederland"), QStringLiteral("NL")},
        {QStringLiteral("belgique"), QStringLiteral("BE")},
        {QStringLiteral("polska"), QStringLiteral("PL")},
        {QStringLiteral("catalonia"), QStringLiteral("ES")},
        {QStringLiteral("catalogne"), QStringLiteral("ES")},
        {QStringLiteral("wallonie"), QStringLiteral("BE")},
        {QStringLiteral("nhs"), QStringLiteral("GB")},
    };
    return names.value(folded.toString());
}

bool isUsState(QStringView folded)
{
    static const QSet<QString> states = [] {
        QSet<QString> s;
        for (const char *n : {"alabama",        "alaska",
                              "arizona",        "arkansas",
                              "california",     "colorado",
                              "connecticut",    "delaware",
                              "florida",        "hawaii",
                              "idaho",          "illinois",
                              "indiana",        "iowa",
                              "kansas",         "kentucky",
                              "louisiana",      "maine",
                              "maryland",       "massachusetts",
                              "michigan",       "minnesota",
                              "mississippi",    "missouri",
                              "montana",        "nebraska",
                              "nevada",         "new hampshire",
                              "new jersey",     "new mexico",
                              "new york state", "north carolina",
                              "north dakota",   "ohio",
                              "oklahoma",       "oregon",
                              "pennsylvania",   "rhode island",
                              "south carolina", "south dakota",
                              "tennessee",      "texas",
                              "utah",           "vermont",
                              "virginia",       "washington state",
                              "west virginia",  "wisconsin",
                              "wyoming"})
            s.insert(QString::fromLatin1(n));
        return s;
    }();
    return states.contains(folded.toString());
}

struct Place {
    QString country;
    QString region;
    QString department;
    QString commune;
    Span span;
    double confidence = 0;
    bool isSet() const { return !country.isEmpty(); }
};

QString normalizePlace(const QString &name)
{
    return geo::normalizePlaceName(name);
}

QString cleanAdmin1(QString name)
{
    if (name.endsWith(QStringLiteral(" Region")))
        name.chop(7);
    return name;
}

// "Rennes", "Le Chesnay-Rocquencourt" (written "au Chesnay-Rocquencourt"):
// the commune, narrowed by a department hint when one is given.
std::optional<geo::Commune> lookupCommune(const geo::Gazetteer &g, QString name,
                                          const QString &hint)
{
    QList<geo::Commune> list = g.communesByName(name, hint);
    if (list.isEmpty()) {
        for (const char *article : {"Le ", "La ", "Les ", "L'"}) {
            list = g.communesByName(QString::fromLatin1(article) + name, hint);
            if (!list.isEmpty())
                break;
        }
    }
    if (list.isEmpty())
        return std::nullopt;
    geo::Commune c = list.first();
    if (c.kind != geo::CommuneKind::Commune && !c.parentCode.isEmpty()) {
        if (const auto parent = g.communeByCode(c.parentCode))
            c = *parent;
    }
    return c;
}

Place fromCommune(const geo::Commune &c, Span span, double confidence)
{
    return Place{QStringLiteral("FR"), c.regionCode, c.departmentCode, c.name, span, confidence};
}

Place fromDepartment(const geo::DepartmentInfo &d, Span span, double confidence)
{
    return Place{QStringLiteral("FR"), d.regionCode, d.code, QString(), span, confidence};
}

// A department named in parentheses, after "dans"/"en", or as the
// headline's "Loire :" prefix.
std::optional<geo::DepartmentInfo> departmentHint(const geo::Gazetteer &g, QStringView text)
{
    const QString t = text.trimmed().toString();
    if (t.isEmpty() || t.size() > 40)
        return std::nullopt;
    return g.department(t);
}

} // namespace

void extractPlace(const TextIndex &index, const QList<VictimCandidate> &victims,
                  const Distractors &distractors, const QString &language, const geo::Gazetteer &g,
                  Extraction &out)
{
    if (!g.isValid()) {
        out.warnings.append(QStringLiteral("gazetteer not available: %1").arg(g.errorString()));
        return;
    }
    const QString &text = index.text();
    const qsizetype lead = index.leadEnd();
    const auto &sentences = index.sentences();
    // a sentence is usable when no part of it is about another incident
    auto usable = [&](int si) {
        return si >= 0 && !(si < distractors.size() && distractors.at(si) >= 0);
    };

    // Sentences that speak of the main victim: a named mention, or in the
    // lead a bare institution word ("le centre hospitalier", "l'hôpital").
    QSet<int> victimSentences;
    const VictimCandidate *main = victims.isEmpty() ? nullptr : &victims.first();
    if (main)
        for (const Span &m : main->mentions)
            victimSentences.insert(index.sentenceAt(m.start));
    static const auto bareHead = compile(
        QStringLiteral("\\b(?:centre hospitalier|hopital|clinique|ehpad|chu|etablissement|the "
                       "hospital|the clinic)\\b"));
    for (int si = 0; si < sentences.size() && sentences.at(si).start < lead; ++si)
        if (usable(si) && bareHead.match(index.foldedSentence(si)).hasMatch())
            victimSentences.insert(si);

    // 1. Department hints.
    std::optional<geo::DepartmentInfo> hintDept;
    Span hintSpan;
    static const auto paren = compile(QStringLiteral("\\(([^()]{2,40})\\)"));
    static const auto inDept = compile(QStringLiteral(
        "\\b(?:dans|en|du "
        "département)\\s+(?:le\\s+|la\\s+|les\\s+|l['’]|de\\s+la\\s+|de\\s+l['’]|du\\s+|des\\s+)?"
        "(\\p{Lu}[\\p{L}'’-]+(?:[\\s-]\\p{Lu}[\\p{L}'’-]+)?)"));
    static const auto headlinePrefix =
        compile(QStringLiteral("^\\s*(\\p{Lu}[\\p{L}'’ -]{1,40}?)\\s*:"));
    auto considerHint = [&](QStringView name, qsizetype at) {
        if (hintDept)
            return;
        if (auto d = departmentHint(g, name)) {
            hintDept = d;
            hintSpan = Span{at, at + name.size()};
        }
    };
    for (int si = 0; si < sentences.size(); ++si) {
        if (!usable(si))
            continue;
        const bool inLead = sentences.at(si).start < lead;
        if (!inLead && !victimSentences.contains(si))
            continue;
        const QStringView s = index.sentenceText(si);
        const qsizetype base = sentences.at(si).start;
        if (si <= 2) {
            const auto hm = headlinePrefix.match(s);
            if (hm.hasMatch())
                considerHint(hm.capturedView(1), base + hm.capturedStart(1));
        }
        for (auto it = paren.globalMatch(s); it.hasNext();) {
            const auto m = it.next();
            considerHint(m.capturedView(1), base + m.capturedStart(1));
        }
        for (auto it = inDept.globalMatch(s); it.hasNext();) {
            const auto m = it.next();
            considerHint(m.capturedView(1), base + m.capturedStart(1));
            const QStringView first = m.capturedView(1).left(m.capturedView(1).indexOf(u' '));
            if (first.size() < m.capturedLength(1))
                considerHint(first, base + m.capturedStart(1));
        }
    }
    const QString hintCode = hintDept ? hintDept->code : QString();

    // 2. An explicit location next to the victim: "à X (Dept)", "installé au X".
    Place place;
    static const auto atPlace =
        compile(QStringLiteral("\\b(?:à|au|aux|installée?s? (?:à|au)|située?s? (?:à|au)|basée?s? "
                               "(?:à|au)|based in|located in)\\s+"
                               "(\\p{Lu}[\\p{L}'’-]+(?:[\\s-](?:(?:de|du|des|la|le|les|lès|sur|"
                               "sous|en)[\\s-])?\\p{Lu}[\\p{L}'’-]+){0,4})"
                               "(\\s*\\(([^()]{2,40})\\))?"));
    for (int si = 0; si < sentences.size() && !place.isSet(); ++si) {
        if (!victimSentences.contains(si) || !usable(si))
            continue;
        const QStringView s = index.sentenceText(si);
        for (auto it = atPlace.globalMatch(s); it.hasNext();) {
            const auto m = it.next();
            const bool withDept = m.hasCaptured(3);
            const bool installed = m.capturedView(0).contains(QStringLiteral("install")) ||
                                   m.capturedView(0).contains(QStringLiteral("situ"));
            if (!withDept && !installed)
                continue;
            const auto dept = withDept ? departmentHint(g, m.capturedView(3)) : std::nullopt;
            const QString hint = dept ? dept->code : hintCode;
            const Span span{sentences.at(si).start + m.capturedStart(1),
                            sentences.at(si).start + m.capturedEnd(1)};
            if (const auto c = lookupCommune(g, m.captured(1), hint)) {
                place = fromCommune(*c, span, 0.85);
                break;
            }
            static const auto institution =
                compile(QStringLiteral("^(?:ch|chu|chr|chru|centre|hopital|clinique|ehpad|ght|"
                                       "groupe|pole|laboratoire|the|le|la|les)\\b"));
            if (dept && !institution.match(foldText(m.capturedView(1))).hasMatch()) {
                // a commune the list no longer has (merged): keep it as written
                place = fromDepartment(*dept, span, 0.7);
                place.commune = m.captured(1);
                break;
            }
        }
    }

    // Countries the article names (outside sentences about other incidents).
    // One scan of the whole text for countries and regions serves every
    // step below; towns abroad (a large table) only in the headline.
    QList<geo::PlaceMention> scanned =
        g.scan(text, geo::PlaceKind::Country | geo::PlaceKind::Region);
    if (!sentences.isEmpty()) {
        const qsizetype headEnd = sentences.at(std::min<qsizetype>(1, sentences.size() - 1)).end;
        scanned.append(g.scan(QStringView(text).left(headEnd), geo::PlaceKind::Town));
    }
    QSet<QString> countryMentioned;
    for (const geo::PlaceMention &pm : scanned) {
        if (!pm.kinds.testFlag(geo::PlaceKind::Country))
            continue;
        if (!usable(index.sentenceAt(pm.start)) || !pm.capitalized || pm.ambiguousWord)
            continue;
        if (const auto c = g.countryByName(QStringView(text).mid(pm.start, pm.length)))
            countryMentioned.insert(c->code);
    }

    QHash<QString, double> votes;
    QHash<QString, Span> voteSpan;
    // adjectives of nationality, lower case: "des célébrités suisses", "the Catalan authorities"
    static const auto adjectives =
        compile(QStringLiteral("\\b(suisses?|swiss|belges?|belgian|espagnol\\w*|spanish|catalan\\w*"
                               "|italien\\w*|italian|allemand\\w*|german|"
                               "britanniques?|british|irlandais\\w*|irish|neo-zelandais\\w*|"
                               "americain\\w*|american|canadien\\w*|canadian|"
                               "luxembourgeois\\w*|neerlandais\\w*|dutch|portugais\\w*|portuguese|"
                               "quebecois\\w*|zurichois\\w*|genevois\\w*|"
                               "vaudois\\w*|canton (?:de|of|du))\\b"));
    static const QList<QPair<const char *, const char *>> adjectiveCountry = {
        {"suiss", "CH"},          {"swiss", "CH"},       {"zurichois", "CH"},
        {"genevois", "CH"},       {"vaudois", "CH"},     {"canton", "CH"},
        {"belg", "BE"},           {"espagnol", "ES"},    {"spanish", "ES"},
        {"catalan", "ES"},        {"italien", "IT"},     {"italian", "IT"},
        {"allemand", "DE"},       {"german", "DE"},      {"britanni", "GB"},
        {"british", "GB"},        {"irlandais", "IE"},   {"irish", "IE"},
        {"neo-zelandais", "NZ"},  {"americain", "US"},   {"american", "US"},
        {"canadien", "CA"},       {"canadian", "CA"},    {"quebecois", "CA"},
        {"luxembourgeois", "LU"}, {"neerlandais", "NL"}, {"dutch", "NL"},
        {"portugais", "PT"},      {"portuguese", "PT"}};
    for (auto it = adjectives.globalMatch(index.folded()); it.hasNext();) {
        const auto m = it.next();
        if (!usable(index.sentenceAt(m.capturedStart())))
            continue;
        for (const auto &[prefix, code] : adjectiveCountry) {
            if (m.capturedView(1).startsWith(QLatin1StringView(prefix))) {
                const QString c = QString::fromLatin1(code);
                votes[c] += 0.5;
                countryMentioned.insert(c);
                if (!voteSpan.contains(c))
                    voteSpan.insert(c, Span{m.capturedStart(), m.capturedEnd()});
                break;
            }
        }
    }
    // 2b. Abroad, "in Toledo, Ohio", "based in Munich, Germany": a town
    // and its subdivision or country, next to the victim.
    static const auto townComma = compile(
        QStringLiteral("\\b(?:in|at|based in|located in|à|au|de)\\s+(\\p{Lu}[\\p{L}'’.-]+(?:[ "
                       "-]\\p{Lu}[\\p{L}'’-]+){0,2}),\\s+"
                       "(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2})"));
    for (int si = 0; si < sentences.size() && !place.isSet(); ++si) {
        if (!victimSentences.contains(si) || !usable(si))
            continue;
        const QStringView s = index.sentenceText(si);
        for (auto it = townComma.globalMatch(s); it.hasNext() && !place.isSet();) {
            const auto m = it.next();
            const QString second = m.captured(2);
            for (const geo::Town &t : g.townsByName(m.capturedView(1))) {
                const auto c = g.countryByName(second);
                if (normalizePlace(t.admin1Name).startsWith(normalizePlace(second)) ||
                    (c && c->code == t.countryCode)) {
                    const Span span{sentences.at(si).start + m.capturedStart(1),
                                    sentences.at(si).start + m.capturedEnd(1)};
                    place = Place{t.countryCode, cleanAdmin1(t.admin1Name), {}, t.name, span, 0.8};
                    break;
                }
            }
        }
    }

    // 3. The place in the victim's name.
    QString foreignTownCountry;
    if (!place.isSet() && main) {
        for (const QString &part : main->placeParts) {
            const QList<geo::PlaceMention> found = g.scan(part);
            for (const geo::PlaceMention &pm : found) {
                const QStringView words = QStringView(part).mid(pm.start, pm.length);
                qsizetype at = main->mentions.isEmpty() ? 0 : main->mentions.first().start;
                const qsizetype inText = text.indexOf(words, at);
                const Span span{inText >= 0 ? inText : at,
                                (inText >= 0 ? inText : at) + words.size()};
                if (pm.kinds.testFlag(geo::PlaceKind::Department)) {
                    if (const auto d = g.department(words)) {
                        // "Paris" is a department and its commune
                        const auto c = pm.kinds.testFlag(geo::PlaceKind::Commune)
                                           ? lookupCommune(g, words.toString(), d->code)
                                           : std::nullopt;
                        place = c && c->population >= 100000 ? fromCommune(*c, span, 0.8)
                                                             : fromDepartment(*d, span, 0.75);
                        break;
                    }
                }
                if (pm.kinds.testFlag(geo::PlaceKind::Region)) {
                    if (const auto r = g.regionByName(words)) {
                        place = Place{QStringLiteral("FR"), r->region.code, {}, {}, span, 0.7};
                        break;
                    }
                }
                if (pm.kinds.testFlag(geo::PlaceKind::Commune) && !pm.ambiguousWord) {
                    if (const auto c = lookupCommune(g, words.toString(), hintCode)) {
                        // "l'hôpital de Montréal" in an article about Canada:
                        // the foreign town, not the small French commune
                        const QList<geo::Town> abroad = g.townsByName(words);
                        const bool foreign =
                            hintCode.isEmpty() && !abroad.isEmpty() &&
                            countryMentioned.contains(abroad.first().countryCode) &&
                            !countryMentioned.contains(QStringLiteral("FR")) &&
                            abroad.first().population > c->population;
                        if (foreign) {
                            place = Place{abroad.first().countryCode,
                                          cleanAdmin1(abroad.first().admin1Name),
                                          {},
                                          abroad.first().name,
                                          span,
                                          0.7};
                            foreignTownCountry = abroad.first().countryCode;
                        } else {
                            place = fromCommune(*c, span, 0.8);
                        }
                        break;
                    }
                }
                if (pm.kinds.testFlag(geo::PlaceKind::Town) && !pm.ambiguousWord &&
                    pm.capitalized) {
                    // a town abroad only when the article names its country,
                    // or a city large enough to be known by itself
                    const QList<geo::Town> towns = g.townsByName(words);
                    if (!towns.isEmpty() &&
                        (countryMentioned.contains(towns.first().countryCode) ||
                         (towns.first().population >= 300000 && language != u"fr"))) {
                        place = Place{towns.first().countryCode,
                                      cleanAdmin1(towns.first().admin1Name),
                                      {},
                                      towns.first().name,
                                      span,
                                      0.7};
                        foreignTownCountry = towns.first().countryCode;
                        break;
                    }
                }
            }
            if (place.isSet())
                break;
        }
    }

    // 4. A department hint alone, then a region named in the lead or
    // next to the victim.
    if (!place.isSet() && hintDept)
        place = fromDepartment(*hintDept, hintSpan, 0.6);
    if (!place.isSet()) {
        for (const geo::PlaceMention &pm : scanned) {
            if (!pm.kinds.testFlag(geo::PlaceKind::Region))
                continue;
            const int si = index.sentenceAt(pm.start);
            if (!usable(si) || !pm.capitalized)
                continue;
            if (const auto r = g.regionByName(QStringView(text).mid(pm.start, pm.length))) {
                place = Place{QStringLiteral("FR"),
                              r->region.code,
                              {},
                              {},
                              Span{pm.start, pm.start + pm.length},
                              0.5};
                break;
            }
        }
    }

    // 5. The country: France when the victim's place is French; otherwise the
    // country the article names most (headline and lead count more).
    for (const geo::PlaceMention &pm : scanned) {
        const int si = index.sentenceAt(pm.start);
        if (!usable(si) || !pm.capitalized)
            continue;
        const QStringView words = QStringView(text).mid(pm.start, pm.length);
        QString code;
        double w = si <= 1 ? 3.0 : (pm.start < lead ? 2.0 : 1.0);
        if (pm.kinds.testFlag(geo::PlaceKind::Country) && !pm.ambiguousWord) {
            if (const auto c = g.countryByName(words))
                code = c->code;
        } else if (pm.kinds.testFlag(geo::PlaceKind::Town) &&
                   !pm.kinds.testFlag(geo::PlaceKind::Commune) && !pm.ambiguousWord &&
                   pm.words >= 1 && si <= 1) {
            // a foreign town in the headline ("London hospitals cancel ...")
            const QList<geo::Town> towns = g.townsByName(words);
            if (!towns.isEmpty() && towns.first().population >= 100000)
                code = towns.first().countryCode;
            w = 1.0;
        }
        if (code.isEmpty())
            continue;
        votes[code] += w;
        if (!voteSpan.contains(code))
            voteSpan.insert(code, Span{pm.start, pm.start + pm.length});
    }
    static const auto properWords = compile(
        QStringLiteral("\\b(\\p{Lu}[\\p{L}]+(?: (?:Jersey|Mexico|York "
                       "State|Hampshire|Carolina|Dakota|Virginia|Island|Washington State))?)\\b"));
    for (auto it = properWords.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int si = index.sentenceAt(m.capturedStart());
        if (!usable(si))
            continue;
        const QString f = foldText(m.capturedView(1));
        QString code = extraCountry(f);
        if (code.isEmpty() && isUsState(f))
            code = QStringLiteral("US");
        if (code.isEmpty())
            continue;
        votes[code] += si <= 1 ? 3.0 : 1.0;
        if (!voteSpan.contains(code))
            voteSpan.insert(code, Span{m.capturedStart(), m.capturedEnd()});
    }
    QString bestForeign;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it)
        if (it.key() != u"FR" && (bestForeign.isEmpty() || it.value() > votes.value(bestForeign)))
            bestForeign = it.key();

    if (place.isSet() && place.country == u"FR") {
        // a French place for the victim settles it, unless the article is
        // plainly about another country and the match is weak
        if (!bestForeign.isEmpty() && votes.value(bestForeign) >= 4 &&
            votes.value(QStringLiteral("FR")) == 0 && place.confidence < 0.8 && language != u"fr")
            place = Place{bestForeign, {}, {}, {}, voteSpan.value(bestForeign), 0.5};
    } else if (!place.isSet()) {
        if (!bestForeign.isEmpty() && votes.value(bestForeign) >= votes.value(QStringLiteral("FR")))
            place = Place{bestForeign, {}, {}, {}, voteSpan.value(bestForeign), 0.6};
        else if (language == u"fr" || votes.value(QStringLiteral("FR")) > 0)
            place =
                Place{QStringLiteral("FR"), {}, {}, {}, voteSpan.value(QStringLiteral("FR")), 0.4};
    }
    // abroad: a town in the headline of that country gives region and town
    if (place.isSet() && place.country != u"FR" && place.commune.isEmpty() &&
        !sentences.isEmpty()) {
        for (const geo::PlaceMention &pm : g.scan(index.sentenceText(0), geo::PlaceKind::Town)) {
            if (pm.ambiguousWord || !pm.capitalized)
                continue;
            const qsizetype at = sentences.isEmpty() ? 0 : sentences.first().start + pm.start;
            const QList<geo::Town> towns =
                g.townsByName(QStringView(text).mid(at, pm.length), place.country);
            if (towns.isEmpty())
                continue;
            place.region = cleanAdmin1(towns.first().admin1Name);
            place.commune = towns.first().name;
            out.addEvidence(QStringLiteral("commune"), at, pm.length, 0.5);
            break;
        }
    }
    if (!place.isSet())
        return;
    Incident &inc = out.incident;
    inc.country = place.country;
    inc.region = place.region;
    inc.department = place.department;
    inc.commune = place.commune;
    for (const char *field : {"country", "region", "department", "commune"}) {
        const QString key = QString::fromLatin1(field);
        const bool has = (key == u"country" && !inc.country.isEmpty()) ||
                         (key == u"region" && !inc.region.isEmpty()) ||
                         (key == u"department" && !inc.department.isEmpty()) ||
                         (key == u"commune" && !inc.commune.isEmpty());
        if (has)
            out.addEvidence(key, place.span.start, place.span.length(), place.confidence);
    }
    if (!foreignTownCountry.isEmpty() && !voteSpan.contains(foreignTownCountry))
        out.warnings.append(QStringLiteral("country inferred from the town in the victim's name"));
}

} // namespace vigie::extract
