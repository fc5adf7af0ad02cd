"""The Python peers of bench-analysis.sh, on the points written by `bench-analysis generate`.

shapely 2: points assigned to provinces with contains_xy over prepared polygons, each polygon
tried on the points inside its bounding box that no earlier polygon took (first one wins, as
in incidentmap). pyproj: Geod.inv from one centre to every point.
"""
import json
import sys
import time

import numpy as np
import shapely
from pyproj import Geod


def best_of(runs, body):
    best, result = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        result = body()
        best = min(best, time.perf_counter() - start)
    return best, result


def assign(folder, boundaries):
    points = np.fromfile(f"{folder}/points.f64", dtype="<f8").reshape(-1, 2)
    x, y = np.ascontiguousarray(points[:, 0]), np.ascontiguousarray(points[:, 1])
    with open(boundaries, encoding="utf-8") as handle:
        features = json.load(handle)["features"]
    polygons = [shapely.geometry.shape(f["geometry"]) for f in features]
    codes = [f["properties"].get("admin1_code", f["properties"].get("name")) for f in features]
    start = time.perf_counter()
    for polygon in polygons:
        shapely.prepare(polygon)
    prepare_seconds = time.perf_counter() - start

    def run():
        found = np.full(len(x), -1, dtype=np.int32)
        for i, polygon in enumerate(polygons):
            west, south, east, north = polygon.bounds
            candidates = np.nonzero((found < 0) & (x >= west) & (x <= east) & (y >= south) & (y <= north))[0]
            inside = shapely.contains_xy(polygon, x[candidates], y[candidates])
            found[candidates[inside]] = i
        return found

    seconds, found = best_of(3, run)
    print(f"peer shapely {shapely.__version__}: points assigned to provinces per second: {len(x) / seconds / 1e6:.2f} M/s "
          f"({seconds:.3f} s for {len(x)} points; prepare {prepare_seconds * 1000:.0f} ms)")
    counts = " ".join(f"{code}={int((found == i).sum())}" for i, code in enumerate(codes))
    print(f"peer shapely: per province: {counts} outside={int((found < 0).sum())}")


def radius(folder, center, radius_km):
    points = np.fromfile(f"{folder}/points.f64", dtype="<f8").reshape(-1, 2)
    lon, lat = np.ascontiguousarray(points[:, 0]), np.ascontiguousarray(points[:, 1])
    lat0, lon0 = (float(v) for v in center.split(","))
    geod = Geod(ellps="WGS84")
    lons0, lats0 = np.full(len(lon), lon0), np.full(len(lat), lat0)
    seconds, distances = best_of(3, lambda: geod.inv(lons0, lats0, lon, lat)[2])
    inside = int((distances <= radius_km * 1000).sum())
    print(f"peer pyproj: exact geodesic distances per second (Geod.inv): {len(lon) / seconds / 1e6:.2f} M/s; "
          f"{inside} within {int(radius_km * 1000)} m")


if __name__ == "__main__":
    command, folder = sys.argv[1], sys.argv[2]
    if command == "assign":
        assign(folder, sys.argv[3])
    else:
        radius(folder, sys.argv[3], float(sys.argv[4]))
