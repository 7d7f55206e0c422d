"""Load and validate the ontology and the domain packs.

Both are YAML data; everything here checks them once, on load, and turns a
mistake into a ConfigError that names the file and the entry at fault.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from shabaka.errors import ConfigError
from shabaka.names import fold, given_name_form

HERE = Path(__file__).parent
PACK_DIR = HERE / "packs"
ALWAYS_PACKS = ("core", "world")
DEFAULT_PACKS = ("iraq",)
_ID = re.compile(r"^[a-z0-9][a-z0-9_]*$")


@dataclass(frozen=True, slots=True)
class RelationType:
    name: str
    subject: frozenset[str]
    object: frozenset[str]
    symmetric: bool = False
    functional: bool = False
    inverse_functional: bool = False
    description: str = ""


@dataclass(frozen=True, slots=True)
class Ontology:
    """Entity, relation and event types; what extraction may emit."""

    entity_types: tuple[str, ...]
    relations: dict[str, RelationType]
    event_types: tuple[str, ...]
    event_roles: tuple[str, ...]

    def allows(self, relation: str, subject_type: str, object_type: str) -> bool:
        rel = self.relations.get(relation)
        return rel is not None and subject_type in rel.subject and object_type in rel.object

    @property
    def symmetric(self) -> frozenset[str]:
        return frozenset(name for name, rel in self.relations.items() if rel.symmetric)


# libyaml's parser where PyYAML has it: the same data, ~6x faster on the packs every command reads
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LOADER(_FAST_LOADER):  # type: ignore[misc, valid-type]
    """A key written twice in one mapping is an error, not the last one silently winning (two
    word classes of one name once merged that way)."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}",
                                                        key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid YAML ({exc})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    return data


@cache
def load_ontology(path: Path = HERE / "ontology.yaml") -> Ontology:
    data = _read_yaml(path)
    types = tuple(data.get("entity_types") or ())
    groups = {name: list(members) for name, members in (data.get("groups") or {}).items()}

    def expand(names: list[str], where: str) -> frozenset[str]:
        out: set[str] = set()
        for name in names:
            if name in groups:
                out.update(groups[name])
            elif name in types:
                out.add(name)
            else:
                raise ConfigError(f"{path}: {where} names unknown type or group {name!r}")
        return frozenset(out)

    relations = {}
    for name, spec in (data.get("relations") or {}).items():
        relations[name] = RelationType(
            name=name,
            subject=expand(spec.get("subject", []), f"relation {name} subject"),
            object=expand(spec.get("object", []), f"relation {name} object"),
            symmetric=bool(spec.get("symmetric", False)),
            functional=bool(spec.get("functional", False)),
            inverse_functional=bool(spec.get("inverse_functional", False)),
            description=spec.get("description", ""),
        )
    if not types or not relations:
        raise ConfigError(f"{path}: needs entity_types and relations")
    return Ontology(
        entity_types=types,
        relations=relations,
        event_types=tuple(data.get("event_types") or ()),
        event_roles=tuple(data.get("event_roles") or ()),
    )


@dataclass(frozen=True, slots=True)
class PackActor:
    """An actor the domain pack knows by name, with every name it goes by."""

    id: str
    name: str
    types: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    kunyas: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    brigades: tuple[int, ...] = ()
    capital: str | None = None
    part_of: str | None = None
    forces_of: str | None = None  # a country whose "<demonym> forces" this body is
    note: str = ""
    pack: str = ""

    @property
    def type(self) -> str:
        return self.types[0]

    @property
    def names(self) -> tuple[str, ...]:
        """Full names (canonical first), not acronyms or demonyms."""
        return (self.name, *self.aliases)


WORD_CLASSES = (
    "indefinite", "member_qualifiers", "deputy_words", "group_posts", "role_qualifiers", "unit_words",
    "part_nouns", "successor_nouns",
    "noun_hostile", "control_nouns", "killing_nouns", "generic_heads", "launch_verbs", "command_nouns",
    "group_nouns", "non_state_heads", "aid_nouns", "person_nouns", "list_prepositions", "partner_verbs",
    "opposing_prefixes", "taking_verbs", "non_assertive_verbs", "hostile_with_verbs", "freeing_verbs",
    "founding_nouns", "founding_governors", "composition_verbs", "people_nouns", "holding_verbs",
    "severing_verbs", "exchanging_verbs", "fire_nouns", "post_verbs", "appointing_verbs", "taking_part_verbs",
    "belief_verbs", "violent_verbs", "decree_nouns", "facility_words", "local_rulers", "town_rulers",
    "chart_nouns", "operation_nouns", "together_words", "place_nouns", "list_nouns", "quantity_words",
    "against_verbs", "sanction_nouns", "territory_verbs", "collective_nouns", "reporting_verbs",
    "contest_verbs", "contest_words", "civil_pact_words",
    "capture_verbs", "civilian_roles", "state_office_roles", "stance_nouns", "state_nouns", "service_roles",
    "military_sites", "service_words", "retaking_verbs", "naming_verbs", "commenting_verbs", "leaving_verbs",
    "non_state_fields", "partial_words", "defending_verbs", "using_verbs", "adding_verbs",
    "aligning_prefixes", "moving_verbs", "posted_roles", "attempting_verbs", "armed_kinds", "wanting_nouns",
    "clearing_verbs", "driving_verbs", "merging_verbs", "time_adverbs", "kind_nouns",
    "answering_verbs", "receiving_verbs", "held_ground_nouns", "count_nouns", "falling_verbs",
    "accusing_verbs", "fighter_nouns", "engaging_verbs", "weapon_nouns", "threat_nouns", "reciprocal_verbs",
    "pact_verbs", "being_verbs", "posing_verbs", "political_verbs",
    "achieving_verbs", "sub_body_nouns", "delegation_nouns", "standing_nouns", "relying_verbs",
    "belonging_verbs", "hostile_adjectives", "community_words", "victory_nouns", "media_nouns",
    "taking_nouns", "quoting_verbs", "comrade_nouns", "arrest_verbs", "countering_verbs", "arms_nouns",
    "near_miss_words", "succession_words",
    "field_qualifiers",
    "status_labels", "post_labels", "judicial_words", "post_nouns",
    "imposing_verbs", "passing_verbs",
    "taking_part_nouns", "direction_words", "follower_nouns",
    "city_parts", "fearing_verbs", "cover_nouns", "unit_verbs", "giving_verbs", "shipping_verbs",
    "false_words", "strike_nouns", "prospective_words", "state_bodies", "denying_verbs",
    "seat_verbs", "quitting_verbs", "land_nouns", "country_nouns", "war_states", "joining_objects",
    "capacity_nouns", "firing_verbs", "sending_verbs", "banning_verbs", "banned_activities",
    "named_part_nouns", "munition_nouns", "helping_verbs", "affiliate_nouns",
    "ranks_verbs", "compound_title_heads", "past_words", "peer_nouns", "admitting_verbs", "conspiring_verbs",
    "attempt_words", "listing_verbs",
)
NOUN_HOLDERS = ("owner", "member")
FIELD_SUBJECTS = ("box", "value")  # "Leader: X" makes the value the subject; "Parent: Y" the box


@dataclass(slots=True)
class RelationWording:
    """How a language states relations, by construction: the relation rules' words, as data."""

    verbs: dict[str, str] = field(default_factory=dict)
    hyphen_words: dict[str, str] = field(default_factory=dict)
    pair_nouns: dict[str, str] = field(default_factory=dict)
    relation_nouns: dict[str, tuple[str, str]] = field(default_factory=dict)
    field_labels: dict[str, tuple[str, str]] = field(default_factory=dict)
    words: dict[str, set[str]] = field(default_factory=lambda: {name: set() for name in WORD_CLASSES})


def _parse_wording(data: Any, path: str | Path, ontology: Ontology, into: RelationWording) -> None:
    if not data:
        return
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: relation_wording must be a mapping")
    for part in ("verbs", "hyphen_words", "pair_nouns"):
        for relation, words in (data.get(part) or {}).items():
            if relation not in ontology.relations:
                raise ConfigError(f"{path}: relation_wording {part} names unknown relation {relation!r}")
            for word in words or []:
                getattr(into, part)[str(word).lower()] = relation
    # a word and the relation it states, with which side of it the word names
    for part, sides in (("relation_nouns", NOUN_HOLDERS), ("field_labels", FIELD_SUBJECTS)):
        for word, spec in (data.get(part) or {}).items():
            if not isinstance(spec, list) or len(spec) != 2 or spec[0] not in ontology.relations \
                    or spec[1] not in sides:
                raise ConfigError(f"{path}: relation_wording {part} {word!r} needs "
                                  f"[relation, {'|'.join(sides)}], not {spec!r}")
            getattr(into, part)[str(word).lower()] = (spec[0], spec[1])
    for name, words in (data.get("words") or {}).items():
        if name not in WORD_CLASSES:
            raise ConfigError(f"{path}: relation_wording words has unknown class {name!r}; "
                              f"use one of {', '.join(WORD_CLASSES)}")
        into.words[name].update(str(w).lower() for w in words or [])
    unknown = set(data) - {"verbs", "hyphen_words", "pair_nouns", "relation_nouns", "field_labels", "words"}
    if unknown:
        raise ConfigError(f"{path}: relation_wording has unknown part(s) {', '.join(sorted(unknown))}")


@dataclass(slots=True)
class Pack:
    """All loaded packs merged: actors, titles, role words and trigger words."""

    names: list[str] = field(default_factory=list)
    actors: dict[str, PackActor] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    wording: RelationWording = field(default_factory=lambda: RelationWording())
    event_triggers: dict[str, list[str]] = field(default_factory=dict)
    not_names: set[str] = field(default_factory=set)
    country_leader_roles: set[str] = field(default_factory=set)
    given_names: set[str] = field(default_factory=set)
    given_name_groups: dict[str, int] = field(default_factory=dict)
    generic_words: set[str] = field(default_factory=set)
    place_kinds: dict[str, str] = field(default_factory=dict)
    lookalikes: list[list[list[str]]] = field(default_factory=list)
    # holder id -> (title, state id, relation): "Prime Minister X" leads the state the text leaves
    # unnamed, "Vice President X" is one of its members
    offices: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)
    exonyms: list[list[str]] = field(default_factory=list)
    # actor id -> the strike or raid that killed it with other known actors ("2020-01-03 qasem_soleimani")
    killed_together: dict[str, str] = field(default_factory=dict)
    name_heads: dict[str, str] = field(default_factory=dict)
    name_tails: dict[str, str] = field(default_factory=dict)
    force_words: set[str] = field(default_factory=set)
    name_nouns: set[str] = field(default_factory=set)
    # a word of a group's name -> every spelling of it ("hezbollah" -> Hezbollah, Hizballah, ...)
    name_word_variants: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # a folded Arabic head word of a group's name -> the English words that translate it
    name_translations: dict[str, frozenset[str]] = field(default_factory=dict)
    # a country's name or demonym, lower case -> the country's id ("turkish" -> turkey)
    country_words: dict[str, str] = field(default_factory=dict)


def _as_tuple(value: Any) -> tuple:
    if value is None:
        return ()
    if isinstance(value, (list, tuple)):
        return tuple(value)
    return (value,)


def _parse_actor(raw: Any, where: str, ontology: Ontology, pack_name: str) -> PackActor:
    if not isinstance(raw, dict) or "id" not in raw or "name" not in raw:
        raise ConfigError(f"{where}: an actor needs at least 'id' and 'name'")
    actor_id = str(raw["id"])
    if not _ID.match(actor_id):
        raise ConfigError(f"{where}: actor id {actor_id!r} must be lowercase ASCII words joined by _")
    types = tuple(str(t) for t in _as_tuple(raw.get("type")))
    if not types or any(t not in ontology.entity_types for t in types):
        raise ConfigError(
            f"{where}: actor {actor_id} has type {raw.get('type')!r}; "
            f"use one or more of {', '.join(ontology.entity_types)}"
        )
    try:
        brigades = tuple(int(b) for b in _as_tuple(raw.get("brigades")))
    except (TypeError, ValueError):
        raise ConfigError(f"{where}: actor {actor_id} brigades must be numbers") from None
    return PackActor(
        id=actor_id,
        name=str(raw["name"]),
        types=types,
        aliases=tuple(str(a) for a in _as_tuple(raw.get("aliases"))),
        acronyms=tuple(str(a) for a in _as_tuple(raw.get("acronyms"))),
        kunyas=tuple(str(a) for a in _as_tuple(raw.get("kunyas"))),
        demonyms=tuple(str(a) for a in _as_tuple(raw.get("demonyms"))),
        brigades=brigades,
        capital=raw.get("capital"),
        part_of=raw.get("part_of"),
        forces_of=raw.get("forces_of"),
        note=str(raw.get("note", "")),
        pack=pack_name,
    )


def _merge_actor(old: PackActor, new: PackActor) -> PackActor:
    """A later pack may add names to an actor an earlier pack defined."""

    def union(a: tuple, b: tuple) -> tuple:
        return tuple(dict.fromkeys((*a, *b)))

    return PackActor(
        id=old.id,
        name=old.name,
        types=union(old.types, new.types),
        aliases=union(old.aliases, new.aliases),
        acronyms=union(old.acronyms, new.acronyms),
        kunyas=union(old.kunyas, new.kunyas),
        demonyms=union(old.demonyms, new.demonyms),
        brigades=union(old.brigades, new.brigades),
        capital=old.capital or new.capital,
        part_of=old.part_of or new.part_of,
        forces_of=old.forces_of or new.forces_of,
        note=old.note or new.note,
        pack=old.pack,
    )


def pack_paths(extra: list[Path] | None = None, *, default_packs: bool = True) -> list[Path]:
    """The pack files a run loads: always core and world, the defaults, then the user's."""
    names = list(ALWAYS_PACKS) + (list(DEFAULT_PACKS) if default_packs else [])
    return [PACK_DIR / f"{name}.yaml" for name in names] + list(extra or [])


def load_packs(paths: list[Path], ontology: Ontology | None = None) -> Pack:
    """Merge pack files in order; validate ids, types, references and lexicons."""
    ontology = ontology or load_ontology()
    pack = Pack()
    for path in paths:
        data = _read_yaml(Path(path))
        name = str(data.get("name") or Path(path).stem)
        pack.names.append(name)
        for i, raw in enumerate(data.get("actors") or []):
            actor = _parse_actor(raw, f"{path}: actors[{i}]", ontology, name)
            if actor.id in pack.actors:
                if pack.actors[actor.id].pack == name:
                    raise ConfigError(f"{path}: actor id {actor.id!r} appears twice")
                actor = _merge_actor(pack.actors[actor.id], actor)
            pack.actors[actor.id] = actor
        for i, raw in enumerate(data.get("titles") or []):
            if not isinstance(raw, dict) or "text" not in raw:
                raise ConfigError(f"{path}: titles[{i}] needs 'text' (and 'kind')")
            pack.titles[str(raw["text"])] = str(raw.get("kind", "title"))
        for relation, words in (data.get("roles") or {}).items():
            if relation not in ontology.relations:
                raise ConfigError(f"{path}: roles name unknown relation {relation!r}")
            for word in words:
                pack.roles[str(word).lower()] = relation
        triggers = data.get("triggers") or {}
        if "relations" in triggers:
            raise ConfigError(f"{path}: relation words go under relation_wording (see core.yaml)")
        _parse_wording(data.get("relation_wording"), path, ontology, pack.wording)
        for event_type, words in (triggers.get("events") or {}).items():
            if event_type not in ontology.event_types:
                raise ConfigError(f"{path}: triggers name unknown event type {event_type!r}")
            pack.event_triggers.setdefault(event_type, []).extend(str(w) for w in words)
        pack.not_names.update(str(w).lower() for w in data.get("not_names") or [])
        pack.country_leader_roles.update(str(w).lower() for w in data.get("country_leader_roles") or [])
        pack.given_names.update(str(w).lower() for w in data.get("given_names") or [])
        for group in data.get("given_name_variants") or []:
            number = len(pack.given_name_groups)
            for variant in group:
                pack.given_name_groups.setdefault(given_name_form(str(variant)), number)
        pack.generic_words.update(str(w) for w in data.get("generic_name_words") or [])
        pack.force_words.update(str(w).lower() for w in data.get("force_words") or [])
        pack.name_nouns.update(str(w).lower() for w in data.get("name_nouns") or [])
        for group in data.get("name_word_variants") or []:
            spellings = tuple(dict.fromkeys(str(w) for w in group))
            pack.name_word_variants.update({w.lower(): spellings for w in spellings})
        for i, raw in enumerate(data.get("name_word_translations") or []):
            if not isinstance(raw, dict) or not {"arabic", "english"} <= set(raw):
                raise ConfigError(f"{path}: name_word_translations[{i}] needs 'arabic' and 'english'")
            english = frozenset(fold(str(w)) for w in _as_tuple(raw["english"]))
            for word in _as_tuple(raw["arabic"]):
                key = fold(str(word))
                pack.name_translations[key] = pack.name_translations.get(key, frozenset()) | english
        for kind, words in (data.get("place_kinds") or {}).items():
            pack.place_kinds.update({str(w): str(kind) for w in words})
        for i, group in enumerate(data.get("lookalikes") or []):
            if not isinstance(group, list) or len(group) < 2:
                raise ConfigError(f"{path}: lookalikes[{i}] must list two or more actors")
            pack.lookalikes.append([[str(n) for n in _as_tuple(member)] for member in group])
        for i, raw in enumerate(data.get("offices") or []):
            if not isinstance(raw, dict) or not {"of", "titles", "holders"} <= set(raw):
                raise ConfigError(f"{path}: offices[{i}] needs 'of', 'titles' and 'holders'")
            relation = str(raw.get("relation", "leads"))
            if relation not in {"leads", "member_of"}:
                raise ConfigError(f"{path}: offices[{i}] relation is leads or member_of, not {relation!r}")
            for actor_id in (raw["of"], *_as_tuple(raw["holders"])):
                if str(actor_id) not in pack.actors:
                    raise ConfigError(f"{path}: offices[{i}] names {actor_id!r}, "
                                      "no actor of this or an earlier pack")
            for holder in _as_tuple(raw["holders"]):
                pack.offices.setdefault(str(holder), []).extend(
                    (str(title).lower(), str(raw["of"]), relation) for title in _as_tuple(raw["titles"]))
        for i, raw in enumerate(data.get("killed_together") or []):
            victims = _as_tuple(raw.get("victims")) if isinstance(raw, dict) else ()
            if len(victims) < 2 or not raw.get("date"):
                raise ConfigError(f"{path}: killed_together[{i}] needs a 'date' and two or more 'victims'")
            for actor_id in victims:
                if str(actor_id) not in pack.actors:
                    raise ConfigError(f"{path}: killed_together[{i}] names {actor_id!r}, "
                                      "no actor of this or an earlier pack")
            pack.killed_together.update({str(v): f"{raw['date']} {victims[0]}" for v in victims})
        for i, group in enumerate(data.get("exonyms") or []):
            if not isinstance(group, list) or len(group) < 2:
                raise ConfigError(f"{path}: exonyms[{i}] must list two or more names of one place")
            pack.exonyms.append([str(n) for n in group])
        structure = data.get("name_structure") or {}
        for part, target in (("heads", pack.name_heads), ("tails", pack.name_tails)):
            for type_, words in (structure.get(part) or {}).items():
                if type_ not in ontology.entity_types:
                    raise ConfigError(f"{path}: name_structure {part} names unknown type {type_!r}")
                for word in words:
                    target[str(word)] = type_
    for actor in pack.actors.values():
        if actor.part_of and actor.part_of not in pack.actors:
            raise ConfigError(f"actor {actor.id}: part_of names unknown actor {actor.part_of!r}")
        country = pack.actors.get(actor.forces_of) if actor.forces_of else None
        if actor.forces_of and (country is None or country.type != "COUNTRY"):
            raise ConfigError(f"actor {actor.id}: forces_of must name a country actor, "
                              f"not {actor.forces_of!r}")
    pack.country_words = {n.lower(): a.id for a in pack.actors.values() if a.type == "COUNTRY"
                          for n in (*a.names, *a.demonyms)}
    return pack
