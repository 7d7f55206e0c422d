"""Several ingesters on one PostgreSQL knowledge base, a killed one, and a retried batch.

The real `shabaka ingest` runs in separate processes against a real PostgreSQL server
while a reader counts documents through its own connection: two writers never
duplicate a document, the reader is never blocked or shown a half-written one, a
killed ingest leaves whole documents only, and running a batch again changes nothing.
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time

import pytest

from shabaka.store.db import Store
from tests.test_robustness import RUN_TIMEOUT_S, ingest_command, ingest_side_by_side, run_ingest, write_corpus

pytestmark = pytest.mark.slow

TABLES = ("documents", "chains", "mentions", "claims", "events", "event_actors", "entities", "aliases",
          "alias_blocks", "documents_fts")


def counts(url: str) -> dict[str, int]:
    with Store(url, read_only=True) as store:
        return {t: store.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}


def assert_whole(url: str, files) -> None:
    """Every file once, indexed once, and no row of a document that is not there."""
    with Store(url, read_only=True) as store:
        conn = store.conn
        rows, hashes, origins = conn.execute(
            "SELECT COUNT(*), COUNT(DISTINCT content_hash), COUNT(DISTINCT origin) FROM documents").fetchone()
        assert rows == hashes == origins == len(files)
        assert {r[0] for r in conn.execute("SELECT origin FROM documents")} == {str(f) for f in files}
        assert conn.execute("SELECT COUNT(*) FROM documents_fts").fetchone()[0] == len(files)
        for table in ("chains", "mentions", "claims", "events"):
            orphans = conn.execute(f"SELECT COUNT(*) FROM {table} WHERE doc_id NOT IN"
                                   " (SELECT id FROM documents)").fetchone()[0]
            assert orphans == 0, table
        without_chains = conn.execute(
            "SELECT COUNT(*) FROM documents d WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = d.id)"
            " AND NOT EXISTS (SELECT 1 FROM chains c WHERE c.doc_id = d.id)").fetchone()[0]
        assert without_chains == 0


def test_concurrent_ingesters_a_killed_one_and_a_retried_batch(tmp_path, pg_server):
    url = pg_server.database()
    files = write_corpus(tmp_path / "corpus", 36)
    first, second, later = files[:13], files[12:24], files[24:]  # files[12] is given to both
    reads: list[int] = []
    errors: list[str] = []
    stop = threading.Event()

    def reader() -> None:
        while not stop.is_set():
            try:
                with Store(url, read_only=True) as store:
                    while not stop.is_set():
                        reads.append(store.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
                        time.sleep(0.005)
            except Exception as exc:  # before the first writer migrated there is nothing to read
                if reads:
                    errors.append(str(exc))
                time.sleep(0.05)

    reports = ingest_side_by_side([first, second], url, reader, stop)
    assert errors == []
    assert len(reads) > 10 and reads == sorted(reads)  # the count grew and never shrank
    ingested = [origin for report in reports for origin in report["ingested"]]
    assert sorted(ingested) == sorted(str(f) for f in files[:24])  # each by exactly one process
    assert sum(str(files[12]) in report["unchanged"] for report in reports) == 1
    assert_whole(url, files[:24])

    # a batch killed mid-run leaves whole documents; run again, it completes without duplicates
    proc = subprocess.Popen(ingest_command(later, url, "--batch-size", "1"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + RUN_TIMEOUT_S
    try:
        while counts(url)["documents"] < 26:
            assert proc.poll() is None, "the ingest ended before it could be killed"
            assert time.monotonic() < deadline, "the ingest committed nothing in time"
            time.sleep(0.01)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    with Store(url, read_only=True) as store:
        kept = {r[0]: tuple(r[1:]) for r in store.conn.execute("SELECT origin, id, seq FROM documents")}
    assert 26 <= len(kept) < len(files), "the kill came after the last document"
    retried = run_ingest([tmp_path / "corpus"], url)  # the whole batch again
    assert retried["failed"] == [] and retried["replaced"] == []
    assert sorted(retried["unchanged"]) == sorted(kept)
    assert sorted(retried["ingested"]) == sorted({str(f) for f in files} - kept.keys())
    assert_whole(url, files)
    with Store(url, read_only=True) as store:
        after = {r[0]: tuple(r[1:]) for r in store.conn.execute("SELECT origin, id, seq FROM documents")}
    assert {origin: after[origin] for origin in kept} == kept  # the stored rows untouched
