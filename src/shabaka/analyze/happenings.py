"""Cross-document events: the reports of one happening linked under one id the store keeps.

Two reports (events of different documents) are one happening when they share a type
family (a protest that turned violent is a protest and an attack), both are dated
and their dates agree at the coarser precision, and they share enough: a named
person killed, wounded, arrested, appointed or met; or, for an organisation or
place, the same month or two shared actors; or the same day and any shared actor.
The killing of a named person, dated or not, joins the killing of that person:
nobody is killed twice; nor does one of the known actors the pack lists as killed
together (`killed_together`), so "Soleimani was killed in 2020" joins "al-Muhandis
was killed in a US drone attack in 2020". Any other undated report joins a happening only when it is
the one happening of its kind that fits: the same person arrested, appointed or met
(or, without a person, the same two actors or actor and place), no other side named,
and no second happening in the knowledge base that fits as well; where two fit (a
man arrested in 2003 and in 2007) it stays alone.

Analysts overrule it like entity resolution: `merge_events` puts a report into
another's happening, `split_event` takes a report out of its happening, and
`detach_sentence` overrules the merge inside a document, making one of a report's
evidence sentences a report of its own; all are recorded in `overrides` and
re-applied each time the ids are recomputed (on every ingest). Ids are stable: a
happening keeps the id most of its reports already had.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Mapping

from shabaka.errors import NotFound, UsageError
from shabaka.extract.chains import _UnionFind
from shabaka.extract.events import FAMILY
from shabaka.model import content_hash, date_precision, dates_agree
from shabaka.store import analysis as rows
from shabaka.store import judgements as store

ACTIONS = ("event_merge", "event_split", "event_detach")
_MAX_BLOCK = 400  # reports compared per (family, entity, year) block, to bound the cost


def _reports(conn: sqlite3.Connection, together: Mapping[str, str]) -> list[dict]:
    reports = {}
    for row in rows.report_rows(conn):
        types = json.loads(row["types"]) if row["types"] else [row["type"]]
        # "protesters stormed the embassy" is a protest and an attack: it may meet reports of either
        families = frozenset(FAMILY.get(t, t) for t in types)
        reports[row["id"]] = {"id": row["id"], "doc": row["doc_id"], "families": families,
                              "date": row["date"], "old": row["happening"], "place": row["place"],
                              "killing": "killing" in types, "actors": {}, "dead": set()}
    for event_id, entity_id, role, ctype, pack_id in rows.report_actors(conn):
        report = reports.get(event_id)
        if report is None:
            continue
        report["actors"].setdefault(entity_id, (role, ctype))
        if report["killing"] and (role, ctype) == ("victim", "PERSON"):
            # who died: the person, or the one strike the pack knows killed them with others
            report["dead"].add(together.get(pack_id, entity_id))
    return list(reports.values())


def same_happening(a: dict, b: dict) -> bool:
    """Whether two reports from different documents tell of one happening (module docstring)."""
    if a["doc"] == b["doc"] or not a["families"] & b["families"] or not dates_agree(a["date"], b["date"]):
        return False
    if a["dead"] & b["dead"]:
        return True
    if not (a["date"] and b["date"]):
        return False
    shared = set(a["actors"]) & set(b["actors"])
    shared_all = len(shared) + (a["place"] is not None and a["place"] == b["place"])
    if not shared_all:
        return False
    if any(a["actors"][e][0] != "agent" and b["actors"][e][0] != "agent" and a["actors"][e][1] == "PERSON"
           for e in shared):
        return True
    month = len(a["date"]) >= 7 and len(b["date"]) >= 7
    day = len(a["date"]) == 10 and a["date"] == b["date"]
    return day or shared_all >= 2 or (month and any(a["actors"][e][0] != "agent" for e in shared))


def link_events(conn: sqlite3.Connection, together: Mapping[str, str]) -> int:
    """Recompute every report's cross-document event id; returns how many happenings
    more than one document reports. `together` is the pack's `killed_together`."""
    judged = store.active(conn, ACTIONS)
    for j in judged:
        if j["action"] == "event_detach":
            _detach(conn, j["payload"])
    reports = _reports(conn, together)
    by_id = {r["id"]: r for r in reports}
    # a report split off, or a sentence the analyst took out of a report, stands alone
    alone = {j["payload"]["report"] if j["action"] == "event_split" else _detached_id(j["payload"])
             for j in judged if j["action"] in {"event_split", "event_detach"}}
    index = {rid: i for i, rid in enumerate(by_id)}
    groups = _UnionFind(len(index), [None] * len(index))  # the in-document chains' union-find
    blocks: dict[tuple, list[dict]] = defaultdict(list)
    for r in reports:
        if r["id"] in alone:
            continue
        entities = {*r["actors"], r["place"]} - {None}
        keys = [(f, e, r["date"][:4]) for f in r["families"] for e in entities] if r["date"] else []
        keys += [("killing", dead) for dead in r["dead"]]
        for key in keys:
            block = blocks[key]
            for other in block[-_MAX_BLOCK:]:
                if same_happening(other, r):
                    groups.union(index[other["id"]], index[r["id"]])
            block.append(r)
    _link_undated(reports, alone, index, groups)
    for j in judged:
        p = j["payload"]
        if j["action"] == "event_merge" and p["report"] in by_id and p["into"] in by_id:
            groups.union(index[p["report"]], index[p["into"]])
    members: dict[int, list[dict]] = defaultdict(list)
    for r in reports:
        members[groups.find(index[r["id"]])].append(r)
    updates, shared, used = [], 0, set()
    def order(group: list[dict]) -> tuple:
        """Split reports first, then the groups holding the report an id was named after,
        so that a report unlinked from a happening does not carry its id away."""
        ids = {r["id"] for r in group}
        return group[0]["id"] not in alone, not any(r["old"] in ids for r in group), group[0]["id"]

    for group in sorted(members.values(), key=order):
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


def fits_undated(a: dict, b: dict) -> bool:
    """Whether undated report `a` can tell of `b`'s happening (another document's): one
    type family, a shared person in the same part other than agent, or without one two
    shared actors or places; where both name agents, one in common."""
    if a["doc"] == b["doc"] or not a["families"] & b["families"]:
        return False
    shared = {e for e in set(a["actors"]) & set(b["actors"]) if a["actors"][e][0] == b["actors"][e][0]}
    person = any(a["actors"][e][0] != "agent" and a["actors"][e][1] == "PERSON" for e in shared)
    places = a["place"] is not None and a["place"] == b["place"]
    if not (person or (len(shared) + places >= 2 and any(a["actors"][e][0] != "agent" for e in shared))):
        return False
    agents = [{e for e, (role, _) in r["actors"].items() if role == "agent"} for r in (a, b)]
    return not (agents[0] and agents[1] and not agents[0] & agents[1])


def _link_undated(reports: list[dict], alone: set[str], index: dict[str, int], groups: _UnionFind) -> None:
    """Each undated report joins the one happening it fits (`fits_undated`), if only one fits."""
    blocks: dict[tuple, list[dict]] = defaultdict(list)
    for r in reports:
        if r["id"] not in alone:
            for e in {*r["actors"], r["place"]} - {None}:
                for f in r["families"]:
                    blocks[(f, e)].append(r)
    for r in reports:
        if r["date"] or r["id"] in alone:
            continue
        fits = {groups.find(index[o["id"]]) for e in r["actors"] if r["actors"][e][0] != "agent"
                for f in r["families"] for o in blocks[(f, e)][-_MAX_BLOCK:] if fits_undated(r, o)}
        own = groups.find(index[r["id"]])
        if len(fits - {own}) == 1 and own not in fits:
            groups.union(own, fits.pop())


def _report(conn: sqlite3.Connection, ref: str) -> dict:
    row = rows.event_ref(conn, ref)
    if row is None:
        raise NotFound(f"no event {ref!r}; list them with 'shabaka events'")
    return {"id": row[0], "happening": row[1]}


def merge_events(conn: sqlite3.Connection, report: str, into: str, *, author: str,
                 together: Mapping[str, str]) -> int:
    """Report `report` (an event id) tells of the happening `into` (an event or happening id)."""
    a, b = _report(conn, report), _report(conn, into)
    if a["happening"] == b["happening"]:
        raise UsageError(f"{report!r} and {into!r} are already one happening ({a['happening']})")
    judgement = store.record(conn, "event_merge", {"report": a["id"], "into": b["id"]}, author)
    link_events(conn, together)
    return judgement


def split_event(conn: sqlite3.Connection, report: str, *, author: str, together: Mapping[str, str]) -> int:
    """Report `report` (an event id) is a happening of its own, linked to no other report."""
    a = _report(conn, report)
    if a["id"] != report:
        raise UsageError(f"{report!r} is a happening; split one of its reports (see 'shabaka events')")
    judgement = store.record(conn, "event_split", {"report": a["id"]}, author)
    link_events(conn, together)
    return judgement


def detach_sentence(conn: sqlite3.Connection, report: str, sentence: int, *, author: str,
                    together: Mapping[str, str]) -> tuple[int, str]:
    """Evidence sentence `sentence` (1-based, in text order) of `report` tells of another
    happening: it becomes a report of its own, with the actors and place it names. Returns
    the judgement and the new report's id."""
    row = rows.event_row(conn, report)
    if row is None:
        raise NotFound(f"no event {report!r}; list them with 'shabaka events --json'")
    spans = json.loads(row["spans"])
    if len(spans) < 2:
        raise UsageError(f"{report!r} rests on one sentence; there is nothing to take apart")
    if not 1 <= sentence <= len(spans):
        raise UsageError(f"{report!r} has evidence sentences 1 to {len(spans)}, not {sentence}")
    start, end, _ = spans[sentence - 1]
    payload = {"report": report, "start": start, "end": end}
    judgement = store.record(conn, "event_detach", payload, author)
    link_events(conn, together)
    return judgement, _detached_id(payload)


def _detached_id(p: dict) -> str:
    return content_hash(f"{p['report']}\x1f{p['start']}\x1f{p['end']}")[:20]


def _detach(conn: sqlite3.Connection, p: dict) -> None:
    """Apply one detach judgement, if its report still holds that sentence among others;
    the sentence keeps the report's types, and its date only where it states the year."""
    row = rows.event_row(conn, p["report"])
    spans = json.loads(row["spans"]) if row is not None else []
    out = [s for s in spans if (s[0], s[1]) == (p["start"], p["end"])]
    rest = [s for s in spans if (s[0], s[1]) != (p["start"], p["end"])]
    if not out or not rest:
        return  # applied already, or the document changed since the judgement
    doc = row["doc_id"]
    named, kept = rows.chains_within(conn, doc, out), rows.chains_within(conn, doc, rest)
    date = row["date"] if row["date"] and row["date"][:4] in out[0][2] else None
    new = _detached_id(p)
    rows.put_report(conn, {**row, "id": new, "date": date, "date_precision": date_precision(date),
                           "place_chain": row["place_chain"] if row["place_chain"] in named else None,
                           "evidence_start": out[0][0], "evidence_end": out[0][1], "evidence": out[0][2],
                           "spans": json.dumps(out, ensure_ascii=False), "happening": new})
    actors = rows.report_chains(conn, p["report"])
    rows.add_report_chains(conn, new, doc, [(chain, role) for chain, role in actors if chain in named])
    rows.drop_report_chains(conn, p["report"], [chain for chain, _ in actors if chain not in kept])
    rows.set_event_spans(conn, p["report"], rest)


def rejoin(conn: sqlite3.Connection, p: dict) -> None:
    """Undo one detach judgement: the sentence and its actors go back into the report."""
    new = _detached_id(p)
    row, gone = rows.event_row(conn, p["report"]), rows.event_row(conn, new)
    if row is None or gone is None:
        return
    rows.set_event_spans(conn, p["report"], sorted(json.loads(row["spans"]) + json.loads(gone["spans"])))
    rows.fold_report(conn, new, p["report"])
