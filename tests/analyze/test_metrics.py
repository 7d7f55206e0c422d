"""Metrics against networkx and against values worked out by hand; the write-back."""

from __future__ import annotations

import json
import random

import networkx as nx
import pytest

from shabaka.analyze.metrics import METRICS, betweenness, brokers, compute_metrics, rank, store_metrics
from tests.analyze.conftest import C, undirected


def karate_ids(v: int) -> str:
    return f"n{v:02d}"


@pytest.fixture
def karate(kb):
    reference = nx.karate_club_graph()
    undirected(kb, [(karate_ids(a), karate_ids(b)) for a, b in reference.edges()])
    return kb.graph(), nx.relabel_nodes(nx.Graph(reference.edges()), karate_ids)


def test_metrics_match_networkx(karate):
    graph, reference = karate
    metrics = compute_metrics(graph)
    assert set(metrics) == set(reference)
    between = nx.betweenness_centrality(reference)
    pagerank = nx.pagerank(reference)
    eigen = nx.eigenvector_centrality_numpy(reference)
    top = max(eigen.values())
    cores = nx.core_number(reference)
    for node, m in metrics.items():
        assert set(m) == set(METRICS)
        assert m["degree"] == reference.degree(node)
        assert m["weighted_degree"] == pytest.approx(reference.degree(node))  # every edge weighs 1
        assert m["betweenness"] == pytest.approx(between[node], abs=1e-9)
        assert m["pagerank"] == pytest.approx(pagerank[node], abs=1e-5)
        assert m["eigenvector"] == pytest.approx(eigen[node] / top, abs=1e-6)
        assert m["coreness"] == cores[node]


def test_weights_are_corroboration(kb):
    undirected(kb, [("a", "b"), ("b", "c")])
    kb.doc(C("a", "allied_with", "b"), outlet="Other outlet")
    metrics = compute_metrics(kb.graph())
    assert metrics["a"]["weighted_degree"] == 2.0 and metrics["b"]["weighted_degree"] == 3.0
    reference = nx.Graph()
    reference.add_edge("a", "b", weight=2.0)
    reference.add_edge("b", "c", weight=1.0)
    expected = nx.pagerank(reference, weight="weight")
    assert {n: m["pagerank"] for n, m in metrics.items()} == pytest.approx(expected, abs=1e-5)


def two_cliques(kb):
    left, right = ["a1", "a2", "a3", "a4"], ["b1", "b2", "b3", "b4"]
    pairs = [(x, y) for group in (left, right) for i, x in enumerate(group) for y in group[i + 1:]]
    undirected(kb, [*pairs, ("a4", "b1")])
    return kb.graph()


def test_leiden_finds_two_cliques_and_the_brokers_between_them(kb):
    metrics = compute_metrics(two_cliques(kb))
    left = {metrics[n]["community"] for n in ("a1", "a2", "a3", "a4")}
    right = {metrics[n]["community"] for n in ("b1", "b2", "b3", "b4")}
    assert len(left) == 1 and len(right) == 1 and left != right
    # a4 has three neighbours in its clique and one across: 1 - (3/4)^2 - (1/4)^2
    assert metrics["a4"]["broker"] == pytest.approx(0.375)
    assert metrics["a1"]["broker"] == 0.0
    assert brokers(metrics) == ["a4", "b1"]
    # a4 lies on the only path of 3 x 4 = 12 pairs; normalised by the C(7, 2) = 21 pairs it is not in
    assert metrics["a4"]["betweenness"] == pytest.approx(12 / 21)
    assert rank(metrics)[:2] == ["a4", "b1"]


def test_sampled_betweenness_estimates_the_exact_one(kb):
    import igraph

    random.seed(400)  # igraph draws from Python's random module: the same graph on every run
    g = igraph.Graph.Barabasi(400, 3, directed=False)
    exact = betweenness(g)
    assert betweenness(g, samples=400) == pytest.approx(exact)
    estimate = betweenness(g, samples=200)
    top = sorted(range(400), key=lambda v: -exact[v])[:5]
    for v in top:
        assert estimate[v] == pytest.approx(exact[v], rel=0.25)


def test_metrics_are_written_back_and_stale_ones_cleared(kb):
    graph = two_cliques(kb)
    metrics = compute_metrics(graph)
    with kb.store.write() as conn:
        store_metrics(conn, metrics)
    stored = json.loads(kb.conn.execute("SELECT metrics FROM entities WHERE id = 'a4'").fetchone()[0])
    assert stored == pytest.approx(metrics["a4"])
    assert kb.graph().nodes["a4"]["metrics"] == stored
    store_metrics(kb.conn, {"a1": metrics["a1"]})  # a bare connection: its own transaction
    assert kb.conn.execute("SELECT COUNT(*) FROM entities WHERE metrics IS NOT NULL").fetchone()[0] == 1
    assert not kb.conn.in_transaction


def test_an_empty_graph_has_no_metrics(kb):
    assert compute_metrics(kb.graph()) == {}
