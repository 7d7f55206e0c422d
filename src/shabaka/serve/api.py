"""The JSON API under /api: thin routes that parse, call the store, analysis and
resolution functions, and shape the answer (`present`). Every page of the
workbench is drawn from these same answers.

Reads go through the calling thread's read-only connection; changes
(judgements) through `Workbench.write`, one at a time. Errors are Shabaka's
own exceptions, turned into JSON with their status in `app.py`.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import quote

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from shabaka import __version__
from shabaka.analyze import happenings
from shabaka.analyze.audit import contradictions, single_source
from shabaka.analyze.graph import GraphFilter, clean_date, parse_date
from shabaka.analyze.keyplayers import key_players
from shabaka.analyze.keyplayers import whatif as run_whatif
from shabaka.analyze.metrics import rank
from shabaka.analyze.paths import shortest_paths
from shabaka.analyze.scope import CONTEXT_TYPES, DEFAULT_SCOPE, SCOPES, scoped_whatif
from shabaka.errors import NotFound, UsageError
from shabaka.names import fold
from shabaka.resolve import judgements
from shabaka.serve import present
from shabaka.serve.state import Workbench
from shabaka.store import analysis, queries, web
from shabaka.store import judgements as judged
from shabaka.store.fts import search_documents

MAX_LIMIT = 500
MAX_OFFSET = 1_000_000
MAX_TEXT = 500
MAX_REMOVE = 50
ON_DEMAND_METRICS = 3000  # actors up to which answers compute network metrics themselves

router = APIRouter(prefix="/api")

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Most items to return (1-{MAX_LIMIT}).")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip, for paging.")]
EntityRef = Annotated[str, Query(min_length=1, max_length=MAX_TEXT, description="Entity id or name.")]
DateParam = Annotated[str | None, Query(max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD.")]
OtherRef = Annotated[str | None, Query(max_length=MAX_TEXT, description="Only claims with this entity too.")]
RelationName = Annotated[str | None, Query(max_length=40, description="Only this relation.")]
TypeName = Annotated[str | None, Query(max_length=40, description="Only entities of this type.")]
ScopeName = Annotated[Literal[tuple(SCOPES)], Query(description=(  # type: ignore[valid-type]
    "actors: persons, armed groups, state bodies, organisations, countries as context; all: every entity."))]
SearchText = Annotated[str, Query(min_length=1, max_length=MAX_TEXT, description=(
    'Words, "a phrase" or prefix*; entity names match on any alias and spelling.'))]


def workbench(request: Request) -> Workbench:
    return request.app.state.workbench


Bench = Annotated[Workbench, Depends(workbench)]


def resolve_entity(conn, ref: str, *, exact: bool = False) -> dict:
    """An entity by id or name; a reference with no letter or digit names nothing.

    Reading forgives (the best match); a change (`exact`) takes only an id or a name
    of one entity, and answers 409 with the candidates otherwise.
    """
    ref = ref.strip()
    if not ref or (not fold(ref) and not ref.isalnum()):
        raise NotFound(f"no entity named {ref!r}; search for it at /api/search?q=NAME")
    return (queries.exact_entity if exact else queries.find_entity)(conn, ref)


def _date(value: str | None, option: str) -> str | None:
    return parse_date(value, option) if value else None


def _check_type(bench: Workbench, name: str) -> None:
    if name not in bench.ontology.entity_types:
        raise UsageError(f"unknown entity type {name!r}; use one of {', '.join(bench.ontology.entity_types)}")


def _check_relation(bench: Workbench, name: str) -> None:
    if name not in bench.ontology.relations:
        raise UsageError(f"unknown relation {name!r}; use one of {', '.join(bench.ontology.relations)}")


# ---- the workbench itself ---------------------------------------------------------------------

@router.get("/session", summary="Who is asking: role and mode of this workbench")
def session(bench: Bench, request: Request) -> dict:
    """`role` is "editor" (judgements allowed) unless the workbench is read-only ("viewer");
    `auth` says whether it requires a token."""
    return {"role": "viewer" if bench.read_only else "editor", "read_only": bench.read_only,
            "auth": request.app.state.token is not None, "version": __version__,
            "database": bench.kb.store.name}


@router.get("/ontology", summary="Entity, relation and event types")
def ontology(bench: Bench) -> dict:
    o = bench.ontology
    return {"entity_types": list(o.entity_types), "event_types": list(o.event_types),
            "relations": {name: {"symmetric": r.symmetric, "description": r.description,
                                 "subject": sorted(r.subject), "object": sorted(r.object)}
                          for name, r in o.relations.items()}}


@router.get("/stats", summary="Counts of documents, entities, claims and events")
def stats(bench: Bench) -> dict:
    return queries.stats(bench.reader())


# ---- search, entities, documents ----------------------------------------------------------------

@router.get("/search", summary="Search entity names and document text")
def search(bench: Bench, q: SearchText, type: TypeName = None, limit: Limit = 20, offset: Offset = 0) -> dict:
    """Entities whose names contain the query, with counts per type (facets), and documents
    whose text matches it, ranked, with the matching words flagged in a snippet."""
    conn = bench.reader()
    if type is not None:
        _check_type(bench, type)
    entities, facets = web.search_entities(conn, q, type=type, limit=limit, offset=offset)
    docs = [dict(r) for r in search_documents(conn, q, limit=limit, offset=offset)]
    for d in docs:
        d["confidential"] = bool(d["confidential"])
        d["snippet"] = present.snippet(d["snippet"])
        d["score"] = round(d["score"], 4)
    return {"query": q, "type": type,
            "entities": {"items": entities, "facets": facets,
                         "total": facets.get(type, 0) if type else sum(facets.values())},
            "documents": {"items": docs}}


@router.get("/entities", summary="List entities, most-documented first")
def entities(bench: Bench, type: Annotated[str | None, Query(max_length=40)] = None,
             name: Annotated[str | None, Query(max_length=MAX_TEXT)] = None,
             limit: Limit = 100, offset: Offset = 0) -> dict:
    conn = bench.reader()
    if name:
        items, _ = web.search_entities(conn, name, type=type, limit=limit, offset=offset)
    else:
        items = queries.list_entities(conn, type=type, limit=limit, offset=offset)
    return {"items": items}


@router.get("/entities/{ref}", summary="An entity's profile")
def entity(bench: Bench, ref: str, documents_limit: Limit = 100) -> dict:
    """Type, aliases, every relationship grouped by relation and direction with the best
    claims and their evidence, stored metrics, and the documents that mention it (newest
    first). Its events are a timeline of their own: `events` is its address."""
    conn = bench.reader()
    found = resolve_entity(conn, ref)
    return bench.cached(("profile", found["id"], documents_limit),
                        lambda: _profile(bench, conn, found, documents_limit))


def _profile(bench: Workbench, conn, found: dict, documents_limit: int) -> dict:
    eid = found["id"]
    # suggested claims (under the assertion threshold) apart; rejected ones nowhere
    every = judged.admit(conn, web.entity_claims(conn, eid), bench.settings.min_confidence, keep_all=True)
    claims = [c for c in every if c["verdict"] != "rejected" and not c["suggested"]]
    suggested = [c for c in every if c["verdict"] != "rejected" and c["suggested"]]
    docs, docs_total = web.entity_documents(conn, eid, limit=documents_limit)
    # metrics on demand, over the whole network in the scope the entity belongs to (stored ones,
    # from `shabaka analyze`, when the network is too large to compute them for a page view)
    scope = "all" if found.get("type") in CONTEXT_TYPES else DEFAULT_SCOPE
    described = {"name": scope, "description": SCOPES[scope]}
    if len(bench.graph(GraphFilter()).nodes) <= ON_DEMAND_METRICS:
        metrics = bench.metrics(GraphFilter(), scope)[1].get(eid)
    else:
        metrics = analysis.entity_rows(conn, [eid]).get(eid, {}).get("metrics")
        described = {"name": "stored", "description": "as the last 'shabaka analyze' run computed them"}
    return {
        "entity": found,
        "aliases": web.entity_aliases(conn, eid),
        "counts": {**web.entity_counts(conn, eid), "claims": len(claims)},
        "metrics": metrics, "metrics_scope": described,
        "leadership": present.leadership(eid, claims),
        "relationships": present.relationships(eid, claims, bench.ontology),
        "suggested": present.relationships(eid, suggested, bench.ontology),
        "events": f"/api/timeline?entity={quote(eid, safe='')}",
        "documents": {"items": [{**d, "confidential": bool(d["confidential"])} for d in docs],
                      "total": docs_total},
    }


@router.get("/claims", summary="Claims about an entity, with evidence")
def claims(bench: Bench, entity: EntityRef, other: OtherRef = None, relation: RelationName = None,
           limit: Limit = 100, offset: Offset = 0) -> dict:
    conn = bench.reader()
    if relation is not None:
        _check_relation(bench, relation)
    a = resolve_entity(conn, entity)["id"]
    b = resolve_entity(conn, other)["id"] if other else None
    rows, total = web.claims_between(conn, a, b, relation, limit=limit, offset=offset)
    rows = judged.admit(conn, rows, bench.settings.min_confidence, keep_all=True)
    return {"items": [present.claim(r) for r in rows], "total": total}


@router.get("/documents", summary="List documents in ingest order")
def documents(bench: Bench, limit: Limit = 100, offset: Offset = 0) -> dict:
    rows = queries.list_documents(bench.reader(), limit=limit, offset=offset)
    for r in rows:
        r["confidential"] = bool(r["confidential"])
    return {"items": rows}


@router.get("/documents/{ref}", summary="A document: cleaned text cut at its mentions, claims, events")
def document(bench: Bench, ref: str) -> dict:
    conn = bench.reader()
    if not ref.strip():
        raise NotFound("no document ''")
    doc = queries.get_document(conn, ref)
    text = doc.pop("text")
    removed = doc.pop("removed")
    doc.pop("content_hash", None)
    doc.pop("seq", None)
    mentions = web.document_mentions(conn, doc["id"])
    events = web.document_events(conn, doc["id"])
    return {
        "document": {**doc, "chars": len(text), "removed_lines": len(removed)},
        "segments": present.segments(text, mentions),
        "claims": [present.claim(c) for c in judged.admit(conn, web.document_claims(conn, doc["id"]),
                                                         bench.settings.min_confidence, keep_all=True)],
        "events": [{"id": e["id"], "happening": e["happening"], "type": e["type"],
                    "types": json.loads(e["types"]) if e["types"] else [e["type"]],
                    "date": clean_date(e["date"]), "precision": e["date_precision"],
                    "fatalities": e["fatalities"], "reported_by": e["reported_by"],
                    "evidence": " ".join(e["evidence"].split())} for e in events],
    }


# ---- the graph and its analyses -----------------------------------------------------------------

def _split(values: list[str] | None) -> list[str]:
    return [v.strip() for value in values or [] for v in value.split(",") if v.strip()]


def graph_filter(
    bench: Bench,
    relation: Annotated[list[str] | None, Query(description="Only these relations (repeat or use commas).")]
    = None,
    exclude: Annotated[list[str] | None, Query(description="Leave these relations out.")] = None,
    type: Annotated[list[str] | None, Query(description="Keep only edges between entities of these types.")]
    = None,
    min_sources: Annotated[int, Query(ge=1, le=10_000, description="Fewest documents behind an edge.")] = 1,
    as_of: DateParam = None,
    date_from: Annotated[str | None, Query(alias="from", max_length=10)] = None,
    date_to: Annotated[str | None, Query(alias="to", max_length=10)] = None,
    redact: Annotated[bool, Query(description="Leave out what only confidential documents state.")] = False,
    focus: Annotated[str | None, Query(max_length=MAX_TEXT, description="Entity id or name: its vicinity.")]
    = None,
    hops: Annotated[int, Query(ge=0, le=3, description="How far from the focus.")] = 2,
    min_confidence: Annotated[float | None, Query(
        ge=0.0, le=1.0, description="Take claims this confident (and accepted ones); "
        "the assertion threshold by default. 0 shows suggested claims too.")] = None,
) -> GraphFilter:
    """The graph filter every graph endpoint shares, each value checked."""
    relations, excluded, types = _split(relation), _split(exclude), _split(type)
    for rel in (*relations, *excluded):
        _check_relation(bench, rel)
    for t in types:
        _check_type(bench, t)
    as_of, date_from, date_to = _date(as_of, "as_of"), _date(date_from, "from"), _date(date_to, "to")
    if as_of and (date_from or date_to):
        raise UsageError("give either as_of or a from/to range, not both")
    focus_id = resolve_entity(bench.reader(), focus)["id"] if focus else None
    return GraphFilter(
        relations=frozenset(relations) if relations else None, exclude_relations=frozenset(excluded),
        entity_types=frozenset(types) if types else None, min_sources=min_sources, as_of=as_of,
        date_from=date_from, date_to=date_to, redact=redact, focus=focus_id, hops=hops,
        min_confidence=bench.settings.min_confidence if min_confidence is None else min_confidence)


Filter = Annotated[GraphFilter, Depends(graph_filter)]


@router.get("/graph", summary="The actor network a filter selects")
def graph(bench: Bench, flt: Filter) -> dict:
    """Nodes (entities with at least one edge, and the focus) and edges (one per pair and
    relation, with the number of documents and outlets behind it and its best evidence),
    plus the span of dates a date slider can cover."""
    def answer() -> dict:
        g = bench.graph(flt)
        first, last = web.claim_date_span(bench.reader())
        # metrics of this very view, for sizing its nodes; large views keep the stored ones
        metrics = bench.metrics(flt, "all")[1] if len(g.nodes) <= ON_DEMAND_METRICS else None
        return {**present.graph(g, metrics), "focus": present.node(g, flt.focus) if flt.focus else None,
                "date_span": {"first": clean_date(first), "last": clean_date(last)}}

    return bench.cached(("graph-answer", flt), answer)


@router.get("/graph/edge", summary="The claims behind one edge of the graph")
def graph_edge(bench: Bench, flt: Filter, source: EntityRef, target: EntityRef, relation: Annotated[
        str, Query(max_length=40)], limit: Limit = 100, offset: Offset = 0) -> dict:
    g = bench.graph(flt)
    found = next((e for e in g.edges_between(source, target) if e.relation == relation), None)
    if found is None:
        raise NotFound(f"no {relation!r} edge between {source!r} and {target!r} in this graph")
    return {"edge": present.edge(found), "source": present.node(g, found.source),
            "target": present.node(g, found.target),
            "claims": [present.claim(c) for c in found.claims[offset:offset + limit]],
            "total": len(found.claims)}


@router.get("/graph.gexf", summary="The graph a filter selects, as a GEXF file for Gephi",
            response_class=Response, responses={200: {"content": {"application/gexf+xml": {}}}})
def graph_gexf(bench: Bench, flt: Filter) -> Response:
    """Written by the same exporter as `shabaka export gexf`: dynamic dates, evidence and
    metrics on the items; `redact=true` leaves confidential material out."""
    from shabaka.export import export

    with tempfile.TemporaryDirectory(prefix="shabaka-gexf-") as folder:
        out = Path(folder) / "graph.gexf"
        export(bench.reader(), bench.ontology, "gexf", out, flt, pack_files=tuple(bench.kb.pack_files))
        body = out.read_bytes()
    return Response(body, media_type="application/gexf+xml",
                    headers={"content-disposition": 'attachment; filename="shabaka-graph.gexf"'})


@router.get("/paths", summary="Shortest paths between two actors, each hop with its evidence")
def paths(bench: Bench, flt: Filter, source: EntityRef, target: EntityRef,
          limit: Annotated[int, Query(ge=1, le=20)] = 5) -> dict:
    conn = bench.reader()
    a, b = resolve_entity(conn, source)["id"], resolve_entity(conn, target)["id"]
    g = bench.graph(flt)
    found = shortest_paths(g, a, b, limit=limit)
    return {"source": present.node(g, a), "target": present.node(g, b),
            "paths": [[present.edge(hop) for hop in path] for path in found]}


@router.get("/whatif", summary="Remove actors: fragmentation before and after, who is cut off")
def whatif(bench: Bench, flt: Filter,
           remove: Annotated[list[str], Query(description="Entity ids or names to remove (repeat).")],
           anchor: Annotated[str | None, Query(max_length=MAX_TEXT, description=(
               "Report the actors that lose every path to this one."))] = None,
           scope: ScopeName = DEFAULT_SCOPE) -> dict:
    names = _split(remove)
    if not names:
        raise UsageError("name at least one actor to remove")
    if len(names) > MAX_REMOVE:
        raise UsageError(f"remove at most {MAX_REMOVE} actors at once")
    conn = bench.reader()
    ids = [resolve_entity(conn, n)["id"] for n in names]
    anchor_id = resolve_entity(conn, anchor)["id"] if anchor else None
    whole = bench.graph(flt)
    found, result = scoped_whatif(whole, ids, anchor_id, scope)
    return {**present.whatif(found.graph, result), "scope": found.describe(),
            "anchor": present.node(whole, anchor_id) if anchor_id else None,
            "cut_from_anchor": [present.node(whole, n) for n in result.cut_from_anchor],
            "context": [present.node(whole, n) for n in found.context]}


@router.get("/keyplayers", summary="Key players (Borgatti) and brokers, over the scope asked for")
def keyplayers(bench: Bench, flt: Filter, k: Annotated[int, Query(ge=1, le=20)] = 3,
               scope: ScopeName = DEFAULT_SCOPE) -> dict:
    """KPP-Neg (the set whose removal fragments the network most) and KPP-Pos (the set best
    placed to reach the rest), each with its method and score; the top brokers by betweenness
    with their participation across Leiden communities. Countries are context in scope `actors`."""
    def answer() -> dict:
        found, metrics = bench.metrics(flt, scope)
        g = found.graph
        out: dict = {"scope": found.describe(), "k": k,
                     "graph": {"nodes": len(g.nodes), "edges": len(g.edges)},
                     "context": [present.node(bench.graph(flt), n) for n in found.context]}
        if len(g.nodes) > k:
            members, score = key_players(g, k, "fragment")
            effect = run_whatif(g, members, brokers=0)
            out["fragment"] = {"method": "KPP-Neg: distance-weighted fragmentation after removal "
                                         "(Borgatti 2006)",
                               "set": [present.player(g, n) for n in members], "score": round(score, 4),
                               "before": present.fragmentation(effect.before),
                               "after": present.fragmentation(effect.after)}
            members, score = key_players(g, k, "reach")
            out["reach"] = {"method": "KPP-Pos: distance-weighted reach (Borgatti 2006)",
                            "set": [present.player(g, n) for n in members], "score": round(score, 4)}
        ranked = rank(metrics, "betweenness")[:10]
        out["brokers"] = {"method": "betweenness (Brandes), with participation across Leiden communities",
                          "items": [{**present.player(g, n),
                                     "betweenness": round(metrics[n]["betweenness"], 4),
                                     "participation": round(metrics[n]["broker"], 4),
                                     "degree": metrics[n]["degree"]} for n in ranked
                                    if metrics[n]["betweenness"] > 0]}
        return out

    return bench.cached(("keyplayers", flt, k, scope), answer)


@router.get("/audit", summary="Single-source edges and contradictions, each with its sentences")
def audit(bench: Bench, flt: Filter, limit: Limit = 200) -> dict:
    """Edges resting on one source with their one sentence; contradictions with the sentences
    and sources on every side (`shabaka audit`'s findings)."""
    def answer() -> dict:
        g = bench.graph(flt)
        lonely = single_source(g)
        found = contradictions(bench.reader(), bench.ontology, redact=flt.redact,
                               min_confidence=flt.min_confidence)
        return {"edges": len(g.edges),
                "single_source": {"total": len(lonely),
                                  "items": [present.analysed_edge(g, e) for e in lonely[:limit]]},
                "contradictions": {"total": len(found), "items": found[:limit]}}

    return bench.cached(("audit", flt, limit), answer)


@router.get("/timeline", summary="Events and dated claims in date order")
def timeline(bench: Bench, entity: Annotated[str | None, Query(max_length=MAX_TEXT)] = None,
             date_from: Annotated[str | None, Query(alias="from", max_length=10)] = None,
             date_to: Annotated[str | None, Query(alias="to", max_length=10)] = None,
             kind: Literal["event", "claim"] | None = None,
             redact: bool = False, limit: Limit = 200, offset: Offset = 0) -> dict:
    """Reports of one happening are merged into one entry; evidence is capped per entry
    (`evidence_total` says how much there is)."""
    conn = bench.reader()
    found = resolve_entity(conn, entity) if entity else None
    entries = bench.timeline(found["id"] if found else None, _date(date_from, "from"), _date(date_to, "to"),
                             redact)
    if kind:
        entries = [e for e in entries if e["kind"] == kind]
    dated = [e["date"] for e in entries if e["date"]]
    return {"entity": found, "total": len(entries),
            "span": {"first": min(dated) if dated else None, "last": max(dated) if dated else None},
            "entries": [present.timeline_entry(e) for e in entries[offset:offset + limit]]}


# ---- the map -----------------------------------------------------------------------------------

@router.get("/map", summary="Placed events and the places actors control, with their evidence")
def map_data(bench: Bench, entity: Annotated[str | None, Query(max_length=MAX_TEXT)] = None,
             date_from: Annotated[str | None, Query(alias="from", max_length=10)] = None,
             date_to: Annotated[str | None, Query(alias="to", max_length=10)] = None,
             type: Annotated[str | None, Query(max_length=40, description="Only this event type.")] = None,
             redact: bool = False) -> dict:
    """Events with coordinates and precision (point, district, province, country), resolved
    from each document's context; `unplaced` counts the events whose place is unknown."""
    from shabaka.geo.mapview import map_view

    conn = bench.reader()
    found = resolve_entity(conn, entity) if entity else None
    start, end = _date(date_from, "from"), _date(date_to, "to")
    if type is not None and type not in bench.ontology.event_types:
        raise UsageError(f"unknown event type {type!r}; use one of {', '.join(bench.ontology.event_types)}")
    view = bench.cached(("map", found["id"] if found else None, start, end, type, redact), lambda: map_view(
        conn, bench.ontology, tuple(bench.kb.pack_files), date_from=start, date_to=end, redact=redact,
        entity=found["id"] if found else None, event_type=type))
    return {"entity": found, **view}


@router.get("/map/outlines", summary="Country and province outlines, as one GeoJSON FeatureCollection")
def map_outlines(bench: Bench) -> dict:
    """Natural Earth 1:110m countries, then Iraq's provinces; each feature's `level` says which."""
    from shabaka.geo.gazetteer import PROVINCE_OUTLINES, outlines

    def both() -> dict:
        layers = (("country", outlines()), ("province", outlines(*PROVINCE_OUTLINES)))
        return {"type": "FeatureCollection", "features": [
            {**f, "properties": {**f["properties"], "level": level}}
            for level, fc in layers for f in fc["features"]]}

    return bench.cached(("outlines",), both)


# ---- judgements -------------------------------------------------------------------------------

@router.get("/judgements", summary="Every judgement made, newest first")
def list_judgements(bench: Bench) -> dict:
    conn = bench.reader()
    rows = judgements.list_judgements(conn)
    ids = {v for r in rows for v in r["payload"].values() if isinstance(v, str)}
    names = {eid: e["name"] for eid, e in analysis.entity_rows(conn, ids).items()}
    return {"items": [present.judgement(r, names) for r in reversed(rows)]}


@router.get("/judgements/candidates", summary="Likely duplicates to review")
def candidates(bench: Bench, limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50) -> dict:
    return {"items": judgements.candidates(bench.reader(), bench.kb.pack, limit=limit)}


Name = Annotated[str, Field(min_length=1, max_length=MAX_TEXT)]


class MergeBody(BaseModel):
    source: Name = Field(description="Entity merged away (id or name).")
    target: Name = Field(description="Entity that absorbs it.")
    force: bool = Field(default=False, description="Merge even entities of incompatible types.")


class SplitBody(BaseModel):
    entity: Name
    names: list[Name] = Field(min_length=1, max_length=100, description="Names that belong elsewhere.")


class RenameBody(BaseModel):
    entity: Name
    name: Name


class RetypeBody(BaseModel):
    entity: Name
    type: Annotated[str, Field(min_length=1, max_length=40)]


class DistinctBody(BaseModel):
    a: Name
    b: Name


class UndoBody(BaseModel):
    judgement: int | None = Field(default=None, ge=1, description="Judgement id; the latest one if left out.")


@router.post("/judgements/merge", summary="Merge one entity into another")
def merge(bench: Bench, body: MergeBody) -> dict:
    with bench.write() as conn:
        target = resolve_entity(conn, body.target, exact=True)
        source = resolve_entity(conn, body.source, exact=True)
        jid = judgements.merge(conn, source["id"], target["id"], author=bench.settings.author,
                               force=body.force)
    return {"judgement": jid, "source": source, "target": target}


@router.post("/judgements/split", summary="Move the mentions using some names to a new entity")
def split(bench: Bench, body: SplitBody) -> dict:
    with bench.write() as conn:
        entity_id = resolve_entity(conn, body.entity, exact=True)["id"]
        jid, new_id = judgements.split(conn, entity_id, body.names, author=bench.settings.author)
    return {"judgement": jid, "entity": {"id": new_id}}


@router.post("/judgements/rename", summary="Give an entity a new canonical name")
def rename(bench: Bench, body: RenameBody) -> dict:
    if not body.name.strip():
        raise UsageError("the new name is empty")
    with bench.write() as conn:
        entity_id = resolve_entity(conn, body.entity, exact=True)["id"]
        jid = judgements.rename(conn, entity_id, body.name.strip(), author=bench.settings.author)
    return {"judgement": jid, "entity": {"id": entity_id, "name": body.name.strip()}}


@router.post("/judgements/retype", summary="Change an entity's type")
def retype(bench: Bench, body: RetypeBody) -> dict:
    with bench.write() as conn:
        entity_id = resolve_entity(conn, body.entity, exact=True)["id"]
        jid = judgements.retype(conn, entity_id, body.type, author=bench.settings.author)
    return {"judgement": jid, "entity": {"id": entity_id, "type": body.type}}


@router.post("/judgements/distinct", summary="Record that two entities are not the same")
def distinct(bench: Bench, body: DistinctBody) -> dict:
    with bench.write() as conn:
        a, b = resolve_entity(conn, body.a, exact=True)["id"], resolve_entity(conn, body.b, exact=True)["id"]
        jid = judgements.distinct(conn, a, b, author=bench.settings.author)
    return {"judgement": jid}


class ClaimBody(BaseModel):
    claim: Annotated[str, Field(min_length=4, max_length=40, pattern=r"^[0-9a-f]+$",
                                description="Claim id, or the start of one only it has.")]


@router.post("/judgements/accept", summary="Accept a claim: analysis takes it even under the threshold")
def accept(bench: Bench, body: ClaimBody) -> dict:
    with bench.write() as conn:
        jid, key = judgements.judge_claim(conn, body.claim, "accept", author=bench.settings.author)
    return {"judgement": jid, "claim": key["claim"]}


@router.post("/judgements/reject", summary="Reject a claim: no view or analysis takes it")
def reject(bench: Bench, body: ClaimBody) -> dict:
    with bench.write() as conn:
        jid, key = judgements.judge_claim(conn, body.claim, "reject", author=bench.settings.author)
    return {"judgement": jid, "claim": key["claim"]}


EventRef = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[0-9A-Za-z_-]+$")]


class EventMergeBody(BaseModel):
    report: EventRef = Field(description="Event id of a report (the `event` of a timeline entry's evidence).")
    into: EventRef = Field(description="Event or happening id of the happening it tells of.")


class EventSplitBody(BaseModel):
    report: EventRef = Field(description="Event id of the report that is a happening of its own.")


class EventDetachBody(BaseModel):
    report: EventRef = Field(description="Event id of the report holding the sentence.")
    sentence: int = Field(ge=1, le=100_000, description="Its evidence sentence (1-based, in text order).")


@router.post("/judgements/event-merge", summary="Judge that a report tells of another happening")
def event_merge(bench: Bench, body: EventMergeBody) -> dict:
    with bench.write() as conn:
        jid = happenings.merge_events(conn, body.report, body.into, author=bench.settings.author,
                                     together=bench.kb.pack.killed_together)
    return {"judgement": jid}


@router.post("/judgements/event-split", summary="Judge that a report is a happening of its own")
def event_split(bench: Bench, body: EventSplitBody) -> dict:
    with bench.write() as conn:
        jid = happenings.split_event(conn, body.report, author=bench.settings.author,
                                    together=bench.kb.pack.killed_together)
    return {"judgement": jid}


@router.post("/judgements/event-detach",
             summary="Judge that one sentence of a report tells of another happening than the rest")
def event_detach(bench: Bench, body: EventDetachBody) -> dict:
    with bench.write() as conn:
        jid, new = happenings.detach_sentence(conn, body.report, body.sentence, author=bench.settings.author,
                                             together=bench.kb.pack.killed_together)
    return {"judgement": jid, "event": new}


@router.post("/judgements/undo", summary="Undo a judgement (the latest by default)")
def undo(bench: Bench, body: UndoBody) -> dict:
    with bench.write() as conn:
        undone = judgements.undo(conn, body.judgement, together=bench.kb.pack.killed_together)
    return {"undone": undone["id"], "action": undone["action"]}
