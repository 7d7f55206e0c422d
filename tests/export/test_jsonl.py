"""JSON Lines: export, import into another knowledge base, export again; merges and idempotence."""

from __future__ import annotations

import json

import pytest

from shabaka.errors import UsageError
from shabaka.store import queries
from tests.export.conftest import RENAMED, SECRET_PERSON, write_feed

IGNORED = {"ingested_at"}  # when a document entered a knowledge base is that knowledge base's own fact


def records(path) -> list[dict]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        out.append({k: v for k, v in record.items() if k not in IGNORED})
    return out


def test_every_record_carries_its_provenance(kb, tmp_path):
    kb.export("jsonl", tmp_path / "a.jsonl")
    recs = records(tmp_path / "a.jsonl")
    assert recs[0]["kind"] == "meta" and recs[0]["format"] == "shabaka"
    kinds = {r["kind"] for r in recs}
    assert {"entity", "document", "chain", "mention", "claim", "event", "judgement"} <= kinds
    for claim in (r for r in recs if r["kind"] == "claim"):
        assert claim["doc_id"] and claim["evidence"] and claim["extractor"] and claim["confidence"] > 0
        assert claim["evidence_end"] > claim["evidence_start"] and claim["subject"] and claim["object"]
    docs = {r["id"]: r for r in recs if r["kind"] == "document"}
    claim = next(r for r in recs if r["kind"] == "claim")
    text = docs[claim["doc_id"]]["text"]
    assert text[claim["evidence_start"]:claim["evidence_end"]] == claim["evidence"]


def test_a_round_trip_reproduces_the_knowledge_base_record_by_record(kb, new_kb, tmp_path):
    kb.export("jsonl", tmp_path / "a.jsonl")
    other = new_kb()
    report = other.import_file(tmp_path / "a.jsonl")
    assert report.documents == 3 and report.judgements == 2 and report.entities_matched == 0
    other.export("jsonl", tmp_path / "b.jsonl")
    a, b = records(tmp_path / "a.jsonl"), records(tmp_path / "b.jsonl")
    assert len(a) == len(b)
    for left, right in zip(a, b, strict=True):
        assert left == right
    assert queries.stats(other.store.conn) == queries.stats(kb.store.conn)
    assert other.entity("hadi_al_amiri")["name"] == RENAMED


def test_importing_twice_duplicates_nothing(kb, new_kb, tmp_path):
    kb.export("jsonl", tmp_path / "a.jsonl")
    other = new_kb()
    other.import_file(tmp_path / "a.jsonl")
    counts = queries.stats(other.store.conn)
    again = other.import_file(tmp_path / "a.jsonl")
    assert (again.documents, again.entities_created, again.aliases, again.judgements) == (0, 0, 0, 0)
    assert again.unchanged == 3
    assert queries.stats(other.store.conn) == counts
    other.export("jsonl", tmp_path / "b.jsonl")
    assert records(tmp_path / "a.jsonl") == records(tmp_path / "b.jsonl")


def test_merging_two_analysts_knowledge_bases_keeps_both_and_applies_both_judgements(kb, new_kb, tmp_path):
    kb.export("jsonl", tmp_path / "a.jsonl")
    other = new_kb()
    note = {"title": "Second analyst's note", "outlet": "Other Desk", "published": "2021-03-01",
            "text": "Hadi al-Amiri is the secretary general of the Badr Organization. "
                    "Qais al-Khazali, the leader of Asa'ib Ahl al-Haq, met reporters."}
    assert other.ingest([write_feed(tmp_path / "note.jsonl", [note])]).ok
    report = other.import_file(tmp_path / "a.jsonl")
    assert report.documents == 3 and report.judgements == 2
    assert report.entities_matched >= 2  # Hadi al-Amiri and the Badr Organization were here already
    assert queries.stats(other.store.conn)["documents"] == 4
    profile = other.entity("hadi_al_amiri")
    assert profile["name"] == RENAMED  # analyst A's rename now names analyst B's entity
    titles = {c["doc_title"] for c in profile["claims"]}
    assert titles == {"Militia leadership roundup", "Second analyst's note"}
    assert {c["id"] for c in queries.list_claims(kb.store.conn, limit=-1)} <= {
        c["id"] for c in queries.list_claims(other.store.conn, limit=-1)}
    assert other.import_file(tmp_path / "a.jsonl").documents == 0


def test_an_imported_entity_whose_id_names_someone_else_here_gets_a_fresh_id(new_kb, tmp_path):
    from shabaka.store import entities

    other = new_kb()
    with other.store.write() as conn:
        entities.create(conn, "ali_hassan", "Ali Hassan", "ORGANIZATION")
    lines = [
        {"kind": "meta", "format": "shabaka", "version": 1},
        {"kind": "entity", "id": "ali_hassan", "name": "Ali Hassan", "type": "PERSON", "pack_id": None,
         "aliases": [{"name": "Ali Hassan", "key": "ali hasan", "block": "hasan", "source": "document"}]},
        {"kind": "judgement", "id": 1, "action": "rename", "author": "b",
         "created_at": "2020-01-01T00:00:00Z", "undone_at": None,
         "payload": {"entity": "ali_hassan", "name": "Ali Hassan al-X", "old": "Ali Hassan"}},
    ]
    path = write_feed(tmp_path / "x.jsonl", lines)
    report = other.import_file(path)
    assert report.entities_created == 1
    assert other.entity("ali_hassan_2")["type"] == "PERSON"
    assert other.entity("ali_hassan_2")["name"] == "Ali Hassan al-X"  # the judgement followed the new id
    assert other.entity("ali_hassan")["name"] == "Ali Hassan"


@pytest.mark.parametrize("lines, message", [
    ([{"kind": "entity", "id": "x"}], "meta record"),
    ([{"kind": "meta", "format": "shabaka", "version": 99}], "newer"),
    ([{"kind": "meta", "format": "shabaka", "version": 1}, {"kind": "chain", "doc_id": "d"}], "must follow"),
    ([{"kind": "meta", "format": "shabaka", "version": 1}, {"kind": "gizmo"}], "unknown record kind"),
])
def test_a_malformed_export_is_refused_with_the_record_at_fault(new_kb, tmp_path, lines, message):
    path = write_feed(tmp_path / "bad.jsonl", lines)
    with pytest.raises(UsageError, match=message):
        new_kb().import_file(path, format="jsonl")


def test_a_complete_copy_refuses_graph_filters(kb, tmp_path):
    with pytest.raises(UsageError, match="cannot be filtered"):
        kb.export("jsonl", tmp_path / "a.jsonl", relations=["leads"])
    assert not (tmp_path / "a.jsonl").exists()


def test_the_redacted_copy_imports_into_a_knowledge_base_without_the_confidential_part(kb, new_kb, tmp_path):
    kb.export("jsonl", tmp_path / "r.jsonl", redact=True)
    other = new_kb()
    other.import_file(tmp_path / "r.jsonl")
    stats = queries.stats(other.store.conn)
    assert stats["documents"] == 2 and stats["confidential_documents"] == 0
    assert not queries.list_entities(other.store.conn, name="quillfeather")
    assert [j["action"] for j in other.store.conn.execute("SELECT action FROM overrides")] == ["rename"]
    assert SECRET_PERSON not in {r[0] for r in other.store.conn.execute("SELECT id FROM entities")}


def test_an_imported_document_from_a_path_used_here_does_not_share_its_fate(kb, new_kb, tmp_path):
    kb.export("jsonl", tmp_path / "a.jsonl")
    origin = next(r["origin"] for r in records(tmp_path / "a.jsonl") if r["kind"] == "document")
    other = new_kb()
    with other.store.write() as conn:
        conn.execute("INSERT INTO documents (id, content_hash, origin, format, text, ingested_at)"
                     " VALUES ('local', 'local-hash', ?, 'txt', 'A local note.', '2021-01-01T00:00:00Z')",
                     (origin,))
    other.import_file(tmp_path / "a.jsonl")
    origins = [r[0] for r in other.store.conn.execute("SELECT origin FROM documents ORDER BY origin")]
    assert origin in origins and sum(o.startswith(origin) for o in origins) == 2
    assert any(o.startswith(f"{origin}#imported-") for o in origins)
