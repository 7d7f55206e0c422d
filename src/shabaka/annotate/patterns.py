"""Entity-ruler patterns built from the domain packs.

Multi-word names match case-insensitively; one-word names and acronyms match
only as written, so that a place called "Hit" never matches the verb "hit".
Spelling variants the texts use for the same name (straight or curly
apostrophes, "al-X" or "al X") are generated here, not listed in the packs.
"""

from __future__ import annotations

import re

from spacy.language import Language

from shabaka.ontology import Pack

APOSTROPHES = "'’‘`ʼʻ"
BRIGADE_PREFIXES = ("PMF", "PMU", "Hashd")  # "PMF Brigade 40": the umbrella's numbered brigade
_APOS = re.compile(f"[{APOSTROPHES}]")


def name_variants(name: str, word_variants: dict[str, tuple[str, ...]] | None = None) -> set[str]:
    """Surface variants of one name that reporting uses interchangeably: apostrophes, "al-X" or
    "al X", "U.S. X" or "US X", and the spellings of its words the packs list ("Kata'ib Hizbollah")."""
    out = {name}
    for i, word in enumerate(name.split()):
        article, _, stem = word.rpartition("-")  # "al-Qaeda": the article stays
        for spelling in (word_variants or {}).get(_APOS.sub("'", stem).lower(), ()):
            spelled = f"{article}-{spelling}" if article else spelling
            out |= {" ".join([*n.split()[:i], spelled, *n.split()[i + 1:]]) for n in list(out)}
    for variant in [v for v in out if _APOS.search(v)]:
        out |= {_APOS.sub("'", variant), _APOS.sub("’", variant), _APOS.sub("", variant)}
    for variant in [v for v in out if " " in v]:  # "U.S. Treasury Department" or "US Treasury Department"
        words = variant.split()
        for i, word in enumerate(words):
            if re.fullmatch(r"(?:[A-Z]\.){2,3}", word):
                out.add(" ".join([*words[:i], word.replace(".", ""), *words[i + 1:]]))
            elif re.fullmatch(r"[A-Z]{2,3}", word):
                out.add(" ".join([*words[:i], ".".join(word) + ".", *words[i + 1:]]))
    for variant in list(out):
        if re.search(r"\b([Aa]l|[Ee]l|[Aa][dtsnrz]h?)-", variant):
            out.add(re.sub(r"\b([Aa]l|[Ee]l|[Aa][dtsnrz]h?)-", r"\1 ", variant))
            out.add(re.sub(r" ([Aa]l|[Ee]l)-", r"-\1-", variant))  # "Harakat-al-Nujaba", "Jaish-al-Mahdi"
    return out


def apostrophe_words(pack: Pack) -> list[str]:
    """The words of the packs' names written with an apostrophe ("kata'ib", "da'wa"), straight and
    in lower case; not a possessive ("Iraq's")."""
    words = {w for actor in pack.actors.values() for name in (*actor.names, *actor.kunyas)
             for w in _APOS.sub("'", name.lower()).replace("-", " ").split()}
    return sorted(w for w in words if re.fullmatch(r"[^\W\d_]+'[^\W\d_]+", w) and not w.endswith("'s"))


def ruler_patterns(nlp: Language, pack: Pack) -> tuple[list[dict], list[dict]]:
    """Phrase patterns for every pack actor's names: (case-insensitive, exact-case).

    Multi-word names and a country's forces ("Iraqi forces", "Iraq's army", for the
    body the pack says they are) go to the first list; one-word names, acronyms, demonyms
    and brigade numbers to the second. Phrase patterns (not token patterns)
    keep the ruler's cost low on long documents.
    """
    folded: list[dict] = []
    exact: list[dict] = []
    # a demonym -> its country's name: "Iraq's army" is the Iraqi Army, not Iraq
    owners = {d.lower(): a.name for a in pack.actors.values() if a.type == "COUNTRY" for d in a.demonyms}
    for actor in pack.actors.values():
        def add(target: list[dict], text: str, actor=actor) -> None:
            target.append({"label": actor.type, "pattern": text, "id": actor.id})

        names: set[str] = set()
        for name in (*actor.names, *actor.kunyas):
            names |= name_variants(name, pack.name_word_variants)
        # (not "Iran's Revolutionary Guards", where the possessive already owns a name of the body,
        # nor "Iraq's military", which is as often "Iraq's military victory")
        taken = {n.lower() for n in names} | {"military"}
        for name in sorted(names):
            if len(nlp.make_doc(name)) > 1:
                add(folded, name)
                first, _, rest = name.partition(" ")
                if actor.type == "STATE_BODY" and first.lower() in owners and rest.lower() not in taken:
                    for mark in ("'s", "’s"):
                        add(folded, f"{owners[first.lower()]}{mark} {rest}")
            else:
                add(exact, name)
                if len(name) > 3 and not name.isupper():
                    add(exact, name.upper())  # "REUTERS" in credits and headlines
        for text in (*actor.acronyms, *actor.demonyms):
            add(exact, text)
        for number in actor.brigades:
            for prefix in BRIGADE_PREFIXES:
                for word in ("Brigade", "brigade"):
                    add(exact, f"{prefix} {word} {number}")
        if actor.forces_of:
            # "Iraqi forces", "Iraqi government forces": one mention of the body, not of the country
            country = pack.actors[actor.forces_of]
            for word in sorted(pack.force_words):
                for demonym in country.demonyms:
                    add(folded, f"{demonym} {word}")
                for mark in ("'s", "’s"):
                    add(folded, f"{country.name}{mark} {word}")  # "Iraq's security forces"
    return folded, exact
