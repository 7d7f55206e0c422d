"""Cross-document resolution at scale: time, memory and pairwise quality.

Generates mentions from the domain packs' names with the spelling variation
reporting shows (transliteration variants, article forms, apostrophes,
hyphens, doubled letters) plus typos, resolves them one by one (or --per-doc N
together, as one document's chains) against a fresh knowledge base (with the
pack's aliases, as in production, or with --names-only without them), and
scores the result against the generator's truth. Memory is the process's peak resident
size so far (sizes run in the order given); --traced adds the peak of Python's traced
allocations, at about three times the run time, so time it without. With --nlp-docs N it
also ingests N generated documents (benchmarks/corpus.py; or --source folders
repeated) as `shabaka ingest` does, in one process, and reports the time spent
resolving (Resolver.resolve and refresh) against the time spent in the NLP stage
(spaCy and sectioning), so that resolution stays a small share of ingest. Run
by hand:

    python benchmarks/resolve_scale.py --sizes 10000 50000 100000
    python benchmarks/resolve_scale.py --sizes 10000 --nlp-docs 300
    python benchmarks/resolve_scale.py --postgres postgresql://me@localhost/postgres

With --postgres (a server URL whose user may create databases) each size resolves into a
fresh PostgreSQL database instead of an SQLite file.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import resource
import tempfile
import time
import tracemalloc
from pathlib import Path

from ingest_io import build_corpus

from shabaka.config import Settings
from shabaka.evaluate.aliases import pairwise
from shabaka.kb import KnowledgeBase
from shabaka.model import Chain
from shabaka.ontology import Pack, load_packs
from shabaka.ontology.loader import pack_paths
from shabaka.resolve.resolver import Resolver
from shabaka.store.db import Store

SWAPS = [("q", "gh"), ("ou", "u"), ("u", "ou"), ("i", "ee"), ("e", "i"), ("a", "e"), ("dh", "z"),
         ("k", "q"), ("ss", "s"), ("s", "ss"), ("y", "i"), ("ai", "ei"), ("'", ""), ("’", "'")]
ARTICLES = ["al-", "al ", "Al-", "el-", ""]


def vary(name: str, rng: random.Random, typo_rate: float) -> str:
    out = name
    for _ in range(rng.randint(0, 2)):
        a, b = rng.choice(SWAPS)
        if a in out:
            i = rng.choice([k for k in range(len(out)) if out.startswith(a, k)])
            out = out[:i] + b + out[i + len(a):]
    if "al-" in out and rng.random() < 0.3:
        out = out.replace("al-", rng.choice(ARTICLES), 1)
    if rng.random() < typo_rate and len(out) > 6:
        i = rng.randrange(2, len(out) - 1)
        out = out[:i] + out[i + 1] + out[i] + out[i + 2:]
    return out


def generate(pack: Pack, n: int, seed: int, typo_rate: float) -> list[tuple[str, str, str]]:
    rng = random.Random(seed)
    actors = [a for a in pack.actors.values() if a.type != "COUNTRY" and len(a.name.split()) >= 2]
    out = []
    for _ in range(n):
        actor = rng.choice(actors)
        base = rng.choice(actor.names)
        out.append((vary(base, rng, typo_rate), actor.type, actor.id))
    return out


def run(size: int, pack: Pack, seed: int, typo_rate: float, names_only: bool,
        postgres: str | None = None, traced: bool = False, per_doc: int = 1) -> dict:
    mentions = generate(pack, size, seed, typo_rate)
    # as in production the pack's aliases are known; --names-only leaves them out so names alone decide
    resolver = Resolver(Pack(given_name_groups=pack.given_name_groups) if names_only else pack)
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as stack:
        if postgres:
            from postgres import fresh_database

            store = Store(stack.enter_context(fresh_database(postgres)))
        else:
            store = Store(Path(tmp) / "kb.db")
        if traced:
            tracemalloc.start()
        started = time.perf_counter()
        predicted = []
        batch = 1000 // per_doc * per_doc
        for i in range(0, len(mentions), batch):
            with store.write() as conn:
                for j in range(i, min(i + batch, len(mentions)), per_doc):
                    predicted += resolver.resolve(conn, [Chain(id=k, name=name, type=type_, names=[name])
                                                         for k, (name, type_, _) in
                                                         enumerate(mentions[j:j + per_doc])])
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1] / 2**20 if traced else float("nan")
        tracemalloc.stop()
        store.close()
    precision, recall = pairwise([m[2] for m in mentions], predicted)
    return {"mentions": size, "seconds": elapsed, "per_second": size / elapsed, "peak_mb": peak,
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "precision": precision, "recall": recall}


class _Clock:
    """Seconds spent inside wrapped calls."""

    def __init__(self):
        self.seconds = 0.0

    def time(self, call):
        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return call(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - started
        return timed

    def iterate(self, items):
        """Time each step of an iterator (the NLP work happens as it is pulled)."""
        items = iter(items)
        while True:
            started = time.perf_counter()
            try:
                item = next(items)
            except StopIteration:
                return
            finally:
                self.seconds += time.perf_counter() - started
            yield item


def nlp_share(n_docs: int, sources: list[Path] | None) -> dict:
    """Ingest a corpus once as `shabaka ingest` does (one process) and split its time:
    the NLP stage (spaCy and sectioning) against resolution (resolve and refresh)."""
    import shabaka.annotate.sections as sections
    import shabaka.kb as kb_module

    nlp_clock, resolve_clock = _Clock(), _Clock()
    annotate = sections.annotate

    class TimedResolver(Resolver):
        resolve = resolve_clock.time(Resolver.resolve)
        refresh = resolve_clock.time(Resolver.refresh)

    sections.annotate = lambda *a, **k: nlp_clock.iterate(annotate(*a, **k))
    kb_module.Resolver = TimedResolver
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "corpus"
            build_corpus(sources, n_docs, folder)
            settings = Settings()
            settings.db = Path(tmp) / "kb.db"
            settings.processes = 1
            with KnowledgeBase(settings) as kb:
                kb.nlp  # noqa: B018  the model load is not part of either stage
                started = time.perf_counter()
                report = kb.ingest([folder])
                total = time.perf_counter() - started
                entities = kb.store.conn.execute("SELECT count(*) FROM entities").fetchone()[0]
    finally:
        sections.annotate = annotate
        kb_module.Resolver = Resolver
    return {"docs": len(report.ingested), "entities": entities, "total": total,
            "nlp": nlp_clock.seconds, "resolve": resolve_clock.seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--typo-rate", type=float, default=0.1)
    parser.add_argument("--names-only", action="store_true", help="resolve without the pack's aliases")
    parser.add_argument("--postgres", help="resolve into PostgreSQL on this server (a URL)")
    parser.add_argument("--per-doc", type=int, default=1,
                        help="mentions resolved together as one document's chains (reads are per document)")
    parser.add_argument("--traced", action="store_true",
                        help="also trace Python's allocations for their peak (about 3x the time)")
    parser.add_argument("--nlp-docs", type=int, default=0,
                        help="also ingest this many documents and report resolution time / NLP time")
    parser.add_argument("--source", type=Path, nargs="*", help="with --nlp-docs: repeat these folders' files")
    args = parser.parse_args()
    pack = load_packs(pack_paths())
    rows = []
    print(f"{'mentions':>9} {'seconds':>8} {'per s':>8} {'time/base':>9} {'size/base':>9} "
          f"{'peak MB':>8} {'RSS MB':>7} {'P':>6} {'R':>6}", flush=True)
    for size in args.sizes:
        r = run(size, pack, args.seed, args.typo_rate, args.names_only, args.postgres, args.traced,
                args.per_doc)
        base = (rows or [r])[0]
        rows.append(r)
        print(f"{r['mentions']:>9} {r['seconds']:>8.1f} {r['per_second']:>8.0f} "
              f"{r['seconds'] / base['seconds']:>9.2f} {r['mentions'] / base['mentions']:>9.1f} "
              f"{r['peak_mb']:>8.1f} {r['rss_mb']:>7.0f} {r['precision']:>6.3f} {r['recall']:>6.3f}",
              flush=True)
    if args.nlp_docs:
        r = nlp_share(args.nlp_docs, args.source)
        print(f"ingest of {r['docs']} documents ({r['entities']} entities): {r['total']:.1f} s in all, "
              f"NLP {r['nlp']:.1f} s, resolution {r['resolve']:.2f} s; "
              f"resolution / NLP = {r['resolve'] / r['nlp']:.3f}")


if __name__ == "__main__":
    main()
