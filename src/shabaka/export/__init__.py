"""Exports: one module per format, all behind one small interface (`base.Exporter`).

`export()` selects what goes out (`records.items`: the graph filter and
redaction applied once, for every format) and feeds it, item by item, to the
format's exporter, whose `finish()` puts the files in place.

| format  | writes                                                          | for                       |
| ------- | --------------------------------------------------------------- | ------------------------- |
| gexf    | one .gexf file, dynamic (start/end dates), metrics on nodes     | Gephi                     |
| graphml | one .graphml file                                               | yEd, igraph, networkx     |
| csv     | a folder: entities, aliases, claims, events, event_actors, documents | spreadsheets, R, pandas |
| jsonl   | one .jsonl file, every record with provenance                   | `shabaka import`, scripts |
| ftm     | one .ftm.json file of FollowTheMoney entities                   | Aleph, OpenSanctions tools |
| neo4j   | a folder of CSV files, constraints.cypher and import.sh         | neo4j-admin import        |
| geojson | one .geojson FeatureCollection (RFC 7946): events and places    | QGIS, web maps            |

Formats that show where things are (`Exporter.places`) get each event's,
place's and `controls` object's coordinates, resolved by `shabaka.geo` with
the packs given (the default packs when none are).
"""

from __future__ import annotations

import importlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from shabaka.analyze.graph import graph_filter
from shabaka.errors import UsageError
from shabaka.export.base import Exporter
from shabaka.export.records import is_filtered, items

if TYPE_CHECKING:
    import sqlite3

    from shabaka.analyze.graph import GraphFilter
    from shabaka.ontology.loader import Ontology

FORMATS: dict[str, str] = {
    "gexf": "shabaka.export.gexf",
    "graphml": "shabaka.export.graphml",
    "csv": "shabaka.export.csv",
    "jsonl": "shabaka.export.jsonl",
    "ftm": "shabaka.export.ftm",
    "neo4j": "shabaka.export.neo4j",
    "geojson": "shabaka.export.geojson",
}


@dataclass
class ExportReport:
    """What an export wrote: its files and how many items of each kind went into them."""

    format: str
    files: list[Path] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    redacted: bool = False

    def to_json(self) -> dict:
        return {"format": self.format, "files": [str(f) for f in self.files], "redacted": self.redacted,
                "counts": {k: v for k, v in sorted(self.counts.items()) if k != "meta"}}


def exporter_class(fmt: str) -> type[Exporter]:
    """The exporter class of a format name (its module is imported only now)."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    return importlib.import_module(FORMATS[fmt]).EXPORTER


def default_out(fmt: str) -> Path:
    """Where an export goes when no --out is given: ./shabaka.gexf, ./shabaka-csv/ ..."""
    cls = exporter_class(fmt)
    return Path(f"shabaka-{cls.suffix}" if cls.folder else f"shabaka{cls.suffix}")


def export(conn: sqlite3.Connection, ontology: Ontology, fmt: str, out: str | Path | None = None,
           flt: GraphFilter | None = None, *, metrics: bool = True,
           pack_files: tuple[Path, ...] | None = None) -> ExportReport:
    """Write the knowledge base, as the filter and redaction select it, in one format."""
    from shabaka.analyze.graph import GraphFilter

    flt = flt or GraphFilter()
    cls = exporter_class(fmt)
    places = None
    if getattr(cls, "places", False):
        from shabaka.geo import places as resolve_places
        from shabaka.ontology.loader import pack_paths

        places = resolve_places(conn, tuple(pack_files or pack_paths()), include_confidential=not flt.redact)
    exporter = cls(Path(out) if out is not None else default_out(fmt))
    report = ExportReport(format=fmt, redacted=flt.redact)
    try:
        for item in items(conn, ontology, flt, kinds=cls.kinds | {"meta"}, complete=cls.complete,
                          metrics=metrics and cls.metrics, places=places):
            if item["kind"] in cls.kinds or item["kind"] == "meta":
                exporter.write(item)
                report.counts[item["kind"]] += 1
    except BaseException:
        abort = getattr(exporter, "abort", None)
        if abort:
            abort()
        raise
    report.files = exporter.finish()
    return report


__all__ = ["FORMATS", "ExportReport", "Exporter", "default_out", "export", "exporter_class", "graph_filter",
           "is_filtered", "items"]
