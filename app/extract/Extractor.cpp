// SPDX-License-Identifier: GPL-3.0-or-later
#include "Extractor.h"

#include "DateFinder.h"
#include "IncidentDates.h"
#include "Lexicon.h"
#include "Places.h"
#include "TextIndex.h"
#include "ThreatActors.h"
#include "Victims.h"
#include "geo/Gazetteer.h"

#include <QRegularExpression>

#include <array>

namespace vigie::extract {

namespace {

QString attackPhrase(const Incident &inc)
{
    if (!inc.attackTypes)
        return QStringLiteral("Cyberattack");
    const AttackTypes t = *inc.attackTypes;
    if (t.contains(AttackType::Ransomware))
        return QStringLiteral("Ransomware attack");
    if (t.contains(AttackType::DataTheft))
        return QStringLiteral("Data theft");
    if (t.contains(AttackType::Ddos))
        return QStringLiteral("DDoS attack");
    if (t.contains(AttackType::CredentialAbuse) || t.contains(AttackType::Insider))
        return QStringLiteral("Unauthorised access");
    if (t.contains(AttackType::Malware))
        return QStringLiteral("Malware attack");
    if (t.contains(AttackType::Intrusion))
        return QStringLiteral("Intrusion");
    return QStringLiteral("Cyberattack");
}

// A neutral headline and summary in our own words, built from the fields.
void describe(Incident &inc)
{
    const QString victim = inc.victims.isEmpty() ? QString() : inc.victims.first();
    if (!victim.isEmpty())
        inc.title = QStringLiteral("%1 at %2").arg(attackPhrase(inc), victim);
    QStringList parts;
    if (!victim.isEmpty()) {
        QString where =
            inc.commune.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(inc.commune);
        parts.append(
            QStringLiteral("%1%2 was hit by %3").arg(victim, where, attackPhrase(inc).toLower()));
        if (!inc.occurred.isNull())
            parts.last().append(QStringLiteral(" (%1)").arg(inc.occurred.toIso()));
        if (!inc.threatActor.isEmpty())
            parts.last().append(QStringLiteral(", attributed to %1").arg(inc.threatActor));
        parts.last().append(u'.');
    }
    if (inc.impacts && !inc.impacts->isEmpty() && !inc.impacts->contains(Impact::NoneReported))
        parts.append(
            QStringLiteral("Effects: %1.")
                .arg(inc.impacts->schemaNames().join(QStringLiteral(", ")).replace(u'_', u' ')));
    if (inc.dataCompromised && !inc.dataCompromised->isEmpty())
        parts.append(QStringLiteral("Data exposed: %1.")
                         .arg(inc.dataCompromised->schemaNames()
                                  .join(QStringLiteral(", "))
                                  .replace(u'_', u' ')));
    inc.summary = parts.join(u' ');
}

} // namespace

QString detectLanguage(QStringView folded)
{
    struct Lang {
        const char *code;
        std::array<const char *, 12> words;
    };
    static const Lang langs[] = {
        {"fr", {"le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "qui", "sur"}},
        {"en", {"the", "and", "of", "to", "is", "was", "that", "with", "for", "has", "have", "by"}},
        {"de",
         {"der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "von", "den", "auf"}},
        {"es", {"el", "los", "las", "del", "y", "que", "una", "por", "con", "para", "fue", "como"}},
        {"it",
         {"il", "gli", "della", "che", "e", "di", "per", "con", "una", "sono", "nel", "alla"}},
        {"nl", {"de", "het", "een", "en", "van", "is", "niet", "met", "voor", "op", "zijn", "dat"}},
        {"pt", {"o", "os", "da", "do", "que", "uma", "em", "para", "com", "nao", "foi", "dos"}},
    };
    // function word -> bit set of the languages that use it, built once
    static const QHash<QString, quint32> table = [] {
        QHash<QString, quint32> t;
        for (std::size_t i = 0; i < std::size(langs); ++i)
            for (const char *w : langs[i].words)
                t[QString::fromLatin1(w)] |= 1u << i;
        return t;
    }();
    std::array<int, std::size(langs)> scores{};
    int total = 0;
    const QStringView head = folded.left(4000);
    qsizetype i = 0;
    QString word;
    while (i < head.size()) {
        while (i < head.size() && (head.at(i) < u'a' || head.at(i) > u'z'))
            ++i;
        const qsizetype start = i;
        while (i < head.size() && head.at(i) >= u'a' && head.at(i) <= u'z')
            ++i;
        if (i == start)
            break;
        ++total;
        if (i - start > 5)
            continue;
        word = head.mid(start, i - start).toString();
        if (const auto it = table.constFind(word); it != table.cend())
            for (std::size_t l = 0; l < std::size(langs); ++l)
                if (it.value() & (1u << l))
                    ++scores[l];
    }
    if (total < 8)
        return QStringLiteral("und");
    QString best;
    int bestScore = 0, second = 0;
    for (std::size_t li = 0; li < std::size(langs); ++li) {
        const Lang &l = langs[li];
        const int score = scores[li];
        if (score > bestScore) {
            second = bestScore;
            bestScore = score;
            best = QString::fromLatin1(l.code);
        } else if (score > second) {
            second = score;
        }
    }
    if (bestScore < 3 || bestScore < second * 1.3)
        return QStringLiteral("und");
    return best;
}

PartialDate dateFromUrl(const QString &url)
{
    static const QRegularExpression slashed(QStringLiteral("/(20\\d\\d)/(\\d\\d)/(\\d\\d)(?:/|$)"));
    static const QRegularExpression compact(
        QStringLiteral("(?<!\\d)(20\\d\\d)(\\d\\d)(\\d\\d)(?:\\d{4})?(?!\\d)"));
    for (const QRegularExpression *re : {&slashed, &compact}) {
        const auto m = re->match(url);
        if (!m.hasMatch())
            continue;
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid())
            return PartialDate::ofDay(d);
    }
    return {};
}

Extractor::Extractor()
    : m_gazetteer(&geo::Gazetteer::shared())
{
}

Extractor::Extractor(const geo::Gazetteer &gazetteer)
    : m_gazetteer(&gazetteer)
{
}

Extraction Extractor::extract(const ArticleInput &article) const
{
    Extraction out;
    const TextIndex index(article.text);
    Incident &inc = out.incident;

    // Language: the reader's when given, else function words.
    const QString detected = detectLanguage(index.folded());
    out.language = article.language.isEmpty() ? detected : article.language.left(2).toLower();
    if (out.language != u"fr" && out.language != u"en")
        out.warnings.append(
            QStringLiteral("language '%1' is neither French nor English: only dates, "
                           "amounts, places and group names were read")
                .arg(out.language));

    // Publication date: the dateline, else metadata, else the URL.
    const PublicationDate pub = findPublicationDate(index);
    if (!pub.date.isNull() && pub.confidence >= 0.9) {
        inc.published = pub.date;
        out.addEvidence(QStringLiteral("published"), pub.span.start, pub.span.length(),
                        pub.confidence);
    } else if (!article.metadataPublished.isNull()) {
        inc.published = article.metadataPublished;
    } else if (!pub.date.isNull()) {
        inc.published = pub.date;
        out.addEvidence(QStringLiteral("published"), pub.span.start, pub.span.length(),
                        pub.confidence);
    } else if (const PartialDate fromUrl = dateFromUrl(article.url); !fromUrl.isNull()) {
        inc.published = fromUrl;
    } else {
        out.warnings.append(QStringLiteral("no publication date: relative dates left unresolved"));
    }
    const QDate published = inc.published.precision() == PartialDate::Precision::Day
                                ? inc.published.firstDate()
                                : QDate();

    const QList<DateMention> dates = findDates(index.folded(), published);
    const Distractors distractors = distractorSentences(index, published, dates);
    extractIncidentDates(index, published, dates, distractors, out);
    extractAttackTypes(index, out);
    extractThreatActor(index, out);
    extractDataCategories(index, out);
    extractImpacts(index, out);
    extractRansom(index, out);
    extractRecords(index, out);

    const QList<VictimCandidate> victims = findVictims(index, distractors, inc.threatActor);
    applyVictims(victims, index, out);
    extractPlace(index, victims, distractors, out.language, *m_gazetteer, out);

    Source source;
    source.url = article.url;
    source.outlet = article.outlet;
    source.published = inc.published;
    source.language = out.language == u"und" ? QString() : out.language;
    source.title = article.title;
    inc.sources.append(source);
    describe(inc);
    return out;
}

} // namespace vigie::extract
