"""Peer writers for bench-layers.sh: the same generated incidents, read from the CSV that
bench-layers writes, then written as GeoJSON and KML by geopandas + pyogrio (GDAL) or as
KML by simplekml. Only the write is timed (wall clock, and user and system CPU from
os.times()); reading the CSV and building the frame are not, as bench-layers makes its
incidents before its clock starts.

Usage: python3 layers_peer.py geopandas-geojson|geopandas-kml|simplekml INPUT.csv OUTPUT
"""
import os
import sys
import time

import pandas


def main():
    tool, source, output = sys.argv[1], sys.argv[2], sys.argv[3]
    frame = pandas.read_csv(source, keep_default_na=False, dtype=str)
    count = len(frame)
    if tool.startswith("geopandas"):
        import geopandas

        points = geopandas.points_from_xy(frame["longitude"].astype(float), frame["latitude"].astype(float))
        data = geopandas.GeoDataFrame(frame, geometry=points, crs="EPSG:4326")
        driver = "GeoJSON" if tool.endswith("geojson") else "KML"
        started, cpu = time.perf_counter(), os.times()
        data.to_file(output, driver=driver, engine="pyogrio")
        elapsed, cpu_end = time.perf_counter() - started, os.times()
    elif tool == "simplekml":
        import simplekml
        from xml.sax.saxutils import escape

        rows = frame.to_dict("records")
        started, cpu = time.perf_counter(), os.times()
        # simplekml writes text as given and then fails to re-parse its own output on '&' or
        # '<', so the text is escaped first (inside the timing: it is part of the job).
        kml = simplekml.Kml()
        folders = {}
        for row in rows:
            folder = folders.get(row["admin1"])
            if folder is None:
                folder = folders[row["admin1"]] = kml.newfolder(name=row["admin1"])
            point = folder.newpoint(name=escape(row["sub_event_type"] + " - " + row["location"]),
                                    coords=[(float(row["longitude"]), float(row["latitude"]))])
            point.description = escape(row["notes"])
            point.timestamp.when = row["event_date"]
            for key, value in row.items():
                point.extendeddata.newdata(name=key, value=escape(value))
        # format=False skips the re-parse and pretty-print through minidom, the fastest way to save.
        kml.save(output, format=False)
        elapsed, cpu_end = time.perf_counter() - started, os.times()
    else:
        raise SystemExit(f"unknown tool {tool}")
    user, system = cpu_end.user - cpu.user, cpu_end.system - cpu.system
    print(f"{tool}: {count} features in {elapsed:.3f} s = {count / elapsed:.0f} features/s; "
          f"CPU {user + system:.3f} s (user {user:.3f}, system {system:.3f})")


if __name__ == "__main__":
    main()
