"""Seeded ACLED-style incidents for bench-count.sh: the same N incidents written as an
ACLED-style CSV (ACLED's 31 export columns) and as this tool's JSON Lines records.

usage: gen-incidents.py N OUT_PREFIX [SEED]   writes OUT_PREFIX.csv and OUT_PREFIX.jsonl
"""
import csv
import datetime
import json
import random
import sys

SUBTYPES = [
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Battles", "Armed clash"),
    ("Violence against civilians", "Attack"),
]
ACTORS = ["Military Forces of Syria (2000-)", "Military Forces of Russia (2000-)", "Jaish al-Islam", "Hayat Tahrir al-Sham",
          "Islamic State (Syria)", "Civilians (Syria)", "SDF: Syrian Democratic Forces", "Unidentified Armed Group (Syria)"]
PROVINCES = [("Aleppo", "SY.09"), ("Homs", "SY.11"), ("Idlib", "SY.12"), ("Rif Dimashq", "SY.08"), ("Hama", "SY.10"),
             ("Deir ez-Zor", "SY.07"), ("Daraa", "SY.06"), ("Latakia", "SY.13")]
WORDS = ("reported shelling near the town killed people and damaged houses according to local sources "
         "clashes continued overnight while residents fled toward the north").split()
COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
           "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
           "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
           "source_scale", "notes", "fatalities", "tags", "timestamp"]


def main():
    count, prefix = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 2015)
    start = datetime.date(2015, 1, 1)
    with open(prefix + ".csv", "w", newline="", encoding="utf-8") as csv_file, \
            open(prefix + ".jsonl", "w", encoding="utf-8") as jsonl_file:
        writer = csv.writer(csv_file, lineterminator="\n")
        writer.writerow(COLUMNS)
        for i in range(count):
            event_type, sub_type = rng.choice(SUBTYPES)
            day = start + datetime.timedelta(days=rng.randrange(3650))
            actor1, actor2 = rng.choice(ACTORS), rng.choice(ACTORS + [""])
            admin1, code = rng.choice(PROVINCES)
            lat, lon = round(rng.uniform(32.4, 37.2), 4), round(rng.uniform(35.8, 42.2), 4)
            fatalities = rng.choice([0, 0, 0, 1, 2, 3, 5, 12])
            location = f"Town {rng.randrange(5000)}"
            notes = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(5, 13))).capitalize() + "."
            writer.writerow([f"SYR{i}", day.isoformat(), day.year, 1, "Political violence", event_type, sub_type, actor1, "", 1,
                             actor2, "", 7, 17, "", 760, "Middle East", "Syria", admin1, "", "", location, lat, lon, 1,
                             "Local Source", "Local", notes, fatalities, "", 1700000000])
            record = {"id": f"SYR{i}", "event_date": day.isoformat(), "time_precision": 1, "event_type": event_type,
                      "sub_event_type": sub_type, "actor1": actor1, "actor2": actor2 or None, "location": location,
                      "mention": location, "place_id": f"geonames:{100000 + i % 5000}", "latitude": lat, "longitude": lon,
                      "geo_precision": 1, "admin1": admin1, "admin1_code": code, "admin2": None, "country": "SY",
                      "fatalities": fatalities, "certainty": "reported", "notes": notes,
                      "sources": [{"doc_id": f"r{i}", "title": "Local Source", "url": None, "published": day.isoformat(),
                                   "start": 0, "end": len(notes)}]}
            jsonl_file.write(json.dumps(record, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
