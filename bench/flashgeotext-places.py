#!/usr/bin/env python3
"""The peer for bench-places.sh: flashgeotext over the same reports, printing the mentions found.

Usage: flashgeotext-places.py REPORTS.jsonl
"""
import json
import sys

from flashgeotext.geotext import GeoText


def main():
    geotext = GeoText()
    mentions = 0
    with open(sys.argv[1], encoding="utf-8") as fh:
        for line in fh:
            found = geotext.extract(json.loads(line)["text"], span_info=True)
            for kind in ("cities", "countries"):
                mentions += sum(entry["count"] for entry in found[kind].values())
    print(f"flashgeotext mentions: {mentions}")


if __name__ == "__main__":
    main()
