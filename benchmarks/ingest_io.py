"""Ingest I/O benchmark: documents per second for read + clean + store, without NLP.

Generates a varied corpus of --docs documents from the packs and sentence
templates (benchmarks/corpus.py), or with --source repeats the files of those
folders with a distinct last line each. Then times, after one untimed warm-up
pass, --repeat runs of each stage and reports the median:

  read+clean        shabaka.ingest.iter_documents over the folder
  read+clean+store  the same, inserting each Document into a fresh Store with
                    store.documents.insert_document, one transaction per
                    document (the storage path `shabaka ingest` uses, minus NLP)

and reports docs/s, the store-inclusive to read-only ratio, and peak memory
(tracemalloc peak of Python allocations, and the process's max RSS).

Usage: python benchmarks/ingest_io.py [--docs 2000] [--repeat 3] [--source DIR]
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from corpus import generate

from shabaka.errors import InputError
from shabaka.ingest import DEFAULT_MAX_BYTES, iter_documents
from shabaka.store import documents as doc_store
from shabaka.store.db import Store

# Appending a line keeps these readable; binary formats (pdf, docx) would break.
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
PIPELINE_LABEL = "benchmark/no-nlp"


def source_files(sources: list[Path]) -> list[Path]:
    """The text files the corpus is made of, sorted, without README files."""
    files: list[Path] = []
    for folder in sources:
        if folder.is_dir():
            files.extend(
                path for path in sorted(folder.rglob("*"))
                if path.is_file() and path.suffix.lower() in TEXT_SUFFIXES
                and not path.name.lower().startswith(("readme", "."))
            )
    return files


def build_corpus(sources: list[Path] | None, n_docs: int, out: Path) -> list[Path]:
    """Write `n_docs` files to `out`: generated ones, or the sources repeated, each copy with its
    own last line. Returns the files written; SystemExit if the sources hold no text files."""
    if not sources:
        return generate(max(n_docs, 1), out)
    files = source_files(sources)
    if not files:
        raise SystemExit(f"no .txt/.md files in {', '.join(map(str, sources)) or '(no sources)'}")
    texts = [path.read_text(encoding="utf-8", errors="replace").rstrip("\n") for path in files]
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for i in range(max(n_docs, 1)):
        k = i % len(files)
        target = out / f"{i:06d}_{files[k].stem}{files[k].suffix}"
        target.write_text(f"{texts[k]}\n\nBenchmark copy {i}.\n", encoding="utf-8")
        written.append(target)
    return written


@dataclass
class Run:
    """One timed pass over the corpus."""

    name: str
    docs: int
    chars: int
    seconds: float
    py_peak: int  # bytes, tracemalloc

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0


def timed(name: str, work: Callable[[], tuple[int, int]]) -> Run:
    """Run `work` (returning docs, chars) under tracemalloc and a wall clock."""
    tracemalloc.start()
    start = time.perf_counter()
    docs, chars = work()
    seconds = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return Run(name, docs, chars, seconds, peak)


def median_run(runs: list[Run]) -> Run:
    """The run of median time (each run stores into a fresh database)."""
    return sorted(runs, key=lambda run: run.seconds)[len(runs) // 2]


def read_only(folder: Path) -> tuple[int, int]:
    docs = chars = 0
    for item in iter_documents([folder]):
        if isinstance(item, InputError):
            raise SystemExit(f"cannot read {item.origin}: {item.reason}")
        docs += 1
        chars += len(item.text)
    return docs, chars


def read_and_store(folder: Path, db: Path) -> tuple[int, int]:
    docs = chars = 0
    with Store(db) as store:
        for item in iter_documents([folder]):
            if isinstance(item, InputError):
                raise SystemExit(f"cannot read {item.origin}: {item.reason}")
            with store.write(replayable=True) as conn:  # one transaction per document, as ingest does
                if doc_store.document_by_hash(conn, item.content_hash):
                    continue
                doc_store.insert_document(conn, item, PIPELINE_LABEL)
            docs += 1
            chars += len(item.text)
    return docs, chars


def max_rss_mb() -> float:
    """This process's peak resident set size in MiB (ru_maxrss is KiB on Linux, bytes on macOS)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=2000,
                        help="documents to generate (default 2000)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per stage (median reported)")
    parser.add_argument("--source", type=Path, action="append",
                        help="folder of .txt/.md files to repeat instead (repeatable; default: a "
                             "generated corpus)")
    args = parser.parse_args(argv)
    sources = args.source

    with tempfile.TemporaryDirectory(prefix="shabaka-bench-io-") as tmp:
        folder = Path(tmp) / "corpus"
        files = build_corpus(sources, args.docs, folder)
        size = sum(path.stat().st_size for path in files)
        origin = (f"repeating {len(source_files(sources))} files" if sources
                  else "generated from the packs (distinct documents)")
        print(f"corpus: {len(files)} files, {size / 1e6:.1f} MB, {origin}")
        # Warm the file cache and import paths so the first timed run is not penalised.
        read_and_store(folder, Path(tmp) / "warm-up.db")
        rss_before = max_rss_mb()
        stores = [Path(tmp) / f"bench-{k}.db" for k in range(args.repeat)]
        runs = [
            median_run([timed("read+clean", lambda: read_only(folder)) for _ in range(args.repeat)]),
            median_run([timed("read+clean+store", lambda db=db: read_and_store(folder, db))
                        for db in stores]),
        ]
        db_size = stores[0].stat().st_size
        rss_after = max_rss_mb()

    print()
    print(f"median of {args.repeat} runs after a warm-up")
    print(f"{'stage':<18} {'docs':>6} {'seconds':>8} {'docs/s':>9} {'MB text/s':>10}"
          f" {'py peak MB':>11}")
    for run in runs:
        print(f"{run.name:<18} {run.docs:>6} {run.seconds:>8.2f} {run.docs_per_s:>9.1f} "
              f"{run.chars / 1e6 / run.seconds:>10.2f} {run.py_peak / 1e6:>11.1f}")
    base, full = runs
    print()
    print(f"ratio store-inclusive / read-only throughput: {full.docs_per_s / base.docs_per_s:.2f}"
          f"  (storage costs {(full.seconds - base.seconds) / full.docs * 1000:.2f} ms/doc)")
    print(f"max RSS: {rss_after:.0f} MiB (before the timed runs: {rss_before:.0f} MiB);"
          f" database: {db_size / 1e6:.1f} MB")
    if base.py_peak > DEFAULT_MAX_BYTES:
        # The reader asks for max_bytes + 1 bytes per file; CPython allocates that much
        # up front and shrinks it, so the peak shows the cap, not the documents.
        print(f"note: py peak includes the reader's transient {DEFAULT_MAX_BYTES / 1e6:.0f} MB"
              " read buffer (max_bytes + 1), allocated and released once per file")


if __name__ == "__main__":
    main()
