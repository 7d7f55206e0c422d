"""Shared fixtures: the development set (skipped where absent) and small knowledge bases."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples" / "corpus"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "corpus" / "seeds").is_dir():
        pytest.skip("the shared development set (../shared) is not present")
    return SHARED


@pytest.fixture(scope="session", autouse=True)
def one_pipeline_per_setup():
    """Each spaCy pipeline (model and pack files, by content) is built once for the session, as
    a long-running process holds it: every knowledge base a test opens shares it instead of
    building its own (seconds each). A test that changes its pipeline takes the change back."""
    import hashlib

    import shabaka.annotate

    build = shabaka.annotate.build_pipeline
    built: dict[tuple, object] = {}

    def shared(model: str, packs: list[Path]):
        try:
            key = (model, tuple((str(p), hashlib.sha256(Path(p).read_bytes()).digest()) for p in packs))
        except OSError:
            return build(model, packs)  # the error is build_pipeline's to report
        if key not in built:
            if len(built) >= 3:  # a test's own packs: keep memory bounded
                built.pop(next(iter(built)))
            built[key] = build(model, packs)
        return built[key]

    shabaka.annotate.build_pipeline = shared
    yield
    shabaka.annotate.build_pipeline = build


@pytest.fixture(scope="session")
def pg_server():
    """One real PostgreSQL server for the session (skipped where not installed, failing in CI)."""
    from tests.pgserver import start

    server = start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_location(request, tmp_path):
    """Where a fresh, empty knowledge base lives on each backend: a file, or a database URL."""
    if request.param == "sqlite":
        return tmp_path / "kb.db"
    return request.getfixturevalue("pg_server").database()


def copy_db(source: Path, target: Path) -> Path:
    """A consistent copy of an SQLite knowledge base (SQLite's backup API, so the WAL comes along)."""
    import sqlite3

    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def copy_kb(location, folder: Path, request) -> Path | str:
    """A consistent copy of a knowledge base on its own backend: `copy_db`, or a PostgreSQL
    database made from it as a template (close it first)."""
    if isinstance(location, str):
        return request.getfixturevalue("pg_server").copy(location)
    return copy_db(location, folder / "kb-copy.db")


@pytest.fixture(scope="session")
def nlp_settings(tmp_path_factory):
    """Settings for a fresh knowledge base in a temporary folder."""
    from shabaka.config import Settings

    settings = Settings()
    settings.db = tmp_path_factory.mktemp("kb") / "kb.db"
    return settings


@pytest.fixture(scope="session")
def example_db(tmp_path_factory) -> Path:
    """The bundled example corpus ingested once, through the real entry point as a user does;
    never changed: a test or module that changes it works on a copy (`copy_db`)."""
    path = tmp_path_factory.mktemp("examples") / "examples.db"
    result = run_cli("ingest", str(EXAMPLES), "--db", str(path), "--json")
    assert result.returncode == 0, result.stderr
    assert sorted(json.loads(result.stdout)["ingested"]) == sorted(map(str, EXAMPLES.glob("*.txt")))
    return path


@pytest.fixture(scope="session")
def example_kb(example_db):
    """A knowledge base holding the bundled example corpus (`example_db`); tests only read it."""
    from shabaka.config import Settings
    from shabaka.kb import KnowledgeBase

    settings = Settings()
    settings.db = example_db
    kb = KnowledgeBase(settings)
    yield kb
    kb.close()


def write_corpus(folder: Path, texts: dict[str, str]) -> Path:
    """Write documents (file name -> text) into `folder`, as a user's folder of reports."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@contextmanager
def corpus_kb(folder: Path, texts: dict[str, str]) -> Iterator:
    """A knowledge base at `folder`/kb.db holding `texts` (file name -> text), really ingested."""
    from shabaka.config import Settings
    from shabaka.kb import KnowledgeBase

    write_corpus(folder, texts)
    settings = Settings()
    settings.db = folder / "kb.db"
    with KnowledgeBase(settings) as kb:
        report = kb.ingest([folder])
        assert report.ok, report.failed
        yield kb


def run_cli(*args: str, cwd: Path | None = None, input: str | None = None,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run the real `shabaka` entry point in a subprocess, as a user would; `env` adds to the
    environment (SHABAKA_* settings)."""
    return subprocess.run(
        [sys.executable, "-c", "from shabaka.cli import main; main()", *args],
        capture_output=True, text=True, cwd=cwd, input=input, timeout=600,
        env={**os.environ, "PYTHONPATH": _absolute_path_list(os.environ.get("PYTHONPATH", "")),
             **(env or {})},
    )


def _absolute_path_list(value: str) -> str:
    """PYTHONPATH with each entry made absolute, so a run with another `cwd` imports the same code."""
    return os.pathsep.join(str(Path(p).resolve()) for p in value.split(os.pathsep) if p)


@dataclass
class Invoked:
    exit_code: int
    output: str
    stderr: str


def invoke(*args: object, input: str | None = None) -> Invoked:
    """Run `shabaka.cli.main` in this process, faster than `run_cli`: the exit status is the one
    main() gives (errors mapped to 1 or 2 there), never one the test works out itself."""
    from click.testing import CliRunner

    from shabaka.cli import main

    runner = CliRunner()
    argv = sys.argv
    with runner.isolation(input=input) as (out, err, _):
        sys.argv = ["shabaka", *map(str, args)]
        try:
            main()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        finally:
            sys.argv = argv
            sys.stdout.flush()
            sys.stderr.flush()
        return Invoked(code, out.getvalue().decode(), err.getvalue().decode())
