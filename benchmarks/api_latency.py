"""Latency of the JSON API on a knowledge base of thousands of documents.

Builds (once, cached under /tmp) a knowledge base by repeating the example
corpus with distinct suffixes, starts the real server (uvicorn on 127.0.0.1)
in a subprocess, and times the profile, 2-hop graph and search endpoints
under concurrent clients with httpx. Every request loop is bounded in count.
"profile" and "graph 2-hop" repeat eight busy actors, as an analyst moving
around does, so the server's cache answers most of them; the "uncached" rows
ask each time for something not seen before (every entity's profile, busiest
first; a graph filter never built).
Run by hand, never part of the test suite:

    python benchmarks/api_latency.py                       # 5,000 documents, 8 clients
    python benchmarks/api_latency.py --docs 10000 --clients 16 --requests 400
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "corpus"
CACHE = Path(os.environ.get("SHABAKA_BENCH_CACHE", Path(tempfile.gettempdir()) / "shabaka-bench"))
PROFILES = ["Kata'ib Hezbollah", "Qasem Soleimani", "Popular Mobilization Forces", "Quds Force",
            "Abu Mahdi al-Muhandis", "Badr Organization", "Asa'ib Ahl al-Haq", "Iran"]
CLI = [sys.executable, "-c", "from shabaka.cli import main; main()"]
SEARCHES = ["Kataib", "Quds Force", '"drone strike"', "Muhandis", "Kirkuk", "Badr", "sanctions", "Mosul"]


def write_corpus(folder: Path, n_docs: int) -> None:
    """`n_docs` text files: the example corpus repeated, each copy made distinct by a suffix."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = sorted(EXAMPLES.glob("*.txt"))
    for i in range(n_docs):
        src = sources[i % len(sources)]
        copy = i // len(sources)
        lines = src.read_text(encoding="utf-8").splitlines()
        lines = [f"{line} (copy {copy})" if line.startswith("Title:") else line for line in lines]
        lines.append(f"\nReference: benchmark copy {copy} of {src.stem}.")
        (folder / f"{copy:05d}_{src.name}").write_text("\n".join(lines) + "\n", encoding="utf-8")


def build_kb(n_docs: int, processes: int) -> Path:
    """The cached knowledge base of `n_docs` documents, built if missing."""
    db = CACHE / f"kb-{n_docs}.db"
    if db.exists():
        return db
    corpus = CACHE / f"corpus-{n_docs}"
    write_corpus(corpus, n_docs)
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
    """Send every path once, `clients` at a time; latencies (ms), wall time (s), failures."""
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
            response = await client.get(path)
            latencies.append((time.perf_counter() - t0) * 1000)
            if response.status_code != 200:
                failures += 1

    limits = httpx.Limits(max_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:
        started = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(clients)))
        wall = time.perf_counter() - started
    return latencies, wall, failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=200, help="requests per endpoint")
    parser.add_argument("--processes", type=int, default=1, help="NLP processes when building the KB")
    parser.add_argument("--build-only", action="store_true")
    args = parser.parse_args()

    db = build_kb(args.docs, args.processes)
    if args.build_only:
        return
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
        listed = httpx.get(f"{base}/api/entities", params={"limit": 500}, timeout=60).json()["items"]
        everyone = [e["id"] for e in listed]
        ids = []
        for name in PROFILES:
            found = httpx.get(f"{base}/api/search", params={"q": name, "limit": 1}, timeout=30).json()
            if found["entities"]["items"]:
                ids.append(found["entities"]["items"][0]["id"])
        n = args.requests
        # every (focus, year) pair is a filter the server has not built yet: its graph cache cannot help
        fresh = [(i, year) for year in range(2004, 2025) for i in ids][:n]
        endpoints = {
            "profile": [f"/api/entities/{ids[i % len(ids)]}" for i in range(n)],
            "profile uncached": [f"/api/entities/{eid}" for eid in everyone[:n]],
            "graph 2-hop": [f"/api/graph?focus={ids[i % len(ids)]}&hops=2" for i in range(n)],
            "graph uncached": [f"/api/graph?focus={i}&hops=2&as_of={year}" for i, year in fresh],
            "search": [f"/api/search?q={SEARCHES[i % len(SEARCHES)]}" for i in range(n)],
        }
        print(f"knowledge base: {stats['documents']} documents, {stats['entities']} entities, "
              f"{stats['claims']} claims, {stats['events']} events")
        print(f"{args.clients} concurrent clients, {n} requests per endpoint, uvicorn on 127.0.0.1\n")
        print(f"{'endpoint':<16}{'p50 ms':>10}{'p95 ms':>10}{'mean ms':>10}{'req/s':>10}{'failed':>8}")
        for label, paths in endpoints.items():
            if "uncached" not in label:
                asyncio.run(run_load(base, paths[: args.clients], args.clients))  # warm-up, not timed
            latencies, wall, failures = asyncio.run(run_load(base, paths, args.clients))
            print(f"{label:<16}{percentile(latencies, 50):>10.1f}{percentile(latencies, 95):>10.1f}"
                  f"{statistics.mean(latencies):>10.1f}{len(paths) / wall:>10.1f}{failures:>8}")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
