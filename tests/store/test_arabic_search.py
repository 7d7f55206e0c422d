"""Full-text search finds an Arabic-script name however it is vowelled or its hamza written."""

from __future__ import annotations

import sqlite3

import pytest

from shabaka.model import Document, content_hash
from shabaka.store import documents as doc_store
from shabaka.store.db import Store
from shabaka.store.fts import search_documents
from shabaka.store.schema import MIGRATIONS

VOWELLED = "قُتِلَ قاسِم سُلَيْماني، وقُتِلَ أبو مَهْدي المُهَنْدِس قرب مطار بغداد."
PLAIN = "The statement named قاسم سليماني and ابو مهدي المهندس in its second line."


def _doc(text: str, origin: str) -> Document:
    return Document(origin=origin, text=text, format="txt", content_hash=content_hash(text))


@pytest.fixture()
def store(db_location):
    with Store(db_location) as store:
        with store.write() as conn:
            doc_store.insert_document(conn, _doc(VOWELLED, "vowelled.txt"), "test")
            doc_store.insert_document(conn, _doc(PLAIN, "plain.txt"), "test")
        yield store


@pytest.mark.parametrize("query", ["سليماني", "سُلَيْماني", "قاسم سليماني", '"قاسِم سُلَيْماني"',
                                   "ابو مهدي", "أبو مهدي", "المهندس"])
def test_an_arabic_name_is_found_in_both_documents_however_written(store, query):
    origins = {r["origin"] for r in search_documents(store.conn, query)}
    assert origins == {"vowelled.txt", "plain.txt"}


def test_the_snippet_marks_the_name_as_the_document_writes_it(store):
    (hit,) = [r for r in search_documents(store.conn, "سليماني") if r["origin"] == "vowelled.txt"]
    assert "\x02سُلَيْماني\x03" in hit["snippet"]


def test_a_deleted_document_leaves_the_index(store):
    with store.write() as conn:
        conn.execute("DELETE FROM documents WHERE origin = 'vowelled.txt'")
    assert [r["origin"] for r in search_documents(store.conn, "سليماني")] == ["plain.txt"]


def test_a_knowledge_base_of_the_previous_version_is_reindexed(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.create_function("shabaka_block", 1, lambda name: name)
    for migration in MIGRATIONS[:2]:
        conn.executescript(migration)
    conn.execute("INSERT INTO documents (id, content_hash, origin, format, text, ingested_at)"
                 " VALUES ('d1', 'h1', 'old.txt', 'txt', ?, 'then')", (VOWELLED,))
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert [r["origin"] for r in search_documents(store.conn, "قاسم سليماني")] == ["old.txt"]
