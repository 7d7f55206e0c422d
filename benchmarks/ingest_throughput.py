"""Ingest throughput benchmark: Shabaka end to end against the raw spaCy pipeline.

On one corpus (generated from the packs and templates, benchmarks/corpus.py; or
the files of --source folders repeated) it times

  (a) raw spaCy: load_model(settings.model), then nlp.pipe(cleaned texts,
      batch_size=B, n_process=P), consuming every doc;
  (b) Shabaka:   KnowledgeBase(settings) with its model and packs loaded, then
      ingest([folder]) into a fresh knowledge base (read, clean, annotate,
      extract, resolve, store), settings.processes=P, settings.batch_size=B;

like with like: the model load is timed apart and left out of the throughput;
both arms run with the same number of NLP processes (Shabaka uses one process
for fewer than MIN_DOCS_PER_PROCESS documents per process; the report then says
so and runs both arms with one); each arm runs once untimed as a warm-up, then
--repeat times, alternating arms, each in a fresh subprocess (so peak memory is
not mixed between runs), and the median is reported with every run's figure.

Usage: python benchmarks/ingest_throughput.py [--docs 500] [--processes 1|2]
           [--batch-size 16] [--repeat 3] [--compare-processes] [--clock wall|cpu]

--clock cpu times each arm by its process's CPU seconds instead of the wall clock (one
process only: spaCy's worker processes would go uncounted). On a machine other jobs share,
the wall clock counts their load: ratios measured there moved from 0.44 to 0.66 for one
unchanged tree, the CPU clock's from 0.61 to 0.68.
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ingest_io import build_corpus, source_files

from shabaka.config import Settings
from shabaka.errors import InputError
from shabaka.ingest import iter_documents
from shabaka.kb import MIN_DOCS_PER_PROCESS

MAX_DOCS = 10_000


def _rss_mb(who: int) -> float:
    """Peak RSS in MiB (ru_maxrss is KiB on Linux, bytes on macOS)."""
    rss = resource.getrusage(who).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def _memory() -> dict[str, float]:
    # RUSAGE_CHILDREN is the largest finished child (spaCy's n_process workers), not a sum.
    return {"rss_self": _rss_mb(resource.RUSAGE_SELF),
            "rss_children": _rss_mb(resource.RUSAGE_CHILDREN)}


CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}


def run_spacy(folder: Path, processes: int, batch_size: int, clock: str = "wall") -> dict:
    """Run (a) in this process: raw spaCy over the cleaned texts."""
    from shabaka.annotate import load_model

    texts = []
    for item in iter_documents([folder]):
        if isinstance(item, InputError):
            raise SystemExit(f"cannot read {item.origin}: {item.reason}")
        texts.append(item.text)
    now = CLOCKS[clock]
    start = now()
    nlp = load_model(Settings().model)
    loaded = now()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size, n_process=processes))
    end = now()
    return {"docs": len(texts), "tokens": tokens, "seconds": end - loaded,
            "load_seconds": loaded - start, **_memory()}


def run_shabaka(folder: Path, db: Path, processes: int, batch_size: int, clock: str = "wall") -> dict:
    """Run (b) in this process: KnowledgeBase.ingest end to end into a fresh knowledge base."""
    from shabaka.kb import KnowledgeBase

    settings = Settings(db=db, processes=processes, batch_size=batch_size)
    now = CLOCKS[clock]
    start = now()
    with KnowledgeBase(settings) as kb:
        # Load the lazy pipeline, the packs (with the resolver's index of their names) and the
        # relation model first, to time them apart from the throughput, as arm (a) loads its model.
        _ = kb.nlp, kb.pack, kb.resolver, kb.relation_model
        loaded = now()
        report = kb.ingest([folder])
    end = now()
    if report.failed:
        origin, reason = report.failed[0]
        raise SystemExit(f"{len(report.failed)} documents failed, e.g. {origin}: {reason}")
    return {"docs": len(report.ingested), "seconds": end - loaded, "load_seconds": loaded - start,
            **_memory()}


def in_subprocess(kind: str, folder: Path, db: Path, processes: int, batch_size: int,
                  script: str = __file__, clock: str = "wall") -> dict:
    """Run one measurement (`script --child kind`) in a fresh interpreter; what it measured."""
    command = [sys.executable, script, "--child", kind, "--folder", str(folder), "--db", str(db),
               "--processes", str(processes), "--batch-size", str(batch_size)]
    if clock != "wall":  # other scripts (ray_ingest.py) run their own children through this
        command += ["--clock", clock]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"run {kind} (P={processes}) failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def effective_processes(docs: int, processes: int) -> int:
    """The NLP processes Shabaka really uses for `docs` documents (see KnowledgeBase.ingest)."""
    return processes if docs >= MIN_DOCS_PER_PROCESS * processes else 1


def measure(folder: Path, tmp: Path, processes: int, batch_size: int, repeat: int,
            clock: str = "wall") -> tuple[dict, dict]:
    """A warm-up of each arm, then `repeat` runs of each, alternating; the medians, with every run."""
    runs: dict[str, list[dict]] = {"spacy": [], "shabaka": []}
    for k in range(repeat + 1):
        for kind in runs:
            run = in_subprocess(kind, folder, tmp / f"bench-p{processes}-{k}.db", processes, batch_size,
                                clock=clock)
            if k:  # run 0 is the warm-up
                runs[kind].append(run)
    a, b = (summary(runs[kind]) for kind in ("spacy", "shabaka"))
    if a["docs"] != b["docs"]:
        raise SystemExit(f"runs disagree on the corpus: spaCy saw {a['docs']}, Shabaka {b['docs']}")
    b["tokens"] = a["tokens"]  # the same texts; counted once, in run a
    return a, b


def summary(runs: list[dict]) -> dict:
    """Median seconds and load seconds, peak memory, and each run's seconds."""
    return {"docs": runs[0]["docs"], "tokens": runs[0].get("tokens", 0),
            "seconds": statistics.median(r["seconds"] for r in runs),
            "load_seconds": statistics.median(r["load_seconds"] for r in runs),
            "rss_self": max(r["rss_self"] for r in runs),
            "rss_children": max(r["rss_children"] for r in runs),
            "each": [r["seconds"] for r in runs]}


def print_table(results: dict[int, tuple[dict, dict]], batch_size: int, repeat: int) -> None:
    print(f"\n{'run':<24} {'P':>2} {'docs':>6} {'load s':>7} {'seconds':>8} {'docs/s':>8} {'tokens/s':>9}"
          f" {'RSS MiB':>8} {'worker MiB':>10}  docs/s of each run")
    for processes, runs in sorted(results.items()):
        for name, r in zip(("(a) raw spaCy nlp.pipe", "(b) Shabaka ingest"), runs, strict=True):
            worker = f"{r['rss_children']:.0f}" if r["rss_children"] else "-"
            each = " ".join(f"{r['docs'] / s:.1f}" for s in r["each"])
            print(f"{name:<24} {processes:>2} {r['docs']:>6} {r['load_seconds']:>7.1f} {r['seconds']:>8.1f}"
                  f" {r['docs'] / r['seconds']:>8.1f} {r['tokens'] / r['seconds']:>9.0f}"
                  f" {r['rss_self']:>8.0f} {worker:>10}  {each}")
    print(f"(median of {repeat} runs after a warm-up; batch size {batch_size}; seconds and docs/s leave"
          " out the load s column: the model, and for b the packs; worker MiB: the largest NLP worker)")
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
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per arm (median reported)")
    parser.add_argument("--clock", choices=tuple(CLOCKS), default="wall",
                        help="time by the wall clock (default) or by CPU seconds (--processes 1 only)")
    parser.add_argument("--source", type=Path, action="append",
                        help="folder of .txt/.md files to repeat instead (repeatable; default: a "
                             "generated corpus)")
    # Internal: one measurement, run by the parent in a fresh interpreter.
    parser.add_argument("--child", choices=("spacy", "shabaka"), help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child == "spacy":
        print(json.dumps(run_spacy(args.folder, args.processes, args.batch_size, args.clock)))
        return
    if args.child == "shabaka":
        print(json.dumps(run_shabaka(args.folder, args.db, args.processes, args.batch_size, args.clock)))
        return
    if not 1 <= args.docs <= MAX_DOCS:
        parser.error(f"--docs must be between 1 and {MAX_DOCS}")
    if args.clock == "cpu" and (args.processes != 1 or args.compare_processes):
        parser.error("--clock cpu counts this process only: use it with one process")

    sources = args.source
    process_counts = [1, 2] if args.compare_processes else [args.processes]
    with tempfile.TemporaryDirectory(prefix="shabaka-bench-nlp-") as tmp_name:
        tmp = Path(tmp_name)
        files = build_corpus(sources, args.docs, tmp / "corpus")
        size = sum(path.stat().st_size for path in files)
        origin = (f"repeating {len(source_files(sources))} files" if sources
                  else "generated from the packs (distinct documents)")
        print(f"corpus: {len(files)} files, {size / 1e6:.2f} MB, {origin}")
        print(f"model: {Settings().model}", flush=True)
        results = {}
        for asked in process_counts:
            processes = effective_processes(len(files), asked)
            if processes != asked:
                print(f"P={asked}: Shabaka uses 1 process for fewer than {MIN_DOCS_PER_PROCESS * asked} "
                      "documents; both arms run with 1 instead", flush=True)
            if processes in results:
                continue
            print(f"running P={processes} ...", flush=True)
            results[processes] = measure(tmp / "corpus", tmp, processes, args.batch_size, args.repeat,
                                         args.clock)
    print_table(results, args.batch_size, args.repeat)
    if args.clock == "cpu":
        print("(timed in CPU seconds of each arm's process, not by the wall clock)")


if __name__ == "__main__":
    main()
