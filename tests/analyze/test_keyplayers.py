"""What-if removals and key players on graphs whose answers are known by hand."""

from __future__ import annotations

import itertools
import random

import igraph
import pytest

from shabaka.analyze.keyplayers import fragmentation, key_players, whatif
from shabaka.errors import NotFound, UsageError
from tests.analyze.conftest import C, undirected

PATH = [("a", "b"), ("b", "c"), ("c", "d"), ("d", "e")]
STAR = [("hub", f"leaf{i}") for i in range(5)]
TWO_STARS = [("A", f"a{i}") for i in range(5)] + [("B", f"b{i}") for i in range(5)] + [("A", "B")]


def test_fragmentation_of_a_path_before_and_after_removing_its_middle(kb):
    undirected(kb, PATH)
    result = whatif(kb.graph(), ["c"])
    # 10 pairs at distances 1 (x4), 2 (x3), 3 (x2), 4 (x1)
    assert result.before.components == 1 and result.before.largest_share == 1.0
    assert result.before.distance_fragmentation == pytest.approx(1 - (4 + 3 / 2 + 2 / 3 + 1 / 4) / 10)
    assert result.before.average_path_length == pytest.approx(2.0)
    # a-b and d-e are left: 2 of 6 pairs connected, at distance 1
    assert result.after.components == 2 and result.after.largest_share == 0.5
    assert result.after.distance_fragmentation == pytest.approx(1 - 2 / 6)
    assert result.after.average_path_length == pytest.approx(1.0)
    assert not result.after.estimated


def test_removing_a_stars_hub_leaves_isolates(kb):
    undirected(kb, STAR)
    result = whatif(kb.graph(), ["hub"])
    # 15 pairs: 5 hub-leaf at distance 1, 10 leaf-leaf at distance 2
    assert result.before.distance_fragmentation == pytest.approx(1 - (5 + 10 / 2) / 15)
    assert result.before.average_path_length == pytest.approx((5 + 20) / 15)
    assert (result.after.components, result.after.largest_share) == (5, pytest.approx(0.2))
    assert result.after.distance_fragmentation == 1.0 and result.after.average_path_length is None
    assert result.brokers_before == [("hub", 1.0)] and result.brokers_after == []


def test_actors_cut_from_the_anchor_are_those_that_lose_every_path(kb):
    kb.entity("iran", "COUNTRY")
    kb.entities("PERSON", "soleimani", "muhandis")
    kb.doc(C("iran", "backs", "soleimani"), C("soleimani", "backs", "kh"), C("soleimani", "backs", "nujaba"),
           C("iran", "backs", "badr"), C("badr", "allied_with", "kh"), C("muhandis", "leads", "kh"),
           C("muhandis", "member_of", "pmf"))
    result = whatif(kb.graph(), ["soleimani"], anchor="iran")
    assert result.cut_from_anchor == ["nujaba"]  # kh still reaches Iran through Badr
    result = whatif(kb.graph(), ["soleimani", "badr"], anchor="iran")
    assert result.cut_from_anchor == ["kh", "muhandis", "nujaba", "pmf"]
    assert result.after.components == 3  # Iran alone, Nujaba alone, KH with Muhandis and the PMF


def test_whatif_refuses_unknown_actors_and_a_removed_anchor(kb):
    undirected(kb, PATH)
    with pytest.raises(NotFound):
        whatif(kb.graph(), ["nobody"])
    with pytest.raises(UsageError):
        whatif(kb.graph(), ["c"], anchor="c")
    with pytest.raises(UsageError):
        whatif(kb.graph(), [])


def test_sampled_fragmentation_estimates_the_exact_one():
    random.seed(600)  # igraph draws from Python's random module: the same graph on every run
    g = igraph.Graph.Erdos_Renyi(n=600, m=900)
    exact = fragmentation(g)
    estimate = fragmentation(g, samples=150)
    assert estimate.estimated and not exact.estimated
    assert estimate.components == exact.components
    assert estimate.distance_fragmentation == pytest.approx(exact.distance_fragmentation, abs=0.02)
    assert estimate.average_path_length == pytest.approx(exact.average_path_length, rel=0.03)


def test_key_players_of_two_stars_joined_by_a_bridge_are_the_hubs(kb):
    undirected(kb, TWO_STARS)
    members, score = key_players(kb.graph(), 2, "fragment")
    assert sorted(members) == ["A", "B"] and score == 1.0  # only isolates are left
    members, score = key_players(kb.graph(), 2, "reach")
    assert sorted(members) == ["A", "B"] and score == 1.0  # everyone is one step from the set


def test_the_middle_of_a_path_is_its_key_player(kb):
    undirected(kb, PATH)
    assert key_players(kb.graph(), 1, "fragment") == (["c"], pytest.approx(1 - 2 / 6))
    # reach of c: itself 1, b and d 1, a and e 1/2, over 5 actors
    assert key_players(kb.graph(), 1, "reach") == (["c"], pytest.approx(4 / 5))


def _brute_force(g: igraph.Graph, k: int, mode: str) -> float:
    from shabaka.analyze.keyplayers import _distance_fragmentation, _reach

    score = (lambda s: _distance_fragmentation(g, list(s), None)) if mode == "fragment" else (
        lambda s: _reach(g, list(s)))
    return max(score(s) for s in itertools.combinations(range(g.vcount()), k))


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("mode", ["fragment", "reach"])
def test_key_players_reach_the_optimum_of_small_random_graphs(kb, seed, mode):
    rng = random.Random(seed)
    pairs = {tuple(sorted(rng.sample(range(14), 2))) for _ in range(20)}
    undirected(kb, [(f"v{a:02d}", f"v{b:02d}") for a, b in pairs])
    graph = kb.graph()
    _, score = key_players(graph, 3, mode)
    assert score == pytest.approx(_brute_force(graph.collapsed(), 3, mode))


def _ring(name: str, size: int) -> list[tuple[str, str]]:
    """A ring where each actor is tied to the next three (degree 6): no single actor cuts it."""
    return [(f"{name}{i:02d}", f"{name}{(i + step) % size:02d}") for i in range(size) for step in (1, 2, 3)]


def test_on_a_large_graph_a_low_degree_bridge_is_still_found(kb):
    """Past CANDIDATE_LIMIT only some actors are tried; the one cut vertex, a broker of degree 4
    between two rings of degree-6 actors, must be among them, or the search never sees it."""
    from shabaka.analyze import keyplayers

    ring = 80
    assert 2 * ring + 1 > keyplayers.CANDIDATE_LIMIT and 2 * ring > keyplayers.CANDIDATES
    ties = [("bridge", a) for a in ("r00", "r40", "s00", "s40")]
    undirected(kb, _ring("r", ring) + _ring("s", ring) + ties)
    members, score = key_players(kb.graph(), 1, "fragment")
    assert members == ["bridge"]
    assert score > 0.45  # two halves that no longer reach each other


def test_key_players_need_a_sensible_k(kb):
    undirected(kb, PATH)
    with pytest.raises(UsageError):
        key_players(kb.graph(), 5)
    with pytest.raises(UsageError):
        key_players(kb.graph(), 1, "central")
