"""--redact: no byte of any export may betray a confidential document."""

from __future__ import annotations

import csv
import json

import pytest

from shabaka.export import FORMATS
from shabaka.export.records import Redaction
from shabaka.model import Chain, Document, Extraction, Mention, content_hash
from shabaka.store import documents as doc_store
from shabaka.store import entities
from shabaka.store.db import Store
from tests.export.conftest import CONFIDENTIAL_TITLE, SECRET_PERSON, SECRETS, exported_bytes


def _export(kb, tmp_path, fmt, **filters):
    report = kb.export(fmt, tmp_path / f"out-{fmt}", **filters)
    return report, tmp_path / f"out-{fmt}"


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_a_redacted_export_holds_no_trace_of_the_confidential_document(kb, tmp_path, fmt, confidential_doc):
    _, out = _export(kb, tmp_path, fmt, redact=True)
    data = exported_bytes(out).lower()
    for secret in [*SECRETS, confidential_doc["id"], confidential_doc["content_hash"]]:
        assert secret.lower().encode() not in data, (fmt, secret)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_without_redaction_the_confidential_document_is_exported(kb, tmp_path, fmt):
    """The other half of the check above: the test KB really holds what redaction removes."""
    _, out = _export(kb, tmp_path, fmt)
    assert b"quillfeather" in exported_bytes(out).lower()


def test_focusing_a_redacted_export_on_a_confidential_actor_names_nobody(kb, tmp_path):
    _, out = _export(kb, tmp_path, "gexf", redact=True, focus="Abu Zorbanath al-Quillfeather")
    data = exported_bytes(out).lower()
    assert b"quillfeather" not in data and b"zorbanath" not in data


def test_a_claim_stated_in_both_keeps_only_its_shareable_evidence(kb, tmp_path, confidential_doc):
    full = kb.graph(backend=None)
    redacted = kb.graph(backend=None, redact=True)
    wanted = ("iran", "backs", "kataib_hezbollah")
    (edge,) = [e for e in full.edges if (e.source, e.relation, e.target) == wanted]
    (shared,) = [e for e in redacted.edges if (e.source, e.relation, e.target) == wanted]
    assert confidential_doc["id"] in {c["doc_id"] for c in edge.claims}
    assert edge.documents == 3 and shared.documents == 2
    assert all(not c["confidential"] for c in shared.claims)

    _, out = _export(kb, tmp_path, "csv", redact=True)
    with open(out / "claims.csv", encoding="utf-8-sig", newline="") as f:
        backs = [r for r in csv.DictReader(f)
                 if r["relation"] == "backs" and r["object_id"] == "kataib_hezbollah"]
    assert len(backs) == 2 and all(r["outlet"] in ("Example Wire", "Example Times") for r in backs)


def test_redaction_leaves_out_confidential_only_entities_events_and_judgements(kb, tmp_path):
    _, out = _export(kb, tmp_path, "jsonl", redact=True)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records[0]["redacted"] is True
    ids = {r["id"] for r in records if r["kind"] == "entity"}
    assert SECRET_PERSON not in ids and "samarra" not in ids  # Samarra: named only in the interview
    assert "kataib_hezbollah" in ids
    judged = [r["action"] for r in records if r["kind"] == "judgement"]
    assert judged == ["rename"]  # the `distinct` names the confidential-only commander
    assert all(not r["confidential"] for r in records if r["kind"] == "document")
    assert not [r for r in records if r["kind"] == "event" and "granary" in r["evidence"]]


def test_an_entity_named_first_in_a_confidential_document_gets_a_shareable_name_and_an_opaque_id(tmp_path):
    with Store(tmp_path / "kb.db") as store, store.write() as conn:
        entities.create(conn, "abu_nimr_secretname", "Abu Nimr Secretname", "PERSON")
        for text, name, secret in (("Abu Nimr Secretname spoke.", "Abu Nimr Secretname", True),
                                   ("Hamid Publicname spoke.", "Hamid Publicname", False)):
            doc = Document(origin=name, text=text, format="txt", content_hash=content_hash(text),
                           title="t", confidential=secret)
            doc_store.insert_document(conn, doc, "test")
            extraction = Extraction(mentions=[Mention(0, len(name), name, "PERSON", 0, chain=0)],
                                    chains=[Chain(0, name, "PERSON", [name])], sentences=[(0, len(text))])
            doc_store.insert_extraction(conn, doc.id, text, extraction, ["abu_nimr_secretname"])
        red = Redaction(conn, redact=True)
        assert red.name("abu_nimr_secretname") == "Hamid Publicname"
        public_id = red.entity_id("abu_nimr_secretname")
        assert public_id.startswith("redacted_") and "secret" not in public_id
        assert Redaction(conn, redact=True).entity_id("abu_nimr_secretname") == public_id  # stable
        assert Redaction(conn, redact=False).entity_id("abu_nimr_secretname") == "abu_nimr_secretname"


def test_the_confidential_title_is_in_the_knowledge_base(kb):
    """Guards the fixture: the redaction tests above would pass vacuously without it."""
    titles = {r[0] for r in kb.store.conn.execute("SELECT title FROM documents WHERE confidential")}
    assert titles == {CONFIDENTIAL_TITLE}


def test_a_merge_touching_a_confidential_mention_is_exported_without_its_document(new_kb, tmp_path):
    """A merge moves chains keyed by document: a redacted export keeps the judgement but lists
    the shareable documents' chains only, so no confidential document id leaks through it."""
    from shabaka.resolve import judgements
    from tests.export.conftest import CONFIDENTIAL, PUBLIC, write_feed

    kb = new_kb()
    assert kb.ingest([write_feed(tmp_path / "public.jsonl", PUBLIC)]).ok
    assert kb.ingest([write_feed(tmp_path / "secret.jsonl", [CONFIDENTIAL])], confidential=True).ok
    secret_id = kb.store.conn.execute("SELECT id FROM documents WHERE confidential").fetchone()[0]
    with kb.store.write() as conn:
        judgements.merge(conn, "kataib_hezbollah", "badr_organization", author="analyst-a")
    kb.export("jsonl", tmp_path / "redacted.jsonl", redact=True)
    lines = [json.loads(line) for line in (tmp_path / "redacted.jsonl").read_text().splitlines()]
    [merge] = [r for r in lines if r.get("kind") == "judgement" and r["action"] == "merge"]
    assert merge["payload"]["chains"], "the shareable chains of the merge are kept"
    assert secret_id not in (tmp_path / "redacted.jsonl").read_text()
