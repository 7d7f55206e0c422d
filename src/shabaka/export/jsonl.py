"""Shabaka JSON Lines: the knowledge base record by record, read back by `shabaka import`.

One JSON object a line, "kind" first: a "meta" line, then every "entity"
(with its aliases), then each "document" followed by its "chain", "mention",
"claim" and "event" records, then every "judgement". Each record keeps the
columns of its table, so provenance travels with it: a claim names its
document, character span, evidence sentence, extractor and confidence. For
readers who do not want to join chains, claims also carry their resolved
"subject" and "object" and events their actors' and place's entity ids.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import ClassVar

from shabaka.export.base import Outputs
from shabaka.store.interop import (
    CHAIN_COLUMNS,
    CLAIM_COLUMNS,
    DOCUMENT_COLUMNS,
    ENTITY_COLUMNS,
    EVENT_COLUMNS,
    JUDGEMENT_COLUMNS,
    MENTION_COLUMNS,
)

FIELDS: dict[str, tuple[str, ...]] = {
    "meta": ("format", "version", "schema", "shabaka", "redacted"),
    "entity": (*ENTITY_COLUMNS, "aliases"),
    "document": DOCUMENT_COLUMNS,
    "chain": CHAIN_COLUMNS,
    "mention": MENTION_COLUMNS,
    "claim": (*CLAIM_COLUMNS, "subject", "object"),
    "event": (*EVENT_COLUMNS, "place", "actors"),
    "judgement": JUDGEMENT_COLUMNS,
}


def record(item: dict) -> dict:
    """The JSON Lines record of an export item."""
    kind = item["kind"]
    if kind == "claim":
        item = {**item, "subject": item["subject_id"], "object": item["object_id"]}
    elif kind == "event":
        item = {**item, "place": item["place_id"],
                "actors": [{"chain": a["chain"], "role": a["role"], "entity": a["entity_id"]}
                           for a in item["actors"]]}
    elif kind == "entity":
        item = {**item, "aliases": [{k: a[k] for k in ("name", "key", "block", "source")}
                                    for a in item["aliases"]]}
    return {"kind": kind, **{k: item.get(k) for k in FIELDS[kind]}}


class JsonlExporter:
    """Writes the complete knowledge base (or its shareable part) as JSON Lines."""

    kinds: ClassVar[frozenset[str]] = frozenset(FIELDS) - {"meta"}
    complete: ClassVar[bool] = True
    metrics: ClassVar[bool] = False
    folder: ClassVar[bool] = False
    suffix: ClassVar[str] = ".jsonl"

    def __init__(self, out: Path):
        self.outputs = Outputs(out, folder=False)
        self.file = self.outputs.open()

    def write(self, item: dict) -> None:
        self.file.write(json.dumps(record(item), ensure_ascii=False) + "\n")

    def finish(self) -> list[Path]:
        return self.outputs.commit()

    def abort(self) -> None:
        self.outputs.abort()


EXPORTER = JsonlExporter
