#!/usr/bin/env python3
"""Writes a deterministic corpus of invented conflict reports as JSON Lines for bench-extract.sh.

Usage: generate-reports.py COUNT OUT.jsonl [--seed N]

Every report is assembled from templates written for this project (not news): event sentences
with cues, actors, places, dates and tolls, mixed with context sentences (diplomacy, quotes,
hedged claims, negations) the extractor must read and discard. The same seed gives the same bytes.
"""
import json, random, sys, datetime

PLACES = ["Rastan", "Talbisa", "Homs", "Hama", "Idlib", "Palmyra", "Latakia", "Aleppo", "Douma", "Daraa",
          "Maarat al-Numan", "Jisr al-Shughur", "Kafr Nabl", "Saraqib", "Ariha", "Khan Shaykhun", "Tadmur",
          "Deir ez-Zor", "Al Mayadin", "Raqqa", "Manbij", "Azaz", "Tartus", "Qardaha", "Chtoura", "Arsal"]
PROVINCES = ["Homs", "Hama", "Idlib", "Aleppo", "Latakia", "Daraa"]
ACTORS = ["Russian warplanes", "Syrian army", "regime forces", "pro-government forces", "Hezbollah fighters",
          "Islamic State militants", "the Nusra Front", "Ahrar al-Sham", "the Army of Islam", "Jaysh al-Izza",
          "the Free Syrian Army", "the Fatah Army", "the Levant Front", "Iran-backed militias"]
DAYS = ["on Monday", "on Tuesday", "late Wednesday", "last Thursday", "on Friday", "yesterday", "last week",
        "earlier this month", "on Sunday", "overnight"]
TOLLS = ["killing {n} people", "killing at least {n} civilians", "and {w} fighters died",
         "leaving dozens dead", "wounding {n} people", "though no one was killed"]
WORDS = ["three", "five", "seven", "nine", "twelve", "twenty"]
EVENTS = [
    "{actor} carried out air strikes on {place} {day}, {toll}.",
    "Warplanes bombed the outskirts of {place} {day}, monitors said.",
    "Barrel bombs were dropped on {place} {day}, {toll}.",
    "Shelling by {actor} hit {place} {day}, {toll}.",
    "{actor} fired rockets at {place} {day}.",
    "A roadside bomb struck a bus near {place} {day}, {toll}.",
    "A car bomb exploded in a market in {place} {day}, {toll}.",
    "Clashes between {actor} and {actor2} near {place} {day} left {n} fighters dead.",
    "Heavy fighting broke out in {place} {day} as {actor} pushed into the town.",
    "Russian strikes {day} hit targets in the central province of {province}.",
    "Air strikes hit the towns of {place}, {place2} and {place3} {day}, activists reported.",
    "{actor} allegedly shelled {place} {day}, a claim the group denied.",
]
CONTEXT = [
    "Diplomats met in Geneva to discuss a ceasefire, officials told Reuters in New York.",
    "{actor} vowed to attack government positions if the talks failed.",
    "Analysts said the intervention will prolong the war and deepen the crisis.",
    "There was no evidence of the strike reported by state media, a monitor said.",
    "The group declared war on its rivals in a video posted online.",
    "\"We will not stop until the occupiers leave,\" Capt. Ahmad al-Hassan told the U.S. envoy.",
    "Beirut's Al-Mayadeen TV aired footage of the damage.",
    "Leaders gathered at the resort of Sochi for another round of talks.",
    "Aid agencies warned that more than {n} families had fled toward the border.",
]

def sentence(rng, template):
    places = rng.sample(PLACES, 3)
    actors = rng.sample(ACTORS, 2)
    n = rng.randint(2, 60)
    toll = rng.choice(TOLLS).format(n=n, w=rng.choice(WORDS))
    text = template.format(actor=actors[0], actor2=actors[1], place=places[0], place2=places[1], place3=places[2],
                           day=rng.choice(DAYS), toll=toll, n=n, province=rng.choice(PROVINCES))
    return text[0].upper() + text[1:]

def report(rng, index, start):
    published = start + datetime.timedelta(days=rng.randint(0, 1400))
    paragraphs = []
    for _ in range(rng.randint(3, 7)):
        count = rng.randint(1, 3)
        picks = [sentence(rng, rng.choice(EVENTS if rng.random() < 0.55 else CONTEXT)) for _ in range(count)]
        paragraphs.append(" ".join(picks))
    title = sentence(rng, rng.choice(EVENTS)).rstrip(".")
    return {"id": f"bench-{index:06d}", "date": published.isoformat(), "title": title,
            "source": "bench", "text": title + "\n\n" + "\n\n".join(paragraphs)}

def main():
    if len(sys.argv) < 3:
        sys.exit("usage: generate-reports.py COUNT OUT.jsonl [--seed N]")
    count, out = int(sys.argv[1]), sys.argv[2]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 20151006
    rng = random.Random(seed)
    start = datetime.date(2015, 9, 30)
    with open(out, "w", encoding="utf-8") as f:
        for i in range(count):
            f.write(json.dumps(report(rng, i, start), ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
