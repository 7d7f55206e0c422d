"""CSV: a folder of tables for spreadsheets, R and pandas.

entities.csv, aliases.csv, claims.csv (each claim with its evidence sentence
and source), events.csv, event_actors.csv and documents.csv (metadata, not the
text). UTF-8 with a byte-order mark, so spreadsheet programs read the
Arabic-script and accented names correctly. A cell of text that a spreadsheet
would run as a formula (starting with = + - @) is written with a leading
apostrophe: document text is untrusted. `kb.to_pandas()` builds the same
tables, unescaped.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, ClassVar

from shabaka.analyze.metrics import METRICS
from shabaka.export.base import Outputs, one_line

COLUMNS: dict[str, tuple[str, ...]] = {
    "entities": ("id", "name", "type", "pack_id", "aliases", "documents", "mentions", *METRICS, "latitude",
                 "longitude", "precision"),
    "aliases": ("entity_id", "name", "source"),
    "claims": ("id", "subject_id", "subject_name", "subject_type", "relation", "object_id", "object_name",
               "object_type", "role", "start", "end", "valid_from", "valid_until", "evidence", "doc_id",
               "doc_title", "outlet", "published", "url", "extractor", "confidence", "object_latitude",
               "object_longitude", "object_precision"),
    "events": ("id", "happening", "type", "types", "date", "date_precision", "place_id", "place_name",
               "latitude", "longitude", "precision", "fatalities", "wounded", "evidence", "doc_id",
               "doc_title", "outlet", "published", "url", "extractor", "confidence"),
    "event_actors": ("event_id", "entity_id", "name", "type", "role"),
    "documents": ("id", "title", "author", "outlet", "published", "url", "origin", "format", "confidential",
                  "characters", "content_hash", "ingested_at"),
}
NUMERIC = {"documents", "mentions", "fatalities", "wounded", "confidence", "characters", "latitude",
           "longitude", "object_latitude", "object_longitude", *METRICS}
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def rows(item: dict) -> list[tuple[str, dict[str, Any]]]:
    """The (table, row) pairs an export item becomes."""
    kind = item["kind"]
    if kind == "entity":
        row = {**item, "aliases": "; ".join(a["name"] for a in item["aliases"]), **item["network"]}
        return [("entities", row)] + [("aliases", {"entity_id": item["id"], "name": a["name"],
                                                   "source": a["source"]}) for a in item["aliases"]]
    if kind == "claim":
        return [("claims", {**item, "evidence": one_line(item["evidence"])})]
    if kind == "event":
        types = "; ".join(json.loads(item["types"])) if item.get("types") else item["type"]
        return [("events", {**item, "happening": item.get("happening") or item["id"], "types": types,
                            "evidence": one_line(item["evidence"])})] + [
            ("event_actors", {"event_id": item["id"], "entity_id": a["entity_id"], "name": a["name"],
                              "type": a["type"], "role": a["role"]}) for a in item["actors"]]
    if kind == "document":
        return [("documents", {**item, "characters": len(item["text"])})]
    return []


class Tables:
    """Collects export items into the six tables as lists of rows."""

    kinds: ClassVar[frozenset[str]] = frozenset({"entity", "claim", "event", "document"})

    def __init__(self) -> None:
        self.tables: dict[str, list[dict]] = {name: [] for name in COLUMNS}

    def write(self, item: dict) -> None:
        for table, row in rows(item):
            self.tables[table].append({c: row.get(c) for c in COLUMNS[table]})


def _cell(column: str, value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str) and column not in NUMERIC and value.startswith(_FORMULA):
        return "'" + value
    return value


class CsvExporter:
    """Writes the six tables as CSV files into a folder."""

    kinds: ClassVar[frozenset[str]] = Tables.kinds
    complete: ClassVar[bool] = False
    metrics: ClassVar[bool] = True
    places: ClassVar[bool] = True
    folder: ClassVar[bool] = True
    suffix: ClassVar[str] = "csv"

    def __init__(self, out: Path):
        self.outputs = Outputs(out, folder=True)
        self.writers = {}
        for table, columns in COLUMNS.items():
            writer = csv.writer(self.outputs.open(f"{table}.csv", encoding="utf-8-sig", newline=""))
            writer.writerow(columns)
            self.writers[table] = writer

    def write(self, item: dict) -> None:
        for table, row in rows(item):
            self.writers[table].writerow([_cell(c, row.get(c)) for c in COLUMNS[table]])

    def finish(self) -> list[Path]:
        return self.outputs.commit()

    def abort(self) -> None:
        self.outputs.abort()


EXPORTER = CsvExporter
