"""The KnowledgeBase as the Python API and the CLI use it."""

from spacy.language import Language

from shabaka.config import Settings
from shabaka.kb import KnowledgeBase
from shabaka.store import queries


def open_kb(tmp_path):
    settings = Settings()
    settings.db = tmp_path / "kb.db"
    return KnowledgeBase(settings)


def test_changed_content_at_the_same_origin_replaces_the_document(tmp_path):
    doc = tmp_path / "note.txt"
    doc.write_text("Hadi al-Amiri, the head of the Badr Organization, met reporters.\n")
    with open_kb(tmp_path) as kb:
        assert kb.ingest([doc]).ingested == [str(doc)]
        doc.write_text("Qais al-Khazali, the leader of Asa'ib Ahl al-Haq, met reporters.\n")
        report = kb.ingest([doc])
        assert report.replaced == [str(doc)]
        rows = queries.list_documents(kb.store.conn)
        assert len(rows) == 1
        claims = queries.list_claims(kb.store.conn)
        assert claims and all("Khazali" in c["subject_name"] for c in claims)
        assert not queries.list_entities(kb.store.conn, name="amiri")


def test_confidential_documents_are_flagged(tmp_path):
    doc = tmp_path / "interview.md"
    doc.write_text("# Interview notes\n\nA source said Abu Fadak al-Mohammadawi chaired the meeting.\n")
    with open_kb(tmp_path) as kb:
        kb.ingest([doc], confidential=True)
        (row,) = queries.list_documents(kb.store.conn)
        assert row["confidential"] == 1
        assert row["title"] == "Interview notes"


def test_extract_text_stores_nothing(tmp_path):
    with open_kb(tmp_path) as kb:
        ex = kb.extract_text("Falih al-Fayyadh chairs the Popular Mobilization Forces.")
        assert any(c.type == "PERSON" for c in ex.chains)
        assert queries.stats(kb.store.conn)["documents"] == 0


def test_two_worker_processes_give_the_same_knowledge_base_as_one(tmp_path, monkeypatch):
    import shabaka.kb as kb_module

    monkeypatch.setattr(kb_module, "MIN_DOCS_PER_PROCESS", 1)
    texts = [f"Hadi al-Amiri, the head of the Badr Organization, met officials in Basra on day {i}.\n"
             for i in range(6)]
    results = []
    for processes in (1, 2):
        folder = tmp_path / f"p{processes}"
        folder.mkdir()
        for i, text in enumerate(texts):
            (folder / f"{i}.txt").write_text(text)
        settings = Settings()
        settings.db = folder / "kb.db"
        settings.processes = processes
        with KnowledgeBase(settings) as kb:
            report = kb.ingest([folder])
            assert report.ok, report.failed
            results.append(sorted((c["subject_id"], c["relation"], c["object_id"])
                                  for c in queries.list_claims(kb.store.conn)))
    assert results[0] == results[1] and results[0]


def test_a_name_of_punctuation_finds_nothing(tmp_path):
    import pytest

    from shabaka.errors import NotFound

    doc = tmp_path / "a.txt"
    doc.write_text("Hadi al-Amiri spoke in Basra.\n")
    with open_kb(tmp_path) as kb:
        kb.ingest([doc])
        with pytest.raises(NotFound):
            queries.find_entity(kb.store.conn, "%!%")


def test_a_doubtful_encoding_is_stored_with_the_document_and_warned_about(tmp_path):
    paste = b"Officials said the attack \xc7\xe1 happened near the base in Basra.\n"
    (tmp_path / "paste.txt").write_bytes(paste)
    (tmp_path / "clean.txt").write_text("Officials met in Mosul on Monday.\n")
    with open_kb(tmp_path) as kb:
        report = kb.ingest([tmp_path])
        assert report.failed == [] and len(report.ingested) == 2
        [(origin, reason)] = report.warnings
        assert origin.endswith("paste.txt") and "read as cp1252 with low confidence" in reason
        rows = kb.store.conn.execute(
            "SELECT origin, encoding, encoding_confidence FROM documents ORDER BY origin").fetchall()
        assert [(r["encoding"], r["encoding_confidence"] < 0.9) for r in rows] == [
            ("utf-8", False), ("cp1252", True)]


@Language.component("test_fails_on_marker")
def _fails_on_marker(doc):
    """A pipeline fault on one text, as a broken model or component would raise."""
    if "MARKER-7" in doc.text:
        raise ValueError("component failed on this text")
    return doc


def test_a_pipeline_failure_on_one_document_loses_only_that_document(tmp_path):
    for name, text in (("a.txt", "Hadi al-Amiri spoke in Basra.\n"),
                       ("b.txt", "Qais al-Khazali MARKER-7 spoke in Najaf.\n"),
                       ("c.txt", "Falih al-Fayyadh spoke in Mosul.\n")):
        (tmp_path / name).write_text(text)
    with open_kb(tmp_path) as kb:
        kb.nlp.add_pipe("test_fails_on_marker", last=True)
        try:
            report = kb.ingest([tmp_path])
        finally:
            kb.nlp.remove_pipe("test_fails_on_marker")  # the session's pipeline is shared
        assert report.failed == [(str(tmp_path / "b.txt"),
                                  "extraction failed (ValueError: component failed on this text)")]
        assert sorted(report.ingested) == [str(tmp_path / "a.txt"), str(tmp_path / "c.txt")]
        names = {e["name"] for e in kb.entities()}
        assert {"Hadi al-Amiri", "Falih al-Fayyadh"} <= names and "Qais al-Khazali" not in names


def test_a_failure_storing_one_document_loses_only_that_document(tmp_path, monkeypatch):
    """The documents of one batch share a commit: one failing after its first rows are
    written leaves none of them behind, and the others are stored whole."""
    from shabaka.store import documents as doc_store

    insert_extraction = doc_store.insert_extraction

    def fails_on_najaf(conn, doc_id, text, *args):
        insert_extraction(conn, doc_id, text, *args)
        if "Najaf" in text:
            raise RuntimeError("disk trouble")

    for name, text in (("a.txt", "Hadi al-Amiri spoke in Basra.\n"),
                       ("b.txt", "Qais al-Khazali spoke in Najaf.\n"),
                       ("c.txt", "Falih al-Fayyadh spoke in Mosul.\n")):
        (tmp_path / name).write_text(text)
    monkeypatch.setattr(doc_store, "insert_extraction", fails_on_najaf)
    with open_kb(tmp_path) as kb:
        report = kb.ingest([tmp_path])
        assert report.failed == [(str(tmp_path / "b.txt"), "extraction failed (RuntimeError: disk trouble)")]
        assert report.ingested == [str(tmp_path / "a.txt"), str(tmp_path / "c.txt")]
        assert [d["origin"] for d in queries.list_documents(kb.store.conn)] == report.ingested
        names = {e["name"] for e in kb.entities()}
        assert {"Hadi al-Amiri", "Falih al-Fayyadh", "Basra", "Mosul"} <= names
        assert not names & {"Qais al-Khazali", "Najaf"}
        assert kb.store.conn.execute("SELECT COUNT(*) FROM mentions WHERE text = 'Najaf'").fetchone()[0] == 0

