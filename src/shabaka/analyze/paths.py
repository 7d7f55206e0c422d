"""Shortest paths between two actors, each hop an edge with the evidence behind it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from shabaka.errors import UsageError

if TYPE_CHECKING:
    from shabaka.analyze.graph import ActorGraph, Edge


def shortest_paths(graph: ActorGraph, source: str, target: str, limit: int = 5) -> list[list[Edge]]:
    """Up to `limit` shortest paths (fewest hops, ignoring direction) from source to target.

    Each path is its hops in order; a hop is the best-corroborated edge between
    its two actors (its `source`/`target` may point against the way travelled).
    Paths come strongest first: by the total corroboration of their hops.
    To leave a relation out, build the graph with `exclude_relations`.
    """
    graph.require(source)
    graph.require(target)
    if source == target:
        raise UsageError("source and target are the same actor")
    if limit < 1:
        raise UsageError("limit must be at least 1")
    g = graph.collapsed()
    index = {name: v for v, name in enumerate(g.vs["name"])}
    names = g.vs["name"]
    found = []
    for vertices in g.get_all_shortest_paths(index[source], to=index[target]):
        hops = [graph.edges_between(names[a], names[b])[0]
                for a, b in zip(vertices, vertices[1:], strict=False)]
        found.append(hops)
    found.sort(key=lambda hops: (-sum(h.weight for h in hops),
                                 [graph.node_name(h.target).casefold() for h in hops]))
    return found[:limit]


def hop_nodes(path: list[Edge], source: str) -> list[str]:
    """The actors a path visits, in order, starting from `source`."""
    nodes = [source]
    for hop in path:
        nodes.append(hop.other(nodes[-1]))
    return nodes
