"""Timelines: order, precision, and one entry per event however many documents report it."""

from __future__ import annotations

from shabaka.analyze.timeline import timeline
from tests.analyze.conftest import C, E


def summary(entries):
    return [(e["date"], e["precision"], e["kind"], e["type"], len(e["evidence"])) for e in entries]


def test_reports_of_one_event_merge_and_keep_the_most_precise_date(kb):
    kb.entity("usa", "COUNTRY")
    kb.entities("PERSON", "soleimani")
    kb.doc(E("killing", "2020-01-03", [("usa", "agent"), ("soleimani", "victim")], place="airport",
             text="A U.S. strike killed Soleimani at the airport on January 3."),
           published="2020-01-09", outlet="Wire")
    kb.doc(E("killing", "2020-01", [("soleimani", "victim")], text="Soleimani was killed in January 2020."),
           published="2021-11-10", outlet="Review")
    kb.doc(E("killing", None, [("soleimani", "victim")], text="The killing of Soleimani stunned Tehran."),
           published="2020-01-05", outlet="Monitor")
    [entry] = timeline(kb.conn)
    assert (entry["date"], entry["precision"], entry["type"]) == ("2020-01-03", "day", "killing")
    assert len(entry["evidence"]) == 3 and len(entry["documents"]) == 3
    assert {(a["id"], a["role"]) for a in entry["actors"]} == {("usa", "agent"), ("soleimani", "victim"),
                                                              ("airport", "place")}


def test_different_events_stay_apart(kb):
    kb.doc(E("attack", "2019-12-27", [("kh", "agent"), ("k1_base", "target")]), published="2019-12-30")
    kb.doc(E("attack", "2019-12-29", [("usa", "agent"), ("kh", "target")]),  # another day
           published="2019-12-30")
    kb.doc(E("attack", "2019-12-27", [("isis", "agent")]), published="2019-12-30")  # other actors
    kb.doc(E("protest", "2019-12-27", [("kh", "participant")]), published="2019-12-30")  # other type
    kb.doc(E("attack", None, [("kh", "agent")]), published="2019-12-30")  # undated: its own row
    assert summary(timeline(kb.conn)) == [
        ("2019-12-27", "day", "event", "attack", 1),
        ("2019-12-27", "day", "event", "attack", 1),
        ("2019-12-27", "day", "event", "protest", 1),
        ("2019-12-29", "day", "event", "attack", 1),
        (None, None, "event", "attack", 1),  # the publication date is never the event's date
    ]


def test_dated_claims_appear_and_merge_undated_ones_do_not(kb):
    kb.entities("PERSON", "qaani")
    kb.doc(C("qaani", "leads", "quds_force", start="2020-01-03"), C("qaani", "member_of", "irgc"),
           published="2020-01-09")
    kb.doc(C("qaani", "leads", "quds_force", start="2020-01"), published="2021-01-01")
    kb.doc(C("a", "controls", "town", start="2014-06", end="2017-07"), published="2018-01-01")
    entries = timeline(kb.conn)
    assert summary(entries) == [("2014-06", "month", "claim", "controls", 1),
                                ("2020-01-03", "day", "claim", "leads", 2)]
    assert entries[0]["end"] == "2017-07"
    assert [a["role"] for a in entries[1]["actors"]] == ["subject", "object"]


def test_entity_and_date_range_filters(kb):
    kb.doc(E("attack", "2014-06-10", [("isis", "agent")], place="mosul"), published="2014-06-11")
    kb.doc(E("battle", "2017-07", [("iraq", "agent")], place="mosul"), published="2017-07-10")
    kb.doc(E("attack", "2019-12-27", [("kh", "agent")]), published="2019-12-30")
    kb.doc(E("attack", None, [("kh", "agent")]))  # neither dated nor published
    assert len(timeline(kb.conn)) == 4 and timeline(kb.conn)[-1]["date"] is None
    assert summary(timeline(kb.conn, "mosul")) == [("2014-06-10", "day", "event", "attack", 1),
                                                   ("2017-07", "month", "event", "battle", 1)]
    assert [e["date"] for e in timeline(kb.conn, date_from="2017-07-31", date_to="2019")] == ["2017-07",
                                                                                            "2019-12-27"]
    assert [e["date"] for e in timeline(kb.conn, "kh", date_from="2015")] == ["2019-12-27"]


def test_redaction_leaves_confidential_reports_out(kb):
    kb.doc(E("attack", "2019-12-27", [("kh", "agent")]), confidential=True)
    assert len(timeline(kb.conn)) == 1 and timeline(kb.conn, redact=True) == []
