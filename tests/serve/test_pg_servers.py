"""Two real `shabaka serve` processes on one PostgreSQL knowledge base: a change made through
one is what the other shows next, cached graphs included."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx

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
