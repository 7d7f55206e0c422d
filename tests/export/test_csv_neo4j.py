"""CSV and Neo4j exports read back with the csv module: every table, every reference resolved."""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from pathlib import Path

import pytest

from shabaka.config import Settings
from shabaka.export.csv import COLUMNS, _cell
from shabaka.export.neo4j import NODE_FILES, RELATIONSHIP_FILES
from shabaka.kb import KnowledgeBase


def read(path: Path, encoding: str = "utf-8-sig") -> list[dict]:
    with open(path, encoding=encoding, newline="") as f:
        return list(csv.DictReader(f))


def test_csv_writes_six_tables_whose_references_all_resolve(kb, tmp_path):
    out = tmp_path / "tables"
    report = kb.export("csv", out)
    assert sorted(p.name for p in report.files) == sorted(f"{t}.csv" for t in COLUMNS)
    tables = {name: read(out / f"{name}.csv") for name in COLUMNS}
    for name in tables:
        with open(out / f"{name}.csv", encoding="utf-8-sig", newline="") as f:
            assert next(csv.reader(f)) == list(COLUMNS[name])
    entity_ids = {r["id"] for r in tables["entities"]}
    doc_ids = {r["id"] for r in tables["documents"]}
    event_ids = {r["id"] for r in tables["events"]}
    assert {r["entity_id"] for r in tables["aliases"]} <= entity_ids
    assert tables["aliases"] and all(r["name"] for r in tables["aliases"])
    assert {r["subject_id"] for r in tables["claims"]} <= entity_ids
    assert {r["object_id"] for r in tables["claims"]} <= entity_ids
    assert {r["doc_id"] for r in tables["claims"]} | {r["doc_id"] for r in tables["events"]} <= doc_ids
    assert {r["event_id"] for r in tables["event_actors"]} <= event_ids
    assert {r["entity_id"] for r in tables["event_actors"]} <= entity_ids
    assert tables["claims"] and all(r["evidence"] and r["doc_title"] for r in tables["claims"])
    (amiri,) = [r for r in tables["entities"] if r["id"] == "hadi_al_amiri"]
    assert amiri["name"] == "Hadi al-Amiri (Badr)" and int(amiri["documents"]) == 1 and amiri["degree"] == "1"
    killing = [r for r in tables["events"] if "killing" in r["types"] and r["date"] == "2020-01"]
    assert killing and killing[0]["published"] == "2020-02-01"


def test_csv_claims_follow_the_graph_filters(kb, tmp_path):
    out = tmp_path / "tables"
    kb.export("csv", out, relations=["backs"])
    claims = read(out / "claims.csv")
    assert claims and {r["relation"] for r in claims} == {"backs"}
    entities = {r["id"] for r in read(out / "entities.csv")}
    assert {"iran", "kataib_hezbollah"} <= entities and "hadi_al_amiri" not in entities


@pytest.mark.parametrize("value", ['=HYPERLINK("http://evil")', "+1 800 CALL", "-Abu X", "@SUM(A1:A9)",
                                   "\t=1+1", "\r=1+1"])
def test_csv_cells_a_spreadsheet_would_run_as_formulas_are_escaped(value):
    assert _cell("evidence", value) == "'" + value
    assert _cell("name", "Abu X") == "Abu X"
    assert _cell("confidence", 0.5) == 0.5 and _cell("role", None) == ""


def test_csv_files_start_with_a_byte_order_mark_and_escape_untrusted_titles(tmp_path):
    """Read as bytes: a reader with utf-8-sig would accept a file without the mark too."""
    titles = ["=cmd|' /C calc'!A0", "+Iraq report", "@militia roundup", "-Strikes", "Plain title"]
    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps({"title": t, "text": f"Iran backs Kata'ib Hezbollah, report {n} said."})
             for n, t in enumerate(titles)]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    settings = Settings()
    settings.db = tmp_path / "kb.db"
    with KnowledgeBase(settings) as kb:
        assert kb.ingest([feed]).ok
        kb.export("csv", tmp_path / "tables")
    for name in COLUMNS:
        assert (tmp_path / "tables" / f"{name}.csv").read_bytes().startswith(codecs.BOM_UTF8), name
    raw = (tmp_path / "tables" / "documents.csv").read_bytes()[len(codecs.BOM_UTF8):].decode("utf-8")
    written = sorted(row["title"] for row in csv.DictReader(io.StringIO(raw, newline="")))
    assert written == sorted(["'" + t for t in titles[:4]] + ["Plain title"])


def test_neo4j_files_have_import_headers_and_every_relationship_meets_its_nodes(kb, tmp_path):
    out = tmp_path / "neo4j"
    report = kb.export("neo4j", out)
    names = {p.name for p in report.files}
    csvs = {f"{n}.csv" for n in (*NODE_FILES, *RELATIONSHIP_FILES)}
    assert csvs | {"constraints.cypher", "import.sh"} == names
    ids: dict[str, set[str]] = {}
    for name, header in NODE_FILES.items():
        rows = read(out / f"{name}.csv", encoding="utf-8")
        (id_column,) = [c for c in header if ":ID(" in c]
        space = re.search(r"\((\w+)\)", id_column).group(1)
        ids[space] = {r[id_column] for r in rows}
        assert rows and all(r[":LABEL"].split(";")[0] == space for r in rows), name
    for name, header in RELATIONSHIP_FILES.items():
        start_space = re.search(r"\((\w+)\)", header[0]).group(1)
        end_space = re.search(r"\((\w+)\)", header[1]).group(1)
        rows = read(out / f"{name}.csv", encoding="utf-8")
        assert rows, name
        for r in rows:
            assert r[header[0]] in ids[start_space] and r[header[1]] in ids[end_space], (name, r)
    relation_types = {r[":TYPE"] for r in read(out / "relations.csv", encoding="utf-8")}
    assert {"LEADS", "BACKS", "KILLED"} <= relation_types
    (iran,) = [r for r in read(out / "entities.csv", encoding="utf-8") if r["id:ID(Entity)"] == "iran"]
    assert iran[":LABEL"] == "Entity;Country"
    cypher = (out / "constraints.cypher").read_text()
    for label in ("Entity", "Document", "Claim", "Event"):
        assert f"FOR (n:{label}) REQUIRE n.id IS UNIQUE" in cypher
    script = (out / "import.sh").read_text()
    assert "neo4j-admin database import full" in script
    assert all(f"={n}.csv" in script for n in (*NODE_FILES, *RELATIONSHIP_FILES))
