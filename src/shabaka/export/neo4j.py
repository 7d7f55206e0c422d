"""Neo4j: CSV files with headers for `neo4j-admin database import full`, and a Cypher script.

Nodes: (:Entity:<Type>) with name, aliases and network metrics, (:Claim)
with its evidence sentence, (:Event) (one per report; `happening` is the
cross-document event id) and (:Document) (metadata, not the
text). Relationships: one per aggregated edge, typed by the ontology relation
in upper case ((:Entity)-[:LEADS]->(:Entity), with weight, dates, best
evidence and the claim ids behind it); (:Claim)-[:SUBJECT|OBJECT]->(:Entity),
(:Claim)-[:STATED_IN]->(:Document), (:Event)-[:INVOLVES {role}]->(:Entity),
(:Event)-[:AT]->(:Entity) for its place and (:Event)-[:REPORTED_IN]->(:Document).
`import.sh` holds the import command, `constraints.cypher` the uniqueness
constraints and indexes to run once the database is up.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any, ClassVar

from shabaka.analyze.metrics import METRICS
from shabaka.export.base import Outputs, one_line
from shabaka.export.gexf import INTEGER_METRICS

ARRAY_DELIMITER = ";"
NODE_FILES: dict[str, tuple[str, ...]] = {
    "entities": ("id:ID(Entity)", "name", "type", "aliases:string[]", "pack_id", "documents:int",
                 "mentions:int", *(f"{m}:{'int' if m in INTEGER_METRICS else 'float'}" for m in METRICS),
                 ":LABEL"),
    "documents": ("id:ID(Document)", "title", "author", "outlet", "published", "url", "format", ":LABEL"),
    "claims": ("id:ID(Claim)", "relation", "role", "start", "end", "valid_from", "valid_until", "evidence",
               "extractor", "confidence:float", ":LABEL"),
    "events": ("id:ID(Event)", "happening", "type", "date", "date_precision", "fatalities:int", "wounded:int",
               "evidence", "extractor", "confidence:float", ":LABEL"),
}
RELATIONSHIP_FILES: dict[str, tuple[str, ...]] = {
    "relations": (":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "symmetric:boolean", "weight:int",
                  "corroboration:float", "documents:int", "outlets:int", "first", "last", "start", "end",
                  "evidence", "doc_id", "claims:string[]"),
    "claim_entities": (":START_ID(Claim)", ":END_ID(Entity)", ":TYPE"),
    "claim_documents": (":START_ID(Claim)", ":END_ID(Document)", ":TYPE"),
    "event_entities": (":START_ID(Event)", ":END_ID(Entity)", ":TYPE", "role"),
    "event_documents": (":START_ID(Event)", ":END_ID(Document)", ":TYPE"),
}
LABELS = ("Entity", "Document", "Claim", "Event")


def label(entity_type: str) -> str:
    """ARMED_GROUP -> ArmedGroup: a Neo4j label for an ontology entity type."""
    return "".join(part.capitalize() for part in entity_type.split("_"))


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, ",") for v in value)
    return value


def import_command(files: dict[str, bool]) -> str:
    """The neo4j-admin command line that loads the export (run from inside its folder)."""
    parts = ["neo4j-admin database import full"]
    for name, is_node in files.items():
        parts.append(f"--{'nodes' if is_node else 'relationships'}={name}.csv")
    parts += [f'--array-delimiter="{ARRAY_DELIMITER}"', "--multiline-fields=true", "--overwrite-destination",
              '"${1:-neo4j}"']
    return " \\\n  ".join(parts)


class Neo4jExporter:
    """Writes node and relationship CSV files, constraints.cypher and import.sh into a folder."""

    kinds: ClassVar[frozenset[str]] = frozenset({"entity", "edge", "document", "claim", "event"})
    complete: ClassVar[bool] = False
    metrics: ClassVar[bool] = True
    folder: ClassVar[bool] = True
    suffix: ClassVar[str] = "neo4j"

    def __init__(self, out: Path):
        self.outputs = Outputs(out, folder=True)
        self.writers = {}
        for name, header in {**NODE_FILES, **RELATIONSHIP_FILES}.items():
            writer = csv.writer(self.outputs.open(f"{name}.csv", newline=""))
            writer.writerow(header)
            self.writers[name] = writer
        self.entity_types: list[str] = []
        self.relations: dict[str, dict] = {}

    def _row(self, name: str, *values: Any) -> None:
        self.writers[name].writerow([_cell(v) for v in values])

    def write(self, item: dict) -> None:
        kind = item["kind"]
        if kind == "meta":
            self.entity_types = list(item["entity_types"])
            self.relations = item["relations"]
        elif kind == "entity":
            self._row("entities", item["id"], item["name"], item["type"],
                      [a["name"] for a in item["aliases"]], item["pack_id"], item["documents"],
                      item["mentions"],
                      *(item["network"].get(m) for m in METRICS), f"Entity;{label(item['type'])}")
        elif kind == "edge":
            self._row("relations", item["source"], item["target"], item["relation"].upper(),
                      item["symmetric"], item["weight"], round(item["corroboration"], 6), item["documents"],
                      item["outlets"],
                      item["first"], item["last"], item["start"], item["end"], one_line(item["evidence"]),
                      item["doc_id"], item["claims"])
        elif kind == "document":
            self._row("documents", item["id"], item["title"], item["author"], item["outlet"],
                      item["published"], item["url"], item["format"], "Document")
        elif kind == "claim":
            self._row("claims", item["id"], item["relation"], item["role"], item["start"], item["end"],
                      item["valid_from"], item["valid_until"], one_line(item["evidence"]), item["extractor"],
                      item["confidence"], "Claim")
            self._row("claim_entities", item["id"], item["subject_id"], "SUBJECT")
            self._row("claim_entities", item["id"], item["object_id"], "OBJECT")
            self._row("claim_documents", item["id"], item["doc_id"], "STATED_IN")
        elif kind == "event":
            self._row("events", item["id"], item.get("happening") or item["id"], item["type"], item["date"],
                      item["date_precision"], item["fatalities"], item["wounded"], one_line(item["evidence"]),
                      item["extractor"], item["confidence"], "Event")
            for actor in item["actors"]:
                self._row("event_entities", item["id"], actor["entity_id"], "INVOLVES", actor["role"])
            if item["place_id"]:
                self._row("event_entities", item["id"], item["place_id"], "AT", "place")
            self._row("event_documents", item["id"], item["doc_id"], "REPORTED_IN")

    def _cypher(self) -> str:
        lines = ["// Run once after `import.sh`, e.g. cypher-shell -f constraints.cypher", ""]
        for name in LABELS:
            lines.append(f"CREATE CONSTRAINT {name.lower()}_id IF NOT EXISTS "
                         f"FOR (n:{name}) REQUIRE n.id IS UNIQUE;")
        lines.append("CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);")
        lines.append("CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);")
        lines.append("CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);")
        lines += ["", "// Entity labels: " + ", ".join(label(t) for t in self.entity_types),
                  "// Relationship types between entities (symmetric ones have symmetric = true):"]
        lines += [f"//   {name.upper()}{' (symmetric)' if spec['symmetric'] else ''}: {spec['description']}"
                  for name, spec in self.relations.items()]
        return "\n".join(lines) + "\n"

    def finish(self) -> list[Path]:
        files = {name: True for name in NODE_FILES} | {name: False for name in RELATIONSHIP_FILES}
        with_cypher = self.outputs.open("constraints.cypher")
        with_cypher.write(self._cypher())
        script = self.outputs.open("import.sh")
        script.write("#!/bin/sh\n"
                     "# Load this export into an empty, stopped Neo4j 5 database (default: neo4j).\n"
                     "# Usage: sh import.sh [DATABASE]   (run from this folder)\nset -e\n"
                     'cd "$(dirname "$0")"\n' + import_command(files) + "\n")
        return self.outputs.commit()

    def abort(self) -> None:
        self.outputs.abort()


EXPORTER = Neo4jExporter
