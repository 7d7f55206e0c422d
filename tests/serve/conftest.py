"""Fixtures for the workbench tests: one knowledge base built per session (the example corpus,
a hostile document and a confidential note), copied for each module that changes it."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from tests.conftest import copy_db

HOSTILE_TEXT = (
    'Title: <script>window.__xss = 1</script>Militia report <img src=x onerror="window.__xss=2">\n'
    'Author: <b onmouseover="window.__xss=3">Mallory</b>\n'
    'Outlet: Hostile Outlet <svg onload="window.__xss=4">\n'
    "Published: 2020-03-01\n\n"
    "BAGHDAD - <script>window.__xss = 5</script> Kata'ib Hezbollah fighters attacked the Islamic State near "
    'Kirkuk, officials said. <img src=x onerror="window.__xss=6"> Read '
    '<a href="javascript:window.__xss=7">the full report</a> or visit javascript:window.__xss=8 '
    "for details.\n\n"
    "Iran backs Kata'ib Hezbollah, according to <iframe src=\"https://tracker.example/\"></iframe> "
    "two officials.\n"
)

CONFIDENTIAL_TEXT = (
    "Title: Interview note, Baghdad, March 2021\n"
    "Author: Field researcher\n"
    "Published: 2021-03-15\n\n"
    "A senior PMF official said on background that Abu Fadak al-Mohammadawi leads Kata'ib Hezbollah's "
    "military wing and that Iran backs Asa'ib Ahl al-Haq.\n"
)


def interrupt(proc) -> None:
    """Stop a served workbench as Ctrl-C does; kill it if it does not stop."""
    import signal
    import subprocess

    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def client_for(app, **options):
    """A TestClient on a loopback host (the app refuses others without a token)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette asks for httpx2, which is not needed here
        from fastapi.testclient import TestClient
    options.setdefault("base_url", "http://127.0.0.1:8765")
    return TestClient(app, **options)


@pytest.fixture(scope="session")
def serve_db(example_db, tmp_path_factory) -> Path:
    """A knowledge base for the workbench tests, built once (the example corpus's, then the
    hostile document and the confidential note); never changed (copy it first)."""
    from shabaka.config import Settings
    from shabaka.kb import KnowledgeBase

    folder = tmp_path_factory.mktemp("serve")
    hostile = folder / "hostile.txt"
    hostile.write_text(HOSTILE_TEXT, encoding="utf-8")
    note = folder / "interview_note.txt"
    note.write_text(CONFIDENTIAL_TEXT, encoding="utf-8")
    settings = Settings()
    settings.db = copy_db(example_db, folder / "serve.db")
    with KnowledgeBase(settings) as kb:
        for paths, confidential in (([hostile], False), ([note], True)):
            report = kb.ingest(paths, confidential=confidential)
            assert report.ok, report.failed
        kb.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return settings.db


@pytest.fixture(scope="module")
def module_db(serve_db, tmp_path_factory) -> Path:
    """A copy of the test knowledge base this module may change."""
    return copy_db(serve_db, tmp_path_factory.mktemp("kbcopy") / "kb.db")


@pytest.fixture(scope="session")
def serve_pg(serve_db, pg_server) -> str:
    """The workbench's knowledge base copied once into PostgreSQL (as `shabaka migrate` copies);
    never changed: each module takes its own copy."""
    from shabaka.store import transfer
    from shabaka.store.db import Store

    url = pg_server.database()
    with Store(serve_db, read_only=True) as source, Store(url) as target:
        transfer.copy(source, target)
    return url


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def module_db_on_both(request, serve_db, tmp_path_factory) -> Path | str:
    """`module_db` on each backend, for the modules whose tests run on both."""
    if request.param == "sqlite":
        return copy_db(serve_db, tmp_path_factory.mktemp("kbcopy") / "kb.db")
    return request.getfixturevalue("pg_server").copy(request.getfixturevalue("serve_pg"))


def settings_for(db: Path):
    from shabaka.config import Settings

    settings = Settings()
    settings.db = db
    settings.author = "tester"
    return settings


@pytest.fixture(scope="module")
def app(module_db):
    from shabaka.serve import create_app

    return create_app(settings_for(module_db))


@pytest.fixture(scope="module")
def client(app):
    with client_for(app) as c:
        yield c
