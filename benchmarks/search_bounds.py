"""Worst-case full-text queries on 5,000 documents: each must answer or be refused within a second.

Builds a store of --docs documents of made-up prose (a fixed vocabulary of common English
and Iraqi place and group words, so prefixes match widely), with documents inserted
directly (no NLP). Then times, one by one, queries of the public syntax chosen to be
costly: the most prefixes allowed, each as short as allowed and as common as possible,
the most words allowed, long phrases; and the queries refused outright (`a* a* ...`).
Prints each query's outcome (rows, or the refusal) and its time. Not part of the suite:

    python benchmarks/search_bounds.py [--docs 5000]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from shabaka.errors import UsageError
from shabaka.model import Document, content_hash
from shabaka.store import documents as doc_store
from shabaka.store.db import Store
from shabaka.store.fts import search_documents

_WORDS = (
    "the a of and in to said on at for with by from was were had has that which commander "
    "commanders militia militias forces force group groups leader leaders attack attacks "
    "baghdad basra mosul kirkuk anbar border base bases rocket rockets drone drones army "
    "police ministry minister government parliament election elections iran iraq iraqi "
    "american coalition brigade brigades popular mobilization faction factions killed "
    "wounded released statement officials official security checkpoint checkpoints"
)
VOCABULARY = _WORDS.split()
QUERIES = [
    " ".join(["a*"] * 166),
    "com* mil* bas*",
    "the* and* was*",
    "com* mil* bas* the and of in to said on at for",
    '"the commander of the militia said" the and of in',
    "the and of in to said on at for with by from",
    "bri* pop* mob* faction",
]


def build(path: Path, docs: int) -> Store:
    rng = random.Random(17)
    store = Store(path)
    with store.write() as conn:
        for i in range(docs):
            words = [rng.choice(VOCABULARY) for _ in range(600)]
            text = " ".join(words).capitalize() + f". Report {i}."
            doc = Document(origin=f"{i}.txt", text=text, format="txt", content_hash=content_hash(text))
            doc_store.insert_document(conn, doc, "bench")
    return store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = build(Path(folder) / "kb.db", args.docs)
        print(f"{args.docs} documents of 600 words")
        for query in QUERIES:
            start = time.perf_counter()
            try:
                outcome = f"{len(search_documents(store.conn, query))} rows"
            except UsageError as exc:
                outcome = f"refused: {str(exc)[:60]}"
            print(f"{time.perf_counter() - start:7.3f} s  {query[:50]!r:54} {outcome}")
        store.close()


if __name__ == "__main__":
    main()
