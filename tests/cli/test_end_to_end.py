"""The README's commands and settings end to end, through the real entry point: judgements made
and undone from the command line, import from standard input, confidential ingest, the
SHABAKA_* settings, the pack options and the demo without a terminal."""

from __future__ import annotations

import json

import pytest

from tests.conftest import run_cli
from tests.serve.conftest import copy_db


@pytest.fixture
def kb_copy(example_kb, tmp_path):
    """A private copy of the example knowledge base, to change."""
    example_kb.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return copy_db(example_kb.settings.db, tmp_path / "kb.db")


def _json(*args: str, env: dict[str, str]):
    result = run_cli(*args, "--json", env=env)
    assert result.returncode == 0, (args, result.stderr)
    return json.loads(result.stdout)


def _pairs(env) -> set[frozenset]:
    return {frozenset((c["a"], c["b"])) for c in _json("candidates", "--limit", "500", env=env)}


def test_judgements_are_recorded_with_their_author_and_undone_from_the_cli(kb_copy):
    env = {"SHABAKA_DB": str(kb_copy), "SHABAKA_AUTHOR": "reviewer-7"}  # no --db: the setting is used
    council = frozenset(("supreme_council", "islamic_supreme_council_of_iraq"))
    places = frozenset(("kerman_province", "maysan_governorate"))
    assert {council, places} <= _pairs(env)
    kh_claims = len(_json("show", "kataib_hezbollah", env=env)["claims"])
    made = [
        _json("merge", "Supreme Council", "Islamic Supreme Council of Iraq", env=env),
        _json("distinct", "Kerman province", "Maysan Governorate", env=env),
        _json("rename", "iran", "Islamic Republic of Iran", env=env),
        _json("retype", "Popular Mobilization Forces", "STATE_BODY", env=env),
        _json("split", "kataib_hezbollah", "--names", "KH", env=env),
    ]
    assert _json("show", "Supreme Council", env=env)["id"] == "islamic_supreme_council_of_iraq"
    assert not {council, places} & _pairs(env)
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
    assert _json("show", "Supreme Council", env=env)["id"] == "supreme_council"
    assert {council, places} <= _pairs(env)
    assert _json("show", "iran", env=env)["name"] == "Iran"
    assert _json("show", "Popular Mobilization Forces", env=env)["type"] == "ARMED_GROUP"
    assert len(_json("show", "kataib_hezbollah", env=env)["claims"]) == kh_claims
    assert all(j["undone_at"] for j in _json("judgements", env=env))

    missing = run_cli("undo", "99999", env=env)
    assert missing.returncode == 2 and "no judgement" in missing.stderr
