"""The Python API a notebook uses: every call on the shared knowledge base."""

from __future__ import annotations

import igraph
import networkx as nx
import pytest

from shabaka import KnowledgeBase
from shabaka.errors import NotFound, UsageError
from tests.export.conftest import RENAMED, SECRET_PERSON


def test_open_reads_an_existing_knowledge_base(kb):
    with KnowledgeBase.open(kb.settings.db) as again:
        assert {e["id"] for e in again.entities()} == {e["id"] for e in kb.entities()}


def test_ingest_reports_what_it_did(new_kb, tmp_path):
    doc = tmp_path / "note.txt"
    doc.write_text("Falih al-Fayyadh chairs the Popular Mobilization Forces.\n")
    other = new_kb()
    assert other.ingest([doc]).ingested == [str(doc)]
    assert other.ingest([doc]).unchanged == [str(doc)]


def test_entities_by_type_and_name(kb):
    people = kb.entities(type="PERSON")
    assert people and {e["id"] for e in people} >= {"hadi_al_amiri", "qasem_soleimani"}
    assert all(set(e) >= {"id", "name", "type", "documents", "mentions"} for e in people)
    assert [e["id"] for e in kb.entities(name="amiri")] == ["hadi_al_amiri"]
    assert len(kb.entities(limit=2)) == 2


def test_entity_finds_a_profile_by_any_name(kb):
    profile = kb.entity("Kata'ib Hezbollah")
    assert profile["id"] == "kataib_hezbollah" and "KH" in profile["aliases"]
    assert {c["relation"] for c in profile["claims"]} >= {"backs", "founded"}
    assert kb.entity("hadi_al_amiri")["name"] == RENAMED
    with pytest.raises(NotFound):
        kb.entity("Nobody al-Nowhere")


def test_claims_by_relation_and_entity(kb):
    backs = kb.claims(relation="backs")
    assert len(backs) == 3 and all(c["evidence"] and c["doc_title"] for c in backs)
    assert {c["relation"] for c in kb.claims(entity="Qasem Soleimani")} == {"killed"}


def test_events_filter_by_type_entity_date_and_redaction(kb):
    events = kb.events()
    assert events
    assert all(set(e) >= {"type", "date", "evidence", "actors", "place", "doc_title"} for e in events)
    assert [e["date"] for e in events if e["date"]] == sorted(e["date"] for e in events if e["date"])
    killings = kb.events(type="killing", entity="Qasem Soleimani")
    assert killings and all("killing" in e["types"] for e in killings)
    assert all(e["reported_by"] == len({d["id"] for d in e["documents"]}) for e in events)
    assert any(a["id"] == "qasem_soleimani" for e in killings for a in e["actors"])
    in_2019 = kb.events(date_from="2019", date_to="2019")
    assert in_2019 and all(e["date"].startswith("2019") for e in in_2019)
    assert any(e["confidential"] for e in events)
    assert not any(e["confidential"] for e in kb.events(redact=True))


def test_graph_in_networkx_igraph_or_shabakas_own_form(kb):
    g = kb.graph()
    assert isinstance(g, nx.MultiDiGraph) and g.has_edge("iran", "kataib_hezbollah", key="backs")
    ig = kb.graph(backend="igraph", as_of="2019-07")
    assert isinstance(ig, igraph.Graph)
    leaders = {(ig.vs[e.source]["name"], ig.vs[e.target]["name"]) for e in ig.es if e["relation"] == "leads"}
    assert ("hadi_al_amiri", "badr_organization") in leaders and ("ismail_qaani", "quds_force") not in leaders
    actor = kb.graph(backend=None, relations=["backs"], min_sources=2)
    assert [(e.source, e.target) for e in actor.edges] == [("iran", "kataib_hezbollah")]
    assert SECRET_PERSON not in kb.graph(redact=True)
    with pytest.raises(UsageError):
        kb.graph(backend="graphviz")
    with pytest.raises(UsageError):
        kb.graph(relations=["likes"])


def test_to_pandas_gives_the_csv_tables_as_data_frames(kb):
    pandas = pytest.importorskip("pandas")
    frames = kb.to_pandas()
    assert set(frames) == {"entities", "aliases", "claims", "events", "event_actors", "documents"}
    assert all(isinstance(f, pandas.DataFrame) for f in frames.values())
    claims = frames["claims"]
    assert len(claims) == len(kb.claims())
    assert set(claims.loc[claims.relation == "backs", "outlet"].dropna()) == {"Example Wire", "Example Times"}
    redacted = kb.to_pandas(redact=True)
    assert not redacted["documents"].confidential.any()
    assert SECRET_PERSON not in set(redacted["entities"].id)
    assert set(kb.to_pandas(relations=["leads"])["claims"].relation) == {"leads"}


def test_export_and_import_from_python(kb, new_kb, tmp_path):
    report = kb.export("jsonl", tmp_path / "a.jsonl")
    assert report.files == [tmp_path / "a.jsonl"] and report.counts["document"] == 3
    assert new_kb().import_file(tmp_path / "a.jsonl").documents == 3


def test_a_gloss_in_square_brackets_is_read_and_kept_as_written(new_kb, tmp_path):
    """Monitoring digests gloss names in brackets: the claim is read across the gloss, and its evidence
    quotes the text as written."""
    doc = tmp_path / "digest.txt"
    doc.write_text("Al-Etejah TV aired a statement by the Kata'ib Hizballah [Hezbollah Brigades] "
                   "secretary-general, Abu Hussein al-Hamidawi, on Friday.\n")
    kb = new_kb()
    kb.ingest([doc])
    leads = kb.claims(relation="leads")
    assert len(leads) == 1
    assert "Kata'ib Hizballah [Hezbollah Brigades] secretary-general" in leads[0]["evidence"]
