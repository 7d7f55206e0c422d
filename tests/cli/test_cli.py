"""The CLI as a user runs it: the real entry point in a subprocess, real documents."""

from __future__ import annotations

import json

import pytest

from tests.conftest import EXAMPLES, copy_db, invoke, run_cli


@pytest.fixture(scope="module")
def db(example_db, tmp_path_factory):
    """The example corpus as `shabaka ingest` stored it (tests/conftest.py checks its report)."""
    return copy_db(example_db, tmp_path_factory.mktemp("cli") / "kb.db")


def test_every_command_has_help_with_an_example():
    from shabaka.cli.app import app

    commands = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert len(commands) >= 10
    for command in commands:  # in-process: a subprocess each would cost a second of start-up
        result = invoke(command, "--help")
        assert result.exit_code == 0, (command, result.output, result.stderr)
        assert "Example" in result.output, command


def test_reingesting_reports_everything_unchanged(db):
    result = run_cli("ingest", str(EXAMPLES), "--db", str(db), "--json")
    assert result.returncode == 0
    report = json.loads(result.stdout)
    assert report["ingested"] == [] and len(report["unchanged"]) == len(list(EXAMPLES.glob("*.txt")))


def test_summary_table_is_printed_without_json(db):
    result = run_cli("ingest", str(EXAMPLES), "--db", str(db))
    assert result.returncode == 0
    assert "unchanged" in result.stdout and "13" in result.stdout


def test_docs_lists_titles_dates_and_outlets(db):
    rows = json.loads(run_cli("docs", "--db", str(db), "--json").stdout)
    assert len(rows) == 13
    assert all(r["title"] and r["published"] and r["outlet"] for r in rows)


def test_doc_shows_metadata_and_text(db):
    rows = json.loads(run_cli("docs", "--db", str(db), "--json").stdout)
    result = run_cli("doc", rows[0]["id"][:8], "--db", str(db))
    assert result.returncode == 0
    assert rows[0]["title"] in result.stdout


def test_search_finds_ranked_snippets(db):
    rows = json.loads(run_cli("search", "Soleimani", "--db", str(db), "--json").stdout)
    assert rows and all("soleimani" in r["snippet"].lower() for r in rows[:3])
    assert run_cli("search", 'NEAR("x" OR', "--db", str(db)).returncode == 0


def test_show_prints_a_profile_with_evidence(db):
    profile = json.loads(run_cli("show", "Kataib Hezbollah", "--db", str(db), "--json").stdout)
    assert profile["type"] == "ARMED_GROUP"
    assert any(a == "KH" for a in profile["aliases"])
    assert profile["documents"]
    assert profile["claims"] and all(claim["evidence"].strip() for claim in profile["claims"])


def test_stats_and_entities_and_claims_as_json(db):
    stats = json.loads(run_cli("stats", "--db", str(db), "--json").stdout)
    assert stats["documents"] == 13 and stats["entities"] > 50 and stats["claims"] > 10
    people = json.loads(run_cli("entities", "--type", "PERSON", "--db", str(db), "--json").stdout)
    assert people and all(p["type"] == "PERSON" for p in people)
    claims = json.loads(run_cli("claims", "--relation", "leads", "--db", str(db), "--json").stdout)
    assert claims and all(c["relation"] == "leads" and c["evidence"] for c in claims)


def test_unknown_entity_is_a_usage_error(db):
    result = run_cli("show", "Nobody At All Zzyzx", "--db", str(db))
    assert result.returncode == 2
    assert "no entity" in result.stderr


def test_missing_knowledge_base_is_explained(tmp_path):
    result = run_cli("docs", "--db", str(tmp_path / "none.db"))
    assert result.returncode != 0
    assert "shabaka ingest" in result.stderr


def test_bad_option_exits_2(db):
    assert run_cli("docs", "--limit", "zero", "--db", str(db)).returncode == 2


def test_a_failed_input_exits_1_and_the_rest_is_ingested(tmp_path):
    (tmp_path / "good.txt").write_text("Hadi al-Amiri leads the Badr Organization.\n")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    result = run_cli("ingest", str(tmp_path), "--db", str(tmp_path / "kb.db"), "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert [f["origin"] for f in report["failed"]] == [str(tmp_path / "bad.txt")]
    assert report["ingested"] == [str(tmp_path / "good.txt")]


def small_gold(folder):
    """A one-document gold file and its document: (docs folder, gold file)."""
    docs = folder / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(
        "Hadi al-Amiri, the head of the Badr Organization, met officials in Baghdad.\n")
    gold = folder / "gold.jsonl"
    gold.write_text(json.dumps({
        "doc": "a.txt",
        "entities": [
            {"id": "hadi_al_amiri", "type": ["PERSON"], "names": ["Hadi al-Amiri"]},
            {"id": "badr_organization", "type": ["ARMED_GROUP", "ORGANIZATION"],
             "names": ["Badr Organization"]},
            {"id": "baghdad", "type": ["PLACE"], "names": ["Baghdad"]},
        ],
        "relations": [{"subject": "hadi_al_amiri", "relation": "leads", "object": "badr_organization",
                       "evidence": "Hadi al-Amiri, the head of the Badr Organization"}],
    }) + "\n")
    return docs, gold


def test_eval_scores_a_small_gold_file(tmp_path):
    docs, gold = small_gold(tmp_path)
    preds = tmp_path / "preds.jsonl"
    result = run_cli("eval", "--gold", str(gold), "--docs", str(docs), "--json",
                     "--predictions", str(preds))
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert set(figures) == {"entities", "entities_typed", "relations", "cross_doc", "relations_by_type",
                            "relations_by_confidence"}
    assert figures["entities"]["tp"] == 3 and figures["entities"]["fn"] == 0
    assert figures["relations"]["tp"] == 1
    [(band, scores)] = figures["relations_by_confidence"].items()  # one claim, in one band
    assert scores == {"p": 1.0, "tp": 1, "fp": 0}
    assert set(figures["entities"]) == {"p", "r", "f1", "tp", "fp", "fn"}
    # the predictions file scores the same when read back
    again = run_cli("eval", "--gold", str(gold), "--score-predictions", str(preds), "--json")
    assert json.loads(again.stdout) == figures
    table = run_cli("eval", "--gold", str(gold), "--docs", str(docs), "--errors")
    assert "relations" in table.stdout


def test_eval_scores_a_postgresql_knowledge_base_as_it_scores_the_documents(tmp_path, pg_server):
    docs, gold = small_gold(tmp_path)
    url = pg_server.database()
    assert run_cli("ingest", str(docs), "--db", url).returncode == 0
    from_kb = run_cli("eval", "--gold", str(gold), "--db", url, "--json")
    assert from_kb.returncode == 0, from_kb.stderr
    figures = json.loads(from_kb.stdout)
    assert figures["entities"]["tp"] == 3 and figures["relations"]["tp"] == 1
    from_docs = run_cli("eval", "--gold", str(gold), "--docs", str(docs), "--json")
    assert figures == json.loads(from_docs.stdout)


def test_merge_by_substrings_is_refused_with_candidates_and_changes_nothing(db):
    result = run_cli("merge", "a", "b", "--db", str(db))
    assert result.returncode == 2
    assert "no entity is named exactly 'a'" in result.stderr
    assert "(" in result.stderr and "give the id" in result.stderr
    listed = run_cli("judgements", "--db", str(db), "--json")
    assert json.loads(listed.stdout) == []


def test_each_input_error_is_one_escaped_line_on_stderr(tmp_path):
    folder = tmp_path / ("a folder with a long name, as analysts' shared drives have " * 2).strip()
    folder.mkdir()
    (folder / "evil\nfailed: forged.txt").write_bytes(b"")
    (folder / "\x1b[31mred.txt").write_bytes(b"")
    (folder / "photo.pdf").write_bytes(b"%PDF-1.4 not really")
    result = run_cli("ingest", str(folder), "--db", str(tmp_path / "kb.db"))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 3, result.stderr
    assert all(line.startswith(f"failed: {folder}/") for line in lines)
    assert "\x1b" not in result.stderr
    assert f"failed: {folder}/evil\\nfailed: forged.txt: is empty" in lines
    assert f"failed: {folder}/\\x1b[31mred.txt: is empty" in lines
