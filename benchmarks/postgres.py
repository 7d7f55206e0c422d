"""PostgreSQL against SQLite: ingest of the same generated documents, end to end and storage alone.

Needs a running PostgreSQL (README, "Scaling out") and a URL to it whose user may create
databases; each measured run gets a fresh database, dropped afterwards. Two measures:

  store   read + clean + store each of --docs documents, one transaction each, no NLP
          (the storage path `shabaka ingest` uses, as benchmarks/ingest_io.py times it)
  ingest  `shabaka ingest` end to end (spaCy, extraction, resolution) of --nlp-docs of them,
          one process, in a subprocess per backend; the two must store the same rows

Run by hand, never part of the test suite:

    python benchmarks/postgres.py --postgres postgresql://me@localhost/postgres
    python benchmarks/postgres.py --postgres ... --docs 5000 --nlp-docs 1000
"""

from __future__ import annotations

import argparse
import contextlib
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from corpus import generate
from ingest_io import read_and_store

from shabaka.store.db import Store
from shabaka.store.pg import database_name

CLI = [sys.executable, "-c", "from shabaka.cli import main; main()"]
TABLES = ("documents", "mentions", "chains", "claims", "events", "entities", "aliases")


@contextlib.contextmanager
def fresh_database(admin_url: str) -> Iterator[str]:
    """A new empty database on the server `admin_url` names, dropped on leaving."""
    import psycopg

    name = "shabaka_bench_" + uuid.uuid4().hex[:10]
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    head, _, query = admin_url.partition("?")
    url = head[: len(head) - len(database_name(admin_url))] + name + (f"?{query}" if query else "")
    try:
        yield url
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def store_only(folder: Path, db: Path | str) -> float:
    """Documents per second for read + clean + store (ingest_io's storage path)."""
    started = time.perf_counter()
    docs, _ = read_and_store(folder, db)
    return docs / (time.perf_counter() - started)


def ingest(folder: Path, db: Path | str) -> tuple[float, dict[str, int]]:
    """Documents per second for `shabaka ingest`, and the rows it stored."""
    files = len(list(folder.iterdir()))
    started = time.perf_counter()
    subprocess.run([*CLI, "ingest", str(folder), "--db", str(db), "--batch-size", "32"], check=True,
                   stdout=subprocess.DEVNULL)
    rate = files / (time.perf_counter() - started)
    with Store(db, read_only=True) as store:
        return rate, {t: store.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", required=True, help="a server URL whose user may create databases")
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--nlp-docs", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="shabaka-pg-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        generate(args.docs, corpus)
        sample = Path(tmp) / "sample"
        sample.mkdir()
        for path in sorted(corpus.iterdir())[: args.nlp_docs]:
            (sample / path.name).write_bytes(path.read_bytes())
        rates = {}
        with fresh_database(args.postgres) as url:
            rates["store", "postgresql"] = store_only(corpus, url)
        rates["store", "sqlite"] = store_only(corpus, Path(tmp) / "store.db")
        rows = {}
        with fresh_database(args.postgres) as url:
            rates["ingest", "postgresql"], rows["postgresql"] = ingest(sample, url)
        rates["ingest", "sqlite"], rows["sqlite"] = ingest(sample, Path(tmp) / "ingest.db")
    print(f"{'measure':<8}{'docs':>7}{'SQLite docs/s':>15}{'PostgreSQL docs/s':>19}{'PG / SQLite':>13}")
    for measure, docs in (("store", args.docs), ("ingest", args.nlp_docs)):
        lite, pg = rates[measure, "sqlite"], rates[measure, "postgresql"]
        print(f"{measure:<8}{docs:>7}{lite:>15.1f}{pg:>19.1f}{pg / lite:>13.2f}")
    print("rows stored by the ingest:", rows["sqlite"])
    if rows["sqlite"] != rows["postgresql"]:
        raise SystemExit(f"the backends stored different rows: PostgreSQL {rows['postgresql']}")


if __name__ == "__main__":
    main()
