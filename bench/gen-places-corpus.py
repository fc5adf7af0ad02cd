#!/usr/bin/env python3
"""Generate a deterministic news-like corpus for bench-places.sh.

Writes OUT.jsonl (many short reports, one per line) and OUT-oneline.txt (the same text as
one single-line report). Sentences are built from templates, place names drawn from a fixed
list of world cities, provinces and countries, and filler words, with a seeded generator:
the same seed and size always give the same bytes.

Usage: gen-places-corpus.py OUT_PREFIX [--mb 50] [--seed 8]
"""
import argparse
import json
import random

PLACES = [
    "Aleppo", "Homs", "Idlib", "Damascus", "Raqqa", "Deir ez-Zor", "Beirut", "Tripoli", "Baghdad", "Mosul", "Basra",
    "Erbil", "Ankara", "Istanbul", "Gaziantep", "Kyiv", "Kherson", "Odesa", "Kharkiv", "Moscow", "Belgorod", "Tbilisi",
    "Paris", "Lyon", "Marseille", "Berlin", "Hamburg", "London", "Manchester", "Geneva", "Vienna", "Brussels", "Warsaw",
    "Cairo", "Alexandria", "Khartoum", "El Fasher", "Addis Ababa", "Mekelle", "Goma", "Kinshasa", "Lagos", "Maiduguri",
    "Bamako", "Mopti", "Niamey", "Ouagadougou", "Kabul", "Kandahar", "Lahore", "Karachi", "Peshawar", "New Delhi",
    "Dhaka", "Yangon", "Mandalay", "Manila", "Zamboanga", "Bogotá", "Cúcuta", "Caracas", "Mexico City", "Culiacán",
    "Tijuana", "São Paulo", "Brasília", "Sanaa", "Aden", "Hodeidah", "Marib", "Gaza City", "Rafah", "Jerusalem",
    "Tehran", "Isfahan", "Washington", "Atlanta", "Dallas", "Austin",
]
AREAS = ["Syria", "Lebanon", "Iraq", "Turkey", "Ukraine", "Russia", "France", "Germany", "Sudan", "Ethiopia", "Nigeria",
         "Mali", "Niger", "Afghanistan", "Pakistan", "India", "Myanmar", "the Philippines", "Colombia", "Venezuela",
         "Mexico", "Brazil", "Yemen", "Iran", "Egypt", "Libya", "Texas", "Punjab", "Borno", "North Kivu"]
DEMONYMS = ["Syrian", "Turkish", "Russian", "Ukrainian", "French", "Sudanese", "Nigerian", "Afghan", "Mexican", "Iranian"]
TEMPLATES = [
    "Shelling hit {p1} on {day}, killing at least {n} civilians, local officials in {p2} said.",
    "{dem} forces said they had struck positions near {p1}, while residents of {p2} reported heavy gunfire.",
    "Talks between the two sides resumed in {p1} on {day}, with envoys from {a1} and {a2} attending.",
    "An air strike on a market in {p1}, in {a1}, wounded {n} people, rescuers said.",
    "Aid groups said convoys from {p1} had reached {p2} after the road through {a1} reopened.",
    "Officials in {p1} said {n} families had fled toward {p2} since the start of the month.",
    "The governor of {a1} declared an emergency after floods cut roads between {p1} and {p2}.",
    "Prices of bread and fuel rose sharply in {p1} this week, traders told reporters.",
    "A roadside bomb exploded on the highway outside {p1} on {day}, police in {a1} said.",
    "{dem} state media said the army had regained control of villages south of {p1}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def sentence(rng):
    p1, p2 = rng.sample(PLACES, 2)
    a1, a2 = rng.sample(AREAS, 2)
    return rng.choice(TEMPLATES).format(p1=p1, p2=p2, a1=a1, a2=a2, dem=rng.choice(DEMONYMS),
                                        day=rng.choice(DAYS), n=rng.randint(2, 60))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("prefix")
    parser.add_argument("--mb", type=float, default=50)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    target = int(args.mb * 1_000_000)
    written = 0
    number = 0
    with open(args.prefix + ".jsonl", "w", encoding="utf-8") as jsonl, \
            open(args.prefix + "-oneline.txt", "w", encoding="utf-8") as oneline:
        while written < target:
            number += 1
            text = " ".join(sentence(rng) for _ in range(rng.randint(5, 12)))
            jsonl.write(json.dumps({"id": f"bench-{number:06d}", "text": text}, ensure_ascii=False) + "\n")
            oneline.write(text + " ")
            written += len(text.encode("utf-8")) + 1
        oneline.write("\n")
    print(f"{number} reports, {written} bytes of text")


if __name__ == "__main__":
    main()
