#!/usr/bin/env python3
"""Writes N generated incidents as JSON Lines in incidentmap's record, for the map.html benchmark
and screenshots: places drawn from the built-in gazetteer's towns in Syria and Lebanon (so that
the choropleth matches the markers) and placed on them as `map` places incidents, dates over two years, ACLED types, a few dozen actors,
and made-up evidence sentences. Seeded: the same N gives the same file.

Usage: python3 bench/generate-incidents.py N [--jitter DEGREES] > incidents.jsonl
"""
import datetime
import json
import random
import sys

HERE = __file__.rsplit("/", 2)[0] or "."
SUBTYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
            ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
            ("Explosions/Remote violence", "Remote explosive/landmine/IED"), ("Violence against civilians", "Attack")]
ACTORS = [f"Armed group {chr(65 + i)}" for i in range(20)] + ["Military Forces of Syria", "Military Forces of Russia",
          "Civilians (Syria)", "Unidentified Armed Group (Syria)", "Hezbollah"]
CERTAINTIES = ["reported"] * 6 + ["claimed", "claimed", "alleged", "denied"]


def towns():
    admin1 = {}
    for line in open(f"{HERE}/gazetteer/admin1.tsv", encoding="utf-8"):
        if not line.startswith("#"):
            code, name, _ = line.rstrip("\n").split("\t")
            admin1[code] = name
    out = []
    for line in open(f"{HERE}/gazetteer/places.tsv", encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) >= 9 and f[4] == "P" and f[6] in ("SY", "LB") and f[7] in admin1:
            out.append((f[0], f[1], float(f[2]), float(f[3]), f[6], f[7], admin1[f[7]], int(f[8] or 0)))
    return out


def main():
    n = int(sys.argv[1])
    # Geocoded incidents sit on their gazetteer place, as `map` writes them; --jitter D moves
    # each one up to D degrees, so that no two share a position (the page's worst case).
    jitter = float(sys.argv[sys.argv.index("--jitter") + 1]) if "--jitter" in sys.argv else 0.0
    rng = random.Random(18)
    places = towns()
    weights = [max(p[7], 1000) ** 0.5 for p in places]
    for i in range(n):
        place_id, name, lat, lon, country, code, province, _ = rng.choices(places, weights)[0]
        event_type, sub = rng.choice(SUBTYPES)
        day = 1 + rng.randrange(730)
        year, ordinal = (2015, day) if day <= 365 else (2016, day - 365)
        date = datetime.date(year, 1, 1) + datetime.timedelta(days=ordinal - 1)
        precision = rng.choices([1, 2, 3], [85, 10, 5])[0]
        if precision == 2:
            date -= datetime.timedelta(days=date.weekday())
        elif precision == 3:
            date = date.replace(day=1)
        a1, a2 = rng.sample(ACTORS, 2)
        fatalities = rng.choice([None, 0, 0, 1, 2, 3, 5, 8, 12, 30])
        notes = (f"On {date.isoformat()}, {a1} and {a2} were reported in a {sub.lower()} near {name}, "
                 f"{province}; local sources gave {fatalities if fatalities is not None else 'no'} deaths.")
        record = {
            "id": f"gen-{i:06d}", "event_date": date.isoformat(), "time_precision": precision,
            "event_type": event_type, "sub_event_type": sub, "actor1": a1, "actor2": a2,
            "location": name, "mention": name, "place_id": place_id,
            "latitude": round(lat + rng.uniform(-jitter, jitter), 5), "longitude": round(lon + rng.uniform(-jitter, jitter), 5),
            "geo_precision": 1, "admin1": province, "admin1_code": code, "admin2": None, "country": country,
            "fatalities": fatalities, "certainty": rng.choice(CERTAINTIES), "notes": notes,
            "sources": [{"doc_id": f"doc-{i // 3}", "title": f"Report {i // 3}", "url": f"https://example.org/r/{i // 3}",
                         "published": date.isoformat(), "start": 0, "end": len(notes)}],
        }
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
