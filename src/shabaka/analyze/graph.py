"""The actor graph: entities as nodes, claims aggregated into time-scoped, source-counted edges.

When a claim holds (its validity, used by every as-of or date-range view):

- from its `start` date, else its document's publication date, else from an
  unknown time (it then holds at every date before its end);
- until its `end` date, else until the earliest of
  - the start of a later contradicting claim: for a functional relation
    (ontology `functional: true`) another object for the same subject; for a
    one-holder relation (`leads`: an organisation has one top leader at a
    time) another subject for the same object, unless the two claims name
    different roles ("president" / "prime minister");
  - the death of a person it involves, as dated by a `killed` claim (its
    start, else its document's date, an upper bound). A claim reported only
    after that death describes the time before it: its start becomes unknown.
    `killed` claims themselves never end.

Dates are ISO strings of any precision ("2019", "2019-12", "2019-12-30");
every comparison is generous: a claim is in a window if it could hold at some
time in it, given the precision of the dates involved. So an as-of date of
"2019" means "at any time in 2019", and a leader replaced in January 2020
still shows as of "2020-01".

Corroboration (Edge.weight): each distinct outlet behind an edge counts 1 for
its first document and half as much again for each further one (1, 1.5, 1.75
... never 2), so two outlets always outweigh any number of documents from one.
A document with no known outlet counts as its own outlet.
"""

from __future__ import annotations

import calendar
import gc
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from shabaka.config import check_confidence, min_confidence_default
from shabaka.errors import NotFound, UsageError
from shabaka.store import analysis
from shabaka.store.queries import find_entity

if TYPE_CHECKING:
    import sqlite3

    import igraph
    import networkx

    from shabaka.ontology.loader import Ontology

KILLED = "killed"  # ONTOLOGY.md fixes this relation's name and meaning: the object is dead from then on
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
MIN_DATE, MAX_DATE = "0000-01-01", "9999-12-31"


# ---- dates ----------------------------------------------------------------------------------------

@lru_cache(maxsize=65536)
def date_bounds(value: str | None) -> tuple[str, str] | None:
    """The first and last day an ISO date of any precision can mean, or None if it is no date."""
    if not value:
        return None
    m = _ISO.match(value)
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    if month is None:
        return f"{year}-01-01", f"{year}-12-31"
    if not 1 <= int(month) <= 12:
        return None
    last = calendar.monthrange(int(year), int(month))[1]
    if day is None:
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    if not 1 <= int(day) <= last:
        return None
    return (f"{year}-{month}-{day}",) * 2


def lower(value: str) -> str:
    return date_bounds(value)[0]  # type: ignore[index]


def upper(value: str) -> str:
    return date_bounds(value)[1]  # type: ignore[index]


@lru_cache(maxsize=65536)
def clean_date(value: str | None) -> str | None:
    """A stored date if it parses (a timestamp is cut to its date), else None."""
    if date_bounds(value) is None:
        return None
    return _ISO.match(value).group(0)  # type: ignore[union-attr, arg-type]


def parse_date(value: str | None, option: str = "date") -> str | None:
    """A user's date option, checked: "2019", "2019-12" or "2019-12-30"."""
    if value is None:
        return None
    value = value.strip()
    m = _ISO.match(value)
    if not m or m.group(0) != value or date_bounds(value) is None:
        raise UsageError(f"{option} {value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def dates_compatible(a: str, b: str) -> bool:
    """Whether two dates can name the same day, given their precision."""
    return lower(a) <= upper(b) and lower(b) <= upper(a)


def query_window(as_of: str | None = None, date_from: str | None = None,
                 date_to: str | None = None) -> tuple[str, str] | None:
    """The (first day, last day) an as-of date or a date range covers, or None for all time."""
    as_of = parse_date(as_of, "as-of date")
    date_from = parse_date(date_from, "from date")
    date_to = parse_date(date_to, "to date")
    if as_of and (date_from or date_to):
        raise UsageError("give either an as-of date or a from/to range, not both")
    if as_of:
        return lower(as_of), upper(as_of)
    if not (date_from or date_to):
        return None
    lo = lower(date_from) if date_from else MIN_DATE
    hi = upper(date_to) if date_to else MAX_DATE
    if lo > hi:
        raise UsageError(f"the range {date_from} .. {date_to} is empty: 'from' is after 'to'")
    return lo, hi


# ---- validity ---------------------------------------------------------------------------------------

def one_holder_relations(ontology: Ontology) -> frozenset[str]:
    """Relations where one object has one subject at a time (ontology: inverse_functional)."""
    return frozenset(name for name, rel in ontology.relations.items() if rel.inverse_functional)


def _role(claim: dict) -> str | None:
    role = (claim.get("role") or "").strip().casefold()
    return role or None


def roles_compatible(a: dict, b: dict) -> bool:
    """Two claims of one relation can name the same post unless both give roles and they differ."""
    ra, rb = _role(a), _role(b)
    return ra is None or rb is None or ra == rb


def death_dates(claims: list[dict]) -> dict[str, str]:
    """Person id -> the earliest date a `killed` claim puts their death at (or reports it by)."""
    deaths: dict[str, str] = {}
    for c in claims:
        if c["relation"] != KILLED:
            continue
        when = clean_date(c["start"]) or clean_date(c["published"])
        if when and (c["object_id"] not in deaths or lower(when) < lower(deaths[c["object_id"]])):
            deaths[c["object_id"]] = when
    return deaths


def assign_validity(claims: list[dict], ontology: Ontology) -> None:
    """Set "valid_from" and "valid_until" on every claim row (see the module docstring)."""
    deaths = death_dates(claims)
    for c in claims:
        start = clean_date(c["start"]) or clean_date(c["published"])
        until = clean_date(c["end"])
        # where no date is stated for the claim, its report's date stands in, and says so
        c["valid_from_basis"] = "stated" if clean_date(c["start"]) else "reported" if start else None
        c["valid_until_basis"] = "stated" if until else None
        if c["relation"] != KILLED:
            for person in (c["subject_id"], c["object_id"]):
                died = deaths.get(person)
                if died is None:
                    continue
                if start is not None and lower(start) > upper(died):
                    start, c["valid_from_basis"] = None, None
                if until is None or upper(died) < upper(until):
                    until = died
                    c["valid_until_basis"] = "death"
        c["valid_from"], c["valid_until"] = start, until
    _supersede(claims, ontology)


def _supersede(claims: list[dict], ontology: Ontology) -> None:
    import bisect

    groups: dict[tuple, list[tuple[dict, str]]] = defaultdict(list)
    holders = one_holder_relations(ontology)
    for c in claims:
        rel = ontology.relations.get(c["relation"])
        if rel is not None and rel.functional:
            groups[(c["relation"], "subject", c["subject_id"])].append((c, c["object_id"]))
        if c["relation"] in holders:
            groups[(c["relation"], "object", c["object_id"])].append((c, c["subject_id"]))
    for members in groups.values():
        if len({value for _, value in members}) < 2:
            continue
        dated = sorted((m for m in members if m[0]["valid_from"]), key=lambda m: lower(m[0]["valid_from"]))
        starts = [lower(m[0]["valid_from"]) for m in dated]
        for claim, value in members:
            begun = claim["valid_from"]
            # the first claim that starts definitely after this one does
            i = bisect.bisect_right(starts, upper(begun)) if begun else 0
            for later, other in dated[i:]:
                if other == value or not roles_compatible(claim, later):
                    continue
                ends = later["valid_from"]
                if claim["valid_until"] is None or upper(ends) < upper(claim["valid_until"]):
                    claim["valid_until"] = ends
                    claim["valid_until_basis"] = (
                        "successor" if later["valid_from_basis"] == "stated" else "successor reported")
                break


def holds_within(claim: dict, window: tuple[str, str] | None) -> bool:
    """Whether a claim with validity assigned can hold at some time in the window."""
    if window is None:
        return True
    begun, until = claim["valid_from"], claim["valid_until"]
    if begun is not None and lower(begun) > window[1]:
        return False
    return until is None or upper(until) >= window[0]


# ---- the graph ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class GraphFilter:
    """Which claims and entities make up a graph. The defaults take everything."""

    relations: frozenset[str] | None = None      # None = all
    exclude_relations: frozenset[str] = frozenset()
    entity_types: frozenset[str] | None = None
    min_sources: int = 1                         # distinct documents behind an edge
    as_of: str | None = None                     # ISO date, partial allowed ("2019", "2019-12")
    date_from: str | None = None
    date_to: str | None = None
    redact: bool = False                         # drop claims whose only evidence is confidential
    focus: str | None = None                     # entity id: keep its neighbourhood only
    hops: int = 2
    # claims under it are suggested and left out unless accepted; rejected ones never count
    min_confidence: float = field(default_factory=min_confidence_default)


def source_key(claim: dict) -> str:
    """What counts as one independent source: the outlet, or the document when it has none."""
    outlet = (claim.get("outlet") or "").strip().casefold()
    return f"outlet:{outlet}" if outlet else f"doc:{claim['doc_id']}"


def corroboration_score(claims: list[dict]) -> float:
    """Independent-source score of a set of claims (see the module docstring)."""
    if len(claims) == 1:  # most edges of a large graph: skip the bookkeeping
        return 1.0
    per_source: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        per_source[source_key(c)].add(c["doc_id"])
    return sum(2.0 - 0.5 ** (len(docs) - 1) for docs in per_source.values())


def _rank_claims(claims: list[dict]) -> None:
    """Best evidence first: shareable, then most confident, dated by the text, most recent report."""
    if len(claims) < 2:
        return
    claims.sort(key=lambda c: c.get("published") or "", reverse=True)
    claims.sort(key=lambda c: (bool(c.get("confidential")), -(c.get("confidence") or 0.0),
                               c.get("start") is None))


@dataclass
class Edge:
    """One relation between two entities, aggregated over every claim that states it.

    For a symmetric relation `source` is the smaller id and direction means
    nothing. `claims` are CLAIM_SELECT rows plus "valid_from"/"valid_until",
    best evidence first.
    """

    source: str
    target: str
    relation: str
    symmetric: bool
    claims: list[dict] = field(default_factory=list)
    documents: int = 0
    outlets: int = 0
    first: str | None = None
    last: str | None = None

    @cached_property
    def weight(self) -> float:
        """The corroboration score: distinct outlets count more than documents of one outlet.

        Worked out once, on first use: an edge's claims are not meant to change after building.
        """
        return corroboration_score(self.claims)

    @property
    def best_claim(self) -> dict:
        """The claim to show for this edge: shareable, most confident, dated, most recent."""
        return self.claims[0]

    def other(self, node: str) -> str:
        return self.target if node == self.source else self.source


def _make_edge(source: str, target: str, relation: str, symmetric: bool, claims: list[dict]) -> Edge:
    _rank_claims(claims)
    first = last = None
    for c in claims:
        begun = clean_date(c["start"]) or clean_date(c["published"])
        if begun and (first is None or lower(begun) < lower(first)):
            first = begun
        # the last date a claim speaks for: its end, else its report (an open claim held then)
        ended = clean_date(c["end"])
        for date in ((ended,) if ended else (begun, clean_date(c["published"]))):
            if date and (last is None or upper(date) > upper(last)):
                last = date
    return Edge(
        source=source, target=target, relation=relation, symmetric=symmetric, claims=claims,
        documents=len({c["doc_id"] for c in claims}) if len(claims) > 1 else 1,
        outlets=len({source_key(c) for c in claims}) if len(claims) > 1 else 1,
        first=first, last=last,
    )


@dataclass
class ActorGraph:
    """Entities and the aggregated edges between them, as one filter selected them.

    `nodes` maps entity id -> {"id", "name", "type"} plus "metrics" when a run of
    `shabaka analyze` stored some. Analysis works on `collapsed()`: undirected,
    one edge per pair of entities, weight the sum of its edges' corroboration.
    """

    nodes: dict[str, dict]
    edges: list[Edge]
    filter: GraphFilter = field(default_factory=GraphFilter)
    _collapsed: Any = field(default=None, init=False, repr=False, compare=False)
    _pairs: Any = field(default=None, init=False, repr=False, compare=False)

    def to_igraph(self) -> igraph.Graph:
        """A directed multigraph, one edge per aggregated Edge (symmetric ones flagged).

        Vertex attributes: name (entity id), label, type, and each stored metric
        when every node has metrics; edge attributes: relation, symmetric,
        weight, documents, outlets, first, last ("" when unknown), evidence,
        doc_id (of the best claim).
        """
        import igraph

        ids = sorted(self.nodes)
        index = {nid: i for i, nid in enumerate(ids)}
        g = igraph.Graph(n=len(ids), directed=True)
        g.vs["name"] = ids
        g.vs["label"] = [self.nodes[i]["name"] for i in ids]
        g.vs["type"] = [self.nodes[i]["type"] for i in ids]
        if ids and all("metrics" in self.nodes[i] for i in ids):
            for key in self.nodes[ids[0]]["metrics"]:
                g.vs[key] = [self.nodes[i]["metrics"].get(key) for i in ids]
        g.add_edges([(index[e.source], index[e.target]) for e in self.edges],
                    attributes=_edge_attributes(self.edges))
        return g

    def to_networkx(self) -> networkx.MultiDiGraph:
        """A MultiDiGraph keyed by relation, with the same scalar attributes as `to_igraph`."""
        import networkx

        g = networkx.MultiDiGraph()
        for nid in sorted(self.nodes):
            node = self.nodes[nid]
            g.add_node(nid, label=node["name"], type=node["type"], **node.get("metrics", {}))
        attrs = _edge_attributes(self.edges)
        for i, e in enumerate(self.edges):
            g.add_edge(e.source, e.target, key=e.relation, **{k: v[i] for k, v in attrs.items()})
        return g

    def collapsed(self) -> igraph.Graph:
        """The undirected simple graph analysis runs on (built once; do not mutate the graph after).

        Vertices in id order, with attributes name (id), label and type; edges
        carry weight, the summed corroboration of every edge joining the pair.
        """
        if self._collapsed is None:
            import igraph

            ids = sorted(self.nodes)
            index = {nid: i for i, nid in enumerate(ids)}
            weights: dict[tuple[int, int], float] = defaultdict(float)
            with _no_gc():
                for e in self.edges:
                    a, b = index[e.source], index[e.target]
                    weights[(a, b) if a < b else (b, a)] += e.weight
            g = igraph.Graph(n=len(ids), edges=list(weights), directed=False)
            g.vs["name"] = ids
            g.vs["label"] = [self.nodes[i]["name"] for i in ids]
            g.vs["type"] = [self.nodes[i]["type"] for i in ids]
            g.es["weight"] = list(weights.values())
            self._collapsed = g
        return self._collapsed

    def edges_between(self, a: str, b: str) -> list[Edge]:
        """Every edge joining two entities, either way, strongest first."""
        if self._pairs is None:
            pairs: dict[frozenset[str], list[Edge]] = defaultdict(list)
            for e in self.edges:
                pairs[frozenset((e.source, e.target))].append(e)
            for found in pairs.values():
                found.sort(key=lambda e: (-e.weight, e.relation))
            self._pairs = pairs
        return self._pairs.get(frozenset((a, b)), [])

    def node_name(self, node: str) -> str:
        return self.nodes[node]["name"] if node in self.nodes else node

    def require(self, node: str) -> None:
        """Raise NotFound unless the entity is a node of this graph."""
        if node not in self.nodes:
            raise NotFound(f"entity {node!r} has no edge in this graph; loosen the filters "
                           "(--relation, --type, --min-sources, dates) or check the name")


@contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small acyclic objects.

    With a million claim rows alive, every collection walks them all; building
    a large graph otherwise spends most of its time in the collector.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _edge_attributes(edges: list[Edge]) -> dict[str, list]:
    best = [e.best_claim for e in edges]
    return {
        "relation": [e.relation for e in edges],
        "symmetric": [e.symmetric for e in edges],
        "weight": [e.weight for e in edges],
        "documents": [e.documents for e in edges],
        "outlets": [e.outlets for e in edges],
        "first": [e.first or "" for e in edges],
        "last": [e.last or "" for e in edges],
        "evidence": [" ".join(c["evidence"].split()) for c in best],
        "doc_id": [c["doc_id"] for c in best],
    }


def build_graph(conn: sqlite3.Connection, ontology: Ontology, flt: GraphFilter | None = None) -> ActorGraph:
    """The actor graph the filter selects, every edge carrying the claims behind it.

    Only entities with at least one selected edge are nodes, except a focus
    entity, which is kept even when it has none. Validity (see the module
    docstring) is worked out over every claim, before relation and type
    filters, so that a death or a successor ends a claim even when the
    relation that says so is filtered out.
    """
    flt = flt or GraphFilter()  # made per call: its threshold comes from the environment
    window = query_window(flt.as_of, flt.date_from, flt.date_to)
    if flt.min_sources < 1 or flt.hops < 0:
        raise UsageError("min_sources must be at least 1 and hops at least 0")
    with _no_gc():
        claims = [c for c in analysis.claim_rows(conn, include_confidential=not flt.redact,
                                                 min_confidence=flt.min_confidence)
                  if c["subject_id"] != c["object_id"]]
        assign_validity(claims, ontology)
        edges, names = _aggregate(claims, ontology, flt, window)
    keep = {n for e in edges for n in (e.source, e.target)}
    if flt.focus is not None:
        keep = _neighbourhood(flt.focus, edges, flt.hops)
        edges = [e for e in edges if e.source in keep and e.target in keep]
    stored = analysis.stored_metrics(conn)
    nodes = {}
    for nid in sorted(keep):
        if nid in names:
            nodes[nid] = {"id": nid, "name": names[nid][0], "type": names[nid][1]}
            if nid in stored:
                nodes[nid]["metrics"] = stored[nid]
    if flt.focus is not None and flt.focus not in nodes:
        found = analysis.entity_rows(conn, [flt.focus])
        if flt.focus not in found:
            raise NotFound(f"no entity with id {flt.focus!r}")
        nodes[flt.focus] = found[flt.focus]
    return ActorGraph(nodes=nodes, edges=edges, filter=flt)


def _aggregate(claims: list[dict], ontology: Ontology, flt: GraphFilter, window: tuple[str, str] | None
               ) -> tuple[list[Edge], dict[str, tuple[str, str]]]:
    """The edges the filter keeps, sorted, and each endpoint's (name, type)."""
    grouped: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    names: dict[str, tuple[str, str]] = {}
    for c in claims:
        rel = c["relation"]
        if (flt.relations is not None and rel not in flt.relations) or rel in flt.exclude_relations:
            continue
        if flt.entity_types is not None and not (c["subject_type"] in flt.entity_types
                                                 and c["object_type"] in flt.entity_types):
            continue
        if not holds_within(c, window):
            continue
        s, o = c["subject_id"], c["object_id"]
        spec = ontology.relations.get(rel)
        if spec is not None and spec.symmetric and o < s:
            s, o = o, s
        grouped[(s, o, rel)].append(c)
        names[c["subject_id"]] = (c["subject_name"], c["subject_type"])
        names[c["object_id"]] = (c["object_name"], c["object_type"])
    edges = []
    for (s, o, rel), group in grouped.items():
        spec = ontology.relations.get(rel)
        edge = _make_edge(s, o, rel, bool(spec and spec.symmetric), group)
        if edge.documents >= flt.min_sources:
            edges.append(edge)
    edges.sort(key=lambda e: (e.source, e.target, e.relation))
    return edges, names


def _neighbourhood(focus: str, edges: list[Edge], hops: int) -> set[str]:
    adjacent: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        adjacent[e.source].add(e.target)
        adjacent[e.target].add(e.source)
    seen, frontier = {focus}, {focus}
    for _ in range(hops):
        frontier = {n for f in frontier for n in adjacent[f]} - seen
        seen |= frontier
    return seen


def graph_filter(conn: sqlite3.Connection, ontology: Ontology, *,
                 relations: Iterable[str] | None = None, exclude_relations: Iterable[str] | None = None,
                 types: Iterable[str] | None = None, min_sources: int = 1, as_of: str | None = None,
                 date_from: str | None = None, date_to: str | None = None, redact: bool = False,
                 focus: str | None = None, hops: int = 2,
                 min_confidence: float | None = None) -> GraphFilter:
    """A checked GraphFilter from a caller's options; `focus` may be any name of the entity."""
    relations = list(relations or ())
    exclude_relations = list(exclude_relations or ())
    types = list(types or ())
    for name in (*relations, *exclude_relations):
        if name not in ontology.relations:
            raise UsageError(f"unknown relation {name!r}; use one of {', '.join(sorted(ontology.relations))}")
    for name in types:
        if name not in ontology.entity_types:
            raise UsageError(f"unknown entity type {name!r}; use one of {', '.join(ontology.entity_types)}")
    query_window(as_of, date_from, date_to)  # a bad date fails here, naming the option
    return GraphFilter(
        relations=frozenset(relations) if relations else None,
        exclude_relations=frozenset(exclude_relations),
        entity_types=frozenset(types) if types else None,
        min_sources=min_sources, as_of=as_of, date_from=date_from, date_to=date_to, redact=redact,
        focus=find_entity(conn, focus)["id"] if focus else None, hops=hops,
        min_confidence=(min_confidence_default() if min_confidence is None
                        else check_confidence(min_confidence)),
    )
