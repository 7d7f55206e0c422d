"""The analysis commands on the bundled example corpus: the what-if through the real entry
point in a subprocess, as a user runs it; the rest in-process, to keep the suite fast."""

from __future__ import annotations

import json

import pytest

from tests.conftest import copy_db, invoke, run_cli

COMMANDS = ["analyze", "whatif", "keyplayers", "path", "audit", "timeline"]


@pytest.fixture(scope="module")
def db(example_db, tmp_path_factory):
    """The example corpus as `shabaka ingest` stored it; `analyze` adds its metrics to this copy."""
    return str(copy_db(example_db, tmp_path_factory.mktemp("analyze") / "kb.db"))


def test_every_analysis_command_has_help_with_an_example():
    for command in COMMANDS:
        result = invoke(command, "--help")
        assert result.exit_code == 0, (command, result.output)
        assert "Example: shabaka " + command in " ".join(result.output.split()), command


def test_whatif_reports_before_and_after(db):
    result = run_cli("whatif", "--remove", "Qasem Soleimani", "--remove", "Abu Mahdi al-Muhandis",
                     "--anchor", "Iran", "--json", "--db", db)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert [r["id"] for r in out["removed"]] == ["qasem_soleimani", "abu_mahdi_al_muhandis"]
    assert out["anchor"]["name"] == "Iran"
    for side in ("before", "after"):
        figures = out[side]
        assert figures["components"] >= 1 and 0 < figures["largest_share"] <= 1
        assert 0 <= figures["distance_fragmentation"] <= 1 and figures["average_path_length"] > 0
    assert out["after"]["distance_fragmentation"] > out["before"]["distance_fragmentation"]
    assert isinstance(out["cut_from_anchor"], list)
    table = invoke("whatif", "--remove", "Qasem Soleimani", "--anchor", "Iran", "--db", db)
    assert table.exit_code == 0 and "distance-weighted fragmentation" in table.output


def test_analyze_ranks_and_stores_metrics(db):
    result = invoke("analyze", "--json", "--db", db, "--limit", "5")
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["stored"] and len(out["actors"]) == 5 and out["communities"] >= 2
    betweenness = [a["betweenness"] for a in out["actors"]]
    assert betweenness == sorted(betweenness, reverse=True)
    graph_nodes = json.loads(invoke("analyze", "--json", "--db", db, "--no-store", "--limit", "1").output)
    assert graph_nodes["stored"] is False
    table = invoke("analyze", "--db", db, "--limit", "3", "--relation", "leads", "--no-store")
    assert table.exit_code == 0 and "betweenness" in table.output


def test_path_audit_keyplayers_and_timeline_answer_in_json(db):
    paths = json.loads(invoke("path", "Kataib Hezbollah", "Quds Force", "--json", "--db", db).output)
    assert paths and paths[0]["actors"][0]["name"] == "Kata'ib Hezbollah"
    assert all(hop["evidence"]["text"] and hop["evidence"]["doc_title"] for hop in paths[0]["hops"])
    audit = json.loads(invoke("audit", "--json", "--db", db).output)
    assert audit["edges"] and audit["single_source"]
    assert audit["contradictions"] and all(len(c["evidence"]) >= 1 for c in audit["contradictions"])
    for args in (["path", "Kataib Hezbollah", "Quds Force"], ["audit"], ["keyplayers"], ["timeline"]):
        result = invoke(*args, "--db", db)
        assert result.exit_code == 0 and result.output.strip(), (args, result.output)
    players = json.loads(invoke("keyplayers", "--k", "2", "--json", "--db", db).output)
    assert len(players["fragment"]["set"]) == 2 and len(players["reach"]["set"]) == 2
    entries = json.loads(invoke("timeline", "--entity", "Qasem Soleimani", "--from", "2020", "--to", "2020",
                                "--json", "--db", db).output)
    assert entries and all(e["date"].startswith("2020") for e in entries)


@pytest.mark.parametrize("args,advice", [
    (["whatif", "--remove", "Nobody At All Xyzzy"], "shabaka entities --name"),
    (["analyze", "--as-of", "2019-13"], "YYYY-MM-DD"),
    (["analyze", "--relation", "funds"], "use one of"),
    (["timeline", "--from", "2020", "--to", "2019"], "is empty"),
])
def test_mistakes_exit_2_with_advice(db, args, advice):
    result = invoke(*args, "--db", db)
    assert result.exit_code == 2 and advice in " ".join(result.stderr.split())
