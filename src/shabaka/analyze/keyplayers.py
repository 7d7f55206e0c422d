"""What-if removals and key players (Borgatti 2006), on the collapsed undirected graph.

Fragmentation of a graph of n actors, after any removal, over the actors left:

- components, and the share of actors in the largest one;
- distance-weighted fragmentation DF = 1 - sum over pairs of 1/d(i, j) divided
  by the number of pairs (1/d = 0 for a pair with no path): 0 for a clique,
  1 when no two actors are connected;
- average path length over connected pairs.

Exact up to EXACT_LIMIT actors (igraph's path-length histogram); above it DF
and the average path length are estimated from breadth-first searches out of
SAMPLES sources drawn with a fixed seed, and the result says `estimated`.

Key players: KPP-Neg ("fragment") is the set of k actors whose removal
maximises DF; KPP-Pos ("reach") the set maximising distance-weighted reach,
the mean over all actors of 1/d(set, actor) (1 for members). Both are
searched as in Borgatti's KeyPlayer: a start set, improved by swap passes
(replace a member by a non-member whenever that raises the score) until no
swap helps; the start sets are the greedy one (add the best actor k times) and
RESTARTS random ones, since swaps alone can stop at a local optimum. On graphs
larger than CANDIDATE_LIMIT, only the CANDIDATES actors of highest degree and
of highest betweenness are tried, from RESTARTS_LARGE random starts.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from shabaka.analyze.metrics import betweenness
from shabaka.errors import UsageError

if TYPE_CHECKING:
    import igraph

    from shabaka.analyze.graph import ActorGraph

EXACT_LIMIT = 3000
SAMPLES = 300
BATCH = 16
BROKER_SAMPLES = 100
CANDIDATE_LIMIT = 150
CANDIDATES = 40
MAX_PASSES = 20
RESTARTS = 10
RESTARTS_LARGE = 2
BROKERS = 5


@dataclass
class Fragmentation:
    """How connected a graph is (see the module docstring); `estimated` if sampled."""

    components: int
    largest_share: float
    distance_fragmentation: float
    average_path_length: float | None
    estimated: bool = False


@dataclass
class WhatIf:
    """A removal's effect: fragmentation before and after, and who loses every path to the anchor.

    `brokers_before`/`brokers_after` list the top actors by betweenness as
    (id, normalised betweenness), to show who becomes the new broker; when
    fragmentation is sampled, betweenness is estimated from at most
    BROKER_SAMPLES sources.
    """

    removed: list[str]
    before: Fragmentation
    after: Fragmentation
    cut_from_anchor: list[str]
    anchor: str | None
    brokers_before: list[tuple[str, float]] = field(default_factory=list)
    brokers_after: list[tuple[str, float]] = field(default_factory=list)


def fragmentation(g: igraph.Graph, *, samples: int | None = None, seed: int = 0) -> Fragmentation:
    """Fragmentation of an undirected graph; exact unless `samples` < vertex count."""
    n = g.vcount()
    if n == 0:
        return Fragmentation(0, 0.0, 0.0, None)
    sizes = g.connected_components().sizes()
    largest = max(sizes) / n
    if n == 1:
        return Fragmentation(1, 1.0, 0.0, None)
    if samples is None or samples >= n:
        inverse, lengths, reached = 0.0, 0, 0
        for start, _, count in g.path_length_hist(directed=False).bins():
            d = int(start)
            inverse += count / d
            lengths += d * count
            reached += count
        pairs = n * (n - 1) / 2
        estimated = False
    else:
        inverse, lengths, reached = 0.0, 0, 0
        sources = random.Random(seed).sample(range(n), samples)
        for i in range(0, samples, BATCH):  # a few rows of distances at a time bound the memory
            for row in g.distances(source=sources[i:i + BATCH]):
                for d, count in Counter(row).items():
                    if 0 < d < float("inf"):
                        inverse += count / d
                        lengths += int(d) * count
                        reached += count
        pairs = samples * (n - 1)
        estimated = True
    return Fragmentation(
        components=len(sizes),
        largest_share=largest,
        distance_fragmentation=max(0.0, 1.0 - inverse / pairs),
        average_path_length=lengths / reached if reached else None,
        estimated=estimated,
    )


def _samples_for(g: igraph.Graph, samples: int | None) -> int | None:
    if samples is not None:
        return samples
    return None if g.vcount() <= EXACT_LIMIT else SAMPLES


def _top_brokers(g: igraph.Graph, top: int, samples: int | None) -> list[tuple[str, float]]:
    if top <= 0 or g.vcount() == 0:
        return []
    # the top few brokers settle with fewer sources than fragmentation figures need
    sampled = min(samples, BROKER_SAMPLES) if samples and samples < g.vcount() else None
    values = betweenness(g, samples=sampled)
    names = g.vs["name"]
    order = sorted(range(g.vcount()), key=lambda v: (-values[v], names[v]))
    return [(names[v], values[v]) for v in order[:top] if values[v] > 0]


def whatif(graph: ActorGraph, remove: list[str], anchor: str | None = None, *,
           samples: int | None = None, brokers: int = BROKERS) -> WhatIf:
    """Remove actors (entity ids) and compare fragmentation before and after.

    `cut_from_anchor` lists the actors (ids, by name) that had a path to the
    anchor before the removal and have none after it, the removed excepted.
    `samples` forces estimation from that many BFS sources (None: exact up to
    EXACT_LIMIT actors); `brokers` is how many top brokers to report (0: none).
    """
    if not remove:
        raise UsageError("name at least one actor to remove")
    for node in [*remove, *([anchor] if anchor else [])]:
        graph.require(node)
    if anchor in remove:
        raise UsageError(f"the anchor {graph.node_name(anchor)!r} is among the removed actors")
    g = graph.collapsed()
    samples = _samples_for(g, samples)
    index = {name: v for v, name in enumerate(g.vs["name"])}
    removed = list(dict.fromkeys(remove))
    after_g = g.copy()
    after_g.delete_vertices(sorted(index[r] for r in removed))
    cut: list[str] = []
    if anchor is not None:
        before_reach = {g.vs[v]["name"] for v in g.subcomponent(index[anchor])}
        left = {name: v for v, name in enumerate(after_g.vs["name"])}
        after_reach = {after_g.vs[v]["name"] for v in after_g.subcomponent(left[anchor])}
        cut = sorted(before_reach - after_reach - set(removed),
                     key=lambda nid: (graph.node_name(nid).casefold(), nid))
    return WhatIf(
        removed=removed,
        before=fragmentation(g, samples=samples),
        after=fragmentation(after_g, samples=samples),
        cut_from_anchor=cut,
        anchor=anchor,
        brokers_before=_top_brokers(g, brokers, samples),
        brokers_after=_top_brokers(after_g, brokers, samples),
    )


def _distance_fragmentation(g: igraph.Graph, removed: list[int], samples: int | None) -> float:
    keep = sorted(set(range(g.vcount())) - set(removed))
    return fragmentation(g.induced_subgraph(keep), samples=samples).distance_fragmentation


def _reach(g: igraph.Graph, members: list[int]) -> float:
    n = g.vcount()
    nearest = [min(column) for column in zip(*g.distances(source=members), strict=True)]
    total = sum(1.0 if d == 0 else (0.0 if d == float("inf") else 1.0 / d) for d in nearest)
    return total / n


def _candidates(g: igraph.Graph) -> list[int]:
    n = g.vcount()
    if n <= CANDIDATE_LIMIT:
        return list(range(n))
    degree = g.degree()
    between = betweenness(g, samples=None if n <= EXACT_LIMIT else SAMPLES)
    by_degree = sorted(range(n), key=lambda v: (-degree[v], v))[:CANDIDATES]
    by_between = sorted(range(n), key=lambda v: (-between[v], v))[:CANDIDATES]
    return sorted(set(by_degree) | set(by_between))


def key_players(graph: ActorGraph, k: int, mode: str = "fragment") -> tuple[list[str], float]:
    """The k actors (ids) that fragment the graph most ("fragment", KPP-Neg: the score is
    DF after removing them) or reach the rest best ("reach", KPP-Pos: the score is
    distance-weighted reach), by greedy search with swap improvement passes.
    """
    if mode not in ("fragment", "reach"):
        raise UsageError(f"mode {mode!r}: use 'fragment' or 'reach'")
    g = graph.collapsed()
    n = g.vcount()
    if not 1 <= k < n:
        raise UsageError(f"k must be between 1 and {n - 1} for this graph of {n} actors")
    samples = None if n <= EXACT_LIMIT else SAMPLES
    if mode == "fragment":
        def score(members: list[int]) -> float:
            return _distance_fragmentation(g, members, samples)
    else:
        def score(members: list[int]) -> float:
            return _reach(g, members)

    pool = _candidates(g)
    rng = random.Random(0)
    restarts = RESTARTS if n <= CANDIDATE_LIMIT else RESTARTS_LARGE
    starts = [_greedy(pool, k, score)] + [rng.sample(pool, k) for _ in range(restarts)]
    best: tuple[float, list[int]] | None = None
    for start in starts:
        found = _improve(start, pool, score)
        if best is None or found[0] > best[0] + 1e-12:
            best = found
    value, members = best  # type: ignore[misc]
    return [g.vs[v]["name"] for v in members], value


def _greedy(pool: list[int], k: int, score) -> list[int]:
    """Add the actor that raises the score most, k times."""
    chosen: list[int] = []
    for _ in range(k):
        chosen.append(max((v for v in pool if v not in chosen), key=lambda v: (score([*chosen, v]), -v)))
    return chosen


def _improve(chosen: list[int], pool: list[int], score) -> tuple[float, list[int]]:
    """Swap passes: replace a member by a non-member while that raises the score."""
    current = score(chosen)
    for _ in range(MAX_PASSES):
        improved = False
        for i in range(len(chosen)):
            for v in pool:
                if v in chosen:
                    continue
                trial = [*chosen[:i], v, *chosen[i + 1:]]
                value = score(trial)
                if value > current + 1e-12:
                    chosen, current, improved = trial, value, True
        if not improved:
            break
    return current, chosen
