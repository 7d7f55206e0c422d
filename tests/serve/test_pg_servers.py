"""Real `shabaka serve` processes on PostgreSQL: two on one knowledge base (a change made through
one is what the other shows next, cached graphs included), and `--redact`."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx

from shabaka.store.db import Store
from shabaka.store.pg import database_name
from tests.serve.conftest import interrupt

CHANGE = {"X-Shabaka-Request": "1"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(base: str, proc: subprocess.Popen, log) -> None:
    deadline = time.monotonic() + 300  # a bound on a hang, not a speed requirement
    while proc.poll() is None and time.monotonic() < deadline:
        try:
            httpx.get(base + "/api/stats", timeout=5)
            return
        except httpx.TransportError:
            time.sleep(0.3)
    raise AssertionError(log.read_text())


def name_in_graph(base: str, entity: str) -> str:
    (node,) = [n for n in httpx.get(base + "/api/graph").json()["nodes"] if n["id"] == entity]
    return node["name"]


def test_two_servers_share_one_postgresql_knowledge_base(serve_pg, pg_server, tmp_path):
    url = pg_server.copy(serve_pg)
    procs, bases = [], []
    try:
        for name in ("a", "b"):
            port = free_port()
            log = tmp_path / f"{name}.log"
            procs.append(subprocess.Popen(
                [sys.executable, "-c", "from shabaka.cli import main; main()", "serve", "--db", url,
                 "--port", str(port)],
                stdin=subprocess.DEVNULL, stdout=log.open("w"), stderr=subprocess.STDOUT))
            bases.append(f"http://127.0.0.1:{port}")
            wait_for(bases[-1], procs[-1], log)
        first, second = bases
        assert httpx.get(first + "/api/session").json()["database"] == database_name(url)
        assert httpx.get(second + "/api/stats").json() == httpx.get(first + "/api/stats").json()
        assert name_in_graph(second, "iran") == "Iran"  # now cached by the second server
        rename = {"entity": "iran", "name": "Islamic Republic"}
        done = httpx.post(first + "/api/judgements/rename", json=rename, headers=CHANGE)
        assert done.status_code == 200, done.text
        assert httpx.get(second + "/api/entities/iran").json()["entity"]["name"] == "Islamic Republic"
        assert name_in_graph(second, "iran") == "Islamic Republic"
        undone = httpx.post(second + "/api/judgements/undo", json={}, headers=CHANGE)
        assert undone.status_code == 200, undone.text
        assert httpx.get(first + "/api/entities/iran").json()["entity"]["name"] == "Iran"
    finally:
        for proc in procs:
            interrupt(proc)


def test_serve_redact_on_postgresql_serves_the_copy_sqlite_gives(serve_db, serve_pg, tmp_path):
    """`shabaka serve --redact --db postgresql://...` serves, read-only, the redacted copy that the
    same knowledge base in SQLite gives: no trace of the confidential interview note."""
    seen = {}
    for backend, db in (("sqlite", str(serve_db)), ("postgresql", serve_pg)):
        port, log = free_port(), tmp_path / f"{backend}.log"
        proc = subprocess.Popen(
            [sys.executable, "-c", "from shabaka.cli import main; main()", "serve", "--redact", "--db", db,
             "--port", str(port)], stdin=subprocess.DEVNULL, stdout=log.open("w"), stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            wait_for(base, proc, log)
            documents = httpx.get(base + "/api/documents", params={"limit": 100}).json()["items"]
            seen[backend] = {
                "stats": httpx.get(base + "/api/stats").json(),
                "documents": sorted((d["origin"], d["title"]) for d in documents),
                "search": httpx.get(base + "/api/search", params={"q": "background"}).json(),
                "change": httpx.post(base + "/api/judgements/rename", json={"entity": "iran", "name": "X"},
                                     headers=CHANGE).status_code,
            }
        finally:
            interrupt(proc)
        assert "serving a redacted copy" in log.read_text()
    redacted = seen["postgresql"]
    assert redacted == seen["sqlite"]
    assert len(redacted["documents"]) > 1 and redacted["change"] == 403  # read-only
    assert not any("Interview note" in (title or "") for _, title in redacted["documents"])
    assert redacted["search"]["documents"]["items"] == []  # "on background": only the note says it
    with Store(serve_pg, read_only=True) as store:  # the knowledge base itself keeps the note
        assert store.conn.execute("SELECT COUNT(*) FROM documents WHERE confidential = 1").fetchone()[0] == 1
