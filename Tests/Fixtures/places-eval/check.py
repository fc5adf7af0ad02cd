#!/usr/bin/env python3
"""Validate corpus.jsonl of the places evaluation corpus.

Checks: JSON shape and field types, unique report ids, text[start:end] == mention
(Unicode code point offsets), spans in range and non-overlapping, every place_id
exists in the built-in gazetteer with the same name, latitude, longitude, country
and feature_code, and the corpus holds at least MIN_REPORTS reports and MIN_MENTIONS
gold mentions. Prints counts and exits 1 on any problem.

Usage: python3 check.py [corpus.jsonl] [--gazetteer PATH]
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.path.join(HERE, "corpus.jsonl")
DEFAULT_GAZ = os.path.normpath(os.path.join(HERE, "..", "..", "..", "gazetteer", "places.tsv"))
MIN_REPORTS = 32
MIN_MENTIONS = 300
GOLD_KEYS = {"mention", "start", "end", "place_id", "name", "latitude", "longitude",
             "country", "feature_code"}
FEATURE_CODES = {"PCLI", "ADM1", "PPL", "PPLC"}


def load_gazetteer(path):
    places = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            f = line.rstrip("\n").split("\t")
            if len(f) != 10:
                continue
            places[f[0]] = {"name": f[1], "latitude": float(f[2]), "longitude": float(f[3]),
                            "feature_code": f[5], "country": f[6]}
    return places


def main(argv):
    args = list(argv)
    gaz_path = DEFAULT_GAZ
    if "--gazetteer" in args:
        i = args.index("--gazetteer")
        gaz_path = args[i + 1]
        del args[i:i + 2]
    corpus_path = args[0] if args else DEFAULT_CORPUS

    problems = []

    def bad(msg):
        problems.append(msg)

    places = load_gazetteer(gaz_path)
    if not places:
        print(f"FAIL: no places read from {gaz_path}")
        return 1

    ids = set()
    n_reports = 0
    by_code = Counter()
    by_country = Counter()
    n_mentions = 0
    distinct = set()
    with open(corpus_path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                bad(f"line {lineno}: empty line")
                continue
            try:
                rep = json.loads(line)
            except json.JSONDecodeError as e:
                bad(f"line {lineno}: invalid JSON: {e}")
                continue
            n_reports += 1
            if not isinstance(rep, dict) or set(rep) != {"id", "text", "gold"}:
                bad(f"line {lineno}: keys must be exactly id, text, gold")
                continue
            rid, text, gold = rep["id"], rep["text"], rep["gold"]
            where = f"line {lineno} ({rid})"
            if not isinstance(rid, str) or not rid:
                bad(f"{where}: id must be a non-empty string")
            elif rid in ids:
                bad(f"{where}: duplicate id")
            ids.add(rid)
            if not isinstance(text, str) or not text.strip():
                bad(f"{where}: text must be a non-empty string")
                continue
            if not isinstance(gold, list):
                bad(f"{where}: gold must be a list")
                continue
            prev_end = -1
            for k, g in enumerate(gold):
                gw = f"{where} gold[{k}]"
                if not isinstance(g, dict) or set(g) != GOLD_KEYS:
                    bad(f"{gw}: keys must be exactly {sorted(GOLD_KEYS)}")
                    continue
                s, e, m = g["start"], g["end"], g["mention"]
                if not (isinstance(s, int) and isinstance(e, int) and not isinstance(s, bool)
                        and not isinstance(e, bool)):
                    bad(f"{gw}: start/end must be integers")
                    continue
                if not (0 <= s < e <= len(text)):
                    bad(f"{gw}: span {s}-{e} out of range (text length {len(text)})")
                    continue
                if text[s:e] != m:
                    bad(f"{gw}: text[{s}:{e}] = {text[s:e]!r} != mention {m!r}")
                if m != m.strip():
                    bad(f"{gw}: mention has surrounding whitespace")
                if s < prev_end:
                    bad(f"{gw}: span overlaps the previous one or gold is not sorted by start")
                prev_end = e
                p = places.get(g["place_id"])
                if p is None:
                    bad(f"{gw}: place_id {g['place_id']!r} not in gazetteer")
                    continue
                for key in ("name", "country", "feature_code"):
                    if g[key] != p[key]:
                        bad(f"{gw}: {key} {g[key]!r} != gazetteer {p[key]!r}")
                for key in ("latitude", "longitude"):
                    v = g[key]
                    if isinstance(v, bool) or not isinstance(v, (int, float)) or float(v) != p[key]:
                        bad(f"{gw}: {key} {v!r} != gazetteer {p[key]!r}")
                if g["feature_code"] not in FEATURE_CODES:
                    bad(f"{gw}: unexpected feature_code {g['feature_code']!r}")
                n_mentions += 1
                distinct.add(g["place_id"])
                by_code[g["feature_code"]] += 1
                by_country[g["country"]] += 1

    if n_reports < MIN_REPORTS:
        bad(f"only {n_reports} reports (need >= {MIN_REPORTS})")
    if n_mentions < MIN_MENTIONS:
        bad(f"only {n_mentions} gold mentions (need >= {MIN_MENTIONS})")

    print(f"reports: {n_reports}, gold mentions: {n_mentions}, distinct places: {len(distinct)}")
    print("by feature code: " + ", ".join(f"{c} {n}" for c, n in sorted(by_code.items())))
    print(f"countries: {len(by_country)}")
    if problems:
        for p in problems:
            print("FAIL: " + p)
        print(f"{len(problems)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
