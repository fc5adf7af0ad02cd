#!/usr/bin/env python3
"""Annotation helper: list gazetteer candidates for a place name.

Usage: python3 lookup.py NAME[:CC] ...        exact match on name or alternate name
       python3 lookup.py --sub TEXT[:CC] ...  substring match (for spelling variants)

Prints place_id, name, latitude, longitude, feature_code, country, admin1_code and
population, countries/divisions/capitals first, then by population. CC restricts the
search to one ISO country code.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GAZ = os.path.normpath(os.path.join(HERE, "..", "..", "..", "gazetteer", "places.tsv"))


def rows():
    with open(GAZ, encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


def main(argv):
    sub = bool(argv) and argv[0] == "--sub"
    for q in argv[1:] if sub else argv:
        name, _, cc = q.partition(":")
        ql = name.lower()
        hits = []
        for f in rows():
            if cc and f[6] != cc:
                continue
            names = [f[1]] + [a for a in f[9].split("|") if a]
            if (any(ql in n.lower() for n in names) if sub
                    else any(n.lower() == ql for n in names)):
                hits.append(f)
        hits.sort(key=lambda f: (f[5] not in ("PCLI", "ADM1", "PPLC"), -int(f[8])))
        print(f"== {q}: {len(hits)} candidate(s)")
        for f in hits[:12]:
            print("  ", *(f[i] for i in (0, 1, 2, 3, 5, 6, 7, 8)))


if __name__ == "__main__":
    main(sys.argv[1:])
