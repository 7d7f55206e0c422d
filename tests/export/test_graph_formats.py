"""GEXF and GraphML read back by networkx and igraph: the same nodes, edges and attributes."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import igraph
import networkx as nx
import pytest

from shabaka.analyze.metrics import METRICS
from shabaka.export.base import xml_text


def _edges(g) -> dict[tuple[str, str, str], dict]:
    return {(u, v, d["relation"]): d for u, v, d in g.edges(data=True)}


@pytest.fixture(scope="module")
def actor_graph(kb):
    return kb.graph(backend=None)


def test_gexf_reads_back_in_networkx_with_every_node_edge_and_attribute(kb, tmp_path, actor_graph):
    path = tmp_path / "net.gexf"
    kb.export("gexf", path)
    g = nx.read_gexf(path)
    assert g.graph["mode"] == "dynamic"
    assert set(g.nodes) == set(actor_graph.nodes)
    edges = _edges(g)
    assert set(edges) == {(e.source, e.target, e.relation) for e in actor_graph.edges}
    amiri = g.nodes["hadi_al_amiri"]
    assert amiri["label"] == "Hadi al-Amiri (Badr)" and amiri["type"] == "PERSON"
    assert set(METRICS) <= set(amiri)
    backs = edges[("iran", "kataib_hezbollah", "backs")]
    assert backs["weight"] == 3.0 and backs["documents"] == 3 and backs["outlets"] == 3
    assert backs["symmetric"] is False and backs["label"] == "backs"
    assert "Kata'ib Hezbollah" in backs["evidence"]


def test_gexf_edges_and_nodes_carry_start_and_end_where_dates_are_known(kb, tmp_path):
    path = tmp_path / "net.gexf"
    kb.export("gexf", path)
    edges = _edges(nx.read_gexf(path))
    killed = edges[("united_states", "qasem_soleimani", "killed")]
    assert killed["start"] == "2020-01-01"
    leads = edges[("hadi_al_amiri", "badr_organization", "leads")]
    assert leads["start"] == "2019-06-01" and "end" not in leads  # open-ended
    root = ET.parse(path).getroot()
    assert root.tag == "{http://www.gexf.net/1.2draft}gexf"
    graph = root.find("{http://www.gexf.net/1.2draft}graph")
    assert graph.get("timeformat") == "date" and graph.get("defaultedgetype") == "directed"


def test_graph_filters_select_what_the_gexf_holds(kb, tmp_path):
    path = tmp_path / "net.gexf"
    report = kb.export("gexf", path, as_of="2019-07", relations=["leads", "backs"])
    edges = _edges(nx.read_gexf(path))
    assert ("hadi_al_amiri", "badr_organization", "leads") in edges
    assert ("ismail_qaani", "quds_force", "leads") not in edges  # reported only from 2020
    assert {r for _, _, r in edges} <= {"leads", "backs"}
    assert report.counts["edge"] == len(edges)


def test_graphml_reads_back_in_networkx_and_igraph(kb, tmp_path, actor_graph):
    path = tmp_path / "net.graphml"
    kb.export("graphml", path)
    g = nx.read_graphml(path)
    assert set(g.nodes) == set(actor_graph.nodes)
    edges = _edges(g)
    assert len(edges) == len(actor_graph.edges)
    backs = edges[("iran", "kataib_hezbollah", "backs")]
    assert backs["weight"] == 3 and backs["symmetric"] is False
    assert backs["corroboration"] == pytest.approx(3.0)
    assert g.nodes["iran"]["type"] == "COUNTRY" and g.nodes["iran"]["label"] == "Iran"

    ig = igraph.Graph.Read_GraphML(str(path))
    assert ig.vcount() == len(actor_graph.nodes) and ig.ecount() == len(actor_graph.edges)
    assert set(ig.es["relation"]) == {e.relation for e in actor_graph.edges}
    assert sorted(ig.vs["label"]) == sorted(n["name"] for n in actor_graph.nodes.values())


def test_an_empty_selection_still_writes_a_readable_graph(kb, tmp_path):
    for fmt, read in (("gexf", nx.read_gexf), ("graphml", nx.read_graphml)):
        path = tmp_path / f"empty.{fmt}"
        kb.export(fmt, path, as_of="1950")
        assert read(path).number_of_nodes() == 0


def test_xml_text_drops_characters_xml_cannot_hold():
    assert xml_text("a\x00b\x0bc\td") == "abc\td"
