// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrenchAreas.h"

namespace vigie::geo {

const QList<Region> &regions()
{
    static const QList<Region> list = {
        {QStringLiteral("01"), QStringLiteral("Guadeloupe")},
        {QStringLiteral("02"), QStringLiteral("Martinique")},
        {QStringLiteral("03"), QStringLiteral("Guyane")},
        {QStringLiteral("04"), QStringLiteral("La Réunion")},
        {QStringLiteral("06"), QStringLiteral("Mayotte")},
        {QStringLiteral("11"), QStringLiteral("Île-de-France")},
        {QStringLiteral("24"), QStringLiteral("Centre-Val de Loire")},
        {QStringLiteral("27"), QStringLiteral("Bourgogne-Franche-Comté")},
        {QStringLiteral("28"), QStringLiteral("Normandie")},
        {QStringLiteral("32"), QStringLiteral("Hauts-de-France")},
        {QStringLiteral("44"), QStringLiteral("Grand Est")},
        {QStringLiteral("52"), QStringLiteral("Pays de la Loire")},
        {QStringLiteral("53"), QStringLiteral("Bretagne")},
        {QStringLiteral("75"), QStringLiteral("Nouvelle-Aquitaine")},
        {QStringLiteral("76"), QStringLiteral("Occitanie")},
        {QStringLiteral("84"), QStringLiteral("Auvergne-Rhône-Alpes")},
        {QStringLiteral("93"), QStringLiteral("Provence-Alpes-Côte d'Azur")},
        {QStringLiteral("94"), QStringLiteral("Corse")},
    };
    return list;
}

const QList<Department> &departments()
{
    static const QList<Department> list = {
        {QStringLiteral("01"), QStringLiteral("Ain"), QStringLiteral("84")},
        {QStringLiteral("02"), QStringLiteral("Aisne"), QStringLiteral("32")},
        {QStringLiteral("03"), QStringLiteral("Allier"), QStringLiteral("84")},
        {QStringLiteral("04"), QStringLiteral("Alpes-de-Haute-Provence"), QStringLiteral("93")},
        {QStringLiteral("05"), QStringLiteral("Hautes-Alpes"), QStringLiteral("93")},
        {QStringLiteral("06"), QStringLiteral("Alpes-Maritimes"), QStringLiteral("93")},
        {QStringLiteral("07"), QStringLiteral("Ardèche"), QStringLiteral("84")},
        {QStringLiteral("08"), QStringLiteral("Ardennes"), QStringLiteral("44")},
        {QStringLiteral("09"), QStringLiteral("Ariège"), QStringLiteral("76")},
        {QStringLiteral("10"), QStringLiteral("Aube"), QStringLiteral("44")},
        {QStringLiteral("11"), QStringLiteral("Aude"), QStringLiteral("76")},
        {QStringLiteral("12"), QStringLiteral("Aveyron"), QStringLiteral("76")},
        {QStringLiteral("13"), QStringLiteral("Bouches-du-Rhône"), QStringLiteral("93")},
        {QStringLiteral("14"), QStringLiteral("Calvados"), QStringLiteral("28")},
        {QStringLiteral("15"), QStringLiteral("Cantal"), QStringLiteral("84")},
        {QStringLiteral("16"), QStringLiteral("Charente"), QStringLiteral("75")},
        {QStringLiteral("17"), QStringLiteral("Charente-Maritime"), QStringLiteral("75")},
        {QStringLiteral("18"), QStringLiteral("Cher"), QStringLiteral("24")},
        {QStringLiteral("19"), QStringLiteral("Corrèze"), QStringLiteral("75")},
        {QStringLiteral("2A"), QStringLiteral("Corse-du-Sud"), QStringLiteral("94")},
        {QStringLiteral("2B"), QStringLiteral("Haute-Corse"), QStringLiteral("94")},
        {QStringLiteral("21"), QStringLiteral("Côte-d'Or"), QStringLiteral("27")},
        {QStringLiteral("22"), QStringLiteral("Côtes-d'Armor"), QStringLiteral("53")},
        {QStringLiteral("23"), QStringLiteral("Creuse"), QStringLiteral("75")},
        {QStringLiteral("24"), QStringLiteral("Dordogne"), QStringLiteral("75")},
        {QStringLiteral("25"), QStringLiteral("Doubs"), QStringLiteral("27")},
        {QStringLiteral("26"), QStringLiteral("Drôme"), QStringLiteral("84")},
        {QStringLiteral("27"), QStringLiteral("Eure"), QStringLiteral("28")},
        {QStringLiteral("28"), QStringLiteral("Eure-et-Loir"), QStringLiteral("24")},
        {QStringLiteral("29"), QStringLiteral("Finistère"), QStringLiteral("53")},
        {QStringLiteral("30"), QStringLiteral("Gard"), QStringLiteral("76")},
        {QStringLiteral("31"), QStringLiteral("Haute-Garonne"), QStringLiteral("76")},
        {QStringLiteral("32"), QStringLiteral("Gers"), QStringLiteral("76")},
        {QStringLiteral("33"), QStringLiteral("Gironde"), QStringLiteral("75")},
        {QStringLiteral("34"), QStringLiteral("Hérault"), QStringLiteral("76")},
        {QStringLiteral("35"), QStringLiteral("Ille-et-Vilaine"), QStringLiteral("53")},
        {QStringLiteral("36"), QStringLiteral("Indre"), QStringLiteral("24")},
        {QStringLiteral("37"), QStringLiteral("Indre-et-Loire"), QStringLiteral("24")},
        {QStringLiteral("38"), QStringLiteral("Isère"), QStringLiteral("84")},
        {QStringLiteral("39"), QStringLiteral("Jura"), QStringLiteral("27")},
        {QStringLiteral("40"), QStringLiteral("Landes"), QStringLiteral("75")},
        {QStringLiteral("41"), QStringLiteral("Loir-et-Cher"), QStringLiteral("24")},
        {QStringLiteral("42"), QStringLiteral("Loire"), QStringLiteral("84")},
        {QStringLiteral("43"), QStringLiteral("Haute-Loire"), QStringLiteral("84")},
        {QStringLiteral("44"), QStringLiteral("Loire-Atlantique"), QStringLiteral("52")},
        {QStringLiteral("45"), QStringLiteral("Loiret"), QStringLiteral("24")},
        {QStringLiteral("46"), QStringLiteral("Lot"), QStringLiteral("76")},
        {QStringLiteral("47"), QStringLiteral("Lot-et-Garonne"), QStringLiteral("75")},
        {QStringLiteral("48"), QStringLiteral("Lozère"), QStringLiteral("76")},
        {QStringLiteral("49"), QStringLiteral("Maine-et-Loire"), QStringLiteral("52")},
        {QStringLiteral("50"), QStringLiteral("Manche"), QStringLiteral("28")},
        {QStringLiteral("51"), QStringLiteral("Marne"), QStringLiteral("44")},
        {QStringLiteral("52"), QStringLiteral("Haute-Marne"), QStringLiteral("44")},
        {QStringLiteral("53"), QStringLiteral("Mayenne"), QStringLiteral("52")},
        {QStringLiteral("54"), QStringLiteral("Meurthe-et-Moselle"), QStringLiteral("44")},
        {QStringLiteral("55"), QStringLiteral("Meuse"), QStringLiteral("44")},
        {QStringLiteral("56"), QStringLiteral("Morbihan"), QStringLiteral("53")},
        {QStringLiteral("57"), QStringLiteral("Moselle"), QStringLiteral("44")},
        {QStringLiteral("58"), QStringLiteral("Nièvre"), QStringLiteral("27")},
        {QStringLiteral("59"), QStringLiteral("Nord"), QStringLiteral("32")},
        {QStringLiteral("60"), QStringLiteral("Oise"), QStringLiteral("32")},
        {QStringLiteral("61"), QStringLiteral("Orne"), QStringLiteral("28")},
        {QStringLiteral("62"), QStringLiteral("Pas-de-Calais"), QStringLiteral("32")},
        {QStringLiteral("63"), QStringLiteral("Puy-de-Dôme"), QStringLiteral("84")},
        {QStringLiteral("64"), QStringLiteral("Pyrénées-Atlantiques"), QStringLiteral("75")},
        {QStringLiteral("65"), QStringLiteral("Hautes-Pyrénées"), QStringLiteral("76")},
        {QStringLiteral("66"), QStringLiteral("Pyrénées-Orientales"), QStringLiteral("76")},
        {QStringLiteral("67"), QStringLiteral("Bas-Rhin"), QStringLiteral("44")},
        {QStringLiteral("68"), QStringLiteral("Haut-Rhin"), QStringLiteral("44")},
        {QStringLiteral("69"), QStringLiteral("Rhône"), QStringLiteral("84")},
        {QStringLiteral("70"), QStringLiteral("Haute-Saône"), QStringLiteral("27")},
        {QStringLiteral("71"), QStringLiteral("Saône-et-Loire"), QStringLiteral("27")},
        {QStringLiteral("72"), QStringLiteral("Sarthe"), QStringLiteral("52")},
        {QStringLiteral("73"), QStringLiteral("Savoie"), QStringLiteral("84")},
        {QStringLiteral("74"), QStringLiteral("Haute-Savoie"), QStringLiteral("84")},
        {QStringLiteral("75"), QStringLiteral("Paris"), QStringLiteral("11")},
        {QStringLiteral("76"), QStringLiteral("Seine-Maritime"), QStringLiteral("28")},
        {QStringLiteral("77"), QStringLiteral("Seine-et-Marne"), QStringLiteral("11")},
        {QStringLiteral("78"), QStringLiteral("Yvelines"), QStringLiteral("11")},
        {QStringLiteral("79"), QStringLiteral("Deux-Sèvres"), QStringLiteral("75")},
        {QStringLiteral("80"), QStringLiteral("Somme"), QStringLiteral("32")},
        {QStringLiteral("81"), QStringLiteral("Tarn"), QStringLiteral("76")},
        {QStringLiteral("82"), QStringLiteral("Tarn-et-Garonne"), QStringLiteral("76")},
        {QStringLiteral("83"), QStringLiteral("Var"), QStringLiteral("93")},
        {QStringLiteral("84"), QStringLiteral("Vaucluse"), QStringLiteral("93")},
        {QStringLiteral("85"), QStringLiteral("Vendée"), QStringLiteral("52")},
        {QStringLiteral("86"), QStringLiteral("Vienne"), QStringLiteral("75")},
        {QStringLiteral("87"), QStringLiteral("Haute-Vienne"), QStringLiteral("75")},
        {QStringLiteral("88"), QStringLiteral("Vosges"), QStringLiteral("44")},
        {QStringLiteral("89"), QStringLiteral("Yonne"), QStringLiteral("27")},
        {QStringLiteral("90"), QStringLiteral("Territoire de Belfort"), QStringLiteral("27")},
        {QStringLiteral("91"), QStringLiteral("Essonne"), QStringLiteral("11")},
        {QStringLiteral("92"), QStringLiteral("Hauts-de-Seine"), QStringLiteral("11")},
        {QStringLiteral("93"), QStringLiteral("Seine-Saint-Denis"), QStringLiteral("11")},
        {QStringLiteral("94"), QStringLiteral("Val-de-Marne"), QStringLiteral("11")},
        {QStringLiteral("95"), QStringLiteral("Val-d'Oise"), QStringLiteral("11")},
        {QStringLiteral("971"), QStringLiteral("Guadeloupe"), QStringLiteral("01")},
        {QStringLiteral("972"), QStringLiteral("Martinique"), QStringLiteral("02")},
        {QStringLiteral("973"), QStringLiteral("Guyane"), QStringLiteral("03")},
        {QStringLiteral("974"), QStringLiteral("La Réunion"), QStringLiteral("04")},
        {QStringLiteral("976"), QStringLiteral("Mayotte"), QStringLiteral("06")},
    };
    return list;
}

const Region *findRegion(QStringView code)
{
    for (const Region &r : regions())
        if (r.code == code)
            return &r;
    return nullptr;
}

const Department *findDepartment(QStringView code)
{
    for (const Department &d : departments())
        if (d.code == code)
            return &d;
    return nullptr;
}

QString regionDisplayName(const QString &country, const QString &region)
{
    if (country == QLatin1String("FR"))
        if (const Region *r = findRegion(region))
            return r->name;
    return region;
}

} // namespace vigie::geo
