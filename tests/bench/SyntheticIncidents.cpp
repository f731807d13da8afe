// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntheticIncidents.h"

#include <array>
#include <cmath>

namespace vigie::bench {

namespace {

constexpr std::array vocabulary = {
    "hôpital",     "centre",      "cyberattaque", "rançongiciel", "données",      "patients",
    "santé",       "sécurité",    "informatique", "systèmes",     "urgences",     "déprogrammation",
    "plan",        "blanc",       "mode",         "dégradé",      "fuite",        "revendiquée",
    "groupe",      "LockBit",     "enquête",      "ANSSI",        "CNIL",         "plainte",
    "serveurs",    "chiffrés",    "messagerie",   "téléphonie",   "laboratoire",  "clinique",
    "région",      "département", "direction",    "communiqué",   "victime",      "attaque",
    "personnel",   "rançon",      "demande",      "dollars",      "restauration", "sauvegardes",
    "réseau",      "prestataire", "logiciel",     "imagerie",     "pharmacie",    "identifiants",
    "hameçonnage", "médecins",    "soins",        "transferts",   "SAMU",         "préfecture",
};
constexpr std::array towns = {
    "Corbeil-Essonnes", "Villefranche", "Dax",         "Armentières", "Brest", "Cannes",
    "Rennes",           "Arles",        "Albertville", "Versailles",  "Lille", "Bourg-en-Bresse"};
constexpr std::array regions = {"11", "24", "27", "28", "32", "44", "52",
                                "53", "75", "76", "84", "93", "94"};
constexpr std::array departments = {"75", "91", "13", "59", "69", "33", "35", "06", "2A", "971"};
constexpr std::array actors = {"LockBit", "Vice Society", "BlackCat", "Medusa", "Rhysida", ""};

} // namespace

QString SyntheticIncidents::words(int count)
{
    QString out;
    for (int i = 0; i < count; ++i) {
        if (i)
            out += u' ';
        out += QString::fromUtf8(vocabulary[size_t(pick(int(vocabulary.size())))]);
    }
    return out;
}

QString SyntheticIncidents::articleText(int count)
{
    // Roughly Zipf: the common words of the field, then a long tail of
    // rarer ones ("w1234"), as in real articles.
    QString out;
    for (int i = 0; i < count; ++i) {
        if (i)
            out += u' ';
        const double u = double(m_rng() % 1000000) / 1000000.0;
        const int rank = int(std::pow(20000.0, u)); // 1..20000, log-uniform
        if (rank <= int(vocabulary.size()))
            out += QString::fromUtf8(vocabulary[size_t(rank - 1)]);
        else
            out += u'w' + QString::number(rank);
    }
    return out;
}

Incident SyntheticIncidents::next(qint64 serial)
{
    Incident i;
    const QString town = QString::fromUtf8(towns[size_t(pick(int(towns.size())))]);
    i.title = QStringLiteral("Cyberattaque au centre hospitalier de %1 n°%2 : %3")
                  .arg(town)
                  .arg(serial)
                  .arg(words(4));
    const int year = 2000 + pick(26);
    const int month = 1 + pick(12);
    switch (pick(10)) {
    case 0:
        i.occurred = PartialDate::ofYear(year);
        break;
    case 1:
    case 2:
        i.occurred = PartialDate::ofMonth(year, month);
        break;
    default:
        i.occurred = PartialDate::ofDay(year, month, 1 + pick(28));
    }
    i.disclosed = PartialDate::ofMonth(year, month);
    i.published = PartialDate::ofDay(year, month, 1 + pick(28));
    i.country = QStringLiteral("FR");
    i.region = QString::fromLatin1(regions[size_t(pick(int(regions.size())))]);
    i.department = QString::fromLatin1(departments[size_t(pick(int(departments.size())))]);
    const int nVictims = 1 + pick(3);
    for (int v = 0; v < nVictims; ++v)
        i.victims.append(
            QStringLiteral("Centre hospitalier de %1 %2-%3").arg(town).arg(serial).arg(v));
    i.victimKind = VictimKind(pick(vocabularySize<VictimKind>()));
    i.attackTypes = AttackTypes(quint32(1u << pick(9)) | quint32(1u << pick(9)));
    i.threatActor = QString::fromLatin1(actors[size_t(pick(int(actors.size())))]);
    i.dataCompromised = DataCategories(quint32(pick(128)));
    i.impacts = Impacts(quint32(pick(128)));
    if (pick(3) == 0)
        i.ransom = Ransom{double(10000 * (1 + pick(1000))), QStringLiteral("EUR")};
    i.summary = words(40);
    const int nSources = 1 + pick(3);
    for (int s = 0; s < nSources; ++s) {
        Source src;
        src.url =
            QStringLiteral("https://www.example-news.fr/%1/%2/cyberattaque-hopital-%3-%4.html")
                .arg(year)
                .arg(month)
                .arg(serial)
                .arg(s);
        src.outlet = QStringLiteral("Example News");
        src.published = i.published;
        src.language = QStringLiteral("fr");
        src.title = words(8);
        i.sources.append(src);
    }
    return i;
}

} // namespace vigie::bench
