"""Analysts' judgements over resolution: merge, split, rename, retype, distinct, undo.

Each is recorded (who, when, what it moved) in `overrides`, applied at once,
re-applied after every ingest so that re-resolution never loses it, and can
be undone. `candidates` proposes likely duplicates for review.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from itertools import combinations
from types import MappingProxyType

from shabaka.errors import Conflict, NotFound, UsageError
from shabaka.names import blocks, fold, name_parts, skeleton
from shabaka.ontology import Pack
from shabaka.resolve.matching import NameMatcher, words_agree
from shabaka.resolve.resolver import compatible
from shabaka.store import judgements as store
from shabaka.store.queries import exact_entity

ENTITY_TYPES = ("PERSON", "ARMED_GROUP", "STATE_BODY", "ORGANIZATION", "COUNTRY", "PLACE")


def _entity(conn: sqlite3.Connection, ref: str) -> dict:
    """A change names its entity exactly: never the best of several guesses."""
    return exact_entity(conn, ref)


def _distinct_pairs(conn: sqlite3.Connection) -> set[frozenset[str]]:
    return {frozenset((j["payload"]["a"], j["payload"]["b"]))
            for j in store.active(conn) if j["action"] == "distinct"}


def merge(conn: sqlite3.Connection, a: str, b: str, *, author: str, force: bool = False) -> int:
    """Entity `a` becomes part of `b`: its chains and names move to `b`.

    Entities of incompatible types (a person and an armed group) are merged only with `force`.
    """
    source, target = _entity(conn, a), _entity(conn, b)
    if source["id"] == target["id"]:
        raise UsageError(f"{a!r} and {b!r} are already the same entity ({source['id']})")
    if not force and not compatible(source["type"], target["type"]):
        raise Conflict(f"{source['name']} is a {source['type']} and {target['name']} a {target['type']}; "
                        "merge them anyway with --force (force=true)", [source["id"], target["id"]])
    if frozenset((source["id"], target["id"])) in _distinct_pairs(conn):
        raise UsageError(f"{source['name']} and {target['name']} were judged different; "
                         "undo that judgement first")
    chains = [(d, c) for d, c, _ in store.chains_of(conn, source["id"])]
    judgement = store.record(conn, "merge", {"source": source["id"], "target": target["id"],
                                             "chains": chains}, author)
    _apply(conn, {"action": "merge", "payload": {"source": source["id"], "target": target["id"]}})
    return judgement


def split(conn: sqlite3.Connection, ref: str, names: list[str], *, author: str) -> tuple[int, str]:
    """Chains of `ref` that use any of `names` become a new entity."""
    entity = _entity(conn, ref)
    wanted = {fold(n) for n in names}
    moving = [(d, c) for d, c, chain_names in store.chains_of(conn, entity["id"])
              if wanted & {fold(n) for n in chain_names}]
    if not moving:
        raise UsageError(f"no mention of {entity['name']} uses {', '.join(names)}; "
                         f"see 'shabaka show {entity['id']}' for its names")
    new_id = f"{entity['id']}_split"
    n = 1
    while store.entity_row(conn, new_id):
        n += 1
        new_id = f"{entity['id']}_split{n}"
    payload = {"entity": entity["id"], "new": new_id, "names": names, "chains": moving,
               "name": names[0], "type": entity["type"]}
    judgement = store.record(conn, "split", payload, author)
    _apply(conn, {"action": "split", "payload": payload})
    return judgement, new_id


def rename(conn: sqlite3.Connection, ref: str, name: str, *, author: str) -> int:
    entity = _entity(conn, ref)
    payload = {"entity": entity["id"], "name": name, "old": entity["name"]}
    judgement = store.record(conn, "rename", payload, author)
    _apply(conn, {"action": "rename", "payload": payload})
    return judgement


def retype(conn: sqlite3.Connection, ref: str, type_: str, *, author: str) -> int:
    if type_ not in ENTITY_TYPES:
        raise UsageError(f"unknown type {type_!r}; use one of {', '.join(ENTITY_TYPES)}")
    entity = _entity(conn, ref)
    payload = {"entity": entity["id"], "type": type_, "old": entity["type"]}
    judgement = store.record(conn, "retype", payload, author)
    _apply(conn, {"action": "retype", "payload": payload})
    return judgement


def distinct(conn: sqlite3.Connection, a: str, b: str, *, author: str) -> int:
    """Record that two entities are not the same: no merge of the two is proposed or made."""
    first, second = _entity(conn, a), _entity(conn, b)
    if first["id"] == second["id"]:
        raise UsageError(f"{a!r} and {b!r} are one entity; split it first")
    return store.record(conn, "distinct", {"a": first["id"], "b": second["id"]}, author)


def judge_claim(conn: sqlite3.Connection, ref: str, verdict: str, *, author: str) -> tuple[int, dict]:
    """Accept or reject the claim whose id is or begins with `ref` (as `shabaka claims` shows it).

    Nothing is rewritten: analysis reads the verdict through `store.admit`, so it holds
    after re-ingest and undo only has to mark the judgement undone.
    """
    action = {"accept": "accept_claim", "reject": "reject_claim"}[verdict]
    ids = store.claim_ids(conn, ref)
    if not ids:
        raise NotFound(f"no claim {ref!r}; list them with 'shabaka claims'")
    if len(ids) > 1:
        raise Conflict(f"{ref!r} begins the ids of several claims: {', '.join(ids)}; "
                       "give more of the id", ids)
    key = store.claim_key(conn, ids[0])
    if key is None:
        raise NotFound(f"claim {ids[0]} has no resolved subject or object to judge")
    return store.record(conn, action, key, author), key


def undo(conn: sqlite3.Connection, judgement_id: int | None = None, *,
         together: Mapping[str, str] = MappingProxyType({})) -> dict:
    """Undo one judgement (the latest active one by default) and restore what it changed;
    `together` is the pack's `killed_together`, for relinking events."""
    active = store.active(conn)
    if not active:
        raise NotFound("there is no judgement to undo")
    if judgement_id is None:
        judgement = active[-1]
    else:
        judgement = next((j for j in active if j["id"] == judgement_id), None)
        if judgement is None:
            raise NotFound(f"no active judgement {judgement_id}; list them with 'shabaka judgements'")
    p = judgement["payload"]
    if judgement["action"] == "merge":
        store.move_chains(conn, [tuple(c) for c in p["chains"]], p["source"])
        store.remove_copied_aliases(conn, p["source"], p["target"])
    elif judgement["action"] == "split":
        store.move_all_chains(conn, p["new"], p["entity"])
    elif judgement["action"] == "rename":
        store.set_entity(conn, p["entity"], name=p["old"])
    elif judgement["action"] == "retype":
        store.set_entity(conn, p["entity"], type_=p["old"])
    elif judgement["action"] == "event_detach":
        from shabaka.analyze.happenings import rejoin

        rejoin(conn, p)
    store.mark_undone(conn, judgement["id"])
    reapply(conn)
    if judgement["action"].startswith("event_"):
        from shabaka.analyze.happenings import link_events

        link_events(conn, together)  # the reports go back to how the linker joins them
    return judgement


APPLIED = ("merge", "split", "rename", "retype")


def reapply(conn: sqlite3.Connection) -> None:
    """Apply every active judgement that changes resolution again, in order; called after
    each ingest (records of provenance, such as imports, need nothing re-applied)."""
    for judgement in store.active(conn, APPLIED):
        _apply(conn, judgement)


def _apply(conn: sqlite3.Connection, judgement: dict) -> None:
    p = judgement["payload"]
    action = judgement["action"]
    if action == "merge":
        store.copy_aliases(conn, p["source"], p["target"])
        store.move_all_chains(conn, p["source"], p["target"])
    elif action == "split":
        store.ensure_entity(conn, p["new"], p["name"], p["type"])
        wanted = {fold(n) for n in p["names"]}
        moving = [(d, c) for d, c, names in store.chains_of(conn, p["entity"])
                  if wanted & {fold(n) for n in names}]
        store.move_chains(conn, moving, p["new"])
    elif action == "rename":
        store.set_entity(conn, p["entity"], name=p["name"])
    elif action == "retype":
        store.set_entity(conn, p["entity"], type_=p["type"])


def list_judgements(conn: sqlite3.Connection) -> list[dict]:
    return store.all_judgements(conn)


def candidates(conn: sqlite3.Connection, pack: Pack | None = None, limit: int = 50) -> list[dict]:
    """Likely duplicates the resolver kept apart, best first, with the reasons, for an analyst.

    Entities meet through the candidate keys of their names (word skeletons, initials),
    so the cost stays near-linear; keys of generic words ("province", "brigade") join
    nothing. The pack's name evidence decides as in resolution, so places of different
    kinds, differently numbered units and look-alikes are never proposed, nor pairs
    judged distinct. Shared co-mentioned actors raise a pair.
    """
    matcher = NameMatcher.from_pack(pack) if pack else NameMatcher()
    generic = {skeleton(w) for w in (*matcher.generic, *matcher.place_kinds)}
    by_key: dict[str, list[dict]] = {}
    for row in store.candidate_rows(conn):
        for name in row["names"]:
            for key in blocks(name):
                if key not in generic:
                    by_key.setdefault(key, []).append(row)
    distinct_pairs = _distinct_pairs(conn)
    seen: dict[frozenset[str], dict] = {}
    for block in by_key.values():
        unique = list({r["id"]: r for r in block}.values())
        if len(unique) > 50:  # a common word, not a family name
            continue
        for x, y in combinations(unique, 2):
            pair = frozenset((x["id"], y["id"]))
            if pair in seen or pair in distinct_pairs or not compatible(x["type"], y["type"]):
                continue
            if x["pack_id"] and y["pack_id"]:
                continue  # two actors of the domain pack are different by construction
            score, why = _similarity(matcher, x, y)
            seen[pair] = {"a": x["id"], "a_name": x["name"], "b": y["id"], "b_name": y["name"],
                          "type": x["type"], "score": score, "reason": why}
    found = [c for c in seen.values() if c["score"] >= 60]
    neighbours = store.co_mentioned(conn, {c[k] for c in found for k in ("a", "b")})
    for c in found:
        na, nb = neighbours.get(c["a"], set()) - {c["b"]}, neighbours.get(c["b"], set()) - {c["a"]}
        shared = na & nb
        if shared:  # the share of their co-mentioned actors that both have, not the count
            c["score"] = min(100.0, c["score"] + 10.0 * len(shared) / len(na | nb))
            c["reason"] += f"; {len(shared)} of {len(na | nb)} co-mentioned actors shared"
        c["score"] = round(c["score"], 1)
    return sorted(found, key=lambda c: (-c["score"], c["a"], c["b"]))[:limit]


def _similarity(matcher: NameMatcher, x: dict, y: dict) -> tuple[float, str]:
    """The best evidence over both entities' names; any name pair that evidence says
    differs (numbers, place kinds, look-alikes) rules the pair out."""
    person = x["type"] == "PERSON"
    best, why = 0.0, ""
    for a in x["names"]:
        for b in y["names"]:
            if matcher.evidence_against(a, b, person=person, strict_family=False):
                return 0.0, ""
            score, reason = matcher.score(a, b, person=person)
            if person and score < 85 and _prefix(a, b):
                score, reason = 85.0, "one name begins the other"
            if score > best:
                best, why = score, f"{reason}: {a!r} ~ {b!r}"
    return best, why


def _prefix(a: str, b: str) -> bool:
    """The shorter name (two words or more) is the start of the longer ("Muhammad Shia" /
    "Mohammed Shia al-Sudani"): the same person named without the family name."""
    wa, wb = name_parts(a).words, name_parts(b).words
    short, long_ = sorted((wa, wb), key=len)
    return 2 <= len(short) < len(long_) and all(words_agree(s, t) for s, t in zip(short, long_, strict=False))
