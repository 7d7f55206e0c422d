"""Ray ingest against local ingest: the same generated corpus, the same number of NLP workers.

  (a) local: KnowledgeBase.ingest with settings.processes=P (spaCy's n_process workers);
  (b) Ray:   KnowledgeBase.ingest(engine=RayEngine(workers=P)) on a local Ray cluster of P CPUs.

Like with like: the model and packs load before the clock starts in both arms (for (b)
the cluster start and each actor's model load too), both write into a fresh knowledge
base, and each arm runs once untimed as a warm-up, then --repeat times, alternating,
each in a fresh subprocess; the median is reported with every run's figure. The two
arms must store the same number of documents, claims and events, or the run stops.

On one machine Ray cannot win: it does what (a) does plus shipping every document to an
actor and every extraction back. The ratio says what that costs; more machines are what
(b) is for.

Usage: python benchmarks/ray_ingest.py [--docs 200] [--processes 2] [--batch-size 16] [--repeat 2]
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import tempfile
import time
from pathlib import Path

from ingest_io import build_corpus
from ingest_throughput import MAX_DOCS, _memory, in_subprocess, run_shabaka, summary

from shabaka.config import Settings
from shabaka.kb import MIN_DOCS_PER_PROCESS, KnowledgeBase
from shabaka.store import queries


def counts(db: Path) -> dict[str, int]:
    """What a run stored, to check that both arms did the same work."""
    with KnowledgeBase(Settings(db=db)) as kb:
        found = queries.stats(kb.store.conn)
    return {key: found[key] for key in ("documents", "mentions", "claims", "events", "entities")}


def run_local(folder: Path, db: Path, workers: int, batch_size: int) -> dict:
    return {**run_shabaka(folder, db, workers, batch_size), "stored": counts(db)}


def run_ray(folder: Path, db: Path, workers: int, batch_size: int) -> dict:
    """Run (b) in this process: a fresh local cluster, its actors loaded, then the timed ingest."""
    import psutil
    import ray

    from shabaka.ingest.ray_engine import RayEngine

    settings = Settings(db=db, batch_size=batch_size)
    start = time.perf_counter()
    ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False, logging_level="ERROR")
    try:
        with KnowledgeBase(settings) as kb, RayEngine(settings, workers=workers) as engine:
            _ = kb.pack
            engine.start(kb.pipeline_version)
            loaded = time.perf_counter()
            cpu = resource.getrusage(resource.RUSAGE_SELF)
            report = kb.ingest([folder], engine=engine)
            end = time.perf_counter()
            after = resource.getrusage(resource.RUSAGE_SELF)
            worker_mib = max(psutil.Process(pid).memory_info().rss for pid in engine.pids()) / 2**20
    finally:
        ray.shutdown()
    if report.failed:
        origin, reason = report.failed[0]
        raise SystemExit(f"{len(report.failed)} documents failed, e.g. {origin}: {reason}")
    memory = _memory()
    memory["rss_children"] = worker_mib  # the largest actor, as it stood at the end
    driver = after.ru_utime + after.ru_stime - cpu.ru_utime - cpu.ru_stime
    return {"docs": len(report.ingested), "seconds": end - loaded, "load_seconds": loaded - start,
            **memory, "stored": counts(db), "driver_cpu": driver}


ARMS = {"local": run_local, "ray": run_ray}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=200, help="documents in the generated corpus")
    parser.add_argument("--processes", type=int, default=2, help="NLP processes / Ray actors (default 2)")
    parser.add_argument("--batch-size", type=int, default=Settings().batch_size)
    parser.add_argument("--repeat", type=int, default=2, help="timed runs per arm (median reported)")
    parser.add_argument("--child", choices=tuple(ARMS), help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        print(json.dumps(ARMS[args.child](args.folder, args.db, args.processes, args.batch_size)))
        return
    if not MIN_DOCS_PER_PROCESS * args.processes <= args.docs <= MAX_DOCS:
        parser.error(f"--docs must be between {MIN_DOCS_PER_PROCESS * args.processes} (below that a local "
                     f"ingest uses one process) and {MAX_DOCS}")
    runs: dict[str, list[dict]] = {kind: [] for kind in ARMS}
    with tempfile.TemporaryDirectory(prefix="shabaka-bench-ray-") as tmp_name:
        tmp = Path(tmp_name)
        files = build_corpus(None, args.docs, tmp / "corpus")
        print(f"corpus: {len(files)} generated files, {sum(f.stat().st_size for f in files) / 1e6:.2f} MB; "
              f"{args.processes} workers, batch size {args.batch_size}", flush=True)
        for k in range(args.repeat + 1):
            for kind in ARMS:
                run = in_subprocess(kind, tmp / "corpus", tmp / f"{kind}-{k}.db", args.processes,
                                    args.batch_size, script=__file__)
                print(f"  {kind} run {k}{' (warm-up)' if not k else ''}: {run['seconds']:.1f} s, "
                      f"stored {run['stored']}", flush=True)
                if k:
                    runs[kind].append(run)
    stored = {kind: {json.dumps(r["stored"], sort_keys=True) for r in rs} for kind, rs in runs.items()}
    if len(stored["local"] | stored["ray"]) != 1:
        raise SystemExit(f"the arms stored different things: {stored}")
    local, ray = summary(runs["local"]), summary(runs["ray"])
    print(f"\n{'arm':<8} {'docs':>5} {'load s':>7} {'seconds':>8} {'docs/s':>7} {'driver MiB':>10} "
          f"{'worker MiB':>10}  docs/s of each run")
    for name, r in (("local", local), ("ray", ray)):
        each = " ".join(f"{r['docs'] / s:.1f}" for s in r["each"])
        print(f"{name:<8} {r['docs']:>5} {r['load_seconds']:>7.1f} {r['seconds']:>8.1f} "
              f"{r['docs'] / r['seconds']:>7.1f} {r['rss_self']:>10.0f} {r['rss_children']:>10.0f}  {each}")
    print(f"(median of {args.repeat} runs after a warm-up; load s: model and packs, for ray also the "
          "cluster and its actors)")
    print(f"\nRay ({args.processes} actors) / local ({args.processes} processes) throughput = "
          f"{local['seconds'] / ray['seconds']:.2f}")
    per_doc = statistics.median(r["driver_cpu"] / r["docs"] for r in runs["ray"])
    print(f"Ray driver (read, clean, send, resolve, store): {per_doc * 1000:.1f} ms CPU per document, "
          f"so one driver keeps up with at most {1 / per_doc:.0f} docs/s however many actors")


if __name__ == "__main__":
    main()
