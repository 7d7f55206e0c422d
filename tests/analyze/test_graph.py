"""The actor graph: aggregation, filters and validity in time."""

from __future__ import annotations

import pytest

from shabaka.analyze.graph import date_bounds, query_window
from shabaka.errors import NotFound, UsageError
from tests.analyze.conftest import C


def edge_set(graph) -> set[tuple[str, str, str]]:
    return {(e.source, e.relation, e.target) for e in graph.edges}


def test_claims_aggregate_into_one_edge_with_documents_outlets_and_dates(kb):
    kb.doc(C("iran", "backs", "kh"), published="2019-04-18", outlet="Wire")
    kb.doc(C("iran", "backs", "kh"), published="2020-01-09", outlet="Wire")
    kb.doc(C("iran", "backs", "kh", start="2007", end="2020-06"), published="2021-11-10", outlet="Review")
    [edge] = kb.graph().edges
    assert (edge.source, edge.relation, edge.target) == ("iran", "backs", "kh")
    assert (edge.documents, edge.outlets, len(edge.claims)) == (3, 2, 3)
    assert edge.first == "2007" and edge.last == "2020-06"  # the stated end, not the later report
    # one outlet: 1 + 0.5 for its second document; a second outlet: 1 more
    assert edge.weight == pytest.approx(2.5)
    assert edge.best_claim["start"] == "2007"  # a date the text gives makes the best evidence


def test_documents_without_an_outlet_each_count_as_a_source(kb):
    kb.doc(C("a", "backs", "b"))
    kb.doc(C("a", "backs", "b"))
    [edge] = kb.graph().edges
    assert edge.outlets == 2 and edge.weight == 2.0


def test_symmetric_relations_merge_both_directions_directed_ones_do_not(kb):
    kb.doc(C("b", "allied_with", "a"), C("a", "allied_with", "b"), C("a", "backs", "b"), C("b", "backs", "a"))
    graph = kb.graph()
    assert edge_set(graph) == {("a", "allied_with", "b"), ("a", "backs", "b"), ("b", "backs", "a")}
    allied = next(e for e in graph.edges if e.relation == "allied_with")
    assert allied.symmetric and len(allied.claims) == 2
    assert not next(e for e in graph.edges if e.relation == "backs").symmetric


def test_relation_type_and_source_filters(kb):
    kb.entities("PERSON", "amiri")
    kb.entities("COUNTRY", "iran")
    kb.doc(C("amiri", "leads", "badr"), C("iran", "backs", "badr"), C("badr", "hostile_to", "isis"))
    kb.doc(C("iran", "backs", "badr"))
    assert edge_set(kb.graph(relations={"backs"})) == {("iran", "backs", "badr")}
    assert ("badr", "hostile_to", "isis") not in edge_set(kb.graph(exclude_relations={"hostile_to"}))
    assert edge_set(kb.graph(entity_types={"ARMED_GROUP"})) == {("badr", "hostile_to", "isis")}
    assert edge_set(kb.graph(min_sources=2)) == {("iran", "backs", "badr")}
    assert set(kb.graph(min_sources=2).nodes) == {"iran", "badr"}


def test_redaction_drops_what_only_confidential_documents_say(kb):
    kb.doc(C("a", "backs", "b"), C("a", "backs", "c"), confidential=True, outlet="Interview")
    kb.doc(C("a", "backs", "b"), outlet="Wire")
    graph = kb.graph(redact=True)
    assert edge_set(graph) == {("a", "backs", "b")}
    assert [c["confidential"] for c in graph.edges[0].claims] == [False]
    assert edge_set(kb.graph()) == {("a", "backs", "b"), ("a", "backs", "c")}
    assert kb.graph().edges[0].best_claim["confidential"] is False  # shareable evidence shown first


def test_focus_keeps_a_neighbourhood(kb):
    kb.doc(C("a", "backs", "b"), C("b", "backs", "c"), C("c", "backs", "d"), C("x", "backs", "y"))
    assert set(kb.graph(focus="a", hops=1).nodes) == {"a", "b"}
    assert set(kb.graph(focus="a", hops=2).nodes) == {"a", "b", "c"}
    kb.entity("lonely")
    assert set(kb.graph(focus="lonely").nodes) == {"lonely"}
    with pytest.raises(NotFound):
        kb.graph(focus="nobody")


def test_a_claim_holds_between_its_start_and_end(kb):
    kb.doc(C("a", "controls", "town", start="2014-06", end="2017-07"), published="2018-01-01")
    assert edge_set(kb.graph(as_of="2016")) == {("a", "controls", "town")}
    assert edge_set(kb.graph(as_of="2014-06")) == {("a", "controls", "town")}
    assert edge_set(kb.graph(as_of="2017-07-31")) == {("a", "controls", "town")}
    assert kb.graph(as_of="2014-05-31").edges == []
    assert kb.graph(as_of="2017-08").edges == []
    assert edge_set(kb.graph(date_from="2010", date_to="2014-06-01")) == {("a", "controls", "town")}
    assert kb.graph(date_from="2018").edges == []


def test_an_undated_claim_holds_from_its_documents_publication(kb):
    kb.doc(C("iran", "backs", "kh"), published="2019-04-18")
    assert kb.graph(as_of="2019-04-17").edges == []
    assert len(kb.graph(as_of="2019-04-18").edges) == 1
    assert len(kb.graph(as_of="2023").edges) == 1
    assert len(kb.graph(as_of="2019").edges) == 1  # a year means: at some time in it


def test_validity_says_which_dates_the_text_states_and_which_are_report_dates(kb):
    kb.entities("PERSON", "soleimani", "qaani")
    kb.entity("quds_force", "STATE_BODY")
    kb.doc(C("soleimani", "leads", "quds_force", role="commander"), published="2019-04-18")
    kb.doc(C("qaani", "leads", "quds_force", role="commander"), published="2023-11-21")
    kb.doc(C("qaani", "leads", "quds_force", start="2020-01-03", role="commander"), published="2020-02-01")
    claims = {(e.source, c["valid_from"]): c for e in kb.graph().edges for c in e.claims}
    reported = claims[("soleimani", "2019-04-18")]
    assert reported["valid_from_basis"] == "reported"  # a report's date, not the start of a tenure
    assert (reported["valid_until"], reported["valid_until_basis"]) == ("2020-01-03", "successor")
    stated = claims[("qaani", "2020-01-03")]
    assert stated["valid_from_basis"] == "stated" and stated["valid_until_basis"] is None


def test_a_claim_with_no_date_at_all_holds_at_every_date(kb):
    kb.doc(C("iran", "backs", "kh"))
    assert len(kb.graph(as_of="1990").edges) == 1


def test_a_later_value_of_a_functional_relation_ends_the_earlier_one(kb):
    kb.entities("PERSON", "p")
    kb.entities("PLACE", "basra", "baghdad")
    kb.doc(C("p", "born_in", "basra"), published="2010-05-01")
    kb.doc(C("p", "born_in", "baghdad"), published="2015-05-01")
    assert edge_set(kb.graph(as_of="2012")) == {("p", "born_in", "basra")}
    assert edge_set(kb.graph(as_of="2016")) == {("p", "born_in", "baghdad")}
    # the earlier claim holds until the later one begins
    [basra] = [e for e in kb.graph().edges if e.target == "basra"]
    assert basra.claims[0]["valid_until"] == "2015-05-01"


def test_a_new_leader_of_the_same_organisation_ends_the_earlier_one(kb):
    kb.entities("PERSON", "soleimani", "qaani", "salami")
    kb.entity("quds_force", "STATE_BODY")
    kb.doc(C("soleimani", "leads", "quds_force", role="commander"), published="2015-03-01")
    kb.doc(C("qaani", "leads", "quds_force", start="2020-01-03", role="commander"), published="2020-01-09")
    kb.doc(C("salami", "member_of", "quds_force"), published="2016-01-01")  # not a leader: unaffected
    assert edge_set(kb.graph(as_of="2019-12")) == {("soleimani", "leads", "quds_force"),
                                                   ("salami", "member_of", "quds_force")}
    assert edge_set(kb.graph(as_of="2021")) == {("qaani", "leads", "quds_force"),
                                                ("salami", "member_of", "quds_force")}


def test_holders_of_different_roles_do_not_end_each_other(kb):
    kb.entities("PERSON", "president", "prime_minister")
    kb.entity("iraq", "COUNTRY")
    kb.doc(C("president", "leads", "iraq", role="president"), published="2018-10-02")
    kb.doc(C("prime_minister", "leads", "iraq", role="prime minister"), published="2020-05-07")
    assert len(kb.graph(as_of="2021").edges) == 2


def test_a_death_ends_every_claim_of_the_dead_but_the_killing(kb):
    kb.entities("PERSON", "soleimani")
    kb.entities("COUNTRY", "usa", "iran")
    kb.entity("quds_force", "STATE_BODY")
    kb.doc(C("soleimani", "leads", "quds_force"), C("iran", "backs", "soleimani"), published="2019-04-18")
    kb.doc(C("usa", "killed", "soleimani", start="2020-01-03"), published="2020-01-09")
    before = edge_set(kb.graph(as_of="2019-12-31"))
    assert before == {("soleimani", "leads", "quds_force"), ("iran", "backs", "soleimani")}
    assert edge_set(kb.graph(as_of="2021")) == {("usa", "killed", "soleimani")}
    assert len(kb.graph(as_of="2020-01-03").edges) == 3  # the day itself: alive that morning


def test_a_claim_reported_after_a_death_describes_the_time_before_it(kb):
    kb.entities("PERSON", "soleimani")
    kb.entity("usa", "COUNTRY")
    kb.doc(C("usa", "killed", "soleimani", start="2020-01-03"), published="2020-01-09")
    kb.doc(C("soleimani", "leads", "quds_force"), published="2023-11-21")
    claim = next(e for e in kb.graph().edges if e.relation == "leads").claims[0]
    assert (claim["valid_from"], claim["valid_until"]) == (None, "2020-01-03")
    assert ("soleimani", "leads", "quds_force") in edge_set(kb.graph(as_of="2019"))
    assert ("soleimani", "leads", "quds_force") not in edge_set(kb.graph(as_of="2023-11-21"))


def test_validity_comes_from_every_claim_even_those_filtered_out(kb):
    kb.entities("PERSON", "p")
    kb.doc(C("p", "leads", "g"), published="2015-01-01")
    kb.doc(C("q", "killed", "p", start="2018"), published="2018-06-01")
    assert kb.graph(relations={"leads"}, as_of="2019").edges == []


@pytest.mark.parametrize("value,bounds", [
    ("2019", ("2019-01-01", "2019-12-31")),
    ("2020-02", ("2020-02-01", "2020-02-29")),
    ("2020-01-03", ("2020-01-03", "2020-01-03")),
    ("2020-01-03T08:00:00Z", ("2020-01-03", "2020-01-03")),
    ("2019-13", None), ("January", None), (None, None),
])
def test_date_bounds_follow_precision(value, bounds):
    assert date_bounds(value) == bounds


@pytest.mark.parametrize("args", [
    {"as_of": "2019-13"}, {"as_of": "yesterday"}, {"as_of": "2019", "date_from": "2018"},
    {"date_from": "2020", "date_to": "2019"},
])
def test_bad_dates_are_refused_with_advice(args):
    with pytest.raises(UsageError):
        query_window(**args)


def test_exports_as_igraph_and_networkx(kb):
    kb.doc(C("a", "backs", "b"), C("b", "allied_with", "c"), C("a", "leads", "b"), published="2020-01-01")
    graph = kb.graph()
    g = graph.to_igraph()
    assert g.is_directed() and (g.vcount(), g.ecount()) == (3, 3)
    assert sorted(g.vs["name"]) == ["a", "b", "c"]
    assert set(g.es["relation"]) == {"backs", "allied_with", "leads"}
    assert all(w == 1.0 for w in g.es["weight"]) and set(g.es["first"]) == {"2020-01-01"}
    nx_graph = graph.to_networkx()
    assert nx_graph.number_of_edges() == 3 and nx_graph.has_edge("a", "b", key="leads")
    assert nx_graph.nodes["a"]["label"] == "a"
    collapsed = graph.collapsed()
    assert not collapsed.is_directed() and collapsed.ecount() == 2
    assert sorted(collapsed.es["weight"]) == [1.0, 2.0]
