"""The knowledge base survives a killed ingest, concurrent ingests and re-ingests.

These run the real `shabaka ingest` command in separate processes, with the real
spaCy model, on short news-like documents written here, and inspect the SQLite
file directly: a crash leaves whole documents or none, two writers never
duplicate a document, readers are never locked out, re-ingest is idempotent and
changed content replaces a document's extractions.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

RUN_TIMEOUT_S = 180
# A reader waiting this long would mean a writer is blocking it, which WAL must prevent.
READER_TIMEOUT_S = 2.0

# Leaders and the groups they are publicly known to lead, so the sentences stay plausible.
LEADERS = [
    ("Hadi al-Amiri", "the Badr Organization"),
    ("Qais al-Khazali", "Asa'ib Ahl al-Haq"),
    ("Falih al-Fayyadh", "the Popular Mobilization Forces"),
    ("Abu Alaa al-Walai", "Kata'ib Sayyid al-Shuhada"),
    ("Muqtada al-Sadr", "Saraya al-Salam"),
    ("Abu Hussein al-Hamidawi", "Kata'ib Hezbollah"),
]
PLACES = ["Baghdad", "Basra", "Mosul", "Kirkuk", "Erbil", "Jurf al-Sakhar", "Tikrit", "Samarra"]
MONTHS = ["January", "March", "May", "July", "September", "November"]
SENTENCES = [
    "{person}, the leader of {group}, met commanders in {place} on {day} {month} {year}.",
    "{other} said {number} of its fighters were deployed to {place} after the meeting.",
    "Officials in {place} said {person} had asked {other} to withdraw from checkpoint {number}.",
    "A rocket attack near {place} on {day} {month} was blamed on {other}, police said.",
    "{person} told reporters in {place} that {number} families had returned home.",
]


def news_text(i: int) -> str:
    """A short news-like document; `i` picks the actors and a number that makes it unique."""
    person, group = LEADERS[i % len(LEADERS)]
    slots = {
        "person": person,
        "group": group,
        "other": LEADERS[(i // 2 + 1 + i) % len(LEADERS)][1],
        "place": PLACES[(i * 3) % len(PLACES)],
        "month": MONTHS[i % len(MONTHS)],
        "day": 1 + i % 27,
        "year": 2015 + i % 9,
        "number": 100 + i,
    }
    if slots["other"] == group:
        slots["other"] = LEADERS[(i + 1) % len(LEADERS)][1]
    sentences = [SENTENCES[(i + j) % len(SENTENCES)].format(**slots) for j in range(3)]
    body = " ".join(s[0].upper() + s[1:] for s in sentences)  # "the Badr ..." may open one
    title = f"Report {i}: {slots['other'].removeprefix('the ')} in {slots['place']}"
    return f"{title}\n\n{body}\n"


def write_corpus(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(n):
        path = folder / f"report_{i:03d}.txt"
        path.write_text(news_text(i), encoding="utf-8")
        files.append(path)
    return files


def ingest_command(paths: list[Path], db: Path, *extra: str) -> list[str]:
    return [sys.executable, "-c", "from shabaka.cli import main; main()", "ingest",
            *(str(p) for p in paths), "--db", str(db), "--json", *extra]


def ingest_side_by_side(halves: list[list[Path]], target, reader, stop: threading.Event) -> list[dict]:
    """Two `shabaka ingest` processes at once into `target` while `reader` watches in a thread;
    both must succeed. Returns their JSON reports."""
    watcher = threading.Thread(target=reader, daemon=True)
    watcher.start()
    procs = [subprocess.Popen(ingest_command(half, target, "--batch-size", "2"),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for half in halves]
    try:
        outputs = [proc.communicate(timeout=RUN_TIMEOUT_S) for proc in procs]
    finally:
        for proc in procs:
            proc.kill()
            proc.wait()
        stop.set()
        watcher.join(timeout=10)
    for proc, (_, stderr) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, stderr[-3000:]
    return [json.loads(stdout) for stdout, _ in outputs]


def run_ingest(paths: list[Path], db: Path, *extra: str) -> dict:
    """Run `shabaka ingest --json` to completion; its report, after checking it exited 0."""
    done = subprocess.run(ingest_command(paths, db, *extra), capture_output=True, text=True,
                          timeout=RUN_TIMEOUT_S, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def read_only(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=READER_TIMEOUT_S,
                           isolation_level=None)


def count_documents(db: Path) -> int | None:
    """Committed documents, or None while the file or its schema does not exist yet."""
    if not db.exists():
        return None
    conn = read_only(db)
    try:
        return conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # created but not migrated yet
        return None
    finally:
        conn.close()


def assert_consistent(db: Path) -> sqlite3.Connection:
    """Check the file and every document's rows; returns an open connection for more checks."""
    conn = sqlite3.connect(db, isolation_level=None)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
    for table in ("chains", "mentions", "claims", "events", "event_actors"):
        orphans = conn.execute(
            f"SELECT COUNT(*) FROM {table} WHERE doc_id NOT IN (SELECT id FROM documents)"
        ).fetchone()[0]
        assert orphans == 0, f"{orphans} {table} rows belong to no document"
    without_chains = conn.execute(
        "SELECT COUNT(*) FROM documents d"
        " WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = d.id)"
        " AND NOT EXISTS (SELECT 1 FROM chains c WHERE c.doc_id = d.id)"
    ).fetchone()[0]
    assert without_chains == 0, f"{without_chains} documents have mentions but no chains"
    dangling = conn.execute(
        "SELECT COUNT(*) FROM mentions m WHERE NOT EXISTS"
        " (SELECT 1 FROM chains c WHERE c.doc_id = m.doc_id AND c.chain = m.chain)"
    ).fetchone()[0]
    assert dangling == 0, f"{dangling} mentions point at a chain their document lacks"
    dangling = conn.execute(
        "SELECT COUNT(*) FROM claims k WHERE NOT EXISTS (SELECT 1 FROM chains c"
        " WHERE c.doc_id = k.doc_id AND c.chain IN (k.subject_chain, k.object_chain))"
    ).fetchone()[0]
    assert dangling == 0, f"{dangling} claims point at chains their document lacks"
    return conn


def assert_each_once(conn: sqlite3.Connection, files: list[Path]) -> None:
    rows, hashes, origins = conn.execute(
        "SELECT COUNT(*), COUNT(DISTINCT content_hash), COUNT(DISTINCT origin) FROM documents"
    ).fetchone()
    assert rows == hashes == origins == len(files)
    stored = {r[0] for r in conn.execute("SELECT origin FROM documents")}
    assert stored == {str(f) for f in files}


def test_killed_ingest_leaves_whole_documents_and_resumes(tmp_path: Path) -> None:
    files = write_corpus(tmp_path / "corpus", 60)
    db = tmp_path / "kb.db"
    # Small batches spread the commits out, so the kill lands mid-run.
    proc = subprocess.Popen(ingest_command([tmp_path / "corpus"], db, "--batch-size", "2"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + RUN_TIMEOUT_S
    try:
        while True:
            committed = count_documents(db) or 0
            if committed >= 3:
                break
            if proc.poll() is not None:
                pytest.fail(f"ingest exited ({proc.returncode}) before it could be killed: "
                            f"{proc.stderr.read().decode()[-2000:]}")
            if time.monotonic() > deadline:
                pytest.fail("ingest committed no documents in time")
            time.sleep(0.005)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL

    conn = assert_consistent(db)
    before = {r[0]: tuple(r[1:]) for r in conn.execute(
        "SELECT origin, id, seq, ingested_at FROM documents")}
    assert before.keys() <= {str(f) for f in files}
    assert 3 <= len(before) < len(files), "the kill came after the last document"
    assert conn.execute("SELECT COUNT(*) FROM mentions").fetchone()[0] > 0, "nothing was extracted"
    conn.close()

    report = run_ingest([tmp_path / "corpus"], db)
    assert report["failed"] == []
    assert report["replaced"] == []
    assert sorted(report["unchanged"]) == sorted(before)
    assert sorted(report["ingested"]) == sorted({str(f) for f in files} - before.keys())

    conn = assert_consistent(db)
    assert_each_once(conn, files)
    after = {r[0]: tuple(r[1:]) for r in conn.execute(
        "SELECT origin, id, seq, ingested_at FROM documents")}
    assert {origin: after[origin] for origin in before} == before  # the earlier rows untouched
    conn.close()


def test_concurrent_ingests_store_each_document_once_and_never_lock_readers(tmp_path: Path) -> None:
    files = write_corpus(tmp_path / "corpus", 40)
    first, second = files[:21], files[20:]  # files[20] is given to both
    db = tmp_path / "kb.db"
    errors: list[str] = []
    reads: list[int] = []
    stop = threading.Event()

    def reader() -> None:
        # Until a writer has created the schema there is nothing to read; from then on
        # every error counts.
        while count_documents(db) is None and not stop.is_set():
            time.sleep(0.01)
        conn = read_only(db)
        try:
            while not stop.is_set():
                try:
                    reads.append(conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
                except sqlite3.OperationalError as exc:
                    errors.append(str(exc))
                time.sleep(0.002)
        finally:
            conn.close()

    reports = ingest_side_by_side([first, second], db, reader, stop)
    assert errors == [], f"readers got {len(errors)} errors, e.g. {errors[0]}"
    assert len(reads) > 10 and reads == sorted(reads)  # it saw the count grow, never shrink

    ingested = [origin for report in reports for origin in report["ingested"]]
    assert sorted(ingested) == sorted(str(f) for f in files)  # each by exactly one process
    overlap = str(files[20])
    assert sum(overlap in report["unchanged"] for report in reports) == 1
    for report in reports:
        assert report["failed"] == [] and report["replaced"] == []

    conn = assert_consistent(db)
    assert_each_once(conn, files)
    conn.close()


# Opens the knowledge base named in argv[1] at the instant argv[2], so that several processes
# race to create it as ingesters and a server started together do.
OPEN_AT_ONCE = """import sys, time
from shabaka.store.db import Store
start = float(sys.argv[2])
while time.time() < start:
    pass
Store(sys.argv[1]).close()
"""


def test_processes_creating_one_knowledge_base_at_the_same_instant_all_open_it(tmp_path: Path) -> None:
    # Switching a new file to WAL mode does not wait on SQLite's busy timeout; this race failed
    # one process in several with "database is locked" before the switch retried.
    for round_ in range(4):
        db = tmp_path / f"kb{round_}.db"
        start = time.time() + 2.0  # after every process has imported Shabaka
        procs = [subprocess.Popen([sys.executable, "-c", OPEN_AT_ONCE, str(db), str(start)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(4)]
        for proc in procs:
            _, stderr = proc.communicate(timeout=RUN_TIMEOUT_S)
            assert proc.returncode == 0, stderr[-2000:]
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        conn.close()


def test_reingest_is_idempotent_and_changed_content_replaces_extractions(tmp_path: Path) -> None:
    files = write_corpus(tmp_path / "corpus", 6)
    db = tmp_path / "kb.db"
    origins = sorted(str(f) for f in files)

    first = run_ingest([tmp_path / "corpus"], db)
    assert sorted(first["ingested"]) == origins
    assert first["unchanged"] == first["replaced"] == first["failed"] == []

    again = run_ingest([tmp_path / "corpus"], db)
    assert sorted(again["unchanged"]) == origins
    assert again["ingested"] == again["replaced"] == again["failed"] == []

    changed = files[0]
    conn = sqlite3.connect(db, isolation_level=None)
    (old_id,) = conn.execute("SELECT id FROM documents WHERE origin = ?",
                             (str(changed),)).fetchone()
    old_mentions = {r[0] for r in conn.execute("SELECT text FROM mentions WHERE doc_id = ?",
                                               (old_id,))}
    assert old_mentions, "the document to change has no mentions to replace"
    (old_claims,) = conn.execute("SELECT COUNT(*) FROM claims WHERE doc_id = ?", (old_id,)).fetchone()
    assert old_claims, "the document to change has no claims to replace"
    conn.close()
    new_text = (
        "Ceasefire talks in Najaf\n\n"
        "Ali al-Sistani urged Kata'ib al-Imam Ali to respect the ceasefire in Najaf on 4 June 2019."
        " Haider al-Abadi, the head of the Victory Alliance, welcomed the statement.\n"
    )
    assert not any(name in new_text for name in old_mentions)
    changed.write_text(new_text, encoding="utf-8")

    third = run_ingest([tmp_path / "corpus"], db)
    assert third["replaced"] == [str(changed)]
    assert sorted(third["unchanged"]) == [o for o in origins if o != str(changed)]
    assert third["ingested"] == third["failed"] == []

    conn = assert_consistent(db)
    assert_each_once(conn, files)
    (new_id,) = [r[0] for r in conn.execute("SELECT id FROM documents WHERE origin = ?",
                                            (str(changed),))]
    assert new_id != old_id
    for table in ("documents", "chains", "mentions", "claims", "events", "event_actors"):
        column = "id" if table == "documents" else "doc_id"
        (left,) = conn.execute(f"SELECT COUNT(*) FROM {table} WHERE {column} = ?",
                               (old_id,)).fetchone()
        assert left == 0, f"{table} still holds rows of the replaced document"
    by_origin = {r[0] for r in conn.execute(
        "SELECT m.text FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE d.origin = ?",
        (str(changed),))}
    assert by_origin and by_origin.isdisjoint(old_mentions)
    evidence = [r[0] for r in conn.execute(
        "SELECT c.evidence FROM claims c JOIN documents d ON d.id = c.doc_id WHERE d.origin = ?",
        (str(changed),))]
    assert evidence and all(e in new_text for e in evidence)
    conn.close()


def _children(pid: int) -> set[int]:
    """The live child processes of `pid`, from /proc."""
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        children = (task / "children").read_text().split() if (task / "children").exists() else []
        found.update(int(c) for c in children)
    return found


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status  # a zombie has exited


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_killing_an_ingest_with_two_processes_ends_its_workers(tmp_path: Path) -> None:
    write_corpus(tmp_path / "corpus", 120)  # enough for two workers to be started
    proc = subprocess.Popen(ingest_command([tmp_path / "corpus"], tmp_path / "kb.db", "--processes", "2"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + RUN_TIMEOUT_S
    try:
        while len(workers := _children(proc.pid)) < 2:
            assert proc.poll() is None, "ingest ended before its workers started"
            assert time.monotonic() < deadline, "no workers started"
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    deadline = time.monotonic() + 60
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [w for w in workers if _alive(w)]
    for w in left:  # never leave them behind, even when the test fails
        os.kill(w, signal.SIGKILL)
    assert left == [], "the workers outlived the killed ingest"
