"""Every export carries the cross-document event id: two reports of one killing share it."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET

from tests.export.conftest import write_feed

REPORTS = [
    {"title": "Strike at the airport", "outlet": "Example Wire", "published": "2020-01-04",
     "text": "A U.S. drone strike killed Qasem Soleimani at Baghdad International Airport "
             "on January 3, 2020."},
    {"title": "A year on", "outlet": "Example Review", "published": "2021-01-05",
     "text": "Qasem Soleimani was killed by a U.S. drone strike in January 2020."},
]


def test_two_reports_of_one_killing_carry_one_event_id_in_every_export(new_kb, tmp_path):
    kb = new_kb()
    assert kb.ingest([write_feed(tmp_path / "reports.jsonl", REPORTS)]).ok
    [happening] = kb.events(type="killing")
    assert happening["reported_by"] == 2
    event_id = happening["id"]

    kb.export("csv", tmp_path / "csv")
    with open(tmp_path / "csv" / "events.csv", encoding="utf-8-sig", newline="") as f:
        rows = [r for r in csv.DictReader(f) if "killing" in r["types"]]
    assert len(rows) == 2 and {r["happening"] for r in rows} == {event_id}

    kb.export("jsonl", tmp_path / "kb.jsonl")
    records = [json.loads(line) for line in (tmp_path / "kb.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["happening"] for r in records if r.get("kind") == "event"} == {event_id}

    kb.export("neo4j", tmp_path / "neo4j")
    with open(tmp_path / "neo4j" / "events.csv", encoding="utf-8", newline="") as f:
        assert {r["happening"] for r in csv.DictReader(f)} == {event_id}

    kb.export("gexf", tmp_path / "kb.gexf")
    ns = {"g": "http://www.gexf.net/1.2draft"}
    node = ET.parse(tmp_path / "kb.gexf").getroot().find(".//g:node[@id='qasem_soleimani']", ns)
    assert node is not None
    values = {v.get("for"): v.get("value") for v in node.iter("{http://www.gexf.net/1.2draft}attvalue")}
    assert values["events"] == event_id
