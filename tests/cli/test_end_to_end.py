"""The README's commands and settings end to end, through the real entry point: judgements made
and undone from the command line, import from standard input, confidential ingest, the
SHABAKA_* settings, the pack options and the demo without a terminal."""

from __future__ import annotations

import json
import os
from unittest.mock import patch

import pytest

from tests.conftest import copy_db, invoke, run_cli, write_corpus


@pytest.fixture
def kb_copy(example_db, tmp_path):
    """A private copy of the example knowledge base, to change."""
    return copy_db(example_db, tmp_path / "kb.db")


def _json(*args: str, env: dict[str, str]):
    """A command's --json answer. The ingests, imports and exports run in a subprocess, as a user
    runs them; the many queries and judgements around them call main() in-process with `env` set,
    which saves a second of start-up each."""
    with patch.dict(os.environ, env):
        result = invoke(*args, "--json")
    assert result.exit_code == 0, (args, result.stderr)
    return json.loads(result.output)


def _pairs(env) -> set[frozenset]:
    return {frozenset((c["a"], c["b"])) for c in _json("candidates", "--limit", "500", env=env)}


# people named without their family names: the resolver keeps them apart and proposes them
NOTES = {"a.txt": "Muhammad Shia met Karim Jassim al-Zubaidi in Baghdad on Monday.\n",
         "b.txt": "Karim Jassim said on Tuesday that the talks had gone well.\n"}


def test_judgements_are_recorded_with_their_author_and_undone_from_the_cli(kb_copy, tmp_path):
    env = {"SHABAKA_DB": str(kb_copy), "SHABAKA_AUTHOR": "reviewer-7"}  # no --db: the setting is used
    assert run_cli("ingest", str(write_corpus(tmp_path / "notes", NOTES)), env=env).returncode == 0
    shia = _json("show", "Muhammad Shia", env=env)["id"]
    assert shia != "mohammed_shia_al_sudani"
    proposed = _pairs(env)
    assert frozenset((shia, "mohammed_shia_al_sudani")) in proposed
    a, b = sorted(next(iter(sorted(proposed - {frozenset((shia, "mohammed_shia_al_sudani"))}, key=sorted))))
    kh_claims = len(_json("show", "kataib_hezbollah", env=env)["claims"])
    made = [
        _json("merge", "Muhammad Shia", "Mohammed Shia al-Sudani", env=env),
        _json("distinct", a, b, env=env),
        _json("rename", "iran", "Islamic Republic of Iran", env=env),
        _json("retype", "Popular Mobilization Forces", "STATE_BODY", env=env),
        _json("split", "kataib_hezbollah", "--names", "KH", env=env),
    ]
    assert _json("show", "Muhammad Shia", env=env)["id"] == "mohammed_shia_al_sudani"
    assert frozenset((a, b)) not in _pairs(env)  # told apart: no longer proposed
    assert _json("show", "iran", env=env)["name"] == "Islamic Republic of Iran"
    assert _json("show", "Popular Mobilization Forces", env=env)["type"] == "STATE_BODY"
    split_off = _json("show", made[-1]["entity"], env=env)
    assert split_off["id"] != "kataib_hezbollah" and split_off["name"] == "KH" and split_off["claims"]
    left = len(_json("show", "kataib_hezbollah", env=env)["claims"])
    assert left == kh_claims - len(split_off["claims"])

    listed = _json("judgements", env=env)
    assert [j["id"] for j in listed] == [m["judgement"] for m in made]
    assert [j["action"] for j in listed] == ["merge", "distinct", "rename", "retype", "split"]
    assert {j["author"] for j in listed} == {"reviewer-7"} and not any(j["undone_at"] for j in listed)

    for judgement in reversed(made):  # `shabaka undo` takes back the latest each time
        assert _json("undo", env=env)["undone"] == judgement["judgement"]
    assert _json("show", "Muhammad Shia", env=env)["id"] == shia
    assert frozenset((a, b)) in _pairs(env)  # proposed again once the distinction is undone
    assert _json("show", "iran", env=env)["name"] == "Iran"
    assert _json("show", "Popular Mobilization Forces", env=env)["type"] == "ARMED_GROUP"
    assert len(_json("show", "kataib_hezbollah", env=env)["claims"]) == kh_claims
    assert all(j["undone_at"] for j in _json("judgements", env=env))

    missing = run_cli("undo", "99999", env=env)
    assert missing.returncode == 2 and "no judgement" in missing.stderr


def test_import_from_standard_input(example_kb, tmp_path):
    """`shabaka import -` reads FtM entities, or a whole Shabaka export, from a pipe."""
    db = tmp_path / "kb.db"
    ftm = json.dumps({"id": "ftm-zorba", "schema": "Person", "properties": {
        "name": ["Zorbanath al-Quillfeather"], "alias": ["Abu Zorba al-Basri"]}}) + "\n"
    result = run_cli("import", "-", "--format", "ftm", "--db", str(db), "--json", input=ftm,
                     env={"SHABAKA_AUTHOR": "importer"})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["entities_created"] == 1
    person = _json("show", "Abu Zorba al-Basri", "--db", str(db), env={})
    assert (person["name"], person["type"]) == ("Zorbanath al-Quillfeather", "PERSON")
    (judgement,) = _json("judgements", "--db", str(db), env={})
    assert (judgement["action"], judgement["author"]) == ("import", "importer")

    export = tmp_path / "kb.jsonl"
    example_kb.export("jsonl", export)
    copy = tmp_path / "copy.db"
    piped = run_cli("import", "-", "--db", str(copy), "--json", input=export.read_text(encoding="utf-8"))
    assert piped.returncode == 0, piped.stderr
    stats = _json("stats", "--db", str(copy), env={})
    assert stats["documents"] == len(example_kb.store.conn.execute("SELECT id FROM documents").fetchall()) > 0
    assert stats["claims"] > 0


CONFIDENTIAL_NOTE = ("Title: Source meeting, Zorbanath file\nPublished: 2021-05-02\n\n"
                     "The source said Abu Zorba al-Basri commands a Kata'ib Hezbollah cell in Basra.\n")
PUBLIC_REPORT = ("Title: Rocket attack on the base\nPublished: 2021-05-03\n\n"
                 "The Iran-backed Kata'ib Hezbollah fired rockets at the base, officials said.\n")


def test_confidential_ingest_from_the_cli_is_flagged_and_redacted(tmp_path):
    db = str(tmp_path / "kb.db")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "meeting.txt").write_text(CONFIDENTIAL_NOTE)
    (tmp_path / "report.txt").write_text(PUBLIC_REPORT)
    assert run_cli("ingest", str(tmp_path / "notes"), "--confidential", "--db", db).returncode == 0
    assert run_cli("ingest", str(tmp_path / "report.txt"), "--db", db).returncode == 0
    flags = {d["title"]: bool(d["confidential"]) for d in _json("docs", "--db", db, env={})}
    assert flags == {"Source meeting, Zorbanath file": True, "Rocket attack on the base": False}
    out = tmp_path / "tables"
    assert run_cli("export", "--format", "csv", "--redact", "--out", str(out), "--db", db).returncode == 0
    written = "".join(p.read_text(encoding="utf-8-sig") for p in out.glob("*.csv"))
    assert "Rocket attack on the base" in written
    assert "Zorbanath" not in written and "Zorba" not in written


def test_max_bytes_from_the_option_and_the_setting(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", {
        "short.txt": PUBLIC_REPORT, "long.txt": PUBLIC_REPORT + "More reporting followed. " * 100})
    limit = "1000"
    ways = (("option", ["--max-bytes", limit], {}), ("setting", [], {"SHABAKA_MAX_BYTES": limit}))
    for how, args, env in ways:
        result = run_cli("ingest", str(corpus), "--db", str(tmp_path / f"{how}.db"), "--json", *args, env=env)
        assert result.returncode == 1, how
        report = json.loads(result.stdout)
        assert report["ingested"] == [str(corpus / "short.txt")], how
        (failed,) = report["failed"]
        assert failed["origin"] == str(corpus / "long.txt")
        assert "over the 1000 bytes limit" in failed["reason"]
    everything = run_cli("ingest", str(corpus), "--db", str(tmp_path / "all.db"), "--json")
    assert everything.returncode == 0 and len(json.loads(everything.stdout)["ingested"]) == 2


PACK = """name: test-pack
description: A pack written for the test, of an invented group.
actors:
  - id: saraya_al_zorbanath
    name: Saraya al-Zorbanath
    type: ARMED_GROUP
    aliases: [Zorbanath Brigades]
    acronyms: [SZB]
"""
PACK_TEXT = ("Title: Claims of responsibility\nPublished: 2022-01-10\n\n"
             "The Zorbanath Brigades claimed the attack. SZB fighters later left Basra. "
             "Kata'ib Hezbollah denied any role.\n")


@pytest.mark.parametrize("how", ["option", "setting"])
def test_an_extra_pack_from_the_option_or_the_setting(tmp_path, how):
    pack = tmp_path / "zorbanath.yaml"
    pack.write_text(PACK)
    (tmp_path / "doc.txt").write_text(PACK_TEXT)
    db = str(tmp_path / "kb.db")
    args, env = (["--pack", str(pack)], {}) if how == "option" else ([], {"SHABAKA_PACKS": str(pack)})
    result = run_cli("ingest", str(tmp_path / "doc.txt"), "--db", db, *args, env=env)
    assert result.returncode == 0, result.stderr
    group = _json("show", "SZB", "--db", db, env={})
    assert (group["id"], group["pack_id"], group["name"]) == ("saraya_al_zorbanath", "saraya_al_zorbanath",
                                                               "Saraya al-Zorbanath")
    assert _json("show", "Kata'ib Hezbollah", "--db", db, env={})["pack_id"] == "kataib_hezbollah"


def test_without_default_packs_the_iraq_pack_is_left_out(tmp_path):
    pack = tmp_path / "zorbanath.yaml"
    pack.write_text(PACK)
    (tmp_path / "doc.txt").write_text(PACK_TEXT)
    db = str(tmp_path / "kb.db")
    result = run_cli("ingest", str(tmp_path / "doc.txt"), "--db", db, "--no-default-packs",
                     "--pack", str(pack))
    assert result.returncode == 0, result.stderr
    assert _json("show", "Zorbanath Brigades", "--db", db, env={})["pack_id"] == "saraya_al_zorbanath"
    group = _json("show", "Kata'ib Hezbollah", "--db", db, env={})
    assert group["pack_id"] is None and "KH" not in group["aliases"]  # no pack: found by the model alone


def test_an_unknown_model_setting_is_a_clear_error(tmp_path):
    (tmp_path / "doc.txt").write_text(PUBLIC_REPORT)
    result = run_cli("ingest", str(tmp_path / "doc.txt"), "--db", str(tmp_path / "kb.db"),
                     env={"SHABAKA_MODEL": "xx_no_such_model_sm"})
    assert result.returncode == 2, result.stderr
    assert "xx_no_such_model_sm" in result.stderr


def test_ingest_takes_a_quoted_glob_and_a_folder(tmp_path):
    """`shabaka ingest 'feeds/*.jsonl' folder/`: the glob is expanded by Shabaka, not the shell."""
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "a.jsonl").write_text(
        json.dumps({"text": "The Iran-backed Kata'ib Hezbollah fired rockets at the base.",
                    "title": "Feed one"}) + "\n"
        + json.dumps({"text": "Hadi al-Amiri spoke in Baghdad.", "title": "Feed two"}) + "\n")
    (tmp_path / "feeds" / "skip.txt").write_text("Not matched by the glob.\n")
    (tmp_path / "reports" / "deep").mkdir(parents=True)
    (tmp_path / "reports" / "deep" / "r.txt").write_text(PUBLIC_REPORT)
    result = run_cli("ingest", "feeds/*.jsonl", "reports", "--db", "kb.db", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["ingested"]) == 3
    titles = {d["title"] for d in _json("docs", "--db", str(tmp_path / "kb.db"), env={})}
    assert titles == {"Feed one", "Feed two", "Rocket attack on the base"}
