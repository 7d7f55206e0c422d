"""A varied benchmark corpus: documents generated from the domain packs and sentence templates.

Repeating a dozen files makes every copy cost the same and lets caches flatter the
figures; here each document draws its own actors (any spelling the packs know),
places, dates, outlets and a random mix and number of sentences, from a seeded
generator, so two runs with one seed see the same corpus. Invented people, written
as Arabic names are built, add actors no pack knows, as real reporting does.
"""

from __future__ import annotations

import random
from pathlib import Path

from shabaka.ontology import load_packs
from shabaka.ontology.loader import pack_paths

GIVEN = ["Ahmed", "Ali", "Hassan", "Hussein", "Karim", "Mahdi", "Mustafa", "Omar", "Qais", "Salim",
         "Yasir", "Zaid", "Abbas", "Jabbar", "Hamid", "Nuri", "Faleh", "Haidar", "Majid", "Sabah"]
FAMILY = ["al-Jubouri", "al-Zubaidi", "al-Maliki", "al-Tamimi", "al-Obeidi", "al-Dulaimi", "al-Khafaji",
          "al-Saadi", "al-Rubaie", "al-Shammari", "al-Kaabi", "al-Fatlawi", "al-Hamdani", "al-Lami"]
KUNYA = ["Abu Ali", "Abu Hussein", "Abu Zainab", "Abu Mustafa", "Abu Baqir", "Abu Yasir"]
OUTLETS = ["Example Wire", "Regional Monitor", "Gulf Desk Review", "Baghdad Evening Post", "Policy Notes"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
TEMPLATES = [
    "{person}, the head of {group}, met officials in {place} on {date}.",
    "The {country}-backed {group} fired rockets at a base near {place}, officials said.",
    "{group} denied any role in the attack on {date}, a spokesman told reporters.",
    "{person} was killed in a drone strike near {place} in {month} {year}.",
    "Officials in {place} said {group} fighters had taken over two checkpoints.",
    "{country} imposed sanctions on {person} over his ties to {group}.",
    "Analysts describe {group} as part of {group2}, though its leaders dispute this.",
    "{person}, a senior commander of {group}, was seen in {place} last week.",
    "{state} announced an operation against {group} near {place} on {date}.",
    "{group} and {group2} have been rivals since {year}, according to local sources.",
    "Forces of {state} said they detained {person} in {place}.",
    "{person} succeeded {person2} as leader of {group} in {year}.",
]
FILLER = [
    "Residents reported long queues at fuel stations.",
    "The statement did not give further details.",
    "Electricity cuts have worsened in the summer heat.",
    "Neither side responded to requests for comment.",
    "Local markets reopened after three days of curfew.",
    "The ministry said an investigation was under way.",
    "Several roads into the city remained closed on Tuesday.",
    "Observers expect the talks to resume next month.",
]


def _names(pack, type_: str) -> list[str]:
    return [name for actor in pack.actors.values() if type_ in actor.types
            for name in (actor.name, *actor.aliases, *actor.acronyms) if name.isascii()]


def generate(n_docs: int, out: Path, *, seed: int = 0) -> list[Path]:
    """Write `n_docs` distinct .txt documents with header lines to `out`; returns their paths."""
    rng = random.Random(seed)
    pack = load_packs(pack_paths())
    people, groups = _names(pack, "PERSON"), _names(pack, "ARMED_GROUP")
    countries, states = _names(pack, "COUNTRY"), _names(pack, "STATE_BODY")
    places = _names(pack, "PLACE")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for i in range(n_docs):
        def person() -> str:
            if rng.random() < 0.3:  # an actor no pack knows
                return rng.choice([f"{rng.choice(GIVEN)} {rng.choice(GIVEN)} {rng.choice(FAMILY)}",
                                   f"{rng.choice(KUNYA)} {rng.choice(FAMILY)}"])
            return rng.choice(people)

        year = rng.randint(2003, 2025)
        month = rng.choice(MONTHS)
        sentences = []
        for _ in range(rng.randint(4, 18)):
            if rng.random() < 0.3:
                sentences.append(rng.choice(FILLER))
                continue
            sentences.append(rng.choice(TEMPLATES).format(
                person=person(), person2=person(), group=rng.choice(groups), group2=rng.choice(groups),
                country=rng.choice(countries), state=rng.choice(states), place=rng.choice(places),
                date=f"{month} {rng.randint(1, 28)}, {year}", month=month, year=year))
        paragraphs = [" ".join(sentences[k:k + 3]) for k in range(0, len(sentences), 3)]
        header = (f"Title: {rng.choice(['Report', 'Update', 'Analysis', 'Briefing'])} {i}: "
                  f"{rng.choice(groups)} and {rng.choice(places)}\n"
                  f"Outlet: {rng.choice(OUTLETS)}\nPublished: {year}-{MONTHS.index(month) + 1:02d}-"
                  f"{rng.randint(1, 28):02d}\n\n")
        path = out / f"{i:06d}.txt"
        path.write_text(header + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
        written.append(path)
    return written
