// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentMatcher.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>

namespace vigie::commands {

namespace {

// Lower case, no accents, letters and digits only, split into words.
QStringList foldedWords(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QStringList words;
    QString word;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

QString foldedPlace(const QString &name)
{
    QStringList words = foldedWords(name);
    for (QString &w : words)
        if (w == u"st")
            w = QStringLiteral("saint");
        else if (w == u"ste")
            w = QStringLiteral("sainte");
    return words.join(u' ');
}

bool isStopWord(const QString &w)
{
    static const QSet<QString> stop = {
        QStringLiteral("de"),  QStringLiteral("du"),  QStringLiteral("des"), QStringLiteral("la"),
        QStringLiteral("le"),  QStringLiteral("les"), QStringLiteral("l"),   QStringLiteral("d"),
        QStringLiteral("et"),  QStringLiteral("en"),  QStringLiteral("a"),   QStringLiteral("au"),
        QStringLiteral("aux"), QStringLiteral("the"), QStringLiteral("of"),  QStringLiteral("and"),
        QStringLiteral("in"),  QStringLiteral("at"),  QStringLiteral("for")};
    return stop.contains(w);
}

// Words that name a kind of institution, not a particular one.
bool isGeneric(const QString &w)
{
    static const QSet<QString> generic = {
        QStringLiteral("centre"),        QStringLiteral("center"),
        QStringLiteral("centres"),       QStringLiteral("hospitalier"),
        QStringLiteral("hospitaliers"),  QStringLiteral("hospitaliere"),
        QStringLiteral("universitaire"), QStringLiteral("regional"),
        QStringLiteral("hopital"),       QStringLiteral("hopitaux"),
        QStringLiteral("hospital"),      QStringLiteral("hospitals"),
        QStringLiteral("chu"),           QStringLiteral("chr"),
        QStringLiteral("chru"),          QStringLiteral("ch"),
        QStringLiteral("chi"),           QStringLiteral("clinique"),
        QStringLiteral("clinic"),        QStringLiteral("groupe"),
        QStringLiteral("groupement"),    QStringLiteral("ght"),
        QStringLiteral("ehpad"),         QStringLiteral("institut"),
        QStringLiteral("laboratoire"),   QStringLiteral("nhs"),
        QStringLiteral("trust"),         QStringLiteral("foundation"),
        QStringLiteral("health"),        QStringLiteral("sante"),
        QStringLiteral("medical"),       QStringLiteral("general"),
        QStringLiteral("intercommunal"), QStringLiteral("territorial"),
        QStringLiteral("public"),        QStringLiteral("prive"),
        QStringLiteral("privee"),        QStringLiteral("polyclinique"),
        QStringLiteral("services"),      QStringLiteral("system"),
        QStringLiteral("university")};
    return generic.contains(w);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("vigie::commands", text);
}

} // namespace

QByteArray articleTextHash(const QString &text)
{
    const QString normalized =
        text.normalized(QString::NormalizationForm_C).toCaseFolded().simplified();
    if (normalized.isEmpty())
        return {};
    return QCryptographicHash::hash(normalized.toUtf8(), QCryptographicHash::Sha256);
}

VictimTokens victimTokens(const QString &name)
{
    VictimTokens out;
    for (const QString &w : foldedWords(name)) {
        if (isStopWord(w))
            continue;
        if (isGeneric(w))
            out.generic.insert(w);
        else
            out.distinctive.insert(w);
    }
    return out;
}

bool sameVictim(const QString &a, const QString &b)
{
    const VictimTokens ta = victimTokens(a);
    const VictimTokens tb = victimTokens(b);
    if (ta.distinctive.isEmpty() || tb.distinctive.isEmpty())
        return false;
    const QSet<QString> &small =
        ta.distinctive.size() <= tb.distinctive.size() ? ta.distinctive : tb.distinctive;
    const QSet<QString> &large = &small == &ta.distinctive ? tb.distinctive : ta.distinctive;
    for (const QString &w : small)
        if (!large.contains(w))
            return false;
    return true;
}

bool similarAttack(const std::optional<AttackTypes> &a, const std::optional<AttackTypes> &b)
{
    if (!a || !b)
        return false;
    AttackTypes ka = *a;
    AttackTypes kb = *b;
    ka.remove(AttackType::Unknown);
    kb.remove(AttackType::Unknown);
    if (ka.isEmpty() || kb.isEmpty())
        return false;
    if (ka.bits() & kb.bits())
        return true;
    const auto family = [](std::initializer_list<AttackType> types) {
        AttackTypes f;
        for (AttackType t : types)
            f.insert(t);
        return f.bits();
    };
    const quint32 families[] = {
        family({AttackType::Ransomware, AttackType::Malware, AttackType::Intrusion,
                AttackType::DataTheft}),
        family({AttackType::Phishing, AttackType::CredentialAbuse, AttackType::Intrusion}),
        family({AttackType::Insider, AttackType::DataTheft}),
    };
    for (quint32 f : families)
        if ((ka.bits() & f) && (kb.bits() & f))
            return true;
    return false;
}

std::optional<qint64> daysApart(const PartialDate &a, const PartialDate &b)
{
    if (a.isNull() || b.isNull())
        return std::nullopt;
    const qint64 a0 = a.firstJulianDay(), a1 = a.lastJulianDay();
    const qint64 b0 = b.firstJulianDay(), b1 = b.lastJulianDay();
    if (a1 < b0)
        return b0 - a1;
    if (b1 < a0)
        return a0 - b1;
    return 0;
}

QString IncidentMatch::description() const
{
    QString why;
    switch (reason) {
    case Reason::SameVictim:
        why = tr("same victim (%1)").arg(victim);
        break;
    case Reason::SameCommune:
        why = tr("same commune and a similar attack");
        break;
    case Reason::SameDepartment:
        why = tr("same department and a similar attack");
        break;
    }
    return days == 0 ? tr("%1, same dates").arg(why) : tr("%1, %2 days apart").arg(why).arg(days);
}

IncidentMatcher::IncidentMatcher(QList<Incident> incidents)
{
    m_incidents.reserve(incidents.size());
    for (Incident &incident : incidents)
        add(std::move(incident));
}

int IncidentMatcher::add(Incident incident)
{
    const int index = int(m_incidents.size());
    for (const Source &source : incident.sources)
        if (!source.textHash.isEmpty() && !m_hashes.contains(source.textHash))
            m_hashes.insert(source.textHash, index);
    m_incidents.append(std::move(incident));
    return index;
}

std::optional<IncidentMatch> IncidentMatcher::matchOne(const Incident &candidate, int index) const
{
    const Incident &known = m_incidents.at(index);
    // The incident's own date, else the article's: a report often gives only
    // "this weekend", resolved against the day it was published.
    const PartialDate &mine =
        candidate.occurred.isNull() ? candidate.published : candidate.occurred;
    const PartialDate &theirs = known.occurred.isNull() ? known.published : known.occurred;
    const auto days = daysApart(mine, theirs);
    if (!days || *days > maxDays)
        return std::nullopt;

    IncidentMatch m;
    m.index = index;
    m.dbId = known.dbId;
    m.slug = known.id;
    m.days = *days;
    bool found = false;
    for (const QString &v : candidate.victims) {
        for (const QString &w : known.victims) {
            if (sameVictim(v, w)) {
                m.reason = IncidentMatch::Reason::SameVictim;
                m.victim = w;
                m.score = 300;
                found = true;
                break;
            }
        }
        if (found)
            break;
    }
    if (!found && similarAttack(candidate.attackTypes, known.attackTypes)) {
        const bool sameCountry = candidate.country.isEmpty() || known.country.isEmpty() ||
                                 candidate.country == known.country;
        if (sameCountry && !candidate.commune.isEmpty() &&
            foldedPlace(candidate.commune) == foldedPlace(known.commune)) {
            m.reason = IncidentMatch::Reason::SameCommune;
            m.score = 200;
            found = true;
        } else if (sameCountry && !candidate.department.isEmpty() &&
                   candidate.department == known.department) {
            m.reason = IncidentMatch::Reason::SameDepartment;
            m.score = 100;
            found = true;
        }
    }
    if (!found)
        return std::nullopt;
    m.score -= int(m.days) * 5; // nearer dates first
    return m;
}

QList<IncidentMatch> IncidentMatcher::matches(const Incident &candidate) const
{
    QList<IncidentMatch> out;
    for (int i = 0; i < m_incidents.size(); ++i)
        if (auto m = matchOne(candidate, i))
            out.append(*m);
    std::stable_sort(out.begin(), out.end(), [](const IncidentMatch &a, const IncidentMatch &b) {
        return a.score > b.score;
    });
    return out;
}

std::optional<IncidentMatch> IncidentMatcher::bestMatch(const Incident &candidate) const
{
    const QList<IncidentMatch> all = matches(candidate);
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

} // namespace vigie::commands
