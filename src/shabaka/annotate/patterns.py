"""Entity-ruler patterns built from the domain packs.

Multi-word names match case-insensitively; one-word names and acronyms match
only as written, so that a place called "Hit" never matches the verb "hit".
Spelling variants the texts use for the same name (straight or curly
apostrophes, "al-X" or "al X") are generated here, not listed in the packs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language

from shabaka.ontology import Pack

APOSTROPHES = "'’‘`ʼʻ"
_APOS = re.compile(f"[{APOSTROPHES}]")


def name_variants(name: str) -> set[str]:
    """Surface variants of one name that reporting uses interchangeably."""
    out = {name}
    if _APOS.search(name):
        out |= {_APOS.sub("'", name), _APOS.sub("’", name), _APOS.sub("", name)}
    for variant in list(out):
        if re.search(r"\b([Aa]l|[Ee]l|[Aa][dtsnrz]h?)-", variant):
            out.add(re.sub(r"\b([Aa]l|[Ee]l|[Aa][dtsnrz]h?)-", r"\1 ", variant))
    return out


def _token_pattern(nlp: Language, text: str, exact: bool) -> list[dict] | None:
    tokens = [t.text for t in nlp.make_doc(text)]
    if not tokens:
        return None
    if exact or len(tokens) == 1:
        return [{"ORTH": t} for t in tokens]
    return [{"LOWER": t.lower()} for t in tokens]


def ruler_patterns(nlp: Language, pack: Pack) -> Iterator[dict]:
    """One pattern per name variant of every pack actor, labelled with its type."""
    for actor in pack.actors.values():
        names: set[str] = set()
        for name in (*actor.names, *actor.kunyas):
            names |= name_variants(name)
        for name in sorted(names):
            pattern = _token_pattern(nlp, name, exact=False)
            if pattern:
                yield {"label": actor.type, "pattern": pattern, "id": actor.id}
                if len(pattern) == 1 and len(name) > 3 and not name.isupper():
                    # one-word names also appear in capitals in credits and headlines ("REUTERS")
                    yield {"label": actor.type, "pattern": [{"ORTH": name.upper()}], "id": actor.id}
        for acronym in actor.acronyms:
            pattern = _token_pattern(nlp, acronym, exact=True)
            if pattern:
                yield {"label": actor.type, "pattern": pattern, "id": actor.id}
        for demonym in actor.demonyms:
            pattern = _token_pattern(nlp, demonym, exact=True)
            if pattern:
                yield {"label": actor.type, "pattern": pattern, "id": f"{actor.id}"}
        for number in actor.brigades:
            for prefix in ("PMF", "PMU", "Hashd"):
                for word in ("Brigade", "brigade"):
                    yield {"label": actor.type, "id": actor.id,
                           "pattern": [{"ORTH": prefix}, {"ORTH": word}, {"ORTH": str(number)}]}
