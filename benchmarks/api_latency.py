"""Latency of the JSON API on a knowledge base of thousands of documents.

Builds (once per version of the code, cached under /tmp) a knowledge base from a
generated corpus (benchmarks/corpus.py: distinct documents drawn from the packs),
starts the real server (uvicorn on 127.0.0.1, read-only) in a subprocess, and
times the profile, 2-hop graph and search endpoints under concurrent clients.
Each endpoint gets --requests distinct keys (entities busiest first, graph foci,
search terms taken from entity names); the cold column is the first request for
each key, the warm column the same keys asked again, so a cache shows as the gap
between the two and never flatters the cold figure. Failed requests (not 200)
are counted apart and left out of the latencies. Every loop is bounded in count.
Run by hand, never part of the test suite:

    python benchmarks/api_latency.py                       # 5,000 documents, 8 clients
    python benchmarks/api_latency.py --docs 10000 --clients 16 --requests 400
    python benchmarks/api_latency.py --postgres postgresql://me@localhost/postgres

With --postgres (a server URL whose user may create databases) the same knowledge base is
also copied, as `shabaka migrate` copies it, into a fresh PostgreSQL database, served and
timed the same way; the last table gives PostgreSQL's latencies over SQLite's.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import httpx
from corpus import generate

CACHE = Path(os.environ.get("SHABAKA_BENCH_CACHE", Path(tempfile.gettempdir()) / "shabaka-bench"))
CLI = [sys.executable, "-c", "from shabaka.cli import main; main()"]


def code_version() -> str:
    """A fingerprint of the package's code and data, so a cached knowledge base is never one an
    older version built."""
    import hashlib

    import shabaka

    digest = hashlib.sha256()
    root = Path(shabaka.__file__).parent
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".yaml") and path.is_file():
            digest.update(str(path.relative_to(root)).encode() + path.read_bytes())
    return digest.hexdigest()[:12]


def build_kb(n_docs: int, processes: int) -> Path:
    """The cached knowledge base of `n_docs` documents, built if missing."""
    db = CACHE / f"kb-{n_docs}-{code_version()}.db"
    if db.exists():
        return db
    corpus = CACHE / f"generated-{n_docs}"
    if not corpus.is_dir():
        generate(n_docs, corpus)
    partial = db.with_suffix(".partial.db")
    for stale in CACHE.glob(partial.name + "*"):
        stale.unlink()
    print(f"building a knowledge base of {n_docs} documents in {db} (once) ...", flush=True)
    started = time.perf_counter()
    subprocess.run([*CLI, "ingest", str(corpus), "--db", str(partial),
                    "--processes", str(processes), "--batch-size", "32"], check=True,
                   stdout=subprocess.DEVNULL)
    partial.rename(db)
    for side in ("-wal", "-shm"):
        leftover = Path(str(partial) + side)
        if leftover.exists():
            leftover.unlink()
    print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
    return db


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


async def run_load(base: str, paths: list[str], clients: int) -> tuple[list[float], float, int]:
    """Send every path once, `clients` at a time; latencies (ms) of the answered ones, wall time (s),
    failures (not 200, or no answer), which are not in the latencies."""
    queue: asyncio.Queue[str] = asyncio.Queue()
    for p in paths:
        queue.put_nowait(p)
    latencies: list[float] = []
    failures = 0

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal failures
        while True:
            try:
                path = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            t0 = time.perf_counter()
            try:
                response = await client.get(path)
            except httpx.HTTPError:
                failures += 1
                continue
            if response.status_code != 200:
                failures += 1
            else:
                latencies.append((time.perf_counter() - t0) * 1000)

    limits = httpx.Limits(max_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:
        started = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(clients)))
        wall = time.perf_counter() - started
    return latencies, wall, failures


def _p(values: list[float], p: float) -> str:
    return f"{percentile(values, p):.1f}" if values else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=200, help="requests per endpoint")
    parser.add_argument("--processes", type=int, default=1, help="NLP processes when building the KB")
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--postgres", help="also time a PostgreSQL copy on this server (a URL)")
    args = parser.parse_args()

    db = build_kb(args.docs, args.processes)
    if args.build_only:
        return
    results = {"SQLite": measure(db, args)}
    if args.postgres:
        from postgres import fresh_database

        from shabaka.store import transfer
        from shabaka.store.db import Store

        with fresh_database(args.postgres) as url:
            with Store(db, read_only=True) as source, Store(url) as target:
                transfer.copy(source, target)
            results["PostgreSQL"] = measure(url, args)
        print("\nPostgreSQL / SQLite (cold and warm p50, cold req/s)")
        for label, lite in results["SQLite"].items():
            pg = results["PostgreSQL"][label]
            print(f"{label:<13}" + "".join(f"{pg[k] / lite[k]:>10.2f}" for k in ("cold", "warm", "rate")))


def measure(db: Path | str, args: argparse.Namespace) -> dict[str, dict[str, float]]:
    """Serve `db` read-only and time each endpoint; prints the table, returns p50s and rates."""
    out = {}
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [*CLI, "serve", "--db", str(db), "--port", str(port), "--read-only"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                stats = httpx.get(f"{base}/api/stats", timeout=5).json()
                break
            except httpx.HTTPError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"the server did not start:\n{server.stdout.read()}") from None
                time.sleep(0.2)
        n = args.requests
        listed = httpx.get(f"{base}/api/entities", params={"limit": n}, timeout=60).json()["items"]
        ids = [e["id"] for e in listed]  # busiest first
        terms = list(dict.fromkeys(e["name"].split()[-1] for e in listed))
        endpoints = {  # distinct keys: no request repeats another of its column
            "profile": [f"/api/entities/{eid}" for eid in ids],
            "graph 2-hop": [f"/api/graph?focus={eid}&hops=2" for eid in ids],
            "search": [f"/api/search?q={quote(term)}" for term in terms],
        }
        print(f"knowledge base: {stats['documents']} documents, {stats['entities']} entities, "
              f"{stats['claims']} claims, {stats['events']} events (code {code_version()})")
        print(f"{args.clients} concurrent clients, up to {n} distinct keys per endpoint, "
              "uvicorn on 127.0.0.1")
        print("cold: first request for each key; warm: the same keys again\n")
        print(f"backend {'PostgreSQL' if isinstance(db, str) else 'SQLite'}")
        print(f"{'endpoint':<13}{'keys':>6}{'cold p50':>10}{'cold p95':>10}{'warm p50':>10}{'warm p95':>10}"
              f"{'cold req/s':>11}{'failed':>8}")
        for label, paths in endpoints.items():
            cold, wall, cold_failed = asyncio.run(run_load(base, paths, args.clients))
            warm, _, warm_failed = asyncio.run(run_load(base, paths, args.clients))
            print(f"{label:<13}{len(paths):>6}{_p(cold, 50):>10}{_p(cold, 95):>10}{_p(warm, 50):>10}"
                  f"{_p(warm, 95):>10}{len(paths) / wall:>11.1f}{cold_failed + warm_failed:>8}")
            out[label] = {"cold": percentile(cold, 50), "warm": percentile(warm, 50),
                          "rate": len(paths) / wall}
        print("(milliseconds; failed requests are counted apart, not in the latencies)")
    finally:
        server.terminate()
        server.wait(timeout=30)
    return out


if __name__ == "__main__":
    main()
