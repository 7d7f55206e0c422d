"""Audit: how well each edge is corroborated, and where the sources contradict each other.

Contradictions found (each with the evidence sentences on every side):

- functional_value: a functional relation (`born_in`) with two different
  objects of the same type for one subject, across or within sources. Values
  of different types (a town and a country) can both hold and are not flagged;
  nor are two claims whose stated start and end dates keep them apart.
- functional_date: a functional relation stated with incompatible dates (two
  birth years), compared at the precision each gives.
- event_date: two incompatible dates for a death: `killed` claims and killing
  events about one person.
- concurrent_holders: two actors holding a one-holder relation (`leads`) of one
  organisation at the same time, as far as the sources' dates show: a claim is
  known to hold from its start (or its document's date) to its end (or that
  same date), and two such windows overlap. Claims naming different roles
  ("president", "prime minister") do not conflict.
- anachronism: an event or a claim dated before an actor existed (its birth or
  founding as dated by `born_in`/`founded`), or an actor acting (event agent,
  claim subject) after the death a `killed` claim reports.
- after_publication: a claim's start or an event's date later than the
  publication date of the document stating it.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import TYPE_CHECKING

from shabaka.analyze.graph import (
    KILLED,
    assign_validity,
    clean_date,
    dates_compatible,
    lower,
    one_holder_relations,
    roles_compatible,
    upper,
)
from shabaka.store import analysis

if TYPE_CHECKING:
    import sqlite3

    from shabaka.analyze.graph import ActorGraph, Edge
    from shabaka.ontology.loader import Ontology

BORN_IN, FOUNDED = "born_in", "founded"  # names ONTOLOGY.md fixes; their start dates an actor's beginning
ONCE_PER_VICTIM_EVENTS = ("killing",)


def corroboration(graph: ActorGraph) -> list[Edge]:
    """Every edge, best corroborated first (then by documents, then by name)."""
    return sorted(graph.edges, key=lambda e: (-e.weight, -e.documents, graph.node_name(e.source),
                                              graph.node_name(e.target), e.relation))


def single_source(graph: ActorGraph) -> list[Edge]:
    """Edges resting on one source: every claim behind them from one outlet (or one document
    with no known outlet)."""
    return [e for e in corroboration(graph) if e.outlets <= 1]


def _evidence(row: dict) -> dict:
    return {"text": " ".join(row["evidence"].split()), "doc_id": row["doc_id"],
            "doc_title": row["doc_title"], "published": row["published"],
            "confidential": bool(row["confidential"])}


def _found(kind: str, entity: str, name: str, values: list[str], rows: list[dict], **extra) -> dict:
    return {"kind": kind, "entity": entity, "entity_name": name, "values": values,
            "evidence": [_evidence(r) for r in rows], **extra}


def contradictions(conn: sqlite3.Connection, ontology: Ontology, *, redact: bool = False,
                   min_confidence: float | None = None) -> list[dict]:
    """Every contradiction the knowledge base holds (kinds in the module docstring).

    Each: {"kind", "entity" (id), "entity_name", "values": [...], "evidence":
    [{"text", "doc_id", "doc_title", "published", "confidential"}, ...]} plus
    "relation" where one is involved. `redact` leaves confidential documents out.
    """
    claims = [c for c in analysis.claim_rows(conn, include_confidential=not redact,
                                             min_confidence=min_confidence)
              if c["subject_id"] != c["object_id"]]
    assign_validity(claims, ontology)
    events = analysis.event_rows(conn, include_confidential=not redact)
    found = [
        *_functional_values(claims, ontology),
        *_functional_dates(claims, ontology),
        *_death_dates(claims, events),
        *_concurrent_holders(claims, ontology),
        *_anachronisms(claims, events),
        *_after_publication(claims, events),
    ]
    order = ["functional_value", "functional_date", "event_date", "concurrent_holders", "anachronism",
             "after_publication"]
    found.sort(key=lambda f: (order.index(f["kind"]), f["entity_name"].casefold(), f["values"]))
    return found


def _explicitly_apart(a: dict, b: dict) -> bool:
    """Both claims give start and end, and the two periods do not meet."""
    dates = [clean_date(x) for x in (a["start"], a["end"], b["start"], b["end"])]
    if None in dates:
        return False
    a_start, a_end, b_start, b_end = dates
    return upper(a_end) < lower(b_start) or upper(b_end) < lower(a_start)  # type: ignore[arg-type]


def _functional_values(claims: list[dict], ontology: Ontology) -> list[dict]:
    groups: dict[tuple[str, str, str], dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for c in claims:
        rel = ontology.relations.get(c["relation"])
        if rel is not None and rel.functional:
            groups[(c["relation"], c["subject_id"], c["object_type"])][c["object_id"]].append(c)
    out = []
    for (relation, subject, _), by_value in groups.items():
        if len(by_value) < 2:
            continue
        clash = any(not _explicitly_apart(a, b)
                    for x, y in combinations(by_value, 2) for a in by_value[x] for b in by_value[y])
        if not clash:
            continue
        firsts = [rows[0] for rows in by_value.values()]
        out.append(_found("functional_value", subject, firsts[0]["subject_name"],
                          [r["object_name"] for r in firsts], firsts, relation=relation))
    return out


def _date_clash(dated: list[tuple[str, dict]]) -> list[tuple[str, dict]] | None:
    """One (date, row) per distinct date, if any two of the dates cannot name the same day."""
    distinct: dict[str, dict] = {}
    for when, row in sorted(dated, key=lambda d: d[0]):
        distinct.setdefault(when, row)
    if any(not dates_compatible(a, b) for a, b in combinations(distinct, 2)):
        return list(distinct.items())
    return None


def _functional_dates(claims: list[dict], ontology: Ontology) -> list[dict]:
    groups: dict[tuple[str, str], list[tuple[str, dict]]] = defaultdict(list)
    for c in claims:
        rel = ontology.relations.get(c["relation"])
        when = clean_date(c["start"])
        if rel is not None and rel.functional and when:
            groups[(c["relation"], c["subject_id"])].append((when, c))
    out = []
    for (relation, subject), dated in groups.items():
        clash = _date_clash(dated)
        if clash:
            out.append(_found("functional_date", subject, clash[0][1]["subject_name"],
                              [w for w, _ in clash], [r for _, r in clash], relation=relation))
    return out


def _death_dates(claims: list[dict], events: list[dict]) -> list[dict]:
    dated: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    names: dict[str, str] = {}
    for c in claims:
        when = clean_date(c["start"])
        if c["relation"] == KILLED and when:
            dated[c["object_id"]].append((when, c))
            names[c["object_id"]] = c["object_name"]
    for ev in events:
        when = clean_date(ev["date"])
        if ev["type"] in ONCE_PER_VICTIM_EVENTS and when:
            for actor in ev["actors"]:
                if actor["role"] == "victim":
                    dated[actor["id"]].append((when, ev))
                    names[actor["id"]] = actor["name"]
    out = []
    for person, rows in dated.items():
        clash = _date_clash(rows)
        if clash:
            out.append(_found("event_date", person, names[person], [w for w, _ in clash],
                              [r for _, r in clash], relation=KILLED))
    return out


def _known_window(c: dict) -> tuple[str, str] | None:
    begun = c["valid_from"]
    if begun is None:
        return None
    end = clean_date(c["end"])
    return lower(begun), upper(end or begun)


def _concurrent_holders(claims: list[dict], ontology: Ontology) -> list[dict]:
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in claims:
        if c["relation"] in one_holder_relations(ontology) and _known_window(c):
            groups[(c["relation"], c["object_id"])].append(c)
    out = []
    for (relation, obj), rows in groups.items():
        reported: set[frozenset[str]] = set()
        rows.sort(key=lambda c: (_known_window(c), c["subject_name"].casefold(), c["id"]))
        for a, b in combinations(rows, 2):
            pair = frozenset((a["subject_id"], b["subject_id"]))
            if len(pair) < 2 or pair in reported or not roles_compatible(a, b):
                continue
            wa, wb = _known_window(a), _known_window(b)
            if wa[0] <= wb[1] and wb[0] <= wa[1]:  # type: ignore[index]
                reported.add(pair)
                out.append(_found("concurrent_holders", obj, a["object_name"],
                                  [a["subject_name"], b["subject_name"]], [a, b], relation=relation,
                                  period=[max(wa[0], wb[0]), min(wa[1], wb[1])]))  # type: ignore[index]
    return out


def _first_dated(claims: list[dict], relation: str, side: str, *, fallback: bool = False
                 ) -> dict[str, tuple[str, dict]]:
    """Entity -> (earliest date, claim) over claims of a relation, the entity on `side`."""
    out: dict[str, tuple[str, dict]] = {}
    for c in claims:
        if c["relation"] != relation:
            continue
        when = clean_date(c["start"]) or (clean_date(c["published"]) if fallback else None)
        entity = c[f"{side}_id"]
        if when and (entity not in out or lower(when) < lower(out[entity][0])):
            out[entity] = (when, c)
    return out


def _anachronisms(claims: list[dict], events: list[dict]) -> list[dict]:
    began = _first_dated(claims, BORN_IN, "subject")
    for entity, dated in _first_dated(claims, FOUNDED, "object").items():
        if entity not in began or lower(dated[0]) < lower(began[entity][0]):
            began[entity] = dated
    died = _first_dated(claims, KILLED, "object", fallback=True)
    out = []

    def check(row: dict, when: str, actors: list[tuple[str, str, bool]], what: str) -> None:
        for entity, name, acting in actors:
            if entity in began and upper(when) < lower(began[entity][0]):
                since, source = began[entity]
                verb = "born" if source["relation"] == BORN_IN else "founded"
                out.append(_found("anachronism", entity, name, [f"{what} {when}", f"{verb} {since}"],
                                  [row, source]))
            if acting and entity in died and lower(when) > upper(died[entity][0]):
                dead, source = died[entity]
                out.append(_found("anachronism", entity, name, [f"{what} {when}", f"killed by {dead}"],
                                  [row, source]))

    for c in claims:
        when = clean_date(c["start"])
        if when and c["relation"] not in (BORN_IN, FOUNDED, KILLED):
            check(c, when, [(c["subject_id"], c["subject_name"], True),
                            (c["object_id"], c["object_name"], False)], c["relation"])
    for ev in events:
        when = clean_date(ev["date"])
        if when:
            check(ev, when, [(a["id"], a["name"], a["role"] == "agent")
                             for a in ev["actors"] if a["role"] != "place"], ev["type"])
    return out


def _after_publication(claims: list[dict], events: list[dict]) -> list[dict]:
    out = []
    for c in claims:
        when, published = clean_date(c["start"]), clean_date(c["published"])
        if when and published and lower(when) > upper(published):
            out.append(_found("after_publication", c["subject_id"], c["subject_name"],
                              [f"{c['relation']} {when}", f"published {published}"], [c],
                              relation=c["relation"]))
    for ev in events:
        when, published = clean_date(ev["date"]), clean_date(ev["published"])
        if when and published and lower(when) > upper(published):
            actor = next((a for a in ev["actors"] if a["role"] != "place"), None)
            out.append(_found("after_publication", actor["id"] if actor else "",
                              actor["name"] if actor else "", [f"{ev['type']} {when}",
                                                               f"published {published}"], [ev]))
    return out
