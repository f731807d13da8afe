// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommuneChoices.h"

#include "GazetteerData.h"
#include "PlaceNormalizer.h"

#include <algorithm>

namespace vigie::geo {

namespace {

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

// The key prefixes to look up for what the user typed. The gazetteer keys
// "Saint"/"Sainte" as "st"/"ste", so a word on its way to "Saint" must also
// look there; a trailing separator ("Saint-", "Corbeil ") ends the last word.
std::vector<std::string> keyPrefixes(QStringView typed)
{
    std::string key;
    detail::appendNormalized(typed, key);
    if (key.empty())
        return {};
    const QStringView t = typed.trimmed();
    if (typed.back().isSpace() || !t.back().isLetterOrNumber())
        return {key + ' '};
    qsizetype start = t.size();
    while (start > 0 && (t[start - 1].isLetterOrNumber() || t[start - 1].isMark()))
        --start;
    const QString word = t.mid(start).toString().toCaseFolded();
    const size_t space = key.rfind(' ');
    const std::string base = space == std::string::npos ? std::string() : key.substr(0, space + 1);
    if (word == u"saint")
        return {base + "st ", base + "ste ", base + "saint"};
    if (word == u"sainte")
        return {base + "ste ", base + "sainte"};
    if (word.size() >= 3 && QStringView(u"sainte").startsWith(word))
        return {key, base + "st ", base + "ste "};
    return {key};
}

} // namespace

QString CommuneChoice::label() const
{
    return homonym ? QStringLiteral("%1 (%2)").arg(name, departmentCode) : name;
}

const CommuneChoices &CommuneChoices::shared()
{
    static const CommuneChoices instance;
    return instance;
}

CommuneChoices::CommuneChoices(const Gazetteer &gazetteer)
    : m_gazetteer(&gazetteer)
{
    if (!gazetteer.isValid())
        return;
    const TsvTable &table = gazetteer.d->communes;
    m_entries.reserve(size_t(table.lineCount()));
    table.forEachLine(table.all(), [&](qsizetype offset, std::string_view line) {
        const auto f = TsvTable::split(line);
        // Alias rows ("Châlons", "Paris 12e") repeat a commune under another
        // key; former communes are not offered (checkCommune() knows them).
        if (f[col::CFlags].find('x') != std::string_view::npos || f[col::CKind] == "F")
            return;
        m_entries.push_back({f[col::CKey], f[col::CDep], offset, toInt(f[col::CPop]), false});
    });
    // The generator sorts the table by key; do not rely on it.
    const auto byKey = [](const Entry &a, const Entry &b) { return a.key < b.key; };
    if (!std::is_sorted(m_entries.begin(), m_entries.end(), byKey))
        std::stable_sort(m_entries.begin(), m_entries.end(), byKey);
    // Homonyms share a key, so they are neighbours.
    for (size_t i = 0; i < m_entries.size();) {
        size_t j = i + 1;
        while (j < m_entries.size() && m_entries[j].key == m_entries[i].key)
            ++j;
        if (j - i > 1)
            for (size_t k = i; k < j; ++k)
                m_entries[k].homonym = true;
        i = j;
    }
}

CommuneChoice CommuneChoices::choiceAt(const Entry &entry) const
{
    const auto f = TsvTable::split(m_gazetteer->d->communes.lineAt(entry.row));
    CommuneChoice c;
    c.name = toQString(f[col::CName]);
    c.code = toQString(f[col::CCode]);
    c.departmentCode = toQString(f[col::CDep]);
    c.regionCode = toQString(f[col::CReg]);
    c.population = entry.population;
    c.kind = f[col::CKind] == "A" ? CommuneKind::MunicipalArrondissement : CommuneKind::Commune;
    c.homonym = entry.homonym;
    return c;
}

QList<CommuneChoice> CommuneChoices::candidates(QStringView typed, QStringView departmentCode,
                                                int limit) const
{
    const std::vector<std::string> prefixes = keyPrefixes(typed);
    std::string exact;
    detail::appendNormalized(typed, exact);
    const QByteArray department = departmentCode.toUtf8();
    const std::string_view wanted(department.constData(), size_t(department.size()));
    std::vector<size_t> found;
    for (const std::string &prefix : prefixes) {
        auto it = std::lower_bound(m_entries.begin(), m_entries.end(), prefix,
                                   [](const Entry &e, const std::string &p) { return e.key < p; });
        for (; it != m_entries.end() && startsWith(it->key, prefix); ++it)
            if (wanted.empty() || it->departmentCode == wanted)
                found.push_back(size_t(it - m_entries.begin()));
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());

    // The gazetteer's own rank: towns of 5,000 or more, then the name typed
    // exactly (a village called "Corbeil" after Corbeil-Essonnes, but before
    // other villages), then the rest; by population within each.
    const auto tier = [&](const Entry &e) {
        return e.population >= 5000 ? 0 : e.key == exact ? 1 : 2;
    };
    const auto before = [&](size_t a, size_t b) {
        const Entry &x = m_entries[a];
        const Entry &y = m_entries[b];
        if (tier(x) != tier(y))
            return tier(x) < tier(y);
        if (x.population != y.population)
            return x.population > y.population;
        return a < b;
    };
    const size_t keep = std::min(found.size(), size_t(std::max(limit, 0)));
    std::partial_sort(found.begin(), found.begin() + qsizetype(keep), found.end(), before);
    QList<CommuneChoice> out;
    out.reserve(qsizetype(keep));
    for (size_t i = 0; i < keep; ++i)
        out.append(choiceAt(m_entries[found[i]]));
    return out;
}

QList<CommuneChoice> CommuneChoices::exactMatches(QStringView typed,
                                                  QStringView departmentCode) const
{
    std::string key;
    detail::appendNormalized(typed, key);
    QList<CommuneChoice> out;
    if (key.empty())
        return out;
    const QByteArray department = departmentCode.toUtf8();
    const std::string_view wanted(department.constData(), size_t(department.size()));
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), key,
                               [](const Entry &e, const std::string &k) { return e.key < k; });
    for (; it != m_entries.end() && it->key == key; ++it)
        if (wanted.empty() || it->departmentCode == wanted)
            out.append(choiceAt(*it));
    return out;
}

CommuneCheck checkCommune(QStringView name, QStringView departmentCode, const Gazetteer &gazetteer)
{
    return checkCommune(name, departmentCode, {}, gazetteer);
}

CommuneCheck checkCommune(QStringView name, QStringView departmentCode, QStringView regionCode,
                          const Gazetteer &gazetteer)
{
    CommuneCheck check;
    const QStringView typed = name.trimmed();
    if (typed.isEmpty())
        return check;
    const QList<Commune> all = gazetteer.communesByName(typed);
    // A department chosen says more than its region.
    const bool byRegion = departmentCode.isEmpty() && !regionCode.isEmpty();
    QList<Commune> inScope;
    for (const Commune &c : all)
        if (byRegion ? c.regionCode == regionCode
                     : departmentCode.isEmpty() || c.departmentCode == departmentCode)
            inScope.append(c);

    const auto current = [](const Commune &c) { return c.kind != CommuneKind::FormerCommune; };
    for (const Commune &c : inScope) {
        if (current(c) && c.name == typed) {
            check.status = CommuneCheck::Official;
            check.commune = c;
            return check;
        }
    }
    // Another spelling: preferably of the same name ("corbeil" is Corbeil),
    // else the town it is a short form of ("Châlons").
    const QString key = normalizePlaceName(typed);
    for (const bool sameKey : {true, false}) {
        for (const Commune &c : inScope) {
            if (current(c) && (!sameKey || normalizePlaceName(c.name) == key)) {
                check.status = CommuneCheck::OtherSpelling;
                check.commune = c;
                return check;
            }
        }
    }
    if (!inScope.isEmpty()) {
        check.status = CommuneCheck::FormerCommune;
        check.commune = inScope.first();
        if (const auto parent = gazetteer.communeByCode(check.commune.parentCode))
            check.parentName = parent->name;
        return check;
    }
    if (all.isEmpty()) {
        check.status = CommuneCheck::Unknown;
        return check;
    }
    check.status = byRegion ? CommuneCheck::OtherRegion : CommuneCheck::OtherDepartment;
    for (const Commune &c : all)
        if (!check.departments.contains(c.departmentCode))
            check.departments.append(c.departmentCode);
    return check;
}

} // namespace vigie::geo
