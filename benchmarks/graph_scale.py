"""Network analysis at scale: the actor graph from a knowledge base of a million claims.

Generates a graph (default 100,000 entities, 1,000,000 claims: 80% inside one
of 200 communities, 20% towards a heavy-tailed set of hubs; relations drawn
from the ontology; documents of 50 claims from 40 outlets dated 2000-2024,
a fifth of the claims with a start date) and writes it row by row into a
fresh knowledge base through the real store (Store, entities.create,
documents.insert_document / insert_extraction, one transaction). Then it
times, each with the process's resident memory after it and its peak:

  build      analyze.build_graph over the whole knowledge base, and as of 2015
  collapse   the undirected analysis graph (igraph)
  between    betweenness estimated from --samples sources (Brandes & Pich)
  leiden     Leiden communities (leidenalg, modularity)
  metrics    compute_metrics: all eight metrics, betweenness sampled
  whatif     removing the 5 biggest hubs, anchored on a sixth; fragmentation
             estimated from --samples BFS sources

On a --subgraph-node subgraph (whole communities, with every edge among them) it
times the same work with igraph and with networkx and prints networkx/igraph:
graph construction, betweenness (both sampled from the same number of
sources; networkx has no cutoff-free exact run at this size in reasonable
time), PageRank, communities (networkx has no Leiden: its Louvain is the
nearest), and fragmentation from sampled sources. It also measures the error
of the sampled betweenness against igraph's exact betweenness there: the
mean relative error over the 100 most central actors and the Spearman rank
correlation over all.

Usage: python benchmarks/graph_scale.py [--nodes 100000] [--edges 1000000]
           [--subgraph 10000] [--samples 100] [--db PATH] [--json]
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import psutil

from shabaka.analyze.graph import ActorGraph, GraphFilter, build_graph
from shabaka.analyze.keyplayers import fragmentation, whatif
from shabaka.analyze.metrics import betweenness, communities, compute_metrics
from shabaka.model import Chain, Claim, Document, Extraction, content_hash
from shabaka.ontology import load_ontology
from shabaka.store import documents as doc_store
from shabaka.store import entities
from shabaka.store.db import Store

COMMUNITIES = 200
CLAIMS_PER_DOC = 50
OUTLETS = 40
TYPES = [("PERSON", 0.30), ("ARMED_GROUP", 0.35), ("STATE_BODY", 0.15), ("ORGANIZATION", 0.10),
         ("COUNTRY", 0.02), ("PLACE", 0.08)]
RELATIONS = [("allied_with", 0.25), ("hostile_to", 0.15), ("backs", 0.15), ("member_of", 0.15),
             ("leads", 0.08), ("part_of", 0.08), ("controls", 0.06), ("sanctioned", 0.04),
             ("founded", 0.02), ("succeeded", 0.01), ("killed", 0.005), ("born_in", 0.005)]


def rss_mb() -> float:
    return psutil.Process().memory_info().rss / 2**20


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


class Clock:
    """Times phases and records memory after each."""

    def __init__(self) -> None:
        self.rows: list[dict] = []

    def __call__(self, name: str, fn, *args, **kwargs):
        start = time.perf_counter()
        out = fn(*args, **kwargs)
        seconds = time.perf_counter() - start
        self.rows.append({"phase": name, "seconds": seconds, "rss_mb": rss_mb(), "peak_mb": peak_mb()})
        print(f"  {name:<44} {seconds:>9.2f} s   RSS {rss_mb():>7.0f} MiB   peak {peak_mb():>7.0f} MiB",
              file=sys.stderr, flush=True)
        return out


def generate(nodes: int, edges: int, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Endpoints, relation index and entity types of a community-structured graph with hubs."""
    rng = np.random.default_rng(seed)
    src = rng.integers(0, nodes, edges * 2)
    per_community = max(1, nodes // COMMUNITIES)
    inside = (rng.integers(0, per_community, src.size) * COMMUNITIES + src % COMMUNITIES) % nodes
    hubs = (nodes * rng.random(src.size) ** 3).astype(np.int64)
    dst = np.where(rng.random(src.size) < 0.8, inside, hubs)
    keep = src != dst
    src, dst = src[keep][:edges], dst[keep][:edges]
    names, weights = zip(*RELATIONS, strict=True)
    relation = rng.choice(len(names), size=src.size, p=np.array(weights) / sum(weights))
    kinds, shares = zip(*TYPES, strict=True)
    types = rng.choice(len(kinds), size=nodes, p=np.array(shares) / sum(shares))
    return src, dst, relation, types


def write_kb(path: Path, nodes: int, src, dst, relation, types, seed: int) -> None:
    """Every row through the real store functions, in one transaction."""
    rng = random.Random(seed)
    kinds = [k for k, _ in TYPES]
    names = [r for r, _ in RELATIONS]
    with Store(path) as store, store.write() as conn:
        for v in range(nodes):
            entities.create(conn, f"e{v}", f"Entity {v}", kinds[types[v]])
        for d, first in enumerate(range(0, src.size, CLAIMS_PER_DOC)):
            text = f"Generated report {d}."
            published = f"{rng.randint(2000, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            doc = Document(origin=f"gen/{d}.txt", text=text, format="txt", content_hash=content_hash(text),
                           title=f"Report {d}", outlet=f"Outlet {rng.randrange(OUTLETS)}",
                           published=published)
            chains: dict[int, int] = {}
            claims = []
            for i in range(first, min(first + CLAIMS_PER_DOC, src.size)):
                s = chains.setdefault(int(src[i]), len(chains))
                o = chains.setdefault(int(dst[i]), len(chains))
                start = end = None
                if rng.random() < 0.2:
                    start = str(int(published[:4]) - rng.randint(0, 5))
                    if rng.random() < 0.25:
                        end = str(int(start) + rng.randint(0, 4))
                claims.append(Claim(s, names[relation[i]], o, 0, len(text), "generated", 0.8,
                                    start=start, end=end))
            ids = [f"e{v}" for v in chains]
            extraction = Extraction(
                chains=[Chain(c, f"Entity {v}", kinds[types[v]], [f"Entity {v}"]) for v, c in chains.items()],
                claims=claims, sentences=[(0, len(text))])
            doc_store.insert_document(conn, doc, "benchmark")
            doc_store.insert_extraction(conn, doc.id, text, extraction, ids)


def subgraph(graph: ActorGraph, size: int, nodes: int) -> ActorGraph:
    """Whole communities of the generated graph, about `size` actors, and every edge among them:
    a sample that keeps the graph's structure (its communities, and the hubs' ties across them)."""
    per_community = max(1, nodes // COMMUNITIES)
    wanted = max(1, size // per_community)
    keep = {n for n in graph.nodes if int(n[1:]) % COMMUNITIES < wanted}
    return ActorGraph(nodes={n: graph.nodes[n] for n in keep},
                      edges=[e for e in graph.edges if e.source in keep and e.target in keep])


def spearman(a: list[float], b: list[float]) -> float:
    ra = np.argsort(np.argsort(a))
    rb = np.argsort(np.argsort(b))
    return float(np.corrcoef(ra, rb)[0, 1])


def compare_with_networkx(sub: ActorGraph, samples: int, clock: Clock) -> dict:
    import igraph
    import networkx as nx

    g = sub.collapsed()
    pairs = g.get_edgelist()
    n = g.vcount()
    out: dict[str, float] = {"nodes": n, "edges": g.ecount()}
    times: dict[str, tuple[float, float]] = {}

    def best_of(fn) -> tuple[float, object]:
        # the best of up to three runs: the first call of some igraph routines pays a warm-up
        best, out = float("inf"), None
        for _ in range(3):
            start = time.perf_counter()
            out = fn()
            best = min(best, time.perf_counter() - start)
            if best > 5:
                break
        return best, out

    def both(name, ig_fn, nx_fn):
        ig_t, ig_out = best_of(ig_fn)
        nx_t, nx_out = best_of(nx_fn)
        times[name] = (ig_t, nx_t)
        print(f"  {name:<31} igraph {ig_t:>8.3f} s   networkx {nx_t:>8.3f} s   "
              f"networkx/igraph {nx_t / max(ig_t, 1e-9):>7.1f}", file=sys.stderr, flush=True)
        return ig_out, nx_out

    _, G = both("graph construction", lambda: igraph.Graph(n=n, edges=pairs),
                lambda: nx.Graph(pairs))
    G.add_nodes_from(range(n))
    for (a, b), w in zip(pairs, g.es["weight"], strict=True):
        G[a][b]["weight"] = w
    sources = random.Random(0).sample(range(n), samples)
    both("betweenness (sampled)", lambda: betweenness(g, samples=samples),
         lambda: nx.betweenness_centrality(G, k=samples, seed=0))
    both("pagerank", lambda: g.pagerank(weights="weight", directed=False, implementation="arpack"),
         lambda: nx.pagerank(G, weight="weight"))
    both("communities (Leiden / Louvain)", lambda: communities(g),
         lambda: nx.community.louvain_communities(G, weight="weight", seed=0))

    def nx_fragmentation():
        inverse = 0.0
        for s in sources:
            inverse += sum(1 / d for d in nx.single_source_shortest_path_length(G, s).values() if d)
        return nx.number_connected_components(G), 1 - inverse / (samples * (n - 1))

    both("fragmentation (sampled)", lambda: fragmentation(g, samples=samples), nx_fragmentation)
    out["ratios"] = {k: nx_t / max(ig_t, 1e-9) for k, (ig_t, nx_t) in times.items()}
    out["times"] = times
    exact = clock(f"exact betweenness on the {n}-node subgraph", betweenness, g)
    ranked = sorted(range(n), key=lambda v: -exact[v])
    for k in (samples, samples * 5):
        estimate = betweenness(g, samples=k)
        errors = [abs(estimate[v] - exact[v]) / exact[v] if exact[v] > 0 else 0.0 for v in ranked[:100]]
        found = set(sorted(range(n), key=lambda v: -estimate[v])[:20])
        stats = {"mean_relative_error_top10": float(np.mean(errors[:10])),
                 "mean_relative_error_top100": float(np.mean(errors)),
                 "top20_overlap": len(found & set(ranked[:20])) / 20,
                 "spearman_all": spearman(exact, estimate)}
        out[f"betweenness_error_k{k}"] = stats
        print(f"  sampled betweenness, {k} sources: mean relative error, top 10"
              f" {stats['mean_relative_error_top10']:.1%}, top 100 {stats['mean_relative_error_top100']:.1%};"
              f" top-20 overlap {stats['top20_overlap']:.0%}; Spearman {stats['spearman_all']:.3f}",
              file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--edges", type=int, default=1_000_000, help="claims to generate")
    parser.add_argument("--subgraph", type=int, default=10_000, help="nodes for the networkx comparison")
    parser.add_argument("--samples", type=int, default=100, help="sources for sampled estimates")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", type=Path, help="where to write the knowledge base (default: a temp dir)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON on stdout")
    args = parser.parse_args(argv)

    tmp = tempfile.TemporaryDirectory(prefix="shabaka-graph-")
    db = args.db or Path(tmp.name) / "graph.db"
    if db.exists():
        raise SystemExit(f"{db} exists; the benchmark needs a fresh knowledge base")
    clock = Clock()
    print(f"{args.nodes} entities, {args.edges} claims -> {db}", file=sys.stderr)
    src, dst, relation, types = clock("generate", generate, args.nodes, args.edges, args.seed)
    clock("write the knowledge base (real store, bulk)", write_kb, db, args.nodes, src, dst, relation, types,
          args.seed)
    del src, dst, relation, types
    ontology = load_ontology()
    with Store(db) as store:
        graph = clock("build_graph (all claims)", build_graph, store.conn, ontology)
        dated = clock("build_graph (as of 2015)", build_graph, store.conn, ontology,
                      GraphFilter(as_of="2015"))
        figures: dict = {"nodes": len(graph.nodes), "edges": len(graph.edges),
                         "claims": sum(len(e.claims) for e in graph.edges),
                         "edges_as_of_2015": len(dated.edges)}
        del dated
    g = clock("collapse to the igraph analysis graph", graph.collapsed)
    figures["pairs"] = g.ecount()
    clock(f"betweenness, {args.samples} sampled sources", betweenness, g, samples=args.samples)
    membership = clock("Leiden communities", communities, g)
    figures["communities"] = len(set(membership))
    clock("compute_metrics (all eight)", compute_metrics, graph, betweenness_samples=args.samples)
    hubs = sorted(range(g.vcount()), key=lambda v: -g.degree(v))[:6]
    names = [g.vs[v]["name"] for v in hubs]
    result = clock(f"whatif: remove 5 hubs, {args.samples} sampled sources", whatif, graph, names[:5],
                   anchor=names[5], samples=args.samples)
    figures["whatif"] = {"before": vars(result.before), "after": vars(result.after),
                         "cut_from_anchor": len(result.cut_from_anchor)}
    sub = subgraph(graph, args.subgraph, args.nodes)
    print(f"networkx / igraph on a {len(sub.nodes)}-node subgraph:", file=sys.stderr)
    figures["networkx"] = compare_with_networkx(sub, args.samples, clock)
    figures["phases"] = clock.rows
    figures["peak_mb"] = peak_mb()
    print(f"graph: {figures['nodes']} nodes, {figures['edges']} edges ({figures['pairs']} linked pairs), "
          f"{figures['claims']} claims; {figures['communities']} communities; peak RSS {peak_mb():.0f} MiB",
          file=sys.stderr)
    if args.json:
        print(json.dumps(figures, indent=2, default=str))


if __name__ == "__main__":
    main()
