"""Ingest on a Ray cluster gives the knowledge base a local ingest gives, even when a worker dies.

One local cluster (two CPUs) starts for the whole module, and one local ingest of the same
files is the reference: every stored record of the Ray runs must equal it, ids and
timestamps aside.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from shabaka.config import Settings
from shabaka.ingest.ray_engine import has_cluster_token
from shabaka.kb import KnowledgeBase
from shabaka.pipeline import Pipeline
from tests.conftest import invoke, run_cli, write_corpus

ray = pytest.importorskip("ray")

TEXTS = {
    "01-badr.txt": "Hadi al-Amiri, the head of the Badr Organization, met Iraqi officials in Basra "
                   "on 3 March 2019. The Badr Organization is backed by Iran.\n",
    "02-kh.txt": "Kata'ib Hezbollah fired rockets at a base near Baghdad on 11 March 2020, killing "
                 "two soldiers. Abu Mahdi al-Muhandis founded Kata'ib Hezbollah.\n",
    "03-kh-variant.txt": "Kataib Hizballah, an Iran-backed militia, denied any role in the attack. "
                         "The Quds Force backs Kataib Hizballah.\n",
    "04-aah.txt": "Qais al-Khazali, the leader of Asa'ib Ahl al-Haq, spoke in Najaf on Friday. "
                  "Asa'ib Ahl al-Haq is part of the Popular Mobilization Forces.\n",
    "05-pmf.txt": "Falih al-Fayyadh chairs the Popular Mobilization Forces. The United States "
                  "sanctioned Falih al-Fayyadh in January 2021.\n",
    "06-strike.txt": "A drone strike near Baghdad airport killed Qasem Soleimani, the commander of "
                     "the Quds Force, and Abu Mahdi al-Muhandis on 3 January 2020.\n",
    "07-najaf.txt": "Saraya al-Salam, led by Muqtada al-Sadr, deployed fighters in Samarra in 2014.\n",
    "08-amiri.txt": "Hadi Al-Ameri said the Badr Organization would join the government talks in "
                    "Baghdad. Abu Fadak al-Mohammadawi is the chief of staff of the Popular "
                    "Mobilization Forces.\n",
}
VOLATILE = {"created_at", "updated_at", "ingested_at", "metrics"}
OBJECT_STORE = 100 * 1024 * 1024  # bytes; Ray's default takes 30% of the machine's memory


def records(kb: KnowledgeBase, out: Path) -> dict[str, list[str]]:
    """Every stored record by kind (entity, document, chain, mention, claim, event ...), as a
    sorted list of JSON texts without the times of writing."""
    kb.export("jsonl", out)
    found: dict[str, list[str]] = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        record = {k: v for k, v in json.loads(line).items() if k not in VOLATILE}
        found.setdefault(record["kind"], []).append(json.dumps(record, sort_keys=True))
    return {kind: sorted(rows) for kind, rows in found.items()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = write_corpus(tmp_path_factory.mktemp("ray") / "corpus", TEXTS)
    (folder / "09-broken.pdf").write_bytes(b"%PDF-1.4 this is no PDF at all")
    return folder


@pytest.fixture(scope="module")
def local(corpus, tmp_path_factory):
    """The reference: the same files ingested locally, with what the run reported."""
    folder = tmp_path_factory.mktemp("local")
    settings = Settings()
    settings.db = folder / "local.db"
    with KnowledgeBase(settings) as kb:
        report = kb.ingest([corpus])
        expected = records(kb, folder / "local.jsonl")
    assert [Path(origin).name for origin, _ in report.failed] == ["09-broken.pdf"]
    for kind in ("entity", "document", "chain", "mention", "claim", "event"):
        assert expected.get(kind), f"the reference holds no {kind}: the comparison would prove nothing"
    return report, expected


@pytest.fixture(scope="module")
def cluster():
    """A local Ray cluster of two CPUs, as `ray start --head --num-cpus 2` would give."""
    started = not ray.is_initialized()
    if started:
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="ERROR",
                 object_store_memory=OBJECT_STORE)
    yield ray
    if started:
        ray.shutdown()


@pytest.fixture(scope="module")
def engine(cluster, local):
    """Two actors, one document per batch and many batches queued, so a killed actor has work."""
    from shabaka.ingest.ray_engine import RayEngine

    settings = Settings()
    settings.batch_size = 1
    with RayEngine(settings, workers=2, in_flight=4) as engine:
        engine.start(Pipeline(settings).pipeline_version)
        yield engine


def ray_kb(tmp_path: Path, name: str) -> KnowledgeBase:
    settings = Settings()
    settings.db = tmp_path / f"{name}.db"
    return KnowledgeBase(settings)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def head_node():
    """`ray start --head` as the README has it, in the foreground (--block), stopped by its pid;
    one for the module (its own --temp-dir, so the in-process cluster never joins it)."""
    port = free_port()
    ray_cli = str(Path(sys.executable).with_name("ray"))
    temp = tempfile.mkdtemp(prefix="ray-", dir="/tmp")  # short: Ray's socket paths must fit 107 bytes
    head = subprocess.Popen(
        [ray_cli, "start", "--head", "--block", f"--port={port}", "--node-ip-address=127.0.0.1",
         "--num-cpus=1", "--include-dashboard=false", f"--object-store-memory={OBJECT_STORE}",
         f"--temp-dir={temp}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
    address = f"127.0.0.1:{port}"
    try:
        for _ in range(60):
            if head.poll() is not None:
                pytest.fail(f"ray start --head ended: {head.stderr.read()[-2000:]}")
            # a head that wrote a token (as Ray 2.5x's `ray start` does) is asked with it; Ray 2.60's
            # starts without token authentication unless told to
            auth = {"RAY_AUTH_MODE": "token"} if has_cluster_token() else {}
            status = subprocess.run([ray_cli, "status", f"--address={address}"], capture_output=True,
                                    env={**os.environ, **auth})
            if status.returncode == 0:
                break
            time.sleep(2)
        else:
            pytest.fail(f"ray status never answered: {status.stderr[-2000:]}")
        yield address
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(head.pid, signal.SIGKILL)  # its own session: the head and all it started
        head.wait(timeout=60)
        shutil.rmtree(temp, ignore_errors=True)


def test_the_readme_steps_ingest_on_a_started_cluster_what_a_local_ingest_stores(head_node, corpus, local,
                                                                               db_location, tmp_path):
    """Into an SQLite file or a PostgreSQL database (`--db postgresql://...`): the records of a
    local ingest into SQLite, every one."""
    db = str(db_location)
    result = run_cli("ingest", str(corpus), "--engine", "ray", "--address", head_node, "--db", db)
    assert result.returncode == 1, result.stderr  # the broken PDF, as locally
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    assert len(failed) == 1 and "09-broken.pdf" in failed[0]
    assert any(line.split()[1:4] == ["ingested", "│", str(len(TEXTS))]
               for line in result.stdout.splitlines() if len(line.split()) > 3)
    with KnowledgeBase(Settings(db=db)) as kb:
        assert records(kb, tmp_path / "cli.jsonl") == local[1]


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(engine, corpus, local, tmp_path):
    victim = engine.pids()[1]  # the second actor: the first document goes to the first

    def kill_once(done: int, total: int) -> None:
        if done == 0:  # before any work is sent: whatever the victim is given stays unfinished
            os.kill(victim, signal.SIGSTOP)
        elif done == 1:
            os.kill(victim, signal.SIGKILL)

    with ray_kb(tmp_path, "killed") as kb:
        report = kb.ingest([corpus], engine=engine, on_progress=kill_once)
        assert engine.replaced >= 1 and engine.resubmitted >= 1  # the kill did cost work
        assert victim not in engine.pids()
        assert sorted(report.ingested) == sorted(local[0].ingested)
        assert report.failed == local[0].failed
        assert records(kb, tmp_path / "killed.jsonl") == local[1]


def test_an_interrupted_ray_ingest_resumes_where_it_stopped(engine, corpus, local, tmp_path):
    class Interrupted(Exception):
        pass

    def stop_after_three(done: int, total: int) -> None:
        if done == 3:
            raise Interrupted

    with ray_kb(tmp_path, "resumed") as kb:
        with pytest.raises(Interrupted):
            kb.ingest([corpus], engine=engine, on_progress=stop_after_three)
        stored = [json.loads(r)["origin"] for r in records(kb, tmp_path / "half.jsonl")["document"]]
        assert sorted(Path(origin).name for origin in stored) == sorted(TEXTS)[:3]  # in input order
        report = kb.ingest([corpus], engine=engine)
        assert sorted(report.unchanged) == sorted(stored)  # not annotated again
        assert len(report.ingested) == len(TEXTS) - 3
        assert records(kb, tmp_path / "resumed.jsonl") == local[1]


def test_without_ray_the_engine_says_how_to_install_it(corpus, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` now fails as if not installed
    result = invoke("ingest", corpus, "--engine", "ray", "--db", tmp_path / "kb.db")
    assert result.exit_code == 2
    assert "pip install 'shabaka[scale]'" in result.stderr
    assert not (tmp_path / "kb.db").exists()


def test_an_address_without_the_ray_engine_is_refused(corpus, tmp_path):
    result = invoke("ingest", corpus, "--address", "auto", "--db", tmp_path / "kb.db")
    assert result.exit_code == 2 and "--engine ray" in result.stderr


def test_more_workers_than_the_cluster_has_cpus_is_refused_not_left_waiting(cluster, corpus, tmp_path):
    result = invoke("ingest", corpus, "--engine", "ray", "--processes", "3", "--db", tmp_path / "kb.db")
    assert result.exit_code == 2 and "has 2 CPUs" in result.stderr
