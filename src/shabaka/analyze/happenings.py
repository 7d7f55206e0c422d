"""Cross-document events: the reports of one happening linked under one id the store keeps.

Two reports (events of different documents) are one happening when their type
families agree, both are dated and their dates agree at the coarser precision,
and they share enough: a named person killed, wounded, arrested, appointed or met;
or, for an organisation or place, the same month or two shared actors; or the
same day and any shared actor. Undated reports stay alone (without a date two
strikes by one side on another cannot be told apart) except the killing of a
named person, which joins the killing of that person: nobody is killed twice.

Analysts overrule it like entity resolution: `merge_events` puts a report into
another's happening, `split_event` takes a report out of its happening; both are
recorded in `overrides` and re-applied each time the ids are recomputed (on every
ingest). Ids are stable: a happening keeps the id most of its reports already had.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict

from shabaka.errors import NotFound, UsageError
from shabaka.extract.chains import _UnionFind
from shabaka.extract.events import FAMILY
from shabaka.model import dates_agree
from shabaka.store import analysis as rows
from shabaka.store import judgements as store

ACTIONS = ("event_merge", "event_split")
_MAX_BLOCK = 400  # reports compared per (family, entity, year) block, to bound the cost


def _reports(conn: sqlite3.Connection) -> list[dict]:
    reports = {}
    for row in rows.report_rows(conn):
        types = json.loads(row["types"]) if row["types"] else [row["type"]]
        reports[row["id"]] = {"id": row["id"], "doc": row["doc_id"], "family": FAMILY.get(types[0], types[0]),
                              "date": row["date"], "old": row["happening"], "place": row["place"],
                              "killing": "killing" in types, "actors": {}}
    for event_id, entity_id, role, ctype in rows.report_actors(conn):
        if event_id in reports:
            reports[event_id]["actors"].setdefault(entity_id, (role, ctype))
    return list(reports.values())


def _victim(report: dict, entity: str) -> bool:
    return report["actors"][entity] == ("victim", "PERSON")


def same_happening(a: dict, b: dict) -> bool:
    """Whether two reports from different documents tell of one happening (module docstring)."""
    if a["doc"] == b["doc"] or a["family"] != b["family"] or not dates_agree(a["date"], b["date"]):
        return False
    shared = set(a["actors"]) & set(b["actors"])
    if not (a["date"] and b["date"]):
        return a["killing"] and b["killing"] and any(_victim(a, e) and _victim(b, e) for e in shared)
    shared_all = len(shared) + (a["place"] is not None and a["place"] == b["place"])
    if not shared_all:
        return False
    if any(a["actors"][e][0] != "agent" and b["actors"][e][0] != "agent" and a["actors"][e][1] == "PERSON"
           for e in shared):
        return True
    month = len(a["date"]) >= 7 and len(b["date"]) >= 7
    day = len(a["date"]) == 10 and a["date"] == b["date"]
    return day or shared_all >= 2 or (month and any(a["actors"][e][0] != "agent" for e in shared))


def link_events(conn: sqlite3.Connection) -> int:
    """Recompute every report's cross-document event id; returns how many happenings
    more than one document reports."""
    reports = _reports(conn)
    by_id = {r["id"]: r for r in reports}
    judged = store.active(conn, ACTIONS)
    alone = {j["payload"]["report"] for j in judged if j["action"] == "event_split"}
    index = {rid: i for i, rid in enumerate(by_id)}
    groups = _UnionFind(len(index), [None] * len(index))  # the in-document chains' union-find
    blocks: dict[tuple, list[dict]] = defaultdict(list)
    for r in reports:
        if r["id"] in alone:
            continue
        entities = {*r["actors"], r["place"]} - {None}
        keys = [(r["family"], e, r["date"][:4]) for e in entities] if r["date"] else []
        keys += [("killing", e) for e in r["actors"] if r["killing"] and _victim(r, e)]
        for key in keys:
            block = blocks[key]
            for other in block[-_MAX_BLOCK:]:
                if same_happening(other, r):
                    groups.union(index[other["id"]], index[r["id"]])
            block.append(r)
    for j in judged:
        p = j["payload"]
        if j["action"] == "event_merge" and p["report"] in by_id and p["into"] in by_id:
            groups.union(index[p["report"]], index[p["into"]])
    members: dict[int, list[dict]] = defaultdict(list)
    for r in reports:
        members[groups.find(index[r["id"]])].append(r)
    updates, shared, used = [], 0, set()
    for group in sorted(members.values(), key=lambda g: (g[0]["id"] not in alone, g[0]["id"])):
        # the id most of its reports already carry (a split report its own), else its first report's
        held = Counter(r["old"] for r in group if r["old"] and r["old"] not in used)
        if len(group) == 1 and group[0]["id"] in alone:
            happening = group[0]["id"]
        elif held:
            happening = min(held, key=lambda h: (-held[h], h))
        else:
            happening = next((r["id"] for r in group if r["id"] not in used), group[0]["id"])
        used.add(happening)
        if len({r["doc"] for r in group}) > 1:
            shared += 1
        updates += [(happening, r["id"]) for r in group if r["old"] != happening]
    rows.set_happenings(conn, updates)
    return shared


def _report(conn: sqlite3.Connection, ref: str) -> dict:
    row = rows.event_ref(conn, ref)
    if row is None:
        raise NotFound(f"no event {ref!r}; list them with 'shabaka events'")
    return {"id": row[0], "happening": row[1]}


def merge_events(conn: sqlite3.Connection, report: str, into: str, *, author: str) -> int:
    """Report `report` (an event id) tells of the happening `into` (an event or happening id)."""
    a, b = _report(conn, report), _report(conn, into)
    if a["happening"] == b["happening"]:
        raise UsageError(f"{report!r} and {into!r} are already one happening ({a['happening']})")
    judgement = store.record(conn, "event_merge", {"report": a["id"], "into": b["id"]}, author)
    link_events(conn)
    return judgement


def split_event(conn: sqlite3.Connection, report: str, *, author: str) -> int:
    """Report `report` (an event id) is a happening of its own, linked to no other report."""
    a = _report(conn, report)
    if a["id"] != report:
        raise UsageError(f"{report!r} is a happening; split one of its reports (see 'shabaka events')")
    judgement = store.record(conn, "event_split", {"report": a["id"]}, author)
    link_events(conn)
    return judgement
