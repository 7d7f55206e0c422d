"""Network metrics per actor, computed on the collapsed undirected graph with igraph.

Methods, for citing:

- degree: distinct neighbours; weighted_degree: sum of corroboration weights
  (see `graph` for the score);
- betweenness: Brandes' shortest-path betweenness on unweighted hops,
  normalised by 2/((n-1)(n-2)) as networkx does; on large graphs an estimate
  from a uniform sample of source vertices (Brandes & Pich 2007) or with a
  path-length cutoff, when asked;
- pagerank: damping 0.85, corroboration weights; eigenvector: leading
  eigenvector of the weighted adjacency matrix scaled to a maximum of 1 (zero
  outside the component with the largest eigenvalue);
- coreness: k-core shell index (Seidman);
- community: Leiden optimising modularity with corroboration weights
  (Traag, Waltman & van Eck 2019; leidenalg, fixed seed), numbered by size;
- broker: participation coefficient (Guimerà & Amaral 2005), 1 - sum over
  communities of (neighbours in it / degree)^2: 0 for an actor whose ties all
  stay in one community, near 1 for one spread across many.
"""

from __future__ import annotations

import random
import warnings
from collections import Counter
from typing import TYPE_CHECKING, Any

from shabaka.store import analysis

if TYPE_CHECKING:
    import sqlite3

    import igraph

    from shabaka.analyze.graph import ActorGraph

METRICS = ("degree", "weighted_degree", "betweenness", "pagerank", "eigenvector", "coreness",
           "community", "broker")
LEIDEN_SEED = 42


def betweenness(g: igraph.Graph, *, samples: int | None = None, cutoff: int | None = None,
                seed: int = 0) -> list[float]:
    """Normalised betweenness of every vertex; estimated when `samples` or `cutoff` is given.

    With `samples` = k < n, shortest paths are counted from k sources drawn
    uniformly and scaled by n/k: an unbiased estimate whose relative error
    shrinks as 1/sqrt(k) (benchmarks/graph_scale.py measures it).
    """
    n = g.vcount()
    if n < 3:
        return [0.0] * n
    if samples is not None and samples < n:
        sources = random.Random(seed).sample(range(n), samples)
        raw = g.betweenness(directed=False, cutoff=cutoff, sources=sources)
        raw = [value * n / samples for value in raw]
    else:
        raw = g.betweenness(directed=False, cutoff=cutoff)
    scale = 2.0 / ((n - 1) * (n - 2))
    return [value * scale for value in raw]


def eigenvector(g: igraph.Graph) -> list[float]:
    """Eigenvector centrality, max 1; igraph warns on disconnected graphs, where it is still defined."""
    if g.ecount() == 0:
        return [0.0] * g.vcount()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        values = g.eigenvector_centrality(weights="weight")
    return [max(0.0, v) for v in values]


def communities(g: igraph.Graph, seed: int = LEIDEN_SEED) -> list[int]:
    """Leiden modularity communities; 0 is the largest, ties broken by first vertex."""
    import leidenalg

    if g.vcount() == 0:
        return []
    partition = leidenalg.find_partition(g, leidenalg.ModularityVertexPartition,
                                         weights="weight", seed=seed)
    membership = list(partition.membership)
    sizes = Counter(membership)
    first = {}
    for v, c in enumerate(membership):
        first.setdefault(c, v)
    order = sorted(sizes, key=lambda c: (-sizes[c], first[c]))
    renumber = {c: i for i, c in enumerate(order)}
    return [renumber[c] for c in membership]


def participation(g: igraph.Graph, membership: list[int]) -> list[float]:
    """Participation coefficient of each vertex over the communities of its neighbours."""
    out = []
    for neighbours in g.get_adjlist():
        if not neighbours:
            out.append(0.0)
            continue
        counts = Counter(membership[u] for u in neighbours)
        k = len(neighbours)
        out.append(1.0 - sum((c / k) ** 2 for c in counts.values()))
    return out


def compute_metrics(graph: ActorGraph, *, betweenness_samples: int | None = None,
                    betweenness_cutoff: int | None = None) -> dict[str, dict]:
    """Entity id -> {"degree", "weighted_degree", "betweenness", "pagerank", "eigenvector",
    "coreness", "community", "broker"} for every node of the graph (methods in the module docstring).

    Deterministic for a given graph: Leiden and betweenness sampling use fixed seeds.
    """
    g = graph.collapsed()
    if g.vcount() == 0:
        return {}
    membership = communities(g)
    columns: dict[str, list[Any]] = {
        "degree": g.degree(),
        "weighted_degree": g.strength(weights="weight"),
        "betweenness": betweenness(g, samples=betweenness_samples, cutoff=betweenness_cutoff),
        # ARPACK: igraph's default PRPACK is an order of magnitude slower on weighted hub-and-spoke graphs
        "pagerank": g.pagerank(weights="weight", directed=False, implementation="arpack"),
        "eigenvector": eigenvector(g),
        "coreness": g.coreness(),
        "community": membership,
        "broker": participation(g, membership),
    }
    return {name: {m: columns[m][v] for m in METRICS} for v, name in enumerate(g.vs["name"])}


def rank(metrics: dict[str, dict], by: str = "betweenness") -> list[str]:
    """Entity ids by a metric, highest first (ties by id, so output is stable)."""
    return sorted(metrics, key=lambda nid: (-(metrics[nid].get(by) or 0), nid))


def brokers(metrics: dict[str, dict], top: int = 10) -> list[str]:
    """Actors tying communities together: positive participation, by betweenness."""
    return [nid for nid in rank(metrics, "betweenness") if metrics[nid]["broker"] > 0][:top]


def store_metrics(conn: sqlite3.Connection, metrics: dict[str, dict]) -> None:
    """Write metrics back to the knowledge base in one transaction, replacing any earlier run.

    Call inside `kb.store.write()`; on a bare connection it opens its own transaction.
    """
    analysis.write_metrics(conn, metrics)
