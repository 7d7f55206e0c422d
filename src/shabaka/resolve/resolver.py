"""Match each in-document chain to a knowledge-base entity, or create one.

Order of evidence: the pack actor the chain was recognised as; an alias key
already in the knowledge base (from packs, earlier documents or analysts) with
a compatible type; otherwise a new entity. A key shared by several entities
is ambiguous and never merges by string alone.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from shabaka.model import Chain
from shabaka.names import ARTICLES, block_key, blocks, fold, is_acronym, name_key, name_parts, strip_titles
from shabaka.ontology import Pack
from shabaka.resolve.matching import NameMatcher
from shabaka.store import entities

FUZZY_THRESHOLD = 88.0
FUZZY_MARGIN = 3.0
TYPE_GROUPS = {
    "PERSON": "person",
    "ARMED_GROUP": "org",
    "STATE_BODY": "org",
    "ORGANIZATION": "org",
    "COUNTRY": "place",
    "PLACE": "place",
}


def compatible(a: str, b: str) -> bool:
    return TYPE_GROUPS.get(a) == TYPE_GROUPS.get(b)


TYPE_PRIORITY = ["PERSON", "ARMED_GROUP", "STATE_BODY", "ORGANIZATION", "COUNTRY", "PLACE"]


def _well_formed(name: str) -> bool:
    """A name fit to show: not an acronym, no dangling apostrophe, more than a surname."""
    return not is_acronym(name) and not name.endswith(("'", "’")) and len(name_parts(name).words) >= 2


def alias_key(name: str) -> str:
    """Acronyms match as written; every other name by its folded key."""
    return name if is_acronym(name) else name_key(name)


class Resolver:
    """Resolves chains against one knowledge base, inside the caller's transaction."""

    def __init__(self, pack: Pack):
        self.pack = pack
        self.matcher = NameMatcher.from_pack(pack)
        self.titles = {fold(t) for t in pack.titles}
        # every pack name's key -> pack actors, so a chain the ruler missed ("Abdul Aziz
        # al-Muhammadawi") still meets its pack actor whether or not it is stored yet
        self.pack_keys: dict[str, set[str]] = {}
        # candidate key -> pack names, so that other spellings meet the pack actor too
        self.pack_blocks: dict[str, set[tuple[str, str]]] = {}
        for actor in pack.actors.values():
            for name in (*actor.names, *actor.kunyas, *actor.acronyms):
                self.pack_keys.setdefault(alias_key(name), set()).add(actor.id)
                for key in blocks(name):
                    self.pack_blocks.setdefault(key, set()).add((actor.id, name))

    def resolve(self, conn: sqlite3.Connection, chains: list[Chain]) -> list[str]:
        """One document's chains. A short form of an organisation the same document names in
        full ("the Supreme Council" after "Supreme Council for the Islamic Revolution in
        Iraq") is that organisation, whatever other actor its words alone would fit; so full
        names are resolved first."""
        full = [_full_form(chain, chains) for chain in chains]
        out: dict[int, str] = {}
        for i in sorted(range(len(chains)), key=lambda i: full[i] is not None):
            short_of = out.get(full[i]) if full[i] is not None else None
            out[i] = self._resolve_one(conn, chains[i], short_of)
        return [out[i] for i in range(len(chains))]

    def _resolve_one(self, conn: sqlite3.Connection, chain: Chain, short_of: str | None = None) -> str:
        # "Lt. Gen. Qais ..." and "Qais ..." are one name: titles never take part in matching
        if chain.type == "PERSON":
            chain = replace(chain, name=strip_titles(chain.name, self.titles),
                            names=list(dict.fromkeys(strip_titles(n, self.titles) for n in chain.names)))
        entity_id = None
        if chain.key and chain.key in self.pack.actors:
            entity_id = self._ensure_pack_entity(conn, chain.key)
        if entity_id is None:
            entity_id = self.match_pack(conn, chain) or short_of
        for step in (self.match, self.match_pack_fuzzy, self.match_fuzzy):
            if entity_id is None:
                entity_id = step(conn, chain)
        created = entity_id is None
        if created:
            entity_id = self.create(conn, chain)
        for name in chain.names:
            owners = self.pack_keys.get(alias_key(name), set())
            if owners and entity_id not in owners and not (created and name == chain.name):
                # "Baghdad" standing for Iraq's government is not a name of Iraq; but an entity
                # made from a name keeps it, or the next copy of the text makes another
                continue
            self.add_alias(conn, entity_id, name, "document")
        return entity_id

    def refresh(self, conn: sqlite3.Connection, entity_ids: list[str]) -> None:
        """Re-decide canonical name and type from every chain of each entity, so one
        document's mislabel or short form does not win. A pack actor keeps its name."""
        for entity_id in dict.fromkeys(entity_ids):
            chains = entities.chain_names(conn, entity_id)
            if not chains:
                continue
            types = Counter(t for _, t, _ in chains)
            type_ = max(types, key=lambda t: (types[t], -TYPE_PRIORITY.index(t)))
            pack_id = entities.pack_id(conn, entity_id)
            if pack_id and pack_id in self.pack.actors:
                actor = self.pack.actors[pack_id]
                name = actor.name
                type_ = type_ if type_ in actor.types else actor.type
            else:
                names = Counter(n for _, _, chain_names in chains for n in chain_names)
                name = max(names, key=lambda n: (_well_formed(n), names[n], len(name_parts(n).words), len(n)))
            entities.set_name_type(conn, entity_id, name, type_)

    def match_pack(self, conn: sqlite3.Connection, chain: Chain) -> str | None:
        """The one pack actor of a compatible type that a full name of the chain names.

        A one-word name counts only for a group the pack itself names with that one word
        ("Zêrevanî" for the pack's "Zerevani"): a lone word is otherwise a short form.
        """
        found: set[str] = set()
        for name in chain.names:
            one_word = len(name_parts(name).words) < 2
            if is_acronym(name) or (one_word and chain.type == "PERSON"):
                continue  # short forms and acronyms resolve through the knowledge base
            for actor_id in self.pack_keys.get(alias_key(name), ()):
                actor = self.pack.actors[actor_id]
                known_names = [n for n in actor.names if len(name_parts(n).words) < 2] if one_word \
                    else [*actor.names, *actor.kunyas]
                if compatible(actor.type, chain.type) and any(
                        self.matcher.same(name, known, person=chain.type == "PERSON")
                        for known in known_names):
                    found.add(actor_id)
        if len(found) == 1:
            return self._ensure_pack_entity(conn, found.pop())
        return None

    def match_pack_fuzzy(self, conn: sqlite3.Connection, chain: Chain) -> str | None:
        """The pack actor another spelling of whose names the chain uses, found by candidate
        key, when one actor clearly wins."""
        def candidates(name: str) -> list[dict]:
            found = {pair for key in self.keys(name) if len(self.pack_blocks.get(key, ())) <= 200
                     for pair in self.pack_blocks.get(key, ())}
            return [{"id": actor_id, "type": self.pack.actors[actor_id].type, "name": known}
                    for actor_id, known in sorted(found)]

        winner = self._winner(chain, candidates)
        return self._ensure_pack_entity(conn, winner) if winner else None

    def match(self, conn: sqlite3.Connection, chain: Chain) -> str | None:
        """An entity one of whose names is a spelling of the chain's longest names."""
        names = [n for n in chain.names if not is_acronym(n)] or chain.names
        names.sort(key=lambda n: -len(name_parts(n).words))
        person = chain.type == "PERSON"
        for name in names:
            key = alias_key(name)
            if not key:
                continue
            found = {r["id"] for r in entities.by_key(conn, key) if compatible(r["type"], chain.type)
                     and (is_acronym(name) or self.matcher.same(name, r["name"], person=person))}
            if len(found) == 1:
                return found.pop()
            if len(found) > 1:
                return None  # ambiguous: never merge by string alone
        return None

    def match_fuzzy(self, conn: sqlite3.Connection, chain: Chain) -> str | None:
        """Another spelling (transliteration, script, added middle name, acronym) of a name
        already known, looked up by every candidate key of the name; accepted only when one
        entity clearly wins."""
        return self._winner(chain, lambda name: entities.by_blocks(conn, self.keys(name)))

    def keys(self, name: str) -> list[str]:
        """A name's candidate keys, and those of its place's other names in the exonym table."""
        forms = (name, *self.matcher.other_names(name))
        return list(dict.fromkeys(key for form in forms for key in blocks(form)))

    def _winner(self, chain: Chain, candidates: Callable[[str], Iterable[Mapping]]) -> str | None:
        """The one candidate whose names best match the chain's full names or acronyms, if
        its score passes the threshold and no other comes within the margin. One word is a
        short form of a person or group, but the whole name of a place ("Bagdad")."""
        person = chain.type == "PERSON"
        place = TYPE_GROUPS.get(chain.type) == "place"
        scores: dict[str, float] = {}
        for name in chain.names:
            if not is_acronym(name) and not place and len(name_parts(name).words) < 2:
                continue
            for row in candidates(name):
                if not compatible(row["type"], chain.type):
                    continue
                score = self.matcher.similarity(name, row["name"], person=person)
                if score >= FUZZY_THRESHOLD:
                    scores[row["id"]] = max(scores.get(row["id"], 0.0), score)
        if not scores:
            return None
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < FUZZY_MARGIN:
            return None
        return ranked[0][0]

    def _ensure_pack_entity(self, conn: sqlite3.Connection, actor_id: str) -> str:
        if entities.exists(conn, actor_id):
            return actor_id
        actor = self.pack.actors[actor_id]
        entities.create(conn, actor.id, actor.name, actor.type, pack_id=actor.id)
        for name in (*actor.names, *actor.kunyas, *actor.acronyms, *actor.demonyms):
            self.add_alias(conn, actor.id, name, "pack")
        return actor_id

    def create(self, conn: sqlite3.Connection, chain: Chain) -> str:
        base = "_".join(fold(chain.name).split()) or "entity"
        entity_id, n = base, 1
        while entities.exists(conn, entity_id):
            n += 1
            entity_id = f"{base}_{n}"
        entities.create(conn, entity_id, chain.name, chain.type)
        return entity_id

    @staticmethod
    def add_alias(conn: sqlite3.Connection, entity_id: str, name: str, source: str) -> None:
        entities.add_alias(conn, entity_id, name, alias_key(name), block_key(name), source)


def _org_words(name: str) -> list[str]:
    return [w for w in fold(name).split() if w not in ARTICLES]


def _full_form(chain: Chain, chains: list[Chain]) -> int | None:
    """The index of the one other organisation chain of the document whose longest name
    holds all the words of this chain's name, in order; None if none or several."""
    if TYPE_GROUPS.get(chain.type) != "org" or is_acronym(chain.name):
        return None
    words = _org_words(chain.name)
    if len(words) < 2:
        return None
    found = set()
    for i, other in enumerate(chains):
        if other is chain or TYPE_GROUPS.get(other.type) != "org":
            continue
        for name in other.names:
            longer = _org_words(name)
            rest = iter(longer)
            if len(longer) > len(words) and all(w in rest for w in words):
                found.add(i)
    return found.pop() if len(found) == 1 else None
