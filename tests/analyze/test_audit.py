"""Corroboration scores, single-source edges and contradictions with both sentences."""

from __future__ import annotations

import pytest

from shabaka.analyze.audit import contradictions, corroboration, single_source
from tests.analyze.conftest import C, E


def test_independent_outlets_outrank_documents_of_one_outlet(kb):
    kb.doc(C("a", "backs", "b"), C("c", "backs", "d"), outlet="Wire")
    kb.doc(C("a", "backs", "b"), outlet="Wire")
    kb.doc(C("c", "backs", "d"), outlet="Review")
    kb.doc(C("e", "backs", "f"), outlet="Wire")
    graph = kb.graph()
    ranked = corroboration(graph)
    assert [(e.source, e.weight) for e in ranked] == [("c", 2.0), ("a", 1.5), ("e", 1.0)]
    assert [(e.source, e.target) for e in single_source(graph)] == [("a", "b"), ("e", "f")]


def kinds(found):
    return [(f["kind"], f["entity"], f["values"]) for f in found]


def test_two_birthplaces_are_a_contradiction_with_both_sentences(kb):
    kb.entities("PERSON", "muhandis")
    kb.entities("PLACE", "basra", "baghdad")
    kb.doc(C("muhandis", "born_in", "basra", text="Al-Muhandis was born in Basra."),
           published="2019-04-18", title="Profile")
    kb.doc(C("muhandis", "born_in", "baghdad", text="Al-Muhandis, a Baghdad native, ..."),
           published="2020-01-09", title="Obituary")
    [found] = contradictions(kb.conn, kb.ontology)
    assert (found["kind"], found["entity"], found["relation"]) == ("functional_value", "muhandis", "born_in")
    assert sorted(found["values"]) == ["baghdad", "basra"]
    assert sorted((e["text"], e["doc_title"]) for e in found["evidence"]) == [
        ("Al-Muhandis was born in Basra.", "Profile"), ("Al-Muhandis, a Baghdad native, ...", "Obituary")]
    assert all(e["published"] and e["doc_id"] for e in found["evidence"])


def test_a_town_and_its_country_are_not_a_contradiction(kb):
    kb.entities("PERSON", "p")
    kb.entity("basra", "PLACE")
    kb.entity("iraq", "COUNTRY")
    kb.doc(C("p", "born_in", "basra"), C("p", "born_in", "iraq"))
    assert contradictions(kb.conn, kb.ontology) == []


def test_two_birth_years_are_a_contradiction(kb):
    kb.entities("PERSON", "p")
    kb.entity("basra", "PLACE")
    kb.doc(C("p", "born_in", "basra", start="1954", text="He was born in Basra in 1954."))
    kb.doc(C("p", "born_in", "basra", start="1953-07", text="Born in Basra in July 1953."))
    kb.doc(C("p", "born_in", "basra", start="1954-05-02", text="Born 2 May 1954."))  # agrees with 1954
    [found] = contradictions(kb.conn, kb.ontology)
    assert found["kind"] == "functional_date" and found["values"] == ["1953-07", "1954", "1954-05-02"]
    texts = {e["text"] for e in found["evidence"]}
    assert texts >= {"He was born in Basra in 1954.", "Born in Basra in July 1953."}


def test_two_leaders_of_one_organisation_at_once(kb):
    kb.entities("PERSON", "fayyadh", "kildani", "amiri", "successor")
    kb.doc(C("fayyadh", "leads", "pmf", role="chairman", text="Fayyadh chairs the PMF."),
           published="2020-03-01", outlet="Wire")
    kb.doc(C("amiri", "leads", "pmf", role="Chairman", text="Amiri heads the PMF."), published="2020-03-01",
           outlet="Review")
    kb.doc(C("kildani", "leads", "pmf", role="brigade commander"), published="2020-03-01")  # another post
    kb.doc(C("successor", "leads", "pmf"), published="2024-01-01")  # later: a change, not a conflict
    [found] = contradictions(kb.conn, kb.ontology)
    assert kinds([found]) == [("concurrent_holders", "pmf", ["amiri", "fayyadh"])]
    assert [e["text"] for e in found["evidence"]] == ["Amiri heads the PMF.", "Fayyadh chairs the PMF."]
    assert found["period"] == ["2020-03-01", "2020-03-01"]


def test_stated_terms_that_overlap_conflict(kb):
    kb.entities("PERSON", "a", "b")
    kb.doc(C("a", "leads", "g", start="2010", end="2016"), published="2020-01-01")
    kb.doc(C("b", "leads", "g", start="2015"), published="2020-01-01")
    kb.doc(C("a", "leads", "h", start="2010", end="2014"), C("b", "leads", "h", start="2015"))
    assert kinds(contradictions(kb.conn, kb.ontology)) == [("concurrent_holders", "g", ["a", "b"])]


def test_two_dates_for_one_death(kb):
    kb.entities("PERSON", "zarqawi")
    kb.entity("usa", "COUNTRY")
    kb.doc(C("usa", "killed", "zarqawi", start="2006-06-07", text="He was killed on 7 June 2006."))
    kb.doc(E("killing", "2006-08", [("zarqawi", "victim")], text="Zarqawi died in an August 2006 strike."))
    [found] = contradictions(kb.conn, kb.ontology)
    assert found["kind"] == "event_date" and found["values"] == ["2006-06-07", "2006-08"]
    assert [e["text"] for e in found["evidence"]] == ["He was killed on 7 June 2006.",
                                                       "Zarqawi died in an August 2006 strike."]


def test_an_event_before_its_actor_existed(kb):
    kb.entity("founder", "PERSON")
    kb.doc(C("founder", "founded", "kh", start="2007", text="KH was formed in 2007."), published="2019-01-01")
    kb.doc(E("attack", "2005-03", [("kh", "agent")], text="KH attacked a base in March 2005."),
           published="2019-01-01")
    [found] = contradictions(kb.conn, kb.ontology)
    assert found["kind"] == "anachronism" and found["entity"] == "kh"
    assert found["values"] == ["attack 2005-03", "founded 2007"]
    assert [e["text"] for e in found["evidence"]] == ["KH attacked a base in March 2005.",
                                                       "KH was formed in 2007."]


def test_an_actor_acting_after_its_death(kb):
    kb.entities("PERSON", "p")
    kb.doc(C("usa", "killed", "p", start="2020-01-03"), published="2020-01-09")
    kb.doc(C("p", "leads", "g", start="2021"), published="2022-01-01")
    [found] = contradictions(kb.conn, kb.ontology)
    assert found["kind"] == "anachronism" and found["values"] == ["leads 2021", "killed by 2020-01-03"]


def test_a_date_after_the_documents_own_publication(kb):
    kb.doc(E("attack", "2021-05", [("g", "agent")]), published="2020-02-01")
    [found] = contradictions(kb.conn, kb.ontology)
    assert found["kind"] == "after_publication"
    assert found["values"] == ["attack 2021-05", "published 2020-02-01"]


def test_redaction_hides_confidential_contradictions(kb):
    kb.entities("PERSON", "p")
    kb.entities("PLACE", "x", "y")
    kb.doc(C("p", "born_in", "x"))
    kb.doc(C("p", "born_in", "y"), confidential=True)
    assert len(contradictions(kb.conn, kb.ontology)) == 1
    assert contradictions(kb.conn, kb.ontology, redact=True) == []


@pytest.mark.parametrize("published", ["2020-03-01", None])
def test_consistent_facts_raise_nothing(kb, published):
    kb.entities("PERSON", "p", "q")
    kb.entity("basra", "PLACE")
    kb.doc(C("p", "born_in", "basra", start="1954"), C("p", "leads", "g", start="2003"),
           C("q", "member_of", "g"), E("attack", "2019", [("g", "agent")]), published=published)
    kb.doc(C("p", "born_in", "basra"), C("p", "leads", "g"), published=published)
    assert contradictions(kb.conn, kb.ontology) == []
