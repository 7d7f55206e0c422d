"""`shabaka demo` run as a script, nohup or an IDE runs it: no terminal on stdin or stdout."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx

from tests.conftest import REPO


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _demo(tmp_path, port: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", "from shabaka.cli import main; main()", "demo",
         "--db", str(tmp_path / "demo.db"), "--port", str(port)],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
        env={**os.environ, "PYTHONUNBUFFERED": "1"})


def test_demo_without_a_terminal_serves_the_workbench(tmp_path):
    port = _free_port()
    demo = _demo(tmp_path, port)
    try:
        answer = None
        for _ in range(1200):  # the ingest comes first; stop as soon as the server answers
            if demo.poll() is not None:
                break
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.25)
        assert demo.poll() is None, demo.stderr.read()
        assert answer is not None and answer.status_code == 200
        assert answer.json()["documents"] > 0
        page = httpx.get(f"http://127.0.0.1:{port}/graph", timeout=5)
        assert page.status_code == 200 and "graph.js" in page.text
    finally:
        demo.terminate()
        out, _ = demo.communicate(timeout=30)
    assert f"http://127.0.0.1:{port}/" in out


def test_demo_that_cannot_serve_says_why_on_stderr_and_fails(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        demo = _demo(tmp_path, port)
        out, err = demo.communicate(timeout=120)
    assert demo.returncode != 0
    said = " ".join(err.split())  # however the console wraps it
    assert f"cannot listen on 127.0.0.1:{port}" in said and "--port" in said
    assert not (tmp_path / "demo.db").exists()  # refused before ingesting anything
