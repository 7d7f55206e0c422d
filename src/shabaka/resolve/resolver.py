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

from anyascii import anyascii

from shabaka.model import Chain
from shabaka.names import ARTICLES, block_key, blocks, fold, is_acronym, name_key, name_parts, strip_titles
from shabaka.ontology import Pack
from shabaka.resolve.matching import NameMatcher
from shabaka.store import entities
from shabaka.store.pg import dialect

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
    return anyascii(name) if is_acronym(name) else name_key(name)  # "YBŞ" is "YBS"


class Resolver:
    """Resolves chains against one knowledge base, inside the caller's transaction."""

    def __init__(self, pack: Pack):
        self.pack = pack
        self.matcher = NameMatcher.from_pack(pack)
        self.titles = {fold(t) for t in pack.titles}
        self.honorifics = {fold(t) for t, kind in pack.titles.items() if kind == "honorific"}
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
        full = _full_forms(chains)
        chains = [self._untitled(chain) for chain in chains]
        out: dict[int, str] = {}
        self._seen = _Seen(conn, self._wanted(chains)) if _reads_ahead(conn) else None
        try:
            for i in sorted(range(len(chains)), key=lambda i: full[i] is not None):
                short_of = out.get(full[i]) if full[i] is not None else None
                out[i] = self._resolve_one(conn, chains[i], short_of)
        finally:
            self._seen = None
        return [out[i] for i in range(len(chains))]

    def _untitled(self, chain: Chain) -> Chain:
        """"Lt. Gen. Qais ..." and "Qais ..." are one name: titles never take part in matching."""
        if chain.type != "PERSON":
            return chain
        return replace(chain, name=strip_titles(chain.name, self.titles, self.honorifics),
                       names=list(dict.fromkeys(strip_titles(n, self.titles, self.honorifics)
                                                for n in chain.names)))

    def _wanted(self, chains: list[Chain]) -> tuple[list[str], list[str]]:
        """The alias keys a document's chains look up and the entity ids they may check."""
        keys = [alias_key(name) for chain in chains for name in chain.names]
        ids = [chain.key for chain in chains if chain.key in self.pack.actors]
        ids += [actor_id for key in keys for actor_id in sorted(self.pack_keys.get(key, ()))]
        ids += [_base_id(chain) for chain in chains]
        return [key for key in keys if key], ids

    def _resolve_one(self, conn: sqlite3.Connection, chain: Chain, short_of: str | None = None) -> str:
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
        names = []
        for name in chain.names:
            owners = self.pack_keys.get(alias_key(name), set())
            if owners and entity_id not in owners and not (created and name == chain.name):
                # "Baghdad" standing for Iraq's government is not a name of Iraq; but an entity
                # made from a name keeps it, or the next copy of the text makes another
                continue
            names.append(name)
        self._add_aliases(conn, entity_id, names, "document")
        return entity_id

    def refresh(self, conn: sqlite3.Connection, entity_ids: list[str]) -> None:
        """Re-decide canonical name and type from every chain of each entity, so one
        document's mislabel or short form does not win. A pack actor keeps its name."""
        tallies = entities.chain_types(conn, entity_ids)
        names_of = entities.chain_names(conn, [entity_id for entity_id, (pack_id, _) in tallies.items()
                                               if pack_id not in self.pack.actors])
        for entity_id, (pack_id, types) in tallies.items():
            if not types:
                continue
            type_ = max(types, key=lambda t: (types[t], -TYPE_PRIORITY.index(t)))
            if pack_id and pack_id in self.pack.actors:
                actor = self.pack.actors[pack_id]
                name = actor.name
                type_ = type_ if type_ in actor.types else actor.type
            else:
                names = Counter(n for chain_names in names_of[entity_id] for n in chain_names)
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

        winner = self._winner(chain, candidates, in_pack=True)
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
            found = {r["id"] for r in self._by_key(conn, key) if compatible(r["type"], chain.type)
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
        return self._winner(chain, lambda name: self._by_blocks(conn, self.keys(name)))

    def keys(self, name: str) -> list[str]:
        """A name's candidate keys, and those of its place's other names in the exonym table."""
        forms = (name, *self.matcher.other_names(name))
        return list(dict.fromkeys(key for form in forms for key in blocks(form)))

    def _winner(self, chain: Chain, candidates: Callable[[str], Iterable[Mapping]], in_pack: bool = False
                ) -> str | None:
        """The one candidate whose names best match the chain's full names or acronyms, if
        its score passes the threshold and no other comes within the margin. One word is a
        short form of a person or group, but the whole name of a place ("Bagdad"), and a
        group's one word may be another spelling of a one-word name ("Daesh", "داعش")."""
        person = chain.type == "PERSON"
        place = TYPE_GROUPS.get(chain.type) == "place"
        # a name the text spells out decides: an acronym or initials fit many ("Falcons Intelligence
        # Cell (FIC)" is not the Federal Integrity Commission, "Sinjar Joint Command" not the SJC)
        spelt = any(not is_acronym(name) and len(name_parts(name).words) >= 2 for name in chain.names)
        scores: dict[str, float] = {}
        for name in chain.names:
            one_word = not is_acronym(name) and not place and len(name_parts(name).words) < 2
            if one_word and person or spelt and is_acronym(name):
                continue
            for row in candidates(name):
                if not compatible(row["type"], chain.type) or one_word and (
                        is_acronym(row["name"]) or len(name_parts(row["name"]).words) >= 2):
                    continue  # a group's one word is a short form, but of no other one-word name
                if spelt and in_pack and is_acronym(row["name"]):
                    continue  # the pack spells its actors out: their acronyms only meet acronyms
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
        if self._exists(conn, actor_id):
            return actor_id
        actor = self.pack.actors[actor_id]
        self._create(conn, actor.id, actor.name, actor.type, pack_id=actor.id)
        names = [*actor.names, *actor.kunyas, *actor.acronyms, *actor.demonyms]
        self._add_aliases(conn, actor.id, names, "pack")
        return actor_id

    def create(self, conn: sqlite3.Connection, chain: Chain) -> str:
        base = _base_id(chain)
        entity_id, n = base, 1
        while self._exists(conn, entity_id):
            n += 1
            entity_id = f"{base}_{n}"
        self._create(conn, entity_id, chain.name, chain.type)
        return entity_id

    @staticmethod
    def add_alias(conn: sqlite3.Connection, entity_id: str, name: str, source: str) -> None:
        entities.add_aliases(conn, [(entity_id, name, alias_key(name), block_key(name), source)])

    def _add_aliases(self, conn: sqlite3.Connection, entity_id: str, names: list[str], source: str) -> None:
        """An entity's new names, in one statement (a pack actor has dozens)."""
        new = [name for name in names if self._seen is None or self._seen.add_alias(entity_id, name)]
        entities.add_aliases(conn, [(entity_id, name, alias_key(name), block_key(name), source)
                                    for name in new])

    # Reads go through what this resolve() call has seen (_Seen) when one is running, else to the store.
    _seen: _Seen | None = None

    def _exists(self, conn: sqlite3.Connection, entity_id: str) -> bool:
        if self._seen is None:
            return entities.exists(conn, entity_id)
        return self._seen.exists(entity_id)

    def _create(self, conn: sqlite3.Connection, entity_id: str, name: str, type_: str,
                pack_id: str | None = None) -> None:
        entities.create(conn, entity_id, name, type_, pack_id=pack_id)
        if self._seen is not None:
            self._seen.types[entity_id] = type_

    def _by_key(self, conn: sqlite3.Connection, key: str) -> list[dict]:
        if self._seen is None:
            return entities.by_key(conn, key)
        return self._seen.by_key(key)

    def _by_blocks(self, conn: sqlite3.Connection, keys: list[str]) -> list[dict]:
        """The aliases sharing a candidate key with a name, each (id, name) once."""
        found = self._seen.by_blocks(keys) if self._seen is not None else entities.by_blocks(conn, keys)
        rows: dict[tuple[str, str], dict] = {}
        for key in keys:
            rows.update(((r["id"], r["name"]), r) for r in found[key] or ())
        return list(rows.values())


class _Seen:
    """What one resolve() call has read from the knowledge base, kept in step with its own
    writes: a document's alias keys and entity ids are read in one query, a name's candidate
    keys in one more, and an alias the store already holds is not written again. It lives no
    longer than the call, inside the caller's write transaction, so no other writer can make
    it stale (a resolver kept across documents would need to learn of theirs)."""

    def __init__(self, conn: sqlite3.Connection, wanted: tuple[list[str], list[str]]):
        self.conn = conn
        keys, ids = wanted
        self.keys, self.types = entities.known(conn, keys, ids) if keys or ids else ({}, {})
        self.absent = set(ids) - set(self.types)
        self.blocks: dict[str, list[dict] | None] = {}
        self._learn(self.keys)

    def exists(self, entity_id: str) -> bool:
        if entity_id not in self.types and entity_id not in self.absent:
            type_ = entities.type_of(self.conn, entity_id)
            if type_ is None:
                self.absent.add(entity_id)
            else:
                self.types[entity_id] = type_
        return entity_id in self.types

    def by_key(self, key: str) -> list[dict]:
        if key not in self.keys:
            self.keys.update(self._learn(entities.known(self.conn, [key], [])[0]))
        return self.keys[key]

    def by_blocks(self, keys: list[str]) -> dict[str, list[dict] | None]:
        missing = [key for key in keys if key not in self.blocks]
        if missing:
            self.blocks.update(self._learn(entities.by_blocks(self.conn, missing)))
        return self.blocks

    def _learn(self, found: dict[str, list[dict] | None]) -> dict[str, list[dict] | None]:
        """The entities' types, from rows just read."""
        self.types.update((r["id"], r["type"]) for rows in found.values() for r in rows or ())
        return found

    def add_alias(self, entity_id: str, name: str) -> bool:
        """Record an alias about to be written; False when the store already holds it."""
        key = alias_key(name)
        name_blocks = blocks(name) if self.blocks else ()
        if key in self.keys:
            held = [r for r in self.keys[key] if r["name"] == name]
        else:  # every alias of that name, from a candidate key of it read in full
            held = next(([r for r in rows if r["name"] == name] for block in name_blocks
                         if (rows := self.blocks.get(block)) is not None), None)
        if held is not None and any(r["id"] == entity_id for r in held):
            return False
        type_ = self.types.get(entity_id)
        row = {"id": entity_id, "type": type_, "name": name}
        for table, names_key in ((self.keys, key), *((self.blocks, b) for b in name_blocks)):
            if names_key not in table:
                continue
            if type_ is None:  # an entity of a type not read here: read its rows again when asked
                del table[names_key]
            elif table is self.keys:
                table[names_key].append(row)
            elif table[names_key] is not None:
                table[names_key].append(row)
                if len(table[names_key]) >= entities.BLOCK_LIMIT:
                    table[names_key] = None
        return True


def _reads_ahead(conn: sqlite3.Connection) -> bool:
    """Read a document's alias keys and entities before its first chain only where each read
    costs a round trip (PostgreSQL): SQLite's reads are calls into a library, and reading what
    a chain may not need cost it more than it saved (a tenth more time for one-name documents)."""
    return dialect(conn) == "postgresql"


def _base_id(chain: Chain) -> str:
    """A new entity's id: its name's folded words (a number follows when taken)."""
    return "_".join(fold(chain.name).split()) or "entity"


def _org_words(name: str) -> list[str]:
    return [w for w in fold(name).split() if w not in ARTICLES]


def _full_forms(chains: list[Chain]) -> list[int | None]:
    """For each chain, the index of the one other organisation chain of the document whose
    longest name holds all the words of this chain's name, in order; None if none or several.
    Each name's words are read once, not once for every chain they are compared with."""
    orgs = [TYPE_GROUPS.get(chain.type) == "org" for chain in chains]
    names_words = [[_org_words(name) for name in chain.names] if org else None
                   for chain, org in zip(chains, orgs, strict=True)]
    out: list[int | None] = []
    for chain, org in zip(chains, orgs, strict=True):
        words = _org_words(chain.name) if org and not is_acronym(chain.name) else []
        if len(words) < 2:
            out.append(None)
            continue
        found = set()
        for i, other in enumerate(chains):
            if other is chain or names_words[i] is None:
                continue
            for longer in names_words[i]:
                rest = iter(longer)
                if len(longer) > len(words) and all(w in rest for w in words):
                    found.add(i)
        out.append(found.pop() if len(found) == 1 else None)
    return out
