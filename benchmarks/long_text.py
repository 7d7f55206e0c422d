"""Cost of one long document: time per stage and peak memory for 0.1, 0.5, 1 and 5 MB of prose.

One document is made of real reporting (examples/corpus, plus shared/corpus/seeds, dev2
and dev3 when present), the cleaned texts joined with blank lines and repeated until the
size is reached; the text is read at run time, never stored. Each size runs in a fresh
subprocess of this script, so peak memory (max RSS) is that size's alone, and times
each stage on that one document: annotate (spaCy, in sections), mentions, chains, claims,
events, and store (resolve and write to a fresh knowledge base), in wall and CPU seconds.
The last column is CPU time per MB relative to the smallest size: near-linear stays near 1.

    python benchmarks/long_text.py                   # 0.1 0.5 1 5
    python benchmarks/long_text.py --sizes 0.1 1     # MB
    python benchmarks/long_text.py --skip claims events   # time the other stages alone
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ingest_io import max_rss_mb, source_files

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "corpus"
SEEDS = REPO / ".." / "shared" / "corpus" / "seeds"
STAGES = ("annotate", "mentions", "chains", "claims", "events", "store")


def prose(size: int) -> str:
    """`size` characters of reporting, whole documents joined by blank lines, cut at a paragraph."""
    from shabaka.ingest import iter_documents
    from shabaka.model import Document

    folders = [f for f in (EXAMPLES, SEEDS, SEEDS.parent / "dev2", SEEDS.parent / "dev3") if f.is_dir()]
    texts = [d.text for d in iter_documents(source_files(folders)) if isinstance(d, Document)]
    parts: list[str] = []
    total = 0
    while total < size:
        for text in texts:
            parts.append(text)
            total += len(text) + 2
            if total >= size:
                break
    return "\n\n".join(parts)[:size]


def run_one(mb: float, skip: list[str]) -> dict:
    """In this process: one document of `mb` MB through every stage, each timed."""
    from shabaka.annotate.sections import annotate
    from shabaka.config import Settings
    from shabaka.extract.chains import build_chains
    from shabaka.extract.events import extract_events
    from shabaka.extract.mentions import extract_mentions, sentence_bounds
    from shabaka.extract.relations import extract_claims
    from shabaka.kb import KnowledgeBase
    from shabaka.model import Document, Extraction, content_hash
    from shabaka.names import fold
    from shabaka.resolve import Resolver

    text = prose(int(mb * 1_000_000))
    settings = Settings()
    settings.db = Path(tempfile.mkdtemp()) / "kb.db"
    kb = KnowledgeBase(settings)
    kb.nlp  # noqa: B018  load the model before the clock starts
    rss_loaded = max_rss_mb()
    times: dict[str, float] = {}
    cpu: dict[str, float] = {}  # this process's CPU seconds: on a shared machine, wall time is noise

    def clock(stage: str, work):
        if stage in skip:  # a skipped stage finds nothing, and takes no time
            times[stage] = cpu[stage] = 0.0
            return []
        start, start_cpu = time.perf_counter(), time.process_time()
        out = work()
        times[stage] = time.perf_counter() - start
        cpu[stage] = time.process_time() - start_cpu
        return out

    doc = clock("annotate", lambda: next(annotate(kb.nlp, [text])))
    mentions = clock("mentions", lambda: extract_mentions(doc))
    titles = {fold(t) for t in kb.pack.titles}
    chains = clock("chains", lambda: build_chains(doc.text, mentions, titles))
    ex = Extraction(mentions=mentions, chains=chains, sentences=sentence_bounds(doc))
    ex.claims = clock("claims", lambda: extract_claims(doc, ex, kb.pack, kb.ontology, None))
    ex.events = clock("events", lambda: extract_events(doc, ex, kb.pack, None))
    document = Document(origin="long.txt", text=text, format="txt", content_hash=content_hash(text))
    report = type("Report", (), {"ingested": [], "replaced": [], "unchanged": []})()
    clock("store", lambda: kb._store_one(document, ex, Resolver(kb.pack), kb.pipeline_version, report))
    kb.close()
    return {"mb": mb, "chars": len(text), "tokens": len(doc), "mentions": len(mentions),
            "chains": len(chains), "claims": len(ex.claims), "times": times,
            "total": sum(times.values()), "cpu": sum(cpu.values()), "rss_loaded": rss_loaded,
            "rss_peak": max_rss_mb()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.1, 0.5, 1, 5])
    parser.add_argument("--skip", nargs="*", default=[], choices=["claims", "events"])
    parser.add_argument("--one", type=float, help=argparse.SUPPRESS)  # the child's size
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(run_one(args.one, args.skip)))
        return
    rows = []
    for mb in args.sizes:
        child = subprocess.run([sys.executable, __file__, "--one", str(mb), "--skip", *args.skip],
                               capture_output=True, text=True, check=True)
        rows.append(json.loads(child.stdout.strip().splitlines()[-1]))
        row = rows[-1]
        per_mb = row["cpu"] / row["mb"] / (rows[0]["cpu"] / rows[0]["mb"])
        stages = "  ".join(f"{s} {row['times'][s]:7.1f}" for s in STAGES)
        print(f"{row['mb']:4} MB {row['tokens']:>8} tokens {row['mentions']:>6} mentions | {stages} | "
              f"total {row['total']:7.1f} s, CPU {row['cpu']:7.1f} s | peak {row['rss_peak']:6.0f} MiB "
              f"(model {row['rss_loaded']:.0f}) | CPU s/MB x{per_mb:.2f}", flush=True)


if __name__ == "__main__":
    main()
