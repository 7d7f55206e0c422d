"""Analysis scope: which actors key players, brokers and what-if fragmentation are computed over.

The questions these analyses answer ("who holds the network together", "who
is cut off if this commander goes") are about the non-state and sub-state
actors: persons, armed groups, state bodies, organisations. Countries (and
places) are context: left in, they dominate every ranking because every
actor is tied to Iraq, Iran or the United States. So the default scope,
`actors`, leaves them out of the computation, except a context entity named
as an anchor (the what-if "cut off from Iran"), which stays as the one point
the others are measured against; `all` keeps every entity.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from shabaka.errors import UsageError

if TYPE_CHECKING:
    from collections.abc import Iterable

    from shabaka.analyze.graph import ActorGraph
    from shabaka.analyze.keyplayers import WhatIf

CONTEXT_TYPES = frozenset({"COUNTRY", "PLACE"})
SCOPES = {
    "actors": "non-state and sub-state actors (persons, armed groups, state bodies, organisations); "
              "countries and places are context, kept only as anchors",
    "all": "every entity, countries and places included",
}
DEFAULT_SCOPE = "actors"


@dataclass(frozen=True)
class Scoped:
    """A graph cut to a scope, and what was left out (for the output to name)."""

    graph: ActorGraph
    scope: str
    context: list[str]  # ids of the context entities left out, by name

    def describe(self) -> dict:
        return {"name": self.scope, "description": SCOPES[self.scope], "context_left_out": len(self.context)}


def check_scope(scope: str) -> str:
    if scope not in SCOPES:
        raise UsageError(f"unknown scope {scope!r}; use one of {', '.join(SCOPES)}")
    return scope


def scoped(graph: ActorGraph, scope: str = DEFAULT_SCOPE, anchors: Iterable[str | None] = ()) -> Scoped:
    """The part of `graph` the scope keeps: every node for `all`; for `actors`, every node whose
    type is not a context type, plus the anchors and the filter's focus, and the edges among
    those; actors left without an edge go too."""
    from shabaka.analyze.graph import ActorGraph

    check_scope(scope)
    if scope == "all":
        return Scoped(graph, scope, [])
    keep_anyway = {a for a in (*anchors, graph.filter.focus) if a}
    left_out = [nid for nid, node in graph.nodes.items()
                if node["type"] in CONTEXT_TYPES and nid not in keep_anyway]
    if not left_out:
        return Scoped(graph, scope, [])
    dropped = set(left_out)
    edges = [e for e in graph.edges if e.source not in dropped and e.target not in dropped]
    # as in any graph, an actor is a node through its edges: one tied only to countries goes too
    linked = {n for e in edges for n in (e.source, e.target)} | keep_anyway
    nodes = {nid: node for nid, node in graph.nodes.items() if nid not in dropped and nid in linked}
    left_out.sort(key=lambda nid: (graph.node_name(nid).casefold(), nid))
    return Scoped(ActorGraph(nodes=nodes, edges=edges, filter=graph.filter), scope, left_out)


def scoped_whatif(graph: ActorGraph, remove: list[str], anchor: str | None = None,
                  scope: str = DEFAULT_SCOPE) -> tuple[Scoped, WhatIf]:
    """A what-if within a scope: fragmentation and brokers over the scope's actors (the removed
    kept in even if they are countries); who is cut off from the anchor over those actors plus
    the anchor, so that a country anchor is a point to reach, not a broker or a bridge."""
    from shabaka.analyze.keyplayers import whatif

    core = scoped(graph, scope, remove)
    if anchor is None or anchor in core.graph.nodes:
        return core, whatif(core.graph, remove, anchor)
    graph.require(anchor)
    result = whatif(core.graph, remove)
    reach = scoped(graph, scope, [anchor, *remove]).graph
    result.cut_from_anchor = whatif(reach, remove, anchor, brokers=0).cut_from_anchor
    result.anchor = anchor
    return core, result
