"""`shabaka events` through the real entry point: one row per happening, filters, judgements.

The ingest and one listing run in a subprocess, as a user runs them; the other commands run
main() in-process (`invoke`), which saves a second of start-up each."""

from __future__ import annotations

import json

import pytest

from tests.conftest import invoke, run_cli, write_corpus

REPORTS = {
    "wire.txt": "Title: Strike at the airport\nPublished: 2020-01-04\n\n"
                "A U.S. drone strike killed Qasem Soleimani at Baghdad International Airport "
                "on January 3, 2020. Iraqi police arrested Ahmed al-Kinani in Baghdad on July 16, 2021. "
                "Qasem Soleimani was killed hours after he landed.\n",
    "review.txt": "Title: A year on\nPublished: 2021-01-05\n\n"
                  "Qasem Soleimani was killed by a U.S. drone strike in January 2020.\n",
    "career.txt": "Title: A career\nPublished: 2021-02-01\n\n"
                  "Qasim al-Araji was appointed as Iraq's Minister of Interior in 2017 and National "
                  "Security Advisor in 2020.\n",
}


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def db(tmp_path_factory, request):
    folder = tmp_path_factory.mktemp("events")
    write_corpus(folder, REPORTS)
    sqlite = request.param == "sqlite"
    path = folder / "kb.db" if sqlite else request.getfixturevalue("pg_server").database()
    done = run_cli("ingest", str(folder), "--db", str(path), "--json")
    assert done.returncode == 0, done.stderr
    return str(path)


def events(db, *args):
    done = invoke("events", "--db", db, "--json", *args)
    assert done.exit_code == 0, done.stderr
    return json.loads(done.output)


def test_one_happening_reported_twice_is_listed_once_with_its_roles(db):
    [killing] = events(db, "--type", "killing")
    assert killing["reported_by"] == 2 and killing["date"] == "2020-01-03"
    assert {(a["id"], a["role"]) for a in killing["actors"]} >= {("qasem_soleimani", "victim"),
                                                                ("united_states", "agent")}
    assert killing["place"]["id"] == "baghdad_international_airport"
    done = run_cli("events", "--db", db, "--type", "killing")
    assert "reported by 2 documents" in " ".join(done.stdout.split())


def test_filters_by_entity_place_and_dates(db):
    assert [e["types"] for e in events(db, "--entity", "Ahmed al-Kinani")] == [["arrest"]]
    assert {e["date"] for e in events(db, "--place", "Baghdad")} == {"2021-07-16"}
    assert [e["date"] for e in events(db, "--from", "2021", "--to", "2021-12")] == ["2021-07-16"]
    assert events(db, "--from", "2022") == []


def test_a_split_from_the_command_line_and_its_undo(db):
    [killing] = events(db, "--type", "killing")
    report = killing["evidence"][-1]["event"]
    assert invoke("event-split", report, "--db", db).exit_code == 0
    assert sorted(e["reported_by"] for e in events(db, "--type", "killing")) == [1, 1]
    assert invoke("undo", "--db", db).exit_code == 0
    assert [e["reported_by"] for e in events(db, "--type", "killing")] == [2]
    unknown = invoke("event-split", "no-such-event", "--db", db)
    assert unknown.exit_code != 0 and "no event" in unknown.stderr


def test_a_sentence_taken_out_of_a_report_is_a_happening_of_its_own_until_undone(db):
    [killing] = events(db, "--type", "killing")
    [report] = {ev["event"] for ev in killing["evidence"] if "hours after" in ev["text"]}
    texts = [ev["text"] for ev in killing["evidence"] if ev["event"] == report]
    assert len(texts) == 2  # the strike's sentence and "killed hours after he landed": one report
    done = invoke("event-split", report, "--sentence", "2", "--db", db, "--json")
    assert done.exit_code == 0, done.stderr
    new = json.loads(done.output)["event"]
    found = events(db, "--type", "killing")
    assert sorted(e["reported_by"] for e in found) == [1, 2]
    [alone] = [e for e in found if e["reported_by"] == 1]
    assert [(ev["event"], ev["text"]) for ev in alone["evidence"]] == [
        (new, "Qasem Soleimani was killed hours after he landed.")]
    assert ("qasem_soleimani", "victim") in {(a["id"], a["role"]) for a in alone["actors"]}
    assert alone["date"] is None  # the strike's date was the other sentence's
    [both] = [e for e in found if e["reported_by"] == 2]
    assert not any("hours after" in ev["text"] for ev in both["evidence"])
    assert invoke("event-split", report, "--sentence", "5", "--db", db).exit_code == 2
    assert invoke("undo", "--db", db).exit_code == 0
    [killing] = events(db, "--type", "killing")
    assert killing["reported_by"] == 2 and any("hours after" in ev["text"] for ev in killing["evidence"])


def test_a_merge_from_the_command_line_joins_reports_the_linker_kept_apart(db):
    [killing] = events(db, "--type", "killing")
    reports = list(dict.fromkeys(ev["event"] for ev in killing["evidence"]))
    assert len(reports) == 2, killing["evidence"]
    already = invoke("event-merge", reports[1], reports[0], "--db", db)
    assert already.exit_code == 2 and "already one happening" in already.stderr
    assert invoke("event-split", reports[1], "--db", db).exit_code == 0
    assert sorted(e["reported_by"] for e in events(db, "--type", "killing")) == [1, 1]
    merged = invoke("event-merge", reports[1], reports[0], "--db", db, "--json")
    assert merged.exit_code == 0, merged.stderr
    [joined] = events(db, "--type", "killing")
    assert joined["reported_by"] == 2 and joined["date"] == "2020-01-03"
    done = invoke("judgements", "--db", db, "--json")
    assert [j["action"] for j in json.loads(done.output)][-2:] == ["event_split", "event_merge"]
    assert invoke("undo", "--db", db).exit_code == 0  # the merge undone: apart again
    assert sorted(e["reported_by"] for e in events(db, "--type", "killing")) == [1, 1]
    assert invoke("undo", "--db", db).exit_code == 0
    assert [e["reported_by"] for e in events(db, "--type", "killing")] == [2]


def test_two_happenings_one_sentence_tells_apart_by_date_are_both_kept(db):
    found = events(db, "--entity", "Qasim al-Araji", "--type", "appointment")
    assert [e["date"] for e in found] == ["2017", "2020"]
