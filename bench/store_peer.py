"""The peer for bench-store.sh: the same store written directly with Python's sqlite3 (an R*Tree
on incident points, content-keyed reports, merge on ingest) and shapely for polygon queries.

usage: python3 bench/store_peer.py WORKLOAD.jsonl DB.sqlite [INCIDENTS]
WORKLOAD.jsonl is written by `bench-store --export`: one report per line with its incidents.
After the ingest and a first round of queries, the store is filled up to INCIDENTS (default
1,000,000) by copying its own incidents (same places, so the same density as bench-store's
fill), and queried again.
"""
import json
import math
import os
import random
import sys
import time

from shapely import prepared
from shapely.geometry import Point, Polygon

SCHEMA = """
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE reports (key TEXT PRIMARY KEY, doc_id TEXT NOT NULL, published TEXT, title TEXT, text TEXT NOT NULL);
CREATE TABLE incidents (key INTEGER PRIMARY KEY, id TEXT NOT NULL, record TEXT NOT NULL, sub_event_type TEXT NOT NULL,
                        actor1 TEXT, event_date TEXT, latitude REAL NOT NULL, longitude REAL NOT NULL, fatalities INTEGER);
CREATE INDEX incidents_by_type_and_date ON incidents(sub_event_type, event_date);
CREATE TABLE incident_sources (incident_key INTEGER NOT NULL, ordinal INTEGER NOT NULL, report_key TEXT NOT NULL,
                               source TEXT NOT NULL, PRIMARY KEY (incident_key, ordinal)) WITHOUT ROWID;
CREATE VIRTUAL TABLE incident_points USING rtree(key, min_lat, max_lat, min_lon, max_lon);
"""


def km(lat1, lon1, lat2, lon2):
    """Haversine distance on a sphere of radius 6371 km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def shift(day, n):
    import datetime
    return (datetime.date.fromisoformat(day) + datetime.timedelta(days=n)).isoformat()


def box(lat, lon, radius_km):
    dlat = radius_km / 110.574 * 1.01
    dlon = radius_km / (111.320 * math.cos(math.radians(min(89.0, abs(lat) + dlat)))) * 1.01
    return lat - dlat, lat + dlat, lon - dlon, lon + dlon


def ingest(db, batch):
    keys = [line["key"] for line in batch]
    marks = ",".join("?" * len(keys))
    stored = {row[0] for row in db.execute(f"SELECT key FROM reports WHERE key IN ({marks})", keys)}
    with db:
        for line in batch:
            if line["key"] in stored:
                continue
            db.execute("INSERT INTO reports VALUES (?, ?, ?, ?, ?)",
                       (line["key"], line["report_id"], line["published"], line["title"], line["text"]))
            for incident in line["incidents"]:
                lat, lon, day = incident["latitude"], incident["longitude"], incident["event_date"]
                s, n, w, e = box(lat, lon, 5.0)
                merged = None
                for key, clat, clon, actor in db.execute(
                        "SELECT i.key, i.latitude, i.longitude, i.actor1 FROM incidents i JOIN incident_points p ON p.key = i.key "
                        "WHERE p.min_lat <= ? AND p.max_lat >= ? AND p.min_lon <= ? AND p.max_lon >= ? "
                        "AND i.sub_event_type = ? AND i.event_date BETWEEN ? AND ? ORDER BY i.key",
                        (n, s, e, w, incident["sub_event_type"], shift(day, -1), shift(day, 1))):
                    # The merger's rule: within 5 km, and the same actor when both name one.
                    mine = incident.get("actor1")
                    if km(lat, lon, clat, clon) <= 5.0 and (mine is None or actor is None or mine == actor):
                        merged = key
                        break
                if merged is None:
                    cur = db.execute("INSERT INTO incidents (id, record, sub_event_type, actor1, event_date, latitude, longitude, "
                                     "fatalities) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                     (incident["id"], json.dumps(incident), incident["sub_event_type"], incident.get("actor1"),
                                      day, lat, lon,
                                      incident["fatalities"]))
                    key = cur.lastrowid
                    db.execute("INSERT INTO incident_points VALUES (?, ?, ?, ?, ?)", (key, lat, lat, lon, lon))
                    ordinal = 0
                else:
                    key = merged
                    ordinal = db.execute("SELECT count(*) FROM incident_sources WHERE incident_key = ?", (key,)).fetchone()[0]
                    db.execute("UPDATE incidents SET fatalities = min(coalesce(fatalities, ?), coalesce(?, fatalities)) WHERE key = ?",
                               (incident["fatalities"], incident["fatalities"], key))
                for source in incident["sources"]:
                    db.execute("INSERT INTO incident_sources VALUES (?, ?, ?, ?)", (key, ordinal, line["key"], json.dumps(source)))
                    ordinal += 1


def fetch(db, sql, args):
    return [(json.loads(record), lat, lon) for record, lat, lon in db.execute(sql, args)]


def queries(db, count):
    rng = random.Random(2024)
    radius, polygon, radius_hits, polygon_hits = [], [], 0, 0
    base = ("SELECT i.record, i.latitude, i.longitude FROM incidents i JOIN incident_points p ON p.key = i.key "
            "WHERE p.min_lat <= ? AND p.max_lat >= ? AND p.min_lon <= ? AND p.max_lon >= ?")
    for _ in range(100):
        lat, lon = rng.uniform(32.6, 37.0), rng.uniform(36, 42)
        start = time.perf_counter()
        s, n, w, e = box(lat, lon, 25.0)
        radius_hits += sum(1 for _, a, b in fetch(db, base, (n, s, e, w)) if km(lat, lon, a, b) <= 25.0)
        radius.append((time.perf_counter() - start) * 1000)
    for _ in range(50):
        lat, lon = rng.uniform(32.8, 36.8), rng.uniform(36.2, 41.8)
        start = time.perf_counter()
        area = Polygon([(lon - 0.25, lat - 0.3), (lon + 0.35, lat - 0.2), (lon + 0.3, lat + 0.3), (lon - 0.3, lat + 0.25)])
        test = prepared.prep(area)
        w, s, e, n = area.bounds
        polygon_hits += sum(1 for _, a, b in fetch(db, base, (n, s, e, w)) if test.contains(Point(b, a)))
        polygon.append((time.perf_counter() - start) * 1000)
    for name, values, hits, runs in (("radius 25 km", radius, radius_hits, 100), ("polygon ~60 km", polygon, polygon_hits, 50)):
        values.sort()
        print(f"  {count} incidents, {name}: median {values[len(values) // 2]:.2f} ms, "
              f"p95 {values[int(len(values) * 0.95)]:.2f} ms, {hits / runs:.0f} incidents/query")


def main():
    workload, path = sys.argv[1], sys.argv[2]
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    db = __import__("sqlite3").connect(path, isolation_level=None)
    db.executescript(SCHEMA)
    db.isolation_level = "DEFERRED"
    print("== peer: Python sqlite3 + shapely")
    start = time.perf_counter()
    reports = 0
    batch = []
    with open(workload) as handle:
        for line in handle:
            batch.append(json.loads(line))
            if len(batch) == 1000:
                ingest(db, batch)
                reports += len(batch)
                batch = []
    if batch:
        ingest(db, batch)
        reports += len(batch)
    elapsed = time.perf_counter() - start
    count = db.execute("SELECT count(*) FROM incidents").fetchone()[0]
    print(f"  ingest: {reports} reports in {elapsed:.1f} s = {reports / elapsed:.0f} reports/s ({count} incidents)")
    queries(db, count)
    target = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000_000
    start = time.perf_counter()
    count = fill(db, count, target)
    print(f"  fill to {count} incidents by copying (no merge lookup): {time.perf_counter() - start:.1f} s")
    queries(db, count)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = os.path.getsize(path)
    print(f"  size: {size / 1e6:.1f} MB, {size / count:.0f} bytes per incident")


def fill(db, count, target):
    """Copies stored incidents (with their first source), 50,000 at a time, until the store holds `target`."""
    original = count
    with db:
        while count < target:
            take = min(count, target - count, 50_000)
            rows = db.execute("SELECT key, id, record, sub_event_type, actor1, event_date, latitude, longitude, fatalities "
                              "FROM incidents ORDER BY key LIMIT ? OFFSET ?", (take, count % original)).fetchall()
            for key, ident, record, sub, actor, day, lat, lon, fatalities in rows:
                cur = db.execute("INSERT INTO incidents (id, record, sub_event_type, actor1, event_date, latitude, longitude, "
                                 "fatalities) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                 (f"{ident}-copy{count}", record, sub, actor, day, lat, lon, fatalities))
                new = cur.lastrowid
                db.execute("INSERT INTO incident_points VALUES (?, ?, ?, ?, ?)", (new, lat, lat, lon, lon))
                db.execute("INSERT INTO incident_sources SELECT ?, ordinal, report_key, source FROM incident_sources "
                           "WHERE incident_key = ? AND ordinal = 0", (new, key))
            count += len(rows)
    return count


if __name__ == "__main__":
    main()
