"""Ingest throughput benchmark: Shabaka end to end against the raw spaCy pipeline.

On one corpus (shared/corpus/seeds plus examples/corpus, repeated with a
distinct last line per copy until --docs documents) it times

  (a) raw spaCy: load_model(settings.model) then nlp.pipe(cleaned texts,
      batch_size=B, n_process=P), consuming every doc;
  (b) Shabaka:   KnowledgeBase(settings).ingest([folder]) into a fresh
      knowledge base, with settings.processes=P and settings.batch_size=B
      (read, clean, annotate, extract, resolve, store);

each in a fresh subprocess of this script so that peak memory (max RSS of the
process, and of its largest NLP worker) is not mixed between runs. Both timings
include loading the model. It prints documents/s, tokens/s (tokens counted in
run a), peak memory, and the ratio b/a: 0.70 means Shabaka runs at 70% of raw
spaCy speed. --compare-processes runs P=1 and P=2 and also prints P2/P1.

Usage: python benchmarks/ingest_throughput.py [--docs 500] [--processes 1|2]
           [--batch-size 16] [--compare-processes]
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ingest_io import build_corpus, default_sources, source_files

from shabaka.config import Settings
from shabaka.errors import InputError
from shabaka.ingest import iter_documents

MAX_DOCS = 10_000


def _rss_mb(who: int) -> float:
    """Peak RSS in MiB (ru_maxrss is KiB on Linux, bytes on macOS)."""
    rss = resource.getrusage(who).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def _memory() -> dict[str, float]:
    # RUSAGE_CHILDREN is the largest finished child (spaCy's n_process workers), not a sum.
    return {"rss_self": _rss_mb(resource.RUSAGE_SELF),
            "rss_children": _rss_mb(resource.RUSAGE_CHILDREN)}


def run_spacy(folder: Path, processes: int, batch_size: int) -> dict:
    """Run (a) in this process: raw spaCy over the cleaned texts."""
    from shabaka.annotate import load_model

    texts = []
    for item in iter_documents([folder]):
        if isinstance(item, InputError):
            raise SystemExit(f"cannot read {item.origin}: {item.reason}")
        texts.append(item.text)
    start = time.perf_counter()
    nlp = load_model(Settings().model)
    loaded = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size, n_process=processes))
    end = time.perf_counter()
    return {"docs": len(texts), "tokens": tokens, "seconds": end - start,
            "load_seconds": loaded - start, **_memory()}


def run_shabaka(folder: Path, db: Path, processes: int, batch_size: int) -> dict:
    """Run (b) in this process: KnowledgeBase.ingest end to end into a fresh knowledge base."""
    from shabaka.kb import KnowledgeBase

    settings = Settings(db=db, processes=processes, batch_size=batch_size)
    start = time.perf_counter()
    with KnowledgeBase(settings) as kb:
        # Touch the lazy pipeline and packs first, only to time them apart; ingest would
        # load them itself at the same point of the same run.
        _ = kb.nlp, kb.pack
        loaded = time.perf_counter()
        report = kb.ingest([folder])
    end = time.perf_counter()
    if report.failed:
        origin, reason = report.failed[0]
        raise SystemExit(f"{len(report.failed)} documents failed, e.g. {origin}: {reason}")
    return {"docs": len(report.ingested), "seconds": end - start, "load_seconds": loaded - start,
            **_memory()}


def in_subprocess(kind: str, folder: Path, db: Path, processes: int, batch_size: int) -> dict:
    """Run one measurement in a fresh interpreter and return what it measured."""
    command = [sys.executable, __file__, "--child", kind, "--folder", str(folder), "--db", str(db),
               "--processes", str(processes), "--batch-size", str(batch_size)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"run {kind} (P={processes}) failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(folder: Path, tmp: Path, processes: int, batch_size: int) -> tuple[dict, dict]:
    a = in_subprocess("spacy", folder, tmp / "unused.db", processes, batch_size)
    b = in_subprocess("shabaka", folder, tmp / f"bench-p{processes}.db", processes, batch_size)
    if a["docs"] != b["docs"]:
        raise SystemExit(f"runs disagree on the corpus: spaCy saw {a['docs']}, Shabaka {b['docs']}")
    b["tokens"] = a["tokens"]  # the same texts; counted once, in run a
    return a, b


def print_table(results: dict[int, tuple[dict, dict]], batch_size: int) -> None:
    print(f"\n{'run':<24} {'P':>2} {'docs':>6} {'seconds':>8} {'docs/s':>8} {'tokens/s':>9}"
          f" {'load s':>7} {'RSS MiB':>8} {'worker MiB':>10}")
    for processes, runs in sorted(results.items()):
        for name, r in zip(("(a) raw spaCy nlp.pipe", "(b) Shabaka ingest"), runs, strict=True):
            worker = f"{r['rss_children']:.0f}" if r["rss_children"] else "-"
            print(f"{name:<24} {processes:>2} {r['docs']:>6} {r['seconds']:>8.1f}"
                  f" {r['docs'] / r['seconds']:>8.1f} {r['tokens'] / r['seconds']:>9.0f}"
                  f" {r['load_seconds']:>7.1f} {r['rss_self']:>8.0f} {worker:>10}")
    print(f"(batch size {batch_size}; both timings include the load s column: the model,"
          " and for b the packs and pipeline; worker MiB is the largest NLP worker process)")
    print()
    for processes, (a, b) in sorted(results.items()):
        print(f"P={processes}: Shabaka / raw spaCy throughput = {a['seconds'] / b['seconds']:.2f}"
              f"  (memory {b['rss_self'] / a['rss_self']:.2f}x)")
    if 1 in results and 2 in results:
        for i, name in enumerate(("(a) raw spaCy", "(b) Shabaka")):
            one, two = results[1][i], results[2][i]
            ratio = one["seconds"] / two["seconds"]
            print(f"{name}: 2 processes / 1 process throughput = {ratio:.2f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=500,
                        help=f"documents in the corpus (default 500, at most {MAX_DOCS})")
    parser.add_argument("--processes", type=int, choices=(1, 2), default=1,
                        help="NLP processes for both runs (default 1)")
    parser.add_argument("--compare-processes", action="store_true",
                        help="run with 1 and with 2 processes and print the 2-vs-1 ratios")
    parser.add_argument("--batch-size", type=int, default=Settings().batch_size,
                        help="documents per nlp.pipe batch (default: Shabaka's)")
    parser.add_argument("--source", type=Path, action="append",
                        help="folder of .txt/.md files to repeat (repeatable; default: "
                             "examples/corpus plus shared/corpus/seeds when present)")
    # Internal: one measurement, run by the parent in a fresh interpreter.
    parser.add_argument("--child", choices=("spacy", "shabaka"), help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child == "spacy":
        print(json.dumps(run_spacy(args.folder, args.processes, args.batch_size)))
        return
    if args.child == "shabaka":
        print(json.dumps(run_shabaka(args.folder, args.db, args.processes, args.batch_size)))
        return
    if not 1 <= args.docs <= MAX_DOCS:
        parser.error(f"--docs must be between 1 and {MAX_DOCS}")

    sources = args.source or default_sources()
    process_counts = [1, 2] if args.compare_processes else [args.processes]
    with tempfile.TemporaryDirectory(prefix="shabaka-bench-nlp-") as tmp_name:
        tmp = Path(tmp_name)
        files = build_corpus(sources, args.docs, tmp / "corpus")
        size = sum(path.stat().st_size for path in files)
        where = ", ".join(str(s.resolve()) for s in sources)
        print(f"corpus: {len(files)} files, {size / 1e6:.2f} MB, repeating "
              f"{len(source_files(sources))} files from {where}")
        print(f"model: {Settings().model}", flush=True)
        results = {}
        for processes in process_counts:
            print(f"running P={processes} ...", flush=True)
            results[processes] = measure(tmp / "corpus", tmp, processes, args.batch_size)
    print_table(results, args.batch_size)


if __name__ == "__main__":
    main()
