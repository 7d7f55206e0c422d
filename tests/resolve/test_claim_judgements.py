"""Accepting and rejecting claims through the CLI: what analysis takes, undo, the assertion
threshold, and re-application after the document is ingested again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import copy_db, invoke

REPORT = ("Hadi al-Amiri leads the Badr Organization, officials said on Monday.\n\n"
          "Iran backs Kata'ib Hezbollah, according to two officials.\n")
PREAMBLE = "Baghdad was quiet this week.\n\n"


def cli(db, *args: str, ok: bool = True):
    found = invoke(*args, "--db", db)
    if ok:
        assert found.exit_code == 0, found.output + found.stderr
    return found


def claims(db) -> dict[str, dict]:
    """relation -> the one claim of that relation."""
    return {c["relation"]: c for c in json.loads(cli(db, "claims", "--json").output)}


def edges(db, *options: str) -> set[str]:
    """The relations of the edges the audit (an analysis over the graph) takes."""
    return {e["relation"] for e in json.loads(cli(db, "audit", "--json", *options).output)["edges"]}


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> Path:
    """The report ingested once; each test changes a copy."""
    folder = tmp_path_factory.mktemp("claims")
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    db = folder / "kb.db"
    cli(db, "ingest", str(folder / "report.txt"))
    found = claims(db)
    assert {"leads", "backs"} <= set(found), found
    return db


@pytest.fixture()
def kb(ingested, tmp_path, monkeypatch):
    monkeypatch.setenv("SHABAKA_AUTHOR", "analyst-a")
    monkeypatch.delenv("SHABAKA_MIN_CONFIDENCE", raising=False)
    return copy_db(ingested, tmp_path / "kb.db")


def test_reject_drops_a_claim_from_analysis_until_undone(kb):
    backs = claims(kb)["backs"]
    assert "backs" in edges(kb, "--min-confidence", "0")
    done = cli(kb, "reject", backs["id"][:10], "--json")
    assert json.loads(done.output)["claim"] == backs["id"]
    assert "backs" not in edges(kb, "--min-confidence", "0")  # a rejected claim never counts
    assert claims(kb)["backs"]["verdict"] == "rejected"       # but `claims` still lists it, marked
    (judgement,) = json.loads(cli(kb, "judgements", "--json").output)
    assert (judgement["action"], judgement["author"]) == ("reject_claim", "analyst-a")
    assert judgement["payload"]["evidence"].startswith("Iran backs")
    cli(kb, "undo")
    assert "backs" in edges(kb, "--min-confidence", "0")


def test_unknown_claim_ids_are_refused_with_exit_2(kb):
    for ref in ("ffffffffffffffffffff", "zz", "%"):
        found = cli(kb, "accept", ref, ok=False)
        assert found.exit_code == 2 and "no claim" in found.output + found.stderr
    assert json.loads(cli(kb, "judgements", "--json").output) == []


def test_claims_under_the_threshold_are_suggested_until_accepted(kb, monkeypatch):
    monkeypatch.setenv("SHABAKA_MIN_CONFIDENCE", "1")  # every extracted claim is now only suggested
    assert edges(kb) == set()
    listed = claims(kb)
    assert listed["leads"]["suggested"] and listed["backs"]["suggested"]
    cli(kb, "accept", listed["leads"]["id"])
    assert edges(kb) == {"leads"}
    assert edges(kb, "--min-confidence", "0") == {"leads", "backs"}
    graph = json.loads(cli(kb, "export", "--format", "csv", "--out", str(kb.parent / "csv"), "--no-metrics",
                           "--json").output)
    assert graph["counts"].get("claim") == 1  # exports take what analysis takes


def test_verdicts_hold_after_reingesting_changed_content(kb):
    """A new preamble changes the document's id, its claims' ids and their offsets: each
    verdict follows its claim by origin, relation, chain names and sentence."""
    before = claims(kb)
    cli(kb, "reject", before["backs"]["id"])
    cli(kb, "accept", before["leads"]["id"])
    (doc,) = json.loads(cli(kb, "docs", "--json").output)
    source = Path(doc["origin"])  # the module's file: this test is the only one to read it again
    source.write_text(PREAMBLE + REPORT, encoding="utf-8")
    assert json.loads(cli(kb, "ingest", str(source), "--json").output)["replaced"]
    after = claims(kb)
    assert after["backs"]["doc_id"] != before["backs"]["doc_id"]
    assert after["backs"]["id"] != before["backs"]["id"]
    assert (after["backs"]["verdict"], after["leads"]["verdict"]) == ("rejected", "accepted")
    assert edges(kb, "--min-confidence", "0") == {"leads"}
    # a reworded sentence is another claim: the verdict stays recorded and applies to nothing
    source.write_text(REPORT.replace("Iran backs", "Iran openly backs"), encoding="utf-8")
    cli(kb, "ingest", str(source))
    assert claims(kb)["backs"]["verdict"] is None
    assert "backs" in edges(kb, "--min-confidence", "0")
    assert len(json.loads(cli(kb, "judgements", "--json").output)) == 2
