#!/usr/bin/env python3
"""Writes a deterministic corpus of invented conflict reports as JSON Lines for bench-extract.sh.

Usage: generate-reports.py COUNT OUT.jsonl [--seed N] [--profile dense|news]

Every report is assembled from templates written for this project (not news): event sentences
with cues, actors, places, dates and tolls, mixed with context sentences (diplomacy, quotes,
hedged claims, negations) the extractor must read and discard. The same seed gives the same bytes.

Profiles:
  dense  short reports (about 0.9 KB) packed with events: about 3.5 incidents per KB, a stress
         test for event coding and merging.
  news   reports shaped like wire stories: 2.4 to 5.5 KB, mostly background (quotes, diplomacy,
         aid, history, places named only as context), about one incident per KB, as in the
         project's seed reports.
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

# The news profile names many more towns than the dense one, in the spellings the English-language
# press uses, so that the recogniser and resolver meet names as varied as in real reporting.
NEWS_PLACES = PLACES + [
    "Al-Bab", "Azaz", "Afrin", "Kobani", "Qamishli", "Hasakah", "Salamiyah", "Masyaf", "Zabadani",
    "Yabroud", "Nabk", "Qusayr", "Tal Rifaat", "Jarablus", "Darayya", "Harasta", "Zamalka", "Arbin",
    "Sheikh Maskin", "Nawa", "Jasim", "Busra al-Sham", "Inkhil", "Tafas", "Shahba", "Salkhad", "Mayadeen",
    "Hajin", "Ain Issa", "Tal Abyad", "Ras al-Ain", "Jableh", "Baniyas", "Safita", "Kessab", "Salqin",
    "Harem", "Binnish", "Sarmin", "Taftanaz", "Maarat Misrin", "Kafr Takharim", "Darkush", "Atareb",
    "Anadan", "Hreitan", "Nubl", "Zahraa", "Fuaa", "Kafraya", "Morek", "Latamneh", "Kafr Zita", "Halfaya",
    "Mhardeh", "Suqaylabiyah", "Qalaat al-Madiq", "Tell Kalakh", "Qaryatayn", "Sukhnah", "Duma",
    "Qatana", "Kiswah", "Jobar", "Yarmouk", "Hermel", "Baalbek", "Zahle", "Tripoli", "Sidon", "Tyre",
]
ABROAD = ["Geneva", "Moscow", "Washington", "Ankara", "Amman", "Vienna", "Brussels", "Doha", "Riyadh",
          "Tehran", "Istanbul", "Cairo", "New York", "Paris", "London", "Berlin", "Gaziantep", "Rome",
          "Madrid", "Athens", "Baghdad", "Kuwait City", "Dubai", "Abu Dhabi", "Nicosia", "Sofia", "Warsaw",
          "Stockholm", "Oslo", "Copenhagen", "Ottawa", "Tokyo", "Beijing", "Astana", "Sochi", "Munich"]
PEOPLE = ["Rami Khalil", "Omar Nasser", "Lina Haddad", "Sami Younes", "Hadi Mansour", "Nour Saleh",
          "Karim Barakat", "Maya Darwish", "Yusuf Azar", "Rana Tamer", "Fadi Sabbagh", "Huda Kassem",
          "Ziad Hamdan", "Salma Qassab", "Tarek Mourad", "Dima Awad", "Bassam Halabi", "Layla Sharif",
          "Wael Jaber", "Reem Othman", "Nabil Fares", "Hiba Zein", "Majd Rifai", "Samer Attar"]
ROLES = ["a spokesman for the opposition coalition", "the head of a local relief group", "a doctor at a field hospital",
         "a resident reached by telephone", "a senior Western diplomat", "an official at the UN refugee agency",
         "a teacher who fled last year", "a member of the local council"]
ORGS = ["the United Nations", "the International Committee of the Red Cross", "the World Food Programme",
        "the opposition coalition", "the Arab League", "the European Union", "a coalition of aid agencies"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
QUOTES = ["We have nothing left to go back to", "The children are afraid to sleep at night",
          "Nobody is listening to us any more", "We need the roads opened before the winter",
          "Every week more families arrive with nothing"]
# Background sentences: no event cues, many names, numbers and places given only as context.
BACKGROUND = [
    "The war, now in its {nth} year, has cost hundreds of thousands of lives and driven {m} million people from their homes, according to {org}.",
    "{person}, {role}, said the situation around {place} had grown much harder since the start of the month.",
    "\"{quote},\" {person} told reporters in {abroad}.",
    "Talks in {abroad} between government and opposition delegations are due to resume later this month, though few expect a breakthrough.",
    "{Org} said it had delivered food and medicine to about {n},000 people over the past week.",
    "Foreign ministers are expected to meet in {abroad} on {weekday} to discuss the next steps.",
    "Prices of bread and fuel have more than doubled in parts of the country, residents say.",
    "Western governments have repeatedly accused Moscow of targeting mainstream rebel groups rather than militants.",
    "Schools near {place} have been closed for weeks and many families are sheltering with relatives.",
    "The claims could not be independently verified because access for journalists is tightly restricted.",
    "Turkey, which hosts more than {m} million refugees, has called for a protected zone along its border.",
    "Aid convoys have been waiting at the crossing for {n} days for permission to enter {place}.",
    "{person} said the council in {place} was trying to repair the water network before the summer.",
    "Officials in {abroad} said a new package of humanitarian funding worth {n} million dollars would be announced.",
    "Electricity is available for only {small} hours a day in most neighbourhoods of {place}, according to residents.",
    "The area had been relatively calm since a local truce was agreed in the spring.",
    "Many of those who fled have moved to camps near the border, where conditions are harsh in winter.",
    "{Org} has called on all parties to respect international humanitarian law.",
    "{person}, {role}, said hospitals were running short of anaesthetics and blood supplies.",
    "{place} was once home to about {n},000 people, but most have since left.",
    "Diplomats say any settlement will depend on an understanding between Washington and Moscow.",
    "{person} added that the roads out of {place} were no longer safe to travel at night.",
    "The statement gave no further details.",
    "Farmers around {place} say they have been unable to bring in their harvest this season.",
    "The former head of the council in {place}, {person}, now lives in {abroad}.",
    "Local activists posted photographs online that appeared to show damaged buildings and burned cars.",
    "{person} moved to {abroad} with her family in {year} and has not been back to {place} since.",
    "The envoy is due to brief the Security Council in New York on {weekday}.",
    "Residents of {place} said queues for bread now stretch for hundreds of metres each morning.",
    "{Org} estimates that {n} per cent of the population now depends on aid.",
]

def background(rng):
    text = rng.choice(BACKGROUND).format(
        nth=rng.choice(["fifth", "sixth", "seventh", "eighth"]), m=rng.randint(2, 6), org=rng.choice(ORGS),
        Org=rng.choice(ORGS)[0].upper() + rng.choice(ORGS)[1:], person=rng.choice(PEOPLE), role=rng.choice(ROLES),
        place=rng.choice(NEWS_PLACES), abroad=rng.choice(ABROAD), quote=rng.choice(QUOTES), n=rng.randint(10, 90),
        small=rng.randint(2, 6), weekday=rng.choice(WEEKDAYS), year=rng.randint(2012, 2015))
    return text[0].upper() + text[1:]

def sentence(rng, template, towns=PLACES):
    places = rng.sample(towns, 3)
    actors = rng.sample(ACTORS, 2)
    n = rng.randint(2, 60)
    toll = rng.choice(TOLLS).format(n=n, w=rng.choice(WORDS))
    text = template.format(actor=actors[0], actor2=actors[1], place=places[0], place2=places[1], place3=places[2],
                           day=rng.choice(DAYS), toll=toll, n=n, province=rng.choice(PROVINCES))
    return text[0].upper() + text[1:]

def news_report(rng, index, start):
    """A wire-story shape: a headline restating the lede's event, then background with an occasional event."""
    published = start + datetime.timedelta(days=rng.randint(0, 1400))
    target = rng.randint(2400, 5500)
    lede = sentence(rng, rng.choice(EVENTS), NEWS_PLACES)
    title = lede.rstrip(".")
    paragraphs = [lede]
    size = len(title) + len(paragraphs[0])
    while size < target:
        count = rng.randint(1, 3)
        picks = [sentence(rng, rng.choice(EVENTS), NEWS_PLACES) if rng.random() < 0.06 else background(rng) for _ in range(count)]
        paragraph = " ".join(picks)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return {"id": f"news-{index:06d}", "date": published.isoformat(), "title": title,
            "source": "bench", "text": title + "\n\n" + "\n\n".join(paragraphs)}

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
        sys.exit("usage: generate-reports.py COUNT OUT.jsonl [--seed N] [--profile dense|news]")
    count, out = int(sys.argv[1]), sys.argv[2]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 20151006
    profile = sys.argv[sys.argv.index("--profile") + 1] if "--profile" in sys.argv else "dense"
    make = {"dense": report, "news": news_report}.get(profile)
    if make is None:
        sys.exit(f"generate-reports.py: unknown profile {profile!r} (dense or news)")
    rng = random.Random(seed)
    start = datetime.date(2015, 9, 30)
    with open(out, "w", encoding="utf-8") as f:
        for i in range(count):
            f.write(json.dumps(make(rng, i, start), ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
