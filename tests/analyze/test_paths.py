"""Shortest paths, hop by hop, with their evidence."""

from __future__ import annotations

import pytest

from shabaka.analyze.paths import hop_nodes, shortest_paths
from shabaka.errors import NotFound, UsageError
from tests.analyze.conftest import C


@pytest.fixture
def network(kb):
    kb.entities("PERSON", "soleimani", "muhandis")
    kb.entity("quds_force", "STATE_BODY")
    kb.doc(C("soleimani", "leads", "quds_force", text="Soleimani commanded the Quds Force."),
           C("muhandis", "leads", "kh", text="Al-Muhandis led Kata'ib Hezbollah."),
           C("soleimani", "allied_with", "muhandis", text="Soleimani worked closely with al-Muhandis."),
           C("quds_force", "backs", "badr", text="The Quds Force armed Badr."),
           C("badr", "hostile_to", "kh", text="Badr clashed with KH."),
           published="2019-04-18", outlet="Review")
    kb.doc(C("soleimani", "allied_with", "muhandis", text="The two men were close allies."),
           published="2020-01-09", outlet="Wire")
    return kb


def test_the_shortest_path_hop_by_hop_with_its_evidence(network):
    [path] = shortest_paths(network.graph(), "kh", "quds_force")  # the 3-hop route is longer
    assert hop_nodes(path, "kh") == ["kh", "badr", "quds_force"]
    assert [h.relation for h in path] == ["hostile_to", "backs"]
    assert (path[1].source, path[1].target) == ("quds_force", "badr")  # against the way travelled
    assert path[1].best_claim["evidence"] == "The Quds Force armed Badr."
    assert path[1].best_claim["doc_title"] == "Report 1"


def test_equal_length_paths_come_strongest_first(network):
    network.doc(C("muhandis", "member_of", "pmf"), C("pmf", "part_of", "quds_force"))
    paths = shortest_paths(network.graph(), "muhandis", "quds_force")
    assert [hop_nodes(p, "muhandis") for p in paths] == [["muhandis", "soleimani", "quds_force"],
                                                         ["muhandis", "pmf", "quds_force"]]
    assert paths[0][0].documents == 2  # the alliance two outlets report


def test_excluding_a_relation_reroutes_the_path(network):
    graph = network.graph(exclude_relations={"hostile_to"})
    [path] = shortest_paths(graph, "kh", "quds_force")
    assert hop_nodes(path, "kh") == ["kh", "muhandis", "soleimani", "quds_force"]
    assert shortest_paths(network.graph(relations={"backs"}), "badr", "quds_force")
    with pytest.raises(NotFound):
        shortest_paths(network.graph(relations={"backs"}), "kh", "quds_force")


def test_no_path_and_bad_requests(network):
    network.doc(C("isis", "hostile_to", "usa"))
    assert shortest_paths(network.graph(), "kh", "isis") == []
    with pytest.raises(UsageError):
        shortest_paths(network.graph(), "kh", "kh")
    with pytest.raises(NotFound):
        shortest_paths(network.graph(), "kh", "nobody")
