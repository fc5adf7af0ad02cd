"""The Python peers of bench-count.sh: what an analyst runs for `count --by province`.

geopandas FILE.csv BOUNDARIES: pandas read_csv, points_from_xy, sjoin(within), groupby.
shapely FILE.jsonl BOUNDARIES: json.loads per line, shapely contains_xy per polygon, numpy sums.
Each prints its groups, so that the counts can be set beside incidentmap's.
"""
import json
import sys

import numpy as np
import shapely


def polygons(boundaries):
    with open(boundaries, encoding="utf-8") as handle:
        features = json.load(handle)["features"]
    return [(f["properties"].get("name"), f["properties"].get("admin1_code") or f["properties"].get("gn_a1_code"),
             shapely.geometry.shape(f["geometry"])) for f in features]


def with_geopandas(path, boundaries):
    import geopandas as gpd
    import pandas as pd

    frame = pd.read_csv(path)
    points = gpd.GeoDataFrame(frame[["fatalities"]], geometry=gpd.points_from_xy(frame.longitude, frame.latitude), crs=4326)
    areas = gpd.GeoDataFrame({"name": [n for n, _, _ in polygons(boundaries)]},
                             geometry=[g for _, _, g in polygons(boundaries)], crs=4326)
    joined = gpd.sjoin(points, areas, how="left", predicate="within")
    joined = joined[~joined.index.duplicated(keep="first")]
    table = joined.groupby("name", dropna=False).agg(incidents=("fatalities", "size"), fatalities=("fatalities", "sum"))
    print(table.to_string())


def with_shapely(path, boundaries):
    lon, lat, dead = [], [], []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            lon.append(record["longitude"])
            lat.append(record["latitude"])
            dead.append(record.get("fatalities") or 0)
    x, y, dead = np.array(lon), np.array(lat), np.array(dead)
    found = np.full(len(x), -1, dtype=np.int32)
    areas = polygons(boundaries)
    for i, (_, _, polygon) in enumerate(areas):
        shapely.prepare(polygon)
        west, south, east, north = polygon.bounds
        candidates = np.nonzero((found < 0) & (x >= west) & (x <= east) & (y >= south) & (y <= north))[0]
        found[candidates[shapely.contains_xy(polygon, x[candidates], y[candidates])]] = i
    for i, (name, _, _) in enumerate(areas):
        print(f"{name} {int((found == i).sum())} {int(dead[found == i].sum())}")
    print(f"outside {int((found < 0).sum())} {int(dead[found < 0].sum())}")


if __name__ == "__main__":
    {"geopandas": with_geopandas, "shapely": with_shapely}[sys.argv[1]](sys.argv[2], sys.argv[3])
