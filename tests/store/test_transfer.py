"""`shabaka migrate --to postgresql://...` copies an SQLite knowledge base exactly."""

from __future__ import annotations

import json
import sqlite3

import pytest

from shabaka.config import Settings
from shabaka.kb import KnowledgeBase
from shabaka.resolve import judgements
from shabaka.store import queries
from shabaka.store.db import Store
from shabaka.store.fts import search_documents
from shabaka.store.schema import ROWID_TABLES
from shabaka.store.transfer import TABLES, columns
from tests.conftest import invoke


@pytest.fixture(scope="module")
def judged_db(example_kb, tmp_path_factory):
    """A copy of the example knowledge base with judgements made, one of them undone."""
    path = tmp_path_factory.mktemp("judged") / "kb.db"
    target = sqlite3.connect(path)
    example_kb.store.conn.backup(target)
    target.close()
    settings = Settings()
    settings.db = path
    with KnowledgeBase(settings) as kb, kb.store.write() as conn:
        judgements.rename(conn, "kataib_hezbollah", "Kata'ib Hizballah (KH)", author="analyst-a")
        judgements.distinct(conn, "hadi_al_amiri", "abu_mahdi_al_muhandis", author="analyst-b")
        judgements.retype(conn, "popular_mobilization_forces", "STATE_BODY", author="analyst-a")
        judgements.undo(conn)
    return path


def table(conn, name: str) -> list[tuple]:
    names = columns(conn, name) + (["rowid"] if name in ROWID_TABLES else [])
    quoted = ", ".join(f'"{n}"' for n in names)
    return sorted((tuple(r) for r in conn.execute(f'SELECT {quoted} FROM "{name}"')), key=repr)


def test_migrate_copies_every_table_exactly_and_refuses_a_second_time(judged_db, pg_server):
    url = pg_server.database()
    done = invoke("migrate", "--db", judged_db, "--to", url)
    assert done.exit_code == 0, done.stderr
    assert "judgements into" in done.output
    with Store(judged_db, read_only=True) as source, Store(url, read_only=True) as copy:
        assert columns(copy.conn, "claims") == columns(source.conn, "claims")
        for name in TABLES:
            original = table(source.conn, name)
            assert original, name
            assert table(copy.conn, name) == original, name
        assert len(table(copy.conn, "overrides")) == 3
        undone = [r for r in table(copy.conn, "overrides") if r[-1] is not None]
        assert len(undone) == 1
        assert queries.stats(copy.conn) == queries.stats(source.conn)
        found = {r["id"] for r in search_documents(copy.conn, "Kata'ib Hezbollah", limit=100)}
        assert found == {r["id"] for r in search_documents(source.conn, "Kata'ib Hezbollah", limit=100)}
        assert queries.find_entity(copy.conn, "kataib_hezbollah")["name"] == "Kata'ib Hizballah (KH)"
    again = invoke("migrate", "--db", judged_db, "--to", url)
    assert again.exit_code == 2
    assert "already holds a knowledge base" in again.stderr


def test_the_copy_takes_new_rows_after_the_copied_ones(judged_db, pg_server, monkeypatch):
    url = pg_server.database()
    assert invoke("migrate", "--db", judged_db, "--to", url).exit_code == 0
    monkeypatch.setenv("SHABAKA_DB", url)  # every command reads the knowledge base the setting names
    stats = invoke("stats", "--json")
    assert stats.exit_code == 0, stats.stderr
    with Store(judged_db, read_only=True) as source:
        assert json.loads(stats.output) == queries.stats(source.conn)
    with Store(url) as copy, copy.write() as conn:
        before = conn.execute("SELECT MAX(id) FROM overrides").fetchone()[0]
        new = judgements.distinct(conn, "kataib_hezbollah", "badr_organization", author="analyst-c")
    assert new == before + 1
