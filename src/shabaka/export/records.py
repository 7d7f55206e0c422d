"""What an export holds: the records a graph filter and redaction select, as a stream of items.

Every item is a dict whose "kind" is one of, in the order they come:

- "meta": format version, schema version, whether redacted, the filter, the
  metric names, the ontology's entity types and relations;
- "entity": an entity's columns with ids and names as exported, "aliases"
  (alias rows), "documents" and "mentions" (counts in the exported documents)
  and "network" (metrics computed on the exported graph);
- "document": every column, text included;
- "node", "edge": the actor graph the filter selects (`analyze.graph`), each
  edge with its relation, direction, source counts, validity interval, best
  evidence and every claim behind it ("sources");
- "chain", "mention": table rows (complete exports only);
- "claim": every column, resolved subject and object, the document's title,
  outlet and date, and the claim's validity interval;
- "event": every column, its resolved place and actors, the document's metadata;
- "judgement": an analyst's judgement (complete exports only).

Given `places` (`shabaka.geo.places`), the filtered view also says where
things are: events get "latitude", "longitude" and "precision" (of their
place, as the document's context resolved it), place and country entities and
nodes the same, and claims "object_latitude", "object_longitude" and
"object_precision" when their object is a place (where a `controls` claim's
territory is).

Redaction leaves out every confidential document and everything stated only
in one: its chains, mentions, claims and events; entities no shareable
document mentions; names written only in confidential documents (an entity
whose canonical name or id came from one gets a shareable name and an opaque
id); judgements that would name any of those. Network metrics and claim
validity are worked out on what remains, so a confidential `killed` claim
cannot end a shareable edge in the export.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterator
from dataclasses import asdict, replace
from typing import TYPE_CHECKING, Any

from shabaka import __version__
from shabaka.analyze.graph import GraphFilter, assign_validity, build_graph, lower, query_window, upper
from shabaka.errors import UsageError
from shabaka.names import fold
from shabaka.store import interop, judgements
from shabaka.store.schema import SCHEMA_VERSION

if TYPE_CHECKING:
    import sqlite3

    from shabaka.analyze.graph import ActorGraph, Edge
    from shabaka.geo import Location, Places
    from shabaka.ontology.loader import Ontology

FORMAT_VERSION = 1
ENTITY_KEYS = ("source", "target", "entity", "new", "a", "b")  # payload keys of judgements naming entities
PUBLIC_ALIAS_SOURCES = ("pack", "ftm")  # names that come from no document at all
_SUFFIX = re.compile(r"(_split\d*|_\d+)$")


def is_filtered(flt: GraphFilter) -> bool:
    """Whether the filter selects less than everything (redaction aside)."""
    plain = replace(flt, redact=False, hops=GraphFilter().hops if flt.focus is None else flt.hops)
    return plain != GraphFilter()


def filter_json(flt: GraphFilter) -> dict[str, Any]:
    """The filter's settings that differ from the defaults, as plain JSON."""
    default = asdict(GraphFilter())
    out = {}
    for key, value in asdict(flt).items():
        if value != default[key]:
            out[key] = sorted(value) if isinstance(value, frozenset) else value
    return out


def slug(name: str) -> str:
    """The entity id the resolver would make from a name."""
    return "_".join(fold(name).split())


class Redaction:
    """Which documents, entities, names and ids an export may show, and under what id and name.

    Without redaction everything passes unchanged.
    """

    def __init__(self, conn: sqlite3.Connection, *, redact: bool):
        self.active = redact
        self.entities = interop.entity_rows(conn)
        self.aliases = interop.alias_rows(conn)
        self.documents = interop.document_ids(conn, confidential=False if redact else None)
        self.secret: set[str] = set()
        self.ids: dict[str, str] = {}
        self.names: dict[str, str] = {}
        if not redact:
            self.ids = {eid: eid for eid in self.entities}
            self.names = {eid: row["name"] for eid, row in self.entities.items()}
            return
        self.secret_documents = interop.document_ids(conn, confidential=True)
        by_entity, public, confidential = interop.names_in_documents(conn)
        known = {a["name"] for rows in self.aliases.values() for a in rows
                 if a["source"].split(":")[0] in PUBLIC_ALIAS_SOURCES}
        self.secret = confidential - public - known
        shareable_slugs = {slug(n) for n in public | known}
        secret_slugs = {slug(n) for n in self.secret} - shareable_slugs
        # opaque ids are keyed by the confidential documents themselves: stable from one export to
        # the next, and no one without those documents can test a guessed name against them
        key = hashlib.sha256("".join(interop.confidential_hashes(conn)).encode()).digest()
        with_public = interop.entities_with_chains(conn, include_confidential=False)
        with_any = interop.entities_with_chains(conn)
        for eid, row in self.entities.items():
            if eid not in with_public and (eid in with_any or row["name"] in self.secret):
                continue  # known only from confidential documents
            name = row["name"]
            if name in self.secret:
                shared = by_entity.get(eid)
                if not shared:
                    continue
                name = max(shared, key=lambda n: (shared[n], len(n.split()), len(n), n))
            self.names[eid] = name
            base = eid
            while _SUFFIX.search(base):
                base = _SUFFIX.sub("", base)
            if base in secret_slugs:
                digest = hmac.new(key, eid.encode(), hashlib.sha256).hexdigest()[:16]
                self.ids[eid] = f"redacted_{digest}"
            else:
                self.ids[eid] = eid

    def keeps(self, entity_id: str | None) -> bool:
        return entity_id is not None and entity_id in self.ids

    def entity_id(self, entity_id: str | None) -> str | None:
        return self.ids.get(entity_id) if entity_id is not None else None

    def name(self, entity_id: str) -> str:
        return self.names[entity_id]

    def entity_aliases(self, entity_id: str) -> list[dict]:
        return [a for a in self.aliases.get(entity_id, []) if a["name"] not in self.secret]

    def judgement(self, row: dict) -> dict | None:
        """The judgement as exported, or None when it would reveal confidential material."""
        if not self.active:
            return row
        payload = dict(row["payload"])
        for key in ENTITY_KEYS:
            if key in payload and isinstance(payload[key], str):
                if not self.keeps(payload[key]):
                    return None
                payload[key] = self.ids[payload[key]]
        if "chains" in payload:
            payload["chains"] = [c for c in payload["chains"] if c[0] in self.documents]
        rest = {k: v for k, v in payload.items() if k not in ENTITY_KEYS}
        if any(s in self.secret or s in self.secret_documents for s in _strings(rest)):
            return None
        return {**row, "payload": payload}


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)


def meta(ontology: Ontology, flt: GraphFilter, metrics: list[str], red: Redaction) -> dict:
    """The first item: what was exported, how, and the ontology it speaks."""
    shown = filter_json(replace(flt, redact=False))
    if "focus" in shown:  # an entity known only from confidential documents must not be named here
        shown["focus"] = red.entity_id(flt.focus) or "(redacted)"
    return {
        "kind": "meta", "format": "shabaka", "version": FORMAT_VERSION, "schema": SCHEMA_VERSION,
        "shabaka": __version__, "redacted": flt.redact, "filter": shown,
        "metrics": metrics, "entity_types": list(ontology.entity_types),
        "relations": {name: {"symmetric": rel.symmetric, "description": rel.description}
                      for name, rel in ontology.relations.items()},
    }


def coordinates(loc: Location | None, prefix: str = "") -> dict[str, Any]:
    """latitude, longitude and precision of a resolved place (None each when unknown)."""
    return {f"{prefix}latitude": loc.place.lat if loc else None,
            f"{prefix}longitude": loc.place.lon if loc else None,
            f"{prefix}precision": loc.place.precision if loc else None}


def items(conn: sqlite3.Connection, ontology: Ontology, flt: GraphFilter, *, kinds: frozenset[str],
          complete: bool = False, metrics: bool = True, places: Places | None = None) -> Iterator[dict]:
    """The export's items of the given kinds, in order (see the module docstring).

    `complete` yields the knowledge base row by row, every entity, chain and
    judgement included: a faithful copy, so it refuses graph filters.
    """
    red = Redaction(conn, redact=flt.redact)
    if complete:
        if is_filtered(flt):
            raise UsageError("a complete copy cannot be filtered; leave out the graph filters "
                             "(--redact still applies) or choose a graph format")
        yield meta(ontology, flt, [], red)
        yield from _complete(conn, red, kinds)
    else:
        yield from _view(conn, ontology, flt, red, kinds, metrics, places)


# ---- the knowledge base row by row -------------------------------------------------------------

def _complete(conn: sqlite3.Connection, red: Redaction, kinds: frozenset[str]) -> Iterator[dict]:
    if "entity" in kinds:
        for eid, row in red.entities.items():
            if red.keeps(eid):
                yield {"kind": "entity", **row, "id": red.ids[eid], "name": red.name(eid),
                       "metrics": None if red.active else row["metrics"],
                       "aliases": red.entity_aliases(eid)}
    include_confidential = not red.active
    claims = _by_doc(interop.claim_rows(conn, include_confidential=include_confidential)
                     if "claim" in kinds else [])
    events = _by_doc(interop.event_rows(conn, include_confidential=include_confidential)
                     if "event" in kinds else [])
    for doc in interop.document_rows(conn, include_confidential=include_confidential):
        if "document" in kinds:
            yield {"kind": "document", **doc}
        if "chain" in kinds:
            for chain in interop.chain_rows(conn, doc["id"]):
                yield {"kind": "chain", **chain, "entity_id": red.entity_id(chain["entity_id"])}
        if "mention" in kinds:
            for mention in interop.mention_rows(conn, doc["id"]):
                yield {"kind": "mention", **mention}
        for claim in claims.get(doc["id"], []):
            yield {"kind": "claim", **claim, "subject_id": red.entity_id(claim["subject_id"]),
                   "object_id": red.entity_id(claim["object_id"])}
        for event in events.get(doc["id"], []):
            yield {"kind": "event", **event, "place_id": red.entity_id(event["place_id"]),
                   "actors": [{**a, "entity_id": red.entity_id(a["entity_id"])} for a in event["actors"]]}
    if "judgement" in kinds:
        for row in interop.judgement_rows(conn):
            shared = red.judgement(row)
            if shared is not None:
                yield {"kind": "judgement", **shared}


def _by_doc(rows: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for row in rows:
        out.setdefault(row["doc_id"], []).append(row)
    return out


# ---- the filtered, resolved view ---------------------------------------------------------------

def _view(conn: sqlite3.Connection, ontology: Ontology, flt: GraphFilter, red: Redaction,
          kinds: frozenset[str], want_metrics: bool, places: Places | None = None) -> Iterator[dict]:
    from shabaka.analyze.metrics import METRICS, compute_metrics

    graph = build_graph(conn, ontology, flt)
    network = compute_metrics(graph) if want_metrics and graph.nodes else {}
    yield meta(ontology, flt, list(METRICS) if network else [], red)
    filtered = is_filtered(flt)
    include_confidential = not flt.redact

    claims = judgements.admit(conn, interop.claim_rows(conn, include_confidential=include_confidential),
                              flt.min_confidence)
    # validity over the same claims build_graph uses, so the claim rows agree with the edges
    assign_validity([c for c in claims if c["subject_id"] and c["object_id"]
                     and c["subject_id"] != c["object_id"]], ontology)
    for c in claims:
        c.setdefault("valid_from", None)
        c.setdefault("valid_until", None)
    if filtered:
        wanted = {c["id"] for e in graph.edges for c in e.claims}
        claims = [c for c in claims if c["id"] in wanted]
    events = _events(interop.event_rows(conn, include_confidential=include_confidential), flt, graph,
                     red, filtered)

    if filtered:
        entity_ids = set(graph.nodes)
        for ev in events:
            entity_ids.update(a["entity_id"] for a in ev["actors"])
            if ev["place_id"]:
                entity_ids.add(ev["place_id"])
        doc_ids = {c["doc_id"] for c in claims} | {e["doc_id"] for e in events}
    else:
        entity_ids = interop.entities_with_chains(conn, include_confidential=include_confidential)
        doc_ids = red.documents
    entity_ids = {eid for eid in entity_ids if red.keeps(eid)}

    where = places.entities.get if places else lambda _: None
    if "entity" in kinds:
        counts = interop.entity_counts(conn, include_confidential=include_confidential)
        for eid in sorted(entity_ids, key=lambda e: red.ids[e]):
            row = red.entities[eid]
            docs, mentions = counts.get(eid, (0, 0))
            yield {"kind": "entity", "id": red.ids[eid], "name": red.name(eid), "type": row["type"],
                   "pack_id": row["pack_id"], "aliases": red.entity_aliases(eid), "documents": docs,
                   "mentions": mentions, "network": network.get(eid, {}), **coordinates(where(eid))}
    if "document" in kinds:
        for doc in interop.document_rows(conn, include_confidential=include_confidential):
            if doc["id"] in doc_ids:
                yield {"kind": "document", **doc}
    if kinds & {"node", "edge"}:
        urls = {c["doc_id"]: c["url"] for c in claims}
        happenings: dict[str, set[str]] = {}  # entity -> the cross-document events it is in
        for ev in events:
            for eid in {a["entity_id"] for a in ev["actors"]} | {ev["place_id"]}:
                happenings.setdefault(eid, set()).add(ev["happening"] or ev["id"])
        yield from _graph_items(graph, red, network, kinds, urls, happenings, where)
    if "claim" in kinds:
        for c in claims:
            if not (red.keeps(c["subject_id"]) and red.keeps(c["object_id"])):
                continue  # a chain no entity was resolved for: nothing to point at
            s, o = red.entities[c["subject_id"]], red.entities[c["object_id"]]
            territory = places.of_chain(c["doc_id"], c["object_chain"]) if places else None
            yield {"kind": "claim", **c, "subject_id": red.ids[s["id"]], "subject_name": red.name(s["id"]),
                   "subject_type": s["type"], "object_id": red.ids[o["id"]], "object_name": red.name(o["id"]),
                   "object_type": o["type"], **coordinates(territory, "object_")}
    if "event" in kinds:
        for ev in events:
            place = ev["place_id"]
            loc = places.of_chain(ev["doc_id"], ev["place_chain"]) if places else None
            yield {**ev, "kind": "event", "place_id": red.entity_id(place),
                   "place_name": red.name(place) if red.keeps(place) else None, **coordinates(loc),
                   "actors": [{**a, "entity_id": red.ids[a["entity_id"]], "name": red.name(a["entity_id"]),
                               "type": red.entities[a["entity_id"]]["type"]} for a in ev["actors"]]}


def _events(rows: list[dict], flt: GraphFilter, graph: ActorGraph, red: Redaction, filtered: bool
            ) -> list[dict]:
    """Events the export keeps, each with only the actors it can name.

    Filtered: events dated within the window (when there is one) that involve
    at least one actor of the graph, actors limited to the filter's types.
    """
    window = query_window(flt.as_of, flt.date_from, flt.date_to)
    out = []
    for ev in rows:
        actors = [a for a in ev["actors"] if red.keeps(a["entity_id"])]
        place = ev["place_id"] if red.keeps(ev["place_id"]) else None
        if filtered:
            if window is not None and not (ev["date"] and lower(ev["date"]) <= window[1]
                                           and upper(ev["date"]) >= window[0]):
                continue
            if flt.entity_types is not None:
                actors = [a for a in actors if red.entities[a["entity_id"]]["type"] in flt.entity_types]
                if place and red.entities[place]["type"] not in flt.entity_types:
                    place = None
            if not any(a["entity_id"] in graph.nodes for a in actors) and place not in graph.nodes:
                continue
        out.append({**ev, "actors": actors, "place_id": place})
    return out


def _interval(starts: list[str | None], ends: list[str | None]) -> tuple[str | None, str | None]:
    """The first and last day of the hull of some intervals; None where one is open or none known."""
    start = None if not starts or None in starts else min(lower(s) for s in starts)  # type: ignore[arg-type]
    end = None if not ends or None in ends else max(upper(e) for e in ends)  # type: ignore[arg-type]
    return start, end


def _graph_items(graph: ActorGraph, red: Redaction, network: dict[str, dict], kinds: frozenset[str],
                 urls: dict[str, str | None], happenings: dict[str, set[str]], where: Any) -> Iterator[dict]:
    spans: dict[str, tuple[list, list]] = {nid: ([], []) for nid in graph.nodes}
    edges = []
    for e in graph.edges:
        if not (red.keeps(e.source) and red.keeps(e.target)):
            continue
        start, end = _interval([c["valid_from"] for c in e.claims], [c["valid_until"] for c in e.claims])
        for nid in (e.source, e.target):
            spans[nid][0].append(start)
            spans[nid][1].append(end)
        edges.append((e, start, end))
    if "node" in kinds:
        for nid in sorted((n for n in graph.nodes if red.keeps(n)), key=lambda n: red.ids[n]):
            start, end = _interval(*spans[nid])
            yield {"kind": "node", "id": red.ids[nid], "name": red.name(nid),
                   "type": graph.nodes[nid]["type"], "aliases": [a["name"] for a in red.entity_aliases(nid)],
                   "metrics": network.get(nid, {}), "start": start, "end": end,
                   "events": sorted(happenings.get(nid, ())), **coordinates(where(nid))}
    if "edge" in kinds:
        for e, start, end in edges:
            yield _edge_item(e, red, start, end, urls)


def _edge_item(e: Edge, red: Redaction, start: str | None, end: str | None,
               urls: dict[str, str | None]) -> dict:
    best = e.best_claim
    source, target = red.ids[e.source], red.ids[e.target]
    return {
        "kind": "edge", "id": f"{source}|{e.relation}|{target}", "source": source, "target": target,
        "relation": e.relation, "symmetric": e.symmetric, "weight": e.documents,
        "corroboration": e.weight, "documents": e.documents, "outlets": e.outlets,
        "first": e.first, "last": e.last, "start": start, "end": end,
        "evidence": best["evidence"], "doc_id": best["doc_id"], "doc_title": best["doc_title"],
        "outlet": best["outlet"], "published": best["published"],
        "claims": [c["id"] for c in e.claims],
        "sources": [{**{k: c[k] for k in ("id", "evidence", "doc_id", "doc_title", "outlet", "published")},
                     "url": urls.get(c["doc_id"])} for c in e.claims],
    }
