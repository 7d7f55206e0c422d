import sqlite3

import pytest

from shabaka.errors import StoreError, UsageError
from shabaka.model import Document, Extraction, content_hash
from shabaka.store import documents as doc_store
from shabaka.store.db import Store
from shabaka.store.fts import search_documents, to_match_query
from shabaka.store.schema import SCHEMA_VERSION


def make_doc(text: str, origin: str = "a.txt", **meta) -> Document:
    return Document(origin=origin, text=text, format="txt", content_hash=content_hash(text), **meta)


def test_new_store_is_migrated_and_in_wal_mode(tmp_path):
    with Store(tmp_path / "kb.db") as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"documents", "mentions", "entities", "aliases", "claims", "events", "event_actors",
            "overrides", "documents_fts"} <= tables


def test_a_new_postgresql_knowledge_base_has_every_table_at_the_current_version(pg_server):
    with Store(pg_server.database()) as store:
        assert store.conn.execute("SELECT schema_version FROM kb_meta").fetchone()[0] == SCHEMA_VERSION
        tables = {r[0] for r in store.conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
    assert {"documents", "mentions", "entities", "aliases", "alias_blocks", "chains", "claims", "events",
            "event_actors", "overrides", "documents_fts"} <= tables


def test_a_newer_postgresql_schema_is_refused_with_advice(pg_server):
    url = pg_server.database()
    Store(url).close()
    with Store(url) as store:
        store.conn.execute("UPDATE kb_meta SET schema_version = ?", (SCHEMA_VERSION + 1,))
    with pytest.raises(StoreError, match="upgrade Shabaka"):
        Store(url)


def test_a_read_only_postgresql_store_refuses_an_empty_database_and_every_write(pg_server):
    from shabaka.errors import PermissionDenied

    url = pg_server.database()
    with pytest.raises(StoreError, match="no knowledge base here"):
        Store(url, read_only=True)
    Store(url).close()
    with Store(url, read_only=True) as store, pytest.raises(PermissionDenied):
        store.write().__enter__()


def test_only_a_replayable_write_commits_without_waiting_for_the_disk(pg_server):
    """An ingested document (stored again by the next run) need not wait for the disk at
    COMMIT; an analyst's judgement, which nothing replays, must."""
    with Store(pg_server.database()) as store:
        store.conn.execute("SET synchronous_commit = on")  # PostgreSQL's default (the test server's is off)
        with store.write(replayable=True) as conn:
            assert conn.execute("SHOW synchronous_commit").fetchone()[0] == "off"
        with store.write() as conn:
            assert conn.execute("SHOW synchronous_commit").fetchone()[0] == "on"


def test_a_newer_schema_is_refused_with_advice(tmp_path):
    path = tmp_path / "kb.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="upgrade Shabaka"):
        Store(path)


def test_a_failed_transaction_leaves_nothing_behind(db_location):
    with Store(db_location) as store:
        with store.write() as conn:
            doc_store.insert_document(conn, make_doc("Kept text.", origin="kept.txt"), "test")
        with pytest.raises(RuntimeError), store.write() as conn:
            doc_store.insert_document(conn, make_doc("Some text."), "test")
            raise RuntimeError("crash in the middle")
        origins = [r[0] for r in store.conn.execute("SELECT origin FROM documents")]
        assert origins == ["kept.txt"]


def test_writes_each_roll_back_alone_and_the_rest_are_stored(db_location):
    """Several documents' writes (one SQLite commit for all): a failure in one, even after it has
    written, leaves nothing of it, and the others before and after it are stored."""
    with Store(db_location) as store:
        with store.writes(3) as each:
            with each() as conn:
                doc_store.insert_document(conn, make_doc("First text.", origin="first.txt"), "test")
            with pytest.raises(RuntimeError), each() as conn:
                doc_store.insert_document(conn, make_doc("Broken text.", origin="broken.txt"), "test")
                raise RuntimeError("crash in the middle")
            with each() as conn:
                doc_store.insert_document(conn, make_doc("Third text.", origin="third.txt"), "test")
        origins = sorted(r[0] for r in store.conn.execute("SELECT origin FROM documents"))
        assert origins == ["first.txt", "third.txt"]
        with pytest.raises(RuntimeError), store.writes(2) as each:  # the whole batch fails
            with each() as conn:
                doc_store.insert_document(conn, make_doc("Lost text.", origin="lost.txt"), "test")
            raise RuntimeError("crash before the commit")
        if store.dialect == "sqlite":
            assert "lost.txt" not in {r[0] for r in store.conn.execute("SELECT origin FROM documents")}


def test_a_failure_reported_late_still_fails_the_whole_transaction(db_location):
    """PostgreSQL's writes are pipelined, so a failed INSERT whose answer nobody reads is
    reported at COMMIT: the transaction must still leave nothing, and the store go on."""
    from shabaka.store import entities

    kept = make_doc("Kept text.", origin="kept.txt")
    with Store(db_location) as store:
        with store.write() as conn:
            doc_store.insert_document(conn, kept, "test")
        with pytest.raises(Exception, match="(?i)unique"), store.write() as conn:
            doc_store.insert_document(conn, make_doc("Other text.", origin="other.txt"), "test")
            entities.create(conn, "e1", "E", "ARMED_GROUP")
            doc_store.insert_document(conn, kept, "test")  # the same id again
        with store.write() as conn:
            before = conn.total_changes
            entities.create(conn, "e2", "F", "ARMED_GROUP")
            conn.executemany("INSERT OR IGNORE INTO entities (id, name, type, created_at, updated_at)"
                             " VALUES (?, ?, 'PERSON', '', '')", [("e3", "G"), ("e2", "F"), ("e4", "H")])
            assert conn.total_changes - before == 3  # e2, then e3 and e4 (e2 again is ignored)
        assert sorted(r[0] for r in store.conn.execute("SELECT origin FROM documents")) == ["kept.txt"]
        assert sorted(r[0] for r in store.conn.execute("SELECT id FROM entities")) == ["e2", "e3", "e4"]


def test_deleting_a_document_removes_its_extractions(db_location):
    from shabaka.model import Chain, Claim, Mention

    doc = make_doc("Hadi al-Amiri leads Badr.")
    ex = Extraction(
        mentions=[Mention(0, 13, "Hadi al-Amiri", "PERSON", 0, chain=0),
                  Mention(20, 24, "Badr", "ARMED_GROUP", 0, chain=1)],
        chains=[Chain(0, "Hadi al-Amiri", "PERSON", ["Hadi al-Amiri"]),
                Chain(1, "Badr", "ARMED_GROUP", ["Badr"])],
        claims=[Claim(0, "leads", 1, 0, 25, "test", 0.9)],
        sentences=[(0, 25)],
    )
    with Store(db_location) as store:
        with store.write() as conn:
            doc_store.insert_document(conn, doc, "test")
            doc_store.insert_extraction(conn, doc.id, doc.text, ex, ["e1", "e2"])
        assert store.conn.execute("SELECT evidence FROM claims").fetchone()[0] == doc.text
        for table in ("mentions", "chains", "claims", "documents"):
            assert store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] > 0, table
        with store.write() as conn:
            doc_store.delete_document(conn, doc.id)
        for table in ("mentions", "chains", "claims", "documents"):
            assert store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0


def test_full_text_search_ranks_and_highlights(db_location):
    with Store(db_location) as store:
        with store.write() as conn:
            doc_store.insert_document(conn, make_doc("The Quds Force commander met militia leaders.",
                                                     "a.txt", title="Quds Force"), "t")
            doc_store.insert_document(conn, make_doc("Weather in Basra was hot.", "b.txt"), "t")
        rows = search_documents(store.conn, "quds commander")
        assert [r["origin"] for r in rows] == ["a.txt"]
        assert "\x02commander\x03" in rows[0]["snippet"]
        assert search_documents(store.conn, '"militia leaders"')[0]["origin"] == "a.txt"
        assert search_documents(store.conn, "Bas*")[0]["origin"] == "b.txt"


@pytest.mark.parametrize(
    "query", ['"', "AND OR NOT", "x) OR (y", "title:foo", "*", "NEAR(a b)", "'; DROP TABLE"]
)
def test_search_syntax_from_users_never_fails(db_location, query):
    with Store(db_location) as store:
        search_documents(store.conn, query)
        assert store.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 0


def test_match_queries_quote_every_term():
    assert to_match_query('quds "force commander" bas*') == '"quds" AND "force commander" AND "bas"*'
    assert to_match_query("!!!") is None


@pytest.mark.parametrize(("query", "reason"), [
    (" ".join(["a*"] * 166), "too short"),
    ("com* mil* lea* bas*", "prefix terms"),
    (" ".join(f"word{i}" for i in range(13)), "at most 12"),
    ('"one two three four five six seven" eight nine ten eleven twelve thirteen', "at most 12"),
])
def test_costly_searches_are_refused_with_a_reason(db_location, query, reason):
    with Store(db_location) as store, pytest.raises(UsageError, match=reason):
        search_documents(store.conn, query)


def test_a_search_past_its_time_budget_is_stopped_with_a_reason(db_location):
    with Store(db_location) as store:
        with store.write() as conn:
            for i in range(200):
                text = f"Commanders met in Basra, report {i}."
                doc_store.insert_document(conn, make_doc(text, f"{i}.txt"), "t")
        with pytest.raises(UsageError, match="took too long"):
            search_documents(store.conn, "com* bas* rep*", budget=0)
        assert len(search_documents(store.conn, "com* bas* rep*")) == 20  # the budget is per query


def test_an_old_knowledge_base_is_migrated_forward_keeping_its_data(tmp_path):
    from shabaka.store.schema import MIGRATIONS, _statements

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for statement in _statements(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO entities VALUES ('e1', 'Qasem Soleimani', 'PERSON', NULL, 't', 't', NULL)")
    conn.execute("INSERT INTO aliases VALUES ('e1', 'Qassem Soleimani', 'ksm slmni', 'document')")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        row = store.conn.execute("SELECT name, block FROM aliases").fetchone()
        assert tuple(row) == ("Qassem Soleimani", "slmni")


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_aliases_stored_before_new_candidate_keys_get_them_on_migration(tmp_path, request, backend):
    """A knowledge base written before "JAM" was a candidate key of "Jaysh al-Mahdi" finds the
    alias by that key once migrated."""
    from shabaka.store import entities

    where = tmp_path / "kb.db" if backend == "sqlite" else request.getfixturevalue("pg_server").database()
    with Store(where) as store:
        with store.write() as conn:
            entities.create(conn, "jam", "Jaysh al-Mahdi", "ARMED_GROUP")
            entities.add_aliases(conn, [("jam", "Jaysh al-Mahdi", "js mhdi", "mhdi", "document")])
            conn.execute("DELETE FROM alias_blocks WHERE block = '#JAM'")
            assert not entities.by_blocks(conn, ["#JAM"])["#JAM"]
        store.conn.execute("PRAGMA user_version = 6" if backend == "sqlite" else
                           "UPDATE kb_meta SET schema_version = 6")
    with Store(where) as store:
        found = entities.by_blocks(store.conn, ["#JAM"])["#JAM"]
        assert [r["name"] for r in found] == ["Jaysh al-Mahdi"]


def test_rows_written_many_at_once_keep_every_character(db_location):
    from shabaka.store import entities

    names = ["100% Shia militia", "it's 50%% off", "Kata'ib \\ Hezbollah", "كتائب حزب الله"]
    insert = "INSERT OR IGNORE INTO aliases (entity_id, name, key, source) VALUES (?, ?, ?, ?)"
    with Store(db_location) as store:
        with store.write() as conn:
            entities.create(conn, "e1", "E", "ARMED_GROUP")
            conn.executemany(insert, [("e1", n, n.lower(), "test") for n in names * 2])
        assert sorted(r[0] for r in store.conn.execute("SELECT name FROM aliases")) == sorted(names)
        found = store.conn.execute("SELECT name FROM aliases WHERE name LIKE '100%'").fetchall()
        assert [r[0] for r in found] == ["100% Shia militia"]


def test_now_is_the_current_second_each_time_it_is_asked(monkeypatch):
    import time
    from datetime import UTC, datetime

    from shabaka.store import db

    def stamp(seconds: float) -> str:
        return datetime.fromtimestamp(int(seconds), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    clock = [1_780_000_000.2]
    monkeypatch.setattr(time, "time", lambda: clock[0])
    assert db.now() == stamp(clock[0]) == "2026-05-28T20:26:40Z"
    clock[0] += 0.7  # the same second
    assert db.now() == "2026-05-28T20:26:40Z"
    clock[0] += 0.2
    assert db.now() == "2026-05-28T20:26:41Z"
    clock[0] += 86_400
    assert db.now() == stamp(clock[0]) == "2026-05-29T20:26:41Z"


def test_a_search_transaction_whose_rollback_is_canceled_is_rolled_back_again():
    """A 1 ms statement timeout can cancel the ROLLBACK too on a loaded machine (a CI run saw it):
    the rollback is tried again, and a lasting failure still surfaces."""
    from shabaka.store.fts import _rollback

    class Canceled(Exception):
        pass

    class Connection:
        def __init__(self, failures):
            self.failures, self.sent = failures, []

        def execute(self, sql):
            self.sent.append(sql)
            if len(self.sent) <= self.failures:
                raise Canceled

    flaky = Connection(failures=1)
    _rollback(flaky, Canceled)
    assert flaky.sent == ["ROLLBACK", "ROLLBACK"]
    with pytest.raises(Canceled):
        _rollback(Connection(failures=10), Canceled)
