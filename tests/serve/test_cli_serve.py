"""`shabaka serve` and `shabaka demo --serve`: where they listen and when they need a token."""

from __future__ import annotations

import os

import pytest

from tests.conftest import run_cli
from tests.serve.conftest import interrupt


@pytest.fixture
def started(monkeypatch):
    """Calls to uvicorn.run, recorded instead of serving."""
    import uvicorn

    calls: list[dict] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: calls.append({"app": app, **options}))
    return calls


def test_serve_help_names_the_safety_options():
    result = run_cli("serve", "--help")
    assert result.returncode == 0
    for option in ("--host", "--port", "--token", "--read-only", "--db"):
        assert option in result.stdout


def test_serve_refuses_a_missing_knowledge_base(tmp_path):
    result = run_cli("serve", "--db", str(tmp_path / "none.db"))
    assert result.returncode == 1
    assert "no knowledge base" in result.stderr


def test_an_error_under_a_long_path_is_one_unwrapped_line(tmp_path):
    """Piped stderr is not wrapped at 80 columns: a 200-character path stays whole."""
    folder = tmp_path / ("reports-" + "x" * 60) / ("archive-" + "y" * 60)
    folder.mkdir(parents=True)
    db = folder / ("kb-" + "z" * (200 - len(str(folder)) - 7) + ".db")
    assert len(str(db)) >= 200
    result = run_cli("serve", "--db", str(db))
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and str(db) in lines[0] and "no knowledge base" in lines[0], result.stderr


def test_serve_binds_to_loopback_without_a_token_by_default(serve_db, started, capsys):
    from shabaka.cli.serve import run_server

    run_server(serve_db)
    (call,) = started
    assert (call["host"], call["port"]) == ("127.0.0.1", 8765)
    assert call["app"].state.token is None
    out = capsys.readouterr().out
    assert "http://127.0.0.1:8765/" in out and "token" not in out


def test_serve_beyond_loopback_generates_and_prints_a_token(serve_db, started, capsys):
    from shabaka.cli.serve import run_server

    run_server(serve_db, host="0.0.0.0", port=9999, read_only=True)
    token = started[0]["app"].state.token
    assert token and len(token) >= 24
    out = capsys.readouterr().out
    assert token in out and "read-only" in out


def test_serve_uses_the_given_token(serve_db, started, capsys):
    from shabaka.cli.serve import run_server

    run_server(serve_db, token="my-own-token")
    assert started[0]["app"].state.token == "my-own-token"
    assert "my-own-token" in capsys.readouterr().out


def test_demo_can_skip_serving():
    result = run_cli("demo", "--help")
    assert result.returncode == 0
    assert "--no-serve" in result.stdout and "--port" in result.stdout


def test_serve_from_the_cli_with_the_token_setting_and_read_only(module_db, tmp_path):
    """`SHABAKA_TOKEN=... shabaka serve --read-only`, a real process answering HTTP."""
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen([sys.executable, "-c", "from shabaka.cli import main; main()", "serve", "--db",
                             str(module_db), "--port", str(port), "--read-only"],
                            env={**os.environ, "SHABAKA_TOKEN": "token-from-the-environment"},
                            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
    base, auth = f"http://127.0.0.1:{port}", {"Authorization": "Bearer token-from-the-environment"}
    try:
        answer = None
        deadline = time.monotonic() + 300  # a bound on a hang, not a speed requirement
        while answer is None and proc.poll() is None and time.monotonic() < deadline:
            try:
                answer = httpx.get(base + "/api/stats", timeout=5)
            except httpx.TransportError:
                time.sleep(0.3)
        assert answer is not None, (tmp_path / "serve.log").read_text()
        assert answer.status_code == 401
        assert httpx.get(base + "/api/stats", headers=auth).json()["documents"] > 0
        change = httpx.post(base + "/api/judgements/rename", json={"entity": "iran", "name": "X"},
                            headers={**auth, "X-Shabaka-Request": "1"})
        assert change.status_code == 403 and "read-only" in change.json()["message"]
        assert httpx.get(base + "/api/entities/iran", headers=auth).json()["entity"]["name"] == "Iran"
    finally:
        interrupt(proc)
        log.close()


def test_serve_redact_shows_nothing_of_confidential_documents(tmp_path, monkeypatch, capsys):
    from shabaka.cli.serve import run_server
    from shabaka.config import Settings
    from shabaka.kb import KnowledgeBase
    from tests.serve.conftest import client_for

    (tmp_path / "open").mkdir()
    (tmp_path / "secret").mkdir()
    (tmp_path / "open" / "a.txt").write_text(
        "Hadi al-Amiri, the leader of the Badr Organization, spoke in Basra.\n")
    (tmp_path / "secret" / "b.txt").write_text(
        "Karim Mahmoud al-Tamimi, a source inside the Badr Organization, met his handler in Kirkuk.\n")
    settings = Settings()
    settings.db = tmp_path / "kb.db"
    with KnowledgeBase(settings) as kb:
        kb.ingest([tmp_path / "open"])
        kb.ingest([tmp_path / "secret"], confidential=True)
        assert kb.entity("Karim Mahmoud al-Tamimi")  # the unredacted knowledge base has the source

    seen = {}

    def record(app, **options):
        # the copy exists only while the server runs: ask it everything now
        with client_for(app) as c:
            seen["search"] = c.get("/api/search", params={"q": "Tamimi"}).json()
            seen["docs"] = c.get("/api/documents", params={"limit": 100}).json()["items"]
            seen["person"] = c.get("/api/entities/Karim Mahmoud al-Tamimi").status_code
            seen["badr"] = c.get("/api/entities/badr_organization").status_code
            seen["change"] = c.post("/api/judgements/rename", json={"entity": "basra", "name": "X"},
                                    headers={"X-Shabaka-Request": "1"}).status_code
            seen["copy"] = copy = app.state.workbench.settings.db
            seen["bytes"] = b"".join(p.read_bytes() for p in copy.parent.glob(copy.name + "*"))

    import uvicorn
    monkeypatch.setattr(uvicorn, "run", record)
    run_server(tmp_path / "kb.db", redact=True)
    assert seen["search"]["documents"]["items"] == [] and seen["search"]["entities"]["items"] == []
    assert [d["origin"] for d in seen["docs"]] == [str(tmp_path / "open" / "a.txt")]
    assert seen["person"] == 404 and seen["badr"] == 200
    assert seen["change"] == 403  # read-only
    assert b"Tamimi" not in seen["bytes"] and b"handler" not in seen["bytes"] and b"Hadi" in seen["bytes"]
    assert seen["copy"] != tmp_path / "kb.db" and not seen["copy"].exists()  # removed after serving
    assert "redacted copy" in capsys.readouterr().out
